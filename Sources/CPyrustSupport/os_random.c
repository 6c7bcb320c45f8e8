/* Operating-system randomness for random.seed(None) and the first use of an unseeded
 * generator: one getrandom(2) call for the whole buffer, as CPython's _random does. */
#include "pyrust_support.h"

#include <errno.h>
#include <sys/random.h>

int pyrust_support_os_random(void *buffer, size_t length) {
    unsigned char *p = buffer;
    while (length > 0) {
        ssize_t n = getrandom(p, length, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += n;
        length -= (size_t)n;
    }
    return 0;
}
