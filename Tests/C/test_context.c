/* The host API: explicit contexts, inputs, results as JSON and typed values, host functions
 * (generic and typed C through libffi), limits and re-entrancy inside host calls, contexts
 * moving between threads, and pyrust_capabilities. */
#include "check.h"

#include <pyrust.h>

#include <malloc.h>
#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static int run(pyrust_context *ctx, const char *code, uint32_t flags, const pyrust_inputs *in, pyrust_result *r) {
    return pyrust_context_run(ctx, code, strlen(code), flags, in, r);
}

/* Runs code and expects success with `output` and `json` (NULL: no result_json). */
static void expect_run(pyrust_context *ctx, const char *code, const pyrust_inputs *in, const char *output,
                       const char *json) {
    pyrust_result r;
    int status = run(ctx, code, PYRUST_RUN_CACHED, in, &r);
    EXPECT(status == PYRUST_OK, "%s: status %d (%s: %s)", code, status, r.error_type ? r.error_type : "",
           r.error_message ? r.error_message : "");
    EXPECT(r.layout == 1, "%s: layout %d", code, r.layout);
    EXPECT(r.output && strcmp(r.output, output) == 0, "%s: output [%s] want [%s]", code, r.output ? r.output : "(null)",
           output);
    if (json) {
        EXPECT(r.result_json && strcmp(r.result_json, json) == 0 && r.result_json_len == strlen(json),
               "%s: json [%s] want [%s]", code, r.result_json ? r.result_json : "(null)", json);
    } else {
        EXPECT(r.result_json == NULL, "%s: json [%s] want NULL", code, r.result_json);
    }
    pyrust_result_free(&r);
}

static void expect_error(pyrust_context *ctx, const char *code, const pyrust_inputs *in, const char *type,
                         const char *message) {
    pyrust_result r;
    int status = run(ctx, code, PYRUST_RUN_CACHED, in, &r);
    EXPECT(status == PYRUST_ERROR, "%s: status %d", code, status);
    EXPECT(r.error_type && strcmp(r.error_type, type) == 0, "%s: type %s want %s", code,
           r.error_type ? r.error_type : "(null)", type);
    EXPECT(r.error_message && strcmp(r.error_message, message) == 0, "%s: message [%s] want [%s]", code,
           r.error_message ? r.error_message : "(null)", message);
    EXPECT(r.result_json == NULL && r.value == NULL, "%s: a value after an error", code);
    pyrust_result_free(&r);
}

