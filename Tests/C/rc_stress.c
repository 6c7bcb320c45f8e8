/* Driver for rc_check.c: several threads run every program named on the command line at the
 * same time (compiled, then cached, then through the shared cache), so that every builtin type, function and constant
 * the programs reach is used by all threads at once. Outputs are not checked here (the
 * conformance suite does that); rc_check reports objects counted by two threads. */
#include <pyrust.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { THREADS = 3 };

static char **sources;
static int source_count;

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) n = 0;
    if (s) s[n] = 0;
    fclose(f);
    return s;
}

static void *worker(void *arg) {
    int t = (int)(long)arg;
    for (int k = 0; k < source_count; k++) {
        /* each thread starts at a different program, so different code overlaps */
        const char *src = sources[(k + t * source_count / THREADS) % source_count];
        pyrust_free(pyrust_execute_cached(src));
        pyrust_free(pyrust_execute_cached(src));
        /* the shared cache: one thread compiles and stores the image, the others decode it */
        pyrust_free(pyrust_execute_shared(src));
        pyrust_free(pyrust_execute_shared(src));
    }
    return NULL;
}

int main(int argc, char **argv) {
    sources = calloc((size_t)argc, sizeof *sources);
    for (int i = 1; i < argc; i++) {
        char *s = read_file(argv[i]);
        if (s) sources[source_count++] = s;
    }
    pthread_t threads[THREADS];
    for (int t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, worker, (void *)(long)t);
    for (int t = 0; t < THREADS; t++) pthread_join(threads[t], NULL);
    printf("rc_stress: %d programs x %d threads\n", source_count, THREADS);
    return 0;
}
