/* The shared compile cache's store: source bytes -> program image, least recently used out.
 *
 * One mutex guards everything but the images' reference counts and the front caches' hit
 * counters. It is taken only when a thread's own front cache misses (the first run of a
 * program on that thread), never on a repeated hit, so it is not on the hot path; a single
 * lock keeps the LRU order exact over the whole store (shards would each evict on their own).
 * Index: chained buckets (a power of two, doubled when the entries outnumber them); recency:
 * an intrusive doubly linked list. A hit needs the hash, the length and every byte to match.
 * Allocation and freeing happen outside the lock where they can. */
#include "pyrust_shared.h"

#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct pyrust_shared_image {
    _Atomic int64_t references;     /* the store's one (while stored) plus each caller's */
    size_t length;
    uint8_t bytes[];
};

typedef struct entry {
    uint64_t hash;
    size_t key_length;
    uint8_t *key;
    pyrust_shared_image *image;
    size_t bytes;                   /* key and image allocations, as counted */
    struct entry *chain;            /* next in the bucket */
    struct entry *newer, *older;    /* recency list */
} entry;

#define MAXIMUM_CAPACITY (1 << 24)
#define DEFAULT_CAPACITY 1000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t settings_once = PTHREAD_ONCE_INIT;
static int64_t capacity;            /* written once under settings_once */
static int collide;                 /* test knob: every key hashes alike */

static entry **buckets;
static size_t bucket_mask;          /* bucket count - 1 (buckets == NULL: none yet) */
static entry *newest, *oldest;
static int64_t count;
static uint64_t held_bytes;
static uint64_t hits, misses, inserts, evictions;
static pyrust_shared_counter *counters;     /* live front-cache counters */
static uint64_t retired_hits;               /* hits of counters since retired */

/* The one shared word a front-cache hit reads ([0]), alone on its cache line, so that no write
 * to a neighbour (the counters above change on every store miss) makes hits on other cores wait. */
uint64_t pyrust_shared_generation_line[8] __attribute__((aligned(64)));

/* Same rules as PYRUST_CACHE_SIZE: digits only, else the default; saturating, capped. */
static int64_t parse_capacity(const char *setting) {
    if (setting == NULL || setting[0] == 0) return DEFAULT_CAPACITY;
    int64_t value = 0;
    for (const char *p = setting; *p; p++) {
        if (*p < '0' || *p > '9') return DEFAULT_CAPACITY;
        value = value * 10 + (*p - '0');
        if (value > MAXIMUM_CAPACITY) value = MAXIMUM_CAPACITY + 1;
    }
    return value > MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : value;
}

/* fork() while another thread holds the lock would leave it locked forever in the child: the
 * forking thread takes it first and both sides release it. */
static void lock_for_fork(void) { pthread_mutex_lock(&lock); }
static void unlock_after_fork(void) { pthread_mutex_unlock(&lock); }

static void read_settings(void) {
    capacity = parse_capacity(getenv("PYRUST_SHARED_CACHE_SIZE"));
    const char *c = getenv("PYRUST_SHARED_CACHE_TEST_COLLIDE");
    collide = c != NULL && strcmp(c, "1") == 0;
    pthread_atfork(lock_for_fork, unlock_after_fork, unlock_after_fork);
}

int64_t pyrust_shared_capacity(void) {
    pthread_once(&settings_once, read_settings);
    return capacity;
}

static inline uint64_t store_hash(uint64_t hash) { return collide ? 0 : hash; }

static inline entry **bucket_of(uint64_t hash) { return &buckets[hash & bucket_mask]; }

static void unlink_recency(entry *e) {
    if (e->newer) e->newer->older = e->older; else newest = e->older;
    if (e->older) e->older->newer = e->newer; else oldest = e->newer;
    e->newer = e->older = NULL;
}

static void push_front(entry *e) {
    e->newer = NULL;
    e->older = newest;
    if (newest) newest->newer = e; else oldest = e;
    newest = e;
}

static void unlink_bucket(entry *e) {
    entry **p = bucket_of(e->hash);
    while (*p && *p != e) p = &(*p)->chain;
    if (*p) *p = e->chain;
}

static entry *find(const uint8_t *source, size_t length, uint64_t hash) {
    if (buckets == NULL) return NULL;
    for (entry *e = *bucket_of(hash); e; e = e->chain) {
        if (e->hash == hash && e->key_length == length &&
            (length == 0 || memcmp(e->key, source, length) == 0)) return e;
    }
    return NULL;
}

/* Doubles the buckets (under the lock). Failure is harmless: chains just get longer. */
static void grow_buckets(void) {
    size_t size = buckets ? (bucket_mask + 1) * 2 : 64;
    entry **fresh = calloc(size, sizeof *fresh);
    if (fresh == NULL) return;
    if (buckets) {
        held_bytes -= malloc_usable_size(buckets);
        for (size_t i = 0; i <= bucket_mask; i++) {
            entry *e = buckets[i];
            while (e) {
                entry *next = e->chain;
                e->chain = fresh[e->hash & (size - 1)];
                fresh[e->hash & (size - 1)] = e;
                e = next;
            }
        }
        free(buckets);
    }
    buckets = fresh;
    bucket_mask = size - 1;
    held_bytes += malloc_usable_size(buckets);
}

/* Takes the entry out of the index and the list (under the lock); the caller frees it. */
static void detach(entry *e) {
    unlink_bucket(e);
    unlink_recency(e);
    held_bytes -= e->bytes;
    count--;
}

