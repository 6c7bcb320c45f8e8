/* Every function of include/pyrust.h through the C ABI: results, ownership, NULL pointers,
 * invalid UTF-8, embedded NUL bytes, error texts and the last-error rules.
 * Expected outputs are formulas of the input numbers (the conformance suite checks CPython's
 * exact texts); error checks compare the library's own fields with each other and with the
 * exception type a program must raise. */
#include "check.h"

#include <pyrust.h>

#include <stdint.h>
#include <stdlib.h>

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

static void test_version(void) {
    EXPECT_STR(pyrust_version(), PYRUST_VERSION_STRING);
    char built[32];
    snprintf(built, sizeof built, "%d.%d.%d", PYRUST_VERSION_MAJOR, PYRUST_VERSION_MINOR, PYRUST_VERSION_PATCH);
    EXPECT_STR(pyrust_version(), built);
    EXPECT(pyrust_version() == pyrust_version(), "static text, same pointer every time");
}

static void test_execute_two_plus_two(void) {
    char *out = pyrust_execute("2 + 2");
    EXPECT_STR(out, "4");
    EXPECT(pyrust_last_error() == NULL, "last_error after success: %s", pyrust_last_error());
    pyrust_free(out);
    out = pyrust_execute_cached("2 + 2");
    EXPECT_STR(out, "4");
    EXPECT(pyrust_last_error() == NULL, "last_error after cached success");
    pyrust_free(out);
}

/* Both entry points, several shapes of program, outputs computed from i. */
static void test_execute_outputs(void) {
    char code[128], want[128];
    for (int i = -3; i < 40; i++) {
        for (int cached = 0; cached < 2; cached++) {
            char *(*execute)(const char *) = cached ? pyrust_execute_cached : pyrust_execute;
            snprintf(code, sizeof code, "print(%d)", i);
            snprintf(want, sizeof want, "%d\n", i);
            char *out = execute(code);
            EXPECT_STR(out, want);
            pyrust_free(out);

            snprintf(code, sizeof code, "x = %d * 2\nx + 1", i);
            snprintf(want, sizeof want, "%d", i * 2 + 1);
            out = execute(code);
            EXPECT_STR(out, want);
            pyrust_free(out);

            snprintf(code, sizeof code, "x = %d", i);       /* assignment: no value, empty output */
            out = execute(code);
            EXPECT_STR(out, "");
            pyrust_free(out);
        }
    }
}

static void test_empty_program(void) {
    char *out = pyrust_execute("");
    EXPECT_STR(out, "");
    pyrust_free(out);
    out = pyrust_execute_cached("");
    EXPECT_STR(out, "");
    pyrust_free(out);
}

static void test_null_code(void) {
    EXPECT(pyrust_execute(NULL) == NULL, "execute(NULL) must return NULL");
    EXPECT_STR(pyrust_last_error(), "ValueError: code must not be NULL");
    EXPECT(pyrust_execute_cached(NULL) == NULL, "execute_cached(NULL) must return NULL");
    EXPECT_STR(pyrust_last_error(), "ValueError: code must not be NULL");
}

static void test_last_error_cleared_by_success(void) {
    EXPECT(pyrust_execute(NULL) == NULL, "NULL code");
    EXPECT(pyrust_last_error() != NULL, "error recorded");
    char *out = pyrust_execute("2 + 2");
    EXPECT(pyrust_last_error() == NULL, "success clears last_error");
    pyrust_free(out);

    EXPECT(pyrust_execute_cached(NULL) == NULL, "NULL code");
    out = pyrust_execute_cached("2 + 2");
    EXPECT(pyrust_last_error() == NULL, "cached success clears last_error");
    pyrust_free(out);

    pyrust_result r;
    EXPECT(pyrust_execute(NULL) == NULL, "NULL code");
    EXPECT(pyrust_run("2 + 2", 5, 0, &r) == PYRUST_OK, "run ok");
    EXPECT(pyrust_last_error() == NULL, "pyrust_run success clears last_error");
    pyrust_result_free(&r);
}

