/* Running a program as `python3` runs a script: output written as it is printed (the
 * library's output callback), the traceback on stderr, the exit status, Ctrl-C. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* Set by the SIGINT handler; the library stops a run using it within ~0.1 ms of Python code. */
static pyrust_cancel_token cancel_token;
static volatile sig_atomic_t interrupt_seen;

static void on_sigint(int sig) {
    (void)sig;
    interrupt_seen = 1;
    pyrust_cancel(&cancel_token);
}

void cli_signals_install(void) {
    /* As python3: a SIGINT ignored by whoever started us (nohup, a background job of a shell
     * without job control) stays ignored, and Ctrl-C then does nothing. */
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;               /* no SA_RESTART: the prompt's select() must wake up */
    sigaction(SIGINT, &sa, NULL);
}

int cli_take_interrupt(void) {
    int seen = interrupt_seen;
    interrupt_seen = 0;
    return seen;
}

void cli_exit_interrupted(void) {
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
    _exit(130);
}

static void write_all(int fd, const char *data, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;              /* a closed pipe: python3 would fail too; nothing to do */
        }
        data += n;
        len -= (size_t)n;
    }
}

/* Each chunk goes out at once, unbuffered: a script that prints and then works (or sleeps)
 * shows its output while it runs. */
static void on_output(void *userdata, int stream, const char *data, size_t len) {
    (void)userdata;
    write_all(stream == 2 ? 2 : 1, data, len);
}

pyrust_context *cli_context_new(const cli_options *opts) {
    pyrust_options o;
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    o.limits = opts->limits;
    o.limits.size = sizeof o.limits;
    o.limits.cancel = &cancel_token;
    pyrust_context *ctx = pyrust_context_new(&o);
    if (ctx) pyrust_context_set_output(ctx, on_output, NULL);
    return ctx;
}

/* A run Ctrl-C cancelled: its traceback ends "LimitExceeded: run cancelled by the host";
 * python3 says KeyboardInterrupt there. */
static void print_interrupt_traceback(const char *tb) {
    const char *marker = "LimitExceeded: run cancelled by the host\n";
    const char *at = tb ? strstr(tb, marker) : NULL;
    if (at) write_all(2, tb, (size_t)(at - tb));
    else write_all(2, "Traceback (most recent call last):\n", 35);
    write_all(2, "KeyboardInterrupt\n", 18);
}

static double ms(uint64_t ns) { return (double)ns / 1e6; }

int cli_run(pyrust_context *ctx, const cli_options *opts, const char *source, size_t len,
            unsigned flags, int *interrupted, int *exited) {
    pyrust_result r;
    cancel_token.requested = 0;
    cli_take_interrupt();
    int status = pyrust_context_run(ctx, source, len, flags, NULL, &r);
    int code = 0;
    *interrupted = 0;
    *exited = 0;
    /* Output the callback did not take (none, normally). */
    if (r.output_len) write_all(1, r.output, r.output_len);
    if (r.error_output_len) write_all(2, r.error_output, r.error_output_len);
    switch (status) {
    case PYRUST_OK:
        break;
    case PYRUST_EXIT:
        code = r.exit_code;
        *exited = 1;
        break;
    case PYRUST_LIMIT_EXCEEDED:
        if (cancel_token.requested && cli_take_interrupt()) {
            print_interrupt_traceback(r.traceback);
            *interrupted = 1;
            code = 130;
            break;
        }
        /* another limit is reported as an error */
        /* fall through */
    default:
        if (r.traceback) write_all(2, r.traceback, strlen(r.traceback));
        code = 1;
        break;
    }
    cancel_token.requested = 0;
    pyrust_result_free(&r);
    if (opts->show_time) {
        pyrust_timings t;
        memset(&t, 0, sizeof t);
        t.size = sizeof t;
        if (pyrust_context_timings(ctx, &t) == 0)
            fprintf(stderr, "pyrust --time: lex+parse %.3f ms, compile %.3f ms, run %.3f ms\n",
                    ms(t.parse_ns), ms(t.compile_ns), ms(t.run_ns));
    }
    return code;
}

void cli_print_stats(pyrust_context *ctx) {
    pyrust_cache_stats s;
    pyrust_context_cache_stats(ctx, &s);
    fprintf(stderr,
            "pyrust --stats: compile cache: %" PRIu64 " hits, %" PRIu64 " misses, %" PRIu64 " inserts, %"
            PRIu64 " evictions, %" PRIu64 "/%" PRIu64 " entries, %" PRIu64 " bytes, hit rate %.2f\n",
            s.hits, s.misses, s.inserts, s.evictions, s.size, s.capacity, s.bytes, s.hit_rate);
}
