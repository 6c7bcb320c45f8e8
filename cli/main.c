/* `pyrust`: runs Python programs as `python3` does (a file, -c CODE, - for stdin), or the
 * interactive prompt; `pyrust serve|stats` and `--connect` belong to the daemon (daemon.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "daemon.h"

static const char usage_text[] =
    "usage: pyrust [option] ... [-c CODE | FILE | -] [arg] ...\n"
    "       pyrust serve [daemon options]   |   pyrust stats [--socket PATH]\n"
    "Runs Python 3.11 programs with pyrust, as python3 runs them.\n"
    "\n"
    "Program (the first of these ends the options; what follows goes to sys.argv):\n"
    "  -c CODE                 run CODE (sys.argv[0] is '-c')\n"
    "  FILE                    run the program in FILE (sys.argv[0] is FILE)\n"
    "  -                       read the program from standard input (sys.argv[0] is '-')\n"
    "  (none)                  the interactive prompt when stdin is a terminal, else read the\n"
    "                          program from stdin\n"
    "\n"
    "Options:\n"
    "  -i                      the interactive prompt after running the program (its globals\n"
    "                          stay), or even when stdin is not a terminal\n"
    "  -q                      no banner at the interactive prompt\n"
    "  -u, -B, -E, -s, -S, -I  accepted for python3 compatibility; no effect (output is always\n"
    "                          unbuffered; pyrust reads no environment, site or bytecode files)\n"
    "  -h, --help              print this help and exit\n"
    "  -V, --version           print the version (\"pyrust X.Y.Z\") and exit\n"
    "  --time                  print the time each stage took (lex+parse, compile, run) to\n"
    "                          stderr after each run; the lexer runs inside the parser\n"
    "  --stats                 print the compile cache's statistics to stderr at exit\n"
    "  --max-instructions N    stop a run after N bytecode instructions (counted at loop\n"
    "                          back-edges and calls)\n"
    "  --timeout MS            stop a run after MS milliseconds of wall-clock time\n"
    "  --max-output BYTES      stop a run once it has written BYTES bytes (stdout + stderr)\n"
    "  --max-depth N           raise RecursionError beyond N nested Python calls (at most 1000)\n"
    "  --connect               run the program in a running `pyrust serve` daemon\n"
    "  --socket PATH           the daemon's socket (with --connect)\n"
    "\n"
    "Exit status: 0; 1 after an uncaught exception or a stopped run (the traceback goes to\n"
    "stderr); the code of SystemExit; 2 for a usage error or an unreadable file; a run\n"
    "interrupted by Ctrl-C ends as python3's does (KeyboardInterrupt, killed by SIGINT).\n";

static int usage_error(const char *fmt, const char *arg) {
    fputs("pyrust: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nusage: pyrust [option] ... [-c CODE | FILE | -] [arg] ...\nTry `pyrust -h' for more information.\n", stderr);
    return 2;
}

static int parse_number(const char *s, uint64_t *out) {
    if (!s || !*s) return -1;
    uint64_t v = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9') return -1;
        if (v > (UINT64_MAX - (uint64_t)(*p - '0')) / 10) return -1;
        v = v * 10 + (uint64_t)(*p - '0');
    }
    *out = v;
    return 0;
}

/* Reads all of `f` (a file or stdin). NULL with errno set on failure. */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            char *grown = realloc(buf, cap * 2);
            if (!grown) { free(buf); errno = ENOMEM; return NULL; }
            buf = grown;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) { int e = errno; free(buf); errno = e ? e : EIO; return NULL; }
            break;
        }
    }
    *len = n;
    return buf;
}

/* The script's name in tracebacks: python3 makes it absolute by joining the working directory
 * (without resolving `..` or links). */
