/* Heap block sizes for the cache's measured `bytes` (API/HeapMeasure.swift). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <malloc.h>
#include "pyrust_support.h"

size_t pyrust_support_heap_block_size(void *p) {
    Dl_info info;
    /* An address inside a loaded object is static data, not a malloc block. */
    if (p == NULL || dladdr(p, &info) != 0) return 0;
    return malloc_usable_size(p);
}
