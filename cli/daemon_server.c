/* `pyrust serve`: the daemon. Threads:
 *   - the main thread accepts connections and watches SIGTERM/SIGINT (a signalfd), blocked in poll();
 *   - one small thread per connection reads frames (blocked in read while the client is idle),
 *     queues each complete request, and writes its response; so an idle or slow client holds
 *     no worker and never blocks another client;
 *   - N workers, each with its own interpreter state (the thread's implicit pyrust context),
 *     take requests from one FIFO and run them under the request's limits.
 * Nothing polls on a timer: an idle server uses no CPU. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* accept4, pipe2, signalfd, MSG_NOSIGNAL, POLLRDHUP */
#endif
#include "daemon.h"
#include "protocol.h"
#include "pyrust.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define LATENCY_SAMPLES 4096
#define SHUTDOWN_GRACE_MS 5000
#define CONNECTION_STACK (256u << 10)
#define SEND_TIMEOUT_S 30   /* a client that stops reading its answers is dropped */

typedef struct server_options {
    const char *socket_path;
    int workers;
    int detach;
    uint64_t max_request;       /* body bytes */
    uint64_t timeout_ms;        /* default and maximum per request; 0 = none */
    uint64_t max_instructions;  /* default and maximum; 0 = none */
    uint64_t max_output;        /* default and maximum; 0 = the library's */
    uint32_t max_depth;         /* default and maximum; 0 = the library's */
    int max_clients;
} server_options;

/* One request between its connection thread and a worker. */
typedef struct job {
    struct job *next;
    prp_request request;
    pyrust_limits limits;
    pyrust_cancel_token cancel;
    pyrust_result result;
    uint32_t run_us;
    int done_fd;                /* eventfd the worker signals when the result is ready */
} job;

typedef struct worker_slot {
    pthread_t thread;
    job *current;               /* under server.lock: for cancellation at shutdown */
} worker_slot;

static struct server {
    server_options opt;
    char path[108];
    dev_t sock_dev;
    ino_t sock_ino;
    struct timespec started;

    pthread_mutex_t lock;
    pthread_cond_t work;        /* a job was queued */
    pthread_cond_t idle;        /* in_flight dropped */
    job *head, *tail;
    worker_slot *workers;
    int in_flight;              /* requests read but not yet answered */
    int connections;            /* open connections */
    atomic_int stopping;

    /* statistics, under lock */
    uint64_t accepted, requests, ok, errors, exits, limited, protocol_errors, refused;
    uint32_t latency[LATENCY_SAMPLES];
    uint64_t latency_count;
} S = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .work = PTHREAD_COND_INITIALIZER,
    .idle = PTHREAD_COND_INITIALIZER,
};

static uint64_t now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000u + (uint64_t)t.tv_nsec / 1000u;
}

/* ---- Running a request -------------------------------------------------------------- */

/* The request's limit within the server's: the server's when the request asks none, else
 * the smaller of the two (0 meaning none on either side). */
static uint64_t clamp_limit(uint64_t asked, uint64_t server_max) {
    if (asked == 0) return server_max;
    if (server_max == 0) return asked;
    return asked < server_max ? asked : server_max;
}

/* Each worker runs requests on its own context (made by the worker thread, used only there):
 * the request's file name and argv become the traceback's `File "..."` and sys.argv, as a
 * local `pyrust FILE args` run has them; compiled programs come from the process-wide shared
 * cache. */
static __thread pyrust_context *worker_context;

