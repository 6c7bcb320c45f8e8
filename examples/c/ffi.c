/* Calls libpyrust the way another runtime's FFI does: dlopen the library, look the symbols
 * up by name, describe each signature to libffi (ffi_prep_cif) and call through ffi_call.
 * It deliberately does not include pyrust.h: the layout of struct pyrust_result is described
 * to libffi as a runtime would, and libffi computes the field offsets.
 *
 * It also calls pyrust_context_run with the whole 0.3.0 struct (result_json).
 *
 * Usage: ffi [path/to/libpyrust.so]   (default: build/libpyrust.so)
 * Build: cc -O2 -o build/examples/ffi examples/c/ffi.c -lffi -ldl
 */
#include <dlfcn.h>
#include <ffi.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int problems;

/* One foreign function: its address and its call interface. */
typedef struct foreign {
    void *fn;
    ffi_cif cif;
    ffi_type *args[6];
} foreign;

static void bind(void *lib, foreign *f, const char *name, ffi_type *ret, int nargs, ffi_type **args) {
    f->fn = dlsym(lib, name);
    if (!f->fn) { fprintf(stderr, "ffi: symbol %s not found: %s\n", name, dlerror()); exit(1); }
    for (int i = 0; i < nargs; i++) f->args[i] = args[i];
    if (ffi_prep_cif(&f->cif, FFI_DEFAULT_ABI, (unsigned)nargs, ret, f->args) != FFI_OK) {
        fprintf(stderr, "ffi: ffi_prep_cif failed for %s\n", name);
        exit(1);
    }
}

static foreign f_version, f_execute_cached, f_free, f_last_error, f_run, f_result_free, f_context_run;

/* libffi passes pointers to the argument values, and returns pointers in an ffi_arg slot. */
static char *call_execute_cached(const char *code) {
    ffi_arg ret;
    void *values[1] = { &code };
    ffi_call(&f_execute_cached.cif, FFI_FN(f_execute_cached.fn), &ret, values);
    return (char *)(uintptr_t)ret;
}

static void call_free(char *p) {
    void *values[1] = { &p };
    ffi_call(&f_free.cif, FFI_FN(f_free.fn), NULL, values);
}

static const char *call_noarg_string(foreign *f) {
    ffi_arg ret;
    ffi_call(&f->cif, FFI_FN(f->fn), &ret, NULL);
    return (const char *)(uintptr_t)ret;
}

/* struct pyrust_result (0.3.0) as a foreign runtime declares it: its fields' types, in order.
 * pyrust_run fills the fields up to `layout`; pyrust_context_run fills all of them. */
enum { R_STATUS, R_LINE, R_COL, R_OUTPUT, R_OUTPUT_LEN, R_ERROR_TYPE, R_ERROR_MESSAGE, R_TRACEBACK,
       R_ERROR_OUTPUT, R_ERROR_OUTPUT_LEN, R_EXIT_CODE, R_LAYOUT, R_RESULT_JSON, R_RESULT_JSON_LEN,
       R_RESULT_JSON_ERROR, R_VALUE, R_GLOBALS_JSON, R_GLOBALS_JSON_LEN, R_FIELDS };
static ffi_type *result_fields[R_FIELDS + 1];
static ffi_type result_type;
static size_t result_offsets[R_FIELDS];

static void describe_result_struct(void) {
    ffi_type *size_t_type = sizeof(size_t) == 8 ? &ffi_type_uint64 : &ffi_type_uint32;
    ffi_type *types[R_FIELDS] = { &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_pointer,
                                  size_t_type, &ffi_type_pointer, &ffi_type_pointer, &ffi_type_pointer,
                                  &ffi_type_pointer, size_t_type, &ffi_type_sint32, &ffi_type_sint32,
                                  &ffi_type_pointer, size_t_type, &ffi_type_pointer, &ffi_type_pointer,
                                  &ffi_type_pointer, size_t_type };
    memcpy(result_fields, types, sizeof types);
    result_fields[R_FIELDS] = NULL;
    result_type.size = 0;
    result_type.alignment = 0;
    result_type.type = FFI_TYPE_STRUCT;
    result_type.elements = result_fields;
    if (ffi_get_struct_offsets(FFI_DEFAULT_ABI, &result_type, result_offsets) != FFI_OK) {
        fprintf(stderr, "ffi: cannot lay out struct pyrust_result\n");
        exit(1);
    }
}

