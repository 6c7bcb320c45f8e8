/* Many copies of the library in one process: copies of the file under different names,
 * each dlopen'ed with RTLD_LOCAL, must all load and run `2 + 2`, on the main thread and on
 * a thread started afterwards. A library whose thread-local storage needs glibc's static TLS
 * block (initial-exec) fails here after about twenty copies with "cannot allocate memory in
 * static TLS block"; the dynamic TLS models have no such bound.
 * Usage: test_tls_copies /abs/path/libpyrust.so [copies (default 30)] */
#include "check.h"

#include <dlfcn.h>
#include <stdint.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_COPIES 64

typedef char *(*execute_fn)(const char *);
typedef void (*free_fn)(char *);

static execute_fn execute[MAX_COPIES];
static free_fn release[MAX_COPIES];
static int copies;

static int copy_file(const char *from, const char *to) {
    FILE *in = fopen(from, "rb");
    if (!in) return -1;
    FILE *out = fopen(to, "wb");
    if (!out) { fclose(in); return -1; }
    char buf[1 << 16];
    size_t n;
    int ok = 1;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n) { ok = 0; break; }
    fclose(in);
    if (fclose(out) != 0) ok = 0;
    return ok ? 0 : -1;
}

/* Runs `2 + 2` in every copy; returns how many answered "4". */
static int run_all(void) {
    int good = 0;
    for (int i = 0; i < copies; i++) {
        char *out = execute[i]("2 + 2");
        if (out && strcmp(out, "4") == 0) good++;
        else fprintf(stderr, "copy %d answered %s\n", i, out ? out : "NULL");
        release[i](out);
    }
    return good;
}

static void *thread_main(void *arg) {
    *(int *)arg = run_all();
    return NULL;
}

static const char *library;
static int wanted = 30;

static void test_load_copies(void) {
    char dir[] = "/tmp/pyrust_tls_copiesXXXXXX";
    EXPECT(mkdtemp(dir) != NULL, "mkdtemp");
    int loaded = 0;
    for (int i = 0; i < wanted; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/libpyrust_copy%02d.so", dir, i);
        if (copy_file(library, path) != 0) { EXPECT(0, "cannot copy to %s", path); break; }
        void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        unlink(path);   /* the mapping stays; nothing is left behind */
        if (!handle) { EXPECT(0, "copy %d: dlopen: %s", i + 1, dlerror()); break; }
        execute[i] = (execute_fn)(uintptr_t)dlsym(handle, "pyrust_execute");
        release[i] = (free_fn)(uintptr_t)dlsym(handle, "pyrust_free");
        if (!execute[i] || !release[i]) { EXPECT(0, "copy %d: dlsym failed", i + 1); break; }
        loaded++;
    }
    rmdir(dir);
    copies = loaded;
    EXPECT(loaded == wanted, "%d of %d copies loaded", loaded, wanted);
    /* Distinct copies: each has its own code, so the entry points differ. */
    for (int i = 1; i < copies; i++) EXPECT(execute[i] != execute[0], "copy %d is copy 1", i + 1);
}

static void test_main_thread(void) {
    EXPECT(copies == wanted && run_all() == copies, "2 + 2 in %d copies", copies);
}

static void test_new_thread(void) {
    pthread_t t;
    int good = -1;
    EXPECT(pthread_create(&t, NULL, thread_main, &good) == 0 && pthread_join(t, NULL) == 0, "thread");
    EXPECT(copies == wanted && good == copies, "2 + 2 in %d of %d copies", good, copies);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s /abs/path/libpyrust.so [copies]\n", argv[0]); return 2; }
    library = argv[1];
    if (argc > 2) wanted = atoi(argv[2]);
    if (wanted < 1 || wanted > MAX_COPIES) { fprintf(stderr, "copies must be 1..%d\n", MAX_COPIES); return 2; }
    static const test_case tests[] = {
        {"dlopen copies of the library (RTLD_LOCAL, distinct names)", test_load_copies},
        {"2 + 2 in every copy on the main thread", test_main_thread},
        {"2 + 2 in every copy on a thread started afterwards", test_new_thread},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
