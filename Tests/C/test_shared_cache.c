/* The process-wide shared compile cache through the C ABI: hit counting across threads, LRU
 * eviction and recency of the store, capacity from PYRUST_SHARED_CACHE_SIZE, caching off,
 * clear, hash collisions, 20,000 distinct programs, measured bytes, the flags of the
 * structured entry points, shared output = uncached output for varied programs (each decoded
 * from an image on another thread), and 16 threads sharing one small cache with evictions
 * and clears.
 * The store is made once per process, so each test runs in a forked child with its own
 * environment. A fresh pyrust_context has an empty front cache, so running a program on one
 * reaches the store: that is how the store's own LRU order is probed.
 * Usage: test_shared_cache [LIBPATH] [NAME-SUBSTRING]  (the second runs only matching tests).
 * `make tsan-shared` runs them all under ThreadSanitizer. */
#include "check.h"

#include <pyrust.h>

#include <malloc.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define U(x) ((unsigned long long)(x))

/* Under ThreadSanitizer (`make tsan-shared`) malloc is TSan's: mallinfo2 measures nothing. */
#if defined(__SANITIZE_THREAD__)
#define UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define UNDER_TSAN 1
#endif
#endif
#ifndef UNDER_TSAN
#define UNDER_TSAN 0
#endif

static pyrust_cache_stats shared_now(void) {
    pyrust_cache_stats s;
    pyrust_shared_cache_stats_get(&s);
    return s;
}

/* Runs fn in a forked child with PYRUST_SHARED_CACHE_SIZE = size (NULL: unset) and the
 * collision knob; the child's failed checks count in the parent. */
static void in_child(const char *size, int collide, void (*fn)(void)) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        EXPECT(0, "fork failed");
        return;
    }
    if (pid == 0) {
        if (size) setenv("PYRUST_SHARED_CACHE_SIZE", size, 1); else unsetenv("PYRUST_SHARED_CACHE_SIZE");
        if (collide) setenv("PYRUST_SHARED_CACHE_TEST_COLLIDE", "1", 1);
        fn();
        fflush(stdout);
        fflush(stderr);
        _exit(test_failures_in_current > 100 ? 100 : test_failures_in_current);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status)) {
        EXPECT(0, "child died (status %d)", status);
    } else {
        test_failures_in_current += WEXITSTATUS(status);
    }
}

static void *thread_main(void *fn) {
    ((void (*)(void))fn)();
    return NULL;
}

static void on_new_thread(void (*fn)(void)) {
    pthread_t t;
    if (pthread_create(&t, NULL, thread_main, (void *)fn) != 0) {
        EXPECT(0, "pthread_create failed");
        return;
    }
    pthread_join(t, NULL);
}

/* Program number i: "x = i\nx * 2 + 1", whose output is 2i+1. */
static void program(char *buf, size_t size, int i) { snprintf(buf, size, "x = %d\nx * 2 + 1", i); }

/* Runs program i on a fresh context (empty front cache), so the store answers; checks the
 * output and reports whether the store had it. */
static int store_hit(int i) {
    char code[64], want[32];
    program(code, sizeof code, i);
    snprintf(want, sizeof want, "%d", 2 * i + 1);
    pyrust_context *ctx = pyrust_context_new(NULL);
    uint64_t hits = shared_now().hits;
    pyrust_result r;
    int status = pyrust_context_run(ctx, code, strlen(code), PYRUST_RUN_SHARED, NULL, &r);
    EXPECT(status == PYRUST_OK && strcmp(r.output, want) == 0, "program %d: status %d output %s", i, status, r.output);
    pyrust_result_free(&r);
    pyrust_context_free(ctx);
    return shared_now().hits == hits + 1;
}

/* ---- hit counting ---- */

