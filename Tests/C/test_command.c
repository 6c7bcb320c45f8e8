/* The API the `pyrust` command uses (pyrust.h, "Running as a command"): the output callback,
 * the program's name and argv, SCRIPT / INTERACTIVE runs, sessions and stage timings. */
#include "check.h"

#include <pyrust.h>

#include <stdint.h>
#include <stdlib.h>

/* What the callback saw: every chunk as "<stream>:<bytes>|", in order. */
typedef struct capture {
    char text[8192];
    size_t len;
    int calls;
} capture;

static void on_output(void *userdata, int stream, const char *data, size_t len) {
    capture *c = userdata;
    c->calls++;
    int n = snprintf(c->text + c->len, sizeof c->text - c->len, "%d:", stream);
    if (n > 0) c->len += (size_t)n;
    if (c->len + len + 2 < sizeof c->text) {
        memcpy(c->text + c->len, data, len);
        c->len += len;
        c->text[c->len++] = '|';
        c->text[c->len] = '\0';
    }
}

static int run(pyrust_context *ctx, const char *code, uint32_t flags, pyrust_result *r) {
    return pyrust_context_run(ctx, code, strlen(code), flags, NULL, r);
}

static void test_output_callback_in_order(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    capture c = {0};
    EXPECT(pyrust_context_set_output(ctx, on_output, &c) == 0, "set_output");
    pyrust_result r;
    int status = run(ctx, "import sys\nprint('a')\nprint('b', file=sys.stderr)\nsys.stdout.write('c')\n"
                          "sys.stderr.write('d\\n')\nprint('e', end='')\n", 0, &r);
    EXPECT(status == PYRUST_OK, "status %d", status);
    EXPECT_STR(c.text, "1:a\n|2:b\n|1:c|2:d\n|1:e|");
    EXPECT(r.output_len == 0 && r.error_output_len == 0, "result keeps %zu + %zu bytes", r.output_len,
           r.error_output_len);
    pyrust_result_free(&r);
    /* The last expression's value (a plain run) still arrives through the callback. */
    c.len = 0;
    c.text[0] = '\0';
    status = run(ctx, "print(1)\n6 * 7", 0, &r);
    EXPECT_STR(c.text, "1:1\n|1:42|");
    pyrust_result_free(&r);
    /* Output printed before an error is delivered; the traceback is not. */
    c.len = 0;
    c.text[0] = '\0';
    status = run(ctx, "print('before')\n1/0\n", 0, &r);
    EXPECT(status == PYRUST_ERROR, "status %d", status);
    EXPECT_STR(c.text, "1:before\n|");
    EXPECT_STR(r.error_type, "ZeroDivisionError");
    pyrust_result_free(&r);
    /* SystemExit's text goes to stderr. */
    c.len = 0;
    c.text[0] = '\0';
    status = run(ctx, "raise SystemExit('bye')", 0, &r);
    EXPECT(status == PYRUST_EXIT && r.exit_code == 1, "status %d code %d", status, r.exit_code);
    EXPECT_STR(c.text, "2:bye\n|");
    pyrust_result_free(&r);
    /* Back to collecting. */
    EXPECT(pyrust_context_set_output(ctx, NULL, NULL) == 0, "unset");
    c.len = 0;
    c.text[0] = '\0';
    status = run(ctx, "print('kept')", 0, &r);
    EXPECT(c.len == 0, "callback still called: %s", c.text);
    EXPECT_STR(r.output, "kept\n");
    pyrust_result_free(&r);
    pyrust_context_free(ctx);
}

static void test_output_limit_counts_delivered_bytes(void) {
    pyrust_options o;
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    o.limits.size = sizeof o.limits;
    o.limits.max_output = 100;
    pyrust_context *ctx = pyrust_context_new(&o);
    capture c = {0};
    pyrust_context_set_output(ctx, on_output, &c);
    pyrust_result r;
    int status = run(ctx, "for i in range(1000): print('0123456789')", 0, &r);
    EXPECT(status == PYRUST_LIMIT_EXCEEDED, "status %d", status);
    EXPECT_STR(r.error_message, "output limit of 100 bytes exceeded");
    EXPECT(c.calls <= 11, "%d chunks delivered", c.calls);
    pyrust_result_free(&r);
    /* The next run has its whole allowance again. */
    c.calls = 0;
    status = run(ctx, "for i in range(9): print('0123456789')", 0, &r);
    EXPECT(status == PYRUST_OK && c.calls == 9, "status %d, %d chunks", status, c.calls);
    pyrust_result_free(&r);
    pyrust_context_free(ctx);
}

