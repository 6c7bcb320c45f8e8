/* Native stack guard. The limit is computed once per thread from the thread's real stack
   bounds (pthread_getattr_np) and kept in a thread-local, so each check is a compare. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include "pyrust_stack.h"

static __thread uintptr_t stack_limit;   /* lowest address we allow the stack pointer to reach */

static uintptr_t compute_limit(void) {
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
        return here > (256u << 10) ? here - (256u << 10) : 1;
    }
    /* Keep a margin: an eighth of the stack, at least 64 KiB, at most 1 MiB. */
    size_t margin = size / 8;
    if (margin < (64u << 10)) margin = 64u << 10;
    if (margin > (1u << 20)) margin = 1u << 20;
    uintptr_t limit = (uintptr_t)base + margin;
    return limit < here ? limit : here;
}

int pyrust_stack_exhausted(void) {
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    if (stack_limit == 0) stack_limit = compute_limit();
    return sp < stack_limit;
}