static void test_context_basics(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    EXPECT(ctx != NULL, "context_new");
    expect_run(ctx, "2 + 2", NULL, "4", "4");
    expect_run(ctx, "print('hi')", NULL, "hi\n", NULL);
    expect_run(ctx, "x = 1", NULL, "", NULL);
    expect_run(ctx, "None", NULL, "", NULL);
    expect_run(ctx, "[1, 'a\\u00e9', (2.5, None), {'k': True}]", NULL,
               "[1, 'a\xc3\xa9', (2.5, None), {'k': True}]", "[1, \"a\\u00e9\", [2.5, null], {\"k\": true}]");
    expect_run(ctx, "{1: 'x', 2.5: 'y', None: 'z'}", NULL, "{1: 'x', 2.5: 'y', None: 'z'}",
               "{\"1\": \"x\", \"2.5\": \"y\", \"null\": \"z\"}");
    expect_run(ctx, "float('nan'), -float('inf'), 1e308 * 10", NULL, "(nan, -inf, inf)", "[NaN, -Infinity, Infinity]");
    expect_run(ctx, "2 ** 100", NULL, "1267650600228229401496703205376", "1267650600228229401496703205376");
    /* watched globals */
    const char *watched[] = {"total", "missing", "items"};
    EXPECT(pyrust_context_watch_globals(ctx, watched, 3) == 0, "watch");
    pyrust_result r0;
    run(ctx, "total = 2.5\nitems = ['a', (1, None)]\nprint('x')", 0, NULL, &r0);
    EXPECT(r0.globals_json && strcmp(r0.globals_json, "{\"total\": 2.5, \"items\": [\"a\", [1, null]]}") == 0 &&
               r0.globals_json_len == strlen(r0.globals_json) && r0.result_json == NULL,
           "globals_json %s", r0.globals_json ? r0.globals_json : "(null)");
    pyrust_result_free(&r0);
    run(ctx, "total = {1}", 0, NULL, &r0);
    EXPECT(r0.globals_json == NULL && r0.result_json_error &&
               strcmp(r0.result_json_error, "TypeError: Object of type set is not JSON serializable (global 'total')") == 0,
           "unserializable global: %s", r0.result_json_error ? r0.result_json_error : "(null)");
    pyrust_result_free(&r0);
    const char *bad_names[] = {"not valid"};
    EXPECT(pyrust_context_watch_globals(ctx, bad_names, 1) == PYRUST_INVALID_ARGUMENT, "bad watch name");
    EXPECT(pyrust_context_watch_globals(ctx, NULL, 0) == 0, "unwatch");
    run(ctx, "total = 1", 0, NULL, &r0);
    EXPECT(r0.globals_json == NULL, "no longer watched");
    pyrust_result_free(&r0);
    /* a value JSON cannot hold */
    pyrust_result r;
    run(ctx, "{1, 2}", 0, NULL, &r);
    EXPECT(r.status == PYRUST_OK && r.result_json == NULL && r.result_json_error &&
               strcmp(r.result_json_error, "TypeError: Object of type set is not JSON serializable") == 0,
           "set: %s", r.result_json_error ? r.result_json_error : "(null)");
    pyrust_result_free(&r);
    run(ctx, "{(1, 2): 3}", 0, NULL, &r);
    EXPECT(r.result_json_error && strcmp(r.result_json_error, "TypeError: keys must be str, int, float, bool or None, not tuple") == 0,
           "tuple key: %s", r.result_json_error ? r.result_json_error : "(null)");
    pyrust_result_free(&r);
    /* errors and invalid arguments keep the whole struct consistent */
    expect_error(ctx, "1 / 0", NULL, "ZeroDivisionError", "division by zero");
    EXPECT(pyrust_context_run(ctx, NULL, 0, 0, NULL, &r) == PYRUST_INVALID_ARGUMENT && r.layout == 1 &&
               r.result_json == NULL,
           "NULL code");
    pyrust_result_free(&r);
    EXPECT(pyrust_context_run(ctx, "1", 1, 64, NULL, &r) == PYRUST_INVALID_ARGUMENT, "unknown flag");
    pyrust_result_free(&r);
    EXPECT(pyrust_context_run(ctx, "1", 1, 0, NULL, NULL) == PYRUST_INVALID_ARGUMENT, "NULL out");
    /* the context has its own cache */
    expect_run(ctx, "2 + 2", NULL, "4", "4");
    pyrust_cache_stats s;
    pyrust_context_cache_stats(ctx, &s);
    EXPECT(s.hits >= 1 && s.size >= 5, "context cache: %llu hits %llu size", (unsigned long long)s.hits,
           (unsigned long long)s.size);
    pyrust_context_cache_clear(ctx);
    pyrust_context_cache_stats(ctx, &s);
    EXPECT(s.size == 0, "cleared");
    pyrust_context_free(ctx);
    pyrust_context_free(NULL);
    /* NULL context = the thread's own */
    expect_run(NULL, "3 * 3", NULL, "9", "9");
    /* options: no cache, and limits */
    pyrust_options o = {.size = sizeof o, .cache_capacity = UINT32_MAX,
                        .limits = {.size = sizeof(pyrust_limits), .max_instructions = 10000}};
    ctx = pyrust_context_new(&o);
    expect_run(ctx, "1", NULL, "1", "1");
    pyrust_context_cache_stats(ctx, &s);
    EXPECT(s.capacity == 0 && s.size == 0, "no cache: capacity %llu", (unsigned long long)s.capacity);
    EXPECT(run(ctx, "while True: pass", 0, NULL, &r) == PYRUST_LIMIT_EXCEEDED, "context limits");
    pyrust_result_free(&r);
    EXPECT(pyrust_context_set_limits(ctx, NULL) == 0, "set_limits NULL");
    expect_run(ctx, "sum(range(100000))", NULL, "4999950000", "4999950000");
    pyrust_context_free(ctx);
    pyrust_options tiny = {.size = 4};
    EXPECT(pyrust_context_new(&tiny) == NULL, "size too small");
}

static void test_values(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    pyrust_result r;
    int status = run(ctx, "[1, -2**70, 2.5, 'h\\u00e9', b'\\x00b', (True, None), {'a': [1]}]", PYRUST_RUN_VALUE, NULL, &r);
    EXPECT(status == PYRUST_OK && r.value != NULL, "value run");
    const pyrust_value *v = r.value;
    EXPECT(pyrust_value_type(v) == PYRUST_LIST && pyrust_value_len(v) == 7, "list of 7");
    int64_t i = 0;
    EXPECT(pyrust_value_get_int64(pyrust_value_item(v, 0), &i) == 0 && i == 1, "int");
    size_t n = 0;
    EXPECT(pyrust_value_get_int64(pyrust_value_item(v, 1), &i) == 1, "big int does not fit");
    const char *digits = pyrust_value_get_text(pyrust_value_item(v, 1), &n);
    EXPECT(digits && strcmp(digits, "-1180591620717411303424") == 0, "big digits %s", digits ? digits : "(null)");
    EXPECT(pyrust_value_get_float(pyrust_value_item(v, 2)) == 2.5, "float");
    const char *text = pyrust_value_get_text(pyrust_value_item(v, 3), &n);
    EXPECT(text && n == 3 && memcmp(text, "h\xc3\xa9", 3) == 0, "str");
    text = pyrust_value_get_text(pyrust_value_item(v, 4), &n);
    EXPECT(pyrust_value_type(pyrust_value_item(v, 4)) == PYRUST_BYTES && n == 2 && text[0] == 0 && text[1] == 'b', "bytes");
    const pyrust_value *t = pyrust_value_item(v, 5);
    EXPECT(pyrust_value_type(t) == PYRUST_TUPLE && pyrust_value_get_bool(pyrust_value_item(t, 0)) &&
               pyrust_value_type(pyrust_value_item(t, 1)) == PYRUST_NONE,
           "tuple");
    const pyrust_value *d = pyrust_value_item(v, 6);
    EXPECT(pyrust_value_type(d) == PYRUST_DICT && pyrust_value_len(d) == 1 &&
               pyrust_value_type(pyrust_value_dict_get(d, "a")) == PYRUST_LIST,
           "dict");
    EXPECT(pyrust_value_item(v, 99) == NULL && pyrust_value_dict_get(d, "zz") == NULL, "out of range");
    pyrust_result_free(&r);
    pyrust_result_free(&r);   /* twice is harmless */
    EXPECT(r.value == NULL && r.result_json == NULL, "zeroed");
    /* a value with no tree form */
    run(ctx, "{1, 2}", PYRUST_RUN_VALUE, NULL, &r);
    EXPECT(r.status == PYRUST_OK && r.value == NULL, "set has no tree");
    pyrust_result_free(&r);
    /* JSON parsing errors name the position as json.loads does */
    char *error = NULL;
    EXPECT(pyrust_value_from_json("[1, 2", 5, &error) == NULL && error &&
               strcmp(error, "Expecting ',' delimiter: line 1 column 6 (char 5)") == 0,
           "json error %s", error ? error : "(null)");
    pyrust_free(error);
    error = NULL;
    EXPECT(pyrust_value_from_json("", 0, &error) == NULL && error &&
               strcmp(error, "Expecting value: line 1 column 1 (char 0)") == 0,
           "json empty %s", error ? error : "(null)");
    pyrust_free(error);
    EXPECT(pyrust_value_from_json("[1] x", 5, NULL) == NULL, "extra data");
    EXPECT(pyrust_value_str("\xff", 1) == NULL, "invalid UTF-8 str refused");
    EXPECT(pyrust_value_int_text("12a") == NULL && pyrust_value_int_text("") == NULL, "bad int text");
    pyrust_value *list = pyrust_value_list();
    EXPECT(pyrust_value_dict_set(list, pyrust_value_int(1), pyrust_value_int(2)) == -1, "dict_set on a list");
    pyrust_value_free(list);
    /* a tree a million levels deep: refused as an input, freed without native recursion */
    pyrust_value *deep = pyrust_value_list();
    for (int k = 0; k < 1000000; k++) {
        pyrust_value *outer = pyrust_value_list();
        pyrust_value_append(outer, deep);
        deep = outer;
    }
    pyrust_inputs *in = pyrust_inputs_new();
    pyrust_inputs_set(in, "deep", deep);
    expect_error(ctx, "deep", in, "ValueError", "input 'deep': host value nested more than 200 levels deep");
    pyrust_inputs_free(in);
    pyrust_context_free(ctx);
}

