/* Runs one hostile program through pyrust_run_ex under limits, on the main thread or on a
 * thread with a given stack size, then checks that the same thread still computes `2 + 2`.
 *
 *   hostile_runner MODE FILE      MODE: main | <stack bytes> | min (PTHREAD_STACK_MIN)
 *
 * Prints one line:  status=N type=NAME outlen=N check=ok|bad maxrss_kb=N
 * and exits 0. Any other ending (a signal, a non-zero exit, no line) is a failure the driver
 * (run.py) reports. The process caps its own address space so that a runaway allocation
 * cannot take the machine down, and an alarm turns a hang into a SIGALRM death. */
#include <pyrust.h>

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#define ADDRESS_SPACE_CAP ((rlim_t)3 << 30) /* hard wall; the driver checks max RSS < 1 GiB */
#define HANG_SECONDS 10 /* HOSTILE_ALARM=seconds overrides it (to time a slow program) */

static char *code;
static size_t code_len;
static char line[512];

static void run_program(void) {
    pyrust_limits limits;
    memset(&limits, 0, sizeof limits);
    limits.size = sizeof limits;
    limits.max_instructions = 20000000;
    limits.timeout_ms = 3000;
    limits.max_output = 1 << 20;
    pyrust_result r;
    int status = pyrust_run_ex(code, code_len, 0, &limits, &r);
    char type[64];
    snprintf(type, sizeof type, "%s", r.error_type && *r.error_type ? r.error_type : "-");
    for (char *p = type; *p; p++)
        if (*p == ' ') *p = '_';
    size_t outlen = r.output_len;
    pyrust_result_free(&r);

    /* The thread must still be usable: a fresh, limited run of 2 + 2. */
    const char *probe = "2 + 2";
    pyrust_result c;
    int cstatus = pyrust_run_ex(probe, strlen(probe), 0, &limits, &c);
    int ok = cstatus == PYRUST_OK && c.output && strcmp(c.output, "4") == 0;
    pyrust_result_free(&c);

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    snprintf(line, sizeof line, "status=%d type=%s outlen=%zu check=%s maxrss_kb=%ld", status, type, outlen,
             ok ? "ok" : "bad", ru.ru_maxrss);
}

static void *on_thread(void *arg) {
    (void)arg;
    run_program();
    return NULL;
}

static int read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 1 << 16;
    code = malloc(cap);
    code_len = 0;
    size_t n;
    while ((n = fread(code + code_len, 1, cap - code_len, f)) > 0) {
        code_len += n;
        if (code_len == cap) code = realloc(code, cap *= 2);
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s main|min|STACK_BYTES FILE\n", argv[0]);
        return 2;
    }
    if (read_file(argv[2]) != 0) {
        perror(argv[2]);
        return 2;
    }
    struct rlimit cap = {ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP};
    setrlimit(RLIMIT_AS, &cap);
    const char *alarm_env = getenv("HOSTILE_ALARM");
    alarm(alarm_env ? (unsigned)atoi(alarm_env) : HANG_SECONDS);

    if (strcmp(argv[1], "main") == 0) {
        run_program();
    } else {
        size_t size = strcmp(argv[1], "min") == 0 ? (size_t)PTHREAD_STACK_MIN : (size_t)strtoull(argv[1], NULL, 10);
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        if (pthread_attr_setstacksize(&attr, size) != 0) {
            fprintf(stderr, "cannot set a %zu-byte stack\n", size);
            return 2;
        }
        pthread_t t;
        if (pthread_create(&t, &attr, on_thread, NULL) != 0) {
            fprintf(stderr, "cannot start a thread\n");
            return 2;
        }
        pthread_join(t, NULL);
        pthread_attr_destroy(&attr);
    }
    printf("%s\n", line);
    fflush(stdout);
    free(code);
    return 0;
}
