/* Run limits (pyrust_run_ex, pyrust_limits_set_default, the PYRUST_* environment defaults)
 * and cancellation (pyrust_cancel from another thread): each limit stops a runaway program
 * with PYRUST_LIMIT_EXCEEDED and a message naming it, keeps the output printed so far, cannot
 * be caught by the program, and leaves the thread fully usable with its heap back to where it
 * was. */
#include "check.h"

#include <pyrust.h>

#include <malloc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int run(const char *code, const pyrust_limits *limits, pyrust_result *r) {
    return pyrust_run_ex(code, strlen(code), PYRUST_RUN_CACHED, limits, r);
}

/* Runs `code` under `limits`, expecting a limit stop with `message` and output `output`. */
static void expect_stop(const char *what, const char *code, const pyrust_limits *limits, const char *message,
                        const char *output) {
    pyrust_result r;
    int status = run(code, limits, &r);
    EXPECT(status == PYRUST_LIMIT_EXCEEDED && r.status == PYRUST_LIMIT_EXCEEDED, "%s: status %d", what, status);
    EXPECT(r.error_type && strcmp(r.error_type, "LimitExceeded") == 0, "%s: type %s", what,
           r.error_type ? r.error_type : "(null)");
    EXPECT(r.error_message && strcmp(r.error_message, message) == 0, "%s: message %s", what,
           r.error_message ? r.error_message : "(null)");
    EXPECT(r.output && strcmp(r.output, output) == 0, "%s: output [%s]", what, r.output ? r.output : "(null)");
    EXPECT(pyrust_last_error() != NULL && strstr(pyrust_last_error(), "LimitExceeded: ") != NULL, "%s: last error",
           what);
    pyrust_result_free(&r);
}

/* The thread still runs ordinary programs correctly. */
static void expect_usable(const char *what) {
    pyrust_result r;
    int status = run("class A:\n    def f(self): return 40\nprint(A().f() + 2)", NULL, &r);
    EXPECT(status == PYRUST_OK && strcmp(r.output, "42\n") == 0, "%s: thread not usable afterwards (%d, %s)", what,
           status, r.output ? r.output : "(null)");
    pyrust_result_free(&r);
}

static void test_instruction_limit(void) {
    pyrust_limits l = {.size = sizeof l, .max_instructions = 100000};
    expect_stop("while True", "print('start')\nwhile True:\n    pass", &l, "instruction limit of 100000 exceeded",
                "start\n");
    expect_stop("recursion without loops", "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nf(60)", &l,
                "instruction limit of 100000 exceeded", "");
    expect_stop("native loop", "sum(range(10**15))", &l, "instruction limit of 100000 exceeded", "");
    expect_stop("generator loop", "def g():\n    while True:\n        yield 1\nfor x in g():\n    pass", &l,
                "instruction limit of 100000 exceeded", "");
    /* a catastrophic regex: the matcher charges its steps (and backtracks without native recursion) */
    expect_stop("catastrophic regex", "import re\nprint('go')\nre.match(r'(a*)*b', 'a' * 30)", &l,
                "instruction limit of 100000 exceeded", "go\n");
    /* endless itertools iterators consumed by a builtin are charged one per item */
    expect_stop("sum(repeat(1))", "import itertools\nsum(itertools.repeat(1))", &l,
                "instruction limit of 100000 exceeded", "");
    expect_stop("-1 in count()", "import itertools\n-1 in itertools.count()", &l,
                "instruction limit of 100000 exceeded", "");
    expect_stop("tuple(cycle(x))", "import itertools\ntuple(itertools.cycle([1, 2]))", &l,
                "instruction limit of 100000 exceeded", "");
    expect_stop("catastrophic regex search", "import re\nre.findall(r'(x+x+)+y', 'x' * 50)", &l,
                "instruction limit of 100000 exceeded", "");
    expect_stop("list(product(...))", "import itertools\nlist(itertools.product(range(10), repeat=50))", &l,
                "instruction limit of 100000 exceeded", "");
    /* big-int work inside one operation or builtin is charged before it is done */
    expect_stop("factorial", "import math\nprint('f')\nmath.factorial(10**6)", &l,
                "instruction limit of 100000 exceeded", "f\n");
    expect_stop("comb", "import math\nmath.comb(4 * 10**6, 2 * 10**6)", &l, "instruction limit of 100000 exceeded", "");
    expect_stop("big power", "x = 3 ** 10**7", &l, "instruction limit of 100000 exceeded", "");
    expect_stop("big product", "x = (1 << 1000000) - 1\ny = x * x", &l, "instruction limit of 100000 exceeded", "");
    expect_stop("big quotient", "x = (1 << 1000000) - 1\ny = (x << 1000000) // (x + 3)", &l,
                "instruction limit of 100000 exceeded", "");
    /* under the budget: runs normally */
    pyrust_result r;
    EXPECT(run("import math\nprint(math.factorial(3000) % 1000003, (7 ** 5000) // (3 ** 2000) % 97)", &l, &r) ==
               PYRUST_OK && strcmp(r.output, "425927 3\n") == 0,
           "moderate big-int work under the budget");
    pyrust_result_free(&r);
    EXPECT(run("print(sum(i * i for i in range(100)))", &l, &r) == PYRUST_OK && strcmp(r.output, "328350\n") == 0,
           "small program under the budget");
    pyrust_result_free(&r);
    /* deterministic: the same program stops after the same output every time */
    const char *counting = "i = 0\nwhile True:\n    i += 1\n    if i % 1000 == 0:\n        print(i)";
    char first[4096] = "";
    for (int k = 0; k < 3; k++) {
        EXPECT(run(counting, &l, &r) == PYRUST_LIMIT_EXCEEDED, "counting stops");
        if (k == 0) snprintf(first, sizeof first, "%s", r.output);
        else EXPECT(strcmp(first, r.output) == 0, "same stopping point each time");
        pyrust_result_free(&r);
    }
    EXPECT(strlen(first) > 0, "counting printed something before the limit");
    expect_usable("instruction limit");
}