static void free_entry(entry *e) {
    free(e->key);
    pyrust_shared_release(e->image);
    free(e);
}

pyrust_shared_image *pyrust_shared_lookup(const uint8_t *source, size_t length, uint64_t hash) {
    if (pyrust_shared_capacity() == 0) return NULL;
    hash = store_hash(hash);
    pthread_mutex_lock(&lock);
    entry *e = find(source, length, hash);
    pyrust_shared_image *image = NULL;
    if (e) {
        hits++;
        if (newest != e) {
            unlink_recency(e);
            push_front(e);
        }
        image = e->image;
        atomic_fetch_add_explicit(&image->references, 1, memory_order_relaxed);
    } else {
        misses++;
    }
    pthread_mutex_unlock(&lock);
    return image;
}

int pyrust_shared_insert(const uint8_t *source, size_t length, uint64_t hash,
                         const uint8_t *bytes, size_t image_length) {
    if (pyrust_shared_capacity() == 0) return -1;
    hash = store_hash(hash);
    entry *e = calloc(1, sizeof *e);
    uint8_t *key = malloc(length ? length : 1);
    pyrust_shared_image *image = malloc(sizeof *image + (image_length ? image_length : 1));
    if (e == NULL || key == NULL || image == NULL) {
        free(e);
        free(key);
        free(image);
        return -1;
    }
    if (length) memcpy(key, source, length);
    atomic_init(&image->references, 1);
    image->length = image_length;
    if (image_length) memcpy(image->bytes, bytes, image_length);
    e->hash = hash;
    e->key = key;
    e->key_length = length;
    e->image = image;
    e->bytes = malloc_usable_size(e) + malloc_usable_size(key) + malloc_usable_size(image);

    entry *evicted = NULL;          /* a chain through `chain`, freed after unlocking */
    pthread_mutex_lock(&lock);
    if (find(source, length, hash)) {
        pthread_mutex_unlock(&lock);
        free_entry(e);
        return 1;
    }
    while (count >= capacity && oldest) {
        entry *old = oldest;
        detach(old);
        evictions++;
        old->chain = evicted;
        evicted = old;
    }
    if (buckets == NULL || (size_t)count >= bucket_mask + 1) grow_buckets();
    if (buckets == NULL) {
        pthread_mutex_unlock(&lock);
        free_entry(e);
        while (evicted) { entry *next = evicted->chain; free_entry(evicted); evicted = next; }
        return -1;
    }
    entry **b = bucket_of(hash);
    e->chain = *b;
    *b = e;
    push_front(e);
    count++;
    held_bytes += e->bytes;
    inserts++;
    pthread_mutex_unlock(&lock);
    while (evicted) { entry *next = evicted->chain; free_entry(evicted); evicted = next; }
    return 0;
}

const uint8_t *pyrust_shared_image_data(const pyrust_shared_image *image) { return image->bytes; }
size_t pyrust_shared_image_length(const pyrust_shared_image *image) { return image->length; }

void pyrust_shared_release(pyrust_shared_image *image) {
    if (image == NULL) return;
    if (atomic_fetch_sub_explicit(&image->references, 1, memory_order_acq_rel) == 1) free(image);
}

void pyrust_shared_clear(void) {
    pthread_mutex_lock(&lock);
    entry *all = newest;
    newest = oldest = NULL;
    if (buckets) {
        held_bytes -= malloc_usable_size(buckets);
        free(buckets);
    }
    buckets = NULL;
    bucket_mask = 0;
    count = 0;
    held_bytes = 0;
    __atomic_add_fetch(&pyrust_shared_generation_line[0], 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
    while (all) {
        entry *next = all->older;
        free_entry(all);
        all = next;
    }
}

pyrust_shared_counter *pyrust_shared_counter_new(void) {
    pyrust_shared_counter *c = aligned_alloc(64, sizeof *c);
    if (c == NULL) return NULL;
    memset(c, 0, sizeof *c);
    pthread_mutex_lock(&lock);
    c->next = counters;
    if (counters) counters->previous = c;
    counters = c;
    pthread_mutex_unlock(&lock);
    return c;
}

void pyrust_shared_counter_retire(pyrust_shared_counter *c) {
    if (c == NULL) return;
    pthread_mutex_lock(&lock);
    retired_hits += __atomic_load_n(&c->hits, __ATOMIC_RELAXED);
    if (c->previous) c->previous->next = c->next; else counters = c->next;
    if (c->next) c->next->previous = c->previous;
    pthread_mutex_unlock(&lock);
    free(c);
}

void pyrust_shared_stats(pyrust_support_cache_stats *out) {
    pyrust_support_cache_stats s;
    memset(&s, 0, sizeof s);
    s.capacity = (uint64_t)pyrust_shared_capacity();
    pthread_mutex_lock(&lock);
    uint64_t front_hits = retired_hits;
    for (pyrust_shared_counter *c = counters; c; c = c->next) front_hits += __atomic_load_n(&c->hits, __ATOMIC_RELAXED);
    s.hits = hits + front_hits;
    s.misses = misses;
    s.inserts = inserts;
    s.evictions = evictions;
    s.size = (uint64_t)count;
    s.bytes = held_bytes;
    pthread_mutex_unlock(&lock);
    uint64_t lookups = s.hits + s.misses;
    s.hit_rate = lookups == 0 ? 0.0 : (double)s.hits / (double)lookups;
    *out = s;
}
