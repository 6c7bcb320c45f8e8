/* Load test for `pyrust serve`: C clients at once on persistent connections, each sending a
 * mix of programs (output, errors, SystemExit, stderr, limits) and, every so often, a broken
 * frame on a side connection (too large, truncated, bad magic, unknown version, invalid
 * UTF-8, unknown type, a client vanishing mid-request or mid-run).
 * The oracle is this process: each program is run once locally with pyrust_run_ex under the
 * same limits, and every answer from the daemon must match it byte for byte.
 * Then: the daemon's stats must count exactly the requests and protocol errors sent, and
 * its RSS at the end must be within a margin of its RSS after the warm-up.
 *   load_test SOCKET SERVER_PID CLIENTS REQUESTS_PER_CLIENT
 * Exit 0 when all is well; prints a summary line. */
#include "protocol.h"
#include "pyrust.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct program {
    const char *source;
    uint64_t max_instructions;
    uint64_t timeout_ms;      /* compared by status and type only (where it stops varies) */
    uint64_t max_output;
    pyrust_result expected;
} program;

static program programs[] = {
    { "2 + 2", 0, 0, 0, { 0 } },
    { "print('hello')\n[i * i for i in range(10)]", 0, 0, 0, { 0 } },
    { "def f(n):\n    return 1 if n < 2 else n * f(n - 1)\nprint(f(30))", 0, 0, 0, { 0 } },
    { "x = {'a': 1}\nx['b']", 0, 0, 0, { 0 } },
    { "1 / 0", 0, 0, 0, { 0 } },
    { "import sys\nprint('to err', file=sys.stderr)\nsys.exit(3)", 0, 0, 0, { 0 } },
    { "raise SystemExit('bye')", 0, 0, 0, { 0 } },
    { "def broken(:\n    pass", 0, 0, 0, { 0 } },
    { "while True:\n    pass", 100000, 0, 0, { 0 } },
    { "print('x' * 100)\nwhile True:\n    print('y')", 0, 0, 500, { 0 } },
    { "s = 0\nfor i in range(20000):\n    s += i\ns", 0, 0, 0, { 0 } },
    { "class A:\n    def __repr__(self):\n        return 'A!'\nA()", 0, 0, 0, { 0 } },
    { "import math\nmath.sqrt(-1)", 0, 0, 0, { 0 } },
    { "'\\u00e9t\\u00e9' * 3", 0, 0, 0, { 0 } },
    { "undefined_name + 1", 0, 0, 0, { 0 } },
    { "\xff\xfe = 1", 0, 0, 0, { 0 } },
    { "print('\\0nul')", 0, 0, 0, { 0 } },
    /* last: sent only every 1000th request (it takes its whole timeout) */
    { "while True:\n    pass", 0, 20, 0, { 0 } },
};
#define NPROGRAMS (int)(sizeof programs / sizeof programs[0])

static const char *sock_path;
static int requests_per_client;
static atomic_long wrong, answered, bad_frames_sent, failures;

static int same(const char *a, size_t alen, const char *b, size_t blen) {
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}
static int same_opt(const char *want, const char *got, uint32_t got_len, int present) {
    if (!want) return !present;
    return present && same(want, strlen(want), got, got_len);
}

static int send_request(int fd, const program *p) {
    prp_request rq;
    memset(&rq, 0, sizeof rq);
    rq.version = PRP_VERSION;
    rq.type = PRP_RUN;
    rq.max_instructions = p->max_instructions;
    rq.timeout_ms = p->timeout_ms;
    rq.max_output = p->max_output;
    rq.source_len = (uint32_t)strlen(p->source);
    rq.filename_len = 8;
    rq.argv_len = 8;
    rq.argc = 2;
    unsigned char h[PRP_REQUEST_HEADER];
    prp_request_header_encode(&rq, h);
    return prp_write_full(fd, h, sizeof h) || prp_write_full(fd, p->source, rq.source_len) ||
           prp_write_full(fd, "<string>", 8) || prp_write_full(fd, "-c\0arg1\0", 8);
}

/* Reads a response into r (body malloc'd in *body). 0, or -1 at a cut-short stream. */
static int recv_response(int fd, prp_response *r, char **body) {
    unsigned char h[PRP_RESPONSE_HEADER];
    *body = NULL;
    if (prp_read_full(fd, h, sizeof h) != (long)sizeof h) return -1;
    uint64_t n = 0;
    if (prp_response_header_decode(h, r, &n) != 0) return -1;
    *body = malloc((size_t)n + 1);
    if (!*body || prp_read_full(fd, *body, (size_t)n) != (long)n) { free(*body); *body = NULL; return -1; }
    prp_response_body_bind(r, *body);
    return 0;
}

