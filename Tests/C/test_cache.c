/* The per-thread compile cache through the C ABI: hit/miss counts, LRU eviction and recency,
 * capacity from PYRUST_CACHE_SIZE, caching off, clear, what is (not) cached, 20,000 distinct
 * programs, and memory of 1000 typical programs measured with mallinfo2.
 * Each test runs on a fresh thread so that it starts with a fresh cache and zero counters
 * (a thread's cache is made on its first call, with the PYRUST_CACHE_SIZE of that moment).
 * Expected outputs are formulas of the program number. */
#include "check.h"

#include <pyrust.h>

#include <malloc.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#define U(x) ((unsigned long long)(x))

static pyrust_cache_stats stats_now(void) {
    pyrust_cache_stats s;
    pyrust_cache_stats_get(&s);
    return s;
}

static void *thread_main(void *fn) {
    ((void (*)(void))fn)();
    return NULL;
}

/* Runs fn on a new thread whose cache is made with PYRUST_CACHE_SIZE = size (NULL: unset). */
static void on_fresh_thread(const char *size, void (*fn)(void)) {
    if (size) setenv("PYRUST_CACHE_SIZE", size, 1); else unsetenv("PYRUST_CACHE_SIZE");
    pthread_t t;
    if (pthread_create(&t, NULL, thread_main, (void *)fn) != 0) {
        EXPECT(0, "pthread_create failed");
        return;
    }
    pthread_join(t, NULL);
    unsetenv("PYRUST_CACHE_SIZE");
}

/* Program number i: "x = i\nx * 2 + 1", whose output is 2i+1. */
static void program(char *buf, size_t size, int i) { snprintf(buf, size, "x = %d\nx * 2 + 1", i); }

/* Runs program i through the cache and reports whether the cache had it. */
static int cached_run_hit(int i) {
    char code[64];
    program(code, sizeof code, i);
    uint64_t hits = stats_now().hits;
    pyrust_free(pyrust_execute_cached(code));
    return stats_now().hits == hits + 1;
}

/* ---- hit counting ---- */

static void body_99_hits(void) {
    for (int i = 0; i < 100; i++) {
        char *out = pyrust_execute_cached("2 + 2");
        EXPECT_STR(out, "4");
        pyrust_free(out);
    }
    pyrust_cache_stats s = stats_now();
    EXPECT(s.hits == 99 && s.misses == 1 && s.inserts == 1 && s.size == 1 && s.evictions == 0,
           "hits %llu misses %llu inserts %llu size %llu", U(s.hits), U(s.misses), U(s.inserts), U(s.size));
    EXPECT(fabs(s.hit_rate - 0.99) < 1e-12, "hit_rate %f", s.hit_rate);
    EXPECT(s.capacity == 1000, "capacity %llu", U(s.capacity));
}
static void test_99_hits_of_100(void) { on_fresh_thread(NULL, body_99_hits); }

static void body_hit_rate_zero_before_lookup(void) {
    pyrust_cache_stats s = stats_now();
    EXPECT(s.hits == 0 && s.misses == 0 && s.hit_rate == 0.0 && s.size == 0 && s.bytes == 0, "fresh stats");
}
static void test_hit_rate_zero_before_lookup(void) { on_fresh_thread(NULL, body_hit_rate_zero_before_lookup); }

/* ---- LRU ---- */

static void fill_0_to_999(void) {
    for (int i = 0; i < 1000; i++) EXPECT(!cached_run_hit(i), "program %d is new", i);
    pyrust_cache_stats s = stats_now();
    EXPECT(s.misses == 1000 && s.inserts == 1000 && s.size == 1000 && s.evictions == 0,
           "after 1000: misses %llu inserts %llu size %llu evictions %llu",
           U(s.misses), U(s.inserts), U(s.size), U(s.evictions));
}

static void body_lru_eviction(void) {
    fill_0_to_999();
    EXPECT(!cached_run_hit(1000), "program 1000 is new");
    pyrust_cache_stats s = stats_now();
    EXPECT(s.evictions == 1 && s.size == 1000, "1001st evicts one: evictions %llu size %llu", U(s.evictions), U(s.size));
    EXPECT(cached_run_hit(999), "999 still cached");
    EXPECT(cached_run_hit(2), "2 still cached");
    EXPECT(!cached_run_hit(0), "0 (least recently used) was evicted");
    /* re-adding 0 evicted the LRU entry now, 1 (2 was just used) */
    EXPECT(!cached_run_hit(1), "1 evicted by the re-insertion of 0");
    EXPECT(cached_run_hit(0), "0 cached again");
    s = stats_now();
    EXPECT(s.evictions == 3 && s.size == 1000, "evictions %llu", U(s.evictions));
}
static void test_lru_eviction_at_1001(void) { on_fresh_thread(NULL, body_lru_eviction); }

