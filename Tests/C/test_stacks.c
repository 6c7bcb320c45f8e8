/* Small thread stacks: programs that nest deeply (parser, compiler, repr, ==, recursion) give
 * the same result on a thread with a 16 KiB stack (PTHREAD_STACK_MIN) as on the main thread,
 * never a crash: a caller with little stack left runs on the thread's private stack, which is
 * freed when the thread exits. */
#include "check.h"

#include <pyrust.h>

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

static char *repeat(const char *piece, int n, const char *middle, const char *tail_piece) {
    size_t a = strlen(piece), m = strlen(middle), t = strlen(tail_piece);
    char *s = malloc(n * (a + t) + m + 1);
    char *p = s;
    for (int i = 0; i < n; i++) { memcpy(p, piece, a); p += a; }
    memcpy(p, middle, m); p += m;
    for (int i = 0; i < n; i++) { memcpy(p, tail_piece, t); p += t; }
    *p = 0;
    return s;
}

static char *nested_ifs(int depth) {
    size_t cap = (size_t)depth * (depth + 8) + 64;
    char *s = malloc(cap), *p = s;
    for (int i = 0; i < depth; i++) {
        for (int k = 0; k < i; k++) *p++ = ' ';
        p += sprintf(p, "if True:\n");
    }
    for (int k = 0; k < depth; k++) *p++ = ' ';
    p += sprintf(p, "print('deep')\n");
    *p = 0;
    return s;
}

enum { PROGRAMS = 8 };
static char *programs[PROGRAMS];
static char expected[PROGRAMS][256];

static void make_programs(void) {
    programs[0] = strdup("2 + 2");
    programs[1] = strdup("def f(x):\n    return x * 2\nprint(f(21))");
    programs[2] = repeat("(", 199, "1", ")");
    programs[3] = nested_ifs(99);
    programs[4] = strdup("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)");
    programs[5] = strdup("x = []\nfor i in range(900):\n    x = [x]\nprint(len(repr(x)))");
    programs[6] = strdup("a = b = 0\nfor i in range(900):\n    a, b = {'k': a}, {'k': b}\nprint(a == b)");
    programs[7] = strdup("def g(n):\n    if n:\n        yield from g(n - 1)\n    else:\n        yield 'bottom'\nprint(list(g(500)))");
}

static void run_all(char results[PROGRAMS][256]) {
    for (int i = 0; i < PROGRAMS; i++) {
        pyrust_result r;
        int status = pyrust_run(programs[i], strlen(programs[i]), PYRUST_RUN_CACHED, &r);
        snprintf(results[i], 256, "%d|%s|%.200s", status, r.error_type ? r.error_type : "", r.output ? r.output : "");
        pyrust_result_free(&r);
    }
}

static char got[PROGRAMS][256];

static void *on_thread(void *arg) {
    (void)arg;
    run_all(got);
    return NULL;
}

static int run_on_stack(size_t size) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (pthread_attr_setstacksize(&attr, size) != 0) return -1;
    pthread_t t;
    if (pthread_create(&t, &attr, on_thread, NULL) != 0) return -1;
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
    return 0;
}

static void test_same_results_on_small_stacks(void) {
    const size_t sizes[] = {PTHREAD_STACK_MIN, 32 << 10, 64 << 10, 128 << 10, 1 << 20};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        memset(got, 0, sizeof got);
        EXPECT(run_on_stack(sizes[k]) == 0, "thread with a %zu-byte stack", sizes[k]);
        for (int i = 0; i < PROGRAMS; i++)
            EXPECT(strcmp(got[i], expected[i]) == 0, "%zu-byte stack, program %d: [%s], main thread [%s]", sizes[k], i,
                   got[i], expected[i]);
    }
}

static long vm_size_kb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmSize:", 7) == 0) kb = atol(line + 7);
    if (f) fclose(f);
    return kb;
}

