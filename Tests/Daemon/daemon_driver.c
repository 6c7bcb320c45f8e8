/* A stand-in for build/pyrust's daemon commands (cli/main.c lives on another branch):
 *   daemon_driver serve [options]          -> pyrust_cli_serve
 *   daemon_driver stats [--socket PATH]    -> pyrust_cli_stats
 *   daemon_driver --connect [--socket PATH] (-c CODE | FILE | -) [args]
 * with the argument conventions of `pyrust`, so the tests run against either binary. */
#include "daemon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(FILE *f, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) break;
        if (n == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) { free(buf); return NULL; }
            buf = bigger;
            cap *= 2;
        }
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    if (argc >= 2 && !strcmp(argv[1], "serve")) return pyrust_cli_serve(argc - 1, argv + 1);
    if (argc >= 2 && !strcmp(argv[1], "stats")) return pyrust_cli_stats(argc - 1, argv + 1);
    if (argc < 2 || strcmp(argv[1], "--connect") != 0) {
        fprintf(stderr, "usage: %s serve|stats|--connect ...\n", argv[0]);
        return 2;
    }
    pyrust_cli_request rq = { 0 };
    int i = 2;
    if (i + 1 < argc && !strcmp(argv[i], "--socket")) { rq.socket_path = argv[i + 1]; i += 2; }
    if (i >= argc) { fprintf(stderr, "--connect: need -c CODE, FILE or -\n"); return 2; }
    char *owned = NULL;
    if (!strcmp(argv[i], "-c") && i + 1 < argc) {
        rq.source = argv[i + 1];
        rq.source_len = strlen(argv[i + 1]);
        rq.filename = "<string>";
        argv[i + 1] = "-c";          /* sys.argv[0] is '-c', as python3 sets it */
        i++;
    } else if (!strcmp(argv[i], "-")) {
        owned = slurp(stdin, &rq.source_len);
        rq.source = owned;
        rq.filename = "<stdin>";
    } else {
        FILE *f = fopen(argv[i], "rb");
        if (!f) { perror(argv[i]); return 2; }
        owned = slurp(f, &rq.source_len);
        fclose(f);
        rq.source = owned;
        rq.filename = argv[i];
    }
    if (!rq.source) { fprintf(stderr, "out of memory\n"); return 2; }
    rq.argc = argc - i;
    rq.argv = argv + i;
    int status = pyrust_cli_connect(&rq);
    free(owned);
    return status;
}
