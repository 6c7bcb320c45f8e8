/* Host values (pyrust_value), input sets (pyrust_inputs) and the call arena: the C side of
 * the host API's data. Kept in C so that a host can build, read and free them on any thread
 * (no Swift object, no reference count crosses to the host). Internal layout: the public
 * header (include/pyrust.h) declares the types opaque and the functions below it. */
#ifndef PYRUST_VALUES_H
#define PYRUST_VALUES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* = enum pyrust_type in include/pyrust.h */
enum {
    PYRUST_SUPPORT_NONE = 0, PYRUST_SUPPORT_BOOL = 1, PYRUST_SUPPORT_INT = 2, PYRUST_SUPPORT_FLOAT = 3,
    PYRUST_SUPPORT_STR = 4, PYRUST_SUPPORT_BYTES = 5, PYRUST_SUPPORT_LIST = 6, PYRUST_SUPPORT_TUPLE = 7,
    PYRUST_SUPPORT_DICT = 8
};

/* Node flags */
enum {
    PYRUST_VALUE_ARENA = 1,     /* lives in a call arena: never freed on its own */
    PYRUST_VALUE_BIG = 2        /* an int outside int64: its decimal digits are in data/length */
};

typedef struct pyrust_value {
    uint32_t kind;
    uint32_t flags;
    int64_t integer;            /* bool, int (when not BIG) */
    double real;                /* float */
    char *data;                 /* str (UTF-8), bytes, big int decimal text; NUL-terminated */
    size_t length;              /* bytes in data; for list/tuple/dict: number of items (dict: pairs) */
    struct pyrust_value **items;/* list/tuple: items; dict: key0, value0, key1, value1, ... */
    size_t capacity;            /* slots in items */
} pyrust_value;

/* ---- construction (malloc'd nodes; NULL when out of memory or invalid) ---- */
pyrust_value *pyrust_value_none(void);
pyrust_value *pyrust_value_bool(int b);
pyrust_value *pyrust_value_int(int64_t i);
pyrust_value *pyrust_value_int_text(const char *decimal);
pyrust_value *pyrust_value_float(double d);
pyrust_value *pyrust_value_str(const char *utf8, size_t length);
pyrust_value *pyrust_value_bytes(const void *data, size_t length);
pyrust_value *pyrust_value_list(void);
pyrust_value *pyrust_value_tuple(void);
pyrust_value *pyrust_value_dict(void);
int pyrust_value_append(pyrust_value *container, pyrust_value *item);
int pyrust_value_dict_set(pyrust_value *dict, pyrust_value *key, pyrust_value *value);
pyrust_value *pyrust_value_from_json(const char *json, size_t length, char **error);
void pyrust_value_free(pyrust_value *v);

/* ---- reading ---- */
int pyrust_value_type(const pyrust_value *v);
int pyrust_value_get_bool(const pyrust_value *v);
int pyrust_value_get_int64(const pyrust_value *v, int64_t *out);
double pyrust_value_get_float(const pyrust_value *v);
const char *pyrust_value_get_text(const pyrust_value *v, size_t *length);
size_t pyrust_value_len(const pyrust_value *v);
const pyrust_value *pyrust_value_item(const pyrust_value *v, size_t i);
const pyrust_value *pyrust_value_dict_key(const pyrust_value *v, size_t i);
const pyrust_value *pyrust_value_dict_value(const pyrust_value *v, size_t i);
const pyrust_value *pyrust_value_dict_get(const pyrust_value *v, const char *key);

/* ---- inputs: named values for a run ---- */
typedef struct pyrust_inputs {
    size_t count, capacity;
    char **names;               /* NUL-terminated identifiers */
    size_t *name_lengths;
    pyrust_value **values;
} pyrust_inputs;

/* Nonzero for well-formed UTF-8 without surrogates. */
int pyrust_support_valid_utf8(const unsigned char *s, size_t n);
/* Nonzero when `name` (`length` bytes) is a Python identifier that is not a keyword. */
int pyrust_support_is_identifier(const char *name, size_t length);

/* ---- call arena: argument trees built for one host call, released by mark ---- */
typedef struct pyrust_support_arena {
    char **chunks;
    size_t *chunk_sizes;
    size_t chunk_count, chunk_capacity;
    size_t current;             /* chunk being filled */
    size_t used;                /* bytes used in it */
} pyrust_support_arena;

typedef struct { size_t chunk, used; } pyrust_support_arena_mark;

pyrust_support_arena *pyrust_support_arena_new(void);
void pyrust_support_arena_free(pyrust_support_arena *a);
/* 16-byte aligned, zeroed; NULL when out of memory. */
void *pyrust_support_arena_alloc(pyrust_support_arena *a, size_t size);
pyrust_support_arena_mark pyrust_support_arena_save(const pyrust_support_arena *a);
void pyrust_support_arena_restore(pyrust_support_arena *a, pyrust_support_arena_mark m);
/* A node in the arena (kind set, PYRUST_VALUE_ARENA flag, room for `slots` items). */
pyrust_value *pyrust_support_arena_value(pyrust_support_arena *a, uint32_t kind, size_t slots);
/* Copies `length` bytes (plus a NUL) into the arena. */
char *pyrust_support_arena_text(pyrust_support_arena *a, const void *data, size_t length);

/* ---- a host function's call: where pyrust_call_raise leaves the exception ---- */
typedef struct pyrust_call {
    char *exc_type;             /* malloc'd; NULL: no exception raised */
    char *message;              /* malloc'd */
    void *context;              /* the pyrust_context running the call */
} pyrust_call;
int pyrust_call_raise(pyrust_call *call, const char *exc_type, const char *message);

/* ---- typed C functions through libffi (host_cfunction.c) ---- */
typedef struct pyrust_support_cfunction pyrust_support_cfunction;
/* Parses `signature` ("d(dd)": return code, then argument codes in parentheses) and prepares
 * the call; NULL when the signature is invalid (*error set to static text) or memory ran out. */
pyrust_support_cfunction *pyrust_support_cfunction_new(void *fn, const char *signature, const char **error);
void pyrust_support_cfunction_free(pyrust_support_cfunction *f);
/* Type codes: the return's, and argument i's. */
char pyrust_support_cfunction_return(const pyrust_support_cfunction *f);
size_t pyrust_support_cfunction_arity(const pyrust_support_cfunction *f);
char pyrust_support_cfunction_arg(const pyrust_support_cfunction *f, size_t i);
/* Calls with the arguments in `slots` (one 8-byte slot each, filled for the argument's
 * type) and stores the result in *ret (8 bytes). */
void pyrust_support_cfunction_call(pyrust_support_cfunction *f, uint64_t *slots, uint64_t *ret);

#ifdef __cplusplus
}
#endif

#endif /* PYRUST_VALUES_H */
