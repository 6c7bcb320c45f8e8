/* The call path another runtime's FFI takes: dlopen + dlsym, then every call through libffi
 * (ffi_prep_cif/ffi_call) with the exact C types of include/pyrust.h (pointer, size_t, uint32_t,
 * int, struct pointers). Usage: test_ffi [path/to/libpyrust.so] [iterations] */
#include "check.h"

#include <pyrust.h>

#include <dlfcn.h>
#include <ffi.h>
#include <stdint.h>

static const char *library_path = "libpyrust.so";
static long iterations = 20000;
static void *handle;

static void *symbol(const char *name) {
    void *p = handle ? dlsym(handle, name) : NULL;
    EXPECT(p != NULL, "dlsym(%s)", name);
    return p;
}

/* char *f(const char *) */
static char *call_text(void *fn, const char *code) {
    ffi_cif cif;
    ffi_type *args[1] = {&ffi_type_pointer};
    if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 1, &ffi_type_pointer, args) != FFI_OK) return NULL;
    void *values[1] = {&code};
    ffi_arg ret = 0;
    ffi_call(&cif, FFI_FN(fn), &ret, values);
    return (char *)(uintptr_t)ret;
}

/* void f(void *) */
static void call_void_pointer(void *fn, void *p) {
    ffi_cif cif;
    ffi_type *args[1] = {&ffi_type_pointer};
    if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args) != FFI_OK) return;
    void *values[1] = {&p};
    ffi_call(&cif, FFI_FN(fn), NULL, values);
}

/* const char *f(void) */
static const char *call_no_args(void *fn) {
    ffi_cif cif;
    if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 0, &ffi_type_pointer, NULL) != FFI_OK) return NULL;
    ffi_arg ret = 0;
    ffi_call(&cif, FFI_FN(fn), &ret, NULL);
    return (const char *)(uintptr_t)ret;
}

static void test_load(void) {
    handle = dlopen(library_path, RTLD_NOW | RTLD_LOCAL);
    EXPECT(handle != NULL, "dlopen(%s): %s", library_path, dlerror());
}

static void test_text_calls(void) {
    void *execute = symbol("pyrust_execute"), *execute_cached = symbol("pyrust_execute_cached");
    void *release = symbol("pyrust_free"), *last_error = symbol("pyrust_last_error");
    void *version = symbol("pyrust_version");
    if (!execute || !execute_cached || !release || !last_error || !version) return;
    EXPECT_STR(call_no_args(version), PYRUST_VERSION_STRING);
    char *out = call_text(execute, "2 + 2");
    EXPECT_STR(out, "4");
    call_void_pointer(release, out);
    EXPECT(call_no_args(last_error) == NULL, "no error");
    EXPECT(call_text(execute_cached, NULL) == NULL, "NULL code");
    EXPECT_STR(call_no_args(last_error), "ValueError: code must not be NULL");
    call_void_pointer(release, NULL);
}

static void test_formula_outputs(void) {
    void *execute = symbol("pyrust_execute"), *execute_cached = symbol("pyrust_execute_cached");
    void *release = symbol("pyrust_free");
    if (!execute || !execute_cached || !release) return;
    char code[64], want[64];
    for (int i = 0; i < 50; i++) {
        snprintf(code, sizeof code, "x = %d\nx * 2 + 1", i);
        snprintf(want, sizeof want, "%d", 2 * i + 1);
        char *out = call_text((i & 1) ? execute_cached : execute, code);
        EXPECT_STR(out, want);
        call_void_pointer(release, out);
    }
}

/* int pyrust_run(const char *, size_t, uint32_t, pyrust_result *) with the exact widths */
static void test_structured_call(void) {
    void *run = symbol("pyrust_run"), *result_free = symbol("pyrust_result_free");
    if (!run || !result_free) return;
    ffi_cif cif;
    ffi_type *args[4] = {&ffi_type_pointer, &ffi_type_uint64, &ffi_type_uint32, &ffi_type_pointer};
    EXPECT(sizeof(size_t) == 8, "this test assumes a 64-bit size_t");
    EXPECT(ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 4, &ffi_type_sint, args) == FFI_OK, "prep");
    const char *code = "2 + 2";
    uint64_t len = 5;
    uint32_t flags = PYRUST_RUN_CACHED;
    pyrust_result r;
    pyrust_result *rp = &r;
    void *values[4] = {&code, &len, &flags, &rp};
    ffi_sarg status = -1;
    ffi_call(&cif, FFI_FN(run), &status, values);
    EXPECT(status == PYRUST_OK && r.status == PYRUST_OK, "status %ld", (long)status);
    EXPECT(r.output != NULL && r.output_len == 1 && strcmp(r.output, "4") == 0, "output");
    call_void_pointer(result_free, &r);
    EXPECT(r.output == NULL, "freed and zeroed");

    flags = 0x40;                                   /* unknown flag */
    ffi_call(&cif, FFI_FN(run), &status, values);
    EXPECT(status == PYRUST_INVALID_ARGUMENT && r.error_type && strcmp(r.error_type, "ValueError") == 0,
           "unknown flag rejected: %ld", (long)status);
    call_void_pointer(result_free, &r);
}

static void test_stats_call(void) {
    void *stats_get = symbol("pyrust_cache_stats_get");
    if (!stats_get) return;
    pyrust_cache_stats s;
    memset(&s, 0xFF, sizeof s);
    call_void_pointer(stats_get, &s);
    EXPECT(s.capacity == 1000 && s.size >= 1 && s.hit_rate >= 0.0 && s.hit_rate <= 1.0, "capacity %llu size %llu",
           (unsigned long long)s.capacity, (unsigned long long)s.size);
}

/* A loop of cached calls through libffi: each gives "4", and the cache sees them as hits. */
static void test_cached_loop(void) {
    void *execute_cached = symbol("pyrust_execute_cached"), *release = symbol("pyrust_free");
    void *stats_get = symbol("pyrust_cache_stats_get");
    if (!execute_cached || !release || !stats_get) return;
    pyrust_cache_stats before, after;
    call_void_pointer(stats_get, &before);
    long wrong = 0;
    for (long i = 0; i < iterations; i++) {
        char *out = call_text(execute_cached, "2 + 2");
        if (!out || strcmp(out, "4") != 0) wrong++;
        call_void_pointer(release, out);
    }
    call_void_pointer(stats_get, &after);
    EXPECT(wrong == 0, "%ld wrong results", wrong);
    EXPECT(after.hits - before.hits == (uint64_t)iterations, "all hits: %llu",
           (unsigned long long)(after.hits - before.hits));
}

int main(int argc, char **argv) {
    if (argc > 1) library_path = argv[1];
    if (argc > 2) iterations = atol(argv[2]);
    unsetenv("PYRUST_CACHE_SIZE");
    static const test_case tests[] = {
        {"dlopen", test_load},
        {"text calls through libffi", test_text_calls},
        {"outputs through libffi", test_formula_outputs},
        {"pyrust_run through libffi", test_structured_call},
        {"cache stats through libffi", test_stats_call},
        {"cached loop through libffi", test_cached_loop},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
