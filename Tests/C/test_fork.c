/* fork() as pyrust.h describes it: with other threads that have pyrust state alive but not
 * inside a pyrust call at the moment of the fork, the child goes on using the library on the
 * forking thread: its cache (a hit), new programs, errors, and a context made before the fork.
 * Usage: test_fork */
#include "check.h"

#include <pyrust.h>
#include <pthread.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static int ready, released;

/* A thread with its own pyrust state, parked (outside any pyrust call) until released. */
static void *parked(void *arg) {
    (void)arg;
    char *out = pyrust_execute_cached("sum(range(100))");
    int ok = out && strcmp(out, "4950") == 0;
    pyrust_free(out);
    pthread_mutex_lock(&lock);
    ready++;
    pthread_cond_broadcast(&changed);
    while (!released) pthread_cond_wait(&changed, &lock);
    pthread_mutex_unlock(&lock);
    return ok ? (void *)1 : NULL;
}

/* What the child does; returns the number of problems (its exit status). */
static int child_work(pyrust_context *ctx) {
    int problems = 0;
    pyrust_cache_stats before, after;
    pyrust_cache_stats_get(&before);
    char *out = pyrust_execute_cached("'cached ' + str(6 * 7)");
    if (!out || strcmp(out, "'cached 42'") != 0) problems++;
    pyrust_free(out);
    pyrust_cache_stats_get(&after);
    if (after.hits != before.hits + 1) problems++;
    out = pyrust_execute("print('new in the child')");
    if (!out || strcmp(out, "new in the child\n") != 0) problems++;
    pyrust_free(out);
    if (pyrust_execute("1 / 0") != NULL || !pyrust_last_error() ||
        !strstr(pyrust_last_error(), "ZeroDivisionError: division by zero")) problems++;
    pyrust_result r;
    const char *src = "[x * 2 for x in range(3)]";
    if (pyrust_context_run(ctx, src, strlen(src), PYRUST_RUN_CACHED, NULL, &r) != PYRUST_OK ||
        !r.result_json || strcmp(r.result_json, "[0, 2, 4]") != 0) problems++;
    pyrust_result_free(&r);
    pyrust_context_free(ctx);
    return problems;
}

static void test_child_uses_the_library(void) {
    char *out = pyrust_execute_cached("'cached ' + str(6 * 7)");
    EXPECT_STR(out, "'cached 42'");
    pyrust_free(out);
    pyrust_context *ctx = pyrust_context_new(NULL);
    EXPECT(ctx != NULL, "context");

    enum { THREADS = 4 };
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++) pthread_create(&threads[i], NULL, parked, NULL);
    pthread_mutex_lock(&lock);
    while (ready < THREADS) pthread_cond_wait(&changed, &lock);
    pthread_mutex_unlock(&lock);

    pid_t pid = fork();
    if (pid == 0) _exit(child_work(ctx) & 0x7f);
    EXPECT(pid > 0, "fork");
    int status = 0;
    EXPECT(waitpid(pid, &status, 0) == pid, "waitpid");
    EXPECT(WIFEXITED(status) && WEXITSTATUS(status) == 0,
           "the child had %d problems (signal %d)", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
           WIFSIGNALED(status) ? WTERMSIG(status) : 0);

    pthread_mutex_lock(&lock);
    released = 1;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&lock);
    for (int i = 0; i < THREADS; i++) {
        void *ok = NULL;
        pthread_join(threads[i], &ok);
        EXPECT(ok != NULL, "thread %d's own run", i);
    }
    /* The parent is unaffected: its cache and context still work. */
    out = pyrust_execute_cached("'cached ' + str(6 * 7)");
    EXPECT_STR(out, "'cached 42'");
    pyrust_free(out);
    pyrust_context_free(ctx);
}

int main(void) {
    static const test_case tests[] = {
        {"a forked child uses the library on the forking thread", test_child_uses_the_library},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