static void test_inputs(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    pyrust_inputs *in = pyrust_inputs_new();
    EXPECT(pyrust_inputs_set_int(in, "n", -5) == 0, "int");
    EXPECT(pyrust_inputs_set_int_text(in, "big", "-123456789012345678901234567890") == 0, "big");
    EXPECT(pyrust_inputs_set_float(in, "f", 0.1) == 0, "float");
    EXPECT(pyrust_inputs_set_str(in, "s", "caf\xc3\xa9 \xf0\x9f\x90\x8d", 10) == 0, "str");
    EXPECT(pyrust_inputs_set_bytes(in, "b", "\x00\xff", 2) == 0, "bytes");
    EXPECT(pyrust_inputs_set_bool(in, "t", 1) == 0 && pyrust_inputs_set_none(in, "nothing") == 0, "bool, none");
    EXPECT(pyrust_inputs_set_json(in, "j", "{\"a\": [1, 2.5e3, \"x\\u00e9\", null, true], \"b\": 99999999999999999999999}") == 0,
           "json");
    pyrust_value *tup = pyrust_value_tuple();
    pyrust_value_append(tup, pyrust_value_int(1));
    pyrust_value_append(tup, pyrust_value_str("two", 3));
    pyrust_value *dict = pyrust_value_dict();
    pyrust_value_dict_set(dict, pyrust_value_int(7), tup);
    EXPECT(pyrust_inputs_set(in, "d", dict) == 0, "nested dict");
    const char *code = "print(repr(n), repr(big), repr(f), repr(s), len(s), repr(b), t, nothing)\n"
                       "print(j, type(j['b']).__name__)\nprint(d)\n"
                       "j['a'].append('mutated')\n(n, s)";
    const char *want = "-5 -123456789012345678901234567890 0.1 'caf\xc3\xa9 \xf0\x9f\x90\x8d' 6 b'\\x00\\xff' True None\n"
                       "{'a': [1, 2500.0, 'x\xc3\xa9', None, True], 'b': 99999999999999999999999} int\n"
                       "{7: (1, 'two')}\n";
    for (int round = 0; round < 3; round++) {
        /* a script mutating an input changes only its own copy: every round prints the same */
        pyrust_result r;
        run(ctx, code, PYRUST_RUN_CACHED, in, &r);
        char expected[512];
        snprintf(expected, sizeof expected, "%s(-5, 'caf\xc3\xa9 \xf0\x9f\x90\x8d')", want);
        EXPECT(r.status == PYRUST_OK && strcmp(r.output, expected) == 0, "round %d: [%s] %s", round, r.output,
               r.error_message ? r.error_message : "");
        EXPECT(r.result_json && strcmp(r.result_json, "[-5, \"caf\\u00e9 \\ud83d\\udc0d\"]") == 0, "json %s",
               r.result_json ? r.result_json : "(null)");
        pyrust_result_free(&r);
    }
    /* new values for the same names: the cached program sees them */
    pyrust_inputs_set_int(in, "n", 41);
    expect_run(ctx, "n + 1", in, "42", "42");
    /* inputs never leak into the next run */
    expect_error(ctx, "n", NULL, "NameError", "name 'n' is not defined");
    /* names the program never mentions are simply not bound; bad names are refused */
    expect_run(ctx, "x = 2\nx * 21", in, "42", "42");
    EXPECT(pyrust_inputs_set_int(in, "not valid", 1) == PYRUST_INVALID_ARGUMENT, "space");
    EXPECT(pyrust_inputs_set_int(in, "class", 1) == PYRUST_INVALID_ARGUMENT, "keyword");
    EXPECT(pyrust_inputs_set_int(in, "9a", 1) == PYRUST_INVALID_ARGUMENT, "digit first");
    EXPECT(pyrust_inputs_set_json(in, "x", "{bad") == PYRUST_INVALID_ARGUMENT, "bad json");
    EXPECT(pyrust_inputs_set_str(in, "x", "\xc3", 1) == PYRUST_INVALID_ARGUMENT, "bad utf-8");
    EXPECT(pyrust_inputs_set(NULL, "x", NULL) == PYRUST_INVALID_ARGUMENT, "NULLs");
    /* all of a JSON object */
    pyrust_inputs_clear(in);
    EXPECT(pyrust_inputs_set_all_json(in, "{\"price\": 2.5, \"qty\": 4, \"limit\": 9}") == 0, "set_all_json");
    expect_run(ctx, "price * qty > limit", in, "True", "true");
    EXPECT(pyrust_inputs_set_all_json(in, "[1]") == PYRUST_INVALID_ARGUMENT, "not an object");
    EXPECT(pyrust_inputs_set_all_json(in, "{\"a b\": 1}") == PYRUST_INVALID_ARGUMENT, "bad key");
    /* an input that cannot become a Python value */
    pyrust_inputs_clear(in);
    pyrust_value *bad = pyrust_value_dict();
    pyrust_value_dict_set(bad, pyrust_value_list(), pyrust_value_int(1));
    pyrust_inputs_set(in, "bad", bad);
    expect_error(ctx, "bad", in, "TypeError", "input 'bad': unhashable type: 'list'");
    pyrust_inputs_free(in);
    pyrust_context_free(ctx);
}