static void test_uncatchable(void) {
    pyrust_limits l = {.size = sizeof l, .max_instructions = 50000};
    expect_stop("except BaseException",
                "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n    while True: pass",
                &l, "instruction limit of 50000 exceeded", "");
    expect_stop("finally", "try:\n    while True: pass\nfinally:\n    print('finally')", &l,
                "instruction limit of 50000 exceeded", "");
    expect_stop("__exit__",
                "class C:\n    def __enter__(self): return self\n"
                "    def __exit__(self, *a):\n        print('exit')\n        return True\n"
                "with C():\n    while True: pass\nprint('after')",
                &l, "instruction limit of 50000 exceeded", "");
    expect_stop("bare except in a loop", "while True:\n    try:\n        while True: pass\n    except:\n        pass", &l,
                "instruction limit of 50000 exceeded", "");
    expect_usable("uncatchable");
}

static void test_time_limit(void) {
    pyrust_limits l = {.size = sizeof l, .timeout_ms = 40};
    double t0 = now_ms();
    expect_stop("timeout", "print('a')\nwhile True:\n    pass", &l, "time limit of 40 ms exceeded", "a\n");
    double took = now_ms() - t0;
    EXPECT(took >= 39, "stopped early, after %.1f ms", took);
    t0 = now_ms();
    expect_stop("timeout in a builtin", "x = sum(range(10**15))", &l, "time limit of 40 ms exceeded", "");
    took = now_ms() - t0;
    EXPECT(took >= 39, "builtin stopped early, after %.1f ms", took);
    t0 = now_ms();
    expect_stop("timeout in a regex", "import re\nre.match(r'(a|a)*b', 'a' * 60)", &l, "time limit of 40 ms exceeded", "");
    took = now_ms() - t0;
    EXPECT(took >= 39, "regex stopped early, after %.1f ms", took);
    expect_usable("time limit");
}

static pyrust_cancel_token token;
static double cancel_sent_at;

static void *cancel_later(void *arg) {
    (void)arg;
    usleep(30000);
    cancel_sent_at = now_ms();
    pyrust_cancel(&token);
    return NULL;
}

static void test_cancel(void) {
    pyrust_limits l = {.size = sizeof l, .cancel = &token};
    token.requested = 0;
    pthread_t t;
    pthread_create(&t, NULL, cancel_later, NULL);
    expect_stop("cancel", "while True:\n    pass", &l, "run cancelled by the host", "");
    double lag = now_ms() - cancel_sent_at;
    pthread_join(t, NULL);
    EXPECT(lag >= 0, "stopped before pyrust_cancel (%.3f ms)", lag);
    printf("     stopped %.3f ms after pyrust_cancel (not asserted: timing)\n", lag);
    /* still set: the next run with this token stops at its first check */
    expect_stop("cancel stays set", "while True:\n    pass", &l, "run cancelled by the host", "");
    token.requested = 0;
    pyrust_result r;
    EXPECT(run("print(1)", &l, &r) == PYRUST_OK, "reset token lets runs finish");
    pyrust_result_free(&r);
    pyrust_cancel(NULL); /* no-op */
    expect_usable("cancel");
}

static void test_output_limit(void) {
    pyrust_limits l = {.size = sizeof l, .max_output = 1000};
    pyrust_result r;
    EXPECT(run("while True:\n    print('x' * 99)", &l, &r) == PYRUST_LIMIT_EXCEEDED, "output flood stops");
    EXPECT(r.error_message && strcmp(r.error_message, "output limit of 1000 bytes exceeded") == 0, "output message");
    EXPECT(r.output_len > 900 && r.output_len <= 1100, "output kept up to the limit (%zu bytes)", r.output_len);
    pyrust_result_free(&r);
    expect_usable("output limit");
}