/* Functions other than execute/execute_cached/run leave the last error alone. */
static void test_last_error_survives_other_calls(void) {
    EXPECT(pyrust_execute(NULL) == NULL, "NULL code");
    const char *before = pyrust_last_error();
    pyrust_cache_stats s;
    pyrust_cache_stats_get(&s);
    pyrust_free(NULL);
    (void)pyrust_version();
    (void)pyrust_debug_live_caches();
    EXPECT(pyrust_last_error() == before, "last_error pointer changed by a non-running call");
    EXPECT_STR(pyrust_last_error(), "ValueError: code must not be NULL");
}

/* A runtime error: NULL, and a CPython-style traceback whose last line is the error. */
static void test_runtime_error_text(void) {
    for (int cached = 0; cached < 2; cached++) {
        char *out = (cached ? pyrust_execute_cached : pyrust_execute)("x = 1\ny = x / 0");
        EXPECT(out == NULL, "division by zero must fail");
        pyrust_free(out);
        const char *err = pyrust_last_error();
        EXPECT(err != NULL, "last_error set");
        if (err == NULL) continue;
        const char *header = "Traceback (most recent call last):\n";
        EXPECT(strncmp(err, header, strlen(header)) == 0, "traceback header: %s", err);
        EXPECT(strstr(err, "File \"<string>\", line 2, in <module>\n") != NULL, "frame line: %s", err);
        EXPECT(strstr(err, "\nZeroDivisionError: ") != NULL && ends_with(err, "\n"), "last line: %s", err);
    }
}

static void test_syntax_error_text(void) {
    for (int cached = 0; cached < 2; cached++) {
        char *out = (cached ? pyrust_execute_cached : pyrust_execute)("x = (1 +");
        EXPECT(out == NULL, "syntax error must fail");
        pyrust_free(out);
        const char *err = pyrust_last_error();
        EXPECT(err != NULL && strstr(err, "SyntaxError: ") != NULL && ends_with(err, "\n"), "text: %s", err ? err : "NULL");
    }
}

/* The traceback's last line is exactly "<error_type>: <error_message>\n", and last_error is it. */
static void expect_consistent_error(const pyrust_result *r, const char *type) {
    EXPECT(r->status == PYRUST_ERROR, "status %d", r->status);
    EXPECT_STR(r->error_type, type);
    EXPECT(r->error_message != NULL && r->traceback != NULL, "message and traceback set");
    if (r->error_type && r->error_message && r->traceback) {
        char last[512];
        snprintf(last, sizeof last, "%s: %s\n", r->error_type, r->error_message);
        EXPECT(ends_with(r->traceback, last), "traceback %s does not end with %s", r->traceback, last);
    }
    EXPECT(r->output != NULL, "output never NULL");
    const char *err = pyrust_last_error();
    EXPECT(err != NULL && r->traceback != NULL && strcmp(err, r->traceback) == 0, "last_error = traceback");
}

static void test_run_success_fields(void) {
    for (uint32_t flags = 0; flags <= PYRUST_RUN_CACHED; flags++) {
        pyrust_result r;
        memset(&r, 0xAB, sizeof r);               /* garbage in: every field must be written */
        EXPECT(pyrust_run("2 + 2", 5, flags, &r) == PYRUST_OK, "status");
        EXPECT(r.status == PYRUST_OK, "status field %d", r.status);
        EXPECT(r.output != NULL && r.output_len == 1 && memcmp(r.output, "4", 2) == 0, "output");
        EXPECT(r.error_type == NULL && r.error_message == NULL && r.traceback == NULL, "no error fields");
        EXPECT(r.error_line == 0 && r.error_col == 0, "no position");
        pyrust_result_free(&r);
        EXPECT(r.output == NULL && r.output_len == 0 && r.status == 0, "zeroed by result_free");
        pyrust_result_free(&r);                   /* twice: harmless */
    }
}

