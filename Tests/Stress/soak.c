/* `make soak`: SOAK_CALLS calls (default 10^6) on one thread with cache churn and limit hits,
 * checking that memory stays flat. The compile cache holds PYRUST_CACHE_SIZE programs (1000
 * unless set); the soak cycles through CHURN (3000) distinct programs beside a hot set that
 * keeps hitting, so the cache evicts all the time. Every 8th call hits a limit (instructions,
 * output, time) or raises. RSS (/proc/self/statm) and the malloc heap in use (mallinfo2) are
 * sampled SAMPLES times; after the first quarter (warm-up) every RSS sample must stay within
 * 5% of the warm-up sample.
 *
 *     soak [CALLS]     (or SOAK_CALLS in the environment)
 * Exits 1 on a wrong result or growth past 5%. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pyrust.h>

#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { HOT = 200, CHURN = 3000, SAMPLES = 20 };

static long wrong;

static long rss_kb(void) {
    long pages_total = 0, pages_resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return -1;
    if (fscanf(f, "%ld %ld", &pages_total, &pages_resident) != 2) pages_resident = -1;
    fclose(f);
    return pages_resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static void fail(long i, const char *want, const char *got) {
    if (++wrong <= 10) fprintf(stderr, "soak: call %ld: want %s, got %s\n", i, want, got ? got : "NULL");
}

static void expect_limit(long i, const char *code, const pyrust_limits *lim, const char *message) {
    pyrust_result r;
    int s = pyrust_run_ex(code, strlen(code), PYRUST_RUN_CACHED, lim, &r);
    if (s != PYRUST_LIMIT_EXCEEDED || !r.error_message || strcmp(r.error_message, message) != 0)
        fail(i, message, r.error_message);
    pyrust_result_free(&r);
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    long calls = 1000000;
    const char *env = getenv("SOAK_CALLS");
    if (argc > 1) calls = atol(argv[1]);
    else if (env && *env) calls = atol(env);
    if (calls < SAMPLES * 8) calls = SAMPLES * 8;

    long rss[SAMPLES + 1];
    long long heap[SAMPLES + 1];
    int nsamples = 0;
    long every = calls / SAMPLES;
    char code[192], want[64];
    uint64_t rng = 0x9e3779b97f4a7c15ull;
    double t0 = now_s();
    for (long i = 0; i < calls; i++) {
        rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;   /* xorshift: a fixed sequence */
        pyrust_limits lim;
        memset(&lim, 0, sizeof lim);
        lim.size = sizeof lim;
        switch (i % 8) {
        case 0:
            lim.max_instructions = 5000;
            expect_limit(i, "while True:\n    pass", &lim, "instruction limit of 5000 exceeded");
            break;
        case 1:
            lim.max_output = 256;
            expect_limit(i, "for i in range(10**9):\n    print(i)", &lim, "output limit of 256 bytes exceeded");
            break;
        case 2:
            if (i % 4096 == 2) {   /* a wall-clock limit costs its 1 ms: rare */
                lim.timeout_ms = 1;
                expect_limit(i, "while True:\n    pass", &lim, "time limit of 1 ms exceeded");
            } else {
                pyrust_result r;
                snprintf(code, sizeof code, "raise ValueError(%ld)", (long)(rng % CHURN));
                if (pyrust_run(code, strlen(code), PYRUST_RUN_CACHED, &r) != PYRUST_ERROR) fail(i, "error", r.output);
                pyrust_result_free(&r);
            }
            break;
        case 3: case 4: case 5: {   /* churn: most of these miss the cache */
            long n = (long)(rng % CHURN);
            snprintf(code, sizeof code, "class K%ld:\n    v = %ld\n    def get(self):\n        return [self.v] * 2\nK%ld().get()",
                     n, n, n);
            snprintf(want, sizeof want, "[%ld, %ld]", n, n);
            char *out = pyrust_execute_cached(code);
            if (!out || strcmp(out, want) != 0) fail(i, want, out ? out : pyrust_last_error());
            pyrust_free(out);
            break;
        }
        default: {   /* hot set: these hit */
            long n = (long)(rng % HOT);
            snprintf(code, sizeof code, "s = 'k%ld'\n{s: len(s) for _ in range(3)}", n);
            snprintf(want, sizeof want, "{'k%ld': %d}", n, snprintf(NULL, 0, "k%ld", n));
            char *out = pyrust_execute_cached(code);
            if (!out || strcmp(out, want) != 0) fail(i, want, out ? out : pyrust_last_error());
            pyrust_free(out);
        }
        }
        if ((i + 1) % every == 0 && nsamples < SAMPLES) {
            struct mallinfo2 mi = mallinfo2();
            rss[nsamples] = rss_kb();
            heap[nsamples] = (long long)mi.uordblks;
            nsamples++;
        }
    }
    double elapsed = now_s() - t0;
    pyrust_cache_stats st;
    pyrust_cache_stats_get(&st);

    printf("soak: %ld calls in %.1f s (%.0f calls/s); cache: %llu hits, %llu misses, %llu evictions, %llu entries\n",
           calls, elapsed, calls / elapsed, (unsigned long long)st.hits, (unsigned long long)st.misses,
           (unsigned long long)st.evictions, (unsigned long long)st.size);
    printf("soak: samples every %ld calls (RSS KiB / malloc heap in use KiB):\n", every);
    for (int s = 0; s < nsamples; s++)
        printf("  %8ld  %8ld / %8lld%s\n", (s + 1) * every, rss[s], heap[s] / 1024, s == nsamples / 4 - 1 ? "   <- end of warm-up" : "");
    int base = nsamples / 4 - 1;
    long worst = rss[base];
    for (int s = base; s < nsamples; s++) if (rss[s] > worst) worst = rss[s];
    double growth = 100.0 * (worst - rss[base]) / rss[base];
    printf("soak: RSS after warm-up %ld KiB, highest later %ld KiB (%+.2f%%, allowed +5%%); %ld wrong results\n",
           rss[base], worst, growth, wrong);
    if (wrong || growth > 5.0 || st.evictions == 0) {
        printf("soak: FAILED%s\n", st.evictions == 0 ? " (no cache churn: is PYRUST_CACHE_SIZE above the churn set?)" : "");
        return 1;
    }
    printf("soak: ok\n");
    return 0;
}