static int check(const program *p, const prp_response *r, int client, int i) {
    const pyrust_result *e = &p->expected;
    int ok = r->type == PRP_RUN && r->status == e->status;
    if (ok && p->timeout_ms) return same_opt(e->error_type, r->error_type, r->error_type_len, r->present & PRP_HAS_ERROR_TYPE);
    ok = ok && r->error_line == e->error_line && r->error_col == e->error_col && r->exit_code == e->exit_code &&
         same(e->output, e->output_len, r->output, r->output_len) &&
         same(e->error_output, e->error_output_len, r->error_output, r->error_output_len) &&
         same_opt(e->error_type, r->error_type, r->error_type_len, r->present & PRP_HAS_ERROR_TYPE) &&
         same_opt(e->error_message, r->error_message, r->error_message_len, r->present & PRP_HAS_ERROR_MESSAGE) &&
         same_opt(e->traceback, r->traceback, r->traceback_len, r->present & PRP_HAS_TRACEBACK);
    if (!ok && atomic_fetch_add(&wrong, 1) < 5)
        fprintf(stderr, "WRONG client %d request %d program %d: status %d (want %d) output %.*s\n", client, i,
                (int)(p - programs), r->status, e->status, (int)r->output_len, r->output);
    return ok;
}

/* One broken frame on its own connection; expects the named protocol error (0: none, the
 * client leaves). Returns 1 when the server behaved. */
static int bad_frame(int kind) {
    int fd = prp_connect(sock_path);
    if (fd < 0) return 0;
    unsigned char h[PRP_REQUEST_HEADER];
    prp_request rq;
    memset(&rq, 0, sizeof rq);
    rq.version = PRP_VERSION;
    rq.type = PRP_RUN;
    int want = 0, keep_going = 0;
    switch (kind) {
    case 0: rq.source_len = PRP_DEFAULT_MAX_REQUEST + 1; want = PRP_E_TOO_LARGE; break;
    case 1: rq.source_len = 100; want = PRP_E_TRUNCATED; break;
    case 2: want = PRP_E_BAD_MAGIC; break;
    case 3: rq.version = 9; want = PRP_E_VERSION; break;
    case 4: rq.filename_len = 2; rq.source_len = 1; want = PRP_E_BAD_UTF8; keep_going = 1; break;
    case 5: rq.type = 77; want = PRP_E_BAD_TYPE; keep_going = 1; break;
    case 6: rq.source_len = 1000; want = 0; break;          /* vanishes mid-request */
    default: want = -1; break;                              /* vanishes mid-run */
    }
    prp_request_header_encode(&rq, h);
    if (kind == 2) h[0] = 'X';
    if (kind == 3) prp_put16(h + 4, 9);
    int good = 1;
    if (kind == 7) {
        program spin = { "while True:\n    pass", 0, 0, 0, { 0 } };
        good = send_request(fd, &spin) == 0;
        usleep(2000);
        close(fd);
        return good;
    }
    prp_write_full(fd, h, sizeof h);
    if (kind == 1) { prp_write_full(fd, "0123456789", 10); shutdown(fd, SHUT_WR); }
    if (kind == 4) prp_write_full(fd, "x\xc3(", 3);
    if (kind == 6) { prp_write_full(fd, "abc", 3); close(fd); return 1; }
    prp_response r;
    char *body = NULL;
    good = recv_response(fd, &r, &body) == 0 && r.type == PRP_ERROR && r.status == want;
    if (!good) fprintf(stderr, "bad frame %d: got type %u status %d\n", kind, r.type, r.status);
    free(body);
    if (good && keep_going) {   /* the connection still serves a good request */
        char *b2 = NULL;
        good = send_request(fd, &programs[0]) == 0 && recv_response(fd, &r, &b2) == 0 && check(&programs[0], &r, -1, -1);
        free(b2);
    }
    close(fd);
    return good;
}

typedef struct client_arg { int id, from, to; } client_arg;

static void *client_main(void *arg) {
    client_arg *a = arg;
    int fd = prp_connect(sock_path);
    if (fd < 0) { atomic_fetch_add(&failures, 1); perror("connect"); return NULL; }
    unsigned seed = (unsigned)a->id * 2654435761u + (unsigned)a->from;
    for (int i = a->from; i < a->to; i++) {
        const program *p = i % 1000 == 500 ? &programs[NPROGRAMS - 1] : &programs[rand_r(&seed) % (NPROGRAMS - 1)];
        prp_response r;
        char *body = NULL;
        if (send_request(fd, p) != 0 || recv_response(fd, &r, &body) != 0) {
            atomic_fetch_add(&failures, 1);
            fprintf(stderr, "client %d: connection lost at request %d\n", a->id, i);
            break;
        }
        check(p, &r, a->id, i);
        atomic_fetch_add(&answered, 1);
        free(body);
        if (i % 250 == 125) {
            int kind = (i / 250 + a->id) % 8;
            if (!bad_frame(kind)) atomic_fetch_add(&failures, 1);
            atomic_fetch_add(&bad_frames_sent, 1);
        }
    }
    close(fd);
    return NULL;
}

