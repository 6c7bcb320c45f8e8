/* `make stress`: THREADS threads (64) x STRESS_CALLS calls each (default 100000), all at once,
 * mixing cached and uncached runs, Python errors, syntax errors and every kind of limit hit:
 * instruction limits, time limits, output limits and cancellation from another thread. Every
 * result is checked (outputs are formulas of thread and call number). After the threads exit,
 * pyrust_debug_live_caches() must be back to its baseline: every thread state was freed.
 *
 *     stress [CALLS_PER_THREAD]     (or STRESS_CALLS in the environment)
 * Prints the counts per kind, wall time and calls per second; exits 1 on any wrong result. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pyrust.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

enum { THREADS = 64, KINDS = 10 };
static const char *kind_names[KINDS] = {"cached", "uncached", "python error", "syntax error",
                                        "instruction limit", "output limit", "time limit",
                                        "cancelled", "recursion", "cache clear"};

static long calls_per_thread = 100000;
static atomic_long counts[KINDS];
static atomic_long wrong;
static atomic_int finished_threads;
static pyrust_cancel_token tokens[THREADS];
static atomic_int waiting[THREADS];   /* 1 while thread t runs a program that waits for cancel */
static pthread_barrier_t start_line;
static pthread_barrier_t all_running;   /* every thread made its first call: count states */

static void fail(int t, long i, const char *what, const char *got) {
    if (atomic_fetch_add(&wrong, 1) < 10)
        fprintf(stderr, "stress: thread %d call %ld: %s: got %s\n", t, i, what, got ? got : "NULL");
}

/* Runs `code` under `limits` and checks status, error type and (prefix of) the message. */
static void expect_run(int t, long i, const char *code, uint32_t flags, const pyrust_limits *limits,
                       int status, const char *type, const char *message) {
    pyrust_result r;
    int s = pyrust_run_ex(code, strlen(code), flags, limits, &r);
    if (s != status) {
        fail(t, i, code, r.error_message ? r.error_message : r.output);
    } else if (type && (!r.error_type || strcmp(r.error_type, type) != 0)) {
        fail(t, i, type, r.error_type);
    } else if (message && (!r.error_message || strncmp(r.error_message, message, strlen(message)) != 0)) {
        fail(t, i, message, r.error_message);
    }
    pyrust_result_free(&r);
}

static void expect_text(int t, long i, char *got, const char *want) {
    if (!got || strcmp(got, want) != 0) fail(t, i, want, got ? got : pyrust_last_error());
    pyrust_free(got);
}

static void *worker(void *arg) {
    int t = (int)(intptr_t)arg;
    long local[KINDS] = {0};
    char code[256], want[128];
    pthread_barrier_wait(&start_line);
    for (long i = 0; i < calls_per_thread; i++) {
        if (i == 1) pthread_barrier_wait(&all_running);
        int slot = (int)(i % 16);
        int k = (int)((i / 16) % 8);   /* one of 8 cached programs per thread */
        pyrust_limits lim;
        memset(&lim, 0, sizeof lim);
        lim.size = sizeof lim;
        if (slot < 6) {
            snprintf(code, sizeof code, "def f(n):\n    return sum(range(n)) + %d\nprint(f(%d))", t, k * 10);
            snprintf(want, sizeof want, "%d\n", (k * 10) * (k * 10 - 1) / 2 + t);
            expect_text(t, i, pyrust_execute_cached(code), want);
            local[0]++;
        } else if (slot < 8) {
            snprintf(code, sizeof code, "x = [%ld, %d]\nx[0] * 3 + x[1]", i, t);
            snprintf(want, sizeof want, "%ld", i * 3 + t);
            expect_text(t, i, pyrust_execute(code), want);
            local[1]++;
        } else if (slot == 8) {
            snprintf(code, sizeof code, "d = {}\nd[%d]\n", t);
            snprintf(want, sizeof want, "%d", t);
            expect_run(t, i, code, PYRUST_RUN_CACHED, NULL, PYRUST_ERROR, "KeyError", want);
            local[2]++;
        } else if (slot == 9) {
            snprintf(code, sizeof code, "x = (%ld,\nprint(x", i);
            expect_run(t, i, code, 0, NULL, PYRUST_ERROR, "SyntaxError", NULL);
            local[3]++;
        } else if (slot == 10) {
            lim.max_instructions = 1000 + (uint64_t)k;
            snprintf(want, sizeof want, "instruction limit of %llu exceeded", (unsigned long long)lim.max_instructions);
            expect_run(t, i, "n = 0\nwhile True:\n    n += 1", PYRUST_RUN_CACHED, &lim, PYRUST_LIMIT_EXCEEDED,
                       "LimitExceeded", want);
            local[4]++;
        } else if (slot == 11) {
            lim.max_output = 512;
            lim.max_instructions = 1000000;
            expect_run(t, i, "while True:\n    print('x' * 50)", PYRUST_RUN_CACHED, &lim, PYRUST_LIMIT_EXCEEDED,
                       "LimitExceeded", "output limit of 512 bytes exceeded");
            local[5]++;
        } else if (slot == 12 && i % 2048 == 12) {
            lim.timeout_ms = 1;
            expect_run(t, i, "while True:\n    pass", PYRUST_RUN_CACHED, &lim, PYRUST_LIMIT_EXCEEDED,
                       "LimitExceeded", "time limit of 1 ms exceeded");
            local[6]++;
        } else if (slot == 13 && i % 2048 == 13) {
            /* the canceller thread stops it; the 10 s timeout only guards against a lost cancel */
            lim.timeout_ms = 10000;
            lim.cancel = &tokens[t];
            tokens[t].requested = 0;
            atomic_store(&waiting[t], 1);
            expect_run(t, i, "while True:\n    pass", 0, &lim, PYRUST_LIMIT_EXCEEDED, "LimitExceeded",
                       "run cancelled by the host");
            atomic_store(&waiting[t], 0);
            local[7]++;
        } else if (slot == 14) {
            lim.max_depth = 40;
            snprintf(code, sizeof code,
                     "def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print(%d, e)", t);
            snprintf(want, sizeof want, "%d maximum recursion depth exceeded\n", t);
            pyrust_result r;
            pyrust_run_ex(code, strlen(code), PYRUST_RUN_CACHED, &lim, &r);
            if (r.status != PYRUST_OK || strcmp(r.output, want) != 0) fail(t, i, want, r.output);
            pyrust_result_free(&r);
            local[8]++;
        } else if (i % 4096 == 15) {
            pyrust_cache_clear();
            local[9]++;
        } else {
            snprintf(code, sizeof code, "print(sorted({%d: 1, 2: %d}.items()))", k, t);
            char *out = pyrust_execute_cached(code);
            if (!out) fail(t, i, code, pyrust_last_error());
            pyrust_free(out);
            local[0]++;
        }
    }
    for (int k = 0; k < KINDS; k++) atomic_fetch_add(&counts[k], local[k]);
    atomic_fetch_add(&finished_threads, 1);
    return NULL;
}