static void body_recency(void) {
    fill_0_to_999();
    EXPECT(cached_run_hit(0), "0 hit (now most recently used)");
    EXPECT(!cached_run_hit(1000), "program 1000 is new");
    EXPECT(cached_run_hit(0), "0 survived: the hit made it recent");
    EXPECT(!cached_run_hit(1), "1 was the least recently used and went");
}
static void test_recency_updated_by_hits(void) { on_fresh_thread(NULL, body_recency); }

static void body_capacity_3_order(void) {
    /* A=10 B=11 C=12 D=13 */
    EXPECT(!cached_run_hit(10) && !cached_run_hit(11) && !cached_run_hit(12), "A B C new");
    EXPECT(cached_run_hit(10), "A hit");                      /* order old->new: B C A */
    EXPECT(!cached_run_hit(13), "D new, evicts B");           /* C A D */
    EXPECT(cached_run_hit(12), "C hit");                      /* A D C */
    EXPECT(!cached_run_hit(11), "B gone; back, evicts A");    /* D C B */
    EXPECT(!cached_run_hit(10), "A gone; back, evicts D");    /* C B A */
    EXPECT(cached_run_hit(12) && cached_run_hit(11) && cached_run_hit(10), "C B A held");
    EXPECT(!cached_run_hit(13), "D gone");
    pyrust_cache_stats s = stats_now();
    EXPECT(s.capacity == 3 && s.size == 3 && s.evictions == 4 && s.inserts == 7,
           "capacity %llu size %llu evictions %llu inserts %llu", U(s.capacity), U(s.size), U(s.evictions), U(s.inserts));
}
static void test_capacity_3_lru_order(void) { on_fresh_thread("3", body_capacity_3_order); }

/* ---- 20,000 distinct programs ---- */

static void body_20000_distinct(void) {
    char code[96], want[96];
    int wrong = 0;
    for (int i = 0; i < 20000; i++) {
        snprintf(code, sizeof code, "print(%d)\n%d * 3", i, i);
        snprintf(want, sizeof want, "%d\n%d", i, i * 3);
        char *out = pyrust_execute_cached(code);
        if (out == NULL || strcmp(out, want) != 0) {
            if (++wrong <= 3) EXPECT(0, "program %d: got %s, want %s", i, out ? out : "NULL", want);
        }
        pyrust_free(out);
    }
    EXPECT(wrong == 0, "%d of 20000 programs gave a wrong output", wrong);
    pyrust_cache_stats s = stats_now();
    EXPECT(s.misses == 20000 && s.inserts == 20000 && s.evictions == 19000 && s.size == 1000 && s.hits == 0,
           "misses %llu inserts %llu evictions %llu size %llu", U(s.misses), U(s.inserts), U(s.evictions), U(s.size));
    /* the newest 1000 hit, each still giving its own output */
    wrong = 0;
    for (int i = 19000; i < 20000; i++) {
        snprintf(code, sizeof code, "print(%d)\n%d * 3", i, i);
        snprintf(want, sizeof want, "%d\n%d", i, i * 3);
        char *out = pyrust_execute_cached(code);
        if (out == NULL || strcmp(out, want) != 0) wrong++;
        pyrust_free(out);
    }
    EXPECT(wrong == 0, "%d of the cached 1000 gave a wrong output", wrong);
    EXPECT(stats_now().hits == 1000, "the newest 1000 all hit: %llu", U(stats_now().hits));
}
static void test_20000_distinct_programs(void) { on_fresh_thread(NULL, body_20000_distinct); }

/* ---- caching off, capacity settings ---- */

/* cached and uncached give the same bytes or the same error text */
static void expect_same_as_uncached(const char *code) {
    char *a = pyrust_execute(code);
    char *err_a = pyrust_last_error() ? strdup(pyrust_last_error()) : NULL;
    char *b = pyrust_execute_cached(code);
    const char *err_b = pyrust_last_error();
    EXPECT((a == NULL) == (b == NULL), "%s: one failed, the other not", code);
    if (a && b) EXPECT(strcmp(a, b) == 0, "%s: outputs differ: %s vs %s", code, a, b);
    if (!a && !b) EXPECT(err_a && err_b && strcmp(err_a, err_b) == 0, "%s: errors differ", code);
    free(err_a);
    pyrust_free(a);
    pyrust_free(b);
}

