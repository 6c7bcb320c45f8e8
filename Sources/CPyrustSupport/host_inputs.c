/* pyrust_inputs: the named values a host binds as globals of a run (pyrust_context_run). A
 * plain list of (name, value tree) pairs owned by the host; each run copies the values into
 * Python objects, so the set can be reused, changed and freed at any time between runs. */
#include "pyrust_values.h"

#include <stdlib.h>
#include <string.h>

#define EXPORT __attribute__((visibility("default")))

enum { OK = 0, INVALID = 2, NO_MEMORY = 1 };

EXPORT pyrust_inputs *pyrust_inputs_new(void) {
    return calloc(1, sizeof(pyrust_inputs));
}

EXPORT void pyrust_inputs_free(pyrust_inputs *in) {
    if (!in) return;
    for (size_t i = 0; i < in->count; i++) {
        free(in->names[i]);
        pyrust_value_free(in->values[i]);
    }
    free(in->names);
    free(in->name_lengths);
    free(in->values);
    free(in);
}

EXPORT void pyrust_inputs_clear(pyrust_inputs *in) {
    if (!in) return;
    for (size_t i = 0; i < in->count; i++) {
        free(in->names[i]);
        pyrust_value_free(in->values[i]);
    }
    in->count = 0;
}

/* Takes ownership of `value` whatever happens; replaces a previous input of the same name. */
EXPORT int pyrust_inputs_set(pyrust_inputs *in, const char *name, pyrust_value *value) {
    if (!in || !name || !value || (value->flags & PYRUST_VALUE_ARENA)) {
        if (value && !(value->flags & PYRUST_VALUE_ARENA)) pyrust_value_free(value);
        return INVALID;
    }
    size_t length = strlen(name);
    /* a name already set is replaced (the common case: new values, same names) */
    for (size_t i = 0; i < in->count; i++) {
        if (in->name_lengths[i] == length && memcmp(in->names[i], name, length) == 0) {
            pyrust_value_free(in->values[i]);
            in->values[i] = value;
            return OK;
        }
    }
    if (!pyrust_support_is_identifier(name, length)) {
        pyrust_value_free(value);
        return INVALID;
    }
    if (in->count == in->capacity) {
        size_t capacity = in->capacity ? in->capacity * 2 : 8;
        char **names = realloc(in->names, capacity * sizeof *names);
        if (names) in->names = names;
        size_t *lengths = realloc(in->name_lengths, capacity * sizeof *lengths);
        if (lengths) in->name_lengths = lengths;
        pyrust_value **values = realloc(in->values, capacity * sizeof *values);
        if (values) in->values = values;
        if (!names || !lengths || !values) { pyrust_value_free(value); return NO_MEMORY; }
        in->capacity = capacity;
    }
    char *copy = strdup(name);
    if (!copy) { pyrust_value_free(value); return NO_MEMORY; }
    in->names[in->count] = copy;
    in->name_lengths[in->count] = length;
    in->values[in->count] = value;
    in->count++;
    return OK;
}

static int set_made(pyrust_inputs *in, const char *name, pyrust_value *value) {
    if (!value) return in && name ? INVALID : INVALID;
    return pyrust_inputs_set(in, name, value);
}

/* A scalar for `name`: the existing node is overwritten in place when it is a scalar too
 * (hosts set the same names again and again: no allocation then). */
static int set_scalar(pyrust_inputs *in, const char *name, uint32_t kind, int64_t integer, double real) {
    if (in && name) {
        size_t length = strlen(name);
        for (size_t i = 0; i < in->count; i++) {
            pyrust_value *v = in->values[i];
            if (in->name_lengths[i] == length && memcmp(in->names[i], name, length) == 0 && !v->data && !v->items) {
                v->kind = kind;
                v->flags = 0;
                v->integer = integer;
                v->real = real;
                return OK;
            }
        }
    }
    pyrust_value *v = NULL;
    switch (kind) {
    case PYRUST_SUPPORT_NONE: v = pyrust_value_none(); break;
    case PYRUST_SUPPORT_BOOL: v = pyrust_value_bool((int)integer); break;
    case PYRUST_SUPPORT_INT: v = pyrust_value_int(integer); break;
    default: v = pyrust_value_float(real); break;
    }
    return set_made(in, name, v);
}

EXPORT int pyrust_inputs_set_none(pyrust_inputs *in, const char *name) {
    return set_scalar(in, name, PYRUST_SUPPORT_NONE, 0, 0);
}
EXPORT int pyrust_inputs_set_bool(pyrust_inputs *in, const char *name, int b) {
    return set_scalar(in, name, PYRUST_SUPPORT_BOOL, b != 0, 0);
}
EXPORT int pyrust_inputs_set_int(pyrust_inputs *in, const char *name, int64_t i) {
    return set_scalar(in, name, PYRUST_SUPPORT_INT, i, 0);
}
EXPORT int pyrust_inputs_set_int_text(pyrust_inputs *in, const char *name, const char *decimal) {
    return set_made(in, name, pyrust_value_int_text(decimal));
}
EXPORT int pyrust_inputs_set_float(pyrust_inputs *in, const char *name, double d) {
    return set_scalar(in, name, PYRUST_SUPPORT_FLOAT, 0, d);
}
EXPORT int pyrust_inputs_set_str(pyrust_inputs *in, const char *name, const char *utf8, size_t length) {
    return set_made(in, name, pyrust_value_str(utf8, length));
}
EXPORT int pyrust_inputs_set_bytes(pyrust_inputs *in, const char *name, const void *data, size_t length) {
    return set_made(in, name, pyrust_value_bytes(data, length));
}

EXPORT int pyrust_inputs_set_json(pyrust_inputs *in, const char *name, const char *json) {
    if (!in || !name || !json) return INVALID;
    pyrust_value *v = pyrust_value_from_json(json, strlen(json), NULL);
    if (!v) return INVALID;
    return pyrust_inputs_set(in, name, v);
}

/* A JSON object: each key becomes an input. All or nothing: an invalid document or key
 * leaves the set as it was. */
EXPORT int pyrust_inputs_set_all_json(pyrust_inputs *in, const char *json) {
    if (!in || !json) return INVALID;
    pyrust_value *v = pyrust_value_from_json(json, strlen(json), NULL);
    if (!v) return INVALID;
    if (v->kind != PYRUST_SUPPORT_DICT) { pyrust_value_free(v); return INVALID; }
    for (size_t i = 0; i < v->length; i++) {
        const pyrust_value *key = v->items[2 * i];
        if (strlen(key->data) != key->length || !pyrust_support_is_identifier(key->data, key->length)) {
            pyrust_value_free(v);
            return INVALID;
        }
    }
    int status = OK;
    for (size_t i = 0; i < v->length; i++) {
        int s = pyrust_inputs_set(in, v->items[2 * i]->data, v->items[2 * i + 1]);
        v->items[2 * i + 1] = NULL;
        if (s != OK) status = s;
    }
    for (size_t i = 0; i < v->length; i++) pyrust_value_free(v->items[2 * i]);
    v->length = 0;
    pyrust_value_free(v);
    return status;
}