static void run_job(job *j) {
    const prp_request *rq = &j->request;
    uint32_t flags = (rq->flags & PRP_FLAG_NOCACHE) ? 0 : PYRUST_RUN_SHARED;
    if (rq->flags & PRP_FLAG_SCRIPT) flags |= PYRUST_RUN_SCRIPT;    /* no echo of the last value */
    if (!worker_context) worker_context = pyrust_context_new(NULL);
    pyrust_context *ctx = worker_context;
    /* argv: argc NUL-terminated strings back to back (checked when the request was read). */
    const char **argv = rq->argc ? calloc(rq->argc, sizeof *argv) : NULL;
    char *filename = rq->filename_len ? strndup(rq->filename, rq->filename_len) : NULL;
    if (!ctx || (rq->argc && !argv) || (rq->filename_len && !filename)) {
        free(argv);
        free(filename);
        pyrust_run_ex(rq->source, rq->source_len, flags & ~PYRUST_RUN_SCRIPT, &j->limits, &j->result);
        return;
    }
    const char *a = rq->argv;
    for (uint32_t i = 0; i < rq->argc; i++) {
        argv[i] = a;
        a += strlen(a) + 1;
    }
    pyrust_context_set_program(ctx, filename, (int)rq->argc, argv);
    pyrust_context_set_limits(ctx, &j->limits);
    pyrust_context_run(ctx, rq->source, rq->source_len, flags, NULL, &j->result);
    free(argv);
    free(filename);
}

static void *worker_main(void *arg) {
    worker_slot *self = arg;
    for (;;) {
        pthread_mutex_lock(&S.lock);
        while (!S.head) pthread_cond_wait(&S.work, &S.lock);
        job *j = S.head;
        S.head = j->next;
        if (!S.head) S.tail = NULL;
        self->current = j;
        pthread_mutex_unlock(&S.lock);

        uint64_t t0 = now_us();
        run_job(j);
        uint64_t dt = now_us() - t0;
        j->run_us = dt > UINT32_MAX ? UINT32_MAX : (uint32_t)dt;

        pthread_mutex_lock(&S.lock);
        self->current = NULL;
        pthread_mutex_unlock(&S.lock);
        uint64_t one = 1;
        while (write(j->done_fd, &one, sizeof one) < 0 && errno == EINTR) {}
    }
    return NULL;
}

/* ---- Statistics --------------------------------------------------------------------- */

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static void record(const job *j, uint64_t latency_us) {
    pthread_mutex_lock(&S.lock);
    S.requests++;
    switch (j->result.status) {
    case PYRUST_OK: S.ok++; break;
    case PYRUST_EXIT: S.exits++; break;
    case PYRUST_LIMIT_EXCEEDED: S.limited++; break;
    default: S.errors++; break;
    }
    S.latency[S.latency_count % LATENCY_SAMPLES] = latency_us > UINT32_MAX ? UINT32_MAX : (uint32_t)latency_us;
    S.latency_count++;
    pthread_mutex_unlock(&S.lock);
}

/* The stats text: "name: value" lines (docs/protocol.md lists them). malloc'd. */
static char *stats_text(size_t *len) {
    static uint32_t sorted[LATENCY_SAMPLES]; /* only under S.lock */
    size_t cap = 2048;
    char *out = malloc(cap);
    if (!out) return NULL;
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    double uptime = (double)(t.tv_sec - S.started.tv_sec) + (double)(t.tv_nsec - S.started.tv_nsec) / 1e9;

    pthread_mutex_lock(&S.lock);
    /* Workers run through the process-wide shared cache: its statistics count every worker. */
    pyrust_cache_stats shared;
    pyrust_shared_cache_stats_get(&shared);
    uint64_t hits = shared.hits, misses = shared.misses, size = shared.size, bytes = shared.bytes,
             capacity = shared.capacity;
    size_t n = S.latency_count < LATENCY_SAMPLES ? (size_t)S.latency_count : LATENCY_SAMPLES;
    memcpy(sorted, S.latency, n * sizeof sorted[0]);
    qsort(sorted, n, sizeof sorted[0], cmp_u32);
    uint32_t p50 = n ? sorted[(n - 1) * 50 / 100] : 0;
    uint32_t p99 = n ? sorted[(n - 1) * 99 / 100] : 0;
    uint32_t pmax = n ? sorted[n - 1] : 0;
    int len_out = snprintf(out, cap,
        "version: %s\n"
        "protocol: %u\n"
        "pid: %ld\n"
        "socket: %s\n"
        "uptime_s: %.1f\n"
        "workers: %d\n"
        "connections_open: %d\n"
        "connections_total: %llu\n"
        "connections_refused: %llu\n"
        "requests: %llu\n"
        "requests_in_flight: %d\n"
        "ok: %llu\n"
        "errors: %llu\n"
        "system_exits: %llu\n"
        "limit_exceeded: %llu\n"
        "protocol_errors: %llu\n"
        "cache_hits: %llu\n"
        "cache_misses: %llu\n"
        "cache_hit_rate: %.3f\n"
        "cache_size: %llu\n"
        "cache_capacity: %llu\n"
        "cache_bytes: %llu\n"
        "latency_samples: %zu\n"
        "latency_p50_us: %u\n"
        "latency_p99_us: %u\n"
        "latency_max_us: %u\n",
        pyrust_version(), PRP_VERSION, (long)getpid(), S.path, uptime, S.opt.workers,
        S.connections, (unsigned long long)S.accepted, (unsigned long long)S.refused,
        (unsigned long long)S.requests, S.in_flight, (unsigned long long)S.ok,
        (unsigned long long)S.errors, (unsigned long long)S.exits,
        (unsigned long long)S.limited, (unsigned long long)S.protocol_errors,
        (unsigned long long)hits, (unsigned long long)misses,
        hits + misses ? (double)hits / (double)(hits + misses) : 0.0,
        (unsigned long long)size, (unsigned long long)capacity, (unsigned long long)bytes,
        n, p50, p99, pmax);
    pthread_mutex_unlock(&S.lock);
    if (len_out < 0) len_out = 0;
    if ((size_t)len_out >= cap) len_out = (int)cap - 1;
    *len = (size_t)len_out;
    return out;
}