static void body_cache_off(void) {
    for (int i = 0; i < 100; i++) {
        char *out = pyrust_execute_cached("2 + 2");
        EXPECT_STR(out, "4");
        pyrust_free(out);
    }
    char code[64];
    for (int i = 0; i < 50; i++) {
        program(code, sizeof code, i);
        expect_same_as_uncached(code);
    }
    expect_same_as_uncached("x = (1 +");
    expect_same_as_uncached("1 / 0");
    pyrust_cache_stats s = stats_now();
    EXPECT(s.capacity == 0 && s.size == 0 && s.inserts == 0 && s.hits == 0 && s.misses == 0 &&
           s.evictions == 0 && s.bytes == 0 && s.hit_rate == 0.0,
           "capacity %llu size %llu inserts %llu hits %llu misses %llu",
           U(s.capacity), U(s.size), U(s.inserts), U(s.hits), U(s.misses));
}
static void test_cache_size_0_is_uncached(void) { on_fresh_thread("0", body_cache_off); }

static uint64_t capacity_seen;
static void body_read_capacity(void) { capacity_seen = stats_now().capacity; }

static void test_capacity_settings(void) {
    static const struct { const char *setting; uint64_t capacity; } cases[] = {
        {NULL, 1000}, {"", 1000}, {"abc", 1000}, {"-5", 1000}, {"12x", 1000}, {" 7", 1000},
        {"7 ", 1000}, {"+3", 1000}, {"0x10", 1000}, {"7", 7}, {"0", 0}, {"000", 0}, {"1000", 1000},
        {"250000", 250000}, {"16777216", 16777216}, {"99999999999999999999999", 16777216},
    };
    for (size_t i = 0; i < TEST_COUNT(cases); i++) {
        capacity_seen = 12345;
        on_fresh_thread(cases[i].setting, body_read_capacity);
        EXPECT(capacity_seen == cases[i].capacity, "PYRUST_CACHE_SIZE=%s%s%s gave %llu, want %llu",
               cases[i].setting ? "\"" : "", cases[i].setting ? cases[i].setting : "(unset)",
               cases[i].setting ? "\"" : "", U(capacity_seen), U(cases[i].capacity));
    }
}

/* ---- clear, what is cached ---- */

static void body_clear(void) {
    for (int i = 0; i < 10; i++) cached_run_hit(i);
    pyrust_cache_stats before = stats_now();
    EXPECT(before.size == 10 && before.bytes > 0, "size %llu bytes %llu", U(before.size), U(before.bytes));
    pyrust_cache_clear();
    pyrust_cache_stats after = stats_now();
    EXPECT(after.size == 0 && after.bytes == 0, "cleared: size %llu bytes %llu", U(after.size), U(after.bytes));
    EXPECT(after.hits == before.hits && after.misses == before.misses && after.inserts == before.inserts &&
           after.evictions == before.evictions, "counters kept");
    for (int i = 0; i < 10; i++) EXPECT(!cached_run_hit(i), "program %d compiled again after clear", i);
    EXPECT(stats_now().size == 10, "refilled");
    pyrust_cache_clear();
    pyrust_cache_clear();                       /* clearing an empty cache is fine */
    EXPECT(stats_now().size == 0, "empty");
}
static void test_cache_clear(void) { on_fresh_thread(NULL, body_clear); }

static void body_compile_error_not_cached(void) {
    char *first = NULL;
    for (int i = 0; i < 3; i++) {
        EXPECT(pyrust_execute_cached("x = (1 +") == NULL, "syntax error fails every time");
        const char *err = pyrust_last_error();
        EXPECT(err != NULL && strstr(err, "SyntaxError") != NULL, "error text: %s", err ? err : "NULL");
        if (i == 0 && err) first = strdup(err);
        else if (err && first) EXPECT(strcmp(err, first) == 0, "same error text each time");
    }
    free(first);
    pyrust_cache_stats s = stats_now();
    EXPECT(s.inserts == 0 && s.size == 0 && s.misses == 3 && s.hits == 0,
           "nothing cached: inserts %llu size %llu misses %llu", U(s.inserts), U(s.size), U(s.misses));
}
static void test_compile_error_not_cached(void) { on_fresh_thread(NULL, body_compile_error_not_cached); }

