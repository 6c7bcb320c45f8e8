/* Placeholder until the daemon lands: replaced by daemon_server.c and daemon_client.c. */
#include <stdio.h>
#include "daemon.h"

static int not_built(const char *what) {
    fprintf(stderr, "pyrust: %s is not built yet\n", what);
    return 2;
}

int pyrust_cli_serve(int argc, char **argv) { (void)argc; (void)argv; return not_built("serve"); }
int pyrust_cli_stats(int argc, char **argv) { (void)argc; (void)argv; return not_built("stats"); }
int pyrust_cli_connect(const pyrust_cli_request *r) { (void)r; return not_built("--connect"); }