/* ---- host functions ---- */

static long calls;

static pyrust_value *echo(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)call;
    calls++;
    EXPECT(userdata == (void *)&calls, "userdata");
    /* returns (args, kwargs or None) rebuilt from what it received */
    pyrust_value *out = pyrust_value_tuple();
    char *text = NULL;
    (void)text;
    pyrust_value *a = pyrust_value_list();
    for (size_t i = 0; i < pyrust_value_len(args); i++) {
        const pyrust_value *item = pyrust_value_item(args, i);
        int64_t n;
        size_t len;
        const char *t;
        switch (pyrust_value_type(item)) {
        case PYRUST_INT:
            if (pyrust_value_get_int64(item, &n) == 0) pyrust_value_append(a, pyrust_value_int(n));
            else pyrust_value_append(a, pyrust_value_int_text(pyrust_value_get_text(item, NULL)));
            break;
        case PYRUST_STR: t = pyrust_value_get_text(item, &len); pyrust_value_append(a, pyrust_value_str(t, len)); break;
        case PYRUST_BYTES: t = pyrust_value_get_text(item, &len); pyrust_value_append(a, pyrust_value_bytes(t, len)); break;
        case PYRUST_FLOAT: pyrust_value_append(a, pyrust_value_float(pyrust_value_get_float(item))); break;
        case PYRUST_BOOL: pyrust_value_append(a, pyrust_value_bool(pyrust_value_get_bool(item))); break;
        case PYRUST_NONE: pyrust_value_append(a, pyrust_value_none()); break;
        default: pyrust_value_append(a, pyrust_value_int(100 + (int64_t)pyrust_value_len(item))); break;
        }
    }
    pyrust_value_append(out, a);
    if (kwargs) {
        pyrust_value *k = pyrust_value_list();
        for (size_t i = 0; i < pyrust_value_len(kwargs); i++) {
            size_t len;
            const char *name = pyrust_value_get_text(pyrust_value_dict_key(kwargs, i), &len);
            pyrust_value_append(k, pyrust_value_str(name, len));
        }
        pyrust_value_append(out, k);
    } else {
        pyrust_value_append(out, pyrust_value_none());
    }
    return out;
}

static pyrust_value *fail(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)kwargs;
    size_t n;
    const char *type = pyrust_value_get_text(pyrust_value_item(args, 0), &n);
    pyrust_call_raise(call, type, (const char *)userdata);
    return NULL;
}

static pyrust_value *nothing(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)call; (void)args; (void)kwargs; (void)userdata;
    return NULL;
}

static pyrust_value *add(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)call; (void)kwargs; (void)userdata;
    int64_t a = 0, b = 0;
    pyrust_value_get_int64(pyrust_value_item(args, 0), &a);
    pyrust_value_get_int64(pyrust_value_item(args, 1), &b);
    return pyrust_value_int(a + b);
}