/* ---- Connections -------------------------------------------------------------------- */

static int send_protocol_error(int fd, int code, const char *message) {
    pthread_mutex_lock(&S.lock);
    S.protocol_errors++;
    pthread_mutex_unlock(&S.lock);
    prp_response r;
    memset(&r, 0, sizeof r);
    r.type = PRP_ERROR;
    r.status = code;
    r.present = PRP_HAS_ERROR_TYPE | PRP_HAS_ERROR_MESSAGE;
    r.error_type = "ProtocolError";
    r.error_type_len = 13;
    r.error_message = message;
    r.error_message_len = (uint32_t)strlen(message);
    return prp_send_response(fd, &r);
}

static int send_stats(int fd) {
    size_t len = 0;
    char *text = stats_text(&len);
    prp_response r;
    memset(&r, 0, sizeof r);
    r.type = PRP_STATS;
    r.output = text ? text : "";
    r.output_len = (uint32_t)len;
    int rc = prp_send_response(fd, &r);
    free(text);
    return rc;
}

static uint32_t len32(size_t n) { return n > UINT32_MAX ? UINT32_MAX : (uint32_t)n; }

static int send_result(int fd, const job *j) {
    const pyrust_result *res = &j->result;
    prp_response r;
    memset(&r, 0, sizeof r);
    r.type = PRP_RUN;
    r.status = res->status;
    r.error_line = res->error_line;
    r.error_col = res->error_col;
    r.exit_code = res->exit_code;
    r.run_us = j->run_us;
    r.output = res->output ? res->output : "";
    r.output_len = res->output ? len32(res->output_len) : 0;
    r.error_output = res->error_output ? res->error_output : "";
    r.error_output_len = res->error_output ? len32(res->error_output_len) : 0;
    if (res->error_type) { r.present |= PRP_HAS_ERROR_TYPE; r.error_type = res->error_type; r.error_type_len = len32(strlen(res->error_type)); }
    if (res->error_message) { r.present |= PRP_HAS_ERROR_MESSAGE; r.error_message = res->error_message; r.error_message_len = len32(strlen(res->error_message)); }
    if (res->traceback) { r.present |= PRP_HAS_TRACEBACK; r.traceback = res->traceback; r.traceback_len = len32(strlen(res->traceback)); }
    return prp_send_response(fd, &r);
}

