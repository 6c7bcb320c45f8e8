/* Threads: many threads calling both entry points at once all get their own correct results
 * and their own cache; the caches of exited threads are freed (live-cache counter back to its
 * baseline, heap measured with mallinfo2 back to baseline after hundreds of threads).
 * Expected outputs are formulas of the thread and iteration numbers. */
#include "check.h"

#include <pyrust.h>

#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>

enum { THREADS = 24 };

static atomic_int wrong_results;
static atomic_int wrong_stats;
static pthread_barrier_t start_line;

/* Each thread: its own programs (a formula of thread and iteration) through both entry points
 * and pyrust_run, the shared "2 + 2", and an error; then checks its own cache counters. */
static void *worker(void *arg) {
    int t = (int)(intptr_t)arg;
    char code[96], want[96];
    pthread_barrier_wait(&start_line);
    for (int round = 0; round < 3; round++) {
        for (int k = 0; k < 50; k++) {
            int n = t * 1000 + k;
            snprintf(code, sizeof code, "x = %d\nprint(x)\nx * 2 + %d", n, round);
            snprintf(want, sizeof want, "%d\n%d", n, n * 2 + round);
            char *a = pyrust_execute(code);
            char *b = pyrust_execute_cached(code);
            pyrust_result r;
            pyrust_run(code, strlen(code), PYRUST_RUN_CACHED, &r);
            if (!a || strcmp(a, want) != 0 || !b || strcmp(b, want) != 0 || r.status != PYRUST_OK ||
                strcmp(r.output, want) != 0)
                atomic_fetch_add(&wrong_results, 1);
            pyrust_free(a);
            pyrust_free(b);
            pyrust_result_free(&r);
        }
    }
    /* 150 distinct programs, each looked up twice per round: 150 misses, 150 hits */
    pyrust_cache_stats s;
    pyrust_cache_stats_get(&s);
    if (s.misses != 150 || s.hits != 150 || s.size != 150) atomic_fetch_add(&wrong_stats, 1);
    return NULL;
}

static void test_concurrent_entry_points(void) {
    pthread_t threads[THREADS];
    atomic_store(&wrong_results, 0);
    atomic_store(&wrong_stats, 0);
    pthread_barrier_init(&start_line, NULL, THREADS);
    for (int t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, worker, (void *)(intptr_t)t);
    for (int t = 0; t < THREADS; t++) pthread_join(threads[t], NULL);
    pthread_barrier_destroy(&start_line);
    EXPECT(atomic_load(&wrong_results) == 0, "%d wrong results", atomic_load(&wrong_results));
    EXPECT(atomic_load(&wrong_stats) == 0, "%d threads saw wrong cache counters", atomic_load(&wrong_stats));
}

/* The same on the program every engine answers ("2 + 2") plus one error per thread, so that the
 * boundary itself (thread state, cache, last error) is exercised concurrently. */
static void *worker_shared_program(void *arg) {
    (void)arg;
    pthread_barrier_wait(&start_line);
    for (int i = 0; i < 2000; i++) {
        char *a = (i & 1) ? pyrust_execute_cached("2 + 2") : pyrust_execute("2 + 2");
        if (!a || strcmp(a, "4") != 0 || pyrust_last_error() != NULL) atomic_fetch_add(&wrong_results, 1);
        pyrust_free(a);
        if (i % 100 == 0) {
            if (pyrust_execute_cached(NULL) != NULL || pyrust_last_error() == NULL ||
                strcmp(pyrust_last_error(), "ValueError: code must not be NULL") != 0)
                atomic_fetch_add(&wrong_results, 1);
        }
    }
    pyrust_cache_stats s;
    pyrust_cache_stats_get(&s);
    if (s.misses != 1 || s.hits != 999 || s.size != 1) atomic_fetch_add(&wrong_stats, 1);
    return NULL;
}

static void test_concurrent_boundary(void) {
    pthread_t threads[THREADS];
    atomic_store(&wrong_results, 0);
    atomic_store(&wrong_stats, 0);
    pthread_barrier_init(&start_line, NULL, THREADS);
    for (int t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, worker_shared_program, NULL);
    for (int t = 0; t < THREADS; t++) pthread_join(threads[t], NULL);
    pthread_barrier_destroy(&start_line);
    EXPECT(atomic_load(&wrong_results) == 0, "%d wrong results", atomic_load(&wrong_results));
    EXPECT(atomic_load(&wrong_stats) == 0, "%d threads saw wrong cache counters", atomic_load(&wrong_stats));
}