static void test_run_formula_outputs(void) {
    char code[128], want[128];
    for (int i = 0; i < 30; i++) {
        snprintf(code, sizeof code, "print(%d)\n%d + 1", i, i);
        snprintf(want, sizeof want, "%d\n%d", i, i + 1);
        pyrust_result r;
        EXPECT(pyrust_run(code, strlen(code), (uint32_t)(i & 1), &r) == PYRUST_OK, "status for %s", code);
        EXPECT(r.output_len == strlen(want) && memcmp(r.output, want, r.output_len + 1) == 0,
               "output for %s: %s", code, r.output);
        pyrust_result_free(&r);
    }
}

/* len bounds the source: bytes after it are never read (no NUL terminator needed). */
static void test_run_reads_only_len_bytes(void) {
    const char buffer[] = {'2', ' ', '+', ' ', '2', '+', '+', '+'};   /* no NUL anywhere */
    pyrust_result r;
    EXPECT(pyrust_run(buffer, 5, 0, &r) == PYRUST_OK, "status");
    EXPECT_STR(r.output, "4");
    pyrust_result_free(&r);
    EXPECT(pyrust_run(buffer, 5, PYRUST_RUN_CACHED, &r) == PYRUST_OK, "status cached");
    EXPECT_STR(r.output, "4");
    pyrust_result_free(&r);
}

/* NUL bytes inside len: SyntaxError from the lexer, never a crash or a truncated program. */
static void test_run_embedded_nul(void) {
    const char code[] = "x = 1\0\nx + 1";
    for (uint32_t flags = 0; flags <= PYRUST_RUN_CACHED; flags++) {
        pyrust_result r;
        pyrust_run(code, sizeof code - 1, flags, &r);
        expect_consistent_error(&r, "SyntaxError");
        pyrust_result_free(&r);
    }
}

/* Output containing a NUL byte arrives whole through output_len. */
static void test_run_output_with_nul(void) {
    const char code[] = "print('a\\0b')";
    const char want[] = {'a', 0, 'b', '\n'};
    pyrust_result r;
    EXPECT(pyrust_run(code, strlen(code), 0, &r) == PYRUST_OK, "status");
    EXPECT(r.output_len == sizeof want && memcmp(r.output, want, sizeof want) == 0 && r.output[r.output_len] == 0,
           "len %zu", r.output_len);
    pyrust_result_free(&r);
}

static void test_invalid_utf8(void) {
    const char *programs[] = {"x = '\xff'", "\xc3\x28", "'\xed\xa0\x80'", "print(1)\n\xf0\x28\x8c\x28"};
    for (size_t i = 0; i < TEST_COUNT(programs); i++) {
        for (int cached = 0; cached < 2; cached++) {
            char *out = (cached ? pyrust_execute_cached : pyrust_execute)(programs[i]);
            EXPECT(out == NULL, "invalid UTF-8 program %zu must fail", i);
            pyrust_free(out);
            const char *err = pyrust_last_error();
            EXPECT(err != NULL && strstr(err, "SyntaxError: ") != NULL, "program %zu: %s", i, err ? err : "NULL");
            pyrust_result r;
            pyrust_run(programs[i], strlen(programs[i]), cached ? PYRUST_RUN_CACHED : 0, &r);
            expect_consistent_error(&r, "SyntaxError");
            pyrust_result_free(&r);
        }
    }
}