static void test_host_functions(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    EXPECT(pyrust_context_add_function(ctx, "echo", echo, &calls) == 0, "add echo");
    EXPECT(pyrust_context_add_function(ctx, "fail", fail, "went wrong") == 0, "add fail");
    EXPECT(pyrust_context_add_function(ctx, "nothing", nothing, NULL) == 0, "add nothing");
    EXPECT(pyrust_context_add_function(ctx, "add", add, NULL) == 0, "add add");
    EXPECT(pyrust_context_add_function(ctx, "bad name", add, NULL) == PYRUST_INVALID_ARGUMENT, "bad name");
    EXPECT(pyrust_context_add_function(ctx, "x", NULL, NULL) == PYRUST_INVALID_ARGUMENT, "NULL fn");
    EXPECT(pyrust_context_add_function(NULL, "x", add, NULL) == PYRUST_INVALID_ARGUMENT, "NULL ctx");
    expect_run(ctx, "echo(1, -2**80, 'h\\u00e9', b'\\x00', 2.5, True, None, [1, 2], key=1, other=2)", NULL,
               "([1, -1208925819614629174706176, 'h\xc3\xa9', b'\\x00', 2.5, True, None, 102], ['key', 'other'])",
               NULL);
    expect_run(ctx, "echo()", NULL, "([], None)", "[[], null]");
    expect_run(ctx, "nothing()", NULL, "", NULL);
    expect_run(ctx, "print(nothing(), echo)", NULL, "None <built-in function echo>\n", NULL);
    expect_run(ctx, "def f():\n    return add(20, 22)\nf()", NULL, "42", "42");
    /* exceptions: caught by the script, or reported */
    expect_run(ctx, "try:\n    fail('KeyError')\nexcept LookupError as e:\n    print(type(e).__name__, e)", NULL,
               "KeyError 'went wrong'\n", NULL);
    expect_error(ctx, "fail('ValueError')", NULL, "ValueError", "went wrong");
    expect_error(ctx, "fail('NoSuchError')", NULL, "RuntimeError",
                 "host function raised unknown exception type 'NoSuchError': went wrong");
    expect_error(ctx, "echo({1})", NULL, "TypeError", "a value of type 'set' cannot be passed to the host");
    /* a program may shadow a host function, and other contexts do not see it */
    expect_run(ctx, "add = lambda a, b: 0\nadd(1, 2)", NULL, "0", "0");
    pyrust_context *other = pyrust_context_new(NULL);
    expect_error(other, "add(1, 2)", NULL, "NameError", "name 'add' is not defined");
    pyrust_context_free(other);
    /* replacing a function */
    EXPECT(pyrust_context_add_function(ctx, "add", echo, &calls) == 0, "replace");
    expect_run(ctx, "add(1, 2)", NULL, "([1, 2], None)", "[[1, 2], null]");
    /* a million calls */
    EXPECT(pyrust_context_add_function(ctx, "add", add, NULL) == 0, "back");
    expect_run(ctx, "t = 0\nfor i in range(1000000):\n    t = add(t, 1)\nt", NULL, "1000000", "1000000");
    pyrust_context_free(ctx);
}

/* Mixed classes and widths (called directly), and more integer arguments than registers
 * (called through libffi). */
static double mix(int8_t a, double b, uint16_t c, float d, int64_t e, _Bool f) {
    return a * 1000000.0 + b * 1000.0 + c + d / 4 + (double)e * 0.5 + (f ? 0.125 : 0);
}
static int64_t sum8(int64_t a, int32_t b, int16_t c, int8_t d, uint64_t e, uint32_t f, uint16_t g, uint8_t h) {
    return a + b + c + d + (int64_t)e + f + g + h;
}
static float halve(float x) { return x / 2; }
static int8_t negate8(int8_t x) { return (int8_t)-x; }
static uint32_t big32(void) { return 4000000000u; }
static _Bool is_even(int64_t x) { return x % 2 == 0; }
static uint8_t low8(uint32_t x) { return (uint8_t)x; }
static int16_t neg16(int16_t x) { return (int16_t)-x; }
static uint16_t swap16(uint16_t x) { return (uint16_t)((x >> 8) | (x << 8)); }

