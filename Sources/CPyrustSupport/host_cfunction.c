/* Typed C functions a host registers (pyrust_context_add_cfunction), called through libffi
 * (linked statically). The signature is parsed and the call interface prepared once, at
 * registration; a call only converts arguments into 8-byte slots and runs ffi_call.
 *
 * Codes: v void (return only), b bool, c int8, C uint8, h int16, H uint16, i int32,
 * I uint32, l int64, L uint64, f float, d double, s const char * (UTF-8, NUL-terminated). */
#include "pyrust_values.h"

#include <ffi.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ARGS = 16 };

struct pyrust_support_cfunction {
    void (*fn)(void);
    ffi_cif cif;
    int direct;             /* called without libffi (see call_direct) */
    int integers_only;      /* direct, no float or double argument or result */
    char return_code;
    size_t arity;
    char codes[MAX_ARGS];
    ffi_type *types[MAX_ARGS];
};

static ffi_type *type_of(char code, int is_return) {
    switch (code) {
    case 'v': return is_return ? &ffi_type_void : NULL;
    case 'b': return &ffi_type_uint8;
    case 'c': return &ffi_type_sint8;
    case 'C': return &ffi_type_uint8;
    case 'h': return &ffi_type_sint16;
    case 'H': return &ffi_type_uint16;
    case 'i': return &ffi_type_sint32;
    case 'I': return &ffi_type_uint32;
    case 'l': return &ffi_type_sint64;
    case 'L': return &ffi_type_uint64;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    case 's': return &ffi_type_pointer;
    default: return NULL;
    }
}

pyrust_support_cfunction *pyrust_support_cfunction_new(void *fn, const char *signature, const char **error) {
    *error = NULL;
    if (!fn) { *error = "function pointer must not be NULL"; return NULL; }
    if (!signature || !signature[0]) { *error = "signature must not be empty"; return NULL; }
    pyrust_support_cfunction *f = calloc(1, sizeof *f);
    if (!f) { *error = "out of memory"; return NULL; }
    f->fn = (void (*)(void))fn;
    f->return_code = signature[0];
    ffi_type *ret = type_of(signature[0], 1);
    const char *p = signature + 1;
    if (!ret || *p != '(') { free(f); *error = "signature must look like \"d(dd)\": a return code, then argument codes in parentheses"; return NULL; }
    p++;
    while (*p && *p != ')') {
        if (f->arity == MAX_ARGS) { free(f); *error = "at most 16 arguments"; return NULL; }
        ffi_type *t = type_of(*p, 0);
        if (!t) { free(f); *error = "unknown type code in signature (use v b c C h H i I l L f d s)"; return NULL; }
        f->codes[f->arity] = *p;
        f->types[f->arity] = t;
        f->arity++;
        p++;
    }
    if (*p != ')' || p[1] != 0) { free(f); *error = "signature must end with ')'"; return NULL; }
    if (ffi_prep_cif(&f->cif, FFI_DEFAULT_ABI, (unsigned)f->arity, ret, f->types) != FFI_OK) {
        free(f);
        *error = "libffi could not prepare the call";
        return NULL;
    }
#if defined(__x86_64__) || defined(__aarch64__)
    size_t integers = 0, reals = 0;
    for (size_t i = 0; i < f->arity; i++) {
        if (f->codes[i] == 'f' || f->codes[i] == 'd') reals++;
        else integers++;
    }
    f->direct = integers <= 6 && reals <= 8;
    f->integers_only = f->direct && reals == 0 && f->return_code != 'f' && f->return_code != 'd';
#endif
    return f;
}

void pyrust_support_cfunction_free(pyrust_support_cfunction *f) { free(f); }

char pyrust_support_cfunction_return(const pyrust_support_cfunction *f) { return f->return_code; }
size_t pyrust_support_cfunction_arity(const pyrust_support_cfunction *f) { return f->arity; }
char pyrust_support_cfunction_arg(const pyrust_support_cfunction *f, size_t i) { return i < f->arity ? f->codes[i] : 0; }

/* Each slot holds its argument at offset 0 in the argument's own width (little-endian, so
 * the Swift side can store the value as a 64-bit integer or double bit pattern; floats are
 * narrowed here). */
#if defined(__x86_64__) || defined(__aarch64__)
/* The calling conventions of x86-64 (System V) and AArch64 pass the integer and pointer
 * arguments of a non-variadic function in the integer registers, in order, and the float and
 * double ones in the vector registers, in order, each sequence independently; the result
 * comes back in the first register of its class. So a function with at most 6 integer and 8
 * floating-point arguments is called correctly through a pointer typed with 6 integers and 8
 * doubles: the surplus registers are ignored by the callee. A float argument travels in the
 * low 32 bits of its vector register, so its slot holds the float's bits there; a narrow
 * integer is passed sign- or zero-extended to 64 bits (what compilers expect of callers).
 * This skips libffi's per-call classification, the bulk of a typed call's cost. */
