/* JSON text to a pyrust_value tree (pyrust_value_from_json, pyrust_inputs_set_json), read as
 * Python's json.loads reads it: integers of any size stay exact ints, numbers with a fraction
 * or exponent become floats (strtod rounds correctly, as float() does), NaN, Infinity and
 * -Infinity are accepted, objects keep their key order (a repeated key keeps the last value).
 * Errors are json.loads's messages with their line, column and char position. */
#include "pyrust_values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT __attribute__((visibility("default")))

typedef struct {
    const char *text;
    size_t length, at;
    int depth;
    char *error;
} parser;

enum { MAX_DEPTH = 1000 };

static void fail(parser *p, const char *message, size_t at) {
    if (p->error) return;
    size_t line = 1, column = 1;
    for (size_t i = 0; i < at && i < p->length; i++) {
        if (p->text[i] == '\n') { line++; column = 1; } else column++;
    }
    char buffer[160];
    snprintf(buffer, sizeof buffer, "%s: line %zu column %zu (char %zu)", message, line, column, at);
    p->error = strdup(buffer);
    if (!p->error) p->error = (char *)0;
}

static void skip_space(parser *p) {
    while (p->at < p->length) {
        char c = p->text[p->at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        p->at++;
    }
}

static int starts(parser *p, const char *word) {
    size_t n = strlen(word);
    return p->length - p->at >= n && memcmp(p->text + p->at, word, n) == 0;
}

static pyrust_value *parse_value(parser *p);

static int hex4(parser *p, size_t at, unsigned *out) {
    if (p->length - at < 4) return 0;
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p->text[at + k];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

static size_t put_utf8(char *out, unsigned cp) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F)); return 4;
}

/* p->at is at the opening quote. */
static pyrust_value *parse_string(parser *p) {
    size_t start = p->at++;
    /* the unescaped text is never longer than the escaped */
    char *buffer = malloc(p->length - p->at + 1);
    if (!buffer) { fail(p, "out of memory", start); return NULL; }
    size_t n = 0;
    for (;;) {
        if (p->at >= p->length) { free(buffer); fail(p, "Unterminated string starting at", start); return NULL; }
        unsigned char c = (unsigned char)p->text[p->at];
        if (c == '"') { p->at++; break; }
        if (c < 0x20) { free(buffer); fail(p, "Invalid control character at", p->at); return NULL; }
        if (c != '\\') { buffer[n++] = (char)c; p->at++; continue; }
        size_t escape = p->at;
        if (p->at + 1 >= p->length) { free(buffer); fail(p, "Unterminated string starting at", start); return NULL; }
        char e = p->text[p->at + 1];
        p->at += 2;
        switch (e) {
        case '"': buffer[n++] = '"'; break;
        case '\\': buffer[n++] = '\\'; break;
        case '/': buffer[n++] = '/'; break;
        case 'b': buffer[n++] = '\b'; break;
        case 'f': buffer[n++] = '\f'; break;
        case 'n': buffer[n++] = '\n'; break;
        case 'r': buffer[n++] = '\r'; break;
        case 't': buffer[n++] = '\t'; break;
        case 'u': {
            unsigned cp;
            if (!hex4(p, p->at, &cp)) { free(buffer); fail(p, "Invalid \\uXXXX escape", escape + 1); return NULL; }
            p->at += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && starts(p, "\\u")) {
                unsigned low;
                if (hex4(p, p->at + 2, &low) && low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p->at += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                free(buffer);
                fail(p, "Lone surrogate \\uXXXX escape (not supported by pyrust)", escape);
                return NULL;
            }
            n += put_utf8(buffer + n, cp);
            break;
        }
        default:
            free(buffer);
            fail(p, "Invalid \\escape", escape);
            return NULL;
        }
    }
    pyrust_value *v = pyrust_value_str(buffer, n);
    free(buffer);
    if (!v) fail(p, "Invalid UTF-8 in string starting at", start);
    return v;
}

static pyrust_value *parse_number(parser *p) {
    size_t start = p->at, i = p->at;
    if (i < p->length && p->text[i] == '-') i++;
    if (i >= p->length || p->text[i] < '0' || p->text[i] > '9') { fail(p, "Expecting value", start); return NULL; }
    if (p->text[i] == '0') i++;
    else while (i < p->length && p->text[i] >= '0' && p->text[i] <= '9') i++;
    int is_float = 0;
    if (i + 1 < p->length && p->text[i] == '.' && p->text[i + 1] >= '0' && p->text[i + 1] <= '9') {
        is_float = 1;
        i++;
        while (i < p->length && p->text[i] >= '0' && p->text[i] <= '9') i++;
    }
    if (i < p->length && (p->text[i] == 'e' || p->text[i] == 'E')) {
        size_t j = i + 1;
        if (j < p->length && (p->text[j] == '+' || p->text[j] == '-')) j++;
        if (j < p->length && p->text[j] >= '0' && p->text[j] <= '9') {
            is_float = 1;
            while (j < p->length && p->text[j] >= '0' && p->text[j] <= '9') j++;
            i = j;
        }
    }
    char small[64];
    size_t n = i - start;
    char *text = n < sizeof small ? small : malloc(n + 1);
    if (!text) { fail(p, "out of memory", start); return NULL; }
    memcpy(text, p->text + start, n);
    text[n] = 0;
    pyrust_value *v = is_float ? pyrust_value_float(strtod(text, NULL)) : pyrust_value_int_text(text);
    if (text != small) free(text);
    if (!v) fail(p, "out of memory", start);
    p->at = i;
    return v;
}