/* Queues j and waits for its result. A client that hangs up meanwhile cancels its run. */
static void run_and_wait(int client, job *j) {
    pthread_mutex_lock(&S.lock);
    j->next = NULL;
    if (S.tail) S.tail->next = j; else S.head = j;
    S.tail = j;
    pthread_cond_signal(&S.work);
    pthread_mutex_unlock(&S.lock);

    struct pollfd fds[2] = { { j->done_fd, POLLIN, 0 }, { client, POLLRDHUP, 0 } };
    int nfds = 2;
    for (;;) {
        int k = poll(fds, (nfds_t)nfds, -1);
        if (k < 0) { if (errno == EINTR) continue; break; }
        if (fds[0].revents & POLLIN) break;
        if (nfds == 2 && fds[1].revents) {
            /* Fully gone (POLLHUP/POLLERR): nobody wants the result. A half-close (only
             * POLLRDHUP: the client shut down its sending side) still reads it. */
            if (fds[1].revents & (POLLHUP | POLLERR)) pyrust_cancel(&j->cancel);
            nfds = 1;
        }
    }
    uint64_t count;
    while (read(j->done_fd, &count, sizeof count) < 0 && errno == EINTR) {}
}

static void finish_request(void) {
    pthread_mutex_lock(&S.lock);
    S.in_flight--;
    if (S.in_flight == 0) pthread_cond_broadcast(&S.idle);
    pthread_mutex_unlock(&S.lock);
}

/* Serves one connection until it closes or sends something unreadable. */
static void serve_connection(int fd) {
    int done_fd = eventfd(0, EFD_CLOEXEC);
    if (done_fd < 0) { send_protocol_error(fd, PRP_E_BUSY, "server out of resources"); return; }
    char message[200];
    for (;;) {
        unsigned char header[PRP_REQUEST_HEADER];
        long got = prp_read_full(fd, header, sizeof header);
        if (got == 0) break;                   /* clean end between frames */
        if (got < 0) break;
        if (got < (long)sizeof header) {
            snprintf(message, sizeof message, "truncated request header: %ld of %u bytes", got, PRP_REQUEST_HEADER);
            send_protocol_error(fd, PRP_E_TRUNCATED, message);
            break;
        }
        prp_request rq;
        uint64_t body_len = 0;
        int err = prp_request_header_decode(header, &rq, &body_len);
        if (err == PRP_E_BAD_MAGIC) { send_protocol_error(fd, err, "bad magic: not a pyrust request"); break; }
        if (err == PRP_E_VERSION) {
            snprintf(message, sizeof message, "unsupported protocol version %u (this server speaks %u)",
                     rq.version, PRP_VERSION);
            send_protocol_error(fd, err, message);
            break;
        }
        if (body_len > S.opt.max_request) {
            snprintf(message, sizeof message, "request of %llu bytes is over the server's limit of %llu bytes",
                     (unsigned long long)body_len, (unsigned long long)S.opt.max_request);
            send_protocol_error(fd, PRP_E_TOO_LARGE, message);
            break;   /* its body would have to be drained: drop the connection instead */
        }
        char *body = malloc((size_t)body_len + 1);
        if (!body) { send_protocol_error(fd, PRP_E_BUSY, "server out of memory"); break; }
        got = prp_read_full(fd, body, (size_t)body_len);
        if (got != (long)body_len) {
            if (got >= 0) {
                snprintf(message, sizeof message, "truncated request body: %ld of %llu bytes", got,
                         (unsigned long long)body_len);
                send_protocol_error(fd, PRP_E_TRUNCATED, message);
            }
            free(body);
            break;
        }
        body[body_len] = '\0';
        if (rq.type == PRP_STATS) {
            free(body);
            if (send_stats(fd) != 0) break;
            continue;
        }
        if (rq.type != PRP_RUN) {
            free(body);
            snprintf(message, sizeof message, "unknown request type %u", rq.type);
            if (send_protocol_error(fd, PRP_E_BAD_TYPE, message) != 0) break;
            continue;
        }
        const char *why = NULL;
        err = prp_request_body_bind(&rq, body, &why);
        if (!err && (rq.flags & ~PRP_FLAGS_KNOWN)) { err = PRP_E_BAD_FIELD; why = "unknown request flags"; }
        if (err) {
            free(body);
            if (send_protocol_error(fd, err, why) != 0) break;
            continue;
        }
        pthread_mutex_lock(&S.lock);
        int stopping = atomic_load(&S.stopping);
        if (!stopping) S.in_flight++;
        pthread_mutex_unlock(&S.lock);
        if (stopping) {
            free(body);
            send_protocol_error(fd, PRP_E_SHUTDOWN, "the server is shutting down");
            break;
        }

        uint64_t t0 = now_us();
        job j;
        memset(&j, 0, sizeof j);
        j.request = rq;
        j.done_fd = done_fd;
        j.limits.size = sizeof j.limits;
        j.limits.max_depth = (uint32_t)clamp_limit(rq.max_depth, S.opt.max_depth);
        j.limits.max_instructions = clamp_limit(rq.max_instructions, S.opt.max_instructions);
        j.limits.timeout_ms = clamp_limit(rq.timeout_ms, S.opt.timeout_ms);
        j.limits.max_output = clamp_limit(rq.max_output, S.opt.max_output);
        j.limits.cancel = &j.cancel;
        run_and_wait(fd, &j);
        record(&j, now_us() - t0);
        int rc = send_result(fd, &j);
        pyrust_result_free(&j.result);
        free(body);
        finish_request();
        if (rc != 0) break;
    }
    close(done_fd);
}

