/* The interactive prompt, as CPython's REPL: `>>> ` and `... ` prompts, each input run in one
 * session (globals persist), values echoed, a compound statement continued until an empty
 * line, errors printed and the session going on, Ctrl-C cancelling the input or the running
 * statement, Ctrl-D leaving. Line editing and history come from libedit when stdin is a
 * terminal; otherwise lines are read plainly and the prompts go to stderr (as python3 -i). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <editline/readline.h>

#include "cli.h"

/* ---- reading one line ------------------------------------------------------------------ */

enum { LINE_OK, LINE_EOF, LINE_INTERRUPTED };

static char *pending_line;
static int line_done;

static void on_line(char *line) {
    pending_line = line;       /* NULL: Ctrl-D on an empty line */
    line_done = 1;
}

/* libedit's callback interface under our own pselect(): SIGINT is blocked except inside
 * pselect, so a Ctrl-C typed while libedit handles a key is not lost but wakes pselect at
 * once (EINTR); the half-typed line is then dropped (rl_callback_handler_remove restores
 * the terminal). */
static int read_line_edit(const char *prompt, char **out) {
    sigset_t sigint, unblocked;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    sigprocmask(SIG_BLOCK, &sigint, &unblocked);
    sigdelset(&unblocked, SIGINT);
    line_done = 0;
    pending_line = NULL;
    int result = LINE_OK;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        if (cli_take_interrupt()) { result = LINE_INTERRUPTED; break; }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        int n = pselect(1, &fds, NULL, NULL, NULL, &unblocked);
        if (n < 0) {
            if (errno == EINTR) continue;
            result = LINE_EOF;
            break;
        }
        rl_callback_read_char();
    }
    rl_callback_handler_remove();
    sigprocmask(SIG_UNBLOCK, &sigint, NULL);
    if (result != LINE_OK) return result;
    if (!pending_line) return LINE_EOF;
    if (pending_line[0]) add_history(pending_line);
    *out = pending_line;
    return LINE_OK;
}

static int read_line_plain(const char *prompt, char **out) {
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        if (errno == EINTR && cli_take_interrupt()) {
            clearerr(stdin);
            return LINE_INTERRUPTED;
        }
        return LINE_EOF;
    }
    if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
    *out = line;
    return LINE_OK;
}

/* ---- when an input is complete --------------------------------------------------------- */

/* What the lines typed so far need: more lines (an open bracket, string or backslash), a
 * block (a compound statement: ends at an empty line), or nothing. */
enum { INPUT_COMPLETE, INPUT_OPEN, INPUT_BLOCK };

static int starts_compound(const char *s) {
    static const char *const words[] = {"if", "for", "while", "with", "try", "def", "class",
                                        "async", "match", "elif", "else", "except", "finally", NULL};
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '@') return 1;
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (strncmp(s, words[i], n) == 0 && (s[n] == ' ' || s[n] == '\t' || s[n] == ':' || s[n] == '(' ||
                                             s[n] == '\0')) {
            /* `match` is a soft keyword: only a line ending in ':' makes it a block (checked
             * by the caller through ends_colon). */
            return strcmp(words[i], "match") == 0 ? 2 : 1;
        }
    }
    return 0;
}

