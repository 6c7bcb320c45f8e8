/*
 * pyrust.h - C interface of libpyrust.so, a Python 3.11 interpreter.
 *
 * Link with -lpyrust, or dlopen("libpyrust.so") and dlsym the functions below.
 * The library carries its own Swift runtime: it needs only libc, libm, libstdc++ and libgcc_s.
 *
 * Memory: every char* the library returns as "malloc'd" belongs to the caller and is released
 * with the function named next to it (pyrust_free / pyrust_result_free), from any thread.
 * Text returned as "const char *" belongs to the library; do not free it.
 *
 * Threads: every function may be called from any number of threads at once, without locks.
 * Each thread has its own state: its last error text and its own compile cache. That state is
 * made on the thread's first call and freed when the thread exits (pthread key destructor).
 * The main thread's state lives until the process ends.
 *
 * Program output (both execute functions and pyrust_run): everything the program printed, in
 * order, followed by repr() of the value of the last statement when that statement is an
 * expression whose value is not None, with no newline added.
 *   "2 + 2" -> "4"     "print(42)\n10 + 5" -> "42\n15"     "x = 10" -> ""     "'a' * 3" -> "'aaa'"
 * Each call runs the program in a fresh global namespace; nothing carries over between calls
 * (modules a program imports are kept per thread, and rebuilt after a run that changed one).
 *
 * 0.2.0 changed the binary interface: struct pyrust_result gained error_output,
 * error_output_len and exit_code (rebuild hosts that allocate it), and pyrust_run_ex,
 * pyrust_limits_set_default and pyrust_cancel were added.
 */
#ifndef PYRUST_H
#define PYRUST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PYRUST_VERSION_MAJOR 0
#define PYRUST_VERSION_MINOR 2
#define PYRUST_VERSION_PATCH 0
#define PYRUST_VERSION_STRING "0.2.0"

/* The library's version, equal to PYRUST_VERSION_STRING of the header it was built with.
 * Static text: never freed. */
const char *pyrust_version(void);

/* ---- Text entry points ---------------------------------------------------------------- */

/* Lexes, parses, compiles and runs `code` (NUL-terminated, UTF-8). Every call compiles afresh.
 * Returns the program output as a malloc'd NUL-terminated string (free it with pyrust_free),
 * or NULL on error: a syntax error, an uncaught exception, or a NULL `code`. After a NULL return,
 * pyrust_last_error() gives the reason: CPython's traceback text, ending in "TypeName: message\n"
 * (a NULL `code` gives "ValueError: code must not be NULL").
 * Output containing NUL bytes (print('\0')) is cut at the first NUL: use pyrust_run for it. */
char *pyrust_execute(const char *code);

/* Exactly pyrust_execute, except that the compiled program comes from the calling thread's
 * compile cache when the same source text ran before on this thread. Output and errors are
 * byte-for-byte those of pyrust_execute: only compiled code is cached, never results, so the
 * program runs afresh every time.
 * Use it when a thread runs the same snippets again and again (a cache hit skips lexing,
 * parsing and compiling); use pyrust_execute for one-off programs (they would only push useful
 * entries out of the cache). A program that fails to compile (SyntaxError) is not cached; a
 * program that compiles but raises when run is cached like any other (its error is not). */
char *pyrust_execute_cached(const char *code);

/* Frees a string returned by pyrust_execute or pyrust_execute_cached. NULL is a no-op.
 * (The same as free(); provided so that hosts need not share a C runtime with the library.) */
void pyrust_free(char *output);

/* The calling thread's last error text: the traceback of the last failed pyrust_execute,
 * pyrust_execute_cached or pyrust_run, or NULL when that call succeeded (or none was made).
 * Owned by the library; valid until this thread's next call of one of those three functions.
 * Other functions leave it alone. */
const char *pyrust_last_error(void);

/* ---- Compile cache -------------------------------------------------------------------- */
/*
 * One cache per thread, no locks. Keyed by the full source bytes (a hash finds the candidate,
 * a full byte comparison confirms it, so a collision can never return another program).
 * Least-recently-used eviction; lookup, insert and eviction are O(1).
 * Capacity: the environment variable PYRUST_CACHE_SIZE, read when the thread's cache is made
 * (its first pyrust_* call): a decimal entry count, default 1000; 0 turns caching off, so that
 * pyrust_execute_cached behaves exactly like pyrust_execute and every counter stays 0.
 * Anything else (empty, signs, letters, spaces) means the default; values above 16777216 are
 * capped to 16777216. Memory for the table grows with use, not with the capacity.
 */