static void *connection_main(void *arg) {
    int fd = (int)(intptr_t)arg;
    serve_connection(fd);
    close(fd);
    pthread_mutex_lock(&S.lock);
    S.connections--;
    pthread_mutex_unlock(&S.lock);
    return NULL;
}

static void accept_one(int listen_fd, pthread_attr_t *attr) {
    int fd = accept4(listen_fd, NULL, NULL, SOCK_CLOEXEC);
    if (fd < 0) {
        /* Out of descriptors: the pending connection stays readable, so back off instead
         * of spinning on poll() until one is freed. */
        if (errno == EMFILE || errno == ENFILE || errno == ENOMEM || errno == ENOBUFS) usleep(20000);
        return;
    }
    struct timeval send_timeout = { SEND_TIMEOUT_S, 0 };
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &send_timeout, sizeof send_timeout);
    pthread_mutex_lock(&S.lock);
    int full = S.connections >= S.opt.max_clients;
    if (!full) { S.connections++; S.accepted++; } else S.refused++;
    pthread_mutex_unlock(&S.lock);
    if (full) {
        send_protocol_error(fd, PRP_E_BUSY, "too many connections");
        close(fd);
        return;
    }
    pthread_t t;
    if (pthread_create(&t, attr, connection_main, (void *)(intptr_t)fd) != 0) {
        pthread_mutex_lock(&S.lock);
        S.connections--;
        S.accepted--;
        S.refused++;
        pthread_mutex_unlock(&S.lock);
        send_protocol_error(fd, PRP_E_BUSY, "server out of threads");
        close(fd);
    }
}

/* ---- Start-up and shutdown ---------------------------------------------------------- */

static void usage(FILE *to) {
    fputs("usage: pyrust serve [--socket PATH] [--workers N] [--detach] [--max-request BYTES]\n"
          "                    [--timeout MS] [--max-instructions N] [--max-output BYTES]\n"
          "                    [--max-depth N] [--max-clients N]\n"
          "  --socket PATH        Unix socket (default $XDG_RUNTIME_DIR/pyrust.sock, else\n"
          "                       /tmp/pyrust-<uid>/pyrust.sock)\n"
          "  --workers N          interpreter threads (default: the number of cores)\n"
          "  --detach             run in the background; return once the socket accepts connections\n"
          "  --max-request BYTES  largest request body (default 16 MiB)\n"
          "  --timeout MS         per-request wall-clock limit, default and maximum (default 10000; 0 none)\n"
          "  --max-instructions N per-request instruction limit, default and maximum (default none)\n"
          "  --max-output BYTES   per-request output limit, default and maximum (default 64 MiB)\n"
          "  --max-depth N        per-request Python call depth, default and maximum (default 1000)\n"
          "  --max-clients N      open connections at once (default 1024)\n", to);
}

