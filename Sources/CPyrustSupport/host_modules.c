/* Modules a host registers from Python source (pyrust_module_add), for every thread.
 * Process-wide and rarely written: a mutex-protected list of malloc'd copies, and a
 * generation counter each thread's interpreter compares before a run, to drop the modules it
 * built from an older registration. Kept in C so that no Swift object is shared between
 * threads (the library counts references without atomics). */
#include "pyrust_support.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

typedef struct host_module {
    char *name;
    char *source;
    size_t length;
} host_module;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static host_module *modules;
static size_t count, capacity;
static _Atomic uint64_t generation;

uint64_t pyrust_support_host_modules_generation(void) {
    return atomic_load_explicit(&generation, memory_order_acquire);
}

static ptrdiff_t find(const char *name) {
    for (size_t i = 0; i < count; i++)
        if (strcmp(modules[i].name, name) == 0) return (ptrdiff_t)i;
    return -1;
}

int pyrust_support_host_module_set(const char *name, const char *source, size_t length) {
    char *name_copy = strdup(name);
    char *source_copy = source ? malloc(length + 1) : NULL;
    if (!name_copy || (source && !source_copy)) {
        free(name_copy);
        free(source_copy);
        return -1;
    }
    if (source) {
        memcpy(source_copy, source, length);
        source_copy[length] = 0;
    }
    pthread_mutex_lock(&lock);
    ptrdiff_t i = find(name);
    if (i >= 0) {
        free(modules[i].name);
        free(modules[i].source);
        if (source) {
            modules[i] = (host_module){name_copy, source_copy, length};
        } else {
            modules[i] = modules[--count];
            free(name_copy);
        }
    } else if (source) {
        if (count == capacity) {
            size_t bigger = capacity ? capacity * 2 : 8;
            host_module *grown = realloc(modules, bigger * sizeof *grown);
            if (!grown) {
                pthread_mutex_unlock(&lock);
                free(name_copy);
                free(source_copy);
                return -1;
            }
            modules = grown;
            capacity = bigger;
        }
        modules[count++] = (host_module){name_copy, source_copy, length};
    } else {
        free(name_copy);
        pthread_mutex_unlock(&lock);
        return 1;   /* nothing to remove */
    }
    atomic_fetch_add_explicit(&generation, 1, memory_order_release);
    pthread_mutex_unlock(&lock);
    return 0;
}

int pyrust_support_host_package(const char *name) {
    size_t n = strlen(name);
    int found = 0;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < count && !found; i++)
        found = strncmp(modules[i].name, name, n) == 0 && modules[i].name[n] == '.';
    pthread_mutex_unlock(&lock);
    return found;
}

char *pyrust_support_host_module_copy(const char *name, size_t *length) {
    char *copy = NULL;
    pthread_mutex_lock(&lock);
    ptrdiff_t i = find(name);
    if (i >= 0 && (copy = malloc(modules[i].length + 1)) != NULL) {
        memcpy(copy, modules[i].source, modules[i].length + 1);
        *length = modules[i].length;
    }
    pthread_mutex_unlock(&lock);
    return copy;
}
