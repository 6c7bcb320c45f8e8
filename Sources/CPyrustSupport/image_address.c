/* Whether an address belongs to a loaded image (HeapMeasure: malloc must not be asked about
 * static data). dladdr needs _GNU_SOURCE, which Swift's Glibc module is not built with. */
#define _GNU_SOURCE
#include <dlfcn.h>

#include "pyrust_support.h"

int pyrust_support_in_loaded_image(const void *p) {
    Dl_info info;
    return dladdr(p, &info) != 0;
}
