/* Thread-local state for Objects/Trashcan.swift. The parking buffer is always empty when a
   release finishes, so freeing its memory at thread exit needs no Swift code. */
#include <pthread.h>
#include <stdlib.h>
#include "pyrust_trash.h"

static __thread pyrust_trash state;
static __thread int registered;
static pthread_key_t trash_key;
static pthread_once_t trash_once = PTHREAD_ONCE_INIT;

static void trash_thread_exit(void *p) {
    pyrust_trash *t = (pyrust_trash *)p;
    if (t && t->buffer) {
        free(t->buffer);
        t->buffer = NULL;
        t->capacity = 0;
    }
}

static void trash_make_key(void) { pthread_key_create(&trash_key, trash_thread_exit); }

pyrust_trash *pyrust_trash_state(void) {
    if (!registered) {
        registered = 1;
        pthread_once(&trash_once, trash_make_key);
        pthread_setspecific(trash_key, &state);
    }
    return &state;
}
