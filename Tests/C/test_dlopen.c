/* Loading at run time, as a plugin host would: dlopen + dlsym of every API function, only the
 * pyrust_* API visible, calls through the pointers, and dlclose/dlopen again (the library is
 * marked nodelete, so thread-exit destructors never point into unmapped code).
 * Usage: test_dlopen [path/to/libpyrust.so] */
#include "check.h"

#include <pyrust.h>

#include <dlfcn.h>
#include <pthread.h>

static const char *library_path = "libpyrust.so";
static void *handle;

static const char *api_names[] = {
    "pyrust_version", "pyrust_execute", "pyrust_execute_cached", "pyrust_free", "pyrust_last_error",
    "pyrust_cache_stats_get", "pyrust_cache_clear", "pyrust_run", "pyrust_result_free",
    "pyrust_debug_live_caches",
};

static void test_dlopen(void) {
    handle = dlopen(library_path, RTLD_NOW | RTLD_LOCAL);
    EXPECT(handle != NULL, "dlopen(%s): %s", library_path, dlerror());
}

static void test_every_symbol(void) {
    if (!handle) { EXPECT(0, "not loaded"); return; }
    for (size_t i = 0; i < TEST_COUNT(api_names); i++)
        EXPECT(dlsym(handle, api_names[i]) != NULL, "dlsym(%s): %s", api_names[i], dlerror());
}

/* Internals stay hidden: the C helpers, Swift symbols and the runtime. */
static void test_internals_hidden(void) {
    if (!handle) { EXPECT(0, "not loaded"); return; }
    const char *hidden[] = {"pyrust_support_thread_state", "pyrust_support_live_states", "swift_retain",
                            "swift_release", "$s6Pyrust6EngineO3runyAA10RunOutcomeVAA15CompiledProgramCFZ"};
    for (size_t i = 0; i < TEST_COUNT(hidden); i++)
        EXPECT(dlsym(handle, hidden[i]) == NULL, "%s is visible", hidden[i]);
}

static void test_calls_through_pointers(void) {
    if (!handle) { EXPECT(0, "not loaded"); return; }
    const char *(*version)(void) = (const char *(*)(void))dlsym(handle, "pyrust_version");
    char *(*execute)(const char *) = (char *(*)(const char *))dlsym(handle, "pyrust_execute");
    char *(*execute_cached)(const char *) = (char *(*)(const char *))dlsym(handle, "pyrust_execute_cached");
    void (*release)(char *) = (void (*)(char *))dlsym(handle, "pyrust_free");
    const char *(*last_error)(void) = (const char *(*)(void))dlsym(handle, "pyrust_last_error");
    int (*run)(const char *, size_t, uint32_t, pyrust_result *) =
        (int (*)(const char *, size_t, uint32_t, pyrust_result *))dlsym(handle, "pyrust_run");
    void (*result_free)(pyrust_result *) = (void (*)(pyrust_result *))dlsym(handle, "pyrust_result_free");
    void (*stats_get)(pyrust_cache_stats *) = (void (*)(pyrust_cache_stats *))dlsym(handle, "pyrust_cache_stats_get");
    if (!version || !execute || !execute_cached || !release || !last_error || !run || !result_free || !stats_get) {
        EXPECT(0, "missing symbol");
        return;
    }
    EXPECT_STR(version(), PYRUST_VERSION_STRING);
    char *out = execute("2 + 2");
    EXPECT_STR(out, "4");
    release(out);
    for (int i = 0; i < 3; i++) {
        out = execute_cached("2 + 2");
        EXPECT_STR(out, "4");
        release(out);
    }
    EXPECT(last_error() == NULL, "no error");
    EXPECT(execute(NULL) == NULL && last_error() != NULL, "NULL code reported");
    pyrust_result r;
    EXPECT(run("2 + 2", 5, PYRUST_RUN_CACHED, &r) == PYRUST_OK && r.output_len == 1, "pyrust_run");
    result_free(&r);
    pyrust_cache_stats s;
    stats_get(&s);
    EXPECT(s.hits == 3 && s.misses == 1 && s.size == 1, "stats through dlsym: hits %llu misses %llu",
           (unsigned long long)s.hits, (unsigned long long)s.misses);
}

static void *thread_calls(void *fn) {
    char *(*execute_cached)(const char *) = (char *(*)(const char *))fn;
    free(execute_cached("2 + 2"));
    return NULL;
}

/* dlclose does not unmap (nodelete): a thread started afterwards still runs, and its cache
 * destructor still has code to run at thread exit; a second dlopen gives the same library. */
static void test_dlclose_and_reopen(void) {
    if (!handle) { EXPECT(0, "not loaded"); return; }
    void *fn = dlsym(handle, "pyrust_execute_cached");
    EXPECT(dlclose(handle) == 0, "dlclose: %s", dlerror());
    pthread_t t;
    EXPECT(pthread_create(&t, NULL, thread_calls, fn) == 0, "thread");
    pthread_join(t, NULL);
    void *again = dlopen(library_path, RTLD_NOW | RTLD_LOCAL);
    EXPECT(again != NULL, "dlopen again: %s", dlerror());
    EXPECT(again == NULL || dlsym(again, "pyrust_execute_cached") == fn, "same code after reopening");
    handle = again;
}

int main(int argc, char **argv) {
    if (argc > 1) library_path = argv[1];
    static const test_case tests[] = {
        {"dlopen", test_dlopen},
        {"dlsym of every API function", test_every_symbol},
        {"internals not exported", test_internals_hidden},
        {"calls through dlsym pointers", test_calls_through_pointers},
        {"dlclose, thread, dlopen again", test_dlclose_and_reopen},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