static char *absolute_name(const char *path) {
    if (path[0] == '/') return strdup(path);
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *out = malloc(n);
    if (out) snprintf(out, n, "%s/%s", cwd, path);
    free(cwd);
    return out;
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "serve") == 0) return pyrust_cli_serve(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "stats") == 0) return pyrust_cli_stats(argc - 1, argv + 1);

    cli_options opts;
    memset(&opts, 0, sizeof opts);
    opts.limits.size = sizeof opts.limits;
    int interactive = 0, connect = 0, quiet = 0;
    const char *socket_path = NULL, *code = NULL, *file = NULL;
    int stdin_program = 0, i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        uint64_t n;
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) return usage_error("%s: option requires an argument", "-c");
            code = argv[++i];
            i++;
            break;
        } else if (strncmp(a, "-c", 2) == 0) {
            code = a + 2;
            i++;
            break;
        } else if (strcmp(a, "-") == 0) {
            stdin_program = 1;
            i++;
            break;
        } else if (strcmp(a, "--") == 0) {
            if (i + 1 < argc) file = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "-i") == 0) {
            interactive = 1;
        } else if (strcmp(a, "-q") == 0) {
            quiet = 1;
        } else if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 || strcmp(a, "-s") == 0 ||
                   strcmp(a, "-S") == 0 || strcmp(a, "-I") == 0) {
            /* python3's; nothing to change in pyrust */
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("pyrust %s\n", pyrust_version());
            return 0;
        } else if (strcmp(a, "--time") == 0) {
            opts.show_time = 1;
        } else if (strcmp(a, "--stats") == 0) {
            opts.show_stats = 1;
        } else if (strcmp(a, "--connect") == 0) {
            connect = 1;
        } else if (strcmp(a, "--socket") == 0) {
            if (i + 1 >= argc) return usage_error("%s: option requires an argument", a);
            socket_path = argv[++i];
        } else if (strcmp(a, "--max-instructions") == 0 || strcmp(a, "--timeout") == 0 ||
                   strcmp(a, "--max-output") == 0 || strcmp(a, "--max-depth") == 0) {
            if (i + 1 >= argc) return usage_error("%s: option requires an argument", a);
            if (parse_number(argv[i + 1], &n) != 0) return usage_error("%s: expected a non-negative decimal number", a);
            if (strcmp(a, "--max-instructions") == 0) opts.limits.max_instructions = n;
            else if (strcmp(a, "--timeout") == 0) opts.limits.timeout_ms = n;
            else if (strcmp(a, "--max-output") == 0) opts.limits.max_output = n;
            else {
                if (n > 1000) return usage_error("%s: at most 1000", a);
                opts.limits.max_depth = (uint32_t)n;
            }
            i++;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option %s", a);
        } else {
            file = a;
            i++;
            break;
        }
    }
    /* sys.argv as python3 sets it: the program's name (or -c / -), then the rest. */
    int prog_argc = argc - i + 1;
    char **prog_argv = calloc((size_t)prog_argc + 1, sizeof *prog_argv);
    if (!prog_argv) return 1;
    prog_argv[0] = code ? "-c" : stdin_program ? "-" : file ? (char *)file : "";
    for (int k = i; k < argc; k++) prog_argv[k - i + 1] = argv[k];

    int no_program = !code && !file && !stdin_program;
    if (no_program && !connect && (interactive || isatty(0))) {
        pyrust_context *ctx = cli_context_new(&opts);
        if (!ctx) { fputs("pyrust: out of memory\n", stderr); return 1; }
        cli_signals_install();
        int status = cli_repl(ctx, &opts, isatty(0) && !quiet, prog_argc, prog_argv);
        if (opts.show_stats) cli_print_stats(ctx);
        pyrust_context_free(ctx);
        return status;
    }

    /* Read the program. */
    char *source = NULL;
    size_t len = 0;
    char *name = NULL;
    if (code) {
        len = strlen(code);
        source = malloc(len + 1);
        if (source) memcpy(source, code, len + 1);
        name = strdup("<string>");
    } else if (file) {
        name = absolute_name(file);
        FILE *f = fopen(file, "rb");
        if (!f) {
            int e = errno;
            fprintf(stderr, "pyrust: can't open file '%s': [Errno %d] %s\n", name ? name : file, e, strerror(e));
            return 2;
        }
        source = read_all(f, &len);
        int e = errno;
        fclose(f);
        if (!source) {
            fprintf(stderr, "pyrust: can't read file '%s': [Errno %d] %s\n", name ? name : file, e, strerror(e));
            return 2;
        }
    } else {
        source = read_all(stdin, &len);
        name = strdup("<stdin>");
        if (!source) { fprintf(stderr, "pyrust: can't read stdin: %s\n", strerror(errno)); return 2; }
    }
    if (!source || !name) { fputs("pyrust: out of memory\n", stderr); return 1; }

    if (connect) {
        pyrust_cli_request req;
        memset(&req, 0, sizeof req);
        req.socket_path = socket_path;
        req.source = source;
        req.source_len = len;
        req.filename = name;
        req.argc = prog_argc;
        req.argv = prog_argv;
        int status = pyrust_cli_connect(&req);
        free(source);
        free(name);
        free(prog_argv);
        return status;
    }

    pyrust_context *ctx = cli_context_new(&opts);
    if (!ctx) { fputs("pyrust: out of memory\n", stderr); return 1; }
    cli_signals_install();
    pyrust_context_set_program(ctx, name, prog_argc, (const char *const *)prog_argv);
    /* -i: the program's globals stay for the prompt that follows. */
    if (interactive) pyrust_context_set_session(ctx, 1);
    int interrupted = 0, exited = 0;
    int status = cli_run(ctx, &opts, source, len, PYRUST_RUN_SCRIPT | (interactive ? 0u : PYRUST_RUN_CACHED),
                         &interrupted, &exited);
    free(source);
    if (interactive && !exited) {
        fflush(stdout);
        status = cli_repl(ctx, &opts, 0, prog_argc, prog_argv);
        interrupted = 0;
    }
    if (opts.show_stats) cli_print_stats(ctx);
    pyrust_context_free(ctx);
    free(name);
    free(prog_argv);
    if (interrupted) cli_exit_interrupted();
    return status;
}
