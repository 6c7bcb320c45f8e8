/* rc_check: proves that no object is reference-counted non-atomically by two threads.
 *
 * libpyrust is compiled with -assume-single-threaded: every retain and release it makes is
 * swift_nonatomic_*. That is only sound if each object is either confined to one thread or
 * immortal (its count never changes). This LD_PRELOAD library wraps the non-atomic entry
 * points of a libpyrust linked against the shared Swift runtime (see `make rc-check`),
 * remembers which thread last counted each mortal object, and reports any object that a
 * second thread counts while the first may still hold it. free() forgets an address, so
 * memory reused by another thread is not a false alarm.
 *
 * Build: cc -shared -fPIC -O1 -o rc_check.so rc_check.c -ldl -pthread
 * Report: at exit, on stderr, one line per shared object type; exit status 3 if any. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef void *(*retain_fn)(void *);
typedef void (*release_fn)(void *);
typedef void *(*retain_n_fn)(void *, uint32_t);
typedef void (*release_n_fn)(void *, uint32_t);

static retain_fn real_retain, real_bridge_retain;
static release_fn real_release, real_bridge_release;
static retain_n_fn real_retain_n, real_bridge_retain_n;
static release_n_fn real_release_n, real_bridge_release_n;

extern void __libc_free(void *);

/* address -> thread that last counted it. Open addressing (linear probing inside a stripe);
 * a freed address is deleted by shifting its probe chain back, so the table holds only live
 * objects and probes stay short however many objects a long run makes and frees. */
enum { TABLE_BITS = 22, TABLE_SIZE = 1 << TABLE_BITS, MAX_REPORTS = 64 };
typedef struct { uintptr_t addr; uintptr_t tid; } slot;
static slot *table;
/* One lock per stripe of the table (an address always hashes into the same stripe), so
 * threads rarely wait for each other; the report list has its own. */
enum { STRIPES = 256 };
static pthread_mutex_t stripe_locks[STRIPES];
static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic int active;
static int table_full;

static const void *reported[MAX_REPORTS];
static int report_count;
static long shared_events;

typedef struct { const char *data; size_t length; } type_name_pair;
typedef type_name_pair (*type_name_fn)(const void *, _Bool);

static type_name_fn get_name;

static size_t home(uintptr_t addr) { return ((addr >> 4) * 0x9E3779B97F4A7C15ull) >> (64 - TABLE_BITS); }

static pthread_mutex_t *stripe_lock(uintptr_t addr) { return &stripe_locks[home(addr) >> (TABLE_BITS - 8)]; }

/* Probes stay inside the address's stripe (wrapping within it), under that stripe's lock. */
static slot *find(uintptr_t addr, int insert) {
    size_t stripe_size = TABLE_SIZE / STRIPES;
    size_t start = home(addr);
    size_t base = start & ~(stripe_size - 1);
    size_t i = start;
    for (size_t probes = 0; probes < stripe_size; probes++, i = base + ((i + 1) & (stripe_size - 1))) {
        if (table[i].addr == addr) return &table[i];
        if (table[i].addr == 0) {
            if (!insert) return NULL;
            table[i].addr = addr;
            return &table[i];
        }
    }
    table_full = 1;
    return NULL;
}

/* Records the object's type (metadata); names come at exit. */
static void note_shared(void *object) {
    pthread_mutex_lock(&report_lock);
    shared_events++;
    const void *metadata = *(void *const *)object;
    int known = 0;
    for (int i = 0; i < report_count; i++)
        if (reported[i] == metadata) known = 1;
    if (!known && report_count < MAX_REPORTS) reported[report_count++] = metadata;
    pthread_mutex_unlock(&report_lock);
}

/* Heap object pointers only; immortal objects (all 32 low count bits set) are exempt. */
static void check(void *object) {
    if (!atomic_load_explicit(&active, memory_order_relaxed)) return;
    if ((intptr_t)object <= 4096) return;
    uint64_t bits = ((uint64_t *)object)[1];
    if ((uint32_t)bits == 0xFFFFFFFFu) return;
    uintptr_t me = (uintptr_t)pthread_self();
    pthread_mutex_t *lock = stripe_lock((uintptr_t)object);
    pthread_mutex_lock(lock);
    slot *s = find((uintptr_t)object, 1);
    int shared = 0;
    if (s) {
        shared = s->tid != 0 && s->tid != me;
        s->tid = me;
    }
    pthread_mutex_unlock(lock);
    if (shared) note_shared(object);
}