static int input_state(const char *buf) {
    int depth = 0, in_string = 0, triple = 0, escaped_newline = 0;
    char quote = 0;
    int first_line_done = 0, first_ends_colon = 0;
    char last_significant = 0;
    for (const char *p = buf; *p; p++) {
        char c = *p;
        if (in_string) {
            if (c == '\\' && p[1]) { p++; continue; }
            if (c == quote) {
                if (!triple) in_string = 0;
                else if (p[1] == quote && p[2] == quote) { in_string = 0; p += 2; }
            } else if (c == '\n' && !triple) {
                in_string = 0;   /* an unterminated one-line string: a SyntaxError to show */
            }
            continue;
        }
        escaped_newline = 0;
        if (c == '#') {
            while (p[1] && p[1] != '\n') p++;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            in_string = 1;
            triple = p[1] == c && p[2] == c;
            if (triple) p += 2;
            last_significant = c;
            continue;
        }
        if (c == '\\' && p[1] == '\n') { p++; escaped_newline = 1; continue; }
        if (c == '\\' && p[1] == '\0') { escaped_newline = 1; continue; }
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        if (c == '\n' && depth == 0 && !first_line_done) {
            first_line_done = 1;
            first_ends_colon = last_significant == ':';
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') last_significant = c;
    }
    if ((in_string && triple) || depth > 0 || escaped_newline) return INPUT_OPEN;
    if (!first_line_done) first_ends_colon = last_significant == ':';
    int compound = starts_compound(buf);
    if ((compound == 1) || (compound == 2 && first_ends_colon) || first_ends_colon) return INPUT_BLOCK;
    return INPUT_COMPLETE;
}

static int is_blank(const char *line) {
    for (; *line; line++)
        if (*line != ' ' && *line != '\t' && *line != '\r' && *line != '\f') return 0;
    return 1;
}

/* ---- the loop --------------------------------------------------------------------------- */

typedef struct text { char *data; size_t len, cap; } text;

static int append(text *t, const char *s, size_t n) {
    if (t->len + n + 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        while (cap < t->len + n + 2) cap *= 2;
        char *grown = realloc(t->data, cap);
        if (!grown) return -1;
        t->data = grown;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
    return 0;
}

int cli_repl(pyrust_context *ctx, const cli_options *opts, int show_banner, int argc, char **argv) {
    int tty = isatty(0);
    int (*read_line)(const char *, char **) = tty ? read_line_edit : read_line_plain;
    if (tty) {
        rl_readline_name = "pyrust";
        rl_initialize();
        using_history();
    }
    if (show_banner)
        fprintf(stderr, "pyrust %s (a Python 3.11 interpreter)\nType Ctrl-D to leave, Ctrl-C to interrupt.\n",
                pyrust_version());
    pyrust_context_set_program(ctx, "<stdin>", argc, (const char *const *)argv);
    pyrust_context_set_session(ctx, 1);
    text input = {0};
    int status = 0;
    for (;;) {
        input.len = 0;
        if (input.data) input.data[0] = '\0';
        int state = INPUT_COMPLETE, got_any = 0;
        int result = LINE_OK;
        for (;;) {
            char *line = NULL;
            result = read_line(got_any ? "... " : ">>> ", &line);
            if (result != LINE_OK) break;
            int blank = is_blank(line);
            if (!got_any && blank) { free(line); continue; }
            if (got_any && blank && state == INPUT_BLOCK) { free(line); break; }
            if (append(&input, line, strlen(line)) < 0 || append(&input, "\n", 1) < 0) {
                free(line);
                fputs("pyrust: out of memory\n", stderr);
                return 1;
            }
            free(line);
            got_any = 1;
            int now = input_state(input.data);
            if (now == INPUT_BLOCK || state == INPUT_BLOCK) { state = INPUT_BLOCK; continue; }
            state = now;
            if (state == INPUT_COMPLETE) break;
        }
        if (result == LINE_INTERRUPTED) {
            fputs("\nKeyboardInterrupt\n", stderr);
            continue;
        }
        if (result == LINE_EOF && !got_any) {
            if (tty) fputs("\n", stdout);
            break;
        }
        /* EOF in the middle of an input: run what there is, then leave. */
        int interrupted = 0, exited = 0;
        int code = cli_run(ctx, opts, input.data, input.len, PYRUST_RUN_INTERACTIVE, &interrupted, &exited);
        if (exited) { status = code; break; }
        if (result == LINE_EOF) break;
    }
    free(input.data);
    pyrust_context_set_session(ctx, 0);
    fflush(stdout);
    return status;
}