#define FIELD(buf, index, type) (*(type *)((char *)(buf) + result_offsets[index]))

/* Prints text in quotes with newlines shown as \n. */
static void quoted(const char *text, size_t len) {
    putchar('"');
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') fputs("\\n", stdout);
        else putchar(text[i]);
    }
    putchar('"');
}

static void run_structured(const char *code, uint32_t flags) {
    void *result = calloc(1, result_type.size);   /* calloc memory is aligned for any field */
    size_t len = strlen(code);
    void *values[4] = { &code, &len, &flags, &result };
    ffi_arg status;
    ffi_call(&f_run.cif, FFI_FN(f_run.fn), &status, values);
    printf("  pyrust_run(");
    quoted(code, len);
    printf(") -> status %d", (int)(int32_t)status);
    const char *output = FIELD(result, R_OUTPUT, char *);
    size_t output_len = FIELD(result, R_OUTPUT_LEN, size_t);
    printf(", output ");
    quoted(output ? output : "", output ? output_len : 0);
    printf(" (%zu bytes)", output_len);
    if ((int32_t)status != 0) {
        const char *type = FIELD(result, R_ERROR_TYPE, char *);
        const char *message = FIELD(result, R_ERROR_MESSAGE, char *);
        printf(", error %s: %s at line %d", type ? type : "(null)", message ? message : "(null)",
               FIELD(result, R_LINE, int32_t));
    }
    printf("\n");
    if (FIELD(result, R_STATUS, int32_t) != (int32_t)status) { printf("  !! status field differs from the return value\n"); problems++; }
    void *free_values[1] = { &result };
    ffi_call(&f_result_free.cif, FFI_FN(f_result_free.fn), NULL, free_values);
    free(result);
}