static void test_depth_limit(void) {
    pyrust_limits l = {.size = sizeof l, .max_depth = 30};
    pyrust_result r;
    EXPECT(run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)", &l, &r) ==
               PYRUST_OK && strcmp(r.output, "maximum recursion depth exceeded\n") == 0,
           "depth limit raises a catchable RecursionError");
    pyrust_result_free(&r);
    EXPECT(run("def f(n):\n    return n if n == 0 else f(n - 1)\nprint(f(25))", &l, &r) == PYRUST_OK &&
               strcmp(r.output, "0\n") == 0,
           "calls under the depth limit");
    pyrust_result_free(&r);
    l.max_depth = 100000; /* cannot go above the interpreter's own 1000 */
    EXPECT(run("def f(n):\n    return f(n + 1)\nf(0)", &l, &r) == PYRUST_ERROR &&
               strcmp(r.error_type, "RecursionError") == 0,
           "depth capped at 1000");
    pyrust_result_free(&r);
}

static void test_arguments(void) {
    pyrust_limits tiny = {.size = 4};
    pyrust_result r;
    EXPECT(pyrust_run_ex("1", 1, 0, &tiny, &r) == PYRUST_INVALID_ARGUMENT, "too-small size rejected");
    pyrust_result_free(&r);
    EXPECT(pyrust_limits_set_default(&tiny) == PYRUST_INVALID_ARGUMENT, "too-small default rejected");
    /* an older, shorter struct: only max_depth and max_instructions */
    struct {
        uint32_t size, max_depth;
        uint64_t max_instructions;
    } old = {16, 0, 20000};
    EXPECT(pyrust_run_ex("while True: pass", 16, 0, (const pyrust_limits *)&old, &r) == PYRUST_LIMIT_EXCEEDED,
           "short struct honoured");
    pyrust_result_free(&r);
    EXPECT(pyrust_run_ex("print(3)", 8, 0, NULL, &r) == PYRUST_OK && strcmp(r.output, "3\n") == 0, "NULL limits");
    pyrust_result_free(&r);
}

/* pyrust_limits_set_default protects the text entry points too. */
static void test_thread_defaults(void) {
    pyrust_limits l = {.size = sizeof l, .max_instructions = 30000};
    EXPECT(pyrust_limits_set_default(&l) == 0, "set default");
    char *out = pyrust_execute("while True: pass");
    EXPECT(out == NULL && pyrust_last_error() && strstr(pyrust_last_error(), "instruction limit of 30000 exceeded"),
           "execute honours the thread default");
    pyrust_free(out);
    out = pyrust_execute_cached("print(7)");
    EXPECT(out && strcmp(out, "7\n") == 0, "ordinary program under the default");
    pyrust_free(out);
    EXPECT(pyrust_limits_set_default(NULL) == 0, "reset default");
    out = pyrust_execute("n = 0\nfor i in range(100000):\n    n += i\nprint(n)");
    EXPECT(out && strcmp(out, "4999950000\n") == 0, "no limit after reset");
    pyrust_free(out);
}

/* A new thread reads PYRUST_* from the environment. */
static void *env_thread(void *arg) {
    (void)arg;
    char *out = pyrust_execute("while True: pass");
    int stopped = out == NULL && pyrust_last_error() && strstr(pyrust_last_error(), "instruction limit of 12345 exceeded");
    pyrust_free(out);
    return (void *)(intptr_t)stopped;
}

static void test_environment(void) {
    setenv("PYRUST_MAX_INSTRUCTIONS", "12345", 1);
    pthread_t t;
    void *stopped = NULL;
    pthread_create(&t, NULL, env_thread, NULL);
    pthread_join(t, &stopped);
    unsetenv("PYRUST_MAX_INSTRUCTIONS");
    EXPECT(stopped != NULL, "PYRUST_MAX_INSTRUCTIONS applies to a new thread");
}

/* Runs stopped by limits return their memory: the heap ends where it started. */
static void test_memory_returned(void) {
    pyrust_limits l = {.size = sizeof l, .max_instructions = 200000};
    const char *code = "class N:\n    pass\nitems = []\nwhile True:\n    n = N()\n    n.me = n\n    items.append([n, {}])";
    pyrust_result r;
    for (int k = 0; k < 5; k++) { /* warm up: cache, VM buffers */
        run(code, &l, &r);
        pyrust_result_free(&r);
    }
    size_t before = mallinfo2().uordblks;
    for (int k = 0; k < 50; k++) {
        run(code, &l, &r);
        pyrust_result_free(&r);
    }
    size_t after = mallinfo2().uordblks;
    EXPECT(after <= before + 64 * 1024, "heap %zu -> %zu after 50 stopped runs", before, after);
}

int main(void) {
    static const test_case tests[] = {
        {"instruction limit: loops, recursion, native loops, generators; deterministic", test_instruction_limit},
        {"limits cannot be caught: except, finally, __exit__", test_uncatchable},
        {"time limit, in Python loops and in builtins", test_time_limit},
        {"pyrust_cancel from another thread stops the run", test_cancel},
        {"output limit keeps the output up to the limit", test_output_limit},
        {"depth limit: catchable RecursionError, capped at 1000", test_depth_limit},
        {"struct size checks, older shorter structs, NULL limits", test_arguments},
        {"pyrust_limits_set_default protects pyrust_execute", test_thread_defaults},
        {"PYRUST_MAX_INSTRUCTIONS from the environment", test_environment},
        {"runs stopped by a limit return their memory", test_memory_returned},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
