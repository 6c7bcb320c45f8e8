/* Small C helpers for the Swift side of libpyrust: the per-thread state slot and C-layout
 * mirrors of the public structs. Internal: nothing here is exported from libpyrust.so. */
#ifndef PYRUST_SUPPORT_H
#define PYRUST_SUPPORT_H

#include <malloc.h>   /* malloc_usable_size, which Swift's Glibc module does not export */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Heap measurement (heap_blocks.c) ----
 * The malloc block size at `p`, or 0 when `p` lies in a loaded image's static data (the Swift
 * compiler places constant arrays there; malloc_usable_size on them is undefined). */
size_t pyrust_support_heap_block_size(void *p);

/* ---- Per-thread state slot (tls.c) ----
 * One opaque pointer per thread, kept in a dynamic-model _Thread_local (see tls.c for why),
 * plus a pthread key used only so that the state is destroyed when the thread exits. */

typedef void (*pyrust_support_state_destructor)(void *state);

/* This thread's state, or NULL before pyrust_support_thread_state_set was called on it. */
void *pyrust_support_thread_state(void);

/* Stores `state` (not NULL) as this thread's state; `destructor(state)` runs when the thread exits.
 * Returns 0, or -1 when no pthread key could be made: the state is stored all the same
 * but will not be destroyed at thread exit. */
int pyrust_support_thread_state_set(void *state, pyrust_support_state_destructor destructor);

/* States set and not yet destroyed, over all threads (a debugging aid). */
int64_t pyrust_support_live_states(void);

/* ---- Loaded images (image_address.c) ---- */

/* The registry of the run in progress on this thread (an opaque Swift object), or NULL between
 * runs. Read on every list, dict and instance creation, so it is a header-inlined TLS load. */
extern __attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local void *pyrust_support_run_registry_slot;
static inline void *pyrust_support_run_registry(void) { return pyrust_support_run_registry_slot; }
static inline void pyrust_support_set_run_registry(void *registry) { pyrust_support_run_registry_slot = registry; }

/* The VM running on this thread now (an opaque Swift object), or NULL between runs. Set at
 * the start of every run and restored at its end, so a context that moves between threads
 * is found from whichever thread runs it (dict hashing and generator closing need it). */
extern __attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local void *pyrust_support_active_vm_slot;
static inline void *pyrust_support_active_vm(void) { return pyrust_support_active_vm_slot; }
static inline void pyrust_support_set_active_vm(void *vm) { pyrust_support_active_vm_slot = vm; }

/* Runs in progress on this thread, nested through host functions (bounded by the caller). */
extern __attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local int32_t pyrust_support_run_nesting_slot;
static inline int32_t pyrust_support_run_nesting(void) { return pyrust_support_run_nesting_slot; }
static inline void pyrust_support_set_run_nesting(int32_t n) { pyrust_support_run_nesting_slot = n; }

/* A host's cancel flag (pyrust_cancel_token.requested), read from the running thread. */
static inline uint32_t pyrust_support_load_relaxed(uint32_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
static inline void pyrust_support_store_relaxed(uint32_t *p, uint32_t v) { __atomic_store_n(p, v, __ATOMIC_RELAXED); }

/* ---- Host modules (host_modules.c) ---- */
/* Registers `name` with `length` bytes of source (copied), or with source NULL removes it.
 * Returns 0; 1 when there was nothing to remove; -1 when out of memory. */
int pyrust_support_host_module_set(const char *name, const char *source, size_t length);
/* A malloc'd NUL-terminated copy of the source registered as `name` (its length in *length),
 * or NULL when none is. */
char *pyrust_support_host_module_copy(const char *name, size_t *length);
/* Nonzero when some host module's name starts with `name` + ".": `name` is then a package. */
int pyrust_support_host_package(const char *name);
/* Bumped by every registration or removal. */
uint64_t pyrust_support_host_modules_generation(void);

/* Process-wide counter for class version tags (never 0 after the first call; wraps after 2^32). */
uint32_t pyrust_support_next_type_version(void);

/* Fills buffer with `length` bytes of the operating system's randomness (getrandom(2)).
 * Returns 0, or -1 when the system call fails. */
int pyrust_support_os_random(void *buffer, size_t length);

/* ---- Layout mirrors of include/pyrust.h (abi_check.c asserts they match) ----
 * The Swift exports fill these; the public header is not imported into Swift so that its
 * function prototypes do not clash with the Swift definitions. */

typedef struct pyrust_support_cache_stats {
    uint64_t hits, misses, inserts, evictions;
    uint64_t size;
    uint64_t capacity;
    uint64_t bytes;
    double hit_rate;
} pyrust_support_cache_stats;

typedef struct pyrust_support_result {
    int32_t status;
    int32_t error_line;
    int32_t error_col;
    char *output;
    size_t output_len;
    char *error_type;
    char *error_message;
    char *traceback;
    char *error_output;
    size_t error_output_len;
    int32_t exit_code;
    int32_t layout;
} pyrust_support_result;

struct pyrust_value;
typedef struct pyrust_support_result_ext {
    pyrust_support_result base;
    char *result_json;
    size_t result_json_len;
    char *result_json_error;
    struct pyrust_value *value;
    char *globals_json;
    size_t globals_json_len;
} pyrust_support_result_ext;


typedef struct pyrust_support_limits {
    uint32_t size;
    uint32_t max_depth;
    uint64_t max_instructions;
    uint64_t timeout_ms;
    uint64_t max_output;
    uint32_t *cancel;     /* pyrust_cancel_token *: its first field */
} pyrust_support_limits;

typedef struct pyrust_support_options {
    uint32_t size;
    uint32_t cache_capacity;
    pyrust_support_limits limits;
} pyrust_support_options;

#ifdef __cplusplus
}
#endif

#endif /* PYRUST_SUPPORT_H */
