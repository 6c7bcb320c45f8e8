/* pyrust_value trees as hosts build and read them, and the arena host calls build their
 * argument trees in. See include/pyrust.h for the contract of each exported function. */
#include "pyrust_values.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT __attribute__((visibility("default")))

static pyrust_value *node(uint32_t kind) {
    pyrust_value *v = calloc(1, sizeof *v);
    if (v) v->kind = kind;
    return v;
}

static char *copy_text(const void *data, size_t length) {
    char *p = malloc(length + 1);
    if (!p) return NULL;
    if (length) memcpy(p, data, length);
    p[length] = 0;
    return p;
}

/* Well-formed UTF-8 without surrogates (what a Python str can hold here). */
int pyrust_support_valid_utf8(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
        else return 0;
        if (n - i <= need) return 0;
        unsigned cp = c & (0x3F >> need);
        for (size_t k = 1; k <= need; k++) {
            unsigned d = s[i + k];
            if ((d & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += need + 1;
    }
    return 1;
}

EXPORT pyrust_value *pyrust_value_none(void) { return node(PYRUST_SUPPORT_NONE); }

EXPORT pyrust_value *pyrust_value_bool(int b) {
    pyrust_value *v = node(PYRUST_SUPPORT_BOOL);
    if (v) v->integer = b != 0;
    return v;
}

EXPORT pyrust_value *pyrust_value_int(int64_t i) {
    pyrust_value *v = node(PYRUST_SUPPORT_INT);
    if (v) v->integer = i;
    return v;
}

/* Decimal digits with an optional sign: what fits int64 is stored as a number; the rest as
 * normalised text (no '+', no leading zeros, no "-0"). */
EXPORT pyrust_value *pyrust_value_int_text(const char *decimal) {
    if (!decimal) return NULL;
    const char *p = decimal;
    int negative = 0;
    if (*p == '-' || *p == '+') negative = *p++ == '-';
    size_t digits = strspn(p, "0123456789");
    if (digits == 0 || p[digits] != 0) return NULL;
    while (digits > 1 && *p == '0') { p++; digits--; }
    /* int64 range check by length, then by value */
    unsigned long long magnitude = 0;
    int fits = digits <= 19;
    if (fits) {
        for (size_t k = 0; k < digits; k++) magnitude = magnitude * 10 + (unsigned)(p[k] - '0');
        fits = negative ? magnitude <= (unsigned long long)INT64_MAX + 1 : magnitude <= (unsigned long long)INT64_MAX;
    }
    pyrust_value *v = node(PYRUST_SUPPORT_INT);
    if (!v) return NULL;
    if (fits) {
        v->integer = negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
        return v;
    }
    v->flags = PYRUST_VALUE_BIG;
    v->data = malloc(digits + 2);
    if (!v->data) { free(v); return NULL; }
    size_t at = 0;
    if (negative) v->data[at++] = '-';
    memcpy(v->data + at, p, digits);
    v->length = at + digits;
    v->data[v->length] = 0;
    return v;
}

EXPORT pyrust_value *pyrust_value_float(double d) {
    pyrust_value *v = node(PYRUST_SUPPORT_FLOAT);
    if (v) v->real = d;
    return v;
}

EXPORT pyrust_value *pyrust_value_str(const char *utf8, size_t length) {
    if (!utf8 && length) return NULL;
    if (!pyrust_support_valid_utf8((const unsigned char *)utf8, length)) return NULL;
    pyrust_value *v = node(PYRUST_SUPPORT_STR);
    if (!v) return NULL;
    if (!(v->data = copy_text(utf8, length))) { free(v); return NULL; }
    v->length = length;
    return v;
}

EXPORT pyrust_value *pyrust_value_bytes(const void *data, size_t length) {
    if (!data && length) return NULL;
    pyrust_value *v = node(PYRUST_SUPPORT_BYTES);
    if (!v) return NULL;
    if (!(v->data = copy_text(data, length))) { free(v); return NULL; }
    v->length = length;
    return v;
}

EXPORT pyrust_value *pyrust_value_list(void) { return node(PYRUST_SUPPORT_LIST); }
EXPORT pyrust_value *pyrust_value_tuple(void) { return node(PYRUST_SUPPORT_TUPLE); }
EXPORT pyrust_value *pyrust_value_dict(void) { return node(PYRUST_SUPPORT_DICT); }

static int reserve(pyrust_value *c, size_t slots) {
    if (c->capacity >= slots) return 0;
    size_t capacity = c->capacity ? c->capacity * 2 : 4;
    while (capacity < slots) capacity *= 2;
    pyrust_value **items = realloc(c->items, capacity * sizeof *items);
    if (!items) return -1;
    c->items = items;
    c->capacity = capacity;
    return 0;
}

/* Takes ownership of `item` whatever happens. */
EXPORT int pyrust_value_append(pyrust_value *container, pyrust_value *item) {
    if (item && (item->flags & PYRUST_VALUE_ARENA)) return -1;    /* lent by the library: copy it */
    if (!container || !item || (container->flags & PYRUST_VALUE_ARENA) ||
        (container->kind != PYRUST_SUPPORT_LIST && container->kind != PYRUST_SUPPORT_TUPLE) ||
        reserve(container, container->length + 1) != 0) {
        pyrust_value_free(item);
        return -1;
    }
    container->items[container->length++] = item;
    return 0;
}

/* Takes ownership of key and value whatever happens. A key already present (same type and
 * value, for str/bytes/int/bool/None/float keys) has its value replaced, as in a dict. */
static int same_key(const pyrust_value *a, const pyrust_value *b) {
    if (a->kind != b->kind || a->flags != b->flags) return 0;
    switch (a->kind) {
    case PYRUST_SUPPORT_NONE: return 1;
    case PYRUST_SUPPORT_BOOL: return a->integer == b->integer;
    case PYRUST_SUPPORT_INT:
        if (a->flags & PYRUST_VALUE_BIG) return a->length == b->length && memcmp(a->data, b->data, a->length) == 0;
        return a->integer == b->integer;
    case PYRUST_SUPPORT_FLOAT: return a->real == b->real;
    case PYRUST_SUPPORT_STR:
    case PYRUST_SUPPORT_BYTES: return a->length == b->length && memcmp(a->data, b->data, a->length) == 0;
    default: return 0;
    }
}

EXPORT int pyrust_value_dict_set(pyrust_value *dict, pyrust_value *key, pyrust_value *value) {
    if ((key && (key->flags & PYRUST_VALUE_ARENA)) || (value && (value->flags & PYRUST_VALUE_ARENA))) {
        pyrust_value_free(key);     /* frees only the one the host owns */
        pyrust_value_free(value);
        return -1;
    }
    if (!dict || !key || !value || dict->kind != PYRUST_SUPPORT_DICT || (dict->flags & PYRUST_VALUE_ARENA)) {
        pyrust_value_free(key);
        pyrust_value_free(value);
        return -1;
    }
    for (size_t i = 0; i < dict->length; i++) {
        if (same_key(dict->items[2 * i], key)) {
            pyrust_value_free(dict->items[2 * i + 1]);
            dict->items[2 * i + 1] = value;
            pyrust_value_free(key);
            return 0;
        }
    }
    if (reserve(dict, 2 * dict->length + 2) != 0) {
        pyrust_value_free(key);
        pyrust_value_free(value);
        return -1;
    }
    dict->items[2 * dict->length] = key;
    dict->items[2 * dict->length + 1] = value;
    dict->length++;
    return 0;
}

static size_t child_count(const pyrust_value *v) {
    return v->kind == PYRUST_SUPPORT_DICT ? 2 * v->length
         : (v->kind == PYRUST_SUPPORT_LIST || v->kind == PYRUST_SUPPORT_TUPLE) ? v->length : 0;
}

/* Iterative, so that a tree nested a million levels deep cannot overflow the native stack:
 * each node's children are moved onto a pending stack before the node is freed. */
EXPORT void pyrust_value_free(pyrust_value *v) {
    if (!v || (v->flags & PYRUST_VALUE_ARENA)) return;
    size_t capacity = 64, count = 0;
    pyrust_value **pending = malloc(capacity * sizeof *pending);
    pyrust_value *current = v;
    for (;;) {
        size_t n = child_count(current);
        for (size_t i = 0; i < n; i++) {
            pyrust_value *child = current->items[i];
            if (!child || (child->flags & PYRUST_VALUE_ARENA)) continue;
            if (count == capacity || !pending) {
                pyrust_value **grown = pending ? realloc(pending, 2 * capacity * sizeof *pending) : NULL;
                if (!grown) {
                    /* out of memory: this child is leaked rather than risking the stack */
                    continue;
                }
                pending = grown;
                capacity *= 2;
            }
            pending[count++] = child;
        }
        free(current->items);
        free(current->data);
        free(current);
        if (count == 0) break;
        current = pending[--count];
    }
    free(pending);
}

/* ---- reading ---- */

EXPORT int pyrust_value_type(const pyrust_value *v) { return v ? (int)v->kind : -1; }

EXPORT int pyrust_value_get_bool(const pyrust_value *v) {
    if (!v || (v->kind != PYRUST_SUPPORT_BOOL && v->kind != PYRUST_SUPPORT_INT)) return 0;
    return (v->flags & PYRUST_VALUE_BIG) || v->integer != 0;
}

EXPORT int pyrust_value_get_int64(const pyrust_value *v, int64_t *out) {
    if (!v || (v->kind != PYRUST_SUPPORT_INT && v->kind != PYRUST_SUPPORT_BOOL)) return -1;
    if (v->flags & PYRUST_VALUE_BIG) return 1;
    if (out) *out = v->integer;
    return 0;
}

EXPORT double pyrust_value_get_float(const pyrust_value *v) {
    if (!v) return 0;
    if (v->kind == PYRUST_SUPPORT_FLOAT) return v->real;
    if (v->kind == PYRUST_SUPPORT_INT || v->kind == PYRUST_SUPPORT_BOOL) {
        if (v->flags & PYRUST_VALUE_BIG) return strtod(v->data, NULL);
        return (double)v->integer;
    }
    return 0;
}

EXPORT const char *pyrust_value_get_text(const pyrust_value *v, size_t *length) {
    if (!v || !v->data || !(v->kind == PYRUST_SUPPORT_STR || v->kind == PYRUST_SUPPORT_BYTES ||
                            (v->kind == PYRUST_SUPPORT_INT && (v->flags & PYRUST_VALUE_BIG)))) {
        if (length) *length = 0;
        return NULL;
    }
    if (length) *length = v->length;
    return v->data;
}

EXPORT size_t pyrust_value_len(const pyrust_value *v) {
    if (!v) return 0;
    switch (v->kind) {
    case PYRUST_SUPPORT_LIST: case PYRUST_SUPPORT_TUPLE: case PYRUST_SUPPORT_DICT:
    case PYRUST_SUPPORT_STR: case PYRUST_SUPPORT_BYTES:
        return v->length;
    default: return 0;
    }
}

EXPORT const pyrust_value *pyrust_value_item(const pyrust_value *v, size_t i) {
    if (!v || (v->kind != PYRUST_SUPPORT_LIST && v->kind != PYRUST_SUPPORT_TUPLE) || i >= v->length) return NULL;
    return v->items[i];
}

EXPORT const pyrust_value *pyrust_value_dict_key(const pyrust_value *v, size_t i) {
    if (!v || v->kind != PYRUST_SUPPORT_DICT || i >= v->length) return NULL;
    return v->items[2 * i];
}

EXPORT const pyrust_value *pyrust_value_dict_value(const pyrust_value *v, size_t i) {
    if (!v || v->kind != PYRUST_SUPPORT_DICT || i >= v->length) return NULL;
    return v->items[2 * i + 1];
}

EXPORT const pyrust_value *pyrust_value_dict_get(const pyrust_value *v, const char *key) {
    if (!v || !key || v->kind != PYRUST_SUPPORT_DICT) return NULL;
    size_t n = strlen(key);
    for (size_t i = 0; i < v->length; i++) {
        const pyrust_value *k = v->items[2 * i];
        if (k->kind == PYRUST_SUPPORT_STR && k->length == n && memcmp(k->data, key, n) == 0) return v->items[2 * i + 1];
    }
    return NULL;
}

/* ---- identifiers ---- */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
};

int pyrust_support_is_identifier(const char *name, size_t length) {
    if (!name || length == 0 || length > 255) return 0;
    const unsigned char *s = (const unsigned char *)name;
    if (s[0] >= '0' && s[0] <= '9') return 0;
    int ascii = 1;
    for (size_t i = 0; i < length; i++) {
        unsigned c = s[i];
        int ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (!ok) return 0;
        if (c >= 0x80) ascii = 0;
    }
    if (!ascii) return pyrust_support_valid_utf8(s, length);
    /* keywords: 2 to 8 ASCII letters, starting with a lowercase letter or F, N, T */
    if (length < 2 || length > 8 || !((s[0] >= 'a' && s[0] <= 'y') || s[0] == 'F' || s[0] == 'N' || s[0] == 'T')) return 1;
    for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++)
        if (keywords[k][0] == name[0] && strlen(keywords[k]) == length && memcmp(keywords[k], name, length) == 0) return 0;
    return 1;
}