static void body_99_hits(void) {
    EXPECT(shared_now().hits == 0 && shared_now().hit_rate == 0.0, "fresh stats");
    for (int i = 0; i < 100; i++) {
        char *out = pyrust_execute_shared("2 + 2");
        EXPECT_STR(out, "4");
        pyrust_free(out);
    }
    pyrust_cache_stats s = shared_now();
    EXPECT(s.hits == 99 && s.misses == 1 && s.inserts == 1 && s.size == 1 && s.evictions == 0,
           "hits %llu misses %llu inserts %llu size %llu", U(s.hits), U(s.misses), U(s.inserts), U(s.size));
    EXPECT(fabs(s.hit_rate - 0.99) < 1e-12, "hit_rate %f", s.hit_rate);
    EXPECT(s.capacity == 1000 && s.bytes > 0, "capacity %llu bytes %llu", U(s.capacity), U(s.bytes));
    pyrust_cache_stats t;
    pyrust_cache_stats_get(&t);
    EXPECT(t.hits == 0 && t.misses == 0 && t.size == 0, "the thread cache was not used");
}
static void test_99_hits(void) { in_child(NULL, 0, body_99_hits); }

static void run_four_on_thread(void) {
    for (int i = 0; i < 3; i++) {
        char *out = pyrust_execute_shared("def f(n):\n    return [k * k for k in range(n)]\nf(4)");
        EXPECT_STR(out, "[0, 1, 4, 9]");
        pyrust_free(out);
    }
}

/* The second thread finds the first thread's program in the store (one store hit, then its
 * own front cache), and so does a third. */
static void body_across_threads(void) {
    on_new_thread(run_four_on_thread);
    pyrust_cache_stats s = shared_now();
    EXPECT(s.misses == 1 && s.hits == 2 && s.inserts == 1, "first thread: misses %llu hits %llu", U(s.misses), U(s.hits));
    on_new_thread(run_four_on_thread);
    on_new_thread(run_four_on_thread);
    s = shared_now();
    EXPECT(s.misses == 1 && s.hits == 8 && s.inserts == 1 && s.size == 1,
           "three threads: misses %llu hits %llu inserts %llu", U(s.misses), U(s.hits), U(s.inserts));
}
static void test_across_threads(void) { in_child(NULL, 0, body_across_threads); }

/* ---- LRU ---- */

static void body_lru_eviction(void) {
    for (int i = 0; i < 1000; i++) EXPECT(!store_hit(i), "program %d is new", i);
    pyrust_cache_stats s = shared_now();
    EXPECT(s.misses == 1000 && s.inserts == 1000 && s.size == 1000 && s.evictions == 0,
           "after 1000: misses %llu inserts %llu size %llu", U(s.misses), U(s.inserts), U(s.size));
    EXPECT(!store_hit(1000), "program 1000 is new");
    s = shared_now();
    EXPECT(s.evictions == 1 && s.size == 1000, "evictions %llu size %llu", U(s.evictions), U(s.size));
    EXPECT(store_hit(999), "999 still cached");
    EXPECT(store_hit(2), "2 still cached");
    EXPECT(!store_hit(0), "0 (least recently used) was evicted");
    EXPECT(!store_hit(1), "1 evicted by the re-insertion of 0");
    EXPECT(store_hit(0), "0 cached again");
    EXPECT(shared_now().evictions == 3, "evictions %llu", U(shared_now().evictions));
}
static void test_lru_eviction(void) { in_child(NULL, 0, body_lru_eviction); }

static void body_capacity_3_order(void) {
    EXPECT(!store_hit(10) && !store_hit(11) && !store_hit(12), "A B C new");
    EXPECT(store_hit(10), "A hit");                       /* old->new: B C A */
    EXPECT(!store_hit(13), "D new, evicts B");            /* C A D */
    EXPECT(store_hit(12), "C hit");                       /* A D C */
    EXPECT(!store_hit(11), "B gone; back, evicts A");     /* D C B */
    EXPECT(!store_hit(10), "A gone; back, evicts D");     /* C B A */
    EXPECT(store_hit(12) && store_hit(11) && store_hit(10), "C B A held");
    EXPECT(!store_hit(13), "D gone");
    pyrust_cache_stats s = shared_now();
    EXPECT(s.size == 3 && s.capacity == 3, "size %llu capacity %llu", U(s.size), U(s.capacity));
}
static void test_capacity_3_order(void) { in_child("3", 0, body_capacity_3_order); }