/* A program that compiles but raises is cached as code; its error is produced by every run. */
static void body_runtime_error_program_cached(void) {
    const char *code = "print(5)\n1 / 0";
    char *first = NULL;
    for (int i = 0; i < 3; i++) {
        EXPECT(pyrust_execute_cached(code) == NULL, "raises every time");
        const char *err = pyrust_last_error();
        EXPECT(err != NULL && strstr(err, "ZeroDivisionError") != NULL, "error text: %s", err ? err : "NULL");
        if (i == 0 && err) first = strdup(err);
        else if (err && first) EXPECT(strcmp(err, first) == 0, "same error text each time");
        pyrust_result r;
        EXPECT(pyrust_run(code, strlen(code), PYRUST_RUN_CACHED, &r) == PYRUST_ERROR, "status");
        EXPECT(r.output_len == 2 && memcmp(r.output, "5\n", 2) == 0, "printed before the error, every run");
        pyrust_result_free(&r);
    }
    free(first);
    pyrust_cache_stats s = stats_now();
    EXPECT(s.inserts == 1 && s.misses == 1 && s.hits == 5, "inserts %llu misses %llu hits %llu",
           U(s.inserts), U(s.misses), U(s.hits));
}
static void test_runtime_error_program_cached(void) { on_fresh_thread(NULL, body_runtime_error_program_cached); }

/* The key is every byte within len: a NUL and what follows it make a different program. */
static void body_key_is_all_len_bytes(void) {
    pyrust_result r;
    EXPECT(pyrust_run("2 + 2", 5, PYRUST_RUN_CACHED, &r) == PYRUST_OK, "plain");
    pyrust_result_free(&r);
    uint64_t misses = stats_now().misses;
    EXPECT(pyrust_run("2 + 2\0+ 1", 9, PYRUST_RUN_CACHED, &r) == PYRUST_ERROR, "NUL inside len is an error");
    pyrust_result_free(&r);
    EXPECT(stats_now().misses == misses + 1, "not found under the shorter program's key");
    EXPECT(pyrust_run("2 + 2 ", 6, PYRUST_RUN_CACHED, &r) == PYRUST_OK, "trailing space");
    EXPECT_STR(r.output, "4");
    pyrust_result_free(&r);
    EXPECT(stats_now().misses == misses + 2, "one more byte, another key");
}
static void test_key_is_all_len_bytes(void) { on_fresh_thread(NULL, body_key_is_all_len_bytes); }

static void body_cached_equals_uncached(void) {
    char code[128];
    for (int i = 0; i < 40; i++) {
        program(code, sizeof code, i);
        expect_same_as_uncached(code);
        expect_same_as_uncached(code);          /* second time: from the cache */
        snprintf(code, sizeof code, "print(%d)\nprint(%d)", i, -i);
        expect_same_as_uncached(code);
        expect_same_as_uncached(code);
    }
    const char *errors[] = {"1 / 0", "x = (1 +", "undefined_name", "print(1)\n[][0]"};
    for (size_t i = 0; i < TEST_COUNT(errors); i++) {
        expect_same_as_uncached(errors[i]);
        expect_same_as_uncached(errors[i]);
    }
}
static void test_cached_equals_uncached(void) { on_fresh_thread(NULL, body_cached_equals_uncached); }

/* ---- memory ---- */

static const char *typical_program =
    "def scale_%d(values, factor):\n"
    "    # typical snippet: a helper with a loop\n"
    "    total = 0\n"
    "    for v in values:\n"
    "        if v %% 2 == 0:\n"
    "            total += v * factor\n"
    "    return total\n"
    "\n"
    "data = list(range(10))\n"
    "print(scale_%d(data, %d))\n";

static long long heap_in_use(void) { return (long long)mallinfo2().uordblks; }