/* Output printed before an error is kept; line of the error reported. */
static void test_run_error_fields(void) {
    const char *code = "print(7)\nx = 1 / 0";
    pyrust_result r;
    EXPECT(pyrust_run(code, strlen(code), 0, &r) == PYRUST_ERROR, "status");
    expect_consistent_error(&r, "ZeroDivisionError");
    EXPECT(r.output != NULL && r.output_len == 2 && memcmp(r.output, "7\n", 3) == 0, "printed before error");
    EXPECT(r.error_line == 2, "error_line %d", r.error_line);
    pyrust_result_free(&r);
    EXPECT(r.traceback == NULL && r.error_type == NULL, "zeroed");

    code = "x = (1 +";
    EXPECT(pyrust_run(code, strlen(code), PYRUST_RUN_CACHED, &r) == PYRUST_ERROR, "syntax status");
    expect_consistent_error(&r, "SyntaxError");
    EXPECT(r.error_line == 1 && r.error_col > 0, "syntax position %d:%d", r.error_line, r.error_col);
    EXPECT(r.output_len == 0 && r.output != NULL && r.output[0] == 0, "no output");
    pyrust_result_free(&r);
}

static void test_run_invalid_arguments(void) {
    pyrust_result r;
    memset(&r, 0xAB, sizeof r);
    EXPECT(pyrust_run(NULL, 0, 0, &r) == PYRUST_INVALID_ARGUMENT, "NULL code");
    EXPECT(r.status == PYRUST_INVALID_ARGUMENT, "status field");
    EXPECT_STR(r.error_type, "ValueError");
    EXPECT(r.output != NULL && r.output_len == 0 && r.output[0] == 0, "output is empty text");
    EXPECT(pyrust_last_error() != NULL, "last_error set");
    pyrust_result_free(&r);

    EXPECT(pyrust_run("2 + 2", 5, 0, NULL) == PYRUST_INVALID_ARGUMENT, "NULL result pointer");
    EXPECT(pyrust_last_error() != NULL, "last_error set");

    EXPECT(pyrust_run("2 + 2", 5, 0x80u, &r) == PYRUST_INVALID_ARGUMENT, "unknown flag");
    EXPECT_STR(r.error_type, "ValueError");
    pyrust_result_free(&r);

    EXPECT(pyrust_run("2 + 2", SIZE_MAX, 0, &r) == PYRUST_INVALID_ARGUMENT, "impossible length");
    pyrust_result_free(&r);
}

static void test_free_functions_accept_null(void) {
    pyrust_free(NULL);
    pyrust_result_free(NULL);
    pyrust_cache_stats_get(NULL);
    EXPECT(1, "no crash");
}

static void test_cache_functions(void) {
    pyrust_cache_clear();
    pyrust_cache_stats s0, s1;
    pyrust_cache_stats_get(&s0);
    EXPECT(s0.size == 0 && s0.bytes == 0, "cleared: size %llu bytes %llu",
           (unsigned long long)s0.size, (unsigned long long)s0.bytes);
    pyrust_free(pyrust_execute_cached("2 + 2"));
    pyrust_free(pyrust_execute_cached("2 + 2"));
    pyrust_cache_stats_get(&s1);
    EXPECT(s1.misses == s0.misses + 1 && s1.hits == s0.hits + 1 && s1.size == 1 && s1.bytes > 0,
           "one miss, one hit, one entry");
    EXPECT(s1.capacity == 1000, "default capacity %llu", (unsigned long long)s1.capacity);
    pyrust_free(pyrust_execute("2 + 2"));      /* uncached: no lookup */
    pyrust_cache_stats_get(&s0);
    EXPECT(s0.hits == s1.hits && s0.misses == s1.misses, "pyrust_execute bypasses the cache");
}

static void test_live_caches_counter(void) {
    EXPECT(pyrust_debug_live_caches() >= 1, "main thread has a state: %lld", (long long)pyrust_debug_live_caches());
}

/* A big program: 20,000 statements, last value from the formula. */
static void test_large_program(void) {
    enum { LINES = 20000 };
    char *code = malloc(LINES * 24 + 32);
    size_t at = 0;
    for (int i = 0; i < LINES; i++) at += (size_t)sprintf(code + at, "x = %d\n", i);
    sprintf(code + at, "x + 1");
    char want[32];
    snprintf(want, sizeof want, "%d", LINES);
    char *out = pyrust_execute(code);
    EXPECT_STR(out, want);
    pyrust_free(out);
    free(code);
}