static void execute_and_show(const char *code) {
    char *out = call_execute_cached(code);
    printf("  execute_cached(");
    quoted(code, strlen(code));
    if (out) {
        printf(") -> ");
        quoted(out, strlen(out));
        printf("\n");
        call_free(out);
    } else {
        const char *err = call_noarg_string(&f_last_error);
        if (!err) { printf(") -> NULL and no error text (!!)\n"); problems++; return; }
        size_t n = strlen(err);
        while (n > 0 && err[n - 1] == '\n') n--;
        size_t start = n;
        while (start > 0 && err[start - 1] != '\n') start--;
        printf(") -> NULL, last_error ends \"%.*s\"\n", (int)(n - start), err + start);
    }
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* pyrust_context_run on the calling thread's implicit context (NULL), no inputs: the last
 * value comes back as JSON as well as its repr. */
static void run_context(const char *code) {
    void *result = calloc(1, result_type.size);
    void *ctx = NULL, *inputs = NULL;
    size_t len = strlen(code);
    uint32_t flags = 1;
    void *values[6] = { &ctx, &code, &len, &flags, &inputs, &result };
    ffi_arg status;
    ffi_call(&f_context_run.cif, FFI_FN(f_context_run.fn), &status, values);
    const char *json = FIELD(result, R_RESULT_JSON, char *);
    printf("  pyrust_context_run(");
    quoted(code, len);
    printf(") -> status %d, layout %d, result_json %s\n", (int)(int32_t)status, FIELD(result, R_LAYOUT, int32_t),
           json ? json : "(null)");
    if (FIELD(result, R_LAYOUT, int32_t) != 1 || !json || FIELD(result, R_RESULT_JSON_LEN, size_t) != strlen(json)) {
        printf("  !! the 0.3.0 fields were not filled\n");
        problems++;
    }
    void *free_values[1] = { &result };
    ffi_call(&f_result_free.cif, FFI_FN(f_result_free.fn), NULL, free_values);
    free(result);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "build/libpyrust.so";
    void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!lib) { fprintf(stderr, "ffi: dlopen failed: %s\n", dlerror()); return 1; }

    ffi_type *ptr1[] = { &ffi_type_pointer };
    ffi_type *run_args[] = { &ffi_type_pointer, sizeof(size_t) == 8 ? &ffi_type_uint64 : &ffi_type_uint32,
                             &ffi_type_uint32, &ffi_type_pointer };
    bind(lib, &f_version, "pyrust_version", &ffi_type_pointer, 0, NULL);
    bind(lib, &f_execute_cached, "pyrust_execute_cached", &ffi_type_pointer, 1, ptr1);
    bind(lib, &f_free, "pyrust_free", &ffi_type_void, 1, ptr1);
    bind(lib, &f_last_error, "pyrust_last_error", &ffi_type_pointer, 0, NULL);
    bind(lib, &f_run, "pyrust_run", &ffi_type_sint32, 4, run_args);
    bind(lib, &f_result_free, "pyrust_result_free", &ffi_type_void, 1, ptr1);
    ffi_type *context_run_args[] = { &ffi_type_pointer, &ffi_type_pointer, run_args[1], &ffi_type_uint32,
                                     &ffi_type_pointer, &ffi_type_pointer };
    bind(lib, &f_context_run, "pyrust_context_run", &ffi_type_sint32, 6, context_run_args);
    describe_result_struct();

    printf("dlopen(\"%s\"): libpyrust %s, called through libffi\n", path, call_noarg_string(&f_version));
    printf("struct pyrust_result as laid out by libffi: %zu bytes, output at offset %zu, traceback at %zu\n\n",
           result_type.size, result_offsets[R_OUTPUT], result_offsets[R_TRACEBACK]);

    printf("1. Text API: pyrust_execute_cached / pyrust_free / pyrust_last_error\n");
    execute_and_show("2 + 2");
    execute_and_show("print('hi')\n'x' * 3");
    execute_and_show("1 / 0");

    printf("\n2. Structured API: pyrust_run with a struct the runtime laid out itself\n");
    run_structured("2 + 2", 1);
    run_structured("[1, 2][5]", 0);
    run_context("{'total': 2.5 * 4, 'tags': ('a', None)}");

    printf("\n3. Cost of the FFI hop: execute_cached(\"2 + 2\") + free, 200000 calls each way\n");
    char *(*direct_execute)(const char *) = (char *(*)(const char *))f_execute_cached.fn;
    void (*direct_free)(char *) = (void (*)(char *))f_free.fn;
    for (int round = 0; round < 2; round++) {   /* the first round warms up */
        double t0 = now_ns();
        int failed = 0;
        for (int i = 0; i < 200000; i++) {
            char *out = call_execute_cached("2 + 2");
            failed |= out == NULL;
            call_free(out);
        }
        double via_ffi = (now_ns() - t0) / 200000;
        t0 = now_ns();
        for (int i = 0; i < 200000; i++) {
            char *out = direct_execute("2 + 2");
            failed |= out == NULL;
            direct_free(out);
        }
        double direct = (now_ns() - t0) / 200000;
        if (failed) { printf("  (the library could not run `2 + 2`)\n"); problems++; break; }
        if (round == 1) printf("  through ffi_call %.1f ns/pair, direct call through dlsym'd pointers %.1f ns/pair\n", via_ffi, direct);
    }

    dlclose(lib);
    if (problems) printf("\n%d API contract problem(s) seen\n", problems);
    return problems ? 1 : 0;
}
