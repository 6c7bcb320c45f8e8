/* The process-wide shared compile cache's store (shared_cache.c). Internal: nothing here is
 * exported from libpyrust.so; the Swift side (API/SharedCache.swift) wraps it.
 *
 * The store maps source bytes to program images: plain malloc'd bytes that hold no Swift
 * object, so any thread may read them. Each thread turns an image into its own compiled
 * program (the Swift objects stay confined to that thread, as -assume-single-threaded needs).
 * One mutex guards the index and the LRU list; an image carries an atomic reference count,
 * so an image evicted while another thread is still decoding it stays alive until released. */
#ifndef PYRUST_SHARED_H
#define PYRUST_SHARED_H

#include <stddef.h>
#include <stdint.h>

#include "pyrust_support.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pyrust_shared_image pyrust_shared_image;

/* Max entries, from PYRUST_SHARED_CACHE_SIZE read on the first call (decimal digits only;
 * anything else gives 1000; capped at 2^24); 0 means the shared cache is off. The same call
 * reads PYRUST_SHARED_CACHE_TEST_COLLIDE: "1" makes the store treat every key's hash as 0, so
 * tests can show that colliding keys still find their own programs. */
int64_t pyrust_shared_capacity(void);

/* The image stored for exactly these bytes (hash, length and every byte match), marked most
 * recently used and retained for the caller, or NULL. Counts a hit or a miss. */
pyrust_shared_image *pyrust_shared_lookup(const uint8_t *source, size_t length, uint64_t hash);

/* Stores a copy of `image` for a copy of the source bytes, evicting the least recently used
 * entries beyond capacity. When another thread stored these bytes first, keeps that one.
 * Returns 0 when stored, 1 when already present, -1 when off or out of memory. */
int pyrust_shared_insert(const uint8_t *source, size_t length, uint64_t hash,
                         const uint8_t *image, size_t image_length);

/* The image's bytes and length (valid while the caller holds its reference). */
const uint8_t *pyrust_shared_image_data(const pyrust_shared_image *image);
size_t pyrust_shared_image_length(const pyrust_shared_image *image);

/* Drops the caller's reference; the last one frees the image. */
void pyrust_shared_release(pyrust_shared_image *image);

/* Drops every entry (images still held by a caller live on until released) and bumps the
 * generation, which tells every thread's front cache to empty itself. Counters stay. */
void pyrust_shared_clear(void);

/* Bumped by every clear: a thread's front cache filled under another generation is stale.
 * The word is [0] of a 64-byte-aligned line that holds nothing else. */
extern uint64_t pyrust_shared_generation_line[8];
static inline uint64_t pyrust_shared_generation(void) {
    return __atomic_load_n(&pyrust_shared_generation_line[0], __ATOMIC_ACQUIRE);
}

/* Per-context hit counters for the front caches: one writer (the context's running thread),
 * summed by the stats. Each sits on its own cache line, so counting never contends. */
typedef struct pyrust_shared_counter {
    uint64_t hits;                                  /* written by its owner only (relaxed) */
    struct pyrust_shared_counter *next, *previous;  /* the registry's list (under its mutex) */
    uint64_t padding[5];                            /* 64 bytes, allocated 64-byte aligned */
} pyrust_shared_counter;
pyrust_shared_counter *pyrust_shared_counter_new(void);
/* Folds the counts into the process totals and frees the counter. */
void pyrust_shared_counter_retire(pyrust_shared_counter *counter);
static inline void pyrust_shared_counter_hit(pyrust_shared_counter *counter) {
    __atomic_store_n(&counter->hits, __atomic_load_n(&counter->hits, __ATOMIC_RELAXED) + 1, __ATOMIC_RELAXED);
}

/* Statistics: hits (store hits plus every front cache's hits), misses, inserts, evictions,
 * entries, capacity and the bytes the store holds (images and keys, malloc_usable_size). */
void pyrust_shared_stats(pyrust_support_cache_stats *out);

#ifdef __cplusplus
}
#endif

#endif /* PYRUST_SHARED_H */
