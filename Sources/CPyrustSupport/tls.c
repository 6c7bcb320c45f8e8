/* The per-thread state slot. Every _Thread_local of the library uses a dynamic TLS model:
 * initial-exec would make each access one load, but it makes the .so need room in glibc's
 * static TLS block, which ran out at the 12th dlopen'ed copy (Tests/C/test_tls_copies.c).
 * They are hidden and local-dynamic, so that a function reading several of them calls
 * __tls_get_addr once for the module's block instead of once per variable.
 * The pthread key exists only for its destructor, which frees the state at thread exit. */
#include "pyrust_support.h"

#include <pthread.h>
#include <stdatomic.h>

static __attribute__((tls_model("local-dynamic"))) _Thread_local void *state_slot;

__attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local void *pyrust_support_run_registry_slot;
__attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local void *pyrust_support_active_vm_slot;
__attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local int32_t pyrust_support_run_nesting_slot;

static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;
static int exit_key_ready;
static _Atomic(pyrust_support_state_destructor) state_destructor;
static _Atomic int64_t live_states;

static void on_thread_exit(void *state) {
    /* glibc has already cleared the key; clear the fast slot too so that a later call on this
     * thread (from another key's destructor) makes a fresh state instead of using freed memory. */
    state_slot = NULL;
    pyrust_support_state_destructor destroy = atomic_load(&state_destructor);
    if (destroy != NULL) destroy(state);
    atomic_fetch_sub(&live_states, 1);
}

static void make_exit_key(void) {
    exit_key_ready = pthread_key_create(&exit_key, on_thread_exit) == 0;
}

void *pyrust_support_thread_state(void) {
    return state_slot;
}

int pyrust_support_thread_state_set(void *state, pyrust_support_state_destructor destructor) {
    atomic_store(&state_destructor, destructor);
    pthread_once(&exit_key_once, make_exit_key);
    state_slot = state;
    if (!exit_key_ready || pthread_setspecific(exit_key, state) != 0) return -1;
    atomic_fetch_add(&live_states, 1);
    return 0;
}

int64_t pyrust_support_live_states(void) {
    return atomic_load(&live_states);
}

static _Atomic uint32_t type_version_counter;

uint32_t pyrust_support_next_type_version(void) {
    return atomic_fetch_add(&type_version_counter, 1) + 1;
}