typedef struct pyrust_cache_stats {
    uint64_t hits;       /* lookups that found the program */
    uint64_t misses;     /* lookups that did not (the program was then compiled) */
    uint64_t inserts;    /* programs added (a miss that compiled) */
    uint64_t evictions;  /* programs dropped to make room (pyrust_cache_clear does not count) */
    uint64_t size;       /* entries held now */
    uint64_t capacity;   /* max entries; 0 = caching off */
    uint64_t bytes;      /* heap bytes held by the cache now, measured with malloc_usable_size:
                            source copies + compiled programs + the cache's own tables
                            (the allocator's per-block headers, 8 bytes each, not included) */
    double   hit_rate;   /* hits / (hits + misses); 0 before any lookup */
} pyrust_cache_stats;

/* Fills *out with the calling thread's cache statistics. NULL `out` is a no-op.
 * Programs cached since the previous call are measured here (not on the cache-miss path), so
 * this call costs time proportional to the number of programs added since the last one. */
void pyrust_cache_stats_get(pyrust_cache_stats *out);

/* Drops every entry of the calling thread's cache and frees its tables. The counters (hits,
 * misses, inserts, evictions) keep their values; size and bytes become 0. */
void pyrust_cache_clear(void);

/* ---- Structured entry point ----------------------------------------------------------- */

typedef enum pyrust_status {
    PYRUST_OK = 0,               /* ran to completion */
    PYRUST_ERROR = 1,            /* the program raised, or did not compile (SyntaxError etc.) */
    PYRUST_INVALID_ARGUMENT = 2, /* NULL code, NULL result pointer, or unknown flags */
    PYRUST_LIMIT_EXCEEDED = 3,   /* a run limit or the host's cancel stopped the run (see
                                    pyrust_limits): error_type "LimitExceeded" */
    PYRUST_EXIT = 4              /* the program ended with SystemExit and a non-zero code
                                    (exit_code; error_type "SystemExit", error_message the code
                                    as str). SystemExit with code 0 or None is PYRUST_OK. The
                                    text entry points return NULL for it, and pyrust_last_error()
                                    is "SystemExit: <code>\n"; for 0/None they return the output. */
} pyrust_status;

enum { PYRUST_RUN_CACHED = 1u };  /* flag: go through the calling thread's compile cache */

typedef struct pyrust_result {
    int32_t status;          /* a pyrust_status */
    int32_t error_line;      /* 1-based line of the error (innermost frame), 0 if none */
    int32_t error_col;       /* 1-based column when known (syntax errors), else 0 */
    char   *output;          /* malloc'd, NUL-terminated, never NULL after a call that got a
                                result pointer. On success: the program output (see the top).
                                On error: what was printed before the error.
                                May contain NUL bytes: use output_len. */
    size_t  output_len;      /* bytes in output, not counting the final NUL */
    char   *error_type;      /* malloc'd, e.g. "ZeroDivisionError"; NULL on success */
    char   *error_message;   /* malloc'd, e.g. "division by zero"; NULL on success */
    char   *traceback;       /* malloc'd, CPython-style traceback text; NULL on success */
    char   *error_output;    /* malloc'd, never NULL after a call that got a result pointer:
                                what the program wrote to sys.stderr (print(..., file=sys.stderr),
                                sys.stderr.write, the text of a non-int SystemExit code). May
                                contain NUL bytes: use error_output_len. The text entry points
                                (pyrust_execute*) drop it. */
    size_t  error_output_len;
    int32_t exit_code;       /* the program ended with SystemExit (sys.exit(n), exit(), raise
                                SystemExit): its code as `python3` would exit with it (None -> 0,
                                an int -> that int, anything else -> 1); 0 otherwise */
    int32_t reserved;
} pyrust_result;

/* Runs the `len` bytes at `code` (need not be NUL-terminated; NUL bytes and invalid UTF-8
 * inside them give a SyntaxError, as in CPython) and fills *out, which the caller then releases
 * with pyrust_result_free. `flags` is 0 or PYRUST_RUN_CACHED; other bits are reserved and give
 * PYRUST_INVALID_ARGUMENT. Returns out->status.
 * A NULL `code` (even with len 0) or unknown flags: PYRUST_INVALID_ARGUMENT, error_type
 * "ValueError", output "". A NULL `out`: returns PYRUST_INVALID_ARGUMENT and touches nothing.
 * pyrust_last_error() afterwards is the traceback text on error, NULL on success. */
