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
 * The main thread's state lives until the process ends (destructors do not run at exit()).
 * Explicit contexts (pyrust_context_*, below) are the same state owned by the host instead,
 * with no thread-local part.
 *
 * Hosts whose tasks move between OS threads (Go goroutines, Java virtual threads, async
 * runtimes with work stealing): pyrust_last_error(), the default limits
 * (pyrust_limits_set_default) and the compile cache and its statistics belong to the OS
 * thread, so a task that moved may read another task's error or run under its limits. Such
 * hosts must use pyrust_run / pyrust_run_ex or pyrust_context_run, whose pyrust_result
 * carries everything about the run (status, output, stderr text, error type, message, line,
 * column, traceback, exit code), pass limits with each call or in a context, and best give
 * each task its own context (a context may move between threads, see Contexts). One call
 * always runs on the thread that made it. pyrust_execute* are for hosts that own their threads.
 *
 * Loading: link with -lpyrust or dlopen() it; the soname is libpyrust.so.0. The library is
 * linked with -z nodelete: dlclose() does not unmap it, because the thread-exit destructor of
 * its per-thread state lives in it and must still run when threads that used it exit. So a
 * dlopen after a dlclose finds it still loaded, and its memory (code, the states of live
 * threads, host modules) stays until the process exits. Copies of the file under different
 * names, each dlopen'ed with RTLD_LOCAL, are independent interpreters (their own thread
 * states, caches and host modules).
 * Thread-local storage: the library's variables, and those of the Swift runtime inside it,
 * use a dynamic TLS model (local-dynamic), so it takes no room in the static
 * TLS block that glibc sizes at startup (it is not marked STATIC_TLS) and any number of
 * copies can be loaded at run time. (With initial-exec TLS the 12th dlopen'ed copy failed:
 * "cannot allocate memory in static TLS block".)
 *
 * fork(): only the forking thread exists in the child. The child may go on calling pyrust on
 * that thread when no other thread was inside a pyrust function at the moment of the fork
 * (a lock held by a thread that is gone in the child would never be released); the other
 * threads' states are then leaked in the child, never freed. Safest is what POSIX asks of
 * every multi-threaded parent: call only async-signal-safe functions in the child (of
 * pyrust's, only pyrust_cancel) until it calls exec.
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
 * 0.3.0 is compatible with 0.2.0 hosts: pyrust_result grew at its end (pyrust_run and
 * pyrust_run_ex still write only the 0.2.0 part, and `reserved` became `layout`); contexts,
 * inputs, values, host functions and pyrust_capabilities were added.
 * 0.4.0 is compatible with 0.3.0 hosts: it adds the shared cache (PYRUST_RUN_SHARED,
 * pyrust_execute_shared), the command's API (output callback, program name and argv,
 * sessions, timings, PYRUST_RUN_SCRIPT / PYRUST_RUN_INTERACTIVE) and a versioned soname
 * (libpyrust.so.0).
 */
#ifndef PYRUST_H
#define PYRUST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PYRUST_VERSION_MAJOR 0
#define PYRUST_VERSION_MINOR 4
#define PYRUST_VERSION_PATCH 0
#define PYRUST_VERSION_STRING "0.4.0"

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
/* Layout on LP64 targets (x86-64, arm64), checked at the end of this header: 64 bytes;
 * offsets hits 0, misses 8, inserts 16, evictions 24, size 32, capacity 40, bytes 48,
 * hit_rate 56. */
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