/* ---- collisions: every key hashes alike, yet each program keeps its own output ---- */

static void body_collisions(void) {
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 300; i++) EXPECT(store_hit(i) == (round == 1), "round %d program %d", round, i);
    }
    pyrust_cache_stats s = shared_now();
    EXPECT(s.misses == 300 && s.hits == 300 && s.size == 300, "misses %llu hits %llu", U(s.misses), U(s.hits));
}
static void test_collisions(void) { in_child(NULL, 1, body_collisions); }

/* ---- 20,000 distinct programs ---- */

static void body_20000(void) {
    char code[64], want[32];
    int wrong = 0;
    for (int i = 0; i < 20000; i++) {
        program(code, sizeof code, i);
        snprintf(want, sizeof want, "%d", 2 * i + 1);
        char *out = pyrust_execute_shared(code);
        if (out == NULL || strcmp(out, want) != 0) wrong++;
        pyrust_free(out);
    }
    EXPECT(wrong == 0, "%d of 20000 gave a wrong output", wrong);
    pyrust_cache_stats s = shared_now();
    EXPECT(s.misses == 20000 && s.inserts == 20000 && s.evictions == 19000 && s.size == 1000,
           "misses %llu inserts %llu evictions %llu size %llu", U(s.misses), U(s.inserts), U(s.evictions), U(s.size));
    int missing = 0;
    for (int i = 19000; i < 20000; i++) missing += !store_hit(i);
    EXPECT(missing == 0, "%d of the newest 1000 not in the store", missing);
}
static void test_20000(void) { in_child(NULL, 0, body_20000); }

/* ---- off, settings ---- */

static void expect_same_as_uncached(const char *code, int flags) {
    pyrust_result a, b;
    int sa = pyrust_run(code, strlen(code), 0, &a);
    int sb = pyrust_run(code, strlen(code), (uint32_t)flags, &b);
    EXPECT(sa == sb, "%s: status %d vs %d", code, sa, sb);
    EXPECT(a.output_len == b.output_len && memcmp(a.output, b.output, a.output_len) == 0, "%s: output differs", code);
    EXPECT((a.traceback == NULL) == (b.traceback == NULL), "%s: one has a traceback", code);
    if (a.traceback && b.traceback) EXPECT(strcmp(a.traceback, b.traceback) == 0, "%s: tracebacks differ:\n%s\n%s", code, a.traceback, b.traceback);
    pyrust_result_free(&a);
    pyrust_result_free(&b);
}

static void body_off(void) {
    char code[64];
    for (int i = 0; i < 30; i++) {
        program(code, sizeof code, i % 5);
        expect_same_as_uncached(code, PYRUST_RUN_SHARED);
        char *out = pyrust_execute_shared(code);
        EXPECT(out != NULL, "text entry point");
        pyrust_free(out);
    }
    expect_same_as_uncached("1 / 0", PYRUST_RUN_SHARED);
    /* SCRIPT runs asking for the shared cache compile too: they do not fall back to the
     * context's own cache. */
    pyrust_context *ctx = pyrust_context_new(NULL);
    for (int k = 0; k < 3; k++) {
        pyrust_result r;
        EXPECT(pyrust_context_run(ctx, "print(6 * 7)", 12, PYRUST_RUN_SHARED | PYRUST_RUN_SCRIPT, NULL, &r) == PYRUST_OK,
               "script run");
        EXPECT_STR(r.output, "42\n");
        pyrust_result_free(&r);
    }
    pyrust_cache_stats own;
    pyrust_context_cache_stats(ctx, &own);
    EXPECT(own.hits == 0 && own.misses == 0 && own.size == 0, "context cache used: hits %llu misses %llu size %llu",
           U(own.hits), U(own.misses), U(own.size));
    pyrust_context_free(ctx);
    pyrust_cache_stats s = shared_now();
    EXPECT(s.capacity == 0 && s.size == 0 && s.hits == 0 && s.misses == 0 && s.inserts == 0 && s.bytes == 0,
           "capacity %llu size %llu hits %llu misses %llu", U(s.capacity), U(s.size), U(s.hits), U(s.misses));
}
static void test_off(void) { in_child("0", 0, body_off); }