/* ---- caches of exited threads are freed ---- */

enum { BATCHES = 20, PER_BATCH = 32, PROGRAMS_PER_THREAD = 100 };

static void *filler(void *arg) {
    int t = (int)(intptr_t)arg;
    char code[96];
    for (int k = 0; k < PROGRAMS_PER_THREAD; k++) {
        snprintf(code, sizeof code, "values = [%d, %d, %d]\nprint(sum(values))", t, k, t + k);
        pyrust_free(pyrust_execute_cached(code));
    }
    pyrust_free(pyrust_execute("2 + 2"));
    return NULL;
}

/* a thread that only ever calls the uncached entry point also gets (and frees) its state */
static void *uncached_only(void *arg) {
    (void)arg;
    pyrust_free(pyrust_execute("2 + 2"));
    return NULL;
}

static long long heap_in_use(void) { return (long long)mallinfo2().uordblks; }

static void run_batch(int batch, void *(*fn)(void *)) {
    pthread_t threads[PER_BATCH];
    for (int t = 0; t < PER_BATCH; t++) pthread_create(&threads[t], NULL, fn, (void *)(intptr_t)(batch * PER_BATCH + t));
    for (int t = 0; t < PER_BATCH; t++) pthread_join(threads[t], NULL);
}

static void *hold_until_released(void *arg) {
    filler(arg);
    pthread_barrier_wait(&start_line);          /* caches alive here */
    pthread_barrier_wait(&start_line);
    return NULL;
}

static void test_exited_threads_free_their_caches(void) {
    int64_t live_before = pyrust_debug_live_caches();
    for (int b = 0; b < 4; b++)                 /* warm up: malloc arenas, engine tables */
        run_batch(1000 + b, (b & 1) ? uncached_only : filler);
    long long heap_before = heap_in_use();

    /* while alive, the caches are there: the counter and the heap show them */
    pthread_t held[PER_BATCH];
    pthread_barrier_init(&start_line, NULL, PER_BATCH + 1);
    for (int t = 0; t < PER_BATCH; t++) pthread_create(&held[t], NULL, hold_until_released, (void *)(intptr_t)(5000 + t));
    pthread_barrier_wait(&start_line);
    int64_t live_during = pyrust_debug_live_caches();
    long long heap_during = heap_in_use();
    pthread_barrier_wait(&start_line);
    for (int t = 0; t < PER_BATCH; t++) pthread_join(held[t], NULL);
    pthread_barrier_destroy(&start_line);
    EXPECT(live_during == live_before + PER_BATCH, "live caches while %d threads hold one: %lld (baseline %lld)",
           PER_BATCH, (long long)live_during, (long long)live_before);

    for (int b = 0; b < BATCHES; b++) run_batch(b, (b & 1) ? uncached_only : filler);
    int64_t live_after = pyrust_debug_live_caches();
    long long heap_after = heap_in_use();
    long long per_thread_cache = (heap_during - heap_before) / PER_BATCH;
    printf("     %d threads: live caches %lld -> %lld -> %lld; heap %lld -> %lld B while %d caches alive "
           "(~%lld B each) -> %lld B after all exited (%+lld B)\n",
           BATCHES * PER_BATCH + PER_BATCH, (long long)live_before, (long long)live_during, (long long)live_after,
           heap_before, heap_during, PER_BATCH, per_thread_cache, heap_after, heap_after - heap_before);
    EXPECT(live_after == live_before, "live caches %lld after join, %lld before", (long long)live_after,
           (long long)live_before);
    if (!heap_is_measurable()) {
        printf("     (heap checks skipped: malloc is replaced, mallinfo2 sees nothing)\n");
        return;
    }
    /* a leak would keep ~BATCHES/2 * PER_BATCH caches: hundreds of KB at least */
    long long allowed = 64 * 1024;
    EXPECT(heap_after - heap_before <= allowed, "heap grew by %lld B over %d exited threads (allowed %lld)",
           heap_after - heap_before, BATCHES * PER_BATCH, allowed);
    EXPECT(per_thread_cache > 0, "a live cache is visible in the heap (%lld B)", per_thread_cache);
}

int main(void) {
    unsetenv("PYRUST_CACHE_SIZE");
    static const test_case tests[] = {
        {"24 threads, both entry points + pyrust_run, own programs", test_concurrent_entry_points},
        {"24 threads, shared program and errors", test_concurrent_boundary},
        {"caches of exited threads are freed", test_exited_threads_free_their_caches},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