int pyrust_run(const char *code, size_t len, uint32_t flags, pyrust_result *out);

/* Frees the strings of a result filled by pyrust_run and zeroes the struct (so freeing twice
 * is harmless). NULL is a no-op. */
void pyrust_result_free(pyrust_result *r);

/* ---- Limits and cancellation ---------------------------------------------------------- */

/* A host's handle for stopping runs from another thread or a signal handler. Zero it (or
 * declare it static) before use; pass its address in pyrust_limits.cancel; call pyrust_cancel
 * on it to stop every run that uses it (within about 0.1 ms of running code); set
 * `requested` back to 0 to use it again. */
typedef struct pyrust_cancel_token {
    volatile uint32_t requested;   /* non-zero: runs using this token stop */
    uint32_t reserved;
} pyrust_cancel_token;

/* Async-signal-safe (one atomic store). NULL is a no-op. */
void pyrust_cancel(pyrust_cancel_token *token);

/* What a run may use. A field left 0 means "no limit" (max_output, max_depth: the default).
 * Set `size` to sizeof(pyrust_limits): later versions may add fields at the end, and read
 * only what `size` covers.
 *
 * A run stopped by a limit returns PYRUST_LIMIT_EXCEEDED with error_type "LimitExceeded" and
 * error_message naming the limit ("instruction limit of 1000000 exceeded", "time limit of 50
 * ms exceeded", "output limit of 4096 bytes exceeded", "run cancelled by the host"), the
 * output printed so far, and a traceback showing where it stopped. Python code cannot catch
 * it: no except clause, finally block or __exit__ runs once a limit is hit. The thread's
 * interpreter and cache are fully usable afterwards.
 *
 * Instructions are counted where a loop jumps back (its length in bytecode instructions) and
 * where a function is entered (the function's length), and one per item where a builtin walks
 * a range: the same program always stops at the same point. The time limit and cancellation
 * are checked every 20,000 counted instructions. max_depth lowers the Python call depth at
 * which RecursionError is raised (an ordinary, catchable exception, as in CPython); it cannot
 * raise it above 1000. Without a max_output, output over 256 MiB raises MemoryError. */
typedef struct pyrust_limits {
    uint32_t size;                /* sizeof(pyrust_limits) */
    uint32_t max_depth;           /* Python call depth; 0 = 1000 */
    uint64_t max_instructions;    /* 0 = no limit */
    uint64_t timeout_ms;          /* wall-clock milliseconds from the start of the run; 0 = none */
    uint64_t max_output;          /* bytes of program output; 0 = 256 MiB, then MemoryError */
    pyrust_cancel_token *cancel;  /* NULL = none */
} pyrust_limits;

/* pyrust_run with limits for this call only (NULL: the thread's defaults, see below). A
 * `limits->size` smaller than the first two fields gives PYRUST_INVALID_ARGUMENT. */
int pyrust_run_ex(const char *code, size_t len, uint32_t flags, const pyrust_limits *limits,
                  pyrust_result *out);

/* Sets the limits of every later run on the calling thread (pyrust_execute,
 * pyrust_execute_cached, pyrust_run, and pyrust_run_ex given NULL). NULL restores the
 * defaults every thread starts with, read from the environment at its first call:
 * PYRUST_MAX_INSTRUCTIONS, PYRUST_TIMEOUT_MS, PYRUST_MAX_OUTPUT, PYRUST_MAX_DEPTH (decimal;
 * unset or invalid = 0). Returns 0, or PYRUST_INVALID_ARGUMENT for a too-small size. */
int pyrust_limits_set_default(const pyrust_limits *limits);

/* ---- Debugging aid -------------------------------------------------------------------- */

/* Number of per-thread states (each holding that thread's compile cache) alive in the process:
 * threads that called the library and have not exited. Lets tests see that exited threads'
 * caches were freed. Not needed in normal use. */
int64_t pyrust_debug_live_caches(void);

#ifdef __cplusplus
}
#endif

#endif /* PYRUST_H */