static void test_cfunctions(void) {
    pyrust_context *ctx = pyrust_context_new(NULL);
    EXPECT(pyrust_context_add_cfunction(ctx, "mix", (void *)mix, "d(cdHflb)") == 0, "mix");
    EXPECT(pyrust_context_add_cfunction(ctx, "sum8", (void *)sum8, "l(lihcLIHC)") == 0, "sum8");
    EXPECT(pyrust_context_add_cfunction(ctx, "halve", (void *)halve, "f(f)") == 0, "halve");
    EXPECT(pyrust_context_add_cfunction(ctx, "negate8", (void *)negate8, "c(c)") == 0, "negate8");
    EXPECT(pyrust_context_add_cfunction(ctx, "big32", (void *)big32, "I()") == 0, "big32");
    EXPECT(pyrust_context_add_cfunction(ctx, "is_even", (void *)is_even, "b(l)") == 0, "is_even");
    EXPECT(pyrust_context_add_cfunction(ctx, "low8", (void *)low8, "C(I)") == 0, "low8");
    EXPECT(pyrust_context_add_cfunction(ctx, "neg16", (void *)neg16, "h(h)") == 0, "neg16");
    EXPECT(pyrust_context_add_cfunction(ctx, "swap16", (void *)swap16, "H(H)") == 0, "swap16");
    expect_run(ctx, "is_even(10), is_even(-3), low8(0x1234), neg16(-32767), swap16(0x1234)", NULL,
               "(True, False, 52, 32767, 13330)", "[true, false, 52, 32767, 13330]");
    expect_run(ctx, "mix(-3, 2.5, 65535, 3.0, -8, True)", NULL, "-2931968.125", "-2931968.125");
    expect_run(ctx, "sum8(10**12, -2**31, -300, -128, 2**40, 2**32 - 1, 65535, 255)", NULL, "2101659176785",
               "2101659176785");
    expect_run(ctx, "halve(3.0), negate8(-127), big32()", NULL, "(1.5, 127, 4000000000)", "[1.5, 127, 4000000000]");
    expect_error(ctx, "negate8(-129)", NULL, "OverflowError", "negate8() argument 1: -129 is out of range for the C type 'c'");
    EXPECT(pyrust_context_add_cfunction(ctx, "hypot", (void *)hypot, "d(dd)") == 0, "hypot");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_strlen", (void *)strlen, "L(s)") == 0, "strlen");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_abs", (void *)abs, "i(i)") == 0, "abs");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_getenv", (void *)getenv, "s(s)") == 0, "getenv");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_sqrtf", (void *)sqrtf, "f(f)") == 0, "sqrtf");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_rand", (void *)rand, "i()") == 0, "rand");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_srand", (void *)srand, "v(I)") == 0, "srand");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_llabs", (void *)llabs, "l(l)") == 0, "llabs");
    EXPECT(pyrust_context_add_cfunction(ctx, "c_toupper", (void *)toupper, "i(i)") == 0, "toupper");
    EXPECT(pyrust_context_add_cfunction(ctx, "bad", (void *)hypot, "d(dq)") == PYRUST_INVALID_ARGUMENT, "bad code");
    EXPECT(pyrust_context_add_cfunction(ctx, "bad", (void *)hypot, "dd") == PYRUST_INVALID_ARGUMENT, "no parens");
    EXPECT(pyrust_context_add_cfunction(ctx, "bad", (void *)hypot, "v(v)") == PYRUST_INVALID_ARGUMENT, "void arg");
    EXPECT(pyrust_context_add_cfunction(ctx, "bad", NULL, "v()") == PYRUST_INVALID_ARGUMENT, "NULL fn");
    expect_run(ctx, "hypot(3, 4.0), hypot(True, 0)", NULL, "(5.0, 1.0)", "[5.0, 1.0]");
    expect_run(ctx, "c_strlen('h\\u00e9llo'), c_strlen(b'ab'), c_abs(-7), c_llabs(-2**62)", NULL,
               "(6, 2, 7, 4611686018427387904)", "[6, 2, 7, 4611686018427387904]");
    setenv("PYRUST_TEST_VALUE", "v\xc3\xa9", 1);
    expect_run(ctx, "c_getenv('PYRUST_TEST_VALUE'), c_getenv('PYRUST_NO_SUCH_VARIABLE_X')", NULL, "('v\xc3\xa9', None)",
               "[\"v\\u00e9\", null]");
    expect_run(ctx, "c_sqrtf(2.0) == 1.4142135381698608, c_srand(1)", NULL, "(True, None)", "[true, null]");
    expect_run(ctx, "chr(c_toupper(ord('q')))", NULL, "'Q'", "\"Q\"");
    expect_error(ctx, "hypot('a', 1)", NULL, "TypeError", "hypot() argument 1 must be float, not str");
    expect_error(ctx, "hypot(1)", NULL, "TypeError", "hypot() takes exactly 2 arguments (1 given)");
    expect_error(ctx, "hypot(1, y=2)", NULL, "TypeError", "hypot() takes no keyword arguments");
    expect_error(ctx, "c_abs(2**31)", NULL, "OverflowError", "c_abs() argument 1: 2147483648 is out of range for the C type 'i'");
    expect_error(ctx, "c_abs(2**100)", NULL, "OverflowError", "c_abs() argument 1: int too large to convert");
    expect_error(ctx, "c_abs(1.5)", NULL, "TypeError", "c_abs() argument 1 must be int, not float");
    expect_error(ctx, "c_strlen('a\\0b')", NULL, "ValueError", "embedded null character");
    expect_error(ctx, "c_strlen(3)", NULL, "TypeError", "c_strlen() argument 1 must be str, not int");
    expect_error(ctx, "hypot(10**400, 1)", NULL, "OverflowError", "int too large to convert to float");
    expect_run(ctx, "t = 0.0\nfor i in range(200000):\n    t += hypot(3, 4)\nt", NULL, "1000000.0", "1000000.0");
    pyrust_context_free(ctx);
}

/* ---- limits and re-entrancy inside host calls ---- */

static pyrust_cancel_token token;

static pyrust_value *slow(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)call; (void)args; (void)kwargs; (void)userdata;
    usleep(30000);
    return pyrust_value_int(1);
}

static pyrust_value *cancel_now(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)call; (void)args; (void)kwargs; (void)userdata;
    pyrust_cancel(&token);
    return pyrust_value_int(1);
}

/* Runs the code it is given on its own context (re-entrant) and on a fresh one. */
static pyrust_value *nested(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)kwargs; (void)userdata;
    size_t n;
    const char *code = pyrust_value_get_text(pyrust_value_item(args, 0), &n);
    pyrust_result r1, r2;
    pyrust_context *self = pyrust_call_context(call);
    pyrust_context_run(self, code, n, PYRUST_RUN_CACHED, NULL, &r1);
    pyrust_context *fresh = pyrust_context_new(NULL);
    pyrust_context_run(fresh, code, n, PYRUST_RUN_CACHED, NULL, &r2);
    pyrust_context_free(fresh);
    pyrust_value *out = pyrust_value_tuple();
    pyrust_value_append(out, r1.result_json ? pyrust_value_str(r1.result_json, r1.result_json_len) : pyrust_value_none());
    pyrust_value_append(out, r2.result_json ? pyrust_value_str(r2.result_json, r2.result_json_len) : pyrust_value_none());
    pyrust_result_free(&r1);
    pyrust_result_free(&r2);
    return out;
}