static void body_print_capacity(void) { _exit((int)(shared_now().capacity % 251)); }

static void test_capacity_settings(void) {
    static const struct { const char *setting; uint64_t capacity; } cases[] = {
        {NULL, 1000}, {"", 1000}, {"abc", 1000}, {"-5", 1000}, {"12x", 1000}, {" 7", 1000}, {"+3", 1000},
        {"7", 7}, {"0", 0}, {"000", 0}, {"250", 250}, {"16777216", 16777216}, {"99999999999999999999", 16777216},
    };
    for (size_t i = 0; i < TEST_COUNT(cases); i++) {
        int before = test_failures_in_current;
        in_child(cases[i].setting, 0, body_print_capacity);
        int got = test_failures_in_current - before;     /* the child's exit code: capacity % 251 */
        test_failures_in_current = before;
        EXPECT((uint64_t)got == cases[i].capacity % 251,
               "PYRUST_SHARED_CACHE_SIZE=%s: capacity %% 251 = %d, want %llu",
               cases[i].setting ? cases[i].setting : "(unset)", got, U(cases[i].capacity % 251));
    }
}

/* ---- clear, what is cached ---- */

static void body_clear(void) {
    char code[64];
    for (int i = 0; i < 10; i++) { program(code, sizeof code, i); pyrust_free(pyrust_execute_shared(code)); }
    pyrust_cache_stats before = shared_now();
    EXPECT(before.size == 10 && before.bytes > 0, "size %llu bytes %llu", U(before.size), U(before.bytes));
    pyrust_shared_cache_clear();
    pyrust_cache_stats after = shared_now();
    EXPECT(after.size == 0 && after.bytes == 0, "cleared: size %llu bytes %llu", U(after.size), U(after.bytes));
    EXPECT(after.hits == before.hits && after.misses == before.misses && after.inserts == before.inserts,
           "counters kept");
    /* this thread's front cache empties too: the same programs compile again */
    for (int i = 0; i < 10; i++) { program(code, sizeof code, i); pyrust_free(pyrust_execute_shared(code)); }
    after = shared_now();
    EXPECT(after.misses == before.misses + 10 && after.hits == before.hits && after.size == 10,
           "after clear: misses %llu hits %llu size %llu", U(after.misses), U(after.hits), U(after.size));
    pyrust_shared_cache_clear();
    pyrust_shared_cache_clear();
    EXPECT(shared_now().size == 0, "empty");
}
static void test_clear(void) { in_child(NULL, 0, body_clear); }

static void body_errors(void) {
    for (int i = 0; i < 3; i++) {
        EXPECT(pyrust_execute_shared("x = (1 +") == NULL, "syntax error every time");
        const char *err = pyrust_last_error();
        EXPECT(err && strstr(err, "SyntaxError"), "error text %s", err ? err : "NULL");
        char *out = pyrust_execute_shared("print(5)\n1 / 0");
        EXPECT(out == NULL, "raises every time");
        err = pyrust_last_error();
        EXPECT(err && strstr(err, "ZeroDivisionError: division by zero"), "error text %s", err ? err : "NULL");
    }
    pyrust_cache_stats s = shared_now();
    EXPECT(s.inserts == 1 && s.misses == 4 && s.hits == 2, "inserts %llu misses %llu hits %llu",
           U(s.inserts), U(s.misses), U(s.hits));
    EXPECT(pyrust_execute_shared(NULL) == NULL, "NULL code");
    pyrust_shared_cache_stats_get(NULL);
}
static void test_errors(void) { in_child(NULL, 0, body_errors); }