static int parse_u64(const char *text, uint64_t *out) {
    if (!text || !*text) return -1;
    uint64_t v = 0;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9') return -1;
        if (v > (UINT64_MAX - 9) / 10) return -1;
        v = v * 10 + (uint64_t)(*p - '0');
    }
    *out = v;
    return 0;
}

static int parse_args(int argc, char **argv, server_options *o) {
    memset(o, 0, sizeof *o);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o->workers = cores > 0 ? (int)(cores > 256 ? 256 : cores) : 1;
    o->max_request = PRP_DEFAULT_MAX_REQUEST;
    o->timeout_ms = 10000;
    o->max_output = 64u << 20;
    o->max_clients = 1024;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        uint64_t n = 0;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return 1; }
        if (!strcmp(a, "--detach")) { o->detach = 1; continue; }
        static const char *const valued[] = { "--socket", "--workers", "--max-request", "--timeout",
                                              "--max-instructions", "--max-output", "--max-depth",
                                              "--max-clients" };
        int known = 0;
        for (size_t k = 0; k < sizeof valued / sizeof valued[0]; k++) known |= !strcmp(a, valued[k]);
        if (!known) {
            fprintf(stderr, "pyrust serve: unknown option %s\n", a);
            usage(stderr);
            return -1;
        }
        if (!v) { fprintf(stderr, "pyrust serve: %s needs a value\n", a); return -1; }
        i++;
        if (!strcmp(a, "--socket")) { o->socket_path = v; continue; }
        if (parse_u64(v, &n) != 0) { fprintf(stderr, "pyrust serve: %s: not a number: %s\n", a, v); return -1; }
        if (!strcmp(a, "--workers")) {
            if (n < 1 || n > 256) { fprintf(stderr, "pyrust serve: --workers must be 1 to 256\n"); return -1; }
            o->workers = (int)n;
        } else if (!strcmp(a, "--max-request")) {
            if (n < 1 || n > UINT32_MAX) { fprintf(stderr, "pyrust serve: --max-request must be 1 to 4294967295\n"); return -1; }
            o->max_request = n;
        } else if (!strcmp(a, "--timeout")) o->timeout_ms = n;
        else if (!strcmp(a, "--max-instructions")) o->max_instructions = n;
        else if (!strcmp(a, "--max-output")) o->max_output = n;
        else if (!strcmp(a, "--max-depth")) {
            if (n > 1000) n = 1000;
            o->max_depth = (uint32_t)n;
        } else if (!strcmp(a, "--max-clients")) {
            if (n < 1 || n > 100000) { fprintf(stderr, "pyrust serve: --max-clients must be 1 to 100000\n"); return -1; }
            o->max_clients = (int)n;
        } else {
            fprintf(stderr, "pyrust serve: unknown option %s\n", a);
            usage(stderr);
            return -1;
        }
    }
    return 0;
}

