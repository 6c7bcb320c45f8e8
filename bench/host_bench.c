/* The host API's costs (part of `make bench`): inputs on a cached run, generic and typed
 * host-function calls, and a rules engine (one program, 100,000 input sets) against CPython
 * 3.11 embedded in the same process doing the same with PyDict globals. Rounds are
 * interleaved and medians reported; nothing is asserted (timings are reported, not tested). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <pyrust.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { ROUNDS = 5, RULE_SETS = 100000 };

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int failures;

static void expect_json(const pyrust_result *r, const char *want, const char *what) {
    if (r->status != PYRUST_OK || !r->result_json || strcmp(r->result_json, want) != 0) {
        if (failures++ < 5)
            fprintf(stderr, "host bench: %s gave %s (%s)\n", what, r->result_json ? r->result_json : "(null)",
                    r->error_message ? r->error_message : "");
    }
}

/* ---- workloads: each returns nanoseconds per operation ---- */

static pyrust_context *ctx;

static double cached_run(const char *code, const pyrust_inputs *in, const char *want, long n) {
    pyrust_result r;
    size_t len = strlen(code);
    double start = now_ns();
    for (long i = 0; i < n; i++) {
        pyrust_context_run(ctx, code, len, PYRUST_RUN_CACHED, in, &r);
        if (i == 0) expect_json(&r, want, code);
        pyrust_result_free(&r);
    }
    return (now_ns() - start) / n;
}

static double loop_run(const char *code, const char *want, long calls) {
    pyrust_result r;
    double start = now_ns();
    pyrust_context_run(ctx, code, strlen(code), PYRUST_RUN_CACHED, NULL, &r);
    double t = now_ns() - start;
    expect_json(&r, want, code);
    pyrust_result_free(&r);
    return t / calls;
}

static pyrust_value *host_identity(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *ud) {
    (void)call; (void)kwargs; (void)ud;
    int64_t v = 0;
    pyrust_value_get_int64(pyrust_value_item(args, 0), &v);
    return pyrust_value_int(v);
}

static int64_t c_identity(int64_t v) { return v; }

/* Rules: the same program over RULE_SETS different input sets; returns ns per evaluation. */
static const char *RULE = "price * qty * (1 - discount) > limit";

static double rule_input(long i, int which) {
    switch (which) {
    case 0: return 1.0 + (double)(i % 97);
    case 1: return (double)(i % 13);
    case 2: return (double)(i % 5) / 10.0;
    default: return 300.0;
    }
}

static double pyrust_rules(long *trues) {
    pyrust_inputs *in = pyrust_inputs_new();
    pyrust_result r;
    size_t len = strlen(RULE);
    long t = 0;
    double start = now_ns();
    for (long i = 0; i < RULE_SETS; i++) {
        pyrust_inputs_set_float(in, "price", rule_input(i, 0));
        pyrust_inputs_set_float(in, "qty", rule_input(i, 1));
        pyrust_inputs_set_float(in, "discount", rule_input(i, 2));
        pyrust_inputs_set_float(in, "limit", rule_input(i, 3));
        pyrust_context_run(ctx, RULE, len, PYRUST_RUN_CACHED, in, &r);
        if (r.result_json && r.result_json[0] == 't') t++;
        pyrust_result_free(&r);
    }
    double elapsed = now_ns() - start;
    pyrust_inputs_free(in);
    *trues = t;
    return elapsed / RULE_SETS;
}

static PyObject *rule_code, *py_builtins;

static double cpython_rules(long *trues) {
    long t = 0;
    double start = now_ns();
    for (long i = 0; i < RULE_SETS; i++) {
        /* a fresh globals dict per evaluation, as a host isolating evaluations must */
        PyObject *g = PyDict_New();
        PyDict_SetItemString(g, "__builtins__", py_builtins);
        const char *names[] = {"price", "qty", "discount", "limit"};
        for (int k = 0; k < 4; k++) {
            PyObject *v = PyFloat_FromDouble(rule_input(i, k));
            PyDict_SetItemString(g, names[k], v);
            Py_DECREF(v);
        }
        PyObject *result = PyEval_EvalCode(rule_code, g, g);
        if (result == Py_True) t++;
        if (!result) PyErr_Print();
        Py_XDECREF(result);
        Py_DECREF(g);
    }
    *trues = t;
    return (now_ns() - start) / RULE_SETS;
}