static void body_memory_1000_typical(void) {
    char code[512], want[64];
    snprintf(code, sizeof code, typical_program, 1000000, 1000000, 1);
    pyrust_free(pyrust_execute_cached(code));   /* warm up the engine and this thread's tables */
    pyrust_cache_clear();

    long long before = heap_in_use();
    size_t source_bytes = 0;
    int wrong = 0;
    for (int i = 0; i < 1000; i++) {
        snprintf(code, sizeof code, typical_program, i, i, i);
        source_bytes += strlen(code);
        snprintf(want, sizeof want, "%d\n", 20 * i);   /* even numbers below 10 sum to 20 */
        char *out = pyrust_execute_cached(code);
        if (out == NULL || strcmp(out, want) != 0) wrong++;
        pyrust_free(out);
    }
    long long filled = heap_in_use();
    pyrust_cache_stats s = stats_now();
    pyrust_cache_clear();
    long long cleared = heap_in_use();

    long long growth = filled - before;         /* everything the 1000 runs left allocated */
    long long held = filled - cleared;          /* what the cache itself held */
    long long reported = (long long)s.bytes;
    long long slack = 16 * 1024;                /* tcache and other allocator noise */
    printf("     1000 programs, %zu source bytes: heap growth %lld B, cache held %lld B (mallinfo2), "
           "stats.bytes %llu B (%+.1f%%)\n",
           source_bytes, growth, held, U(s.bytes), held ? 100.0 * (double)(reported - held) / (double)held : 0.0);
    EXPECT(wrong == 0, "%d of 1000 typical programs gave a wrong output", wrong);
    EXPECT(s.size == 1000, "size %llu", U(s.size));
    if (!heap_is_measurable()) {
        printf("     (heap checks skipped: malloc is replaced, mallinfo2 sees nothing)\n");
        return;
    }
    EXPECT(growth <= 10 * 1024 * 1024, "1000 cached programs use %lld B > 10 MB", growth);
    EXPECT(held <= 10 * 1024 * 1024, "the cache holds %lld B > 10 MB", held);
    /* stats.bytes sums malloc_usable_size; mallinfo2 also counts each chunk's 8-byte header, so
     * bytes may fall short of the measurement by those headers (<= 20% for allocations of 32 B
     * and up) but must never exceed it. */
    EXPECT(reported <= held + slack, "stats.bytes %lld claims more than the %lld B measured", reported, held);
    EXPECT(reported >= held - held / 5 - slack, "stats.bytes %lld misses more than 20%% of the %lld B measured",
           reported, held);
}
static void test_memory_1000_typical_programs(void) { on_fresh_thread(NULL, body_memory_1000_typical); }

/* Programs whose code holds arrays the compiler takes from static data (a class body's
 * "__locals__" parameter list, constant name tables): stats.bytes measures only heap blocks,
 * so it stays small and agrees with the allocator. Asking malloc about static data was
 * undefined behaviour (bytes jumped by 2^32; ASan aborted). */
static void body_memory_class_bodies(void) {
    pyrust_free(pyrust_execute_cached("1"));
    pyrust_cache_clear();
    long long before = heap_in_use();
    const char *programs[] = {
        "class A:\n    pass\n",
        "class B:\n    x = 1\n    def f(self):\n        return self.x\nprint(B().f())\n",
        "def g():\n    class C:\n        pass\n    return C\nprint(g().__name__)\n",
    };
    for (size_t i = 0; i < 3; i++) pyrust_free(pyrust_execute_cached(programs[i]));
    long long filled = heap_in_use();
    pyrust_cache_stats s = stats_now();
    pyrust_cache_clear();
    EXPECT(s.size == 3, "size %llu", U(s.size));
    EXPECT(s.bytes > 0 && (long long)s.bytes <= filled - before + 16 * 1024,
           "stats.bytes %llu for 3 small class programs (heap grew %lld B)", U(s.bytes), filled - before);
}
static void test_memory_class_bodies(void) { on_fresh_thread(NULL, body_memory_class_bodies); }

int main(void) {
    static const test_case tests[] = {
        {"99 hits and 1 miss over 100 identical runs", test_99_hits_of_100},
        {"hit_rate 0 before any lookup", test_hit_rate_zero_before_lookup},
        {"1001st distinct program evicts the LRU one", test_lru_eviction_at_1001},
        {"hits update recency", test_recency_updated_by_hits},
        {"capacity 3: exact LRU order", test_capacity_3_lru_order},
        {"20,000 distinct programs, each its own output", test_20000_distinct_programs},
        {"PYRUST_CACHE_SIZE=0: cached = uncached, nothing inserted", test_cache_size_0_is_uncached},
        {"PYRUST_CACHE_SIZE parsing", test_capacity_settings},
        {"cache_clear", test_cache_clear},
        {"compile errors are not cached", test_compile_error_not_cached},
        {"raising programs cached as code, error every run", test_runtime_error_program_cached},
        {"key is all len bytes", test_key_is_all_len_bytes},
        {"cached output = uncached output", test_cached_equals_uncached},
        {"1000 typical programs <= 10 MB, stats.bytes agrees with mallinfo2", test_memory_1000_typical_programs},
        {"class bodies: stats.bytes counts heap blocks only", test_memory_class_bodies},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
