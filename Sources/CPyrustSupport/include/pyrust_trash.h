/* Per-thread nesting counter and parking buffer for releasing deeply nested containers
   without deep native recursion (see Objects/Trashcan.swift). */
#ifndef PYRUST_TRASH_H
#define PYRUST_TRASH_H
#include <stddef.h>

typedef struct pyrust_trash {
    int depth;          /* nesting of container deinits on this thread */
    void *buffer;       /* parked values (a Swift-managed Value buffer), empty between drains */
    size_t count;
    size_t capacity;
} pyrust_trash;

/* The calling thread's trash state (zeroed on first use; its buffer is freed at thread exit). */
pyrust_trash *pyrust_trash_state(void);

#endif