/* ---- Shared cache (0.4.0) ------------------------------------------------------------- */
/*
 * One compile cache for the whole process, for server-style hosts whose many threads run the
 * same programs: a program compiled on one thread is not compiled again on another. Reached
 * through pyrust_execute_shared and the PYRUST_RUN_SHARED flag of pyrust_run, pyrust_run_ex
 * and pyrust_context_run. Like the thread cache it caches compiled code only, never results:
 * output and errors are byte for byte those of an uncached run. Keyed by the full source bytes
 * (hash, length and every byte compared); least-recently-used eviction over the whole store.
 * Capacity: the environment variable PYRUST_SHARED_CACHE_SIZE, read once per process (at the
 * first pyrust_* call that makes a thread state or uses the shared cache), with the rules of
 * PYRUST_CACHE_SIZE: default 1000, 0 turns it off (shared runs then compile every time and
 * every counter stays 0), capped to 16777216. (PYRUST_SHARED_CACHE_TEST_COLLIDE=1, for tests
 * only, makes every key collide in the store.)
 *
 * How it is shared: the library's objects are confined to one thread (reference counts are not
 * atomic), so the store holds program images, plain bytes encoded from a freshly compiled
 * program. A thread that misses in its own front cache takes the image from the store (a
 * mutex guards the store's index) and decodes it into a program of its own (a fraction of the
 * cost of compiling), which its front cache then keeps: repeated runs on that thread touch no
 * shared memory. Each thread (and each pyrust_context) has a front cache of the same capacity,
 * holding what it ran through the shared cache; its memory is not in `bytes` below. A program
 * holding a constant the image format does not know (every compiler constant is covered today)
 * would be compiled once per thread instead, never shared or run wrong.
 *
 * Thread safety: every function here may be called from any thread at any time, also while
 * other threads run shared programs. An image evicted or cleared while another thread decodes
 * it stays alive until that thread is done with it; a program a thread runs is its own, so
 * eviction never affects a run in progress. Programs that fail to compile are not cached.
 */

/* pyrust_execute_cached through the shared cache: same contract (output, NULL and
 * pyrust_last_error on error, free with pyrust_free). */
char *pyrust_execute_shared(const char *code);

/* Fills *out with the shared cache's statistics (NULL `out`: no-op). hits: shared lookups that
 * did not compile (served by the calling thread's front cache or by the store), summed over all
 * threads; misses: lookups that compiled; inserts, evictions, size: the store's; capacity: as
 * set; bytes: heap bytes the store holds now (images, source copies, entries and the index,
 * malloc_usable_size). Consistent within one call; other threads may move the numbers on. */
void pyrust_shared_cache_stats_get(pyrust_cache_stats *out);

/* Drops every entry of the store; each thread's and context's front cache empties itself at
 * its next shared lookup. Counters keep their values. */
void pyrust_shared_cache_clear(void);

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

enum {
    PYRUST_RUN_CACHED = 1u,  /* flag: go through the compile cache (the thread's, or the context's) */
    PYRUST_RUN_VALUE = 2u,   /* pyrust_context_run only: fill pyrust_result.value */
    PYRUST_RUN_SHARED = 4u   /* 0.4.0, flag: go through the process-wide shared compile cache
                                (see "Shared cache"); wins over PYRUST_RUN_CACHED when both are set */
};

/* Layout on LP64 targets, checked at the end of this header: 128 bytes (80 up to `layout`);
 * offsets status 0, error_line 4, error_col 8, output 16, output_len 24, error_type 32,
 * error_message 40, traceback 48, error_output 56, error_output_len 64, exit_code 72,
 * layout 76, result_json 80, result_json_len 88, result_json_error 96, value 104,
 * globals_json 112, globals_json_len 120. */
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
    int32_t layout;          /* 0: only the fields above were filled (pyrust_run, pyrust_run_ex:
                                they write the 0.2.0 struct, 80 bytes, so hosts built against
                                0.2.0 keep working); 1: the fields below too (pyrust_context_run,
                                which needs the whole struct, sizeof(pyrust_result) = 128) */
    /* ---- 0.3.0: filled by pyrust_context_run ---- */
    char   *result_json;     /* malloc'd: the last expression's value as json.dumps(value) would
                                write it (", " and ": " separators, ASCII only, NaN/Infinity as
                                json writes them); NULL when the last statement is not an
                                expression, its value is None, the run failed, or JSON cannot
                                hold the value (then see result_json_error) */
    size_t  result_json_len;
    char   *result_json_error; /* malloc'd when the value has no JSON form, e.g. "TypeError:
                                Object of type set is not JSON serializable"; or a watched
                                global has none ("... (global 'name')"); else NULL */
    struct pyrust_value *value; /* with PYRUST_RUN_VALUE: the last value as a typed tree (see
                                "Values" below), freed by pyrust_result_free; NULL when there is
                                none or it has no tree form (sets, objects) */
    char   *globals_json;    /* malloc'd after a successful run when the context watches globals
                                (pyrust_context_watch_globals): {"name": value, ...} in the
                                order given, names the run left unbound omitted; else NULL */
    size_t  globals_json_len;
} pyrust_result;

