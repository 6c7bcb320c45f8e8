/* Minimal test harness shared by the C tests: named test functions, EXPECT that records a
 * failure (and prints the first few of each test), and a last line "N passed, N failed". */
#ifndef PYRUST_TEST_CHECK_H
#define PYRUST_TEST_CHECK_H

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* mallinfo2 sees the heap only under glibc's own allocator: AddressSanitizer and valgrind
 * (`make sanitize`, `make leak-check`) replace malloc and it reports 0 there. Tests skip
 * their heap-size checks, saying so, when this is 0. */
static inline int heap_is_measurable(void) {
    size_t before = mallinfo2().uordblks;
    void *volatile block = malloc(4096);
    size_t after = mallinfo2().uordblks;
    free(block);
    return after > before;
}

static int test_failures_in_current;
static const char *test_current_name = "";

#define EXPECT(cond, ...)                                                                  \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            if (++test_failures_in_current <= 5) {                                         \
                fprintf(stderr, "  FAIL %s (%s:%d): %s: ", test_current_name, __FILE__,    \
                        __LINE__, #cond);                                                  \
                fprintf(stderr, __VA_ARGS__);                                              \
                fputc('\n', stderr);                                                       \
            }                                                                              \
        }                                                                                  \
    } while (0)

/* Compares a returned C string with the expected text; NULL never equals. */
#define EXPECT_STR(got, want)                                                              \
    do {                                                                                   \
        const char *got_ = (got), *want_ = (want);                                         \
        EXPECT(got_ != NULL && strcmp(got_, want_) == 0, "got %s%s%s, want \"%s\"",        \
               got_ ? "\"" : "", got_ ? got_ : "NULL", got_ ? "\"" : "", want_);           \
    } while (0)

typedef struct test_case {
    const char *name;
    void (*run)(void);
} test_case;

/* Runs the tests in order; prints one line per test and the summary line last. */
static int run_tests(const test_case *tests, size_t count) {
    int passed = 0, failed = 0;
    for (size_t i = 0; i < count; i++) {
        test_current_name = tests[i].name;
        test_failures_in_current = 0;
        tests[i].run();
        if (test_failures_in_current == 0) {
            passed++;
            printf("ok   %s\n", tests[i].name);
        } else {
            failed++;
            printf("FAIL %s (%d failed checks)\n", tests[i].name, test_failures_in_current);
        }
        fflush(stdout);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

#define TEST_COUNT(array) (sizeof(array) / sizeof((array)[0]))

#endif