static void body_flags(void) {
    const char *code = "print('hi')\n7 * 6";
    pyrust_result r;
    EXPECT(pyrust_run(code, strlen(code), PYRUST_RUN_SHARED, &r) == PYRUST_OK, "run");
    EXPECT_STR(r.output, "hi\n42");
    pyrust_result_free(&r);
    pyrust_limits limits = {0};
    limits.size = sizeof limits;
    limits.max_instructions = 1000;
    EXPECT(pyrust_run_ex(code, strlen(code), PYRUST_RUN_SHARED, &limits, &r) == PYRUST_OK, "run_ex");
    EXPECT_STR(r.output, "hi\n42");
    pyrust_result_free(&r);
    EXPECT(pyrust_run(code, strlen(code), PYRUST_RUN_SHARED | PYRUST_RUN_CACHED, &r) == PYRUST_OK, "both flags");
    pyrust_result_free(&r);
    pyrust_context *ctx = pyrust_context_new(NULL);
    EXPECT(pyrust_context_run(ctx, code, strlen(code), PYRUST_RUN_SHARED | PYRUST_RUN_VALUE, NULL, &r) == PYRUST_OK,
           "context_run");
    EXPECT_STR(r.output, "hi\n42");
    EXPECT(r.result_json && strcmp(r.result_json, "42") == 0, "result_json");
    pyrust_result_free(&r);
    pyrust_context_free(ctx);
    EXPECT(pyrust_run(code, strlen(code), 8, &r) == PYRUST_INVALID_ARGUMENT, "flag 8 is unknown");
    pyrust_result_free(&r);
    pyrust_cache_stats s = shared_now(), t;
    pyrust_cache_stats_get(&t);
    EXPECT(s.misses == 1 && s.hits == 3 && t.hits == 0 && t.misses == 0, "shared %llu/%llu, thread %llu/%llu",
           U(s.hits), U(s.misses), U(t.hits), U(t.misses));
}
static void test_flags(void) { in_child(NULL, 0, body_flags); }

/* SCRIPT runs of named programs (the daemon's): kept apart from plain runs of the same text,
 * and a program decoded from the store (by a second context) gives the same traceback, source
 * lines and ~~^~~ markers included, as the one compiled. */
static void body_script_mode(void) {
    const char *code = "import sys\nprint(sys.argv)\ndef f(x):\n    return 10 / x\n\nf(0)\n";
    const char *argv[] = {"/tmp/prog.py", "a"};
    char *first = NULL;
    for (int k = 0; k < 2; k++) {
        pyrust_context *ctx = pyrust_context_new(NULL);
        pyrust_context_set_program(ctx, "/tmp/prog.py", 2, argv);
        pyrust_result r;
        EXPECT(pyrust_context_run(ctx, code, strlen(code), PYRUST_RUN_SHARED | PYRUST_RUN_SCRIPT, NULL, &r) ==
                   PYRUST_ERROR, "script run %d", k);
        EXPECT_STR(r.output, "['/tmp/prog.py', 'a']\n");
        EXPECT(r.traceback && strstr(r.traceback, "File \"/tmp/prog.py\", line 4, in f\n    return 10 / x\n") &&
                   strstr(r.traceback, "~~~^~~"),
               "traceback %d: %s", k, r.traceback ? r.traceback : "(null)");
        if (k == 0) first = strdup(r.traceback ? r.traceback : "");
        else EXPECT(first && r.traceback && strcmp(first, r.traceback) == 0, "decoded program, same traceback");
        pyrust_result_free(&r);
        const char *echo = "7 * 6";
        EXPECT(pyrust_context_run(ctx, echo, strlen(echo), PYRUST_RUN_SHARED | PYRUST_RUN_SCRIPT, NULL, &r) == PYRUST_OK,
               "script echo run");
        EXPECT_STR(r.output, "");
        pyrust_result_free(&r);
        EXPECT(pyrust_context_run(ctx, echo, strlen(echo), PYRUST_RUN_SHARED, NULL, &r) == PYRUST_OK, "plain run");
        EXPECT_STR(r.output, "42");
        pyrust_result_free(&r);
        pyrust_context_free(ctx);
    }
    free(first);
    pyrust_cache_stats s = shared_now();
    EXPECT(s.misses == 3 && s.size == 3, "three programs compiled once each: misses %llu size %llu", U(s.misses),
           U(s.size));
}
static void test_script_mode(void) { in_child(NULL, 0, body_script_mode); }

