/* The daemon's latency (make bench, via bench/run.sh):
 *   - round trips of `2 + 2` over persistent connections, 1, 2 and 8 clients at once
 *     (p50, p99 and throughput);
 *   - a whole `pyrust --connect -c '2 + 2'` process against `python3 -c '2 + 2'` (when a
 *     client binary is given).
 * usage: daemon_bench SERVER_BIN [--client CLIENT_BIN] [--requests N]
 * SERVER_BIN runs `SERVER_BIN serve --socket PATH --workers N` (build/pyrust, or the test
 * driver with the same arguments). Exit 1 when an answer is wrong, 3 when the daemon does not
 * start. */
#include "protocol.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char sock[108];
static int per_client = 20000;
static volatile int wrong;

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct client { double *samples; int count; } client;

static void *client_main(void *arg) {
    client *c = arg;
    int fd = prp_connect(sock);
    if (fd < 0) { wrong = 1; return NULL; }
    static const char src[] = "2 + 2";
    prp_request rq;
    memset(&rq, 0, sizeof rq);
    rq.version = PRP_VERSION;
    rq.type = PRP_RUN;
    rq.source_len = sizeof src - 1;
    unsigned char frame[PRP_REQUEST_HEADER + sizeof src];
    prp_request_header_encode(&rq, frame);
    memcpy(frame + PRP_REQUEST_HEADER, src, sizeof src - 1);
    unsigned char reply[PRP_RESPONSE_HEADER + 64];
    for (int i = 0; i < c->count; i++) {
        double t0 = now_s();
        if (prp_write_full(fd, frame, PRP_REQUEST_HEADER + sizeof src - 1) != 0) { wrong = 1; break; }
        /* "4": the header and one byte of output. */
        if (prp_read_full(fd, reply, PRP_RESPONSE_HEADER + 1) != PRP_RESPONSE_HEADER + 1 ||
            prp_get32(reply + 32) != 1 || reply[PRP_RESPONSE_HEADER] != '4') { wrong = 1; break; }
        c->samples[i] = now_s() - t0;
    }
    close(fd);
    return NULL;
}

static void round_trips(int clients, int print) {
    pthread_t t[8];
    client c[8];
    int each = per_client / clients;
    double *all = malloc(sizeof(double) * (size_t)each * (size_t)clients);
    if (!all) return;
    for (int i = 0; i < clients; i++) {
        c[i].samples = all + (size_t)i * (size_t)each;
        c[i].count = each;
    }
    double t0 = now_s();
    for (int i = 0; i < clients; i++) pthread_create(&t[i], NULL, client_main, &c[i]);
    for (int i = 0; i < clients; i++) pthread_join(t[i], NULL);
    double wall = now_s() - t0;
    size_t n = (size_t)each * (size_t)clients;
    qsort(all, n, sizeof all[0], cmp_double);
    if (print) printf("| `2 + 2` round trip, %d client%s | %8.1f | %8.1f | %9.0f |\n", clients, clients > 1 ? "s" : " ",
           all[(n - 1) / 2] * 1e6, all[(n - 1) * 99 / 100] * 1e6, (double)n / wall);
    free(all);
}

/* Wall time of one run of argv (stdout and stderr to /dev/null); -1 on failure. */
static double process_time(char *const argv[]) {
    fflush(stdout);
    double t0 = now_s();
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return now_s() - t0;
}

static void process_line(const char *label, char *const argv[], int runs) {
    double *t = malloc(sizeof(double) * (size_t)runs);
    if (!t) return;
    for (int i = 0; i < runs; i++) {
        t[i] = process_time(argv);
        if (t[i] < 0) { printf("| %s | failed | | |\n", label); free(t); wrong = 1; return; }
    }
    qsort(t, (size_t)runs, sizeof t[0], cmp_double);
    printf("| %s | %8.1f | %8.1f | %9.0f |\n", label, t[(runs - 1) / 2] * 1e6, t[(runs - 1) * 99 / 100] * 1e6,
           1.0 / t[(runs - 1) / 2]);
    free(t);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: daemon_bench SERVER_BIN [--client BIN] [--requests N]\n"); return 3; }
    const char *server = argv[1], *client_bin = NULL;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--client")) client_bin = argv[i + 1];
        else if (!strcmp(argv[i], "--requests")) per_client = atoi(argv[i + 1]);
    }
    if (per_client < 800) per_client = 800;
    snprintf(sock, sizeof sock, "/tmp/pyrust-bench-%ld.sock", (long)getpid());
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    char workers[24];
    snprintf(workers, sizeof workers, "%ld", cores > 0 ? cores : 1);

    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stderr);
        execl(server, server, "serve", "--socket", sock, "--workers", workers, (char *)NULL);
        _exit(127);
    }
    int fd = -1;
    for (int i = 0; i < 500 && fd < 0; i++) {
        fd = prp_connect(sock);
        if (fd < 0) usleep(10000);
    }
    if (fd < 0) {
        fprintf(stderr, "daemon_bench: the daemon did not start (%s)\n", server);
        if (pid > 0) kill(pid, SIGKILL);
        return 3;
    }
    close(fd);

    printf("### Daemon (`pyrust serve`, %s workers, Unix socket; %d round trips per row)\n\n", workers, per_client);
    printf("| what | p50 (us) | p99 (us) | per second |\n|---|---:|---:|---:|\n");
    round_trips(8, 0);   /* warm-up: every worker compiles and caches the program */
    round_trips(1, 1);
    round_trips(2, 1);
    round_trips(8, 1);
    if (client_bin) {
        char *connect_argv[] = { (char *)client_bin, "--connect", "--socket", sock, "-c", "2 + 2", NULL };
        char *python_argv[] = { "python3", "-c", "2 + 2", NULL };
        process_line("`pyrust --connect -c '2 + 2'` process", connect_argv, 200);
        process_line("`python3 -c '2 + 2'` process", python_argv, 50);
    } else {
        printf("| `pyrust --connect` process | skipped: build/pyrust missing | | |\n");
    }
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "daemon_bench: the daemon did not exit cleanly on SIGTERM\n");
        wrong = 1;
    }
    if (wrong) fprintf(stderr, "daemon_bench: a wrong or missing answer\n");
    return wrong ? 1 : 0;
}
