/* libFuzzer target 1: compile only. Every input is lexed, parsed and compiled (never run) by
 * pyrust_fuzz_compile, which exists only in the fuzzing build of the library (-DPYRUST_FUZZ).
 * Any outcome but 0 (compiled) or 1 (SyntaxError) is a bug; a trap, ASan report or a hang is
 * what libFuzzer is looking for. */
#include <pyrust.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int pyrust_fuzz_compile(const uint8_t *code, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int rc = pyrust_fuzz_compile(data, size);
    if (rc != 0 && rc != 1) abort();
    return 0;
}
