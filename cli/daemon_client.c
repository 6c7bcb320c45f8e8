/* `pyrust --connect` and `pyrust stats`: the daemon's clients. A program the daemon could not
 * run is reported, never re-run locally. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* accept4, pipe2, signalfd, MSG_NOSIGNAL, POLLRDHUP */
#endif
#include "daemon.h"
#include "protocol.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The socket to use: the given path, or the per-user default. */
static int socket_path(const char *given, char *out, size_t size, const char *who) {
    if (given) {
        if (strlen(given) >= size) { fprintf(stderr, "pyrust%s: socket path too long: %s\n", who, given); return -1; }
        strcpy(out, given);
        return 0;
    }
    const char *why = NULL;
    if (prp_default_socket_path(out, size, 0, &why) != 0) {
        fprintf(stderr, "pyrust%s: %s\n", who, why);
        return -1;
    }
    return 0;
}

static int open_daemon(const char *path, const char *who) {
    int fd = prp_connect(path);
    if (fd >= 0) return fd;
    if (errno == ENOENT || errno == ECONNREFUSED || errno == ENOTDIR)
        fprintf(stderr, "pyrust%s: no daemon listening on %s (start one with `pyrust serve`)\n", who, path);
    else
        fprintf(stderr, "pyrust%s: cannot connect to %s: %s\n", who, path, strerror(errno));
    return -1;
}

/* Reads one response; its body is malloc'd into *body. Returns 0, or -1 after saying why. */
static int read_response(int fd, prp_response *r, char **body, const char *who) {
    unsigned char header[PRP_RESPONSE_HEADER];
    *body = NULL;
    long got = prp_read_full(fd, header, sizeof header);
    if (got != (long)sizeof header) {
        fprintf(stderr, "pyrust%s: the daemon closed the connection without answering\n", who);
        return -1;
    }
    uint64_t body_len = 0;
    if (prp_response_header_decode(header, r, &body_len) != 0) {
        fprintf(stderr, "pyrust%s: the daemon answered in an unknown protocol (version %u)\n", who, r->version);
        return -1;
    }
    if (body_len > SIZE_MAX - 1 || !(*body = malloc((size_t)body_len + 1))) {
        fprintf(stderr, "pyrust%s: response too large (%llu bytes)\n", who, (unsigned long long)body_len);
        return -1;
    }
    if (prp_read_full(fd, *body, (size_t)body_len) != (long)body_len) {
        fprintf(stderr, "pyrust%s: the daemon's answer was cut short\n", who);
        free(*body);
        *body = NULL;
        return -1;
    }
    (*body)[body_len] = '\0';
    prp_response_body_bind(r, *body);
    return 0;
}

/* A limit from the same environment variable a local run reads (unset or invalid: 0). */
static uint64_t env_limit(const char *name) {
    const char *v = getenv(name);
    if (!v || !*v) return 0;
    uint64_t n = 0;
    for (const char *p = v; *p; p++) {
        if (*p < '0' || *p > '9' || n > (UINT64_MAX - 9) / 10) return 0;
        n = n * 10 + (uint64_t)(*p - '0');
    }
    return n;
}

static void put(FILE *to, const char *text, size_t n) {
    if (n) fwrite(text, 1, n, to);
}

