/* The shared compile cache's costs (part of `make bench`): a thread-cache hit against a
 * shared-cache hit on one thread, shared-hit throughput of 1 thread against 2, and what a
 * thread pays the first time it runs a program another thread compiled (decoding its image)
 * against compiling it. Medians of interleaved rounds; nothing is asserted (timings are
 * reported, not tested), except that every output is right. */
#include <pyrust.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { ROUNDS = 7, HIT_RUNS = 200000, THREAD_RUNS = 300000, CONTEXTS = 2000 };

static const char *hit_code = "x = 20\nx * 2 + 2";
static const char *hit_want = "42";

static const char *typical =
    "def scale(values, factor):\n"
    "    total = 0\n"
    "    for v in values:\n"
    "        if v % 2 == 0:\n"
    "            total += v * factor\n"
    "    return total\n"
    "class Acc:\n"
    "    def __init__(self, start): self.value = start\n"
    "    def add(self, n): self.value += n; return self\n"
    "label = 'result'\n";

static int failures;

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void check(char *out, const char *want) {
    if (out == NULL || strcmp(out, want) != 0) {
        if (failures++ < 5) fprintf(stderr, "shared bench: got %s, want %s\n", out ? out : "NULL", want);
    }
    pyrust_free(out);
}

static double text_hits(char *(*entry)(const char *), long n) {
    check(entry(hit_code), hit_want);
    double start = now_ns();
    for (long i = 0; i < n; i++) pyrust_free(entry(hit_code));
    return (now_ns() - start) / n;
}

/* ---- 1 vs 2 threads ---- */

static pthread_barrier_t gate;

static double cpu_ns_total;      /* CPU time the workers spent in their loops (under `cpu_lock`) */
static pthread_mutex_t cpu_lock = PTHREAD_MUTEX_INITIALIZER;

static double thread_cpu_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static void *hit_worker(void *entry) {
    char *(*run)(const char *) = (char *(*)(const char *))entry;
    check(run(hit_code), hit_want);                         /* fills this thread's cache */
    pthread_barrier_wait(&gate);
    double cpu = thread_cpu_ns();
    for (long i = 0; i < THREAD_RUNS; i++) pyrust_free(run(hit_code));
    cpu = thread_cpu_ns() - cpu;
    pthread_barrier_wait(&gate);
    pthread_mutex_lock(&cpu_lock);
    cpu_ns_total += cpu;
    pthread_mutex_unlock(&cpu_lock);
    return NULL;
}

/* Hits per second with `n` threads, each doing THREAD_RUNS through `entry`; *cpu_per_hit
 * gets the CPU ns per hit (it grows with 2 threads only if they contend for memory). */
static double throughput(int n, char *(*entry)(const char *), double *cpu_per_hit) {
    pthread_t threads[2];
    cpu_ns_total = 0;
    pthread_barrier_init(&gate, NULL, (unsigned)n + 1);
    for (int t = 0; t < n; t++) pthread_create(&threads[t], NULL, hit_worker, (void *)entry);
    pthread_barrier_wait(&gate);
    double start = now_ns();
    pthread_barrier_wait(&gate);
    double elapsed = now_ns() - start;
    for (int t = 0; t < n; t++) pthread_join(threads[t], NULL);
    pthread_barrier_destroy(&gate);
    *cpu_per_hit = cpu_ns_total / (n * (double)THREAD_RUNS);
    return n * (double)THREAD_RUNS / (elapsed / 1e9);
}

/* ---- first run on a thread: decode an image vs compile ---- */

static pyrust_context *contexts[CONTEXTS];

static double run_on_contexts(const char *code, uint32_t flags) {
    size_t len = strlen(code);
    double start = now_ns();
    for (int i = 0; i < CONTEXTS; i++) {
        pyrust_result r;
        pyrust_context_run(contexts[i], code, len, flags, NULL, &r);
        if (r.status != PYRUST_OK && failures++ < 5) fprintf(stderr, "shared bench: %s\n", r.traceback);
        pyrust_result_free(&r);
    }
    return (now_ns() - start) / CONTEXTS;
}

/* Per program: (decode + run) - (front hit + run) on fresh contexts, and
 * (compile + run) - (thread-cache hit + run). */