/* Cancels every run that waits for it, until all workers are done. */
static void *canceller(void *arg) {
    (void)arg;
    struct timespec pause = {0, 200000};
    while (atomic_load(&finished_threads) < THREADS) {
        for (int t = 0; t < THREADS; t++)
            if (atomic_load(&waiting[t])) pyrust_cancel(&tokens[t]);
        nanosleep(&pause, NULL);
    }
    return NULL;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    const char *env = getenv("STRESS_CALLS");
    if (argc > 1) calls_per_thread = atol(argv[1]);
    else if (env && *env) calls_per_thread = atol(env);
    if (calls_per_thread < 16) calls_per_thread = 16;

    int64_t live_before = pyrust_debug_live_caches();
    pthread_t threads[THREADS], cancel_thread;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);   /* small stacks: the private-stack path too */
    pthread_barrier_init(&start_line, NULL, THREADS);
    pthread_barrier_init(&all_running, NULL, THREADS + 1);
    double t0 = now_s();
    pthread_create(&cancel_thread, NULL, canceller, NULL);
    for (int t = 0; t < THREADS; t++) {
        if (pthread_create(&threads[t], &attr, worker, (void *)(intptr_t)t) != 0) {
            fprintf(stderr, "stress: pthread_create failed\n");
            return 1;
        }
    }
    pthread_barrier_wait(&all_running);
    int64_t live_peak = pyrust_debug_live_caches();
    for (int t = 0; t < THREADS; t++) pthread_join(threads[t], NULL);
    pthread_join(cancel_thread, NULL);
    double elapsed = now_s() - t0;
    int64_t live_after = pyrust_debug_live_caches();

    long total = 0;
    for (int k = 0; k < KINDS; k++) total += atomic_load(&counts[k]);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("stress: %d threads x %ld calls = %ld calls in %.1f s (%.0f calls/s), max RSS %ld MiB\n", THREADS,
           calls_per_thread, total, elapsed, total / elapsed, ru.ru_maxrss / 1024);
    for (int k = 0; k < KINDS; k++) printf("  %-18s %ld\n", kind_names[k], atomic_load(&counts[k]));
    printf("  live thread states: %lld before, %lld while all threads ran, %lld after join\n", (long long)live_before,
           (long long)live_peak, (long long)live_after);
    long bad = atomic_load(&wrong);
    if (bad || live_after != live_before || live_peak != live_before + THREADS) {
        printf("stress: FAILED: %ld wrong results, live states %lld (baseline %lld)\n", bad, (long long)live_after,
               (long long)live_before);
        return 1;
    }
    printf("stress: ok (every result checked)\n");
    return 0;
}