/* A native Swift String's storage (discriminator 0x1 in the top nibble); others are skipped. */
static void check_bridge(void *object) {
    uintptr_t bits = (uintptr_t)object;
    if ((bits >> 60) != 0x1) return;
    check((void *)(bits & 0x0FFFFFFFFFFFFFF8ull));
}

/* Removes the slot at index i (linear-probing deletion: later entries of the chain move up). */
static void delete_at(size_t i) {
    size_t stripe_size = TABLE_SIZE / STRIPES;
    size_t base = i & ~(stripe_size - 1);
    size_t mask = stripe_size - 1;
    size_t j = i;
    for (;;) {
        j = base + ((j + 1) & mask);
        if (table[j].addr == 0) break;
        size_t k = home(table[j].addr);
        /* The entry at j may fill the hole at i if its probe from k passed through i. */
        if (((j - k) & mask) >= ((j - i) & mask)) {
            table[i] = table[j];
            i = j;
        }
    }
    table[i].addr = 0;
    table[i].tid = 0;
}

void free(void *p) {
    if (p && table && atomic_load_explicit(&active, memory_order_relaxed)) {
        pthread_mutex_t *lock = stripe_lock((uintptr_t)p);
        pthread_mutex_lock(lock);
        slot *s = find((uintptr_t)p, 0);
        if (s) delete_at((size_t)(s - table));
        pthread_mutex_unlock(lock);
    }
    __libc_free(p);
}

__attribute__((constructor)) static void start(void) {
    real_retain = (retain_fn)dlsym(RTLD_NEXT, "swift_nonatomic_retain");
    real_release = (release_fn)dlsym(RTLD_NEXT, "swift_nonatomic_release");
    real_retain_n = (retain_n_fn)dlsym(RTLD_NEXT, "swift_nonatomic_retain_n");
    real_release_n = (release_n_fn)dlsym(RTLD_NEXT, "swift_nonatomic_release_n");
    real_bridge_retain = (retain_fn)dlsym(RTLD_NEXT, "swift_nonatomic_bridgeObjectRetain");
    real_bridge_release = (release_fn)dlsym(RTLD_NEXT, "swift_nonatomic_bridgeObjectRelease");
    real_bridge_retain_n = (retain_n_fn)dlsym(RTLD_NEXT, "swift_nonatomic_bridgeObjectRetain_n");
    real_bridge_release_n = (release_n_fn)dlsym(RTLD_NEXT, "swift_nonatomic_bridgeObjectRelease_n");
    get_name = (type_name_fn)dlsym(RTLD_DEFAULT, "swift_getTypeName");
    for (int i = 0; i < STRIPES; i++) pthread_mutex_init(&stripe_locks[i], NULL);
    table = calloc(TABLE_SIZE, sizeof(slot));
    atomic_store(&active, table != NULL);
}

__attribute__((destructor)) static void finish(void) {
    atomic_store(&active, 0);
    if (!real_retain) {
        fprintf(stderr, "rc_check: the Swift runtime was not found (is libpyrust linked dynamically?)\n");
        _exit(2);
    }
    if (table_full) fprintf(stderr, "rc_check: address table full; results incomplete\n");
    if (report_count == 0) {
        fprintf(stderr, "rc_check: no object was counted by two threads\n");
        return;
    }
    fprintf(stderr, "rc_check: %ld non-atomic counts of objects another thread had counted; types:\n",
            shared_events);
    for (int i = 0; i < report_count; i++) {
        type_name_pair p = get_name && reported[i] ? get_name(reported[i], 1) : (type_name_pair){0, 0};
        fprintf(stderr, "  %.*s\n", p.data ? (int)p.length : 1, p.data ? p.data : "?");
    }
    _exit(3);
}

void *swift_nonatomic_retain(void *o) { check(o); return real_retain(o); }
void swift_nonatomic_release(void *o) { check(o); real_release(o); }
void *swift_nonatomic_retain_n(void *o, uint32_t n) { check(o); return real_retain_n(o, n); }
void swift_nonatomic_release_n(void *o, uint32_t n) { check(o); real_release_n(o, n); }
void *swift_nonatomic_bridgeObjectRetain(void *o) { check_bridge(o); return real_bridge_retain(o); }
void swift_nonatomic_bridgeObjectRelease(void *o) { check_bridge(o); real_bridge_release(o); }
void *swift_nonatomic_bridgeObjectRetain_n(void *o, uint32_t n) {
    check_bridge(o);
    return real_bridge_retain_n(o, n);
}
void swift_nonatomic_bridgeObjectRelease_n(void *o, uint32_t n) {
    check_bridge(o);
    real_bridge_release_n(o, n);
}
