/* The daemon half of the `pyrust` command: `pyrust serve`, `pyrust stats` and
 * `pyrust --connect`. cli/main.c parses the command line and calls these; each returns the
 * process exit status. */
#ifndef PYRUST_CLI_DAEMON_H
#define PYRUST_CLI_DAEMON_H

#include <stddef.h>

/* `pyrust serve [--socket PATH] [--workers N] [--detach] [...]`: argv[0] is "serve". */
int pyrust_cli_serve(int argc, char **argv);

/* `pyrust stats [--socket PATH]`: argv[0] is "stats". */
int pyrust_cli_stats(int argc, char **argv);

/* What `pyrust --connect` sends: the program (already read from -c, FILE or stdin by
 * main.c), the name it came from ("<string>", "<stdin>" or the path), sys.argv for the
 * program, and the socket (NULL: the default path). Prints the result as a local run of
 * `pyrust` would (output to stdout, traceback to stderr) and returns its exit status. */
typedef struct pyrust_cli_request {
    const char *socket_path;
    const char *source;
    size_t source_len;
    const char *filename;
    int argc;
    char **argv;
} pyrust_cli_request;

int pyrust_cli_connect(const pyrust_cli_request *request);

#endif