/* ---- arena ---- */

enum { FIRST_CHUNK = 4096 };

pyrust_support_arena *pyrust_support_arena_new(void) {
    return calloc(1, sizeof(pyrust_support_arena));
}

void pyrust_support_arena_free(pyrust_support_arena *a) {
    if (!a) return;
    for (size_t i = 0; i < a->chunk_count; i++) free(a->chunks[i]);
    free(a->chunks);
    free(a->chunk_sizes);
    free(a);
}

void *pyrust_support_arena_alloc(pyrust_support_arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    while (a->current < a->chunk_count) {
        if (a->chunk_sizes[a->current] - a->used >= size) {
            void *p = a->chunks[a->current] + a->used;
            a->used += size;
            memset(p, 0, size);
            return p;
        }
        if (a->current + 1 >= a->chunk_count) break;
        a->current++;
        a->used = 0;
    }
    /* a new chunk at the end, at least twice the last */
    if (a->chunk_count == a->chunk_capacity) {
        size_t capacity = a->chunk_capacity ? a->chunk_capacity * 2 : 8;
        char **chunks = realloc(a->chunks, capacity * sizeof *chunks);
        if (!chunks) return NULL;
        a->chunks = chunks;
        size_t *sizes = realloc(a->chunk_sizes, capacity * sizeof *sizes);
        if (!sizes) return NULL;
        a->chunk_sizes = sizes;
        a->chunk_capacity = capacity;
    }
    size_t chunk_size = a->chunk_count ? a->chunk_sizes[a->chunk_count - 1] * 2 : FIRST_CHUNK;
    while (chunk_size < size) chunk_size *= 2;
    char *chunk = aligned_alloc(16, chunk_size);
    if (!chunk) return NULL;
    a->chunks[a->chunk_count] = chunk;
    a->chunk_sizes[a->chunk_count] = chunk_size;
    a->current = a->chunk_count++;
    a->used = size;
    memset(chunk, 0, size);
    return chunk;
}

