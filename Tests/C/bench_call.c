/* Cost of one cached call from C: pyrust_execute_cached("2 + 2") + pyrust_free, best of 5
 * rounds of N calls, then the uncached call for comparison.
 * Usage: bench_call [N]          timings
 *        bench_call N count      exactly N cached calls and nothing else (for callgrind:
 *                                instructions per call = collected / N) */
#include <pyrust.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 3000000;
    char *first = pyrust_execute_cached("2 + 2");      /* miss: compile and cache */
    if (!first || strcmp(first, "4") != 0) { fprintf(stderr, "unexpected result\n"); return 1; }
    pyrust_free(first);
    if (argc > 2 && strcmp(argv[2], "count") == 0) {
        for (long i = 0; i < n; i++) pyrust_free(pyrust_execute_cached("2 + 2"));
        return 0;
    }
    double best = 1e9, best_uncached = 1e9;
    for (int round = 0; round < 5; round++) {
        double t0 = now();
        for (long i = 0; i < n; i++) pyrust_free(pyrust_execute_cached("2 + 2"));
        double t1 = now();
        if ((t1 - t0) / (double)n < best) best = (t1 - t0) / (double)n;
    }
    long m = n / 10 > 0 ? n / 10 : 1;
    for (int round = 0; round < 3; round++) {
        double t0 = now();
        for (long i = 0; i < m; i++) pyrust_free(pyrust_execute("2 + 2"));
        double t1 = now();
        if ((t1 - t0) / (double)m < best_uncached) best_uncached = (t1 - t0) / (double)m;
    }
    printf("pyrust_execute_cached(\"2 + 2\") + pyrust_free: %.1f ns/call (best of 5 x %ld)\n", best * 1e9, n);
    printf("pyrust_execute(\"2 + 2\") + pyrust_free:        %.1f ns/call (best of 3 x %ld)\n", best_uncached * 1e9, m);
    return 0;
}