int main(void) {
    ctx = pyrust_context_new(NULL);
    pyrust_context_add_function(ctx, "host_identity", host_identity, NULL);
    pyrust_context_add_cfunction(ctx, "c_identity", (void *)c_identity, "l(l)");
    Py_InitializeEx(0);
    py_builtins = PyEval_GetBuiltins();
    Py_INCREF(py_builtins);
    rule_code = Py_CompileString(RULE, "<rule>", Py_eval_input);

    pyrust_inputs *three = pyrust_inputs_new();
    pyrust_inputs_set_int(three, "a", 6);
    pyrust_inputs_set_int(three, "b", 7);
    pyrust_inputs_set_int(three, "c", 40);

    const long runs = 200000, calls = 1000000;
    const char *loop_empty = "t = 0\nfor i in range(1000000):\n    t = i\nt";
    const char *loop_generic = "t = 0\nfor i in range(1000000):\n    t = host_identity(i)\nt";
    const char *loop_typed = "t = 0\nfor i in range(1000000):\n    t = c_identity(i)\nt";
    const char *loop_builtin = "t = 0\nfor i in range(1000000):\n    t = abs(i)\nt";

    double plain[ROUNDS], inputs[ROUNDS], empty[ROUNDS], generic[ROUNDS], typed[ROUNDS], builtin[ROUNDS];
    double rules_p[ROUNDS], rules_c[ROUNDS];
    long trues_p = 0, trues_c = 0;
    for (int round = 0; round < ROUNDS; round++) {
        plain[round] = cached_run("a = 6\nb = 7\nc = 40\na * b > c", NULL, "true", runs);
        inputs[round] = cached_run("a * b > c", three, "true", runs);
        empty[round] = loop_run(loop_empty, "999999", calls);
        generic[round] = loop_run(loop_generic, "999999", calls);
        typed[round] = loop_run(loop_typed, "999999", calls);
        builtin[round] = loop_run(loop_builtin, "999999", calls);
        rules_p[round] = pyrust_rules(&trues_p);
        rules_c[round] = cpython_rules(&trues_c);
    }
    if (trues_p != trues_c) {
        fprintf(stderr, "host bench: rules disagree: pyrust %ld true, CPython %ld\n", trues_p, trues_c);
        failures++;
    }
    double mp = median(plain, ROUNDS), mi = median(inputs, ROUNDS), me = median(empty, ROUNDS);
    double mg = median(generic, ROUNDS), mt = median(typed, ROUNDS), mb = median(builtin, ROUNDS);
    double rp = median(rules_p, ROUNDS), rc = median(rules_c, ROUNDS);

    printf("### Host API (medians of %d interleaved rounds)\n\n", ROUNDS);
    printf("| measurement | time | note |\n|---|---:|---|\n");
    printf("| cached run, values assigned in the code (`a = 6 ... a * b > c`) | %.0f ns | pyrust_context_run, result_json filled |\n", mp);
    printf("| cached run, 3 inputs (`a * b > c`) | %.0f ns | %.2fx the run without inputs |\n", mi, mi / mp);
    printf("| loop iteration, no call | %.1f ns | `t = i` |\n", me);
    printf("| + builtin call `abs(i)` | %.1f ns | overhead %.1f ns |\n", mb, mb - me);
    printf("| + generic host function | %.1f ns | overhead %.1f ns per call (tuple of args built, result converted) |\n", mg, mg - me);
    printf("| + typed C function (`l(l)`, called directly) | %.1f ns | overhead %.1f ns per call |\n", mt, mt - me);
    printf("| rules engine, %d input sets: pyrust | %.0f ns/eval | 4 float inputs, cached program |\n", RULE_SETS, rp);
    printf("| rules engine: CPython 3.11 embedded | %.0f ns/eval | PyDict globals, PyEval_EvalCode; pyrust %.2fx faster |\n", rc, rc / rp);

    pyrust_inputs_free(three);
    pyrust_context_free(ctx);
    Py_DECREF(rule_code);
    Py_FinalizeEx();
    return failures ? 1 : 0;
}