/* ---- shared = uncached, for programs decoded from images ---- */

static const char *varied[] = {
    "def outer(a):\n    def inner(b=2, *args, c, **kw):\n        return a + b + c + len(args) + len(kw)\n    return inner\nouter(1)(5, 6, c=3, d=4)",
    "class P:\n    '''doc'''\n    n = 3\n    def __init__(self, v): self.v = v\n    @property\n    def w(self): return self.v * self.n\nprint(P(4).w, P.__doc__, P.__name__, P.__qualname__)",
    "def g(n):\n    for i in range(n):\n        yield i * 1.5\nprint(list(g(4)), sum(g(3)))",
    "print(2 ** 100, -(2 ** 70), 12345678901234567890123, 1e300 * 10, 3j, 1 + 2j, b'ab\\x00c', b'', ...)",
    "print((1, 'a', (2.5, None), ()), '', 'x', 'h\\u00e9llo \\U0001f600', '\\ud800'.encode('utf-8', 'surrogatepass'))",
    "x = {1, 2, 3, 5, 100, 37}\nprint(x, frozenset({9, 8, 7}), sorted({'b', 'a'}))",
    "try:\n    [][1]\nexcept IndexError as e:\n    print('caught', e)\nfinally:\n    print('done')",
    "import math\nprint(math.sqrt(16), [k for k in range(5) if k % 2], {k: v for k, v in zip('ab', (1, 2))})",
    "f = lambda *a, **k: (a, sorted(k))\nprint(f(1, 2, z=3), f'{3.14159:.2f}|{\"q\"!r}|{10:>4}')",
    "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\nfact(30)",
    "class A:\n    def hi(self): return 'A'\nclass B(A):\n    def hi(self): return 'B' + super().hi()\nB().hi()",
    "match (1, [2, 3]):\n    case (1, [a, *rest]):\n        print('m', a, rest)",
    "assert 1 == 2, 'nope'",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\nh = f()\nh(); h()",
    "print(undefined_name)",
    "import sys\nsys.exit(3)",
    "with open('/nonexistent') as f: pass",
    "global_v = [1]\ndef m():\n    global global_v\n    global_v = global_v + [2]\nm()\nglobal_v",
};

static uint64_t varied_compiled;     /* programs of `varied` that compile */

static void body_varied(void) {
    for (size_t i = 0; i < TEST_COUNT(varied); i++) {
        expect_same_as_uncached(varied[i], PYRUST_RUN_SHARED);     /* compiled here, encoded */
        pyrust_result r;
        pyrust_run(varied[i], strlen(varied[i]), 0, &r);
        varied_compiled += !(r.error_type && strcmp(r.error_type, "SyntaxError") == 0);
        pyrust_result_free(&r);
    }
}
static void body_varied_again(void) {
    for (size_t i = 0; i < TEST_COUNT(varied); i++) {
        expect_same_as_uncached(varied[i], PYRUST_RUN_SHARED);     /* decoded from the image */
        expect_same_as_uncached(varied[i], PYRUST_RUN_SHARED);     /* the front cache */
    }
}
static void body_varied_threads(void) {
    on_new_thread(body_varied);
    uint64_t inserts = shared_now().inserts;
    on_new_thread(body_varied_again);
    on_new_thread(body_varied_again);
    pyrust_cache_stats s = shared_now();
    EXPECT(s.inserts == inserts, "nothing new inserted: %llu vs %llu", U(s.inserts), U(inserts));
    EXPECT(inserts == varied_compiled && varied_compiled >= TEST_COUNT(varied) - 2,
           "every program that compiles is shared: %llu inserts, %llu compile", U(inserts), U(varied_compiled));
}
static void test_varied(void) { in_child(NULL, 0, body_varied_threads); }

