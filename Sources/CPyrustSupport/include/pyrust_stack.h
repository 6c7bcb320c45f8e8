/* Native stack guard: lets recursive code (repr/== of nested containers, builtins calling back
   into Python) raise RecursionError before the host thread's stack runs out. */
#ifndef PYRUST_STACK_H
#define PYRUST_STACK_H
#include <stdint.h>

/* Nonzero when the calling thread has less than its safety margin of native stack left. */
int pyrust_stack_exhausted(void);

/* Stack the interpreter wants below an entry point: a caller with less runs on a private one. */
#define PYRUST_STACK_NEEDED ((uintptr_t)4 << 20)

typedef void (*pyrust_stack_body)(void *context);

/* The calling thread's stack low end + PYRUST_STACK_NEEDED (0 until pyrust_stack_run learnt it). */
extern __attribute__((visibility("hidden"), tls_model("local-dynamic"))) _Thread_local uintptr_t pyrust_stack_room_mark;

/* Nonzero when the caller can run the interpreter on its own stack (the entry points' fast
 * path: one TLS load and a compare). */
static inline int pyrust_stack_has_room(void) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    return pyrust_stack_room_mark != 0 && here >= pyrust_stack_room_mark;
}

/* Calls body(context) with at least PYRUST_STACK_NEEDED bytes of stack below it: on the
 * caller's stack when it has that much left, else on the thread's private stack. Returns 0
 * (1 if no private stack could be had and body ran on the caller's). */
int pyrust_stack_run(pyrust_stack_body body, void *context);

#endif