/* Runs itself on a fresh context, forever: the nesting bound must stop it. */
static pyrust_value *recurse(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)args; (void)kwargs; (void)userdata;
    pyrust_context *fresh = pyrust_context_new(NULL);
    pyrust_context_add_function(fresh, "recurse", recurse, NULL);
    pyrust_result r;
    const char *code = "recurse()";
    pyrust_context_run(fresh, code, strlen(code), 0, NULL, &r);
    if (r.status != PYRUST_OK) pyrust_call_raise(call, r.error_type, r.error_message);
    pyrust_result_free(&r);
    pyrust_context_free(fresh);
    return NULL;
}

static pyrust_value *free_own(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)args; (void)kwargs; (void)userdata;
    pyrust_context_free(pyrust_call_context(call));   /* deferred to the end of the run */
    return pyrust_value_int(5);
}

static void test_limits_and_reentrancy(void) {
    pyrust_options o = {.size = sizeof o, .limits = {.size = sizeof(pyrust_limits), .timeout_ms = 100}};
    pyrust_context *ctx = pyrust_context_new(&o);
    pyrust_context_add_function(ctx, "slow", slow, NULL);
    pyrust_context_add_function(ctx, "cancel_now", cancel_now, NULL);
    pyrust_context_add_function(ctx, "nested", nested, NULL);
    pyrust_result r;
    /* time inside the host counts: 10 calls of 30 ms pass a 100 ms deadline */
    int status = run(ctx, "for i in range(10):\n    try:\n        slow()\n    except BaseException:\n        pass", 0, NULL, &r);
    EXPECT(status == PYRUST_LIMIT_EXCEEDED && strcmp(r.error_message, "time limit of 100 ms exceeded") == 0,
           "deadline across host calls: %d %s", status, r.error_message ? r.error_message : "");
    pyrust_result_free(&r);
    /* a cancel made during a host call stops the run when it returns */
    pyrust_limits l = {.size = sizeof l, .cancel = &token};
    pyrust_context_set_limits(ctx, &l);
    status = run(ctx, "cancel_now()\nprint('not reached')", 0, NULL, &r);
    EXPECT(status == PYRUST_LIMIT_EXCEEDED && strcmp(r.error_message, "run cancelled by the host") == 0 &&
               strcmp(r.output, "") == 0,
           "cancel in host call: %d %s", status, r.error_message ? r.error_message : "");
    pyrust_result_free(&r);
    token.requested = 0;
    pyrust_context_set_limits(ctx, NULL);
    /* re-entrant runs: the same context and another one, from inside a host function */
    expect_run(ctx, "nested('[1, 2]'), nested('nested(\"3\")')", NULL,
               "(('[1, 2]', '[1, 2]'), ('[\"3\", \"3\"]', None))",
               "[[\"[1, 2]\", \"[1, 2]\"], [\"[\\\"3\\\", \\\"3\\\"]\", null]]");
    expect_run(ctx, "print('still fine')", NULL, "still fine\n", NULL);
    /* host-level recursion through new contexts ends in RecursionError, not a stack overflow */
    pyrust_context_add_function(ctx, "recurse", recurse, NULL);
    expect_error(ctx, "recurse()", NULL, "RecursionError",
                 "maximum recursion depth exceeded (runs nested through host functions)");
    expect_run(ctx, "2 + 2", NULL, "4", "4");
    /* freeing a context from inside its own run waits for the run's end */
    pyrust_context_add_function(ctx, "free_own", free_own, NULL);
    expect_run(ctx, "free_own() + 1", NULL, "6", "6");
}

static void test_context_modules(void) {
    pyrust_context *ctx = pyrust_context_new(NULL), *other = pyrust_context_new(NULL);
    const char *helpers = "RATE = 3\ndef triple(x):\n    return x * RATE\n";
    EXPECT(pyrust_context_module_add(ctx, "helpers", helpers, strlen(helpers)) == 0, "add");
    const char *util = "def shout(s):\n    return s.upper() + '!'\n";
    EXPECT(pyrust_context_module_add(ctx, "pkg.util", util, strlen(util)) == 0, "add dotted");
    EXPECT(pyrust_context_module_add(ctx, "bad name", util, strlen(util)) == PYRUST_INVALID_ARGUMENT, "bad name");
    expect_run(ctx, "import helpers\nfrom pkg.util import shout\nhelpers.triple(14), shout('hi')", NULL, "(42, 'HI!')",
               "[42, \"HI!\"]");
    expect_error(ctx, "from helpers import *", NULL, "ImportError",
                 "'from helpers import *' of a module registered on a context is not supported by pyrust yet; import its names explicitly");
    expect_error(other, "import helpers", NULL, "ModuleNotFoundError", "No module named 'helpers'");
    /* shadowing a standard module, for this context only */
    const char *fake = "def dumps(x):\n    return 'fake'\n";
    EXPECT(pyrust_context_module_add(ctx, "json", fake, strlen(fake)) == 0, "shadow json");
    expect_run(ctx, "import json\njson.dumps(1)", NULL, "'fake'", "\"fake\"");
    expect_run(other, "import json\njson.dumps(1)", NULL, "'1'", "\"1\"");
    EXPECT(pyrust_context_module_remove(ctx, "json") == 0 && pyrust_context_module_remove(ctx, "json") == 1, "remove");
    expect_run(ctx, "import json\njson.dumps(1)", NULL, "'1'", "\"1\"");
    pyrust_context_free(ctx);
    pyrust_context_free(other);
}