/* Runs the `len` bytes at `code` (need not be NUL-terminated; NUL bytes and invalid UTF-8
 * inside them give a SyntaxError, as in CPython) and fills *out, which the caller then releases
 * with pyrust_result_free. `flags` is 0, PYRUST_RUN_CACHED or PYRUST_RUN_SHARED; other bits are reserved and give
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
/* Layout: 8 bytes; requested 0, reserved 4. */
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
 * where a function is entered (the function's length), one per item where a builtin walks
 * a range or an itertools iterator (count, cycle, repeat, product, permutations,
 * combinations), and in proportion to the limb operations of big-int multiplication,
 * division and powers (math.factorial and math.comb included), charged before the work is
 * done: the same program always stops at the same point. The time limit and cancellation
 * are checked every 20,000 counted instructions. max_depth lowers the Python call depth at
 * which RecursionError is raised (an ordinary, catchable exception, as in CPython); it cannot
 * raise it above 1000. Without a max_output, output over 256 MiB raises MemoryError. */
/* Layout on LP64 targets: 40 bytes; size 0, max_depth 4, max_instructions 8, timeout_ms 16,
 * max_output 24, cancel 32. */
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

/* ---- Host modules ---------------------------------------------------------------------- */

/* Makes `import name` (and `from name import ...`) in every thread's later runs load the
 * module from `len` bytes of Python source (copied; need not be NUL-terminated). `name` is a
 * dotted Python name; registering it again replaces the previous source, and a host module
 * shadows a standard module of the same name. The source is compiled in each thread at its
 * first import (a SyntaxError in it surfaces there as ImportError); like the library's own
 * modules it is then kept per thread across runs, and its frames do not appear in
 * tracebacks. A thread notices a registration before its next run starts (not during one).
 * Returns 0, PYRUST_INVALID_ARGUMENT for a NULL or malformed name or NULL source, 1 when out
 * of memory. */
int pyrust_module_add(const char *name, const char *source, size_t len);

/* Removes a module registered with pyrust_module_add. Returns 0, or 1 if none was. */
int pyrust_module_remove(const char *name);

/* ---- Values --------------------------------------------------------------------------- */
/*
 * A pyrust_value is a tree of plain data the host builds (inputs, a host function's result)
 * or reads (a host function's arguments, pyrust_result.value): None, bool, int (any size),
 * float, str (UTF-8), bytes, list, tuple and dict. Trees hold no Python object and belong to
 * no thread: build, read and free them anywhere. A run always copies them.
 * Constructors return a new node (NULL when out of memory or given invalid data: a str that is
 * not UTF-8, an int text that is not decimal digits); free the root with pyrust_value_free.
 * pyrust_value_append / pyrust_value_dict_set take ownership of their items even when they
 * fail (return -1: wrong container type, NULL, out of memory).
 */
typedef struct pyrust_value pyrust_value;

typedef enum pyrust_type {
    PYRUST_NONE = 0, PYRUST_BOOL = 1, PYRUST_INT = 2, PYRUST_FLOAT = 3, PYRUST_STR = 4,
    PYRUST_BYTES = 5, PYRUST_LIST = 6, PYRUST_TUPLE = 7, PYRUST_DICT = 8
} pyrust_type;

pyrust_value *pyrust_value_none(void);
pyrust_value *pyrust_value_bool(int b);
pyrust_value *pyrust_value_int(int64_t i);
pyrust_value *pyrust_value_int_text(const char *decimal);     /* "-123456789012345678901234567890" */
pyrust_value *pyrust_value_float(double d);
pyrust_value *pyrust_value_str(const char *utf8, size_t length);
pyrust_value *pyrust_value_bytes(const void *data, size_t length);
pyrust_value *pyrust_value_list(void);
pyrust_value *pyrust_value_tuple(void);
pyrust_value *pyrust_value_dict(void);
int pyrust_value_append(pyrust_value *container, pyrust_value *item);   /* list or tuple */
int pyrust_value_dict_set(pyrust_value *dict, pyrust_value *key, pyrust_value *value);
/* Parses JSON as json.loads does (integers exact at any size, NaN/Infinity accepted). On
 * failure returns NULL and, when `error` is not NULL, sets *error to json.loads's message
 * ("Expecting value: line 1 column 1 (char 0)"), malloc'd: free it with pyrust_free. */
pyrust_value *pyrust_value_from_json(const char *json, size_t length, char **error);
/* Frees a tree the host owns. NULL is a no-op; nodes the library lends (host-function
 * arguments) are left alone. */
void pyrust_value_free(pyrust_value *v);

int pyrust_value_type(const pyrust_value *v);                 /* a pyrust_type; -1 for NULL */
int pyrust_value_get_bool(const pyrust_value *v);             /* truth of a bool or int */
/* An int (or bool) in *out: 0; 1 when it does not fit int64 (read its digits with
 * pyrust_value_get_text); -1 when v is not an int. */
int pyrust_value_get_int64(const pyrust_value *v, int64_t *out);
double pyrust_value_get_float(const pyrust_value *v);         /* a float, or an int converted */
/* The bytes of a str (UTF-8) or bytes value, or the decimal digits of an int outside int64;
 * NUL-terminated (may also contain NULs: use *length). NULL for other types. Valid while v is. */
const char *pyrust_value_get_text(const pyrust_value *v, size_t *length);
size_t pyrust_value_len(const pyrust_value *v);                /* items, pairs, or bytes */
const pyrust_value *pyrust_value_item(const pyrust_value *v, size_t i);        /* list, tuple */
const pyrust_value *pyrust_value_dict_key(const pyrust_value *v, size_t i);    /* in order */
const pyrust_value *pyrust_value_dict_value(const pyrust_value *v, size_t i);
const pyrust_value *pyrust_value_dict_get(const pyrust_value *v, const char *key);  /* str key */

/* ---- Inputs ----------------------------------------------------------------------------- */
/*
 * Named values bound as globals of a run (pyrust_context_run) without changing its source, so
 * a cached program runs with new data at cache-hit cost and no value is ever spliced into
 * code. Names are Python identifiers (not keywords). Setting a name again replaces its value.
 * The values are copied into each run: free or change the set as soon as the call returns; a
 * script that mutates an input changes only its own copy. A name the program never mentions
 * is not bound. Every setter returns 0, PYRUST_INVALID_ARGUMENT (NULL, a bad name, bad data,
 * invalid JSON) or 1 (out of memory).
 */
typedef struct pyrust_inputs pyrust_inputs;

pyrust_inputs *pyrust_inputs_new(void);
void pyrust_inputs_free(pyrust_inputs *in);
void pyrust_inputs_clear(pyrust_inputs *in);
int pyrust_inputs_set(pyrust_inputs *in, const char *name, pyrust_value *value);  /* takes value */
int pyrust_inputs_set_json(pyrust_inputs *in, const char *name, const char *json);
int pyrust_inputs_set_all_json(pyrust_inputs *in, const char *json_object);  /* keys -> names */
int pyrust_inputs_set_none(pyrust_inputs *in, const char *name);
int pyrust_inputs_set_bool(pyrust_inputs *in, const char *name, int b);
int pyrust_inputs_set_int(pyrust_inputs *in, const char *name, int64_t i);
int pyrust_inputs_set_int_text(pyrust_inputs *in, const char *name, const char *decimal);
int pyrust_inputs_set_float(pyrust_inputs *in, const char *name, double d);
int pyrust_inputs_set_str(pyrust_inputs *in, const char *name, const char *utf8, size_t length);
int pyrust_inputs_set_bytes(pyrust_inputs *in, const char *name, const void *data, size_t length);

/* ---- Contexts --------------------------------------------------------------------------- */
/*
 * A context is an interpreter state the host owns: its own compile cache, limits, host
 * functions, reusable interpreter and the modules its runs imported. Many contexts may live
 * in one thread or process. A context is used by one thread at a time but may move between
 * threads (Go goroutines, thread pools): nothing on its path is thread-local, so hand it over
 * with the usual synchronisation (a mutex, a channel) and never run it on two threads at once.
 * Different contexts may run concurrently on different threads.
 * The thread-implicit functions above (pyrust_execute*, pyrust_run*) use the calling thread's
 * own implicit context, exactly as before; pyrust_context_run with ctx NULL uses it too.
 * fork(): a child may go on using contexts that no thread of the parent was running at the
 * moment of the fork; one that was mid-run is unusable in the child (free it or leave it).
 */
typedef struct pyrust_context pyrust_context;

/* Layout on LP64 targets: 48 bytes; size 0, cache_capacity 4, limits 8 (a pyrust_limits). */
typedef struct pyrust_options {
    uint32_t size;            /* sizeof(pyrust_options) */
    uint32_t cache_capacity;  /* compile-cache entries: 0 = PYRUST_CACHE_SIZE or 1000;
                                 UINT32_MAX = no cache */
    pyrust_limits limits;     /* every run's limits (limits.size 0 = the environment's
                                 PYRUST_* defaults) */
} pyrust_options;

/* NULL opts: the defaults. Returns NULL when out of memory or opts->size is too small. */
pyrust_context *pyrust_context_new(const pyrust_options *opts);
/* Frees the context and everything it owns. NULL is a no-op. Called from inside one of the
 * context's own runs (a host function), it takes effect when that run returns. */
void pyrust_context_free(pyrust_context *ctx);
/* Replaces the limits of the context's later runs (NULL: the environment's defaults).
 * Returns 0 or PYRUST_INVALID_ARGUMENT. */
int pyrust_context_set_limits(pyrust_context *ctx, const pyrust_limits *limits);

/* pyrust_run on a context (NULL: the calling thread's implicit one), with `inputs` (NULL for
 * none) bound as globals, and out filled entirely (layout 1: result_json always, value with
 * PYRUST_RUN_VALUE). flags: PYRUST_RUN_CACHED, PYRUST_RUN_VALUE, PYRUST_RUN_SHARED. Returns out->status. An
 * input whose value cannot become a Python value (a dict key that is a list) fails the run
 * with ValueError naming the input.
 * Re-entrancy: a host function may run other contexts, and may run its own context again
 * (the nested run gets a temporary interpreter and skips the cache). Runs nest at most 64 deep
 * on a thread; a deeper one fails with RecursionError ("maximum recursion depth exceeded (runs
 * nested through host functions)") instead of exhausting the native stack. */
int pyrust_context_run(pyrust_context *ctx, const char *code, size_t len, uint32_t flags,
                       const pyrust_inputs *inputs, pyrust_result *out);

/* Reports the final values of these globals after every later successful run of the context,
 * in pyrust_result.globals_json (names are copied; count 0 stops watching). Returns 0, or
 * PYRUST_INVALID_ARGUMENT for a NULL context or a name that is not an identifier. */
int pyrust_context_watch_globals(pyrust_context *ctx, const char *const *names, size_t count);

/* Modules of this context only: as pyrust_module_add / pyrust_module_remove, but seen by the
 * context's runs alone, shadowing process-wide host modules and standard modules of the same
 * name. Takes effect at the context's next run. `from name import *` of such a module is
 * refused with ImportError (its names are not known when the importing code is compiled):
 * import the names explicitly. Returns 0, PYRUST_INVALID_ARGUMENT, or (remove) 1 when the
 * context has no such module. */
int pyrust_context_module_add(pyrust_context *ctx, const char *name, const char *source, size_t len);
int pyrust_context_module_remove(pyrust_context *ctx, const char *name);

/* The context's compile cache: as pyrust_cache_stats_get / pyrust_cache_clear. */
void pyrust_context_cache_stats(pyrust_context *ctx, pyrust_cache_stats *out);
void pyrust_context_cache_clear(pyrust_context *ctx);

/* ---- Host functions --------------------------------------------------------------------- */
/*
 * A host function is a builtin of every later run of the context, called by its Python name
 * (a program that assigns the name shadows it, as with any builtin). Registering a name again
 * replaces the function. Visible to the program's own code (not inside modules).
 *
 * Generic: fn(call, args, kwargs, userdata). `args` is a tuple of the positional arguments,
 * `kwargs` a dict of the keyword arguments or NULL when there are none; both are lent for the
 * call only (copy what you keep). Return a new tree (the library takes and frees it), or NULL
 * for None. To raise, call pyrust_call_raise(call, "KeyError", "no such customer") and return
 * NULL: the type is the name of a built-in exception class (Exception and its subclasses:
 * ValueError, KeyError, LookupError, RuntimeError, ...), which the script can catch; an unknown
 * name raises RuntimeError. An argument with no tree form (a set, an object) raises TypeError
 * in the script before fn is called.
 * From inside fn a host may call any pyrust function, including runs of other contexts or of
 * this one (see pyrust_context_run). Limits: the time fn takes counts against the run's
 * deadline, and a pyrust_cancel made while fn runs stops the run as soon as fn returns.
 */
typedef struct pyrust_call pyrust_call;
typedef pyrust_value *(*pyrust_host_fn)(pyrust_call *call, const pyrust_value *args,
                                        const pyrust_value *kwargs, void *userdata);
int pyrust_call_raise(pyrust_call *call, const char *exc_type, const char *message);
/* The context running the call (to run it again, or to find the host's own state). */
pyrust_context *pyrust_call_context(pyrust_call *call);

/* Returns 0, PYRUST_INVALID_ARGUMENT (NULL ctx or fn, name not an identifier), 1 (memory). */
int pyrust_context_add_function(pyrust_context *ctx, const char *name, pyrust_host_fn fn, void *userdata);

/* Typed C: an ordinary C function called through libffi, its arguments converted from Python
 * by `signature`: the return type's code, then the argument codes in parentheses ("d(dd)" for
 * double hypot(double, double), "v()" for void f(void)). Codes: v void (return only), b bool,
 * c int8_t, C uint8_t, h int16_t, H uint16_t, i int32_t, I uint32_t, l int64_t, L uint64_t,
 * f float, d double, s const char * (an argument: str as UTF-8, bytes, or None for NULL; a
 * return: NULL -> None, else the text decoded as UTF-8). At most 16 arguments.
 * Wrong argument count or type: TypeError ("hypot() argument 1 must be float, not str"); an
 * int out of the C type's range: OverflowError (ctypes would truncate it silently; pyrust
 * refuses); a str with a NUL: ValueError. Keyword arguments: TypeError.
 * Returns 0, PYRUST_INVALID_ARGUMENT (bad signature, NULL, bad name), 1 (memory). */
int pyrust_context_add_cfunction(pyrust_context *ctx, const char *name, void *fn, const char *signature);

/* ---- Capabilities ----------------------------------------------------------------------- */

/* A JSON manifest of what this build supports: version, language features (and those
 * refused), standard modules with the names each provides, limits, entry points. Generated
 * from the implementation at the first call; static text, never freed. */
const char *pyrust_capabilities(void);

/* ---- Running as a command (0.4) ------------------------------------------------------- */
/*
 * What the `pyrust` command (cli/main.c) needs to behave like `python3`: output delivered as it
 * is printed, the script's file name in tracebacks and its sys.argv, an interactive session
 * whose globals persist between inputs, and per-stage timings. Every function takes a context
 * (NULL: the calling thread's implicit one) and returns 0, or PYRUST_INVALID_ARGUMENT (also when
 * called from inside one of the context's own runs).
 * Runs of a context with any of these settings, and PYRUST_RUN_SCRIPT / PYRUST_RUN_INTERACTIVE
 * runs, use the cache their flags ask for (PYRUST_RUN_CACHED or PYRUST_RUN_SHARED; each mode
 * has its own key, and the file name does not matter: the compiled code does not depend on
 * it) except inside a session, whose inputs are always compiled afresh.
 */

/* pyrust_context_run flags (0.4), combinable with PYRUST_RUN_CACHED or PYRUST_RUN_SHARED.
 * SCRIPT: compiled as `python3 FILE` runs a file: the last expression's value is not returned
 *   (output holds only what the program printed; result_json stays NULL).
 * INTERACTIVE: compiled as CPython's REPL compiles an input: every expression statement at
 *   module level (also inside its if/for/while/try/with blocks, not inside functions or
 *   classes) prints repr(value) and a newline when the value is not None; `_` is not set.
 * The two exclude each other (PYRUST_INVALID_ARGUMENT). */
enum {
    PYRUST_RUN_SCRIPT = 8u,
    PYRUST_RUN_INTERACTIVE = 16u
};

/* Called with each chunk of output as the program writes it: stream 1 is stdout (print,
 * sys.stdout.write, REPL echoes), 2 is stderr (print(..., file=sys.stderr), sys.stderr.write,
 * the text of a non-int SystemExit code). Each print()/write() call is delivered before the
 * program goes on, so chunks arrive in program order and a long-running program's output
 * appears as it runs. `data` is valid during the call only and may contain NUL bytes. The
 * callback runs on the thread running the context, inside the run: it must not call
 * functions of this context (other contexts are fine). Tracebacks are not sent here: they are
 * in pyrust_result.traceback as before. */
typedef void (*pyrust_output_fn)(void *userdata, int stream, const char *data, size_t len);

/* Sends the context's later runs' output to fn (NULL: back to collecting it in the result).
 * With a callback, pyrust_result.output and error_output hold only what was not delivered
 * (normally nothing), so memory stays flat however much is printed; max_output still counts
 * every byte delivered, and with no max_output there is no cap at all (instead of 256 MiB). */
int pyrust_context_set_output(pyrust_context *ctx, pyrust_output_fn fn, void *userdata);

/* Names the program for the context's later runs: tracebacks and SyntaxErrors say
 * File "<filename>" (NULL: "<string>", as `python3 -c`), and when the name is not in angle
 * brackets ("<stdin>", "<string>") each traceback entry also shows its source line and 3.11's
 * ~~~^^^ markers under the failing part of it, as python3 shows a script's.
 * sys.argv becomes the argc strings of argv (copied; argc 0: [''], as python3 with no script);
 * bytes that are not UTF-8 become U+FFFD. */
int pyrust_context_set_program(pyrust_context *ctx, const char *filename, int argc, const char *const *argv);

/* on != 0 starts an interactive session (if none is running): from then on, globals, the
 * objects the runs made and the modules they imported persist from one run of the context to
 * the next, as in CPython's REPL (a function defined in one run sees globals assigned in a
 * later one; an error ends only its own run). on == 0 ends the session and frees all of it.
 * Pair it with PYRUST_RUN_INTERACTIVE to echo values. Runs nested through host functions do
 * not join the session. */
int pyrust_context_set_session(pyrust_context *ctx, int on);

/* Nanoseconds each stage of the context's last run took, for runs of contexts with command
 * settings (above) and PYRUST_RUN_SCRIPT / PYRUST_RUN_INTERACTIVE runs (other runs leave the
 * numbers alone). The lexer runs inside the parser (it pulls tokens as it goes), so lexing
 * and parsing are one stage. A cache hit has 0 for parse and compile; a SyntaxError leaves
 * run_ns 0. Set `size` to sizeof(pyrust_timings). */
typedef struct pyrust_timings {
    uint32_t size;
    uint32_t reserved;
    uint64_t parse_ns;       /* lexing and parsing */
    uint64_t compile_ns;     /* AST -> bytecode */
    uint64_t run_ns;         /* running, including writing output to the callback */
} pyrust_timings;

int pyrust_context_timings(pyrust_context *ctx, pyrust_timings *out);

/* ---- Debugging aid -------------------------------------------------------------------- */

/* Number of per-thread states (each holding that thread's compile cache) alive in the process:
 * threads that called the library and have not exited. Lets tests see that exited threads'
 * caches were freed. Not needed in normal use. */
int64_t pyrust_debug_live_caches(void);

#ifdef __cplusplus
}
#endif