/* ---- memory ---- */

static const char *typical_program =
    "def scale_%d(values, factor):\n"
    "    total = 0\n"
    "    for v in values:\n"
    "        if v %% 2 == 0:\n"
    "            total += v * factor\n"
    "    return total\n"
    "\n"
    "data = list(range(10))\n"
    "print(scale_%d(data, %d))\n";

static void body_memory(void) {
    char code[512], want[64];
    int wrong = 0;
    for (int i = 0; i < 1000; i++) {
        snprintf(code, sizeof code, typical_program, i, i, i);
        snprintf(want, sizeof want, "%d\n", 20 * i);
        char *out = pyrust_execute_shared(code);
        if (out == NULL || strcmp(out, want) != 0) wrong++;
        pyrust_free(out);
    }
    EXPECT(wrong == 0, "%d wrong outputs", wrong);
    pyrust_cache_stats s = shared_now();
    long long filled = (long long)mallinfo2().uordblks;
    pyrust_shared_cache_clear();        /* frees the store now; this thread's front cache stays */
    long long held = filled - (long long)mallinfo2().uordblks;
    long long reported = (long long)s.bytes;
    printf("     1000 programs: store held %lld B (mallinfo2), stats.bytes %llu B, %.0f B per image entry\n",
           held, U(s.bytes), (double)s.bytes / 1000.0);
    EXPECT(s.size == 1000, "size %llu", U(s.size));
    if (UNDER_TSAN) return;
    /* stats.bytes sums malloc_usable_size; mallinfo2 adds each block's 8-byte header (4 blocks
     * per entry): bytes may fall short by those, never exceed the measurement */
    long long slack = 16 * 1024;        /* tcache and other allocator noise */
    EXPECT(reported <= held + slack, "stats.bytes %lld > %lld measured", reported, held);
    EXPECT(reported >= held - 4 * 16 * 1000 - slack, "stats.bytes %lld < %lld measured", reported, held);
    EXPECT(held <= 4 * 1024 * 1024, "1000 images take %lld B", held);
}
static void test_memory(void) { in_child(NULL, 0, body_memory); }

/* ---- 16 threads, one small cache, evictions and clears ---- */

enum { THREADS = 16, ITERATIONS = 1500, PROGRAMS = 60 };
static atomic_int wrong_outputs;
static atomic_llong lookups;
static pthread_barrier_t start_line;

/* Program k of a few shapes (functions, classes, generators, tuples), output a formula of k. */
static void shaped_program(int k, char *code, size_t size, char *want, size_t wsize) {
    switch (k % 4) {
    case 0:
        snprintf(code, size, "def f(a, b=%d):\n    return a * b\nf(3)", k);
        snprintf(want, wsize, "%d", 3 * k);
        break;
    case 1:
        snprintf(code, size, "class C:\n    def __init__(self): self.v = %d\n    def g(self): return self.v + 1\nC().g()", k);
        snprintf(want, wsize, "%d", k + 1);
        break;
    case 2:
        snprintf(code, size, "def g():\n    for i in range(%d): yield i\nsum(g())", k);
        snprintf(want, wsize, "%d", k * (k - 1) / 2);
        break;
    default:
        snprintf(code, size, "t = (%d, 'a', 2.5, 'name_%d')\nprint(t[3])\nt[0] + len(t)", k, k);
        snprintf(want, wsize, "name_%d\n%d", k, k + 4);
        break;
    }
}