int pyrust_cli_connect(const pyrust_cli_request *request) {
    const char *who = " --connect";
    char path[108];
    if (!request || (!request->source && request->source_len)) {
        fprintf(stderr, "pyrust --connect: no program\n");
        return 2;
    }
    if (socket_path(request->socket_path, path, sizeof path, who) != 0) return 2;

    const char *filename = request->filename ? request->filename : "<string>";
    size_t filename_len = strlen(filename);
    size_t argv_len = 0;
    for (int i = 0; i < request->argc; i++) argv_len += strlen(request->argv[i]) + 1;
    if (request->source_len > UINT32_MAX || filename_len > UINT32_MAX || argv_len > UINT32_MAX ||
        request->argc < 0) {
        fprintf(stderr, "pyrust --connect: the program is too large to send\n");
        return 2;
    }

    int fd = open_daemon(path, who);
    if (fd < 0) return 2;

    prp_request rq;
    memset(&rq, 0, sizeof rq);
    rq.version = PRP_VERSION;
    rq.type = PRP_RUN;
    rq.flags = PRP_FLAG_SCRIPT;
    rq.max_instructions = env_limit("PYRUST_MAX_INSTRUCTIONS");
    rq.timeout_ms = env_limit("PYRUST_TIMEOUT_MS");
    rq.max_output = env_limit("PYRUST_MAX_OUTPUT");
    uint64_t depth = env_limit("PYRUST_MAX_DEPTH");
    rq.max_depth = depth > 1000 ? 1000 : (uint32_t)depth;
    rq.source_len = (uint32_t)request->source_len;
    rq.filename_len = (uint32_t)filename_len;
    rq.argv_len = (uint32_t)argv_len;
    rq.argc = (uint32_t)request->argc;
    unsigned char header[PRP_REQUEST_HEADER];
    prp_request_header_encode(&rq, header);

    /* A failed send (the daemon refused a too-large request and closed) still has its
     * answer waiting to be read. */
    int sent = prp_write_full(fd, header, sizeof header) == 0 &&
               prp_write_full(fd, request->source ? request->source : "", request->source_len) == 0 &&
               prp_write_full(fd, filename, filename_len) == 0;
    for (int i = 0; sent && i < request->argc; i++)
        sent = prp_write_full(fd, request->argv[i], strlen(request->argv[i]) + 1) == 0;
    (void)sent;

    prp_response r;
    char *body = NULL;
    if (read_response(fd, &r, &body, who) != 0) { close(fd); return 2; }
    close(fd);

    int status;
    if (r.type == PRP_ERROR) {
        fprintf(stderr, "pyrust --connect: the daemon refused the request: %.*s\n",
                (int)r.error_message_len, r.error_message);
        status = 2;
    } else if (r.type != PRP_RUN) {
        fprintf(stderr, "pyrust --connect: unexpected answer type %u from the daemon\n", r.type);
        status = 2;
    } else {
        put(stdout, r.output, r.output_len);
        fflush(stdout);
        put(stderr, r.error_output, r.error_output_len);
        switch (r.status) {
        case 0: status = 0; break;                     /* PYRUST_OK */
        case 4: status = r.exit_code; break;           /* PYRUST_EXIT */
        case 1: case 3:                                /* PYRUST_ERROR, PYRUST_LIMIT_EXCEEDED */
            put(stderr, r.traceback, r.traceback_len);
            status = 1;
            break;
        default:
            fprintf(stderr, "pyrust --connect: %.*s: %.*s\n", (int)r.error_type_len, r.error_type,
                    (int)r.error_message_len, r.error_message);
            status = 2;
        }
        fflush(stderr);
    }
    free(body);
    return status;
}

int pyrust_cli_stats(int argc, char **argv) {
    const char *given = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--socket") && i + 1 < argc) given = argv[++i];
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            puts("usage: pyrust stats [--socket PATH]\n"
                 "  prints the daemon's uptime, requests, errors, cache hit rate and size, latency p50/p99");
            return 0;
        } else {
            fprintf(stderr, "pyrust stats: unknown option %s\nusage: pyrust stats [--socket PATH]\n", argv[i]);
            return 2;
        }
    }
    char path[108];
    if (socket_path(given, path, sizeof path, " stats") != 0) return 2;
    int fd = open_daemon(path, " stats");
    if (fd < 0) return 2;
    prp_request rq;
    memset(&rq, 0, sizeof rq);
    rq.version = PRP_VERSION;
    rq.type = PRP_STATS;
    unsigned char header[PRP_REQUEST_HEADER];
    prp_request_header_encode(&rq, header);
    (void)prp_write_full(fd, header, sizeof header);
    prp_response r;
    char *body = NULL;
    int rc = read_response(fd, &r, &body, " stats");
    close(fd);
    if (rc != 0) return 2;
    if (r.type != PRP_STATS) {
        fprintf(stderr, "pyrust stats: the daemon refused: %.*s\n", (int)r.error_message_len, r.error_message);
        free(body);
        return 2;
    }
    put(stdout, r.output, r.output_len);
    free(body);
    return 0;
}