static void *small_run(void *arg) {
    (void)arg;
    char *out = pyrust_execute("print(sum(range(10)))");
    pyrust_free(out);
    return NULL;
}

/* Each small-stack thread gets an 8 MiB private stack (address space only); exiting frees it. */
static void test_private_stacks_freed(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 64 << 10);
    long before = vm_size_kb();
    for (int i = 0; i < 200; i++) {
        pthread_t t;
        if (pthread_create(&t, &attr, small_run, NULL) != 0) break;
        pthread_join(t, NULL);
    }
    long after = vm_size_kb();
    pthread_attr_destroy(&attr);
    EXPECT(before > 0 && after - before < 64 * 1024, "VmSize %ld kB -> %ld kB after 200 small-stack threads", before,
           after);
}

static char *elif_chain(int n) {
    char *s = malloc((size_t)n * 40 + 64), *p = s;
    p += sprintf(p, "x = 0\nif x == 1:\n    pass\n");
    for (int i = 0; i < n; i++) p += sprintf(p, "elif x == %d:\n    pass\n", i + 2);
    sprintf(p, "else:\n    print('else')\n");
    return s;
}

static void expect_outcome(const char *what, const char *code, int status, const char *type, const char *output) {
    pyrust_result r;
    EXPECT(pyrust_run(code, strlen(code), 0, &r) == status, "%s: status %d", what, r.status);
    EXPECT(strcmp(r.error_type ? r.error_type : "", type) == 0, "%s: error type [%s]", what,
           r.error_type ? r.error_type : "");
    if (output) EXPECT(r.output && strcmp(r.output, output) == 0, "%s: output [%s]", what, r.output ? r.output : "");
    pyrust_result_free(&r);
}

/* Long chains that the library walks with native recursion stop with RecursionError, as
 * CPython's compiler does for 3000 elifs (it crashes on the iterator chains). */
static void deep_chains(void) {
    char *ok = elif_chain(500), *deep = elif_chain(3000), *huge = elif_chain(100000);
    expect_outcome("500 elifs", ok, PYRUST_OK, "", "else\n");
    expect_outcome("3000 elifs", deep, PYRUST_ERROR, "RecursionError", NULL);
    expect_outcome("100000 elifs", huge, PYRUST_ERROR, "RecursionError", NULL);
    free(ok), free(deep), free(huge);
    expect_outcome("map chain", "g = iter([1])\nfor i in range(100000):\n    g = map(abs, g)\nlist(g)", PYRUST_ERROR,
                   "RecursionError", NULL);
    expect_outcome("filter chain", "g = iter([1])\nfor i in range(100000):\n    g = filter(None, g)\nlist(g)",
                   PYRUST_ERROR, "RecursionError", NULL);
    expect_outcome("zip chain", "g = iter([1])\nfor i in range(100000):\n    g = zip(g)\nlist(g)", PYRUST_ERROR,
                   "RecursionError", NULL);
    expect_outcome("short map chain", "g = iter([-1])\nfor i in range(100):\n    g = map(abs, g)\nlist(g)", PYRUST_OK,
                   "", "[1]");
}

static void *deep_chains_thread(void *arg) {
    (void)arg;
    deep_chains();
    return NULL;
}

static void test_deep_chains(void) {
    deep_chains();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, PTHREAD_STACK_MIN);
    pthread_t t;
    EXPECT(pthread_create(&t, &attr, deep_chains_thread, NULL) == 0, "small-stack thread");
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
}

int main(void) {
    make_programs();
    run_all(expected);
    for (int i = 0; i < PROGRAMS; i++) printf("     main thread, program %d: %.60s\n", i, expected[i]);
    static const test_case tests[] = {
        {"deep programs give the main thread's results on 16 KiB to 1 MiB stacks", test_same_results_on_small_stacks},
        {"private stacks are freed at thread exit", test_private_stacks_freed},
        {"elif chains and map/filter/zip chains: RecursionError, not a crash", test_deep_chains},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