typedef uint64_t (*integer_result)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                                   double, double, double, double, double, double, double, double);
typedef uint64_t (*integers_only)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t);
typedef double (*real_result)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                              double, double, double, double, double, double, double, double);

/* The pointer type differs from the callee's on purpose (above): UBSan's -fsanitize=function
 * check would report every such call, so it is off for this function only. */
#if defined(__clang__)
__attribute__((no_sanitize("function")))
#endif
static void call_direct(pyrust_support_cfunction *f, const uint64_t *slots, uint64_t *ret) {
    char r = f->return_code;
    if (f->integers_only) {
        /* no vector registers to fill: the common shape (ints and pointers in, int out) */
        uint64_t result = ((integers_only)(void *)f->fn)(slots[0], slots[1], slots[2], slots[3], slots[4], slots[5]);
        switch (r) {
        case 'c': *ret = (uint64_t)(int64_t)(int8_t)result; break;
        case 'h': *ret = (uint64_t)(int64_t)(int16_t)result; break;
        case 'i': *ret = (uint64_t)(int64_t)(int32_t)result; break;
        case 'b': *ret = (uint8_t)result != 0; break;
        case 'C': *ret = (uint8_t)result; break;
        case 'H': *ret = (uint16_t)result; break;
        case 'I': *ret = (uint32_t)result; break;
        case 'v': *ret = 0; break;
        default: *ret = result; break;
        }
        return;
    }
    uint64_t x[6] = {0};
    double d[8] = {0};
    size_t xi = 0, di = 0;
    for (size_t i = 0; i < f->arity; i++) {
        char c = f->codes[i];
        if (c == 'd') {
            memcpy(&d[di++], &slots[i], sizeof(double));
        } else if (c == 'f') {
            double wide;
            memcpy(&wide, &slots[i], sizeof wide);
            float narrow = (float)wide;
            uint64_t bits = 0;
            memcpy(&bits, &narrow, sizeof narrow);
            memcpy(&d[di++], &bits, sizeof bits);
        } else {
            x[xi++] = slots[i];
        }
    }
    if (r == 'd' || r == 'f') {
        double result = ((real_result)(void *)f->fn)(x[0], x[1], x[2], x[3], x[4], x[5],
                                                      d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
        if (r == 'f') {
            float narrow;
            memcpy(&narrow, &result, sizeof narrow);
            result = narrow;
        }
        memcpy(ret, &result, sizeof result);
        return;
    }
    uint64_t result = ((integer_result)(void *)f->fn)(x[0], x[1], x[2], x[3], x[4], x[5],
                                                       d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
    switch (r) {
    case 'c': *ret = (uint64_t)(int64_t)(int8_t)result; break;
    case 'h': *ret = (uint64_t)(int64_t)(int16_t)result; break;
    case 'i': *ret = (uint64_t)(int64_t)(int32_t)result; break;
    case 'b': *ret = (uint8_t)result != 0; break;
    case 'C': *ret = (uint8_t)result; break;
    case 'H': *ret = (uint16_t)result; break;
    case 'I': *ret = (uint32_t)result; break;
    case 'v': *ret = 0; break;
    default: *ret = result; break;
    }
}
#endif

void pyrust_support_cfunction_call(pyrust_support_cfunction *f, uint64_t *slots, uint64_t *ret) {
#if defined(__x86_64__) || defined(__aarch64__)
    if (f->direct) {
        call_direct(f, slots, ret);
        return;
    }
#endif
    void *values[MAX_ARGS];
    float narrowed[MAX_ARGS];
    for (size_t i = 0; i < f->arity; i++) {
        if (f->codes[i] == 'f') {
            double d;
            memcpy(&d, &slots[i], sizeof d);
            narrowed[i] = (float)d;
            values[i] = &narrowed[i];
        } else {
            values[i] = &slots[i];
        }
    }
    /* libffi widens integer returns smaller than a register to ffi_arg */
    union { ffi_arg integer; double d; float f; void *p; uint64_t raw; } result;
    memset(&result, 0, sizeof result);
    ffi_call(&f->cif, f->fn, &result, values);
    switch (f->return_code) {
    case 'f': { double d = result.f; memcpy(ret, &d, sizeof d); break; }
    case 'd': memcpy(ret, &result.d, sizeof result.d); break;
    case 'c': *ret = (uint64_t)(int64_t)(int8_t)result.integer; break;
    case 'h': *ret = (uint64_t)(int64_t)(int16_t)result.integer; break;
    case 'i': *ret = (uint64_t)(int64_t)(int32_t)result.integer; break;
    case 'b': *ret = (uint8_t)result.integer != 0; break;
    case 'C': *ret = (uint8_t)result.integer; break;
    case 'H': *ret = (uint16_t)result.integer; break;
    case 'I': *ret = (uint32_t)result.integer; break;
    default: *ret = result.raw; break;
    }
}