/* ---- Layout checks ---------------------------------------------------------------------- */
/* The sizes and offsets stated above, as the compiler that includes this header sees them
 * (LP64 targets; C11 or C++11). A failure means the host's compiler lays the structs out
 * differently from the library (a packing pragma, a 32-bit target): do not use it so.
 * Define PYRUST_NO_LAYOUT_CHECKS to skip them. */
#if defined(__LP64__) && !defined(PYRUST_NO_LAYOUT_CHECKS) && \
    ((defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) || \
     (defined(__cplusplus) && __cplusplus >= 201103L))
#ifdef __cplusplus
#define PYRUST_LAYOUT_(cond, what) static_assert(cond, what)
#else
#define PYRUST_LAYOUT_(cond, what) _Static_assert(cond, what)
#endif
#define PYRUST_AT_(type, field, offset) \
    PYRUST_LAYOUT_(offsetof(type, field) == offset, #type "." #field " at " #offset)
PYRUST_LAYOUT_(sizeof(pyrust_cache_stats) == 64, "pyrust_cache_stats is 64 bytes");
PYRUST_AT_(pyrust_cache_stats, hits, 0);
PYRUST_AT_(pyrust_cache_stats, misses, 8);
PYRUST_AT_(pyrust_cache_stats, inserts, 16);
PYRUST_AT_(pyrust_cache_stats, evictions, 24);
PYRUST_AT_(pyrust_cache_stats, size, 32);
PYRUST_AT_(pyrust_cache_stats, capacity, 40);
PYRUST_AT_(pyrust_cache_stats, bytes, 48);
PYRUST_AT_(pyrust_cache_stats, hit_rate, 56);
PYRUST_LAYOUT_(sizeof(pyrust_result) == 128, "pyrust_result is 128 bytes");
PYRUST_AT_(pyrust_result, status, 0);
PYRUST_AT_(pyrust_result, error_line, 4);
PYRUST_AT_(pyrust_result, error_col, 8);
PYRUST_AT_(pyrust_result, output, 16);
PYRUST_AT_(pyrust_result, output_len, 24);
PYRUST_AT_(pyrust_result, error_type, 32);
PYRUST_AT_(pyrust_result, error_message, 40);
PYRUST_AT_(pyrust_result, traceback, 48);
PYRUST_AT_(pyrust_result, error_output, 56);
PYRUST_AT_(pyrust_result, error_output_len, 64);
PYRUST_AT_(pyrust_result, exit_code, 72);
PYRUST_AT_(pyrust_result, layout, 76);
PYRUST_AT_(pyrust_result, result_json, 80);
PYRUST_AT_(pyrust_result, result_json_len, 88);
PYRUST_AT_(pyrust_result, result_json_error, 96);
PYRUST_AT_(pyrust_result, value, 104);
PYRUST_AT_(pyrust_result, globals_json, 112);
PYRUST_AT_(pyrust_result, globals_json_len, 120);
PYRUST_LAYOUT_(sizeof(pyrust_cancel_token) == 8, "pyrust_cancel_token is 8 bytes");
PYRUST_AT_(pyrust_cancel_token, requested, 0);
PYRUST_AT_(pyrust_cancel_token, reserved, 4);
PYRUST_LAYOUT_(sizeof(pyrust_limits) == 40, "pyrust_limits is 40 bytes");
PYRUST_AT_(pyrust_limits, size, 0);
PYRUST_AT_(pyrust_limits, max_depth, 4);
PYRUST_AT_(pyrust_limits, max_instructions, 8);
PYRUST_AT_(pyrust_limits, timeout_ms, 16);
PYRUST_AT_(pyrust_limits, max_output, 24);
PYRUST_AT_(pyrust_limits, cancel, 32);
PYRUST_LAYOUT_(sizeof(pyrust_options) == 48, "pyrust_options is 48 bytes");
PYRUST_AT_(pyrust_options, size, 0);
PYRUST_AT_(pyrust_options, cache_capacity, 4);
PYRUST_AT_(pyrust_options, limits, 8);
#undef PYRUST_AT_
#undef PYRUST_LAYOUT_
#endif

#endif /* PYRUST_H */