static void first_run_costs(double *decode, double *compile) {
    char code[1024];
    static int round;
    snprintf(code, sizeof code, "%s# round %d\n", typical, round++);    /* a program new to the store */
    for (int i = 0; i < CONTEXTS; i++) {
        contexts[i] = pyrust_context_new(NULL);
        pyrust_result r;
        pyrust_context_run(contexts[i], "0", 1, 0, NULL, &r);          /* makes the context's VM */
        pyrust_result_free(&r);
    }
    run_on_contexts(code, PYRUST_RUN_SHARED);                           /* warm: the first compiles */
    for (int i = 0; i < CONTEXTS; i++) pyrust_context_free(contexts[i]);
    for (int i = 0; i < CONTEXTS; i++) {
        contexts[i] = pyrust_context_new(NULL);
        pyrust_result r;
        pyrust_context_run(contexts[i], "0", 1, 0, NULL, &r);
        pyrust_result_free(&r);
    }
    double decoded = run_on_contexts(code, PYRUST_RUN_SHARED);         /* each decodes the image */
    double front = run_on_contexts(code, PYRUST_RUN_SHARED);           /* each hits its front */
    double uncached = run_on_contexts(code, 0);                         /* each compiles */
    double cached = run_on_contexts(code, PYRUST_RUN_CACHED);           /* each compiles once... */
    cached = run_on_contexts(code, PYRUST_RUN_CACHED);                  /* ...then hits */
    for (int i = 0; i < CONTEXTS; i++) pyrust_context_free(contexts[i]);
    *decode = decoded - front;
    *compile = uncached - cached;
}

int main(void) {
    double thread_hit[ROUNDS], shared_hit[ROUNDS], one[ROUNDS], two[ROUNDS], decode[ROUNDS], compile[ROUNDS];
    double thread_one[ROUNDS], thread_two[ROUNDS];
    double cpu_one[ROUNDS], cpu_two[ROUNDS], thread_cpu_one[ROUNDS], thread_cpu_two[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        thread_hit[r] = text_hits(pyrust_execute_cached, HIT_RUNS);
        shared_hit[r] = text_hits(pyrust_execute_shared, HIT_RUNS);
        one[r] = throughput(1, pyrust_execute_shared, &cpu_one[r]);
        two[r] = throughput(2, pyrust_execute_shared, &cpu_two[r]);
        thread_one[r] = throughput(1, pyrust_execute_cached, &thread_cpu_one[r]);
        thread_two[r] = throughput(2, pyrust_execute_cached, &thread_cpu_two[r]);
        first_run_costs(&decode[r], &compile[r]);
    }
    double th = median(thread_hit, ROUNDS), sh = median(shared_hit, ROUNDS);
    double t1 = median(one, ROUNDS), t2 = median(two, ROUNDS);
    double de = median(decode, ROUNDS), co = median(compile, ROUNDS);
    double c1 = median(thread_one, ROUNDS), c2 = median(thread_two, ROUNDS);
    double u1 = median(cpu_one, ROUNDS), u2 = median(cpu_two, ROUNDS);
    double v1 = median(thread_cpu_one, ROUNDS), v2 = median(thread_cpu_two, ROUNDS);
    printf("### Shared compile cache (median of %d rounds)\n\n", ROUNDS);
    printf("| measure | value |\n|---|---|\n");
    printf("| thread-cache hit, pyrust_execute_cached(\"x = 20\\nx * 2 + 2\") | %.0f ns |\n", th);
    printf("| shared-cache hit, pyrust_execute_shared (same program) | %.0f ns (%.2fx the thread-cache hit) |\n",
           sh, sh / th);
    printf("| shared hits/s, 1 thread | %.0f |\n", t1);
    printf("| shared hits/s, 2 threads | %.0f (%.2fx one thread) |\n", t2, t2 / t1);
    printf("| CPU time per shared hit, 1 thread / 2 threads | %.0f / %.0f ns (%.2fx) |\n", u1, u2, u2 / u1);
    printf("| control: CPU time per thread-cache hit, 1 / 2 threads | %.0f / %.0f ns (%.2fx) |\n", v1, v2, v2 / v1);
    printf("| control: thread-cache hits/s, 1 thread / 2 threads | %.0f / %.0f (%.2fx) |\n", c1, c2, c2 / c1);
    printf("| first run on a thread of a program another compiled: decode the image | %.0f ns |\n", de);
    printf("| the same program compiled instead (lex, parse, compile) | %.0f ns (%.1fx the decode) |\n",
           co, de > 0 ? co / de : 0.0);
    printf("\n(2-thread scaling needs 2 idle cores: the control shows what the machine allows now.)\n");
    if (failures) {
        printf("shared bench: %d wrong outputs\n", failures);
        return 1;
    }
    return 0;
}