pyrust_support_arena_mark pyrust_support_arena_save(const pyrust_support_arena *a) {
    pyrust_support_arena_mark m = { a->current, a->used };
    return m;
}

void pyrust_support_arena_restore(pyrust_support_arena *a, pyrust_support_arena_mark m) {
    a->current = m.chunk;
    a->used = m.used;
}

pyrust_value *pyrust_support_arena_value(pyrust_support_arena *a, uint32_t kind, size_t slots) {
    pyrust_value *v = pyrust_support_arena_alloc(a, sizeof *v);
    if (!v) return NULL;
    v->kind = kind;
    v->flags = PYRUST_VALUE_ARENA;
    if (slots) {
        v->items = pyrust_support_arena_alloc(a, slots * sizeof *v->items);
        if (!v->items) return NULL;
        v->capacity = slots;
    }
    return v;
}

char *pyrust_support_arena_text(pyrust_support_arena *a, const void *data, size_t length) {
    char *p = pyrust_support_arena_alloc(a, length + 1);
    if (!p) return NULL;
    if (length) memcpy(p, data, length);
    p[length] = 0;
    return p;
}

/* ---- host function calls ---- */

EXPORT int pyrust_call_raise(pyrust_call *call, const char *exc_type, const char *message) {
    if (!call) return 2;
    free(call->exc_type);
    free(call->message);
    call->exc_type = strdup(exc_type && *exc_type ? exc_type : "RuntimeError");
    call->message = strdup(message ? message : "");
    return call->exc_type && call->message ? 0 : 1;
}

EXPORT void *pyrust_call_context(pyrust_call *call) { return call ? call->context : NULL; }
