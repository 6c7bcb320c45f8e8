/* A C host linked against libpyrust (-lpyrust): runs programs uncached and cached, times
 * both, reads the thread's cache statistics and shows both ways errors come back.
 *
 * Build (examples/Makefile does this):
 *   cc -O2 -I include -o build/examples/basic examples/c/basic.c -L build -Wl,-rpath,$PWD/build -lpyrust
 */
#include <pyrust.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int problems;   /* API contract violations seen; the exit status reports them */

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Prints text on one line, with newlines shown as \n, so outputs are easy to read. */
static void show(const char *label, const char *text, size_t len) {
    printf("%s\"", label);
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') fputs("\\n", stdout);
        else if (text[i] == '\0') fputs("\\0", stdout);
        else putchar(text[i]);
    }
    printf("\"\n");
}

/* The last line of a traceback: "TypeName: message". */
static void show_last_line(const char *label, const char *traceback) {
    size_t n = strlen(traceback);
    while (n > 0 && traceback[n - 1] == '\n') n--;
    size_t start = n;
    while (start > 0 && traceback[start - 1] != '\n') start--;
    printf("%s%.*s\n", label, (int)(n - start), traceback + start);
}

/* Runs `code` uncached, then cached: both must give the same output or the same error. */
static void run_one(const char *code) {
    show("  program ", code, strlen(code));
    char *out = pyrust_execute(code);   /* owned by us: always pyrust_free it */
    if (out) {
        show("   output ", out, strlen(out));
        if (pyrust_last_error() != NULL) { printf("   !! last_error should be NULL after a success\n"); problems++; }
    } else {
        const char *err = pyrust_last_error();   /* borrowed: valid until our next pyrust_* call */
        if (!err) { printf("   !! NULL result without an error text\n"); problems++; return; }
        show_last_line("   error  ", err);
    }
    char *cached = pyrust_execute_cached(code);
    if ((out == NULL) != (cached == NULL) || (out && strcmp(out, cached) != 0)) {
        printf("   !! pyrust_execute_cached gave something else\n");
        problems++;
    } else {
        printf("   (pyrust_execute_cached: the same)\n");
    }
    pyrust_free(out);
    pyrust_free(cached);
}

/* Average ns per call of `entry(code)` + pyrust_free over n calls; -1 if a call failed. */
static double time_calls(char *(*entry)(const char *), const char *code, long n) {
    double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        char *out = entry(code);
        if (!out) return -1;
        pyrust_free(out);
    }
    return (now_ns() - t0) / (double)n;
}

static void compare_cached_uncached(const char *code, long n) {
    show("  program ", code, strlen(code));
    time_calls(pyrust_execute_cached, code, 100);   /* warm up; the first cached call compiles */
    double uncached = time_calls(pyrust_execute, code, n);
    double cached = time_calls(pyrust_execute_cached, code, n);
    if (uncached < 0 || cached < 0) {
        show_last_line("   skipped, the interpreter cannot run it yet: ", pyrust_last_error() ? pyrust_last_error() : "?");
        return;
    }
    printf("   pyrust_execute        %10.1f ns/call   (lex + parse + compile + run, every call)\n", uncached);
    printf("   pyrust_execute_cached %10.1f ns/call   (cache hit: run only)  -> %.1fx faster\n", cached, uncached / cached);
}

static void print_stats(void) {
    pyrust_cache_stats s;
    pyrust_cache_stats_get(&s);
    printf("  hits %llu, misses %llu, inserts %llu, evictions %llu\n", (unsigned long long)s.hits,
           (unsigned long long)s.misses, (unsigned long long)s.inserts, (unsigned long long)s.evictions);
    printf("  size %llu of capacity %llu entries, %llu bytes held, hit rate %.4f\n", (unsigned long long)s.size,
           (unsigned long long)s.capacity, (unsigned long long)s.bytes, s.hit_rate);
}

static void show_structured(const char *code, uint32_t flags) {
    show("  program ", code, strlen(code));
    pyrust_result r;
    int status = pyrust_run(code, strlen(code), flags, &r);
    const char *names[] = { "PYRUST_OK", "PYRUST_ERROR", "PYRUST_INVALID_ARGUMENT" };
    printf("   status %d (%s)\n", status, status >= 0 && status <= 2 ? names[status] : "?");
    if (r.output) show("   output ", r.output, r.output_len);   /* on error: printed before it */
    else { printf("   !! output is NULL\n"); problems++; }
    if (status != PYRUST_OK) {
        printf("   error_type \"%s\", error_message \"%s\", line %d, column %d\n", r.error_type ? r.error_type : "(null)",
               r.error_message ? r.error_message : "(null)", r.error_line, r.error_col);
        if (r.traceback) printf("   traceback:\n%s", r.traceback);
    }
    pyrust_result_free(&r);   /* frees every string and zeroes the struct */
}

int main(void) {
    printf("libpyrust %s (header %s)\n\n", pyrust_version(), PYRUST_VERSION_STRING);

    printf("1. Run programs: output is what was printed + repr of a final expression\n");
    run_one("2 + 2");
    run_one("print(42)\n10 + 5");
    run_one("x = 10");
    run_one("'a' * 3");
    run_one("def square(n):\n    return n * n\n[square(i) for i in range(5)]");

    printf("\n2. Uncached vs cached, timed with clock_gettime\n");
    compare_cached_uncached("2 + 2", 200000);
    compare_cached_uncached("def f(n):\n    return n * 2 + 1\ntotal = 0\nfor i in range(10):\n    total += f(i)\ntotal", 20000);

    printf("\n3. This thread's cache statistics (pyrust_cache_stats_get)\n");
    print_stats();
    pyrust_cache_clear();
    printf("  after pyrust_cache_clear (counters stay, entries go):\n");
    print_stats();

    printf("\n4. Errors, text form: NULL result + pyrust_last_error()\n");
    run_one("x = 1\ny = x / 0");
    run_one("print(undefined_name)");
    run_one("1 +");
    char *out = pyrust_execute(NULL);
    const char *err = pyrust_last_error();
    printf("  pyrust_execute(NULL) -> %s, last_error \"%s\"\n", out ? "non-NULL (!!)" : "NULL", err ? err : "(null)");
    if (out || !err) problems++;
    pyrust_free(out);

    printf("\n5. Errors, structured form: pyrust_run fills a pyrust_result (no text parsing)\n");
    show_structured("print('one')\nprint('two')\n10 * 3", PYRUST_RUN_CACHED);
    show_structured("print('before the error')\nitems = [1, 2, 3]\nitems[10]", 0);
    show_structured("if True\n    pass", 0);
    pyrust_result r;
    int status = pyrust_run(NULL, 0, 0, &r);
    printf("  pyrust_run(NULL, ...) -> status %d, error_type \"%s\"\n", status, r.error_type ? r.error_type : "(null)");
    if (status != PYRUST_INVALID_ARGUMENT) problems++;
    pyrust_result_free(&r);

    if (problems) printf("\n%d API contract problem(s) seen\n", problems);
    return problems ? 1 : 0;
}
