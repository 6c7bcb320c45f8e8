#!/usr/bin/env python3
"""The host API through ctypes: contexts, inputs, results as values, host functions, and the
capabilities manifest, checked against CPython itself where CPython has an answer.

Python values go in and come out through pyrust_value trees: every input type must round-trip
exactly (the program returns its inputs and the result must equal what was sent), a Python
callback registered as a host function receives exactly the arguments the script passed.
The Python side is the repository's binding, python/pyrust.
Usage: PYRUST_LIB=/path/libpyrust.so python3 test_host_api.py   (last line: "N passed, N failed")
"""
import importlib
import json
import math
import os
import sys
import threading
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
import pyrust  # noqa: E402  (the repository's Python binding: python/pyrust)
from pyrust import OK, ERROR, Context, LIB  # noqa: E402


def check(cond, what):
    if not cond:
        raise AssertionError(what)


# ---- harness ----

def same(a, b):
    """Equal, with NaN equal to itself and types compared exactly (1 is not 1.0 or True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return a == b


SAMPLES = [
    None, True, False, 0, -1, 2**63 - 1, -2**63, 2**63, -2**200, 10**50, 0.1, -0.0, 1e308, float("inf"),
    float("nan"), "", "plain", "caf\u00e9 \U0001F40D \u4e2d", "a\0b", b"", b"\x00\xff\x80", [], [1, [2, [3]]],
    (), (1, "x", (None,)), {}, {"k": [1, 2.5], 7: "int key", (1, 2): "tuple key", None: 0, 2.5: "f"},
    {"deep": {"er": {"est": [{"x": (b"y",)}]}}},
]


def test_inputs_round_trip():
    ctx = Context()
    try:
        for sample in SAMPLES:
            got = ctx.run("x", {"x": sample})
            check(got.status == OK, (sample, got.error))
            check(same(got.value, sample), (sample, got.value))
            check(got.output == ("" if sample is None else repr(sample)), (got.output, repr(sample)))
            try:
                want_json = json.dumps(sample)
            except TypeError as e:
                want_json = None
                check(got.json_error == f"TypeError: {e}", (got.json_error, str(e)))
            if sample is not None:
                check(got.json == want_json, (sample, got.json, want_json))
    finally:
        ctx.close()


def test_inputs_are_copies():
    ctx = Context()
    try:
        data = {"xs": [1, 2], "d": {"a": 1}}
        for _ in range(3):
            got = ctx.run("xs = data['xs']\nxs.append(3)\ndata['d']['b'] = 2\ndata", {"data": data})
            check(got.value == {"xs": [1, 2, 3], "d": {"a": 1, "b": 2}}, got)
        check(data == {"xs": [1, 2], "d": {"a": 1}}, data)
        check(ctx.run("data").error == ("NameError", "name 'data' is not defined"), "leaked into the next run")
    finally:
        ctx.close()


def test_rules_engine():
    """One cached program, many input sets: each result equals CPython's for the same globals."""
    ctx = Context()
    rule = "total = price * qty\ndiscount = 0.1 if total > limit else 0.0\nround(total * (1 - discount), 2)"
    try:
        for i in range(500):
            env = {"price": 1.25 + i % 7, "qty": i % 13, "limit": 40}
            got = ctx.run(rule, env)
            want = eval(compile(rule.rsplit("\n", 1)[1], "<rule>", "eval"), dict(env, total=env["price"] * env["qty"],
                        discount=0.1 if env["price"] * env["qty"] > 40 else 0.0))
            check(got.status == OK and same(got.value, want), (env, got, want))
    finally:
        ctx.close()


def test_watched_globals():
    ctx = Context()
    try:
        ctx.watch_globals("total", "approved")
        got = ctx.run("total = price * 3\napproved = total < 10", {"price": 2.5})
        check(got.globals == {"total": 7.5, "approved": True}, got.globals)
    finally:
        ctx.close()


def test_host_functions():
    ctx = Context()
    seen = []

    def record(*args, **kwargs):
        seen.append((args, kwargs))
        return {"args": list(args), "kwargs": kwargs}

    def lookup(customer):
        table = {"ann": {"tier": "gold"}}
        return table[customer]

    try:
        ctx.add_function("record", record)
        ctx.add_function("lookup", lookup)
        for sample in SAMPLES:
            seen.clear()
            got = ctx.run("record(x, k=x)", {"x": sample})
            check(got.status == OK, got)
            check(len(seen) == 1 and same(seen[0], ((sample,), {"k": sample})), (sample, seen))
            check(same(got.value, {"args": [sample], "kwargs": {"k": sample}}), (sample, got.value))
        got = ctx.run("lookup('ann')['tier']")
        check(got.value == "gold", got)
        got = ctx.run("try:\n    lookup('bob')\nexcept KeyError as e:\n    print('missing', e)")
        check(got.output == "missing 'bob'\n", got)
        got = ctx.run("lookup('bob')")
        check(got.error == ("KeyError", "'bob'"), got)
        got = ctx.run("record({1, 2})")
        check(got.error == ("TypeError", "a value of type 'set' cannot be passed to the host"), got)
    finally:
        ctx.close()


def test_contexts_on_threads():
    errors = []

    def worker(n):
        ctx = Context()
        try:
            ctx.add_function("twice", lambda v: v * 2)
            for i in range(200):
                got = ctx.run("[twice(v) for v in values]", {"values": list(range(n, n + i % 5))})
                if got.value != [2 * v for v in range(n, n + i % 5)]:
                    errors.append((n, i, got))
        except Exception as e:
            errors.append(e)
        finally:
            ctx.close()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check(not errors, errors[:2])


def test_capabilities():
    caps = pyrust.capabilities()
    check(caps["version"] == "0.4.0" and caps["python"] == "3.11", caps["version"])
    ctx = Context()
    try:
        for feature in caps["features"]["supported"]:
            got = ctx.run(feature["example"])
            check(got.status == OK, (feature, got))
        for feature in caps["features"]["refused"]:
            got = ctx.run(feature["example"])
            check(got.status == ERROR and "not supported" in got.error[1] and
                  feature["name"] in got.error[1], (feature, got))
        for module, names in caps["modules"].items():
            check(names, module)
            got = ctx.run(f"import {module}\n[n for n in {names!r} if not hasattr({module}, n)]")
            check(got.value == [], (module, got))
            # every name pyrust lists exists in CPython's module too
            real = importlib.import_module(module)
            check(all(hasattr(real, n) for n in names), (module, [n for n in names if not hasattr(real, n)]))
    finally:
        ctx.close()


def main():
    tests = [(name, fn) for name, fn in globals().items() if name.startswith("test_") and callable(fn)]
    passed = failed = 0
    for name, fn in tests:
        try:
            fn()
            passed += 1
            print(f"ok   {name}")
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc(limit=3)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
