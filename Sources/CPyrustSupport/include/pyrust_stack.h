/* Native stack guard: lets recursive code (repr/== of nested containers, builtins calling back
   into Python) raise RecursionError before the host thread's stack runs out. */
#ifndef PYRUST_STACK_H
#define PYRUST_STACK_H
#include <stdint.h>

/* Nonzero when the calling thread has less than its safety margin of native stack left. */
int pyrust_stack_exhausted(void);

#endif
