/* Native stack: the guard recursive code checks, and a private stack for callers whose own is
 * too small.
 *
 * The guard's limit is computed once per thread from the thread's real stack bounds
 * (pthread_getattr_np) and kept in a thread-local, so each check is a compare.
 *
 * Every entry point runs the interpreter through pyrust_stack_run: when the calling thread has
 * less than PYRUST_STACK_NEEDED bytes of stack left (a Java or musl thread, a 64 KiB worker,
 * a deep host call chain), the call runs on a private stack of that size instead (mmap'd once
 * per thread with a guard page, freed at thread exit), switched to with swapcontext. Results
 * then do not depend on the host's stack size, and no input can overflow it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include "pyrust_stack.h"

static __thread uintptr_t stack_limit;   /* lowest address we allow the stack pointer to reach */
static __thread uintptr_t stack_low;     /* lowest address of the thread's own stack (0: unknown) */
__attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local uintptr_t pyrust_stack_room_mark;

static size_t margin_for(size_t size) {
    /* An eighth of the stack, at least 64 KiB, at most 1 MiB. */
    size_t margin = size / 8;
    if (margin < (64u << 10)) margin = 64u << 10;
    if (margin > (1u << 20)) margin = 1u << 20;
    return margin;
}

static void learn_own_stack(void) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    pthread_attr_t attr;
    void *base = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &base, &size);
        pthread_attr_destroy(&attr);
    }
    if (base == NULL || size == 0 || here < (uintptr_t)base || here > (uintptr_t)base + size) {
        /* Unknown bounds: assume 256 KiB below the current frame is safe to use. */
        stack_low = here > (256u << 10) ? here - (256u << 10) : 1;
        stack_limit = stack_low;
        pyrust_stack_room_mark = stack_low + PYRUST_STACK_NEEDED;
        return;
    }
    stack_low = (uintptr_t)base;
    pyrust_stack_room_mark = stack_low + PYRUST_STACK_NEEDED;
    uintptr_t limit = (uintptr_t)base + margin_for(size);
    stack_limit = limit < here ? limit : here;
}

int pyrust_stack_exhausted(void) {
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    if (stack_limit == 0) learn_own_stack();
    return sp < stack_limit;
}

/* ---- the private stack ---- */

enum { PRIVATE_STACK_SIZE = 8 << 20 };   /* virtual: pages are committed only as they are touched */

static __thread char *private_stack;     /* mmap'd: a guard page, then PRIVATE_STACK_SIZE bytes */
static __thread int on_private_stack;
static pthread_key_t private_key;
static pthread_once_t private_key_once = PTHREAD_ONCE_INIT;
static int private_key_ready;
static size_t page_size;

static void free_private_stack(void *p) {
    if (p) munmap(p, page_size + PRIVATE_STACK_SIZE);
}

static void make_private_key(void) {
    page_size = (size_t)sysconf(_SC_PAGESIZE);
    private_key_ready = pthread_key_create(&private_key, free_private_stack) == 0;
}

static char *get_private_stack(void) {
    if (private_stack) return private_stack;
    pthread_once(&private_key_once, make_private_key);
    if (!private_key_ready) return NULL;
    void *p = mmap(NULL, page_size + PRIVATE_STACK_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED) return NULL;
    mprotect(p, page_size, PROT_NONE);   /* guard page below the stack */
    if (pthread_setspecific(private_key, p) != 0) {
        munmap(p, page_size + PRIVATE_STACK_SIZE);
        return NULL;
    }
    private_stack = p;
    return private_stack;
}

struct switch_call {
    pyrust_stack_body body;
    void *context;
};

static __thread struct switch_call *current_switch;

static void trampoline(void) {
    struct switch_call *call = current_switch;
    call->body(call->context);
    /* returning resumes the caller's context (uc_link) */
}

int pyrust_stack_run(pyrust_stack_body body, void *context) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    if (stack_limit == 0) learn_own_stack();
    if (on_private_stack || here - stack_low >= PYRUST_STACK_NEEDED) {
        body(context);
        return 0;
    }
    char *stack = get_private_stack();
    if (stack == NULL) {
        body(context);      /* no memory for a stack: the guard still checks the caller's */
        return 1;
    }
    struct switch_call call = {body, context};
    ucontext_t caller, callee;
    if (getcontext(&callee) != 0) {
        body(context);
        return 1;
    }
    callee.uc_stack.ss_sp = stack + page_size;
    callee.uc_stack.ss_size = PRIVATE_STACK_SIZE;
    callee.uc_link = &caller;
    makecontext(&callee, trampoline, 0);
    uintptr_t saved_limit = stack_limit;
    stack_limit = (uintptr_t)(stack + page_size) + margin_for(PRIVATE_STACK_SIZE);
    current_switch = &call;
    on_private_stack = 1;
    int switched = swapcontext(&caller, &callee) == 0;
    on_private_stack = 0;
    stack_limit = saved_limit;
    if (!switched) {
        body(context);
        return 1;
    }
    return 0;
}
