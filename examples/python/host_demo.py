"""pyrust embedded in a Python service: a rules engine with inputs, results as Python values,
and a host function the rules call back into.

Usage: python3 examples/python/host_demo.py [path/to/libpyrust.so]
"""
import os
import sys
import time

if len(sys.argv) > 1:
    os.environ["PYRUST_LIB"] = os.path.abspath(sys.argv[1])
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
import pyrust  # noqa: E402

RULE = """
rate = exchange_rate(order['currency'])
total = sum(item['price'] * item['qty'] for item in order['items']) * rate
{'order': order['id'], 'total_eur': round(total, 2), 'approved': total <= limit}
"""

RATES = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17}


def exchange_rate(currency):
    return RATES[currency]          # a KeyError here is a KeyError in the script


def main():
    orders = [
        {"id": n, "currency": ("EUR", "USD", "GBP")[n % 3],
         "items": [{"price": 9.99 + n % 7, "qty": 1 + n % 4}, {"price": 120.0, "qty": n % 2}]}
        for n in range(10000)
    ]
    with pyrust.Context() as ctx:
        ctx.add_function("exchange_rate", exchange_rate)
        start = time.perf_counter()
        approved = 0
        for order in orders:
            result = ctx.run(RULE, {"order": order, "limit": 150}).check()
            approved += result.value["approved"]
        elapsed = time.perf_counter() - start
        print(f"{len(orders)} orders through one cached rule: {approved} approved, "
              f"{elapsed / len(orders) * 1e6:.1f} us per order (values in and out, one host call each)")
        print("first result as a Python value:", ctx.run(RULE, {"order": orders[0], "limit": 150}).value)
        print("...and as JSON:", ctx.run(RULE, {"order": orders[0], "limit": 150}).json)
        bad = ctx.run(RULE, {"order": dict(orders[0], currency="XYZ"), "limit": 150})
        print("unknown currency ->", bad.error)
        print("modules available:", ", ".join(sorted(pyrust.capabilities()["modules"])))

    # The same rule in this CPython gives the same answers (the demo fails otherwise).
    for order in orders[:500]:
        scope = {"order": order, "limit": 150, "exchange_rate": exchange_rate}
        lines = RULE.strip().split("\n")
        exec("\n".join(lines[:-1]), scope)
        want = eval(lines[-1], scope)
        with pyrust.Context() as ctx:
            ctx.add_function("exchange_rate", exchange_rate)
            got = ctx.run(RULE, {"order": order, "limit": 150}).value
        if got != want:
            sys.exit(f"order {order['id']}: pyrust {got}, CPython {want}")
    if bad.error != ("KeyError", "'XYZ'"):
        sys.exit(f"unexpected error {bad.error}")


if __name__ == "__main__":
    main()