static long rss_kib(long pid) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%ld/status", pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "VmRSS:", 6)) kib = strtol(line + 6, NULL, 10);
    fclose(f);
    return kib;
}

static void run_phase(int clients, int from, int to) {
    pthread_t t[64];
    client_arg args[64];
    for (int c = 0; c < clients; c++) {
        args[c] = (client_arg){ c, from, to };
        pthread_create(&t[c], NULL, client_main, &args[c]);
    }
    for (int c = 0; c < clients; c++) pthread_join(t[c], NULL);
}

/* A stats field of the daemon, or -1. */
static long long stat_field(const char *name) {
    int fd = prp_connect(sock_path);
    if (fd < 0) return -1;
    prp_request rq;
    memset(&rq, 0, sizeof rq);
    rq.version = PRP_VERSION;
    rq.type = PRP_STATS;
    unsigned char h[PRP_REQUEST_HEADER];
    prp_request_header_encode(&rq, h);
    prp_response r;
    char *body = NULL;
    long long v = -1;
    if (prp_write_full(fd, h, sizeof h) == 0 && recv_response(fd, &r, &body) == 0 && r.type == PRP_STATS) {
        body[r.output_len] = '\0';
        char key[64];
        snprintf(key, sizeof key, "\n%s: ", name);
        const char *at = strstr(body, key);
        if (at) v = strtoll(at + strlen(key), NULL, 10);
    }
    free(body);
    close(fd);
    return v;
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: load_test SOCKET SERVER_PID CLIENTS REQUESTS\n"); return 2; }
    sock_path = argv[1];
    long pid = atol(argv[2]);
    int clients = atoi(argv[3]);
    requests_per_client = atoi(argv[4]);
    if (clients < 1 || clients > 64 || requests_per_client < 10) return 2;

    for (int i = 0; i < NPROGRAMS; i++) {
        pyrust_limits l = { sizeof l, 0, programs[i].max_instructions, programs[i].timeout_ms, programs[i].max_output, NULL };
        pyrust_run_ex(programs[i].source, strlen(programs[i].source), 0, &l, &programs[i].expected);
    }
    long long requests_before = stat_field("requests");
    long long proto_before = stat_field("protocol_errors");

    int warm = requests_per_client / 10;
    run_phase(clients, 0, warm);
    long rss_warm = rss_kib(pid);
    run_phase(clients, warm, requests_per_client);
    long rss_end = rss_kib(pid);

    usleep(200000);   /* the mid-run hang-ups finish being cancelled */
    long long requests = stat_field("requests") - requests_before;
    long long proto = stat_field("protocol_errors") - proto_before;
    long bad = atomic_load(&bad_frames_sent);
    /* Every bad-frame kind is one protocol error but 4 and 5 (their connection then serves
     * one good request) and 7 (a run: counted as a request, not an error). */
    long long want_requests = atomic_load(&answered), want_proto = 0;
    for (int c = 0; c < clients; c++)
        for (int i = 0; i < requests_per_client; i++)
            if (i % 250 == 125) {
                int kind = (i / 250 + c) % 8;
                if (kind == 7) want_requests++;
                else want_proto++;
                if (kind == 4 || kind == 5) want_requests++;
            }
    long rss_margin = rss_warm / 5 + 8192;   /* 20% + 8 MiB */
    int rss_ok = rss_warm > 0 && rss_end > 0 && rss_end <= rss_warm + rss_margin;
    printf("load_test: %d clients x %d requests: %ld answered, %ld wrong, %ld failures, %ld bad frames; "
           "daemon counted %lld requests (want %lld), %lld protocol errors (want %lld); RSS %ld KiB after "
           "warm-up, %ld KiB at end\n",
           clients, requests_per_client, atomic_load(&answered), atomic_load(&wrong), atomic_load(&failures), bad,
           requests, want_requests, proto, want_proto, rss_warm, rss_end);
    int ok = atomic_load(&wrong) == 0 && atomic_load(&failures) == 0 &&
             atomic_load(&answered) == (long)clients * requests_per_client && requests == want_requests &&
             proto == want_proto && rss_ok;
    if (!rss_ok) fprintf(stderr, "load_test: RSS grew past the margin (%ld KiB)\n", rss_margin);
    for (int i = 0; i < NPROGRAMS; i++) pyrust_result_free(&programs[i].expected);
    puts(ok ? "load_test: PASS" : "load_test: FAIL");
    return ok ? 0 : 1;
}