static pyrust_value *parse_array(parser *p) {
    size_t start = p->at++;
    pyrust_value *list = pyrust_value_list();
    if (!list) { fail(p, "out of memory", start); return NULL; }
    skip_space(p);
    if (p->at < p->length && p->text[p->at] == ']') { p->at++; return list; }
    for (;;) {
        skip_space(p);
        pyrust_value *item = parse_value(p);
        if (!item) { pyrust_value_free(list); return NULL; }
        if (pyrust_value_append(list, item) != 0) { pyrust_value_free(list); fail(p, "out of memory", p->at); return NULL; }
        skip_space(p);
        if (p->at < p->length && p->text[p->at] == ']') { p->at++; return list; }
        if (p->at >= p->length || p->text[p->at] != ',') {
            pyrust_value_free(list);
            fail(p, "Expecting ',' delimiter", p->at);
            return NULL;
        }
        p->at++;
    }
}

static pyrust_value *parse_object(parser *p) {
    size_t start = p->at++;
    pyrust_value *dict = pyrust_value_dict();
    if (!dict) { fail(p, "out of memory", start); return NULL; }
    skip_space(p);
    if (p->at < p->length && p->text[p->at] == '}') { p->at++; return dict; }
    for (;;) {
        if (p->at >= p->length || p->text[p->at] != '"') {
            pyrust_value_free(dict);
            fail(p, "Expecting property name enclosed in double quotes", p->at);
            return NULL;
        }
        pyrust_value *key = parse_string(p);
        if (!key) { pyrust_value_free(dict); return NULL; }
        skip_space(p);
        if (p->at >= p->length || p->text[p->at] != ':') {
            pyrust_value_free(key);
            pyrust_value_free(dict);
            fail(p, "Expecting ':' delimiter", p->at);
            return NULL;
        }
        p->at++;
        skip_space(p);
        pyrust_value *value = parse_value(p);
        if (!value) { pyrust_value_free(key); pyrust_value_free(dict); return NULL; }
        if (pyrust_value_dict_set(dict, key, value) != 0) { pyrust_value_free(dict); fail(p, "out of memory", p->at); return NULL; }
        skip_space(p);
        if (p->at < p->length && p->text[p->at] == '}') { p->at++; return dict; }
        if (p->at >= p->length || p->text[p->at] != ',') {
            pyrust_value_free(dict);
            fail(p, "Expecting ',' delimiter", p->at);
            return NULL;
        }
        p->at++;
        skip_space(p);
    }
}

static pyrust_value *parse_value(parser *p) {
    if (p->at >= p->length) { fail(p, "Expecting value", p->at); return NULL; }
    if (++p->depth > MAX_DEPTH) { fail(p, "Nested too deeply", p->at); return NULL; }
    pyrust_value *v = NULL;
    char c = p->text[p->at];
    if (c == '"') v = parse_string(p);
    else if (c == '{') v = parse_object(p);
    else if (c == '[') v = parse_array(p);
    else if (starts(p, "null")) { p->at += 4; v = pyrust_value_none(); }
    else if (starts(p, "true")) { p->at += 4; v = pyrust_value_bool(1); }
    else if (starts(p, "false")) { p->at += 5; v = pyrust_value_bool(0); }
    else if (starts(p, "NaN")) { p->at += 3; v = pyrust_value_float(__builtin_nan("")); }
    else if (starts(p, "Infinity")) { p->at += 8; v = pyrust_value_float(__builtin_inf()); }
    else if (starts(p, "-Infinity")) { p->at += 9; v = pyrust_value_float(-__builtin_inf()); }
    else v = parse_number(p);
    if (!v) fail(p, "out of memory", p->at);
    p->depth--;
    return v;
}

EXPORT pyrust_value *pyrust_value_from_json(const char *json, size_t length, char **error) {
    if (error) *error = NULL;
    if (!json) {
        if (error) *error = strdup("json must not be NULL");
        return NULL;
    }
    parser p = { json, length, 0, 0, NULL };
    skip_space(&p);
    pyrust_value *v = parse_value(&p);
    if (v) {
        skip_space(&p);
        if (p.at != p.length) {
            pyrust_value_free(v);
            v = NULL;
            fail(&p, "Extra data", p.at);
        }
    }
    if (!v) {
        if (error) *error = p.error ? p.error : strdup("out of memory");
        else free(p.error);
    } else {
        free(p.error);
    }
    return v;
}