/* ---- contexts moving between threads ---- */

enum { THREADS = 16, CONTEXTS = 8, ROUNDS = 300 };
static pyrust_context *pool[CONTEXTS];
static int pool_busy[CONTEXTS];
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static int thread_errors;

static void *mover(void *arg) {
    long id = (long)arg;
    pyrust_inputs *in = pyrust_inputs_new();
    for (int round = 0; round < ROUNDS; round++) {
        /* take any free context: each one is run by many threads over time */
        int k = -1;
        while (k < 0) {
            pthread_mutex_lock(&pool_lock);
            for (int j = 0; j < CONTEXTS; j++) {
                int c = (int)((j + id + round) % CONTEXTS);
                if (!pool_busy[c]) { pool_busy[c] = 1; k = c; break; }
            }
            pthread_mutex_unlock(&pool_lock);
            if (k < 0) sched_yield();
        }
        pyrust_inputs_set_int(in, "a", id);
        pyrust_inputs_set_int(in, "b", round);
        const char *code = "d = {str(i): i for i in range(a + 5)}\n"
                           "class P:\n    def __init__(self, v): self.v = v\n"
                           "def g():\n    yield from range(b)\n"
                           "(sum(d.values()), sum(g()), add(a, b), P(a).v)";
        pyrust_result r;
        pyrust_context_run(pool[k], code, strlen(code), PYRUST_RUN_CACHED, in, &r);
        char want[128];
        long n = id + 5;
        snprintf(want, sizeof want, "[%ld, %d, %ld, %ld]", n * (n - 1) / 2, round * (round - 1) / 2, id + round, id);
        if (r.status != PYRUST_OK || !r.result_json || strcmp(r.result_json, want) != 0) {
            pthread_mutex_lock(&pool_lock);
            if (thread_errors++ < 3)
                fprintf(stderr, "  thread %ld round %d: %s want %s (%s)\n", id, round, r.result_json ? r.result_json : "(null)",
                        want, r.error_message ? r.error_message : "");
            pthread_mutex_unlock(&pool_lock);
        }
        pyrust_result_free(&r);
        pthread_mutex_lock(&pool_lock);
        pool_busy[k] = 0;
        pthread_mutex_unlock(&pool_lock);
    }
    pyrust_inputs_free(in);
    return NULL;
}

static void test_contexts_move_between_threads(void) {
    for (int i = 0; i < CONTEXTS; i++) {
        pool[i] = pyrust_context_new(NULL);
        pyrust_context_add_function(pool[i], "add", add, NULL);
    }
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, mover, (void *)i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    EXPECT(thread_errors == 0, "%d wrong results", thread_errors);
    for (int i = 0; i < CONTEXTS; i++) pyrust_context_free(pool[i]);
}

/* Many contexts made, used and freed give the heap back. */
static void test_context_memory(void) {
    malloc_trim(0);
    struct mallinfo2 before = mallinfo2();
    for (int i = 0; i < 200; i++) {
        pyrust_context *ctx = pyrust_context_new(NULL);
        pyrust_context_add_function(ctx, "add", add, NULL);
        pyrust_inputs *in = pyrust_inputs_new();
        pyrust_inputs_set_json(in, "data", "{\"xs\": [1, 2, 3], \"name\": \"n\"}");
        pyrust_result r;
        run(ctx, "import json\n[add(x, 1) for x in data['xs']], json.dumps(data)", PYRUST_RUN_CACHED | PYRUST_RUN_VALUE, in, &r);
        pyrust_result_free(&r);
        pyrust_inputs_free(in);
        pyrust_context_free(ctx);
    }
    malloc_trim(0);
    struct mallinfo2 after = mallinfo2();
    long grown = (long)after.uordblks - (long)before.uordblks;
    EXPECT(grown < 64 * 1024, "heap grew by %ld bytes over 200 contexts", grown);
}

static void test_capabilities(void) {
    const char *caps = pyrust_capabilities();
    EXPECT(caps && caps == pyrust_capabilities(), "static text");
    EXPECT(caps && strstr(caps, "\"version\": \"0.4.0\"") && strstr(caps, "\"math\": [\"acos\", ") &&
               strstr(caps, "\"pyrust_context_run\""),
           "manifest: %.200s", caps ? caps : "(null)");
    /* the manifest is valid JSON */
    char *error = NULL;
    pyrust_value *v = pyrust_value_from_json(caps, strlen(caps), &error);
    EXPECT(v != NULL && pyrust_value_type(v) == PYRUST_DICT, "JSON: %s", error ? error : "");
    pyrust_free(error);
    pyrust_value_free(v);
}

int main(void) {
    static const test_case tests[] = {
        {"contexts: runs, result_json, own cache, options", test_context_basics},
        {"values: typed reads, JSON parsing", test_values},
        {"inputs: every type, copied, never leaking", test_inputs},
        {"host functions: arguments, results, exceptions, 10^6 calls", test_host_functions},
        {"typed C functions through libffi", test_cfunctions},
        {"modules registered on a context", test_context_modules},
        {"limits and re-entrancy inside host calls", test_limits_and_reentrancy},
        {"16 threads, contexts moving between them", test_contexts_move_between_threads},
        {"contexts give their memory back", test_context_memory},
        {"capabilities manifest", test_capabilities},
    };
    return run_tests(tests, sizeof tests / sizeof *tests);
}