static void *sharing_worker(void *arg) {
    unsigned seed = (unsigned)(uintptr_t)arg * 2654435761u + 1;
    char code[160], want[64];
    pthread_barrier_wait(&start_line);
    for (int n = 0; n < ITERATIONS; n++) {
        seed = seed * 1103515245u + 12345u;
        int k = (int)((seed >> 8) % PROGRAMS);
        shaped_program(k, code, sizeof code, want, sizeof want);
        pyrust_result r;
        int status;
        if (n % 3 == 0) {
            char *out = pyrust_execute_shared(code);
            if (out == NULL || strcmp(out, want) != 0) atomic_fetch_add(&wrong_outputs, 1);
            pyrust_free(out);
        } else {
            status = pyrust_run(code, strlen(code), PYRUST_RUN_SHARED, &r);
            if (status != PYRUST_OK || strcmp(r.output, want) != 0) atomic_fetch_add(&wrong_outputs, 1);
            pyrust_result_free(&r);
        }
        atomic_fetch_add(&lookups, 1);
        if ((uintptr_t)arg == 0 && n % 200 == 199) pyrust_shared_cache_clear();
        if ((uintptr_t)arg == 1 && n % 50 == 0) {
            pyrust_cache_stats s = shared_now();
            if (s.size > s.capacity) atomic_fetch_add(&wrong_outputs, 1000);
        }
    }
    return NULL;
}

static void body_16_threads(void) {
    pthread_t threads[THREADS];
    pthread_barrier_init(&start_line, NULL, THREADS);
    for (int t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, sharing_worker, (void *)(uintptr_t)t);
    for (int t = 0; t < THREADS; t++) pthread_join(threads[t], NULL);
    pthread_barrier_destroy(&start_line);
    pyrust_cache_stats s = shared_now();
    EXPECT(atomic_load(&wrong_outputs) == 0, "%d wrong outputs", atomic_load(&wrong_outputs));
    EXPECT(s.hits + s.misses == (uint64_t)atomic_load(&lookups), "hits %llu + misses %llu != %lld lookups",
           U(s.hits), U(s.misses), atomic_load(&lookups));
    EXPECT(s.evictions > 0 && s.size <= 40 && s.hits > s.misses, "evictions %llu size %llu hits %llu misses %llu",
           U(s.evictions), U(s.size), U(s.hits), U(s.misses));
    printf("     16 threads x %d runs: hits %llu misses %llu inserts %llu evictions %llu\n", ITERATIONS,
           U(s.hits), U(s.misses), U(s.inserts), U(s.evictions));
}
static void test_16_threads(void) { in_child("40", 0, body_16_threads); }

int main(int argc, char **argv) {
    static const test_case tests[] = {
        {"99 hits and 1 miss over 100 identical runs", test_99_hits},
        {"other threads find a program in the store", test_across_threads},
        {"1001st distinct program evicts the LRU one", test_lru_eviction},
        {"capacity 3: exact LRU order", test_capacity_3_order},
        {"all hashes colliding: every program its own output", test_collisions},
        {"20,000 distinct programs", test_20000},
        {"PYRUST_SHARED_CACHE_SIZE=0: shared = uncached, nothing counted", test_off},
        {"PYRUST_SHARED_CACHE_SIZE parsing", test_capacity_settings},
        {"clear empties the store and the front caches", test_clear},
        {"compile errors not cached, raising programs cached", test_errors},
        {"PYRUST_RUN_SHARED in pyrust_run, _ex and context_run", test_flags},
        {"SCRIPT runs: own keys, decoded programs keep tracebacks' markers", test_script_mode},
        {"shared = uncached for varied programs, decoded on other threads", test_varied},
        {"1000 typical programs: stats.bytes agrees with mallinfo2", test_memory},
        {"16 threads share one cache of 40 with evictions and clears", test_16_threads},
    };
    if (argc > 2) {
        test_case chosen[TEST_COUNT(tests)];
        size_t n = 0;
        for (size_t i = 0; i < TEST_COUNT(tests); i++) if (strstr(tests[i].name, argv[2])) chosen[n++] = tests[i];
        return run_tests(chosen, n);
    }
    return run_tests(tests, TEST_COUNT(tests));
}
