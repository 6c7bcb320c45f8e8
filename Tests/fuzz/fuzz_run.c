/* libFuzzer target 2: compile and run under limits. Every input runs through pyrust_run_ex
 * with an instruction limit, a time limit, an output limit and a lowered depth limit (through
 * the compile cache for odd lengths, so cache insertion and hits are exercised too). Then a
 * cached `2 + 2` on the same thread must still give "4": a run that leaves the interpreter
 * broken is a finding even when it did not crash. */
#include <pyrust.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int valid_status(int s) {
    return s == PYRUST_OK || s == PYRUST_ERROR || s == PYRUST_LIMIT_EXCEEDED || s == PYRUST_EXIT;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pyrust_limits limits;
    memset(&limits, 0, sizeof limits);
    limits.size = sizeof limits;
    limits.max_depth = 200;
    limits.max_instructions = 200000;
    limits.timeout_ms = 250;
    limits.max_output = 1 << 16;
    pyrust_result r;
    uint32_t flags = (size & 1) ? PYRUST_RUN_CACHED : 0;
    int status = pyrust_run_ex((const char *)data, size, flags, &limits, &r);
    if (!valid_status(status) || r.output == NULL || r.error_output == NULL ||
        (status != PYRUST_OK && r.error_type == NULL)) {
        fprintf(stderr, "fuzz_run: bad result: status %d\n", status);
        abort();
    }
    pyrust_result_free(&r);

    char *four = pyrust_execute_cached("2 + 2");
    if (four == NULL || strcmp(four, "4") != 0) {
        fprintf(stderr, "fuzz_run: the thread is broken after the input: 2 + 2 gave %s\n",
                four ? four : pyrust_last_error());
        abort();
    }
    pyrust_free(four);
    return 0;
}
