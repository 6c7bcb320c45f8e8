/* pyrust as a rules engine inside a C service: one context, one cached rule, a new input set
 * per order (no value is ever spliced into source), results read as typed values, a generic
 * host function the rule calls (a customer lookup) and a typed C function (libm's pow).
 *
 * Build (examples/Makefile does this):
 *   cc -O2 -I include -o build/examples/host examples/c/host.c -L build -Wl,-rpath,$PWD/build -lpyrust -lm
 */
#include <pyrust.h>

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* lookup(customer_id) -> {"tier": str, "years": int}; KeyError for unknown ids. */
static pyrust_value *lookup(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs, void *userdata) {
    (void)kwargs;
    const char *const *tiers = userdata;
    int64_t id;
    if (pyrust_value_len(args) != 1 || pyrust_value_get_int64(pyrust_value_item(args, 0), &id) != 0) {
        pyrust_call_raise(call, "TypeError", "lookup() takes one int");
        return NULL;
    }
    if (id < 0 || id >= 1000) {
        char message[64];
        snprintf(message, sizeof message, "%lld", (long long)id);
        pyrust_call_raise(call, "KeyError", message);
        return NULL;
    }
    pyrust_value *customer = pyrust_value_dict();
    pyrust_value_dict_set(customer, pyrust_value_str("tier", 4), pyrust_value_str(tiers[id % 3], strlen(tiers[id % 3])));
    pyrust_value_dict_set(customer, pyrust_value_str("years", 5), pyrust_value_int(id % 11));
    return customer;
}

static const char *RULE =
    "c = lookup(customer)\n"
    "rate = {'gold': 0.15, 'silver': 0.05}.get(c['tier'], 0.0) + min(c['years'], 10) / 100\n"
    "total = price * qty * (1 - rate)\n"
    "{'total': round(total, 2), 'approve': total < limit, 'growth': round(pow(1.05, c['years']), 4)}";

int main(void) {
    static const char *const tiers[] = {"gold", "silver", "basic"};
    pyrust_context *ctx = pyrust_context_new(NULL);
    pyrust_context_add_function(ctx, "lookup", lookup, (void *)tiers);
    pyrust_context_add_cfunction(ctx, "pow", (void *)pow, "d(dd)");

    pyrust_inputs *in = pyrust_inputs_new();
    pyrust_inputs_set_float(in, "limit", 500.0);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int approved = 0, failed = 0;
    double sum = 0;
    const int orders = 100000;
    for (int i = 0; i < orders; i++) {
        pyrust_inputs_set_int(in, "customer", i % 1000);
        pyrust_inputs_set_float(in, "price", 5.0 + i % 50);
        pyrust_inputs_set_int(in, "qty", 1 + i % 12);
        pyrust_result r;
        if (pyrust_context_run(ctx, RULE, strlen(RULE), PYRUST_RUN_CACHED | PYRUST_RUN_VALUE, in, &r) != PYRUST_OK) {
            failed++;
        } else {
            approved += pyrust_value_get_bool(pyrust_value_dict_get(r.value, "approve"));
            sum += pyrust_value_get_float(pyrust_value_dict_get(r.value, "total"));
            if (i == 0) printf("order 0: %s\n", r.result_json);
        }
        pyrust_result_free(&r);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double us = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 1e3 / orders;
    printf("%d orders: %d approved, %d failed, total %.2f, %.2f us per order\n", orders, approved, failed, sum, us);

    /* an error raised by the host function reaches the script as a Python exception */
    pyrust_inputs_set_int(in, "customer", 5000);
    pyrust_result r;
    pyrust_context_run(ctx, RULE, strlen(RULE), PYRUST_RUN_CACHED, in, &r);
    printf("unknown customer -> %s: %s (line %d)\n", r.error_type, r.error_message, r.error_line);
    int ok = r.status == PYRUST_ERROR && strcmp(r.error_type, "KeyError") == 0 && failed == 0;
    pyrust_result_free(&r);

    pyrust_inputs_free(in);
    pyrust_context_free(ctx);
    return ok ? 0 : 1;
}