/* Refuses a live daemon; removes a stale socket. Returns 0 to go on, or an exit status. */
static int clear_the_way(const char *path) {
    struct stat st;
    if (lstat(path, &st) != 0) return 0;
    if (!S_ISSOCK(st.st_mode)) {
        fprintf(stderr, "pyrust serve: %s exists and is not a socket; not touching it\n", path);
        return 1;
    }
    int fd = prp_connect(path);
    if (fd >= 0) {
        close(fd);
        fprintf(stderr, "pyrust serve: a daemon is already listening on %s\n", path);
        return 1;
    }
    if (errno != ECONNREFUSED) {
        fprintf(stderr, "pyrust serve: cannot check %s: %s\n", path, strerror(errno));
        return 1;
    }
    if (unlink(path) != 0 && errno != ENOENT) {
        fprintf(stderr, "pyrust serve: cannot remove the stale socket %s: %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

static int listen_on(const char *path, char *why, size_t why_size) {
    struct sockaddr_un addr;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof addr.sun_path) { snprintf(why, why_size, "socket path too long: %s", path); return -1; }
    strcpy(addr.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) { snprintf(why, why_size, "socket: %s", strerror(errno)); return -1; }
    mode_t old = umask(0177);   /* the socket file is born 0600 */
    int rc = bind(fd, (struct sockaddr *)&addr, sizeof addr);
    int saved = errno;
    umask(old);
    if (rc != 0) {
        if (saved == EADDRINUSE) snprintf(why, why_size, "a daemon is already listening on %s", path);
        else snprintf(why, why_size, "cannot bind %s: %s", path, strerror(saved));
        close(fd);
        return -1;
    }
    struct stat st;
    if (chmod(path, 0600) != 0 || lstat(path, &st) != 0 || listen(fd, 128) != 0) {
        snprintf(why, why_size, "cannot listen on %s: %s", path, strerror(errno));
        unlink(path);
        close(fd);
        return -1;
    }
    S.sock_dev = st.st_dev;
    S.sock_ino = st.st_ino;
    return fd;
}

/* Removes the socket file if it is still the one we bound. */
static void remove_socket(void) {
    struct stat st;
    if (lstat(S.path, &st) == 0 && st.st_dev == S.sock_dev && st.st_ino == S.sock_ino) unlink(S.path);
}

/* Waits for in-flight requests, up to the grace period; then cancels what still runs. */
static void drain(void) {
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += SHUTDOWN_GRACE_MS / 1000;
    pthread_mutex_lock(&S.lock);
    while (S.in_flight > 0) {
        if (pthread_cond_timedwait(&S.idle, &S.lock, &deadline) == ETIMEDOUT) break;
    }
    if (S.in_flight > 0) {
        for (job *j = S.head; j; j = j->next) pyrust_cancel(&j->cancel);
        for (int i = 0; i < S.opt.workers; i++)
            if (S.workers[i].current) pyrust_cancel(&S.workers[i].current->cancel);
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_sec += 1;
        while (S.in_flight > 0) {
            if (pthread_cond_timedwait(&S.idle, &S.lock, &deadline) == ETIMEDOUT) break;
        }
    }
    pthread_mutex_unlock(&S.lock);
}

static void tell_parent(int fd, const char *text) {
    if (fd < 0) return;
    size_t n = strlen(text);
    while (n > 0) {
        ssize_t k = write(fd, text, n);
        if (k < 0) { if (errno == EINTR) continue; break; }
        text += k;
        n -= (size_t)k;
    }
    close(fd);
}

/* --detach: the parent waits for the child's word on a pipe ("R" when listening, else the
 * error text) and returns 0 only when it is listening. Returns -1 in the child. */
static int detach(int *ready_fd) {
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) { perror("pyrust serve: pipe"); return 1; }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) { perror("pyrust serve: fork"); return 1; }
    if (pid == 0) {
        close(p[0]);
        setsid();
        if (chdir("/") != 0) { /* stays where it is: harmless */ }
        *ready_fd = p[1];
        return -1;
    }
    close(p[1]);
    char buf[512];
    size_t got = 0;
    for (;;) {
        ssize_t k = read(p[0], buf + got, sizeof buf - 1 - got);
        if (k > 0) { got += (size_t)k; if (got == sizeof buf - 1) break; continue; }
        if (k < 0 && errno == EINTR) continue;
        break;
    }
    close(p[0]);
    buf[got] = '\0';
    if (got > 0 && buf[0] == 'R') {
        printf("pyrust: daemon %s\n", buf + 1);
        return 0;
    }
    fprintf(stderr, "pyrust serve: %s\n", got ? buf : "the daemon exited before it was ready");
    return 1;
}

static void quiet_stdio(void) {
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null < 0) return;
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    if (null > 2) close(null);
}