/* sys.stderr text lands in error_output; SystemExit ends the program with its code. */
static void test_stderr_and_exit(void) {
    pyrust_result r;
    const char *code = "import sys\nprint('out')\nprint('err', 1, file=sys.stderr)\nsys.stderr.write('x\\n')";
    EXPECT(pyrust_run(code, strlen(code), 0, &r) == PYRUST_OK, "stderr program runs");
    EXPECT_STR(r.output, "out\n2");   /* the last expression's value: write() returned 2 */
    EXPECT(r.error_output && r.error_output_len == 8 && memcmp(r.error_output, "err 1\nx\n", 8) == 0, "error_output");
    EXPECT(r.exit_code == 0, "exit_code 0");
    pyrust_result_free(&r);
    EXPECT(r.error_output == NULL, "freed and zeroed");

    static const struct { const char *code; int status, exit_code; const char *err; } cases[] = {
        {"import sys\nprint('a')\nsys.exit(3)\nprint('b')", PYRUST_EXIT, 3, ""},
        {"import sys\nsys.exit(0)", PYRUST_OK, 0, ""},
        {"exit()", PYRUST_OK, 0, ""},
        {"raise SystemExit('bye')", PYRUST_EXIT, 1, "bye\n"},
        {"quit(True)", PYRUST_EXIT, 1, ""},
        {"try:\n    exit(4)\nexcept SystemExit as e:\n    print(e.code)", PYRUST_OK, 0, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int status = pyrust_run(cases[i].code, strlen(cases[i].code), 0, &r);
        EXPECT(status == cases[i].status && r.exit_code == cases[i].exit_code, "case %zu: status %d exit %d", i, status,
               r.exit_code);
        EXPECT(r.error_output && strcmp(r.error_output, cases[i].err) == 0, "case %zu: error_output", i);
        if (status == PYRUST_EXIT) EXPECT_STR(r.error_type, "SystemExit");
        pyrust_result_free(&r);
    }
    char *out = pyrust_execute("print('kept')\nexit(0)");
    EXPECT_STR(out, "kept\n");
    pyrust_free(out);
    out = pyrust_execute("print('lost')\nexit(7)");
    EXPECT(out == NULL, "non-zero exit: NULL");
    EXPECT_STR(pyrust_last_error(), "SystemExit: 7\n");
    pyrust_free(out);
}

int main(void) {
    unsetenv("PYRUST_CACHE_SIZE");      /* the main thread's cache gets the default capacity */
    static const test_case tests[] = {
        {"version", test_version},
        {"execute 2 + 2", test_execute_two_plus_two},
        {"execute outputs (both entry points)", test_execute_outputs},
        {"empty program", test_empty_program},
        {"NULL code", test_null_code},
        {"last_error NULL after success", test_last_error_cleared_by_success},
        {"last_error kept by other calls", test_last_error_survives_other_calls},
        {"runtime error text", test_runtime_error_text},
        {"syntax error text", test_syntax_error_text},
        {"pyrust_run success fields", test_run_success_fields},
        {"pyrust_run outputs", test_run_formula_outputs},
        {"pyrust_run reads only len bytes", test_run_reads_only_len_bytes},
        {"pyrust_run embedded NUL", test_run_embedded_nul},
        {"pyrust_run output with NUL", test_run_output_with_nul},
        {"invalid UTF-8", test_invalid_utf8},
        {"pyrust_run error fields", test_run_error_fields},
        {"pyrust_run invalid arguments", test_run_invalid_arguments},
        {"free functions accept NULL", test_free_functions_accept_null},
        {"cache stats and clear", test_cache_functions},
        {"live caches counter", test_live_caches_counter},
        {"large program", test_large_program},
        {"stderr output and SystemExit", test_stderr_and_exit},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