static void test_script_and_interactive_flags(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    pyrust_result r;
    run(ctx, "print(1)\n2 + 2", PYRUST_RUN_SCRIPT, &r);
    EXPECT_STR(r.output, "1\n");
    EXPECT(r.result_json == NULL, "json %s", r.result_json);
    pyrust_result_free(&r);
    run(ctx, "1\nNone\nx = 3\nx * 2\nfor i in range(2): i\ndef f():\n    5\nf()\n'a'", PYRUST_RUN_INTERACTIVE, &r);
    EXPECT_STR(r.output, "1\n6\n0\n1\n'a'\n");
    pyrust_result_free(&r);
    /* Cached runs of one text in the three modes keep apart. */
    for (int k = 0; k < 2; k++) {
        run(ctx, "7", PYRUST_RUN_CACHED, &r);
        EXPECT_STR(r.output, "7");
        pyrust_result_free(&r);
        run(ctx, "7", PYRUST_RUN_CACHED | PYRUST_RUN_SCRIPT, &r);
        EXPECT_STR(r.output, "");
        pyrust_result_free(&r);
        run(ctx, "7", PYRUST_RUN_CACHED | PYRUST_RUN_INTERACTIVE, &r);
        EXPECT_STR(r.output, "7\n");
        pyrust_result_free(&r);
    }
    pyrust_cache_stats s;
    pyrust_context_cache_stats(ctx, &s);
    EXPECT(s.hits == 3 && s.inserts == 3, "hits %llu inserts %llu", (unsigned long long)s.hits,
           (unsigned long long)s.inserts);
    int status = run(ctx, "1", PYRUST_RUN_SCRIPT | PYRUST_RUN_INTERACTIVE, &r);
    EXPECT(status == PYRUST_INVALID_ARGUMENT, "both modes: status %d", status);
    pyrust_result_free(&r);
    pyrust_context_free(ctx);
}