int pyrust_cli_serve(int argc, char **argv) {
    int rc = parse_args(argc, argv, &S.opt);
    if (rc != 0) return rc < 0 ? 2 : 0;

    const char *why = NULL;
    if (S.opt.socket_path) {
        /* Made absolute: a detached daemon leaves the current directory. */
        char cwd[4096];
        int n = S.opt.socket_path[0] == '/' || !getcwd(cwd, sizeof cwd)
            ? snprintf(S.path, sizeof S.path, "%s", S.opt.socket_path)
            : snprintf(S.path, sizeof S.path, "%s/%s", cwd, S.opt.socket_path);
        if (n < 0 || (size_t)n >= sizeof S.path) {
            fprintf(stderr, "pyrust serve: socket path too long (at most %zu bytes): %s\n", sizeof S.path - 1,
                    S.opt.socket_path);
            return 2;
        }
    } else if (prp_default_socket_path(S.path, sizeof S.path, 1, &why) != 0) {
        fprintf(stderr, "pyrust serve: %s\n", why);
        return 1;
    }
    rc = clear_the_way(S.path);
    if (rc != 0) return rc;

    /* Each connection takes two descriptors (its socket and an eventfd): raise the soft
     * limit as far as allowed and keep --max-clients within it. */
    struct rlimit files;
    if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
        if (files.rlim_cur < files.rlim_max) {
            files.rlim_cur = files.rlim_max;
            setrlimit(RLIMIT_NOFILE, &files);
            getrlimit(RLIMIT_NOFILE, &files);
        }
        if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < (rlim_t)S.opt.max_clients * 2 + 64) {
            long fit = ((long)files.rlim_cur - 64) / 2;
            S.opt.max_clients = fit > 1 ? (int)fit : 1;
        }
    }

    int ready_fd = -1;
    if (S.opt.detach) {
        rc = detach(&ready_fd);
        if (rc >= 0) return rc;
    }

    /* SIGTERM/SIGINT arrive through a signalfd (blocked here, inherited by every thread). */
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    pthread_sigmask(SIG_BLOCK, &mask, NULL);
    signal(SIGPIPE, SIG_IGN);
    int sig_fd = signalfd(-1, &mask, SFD_CLOEXEC);

    char err[300];
    int listen_fd = sig_fd < 0 ? -1 : listen_on(S.path, err, sizeof err);
    if (sig_fd < 0) snprintf(err, sizeof err, "signalfd: %s", strerror(errno));
    if (listen_fd < 0) {
        if (ready_fd >= 0) { tell_parent(ready_fd, err); _exit(1); }
        fprintf(stderr, "pyrust serve: %s\n", err);
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &S.started);

    S.workers = calloc((size_t)S.opt.workers, sizeof *S.workers);
    int started = 0;
    for (int i = 0; S.workers && i < S.opt.workers; i++)
        if (pthread_create(&S.workers[i].thread, NULL, worker_main, &S.workers[i]) == 0) started++;
    if (started < S.opt.workers) {
        snprintf(err, sizeof err, "could not start %d worker threads", S.opt.workers);
        remove_socket();
        if (ready_fd >= 0) { tell_parent(ready_fd, err); _exit(1); }
        fprintf(stderr, "pyrust serve: %s\n", err);
        _exit(1);
    }

    char ready[300];
    snprintf(ready, sizeof ready, "listening on %s (pid %ld, %d workers)", S.path, (long)getpid(), S.opt.workers);
    if (ready_fd >= 0) {
        char msg[310];
        snprintf(msg, sizeof msg, "R%s", ready);
        quiet_stdio();
        tell_parent(ready_fd, msg);
    } else {
        fprintf(stderr, "pyrust: %s\n", ready);
    }

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, CONNECTION_STACK);

    struct pollfd fds[2] = { { listen_fd, POLLIN, 0 }, { sig_fd, POLLIN, 0 } };
    for (;;) {
        int k = poll(fds, 2, -1);
        if (k < 0) { if (errno == EINTR) continue; break; }
        if (fds[1].revents) break;
        if (fds[0].revents & POLLIN) accept_one(listen_fd, &attr);
    }

    /* Shutdown: no new connections, answer what is in flight, remove the socket, exit 0. */
    atomic_store(&S.stopping, 1);
    close(listen_fd);
    remove_socket();
    drain();
    if (ready_fd < 0) fprintf(stderr, "pyrust: daemon on %s stopped\n", S.path);
    fflush(NULL);
    /* Workers and connection threads are still parked in the library or in read(): end the
     * process without running exit-time destructors under them. */
    _exit(0);
}
