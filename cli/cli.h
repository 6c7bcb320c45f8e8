/* The `pyrust` command's parts: main.c (command line), run.c (running a program as python3
 * runs a script: output as it is printed, tracebacks, exit status, Ctrl-C) and repl.c (the
 * interactive prompt). */
#ifndef PYRUST_CLI_H
#define PYRUST_CLI_H

#include <stddef.h>
#include "pyrust.h"

typedef struct cli_options {
    int show_time;        /* --time: per-stage timings on stderr after each run */
    int show_stats;       /* --stats: cache statistics on stderr at exit */
    pyrust_limits limits; /* --max-instructions, --timeout, --max-output, --max-depth */
} cli_options;

/* A context set up for the command: the limits (with the Ctrl-C cancel token), output
 * written to fds 1 and 2 as it is printed. NULL when out of memory. */
pyrust_context *cli_context_new(const cli_options *opts);

/* Catches SIGINT: a running program is cancelled (and reported as KeyboardInterrupt). */
void cli_signals_install(void);
/* Non-zero once SIGINT arrived since the last call (which clears it). */
int cli_take_interrupt(void);

/* Runs a program (PYRUST_RUN_SCRIPT or PYRUST_RUN_INTERACTIVE in `flags`), prints its
 * traceback to stderr, and returns the exit status python3 would have:
 * 0, 1 (an uncaught exception, a limit), SystemExit's code, or 130 for Ctrl-C (then
 * *interrupted is set). */
int cli_run(pyrust_context *ctx, const cli_options *opts, const char *source, size_t len,
            unsigned flags, int *interrupted, int *exited);

/* Dies from SIGINT as python3 does after KeyboardInterrupt (the shell sees 130). */
void cli_exit_interrupted(void);

/* Prints cache statistics to stderr (--stats). */
void cli_print_stats(pyrust_context *ctx);

/* The interactive prompt on the context (a session is started; sys.argv is argv). Returns the
 * exit status. */
int cli_repl(pyrust_context *ctx, const cli_options *opts, int show_banner, int argc, char **argv);

#endif