static void test_program_name_and_argv(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    const char *argv[] = {"prog.py", "one", "two"};
    EXPECT(pyrust_context_set_program(ctx, "/tmp/prog.py", 3, argv) == 0, "set_program");
    pyrust_result r;
    run(ctx, "import sys\nprint(sys.argv)", PYRUST_RUN_SCRIPT, &r);
    EXPECT_STR(r.output, "['prog.py', 'one', 'two']\n");
    pyrust_result_free(&r);
    run(ctx, "def f(x):\n    return 1 / x\n\nf(0)\n", PYRUST_RUN_SCRIPT, &r);
    EXPECT_STR(r.traceback, "Traceback (most recent call last):\n"
                            "  File \"/tmp/prog.py\", line 4, in <module>\n    f(0)\n"
                            "  File \"/tmp/prog.py\", line 2, in f\n    return 1 / x\n           ~~^~~\n"
                            "ZeroDivisionError: division by zero\n");
    pyrust_result_free(&r);
    run(ctx, "x = (", PYRUST_RUN_SCRIPT, &r);
    EXPECT_STR(r.traceback, "  File \"/tmp/prog.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n");
    pyrust_result_free(&r);
    /* Names in angle brackets show no source lines; NULL is "<string>" and argv ['']. */
    pyrust_context_set_program(ctx, "<stdin>", 0, NULL);
    run(ctx, "1/0", 0, &r);
    EXPECT_STR(r.traceback, "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                            "ZeroDivisionError: division by zero\n");
    pyrust_result_free(&r);
    pyrust_context_set_program(ctx, NULL, 0, NULL);
    run(ctx, "import sys\nprint(sys.argv)\n1/0", 0, &r);
    EXPECT_STR(r.output, "['']\n");
    EXPECT(r.traceback && strstr(r.traceback, "File \"<string>\""), "got %s", r.traceback);
    pyrust_result_free(&r);
    EXPECT(pyrust_context_set_program(ctx, "x", 1, NULL) == PYRUST_INVALID_ARGUMENT, "NULL argv with argc 1");
    pyrust_context_free(ctx);
}

static void test_session_keeps_globals(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    EXPECT(pyrust_context_set_session(ctx, 1) == 0, "session on");
    pyrust_result r;
    const char *inputs[] = {"x = 5", "def f():\n    return x * y\n", "class C:\n    def __init__(self): self.me = self\n",
                            "c = C()", "y = 7", "f()", "1/0", "import math", "math.floor(c.me is c) + f()",
                            "del x", "f()"};
    const char *outputs[] = {"", "", "", "", "", "35\n", "", "", "36\n", "", ""};
    for (size_t i = 0; i < TEST_COUNT(inputs); i++) {
        int status = run(ctx, inputs[i], PYRUST_RUN_INTERACTIVE, &r);
        EXPECT(r.output && strcmp(r.output, outputs[i]) == 0, "input %zu [%s]: output [%s] status %d %s", i,
               inputs[i], r.output, status, r.traceback ? r.traceback : "");
        pyrust_result_free(&r);
    }
    run(ctx, "f()", PYRUST_RUN_INTERACTIVE, &r);
    EXPECT_STR(r.error_message, "name 'x' is not defined");
    pyrust_result_free(&r);
    /* Ending the session drops it all. */
    EXPECT(pyrust_context_set_session(ctx, 0) == 0, "session off");
    run(ctx, "y", PYRUST_RUN_INTERACTIVE, &r);
    EXPECT_STR(r.error_type, "NameError");
    pyrust_result_free(&r);
    /* A new session starts empty, and freeing the context with one open is fine. */
    pyrust_context_set_session(ctx, 1);
    run(ctx, "z = [1]\nz.append(z)", PYRUST_RUN_INTERACTIVE, &r);
    pyrust_result_free(&r);
    run(ctx, "len(z)", PYRUST_RUN_INTERACTIVE, &r);
    EXPECT_STR(r.output, "2\n");
    pyrust_result_free(&r);
    pyrust_context_free(ctx);
}

static void test_timings(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    pyrust_timings t;
    memset(&t, 0, sizeof t);
    t.size = 8;
    EXPECT(pyrust_context_timings(ctx, &t) == PYRUST_INVALID_ARGUMENT, "small size");
    t.size = sizeof t;
    pyrust_result r;
    run(ctx, "x = sum(range(1000))", PYRUST_RUN_SCRIPT, &r);
    pyrust_result_free(&r);
    EXPECT(pyrust_context_timings(ctx, &t) == 0, "timings");
    /* How long each stage took is not checked (never assert timings), only that the stages
     * were measured: a monotonic clock moves across parsing, compiling and running a loop. */
    EXPECT(t.parse_ns + t.compile_ns > 0 && t.run_ns > 0, "parse %llu compile %llu run %llu",
           (unsigned long long)t.parse_ns, (unsigned long long)t.compile_ns, (unsigned long long)t.run_ns);
    run(ctx, "x = (", PYRUST_RUN_SCRIPT, &r);
    pyrust_result_free(&r);
    EXPECT(pyrust_context_timings(ctx, &t) == 0 && t.run_ns == 0 && t.compile_ns == 0, "a SyntaxError has no run");
    EXPECT(pyrust_context_timings(ctx, NULL) == PYRUST_INVALID_ARGUMENT, "NULL out");
    pyrust_context_free(ctx);
}

int main(void) {
    static const test_case tests[] = {
        {"output_callback_in_order", test_output_callback_in_order},
        {"output_limit_counts_delivered_bytes", test_output_limit_counts_delivered_bytes},
        {"script_and_interactive_flags", test_script_and_interactive_flags},
        {"program_name_and_argv", test_program_name_and_argv},
        {"session_keeps_globals", test_session_keeps_globals},
        {"timings", test_timings},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
