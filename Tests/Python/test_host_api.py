#!/usr/bin/env python3
"""The host API through ctypes: contexts, inputs, results as values, host functions, and the
capabilities manifest, checked against CPython itself where CPython has an answer.

Python values go in and come out through pyrust_value trees: every input type must round-trip
exactly (the program returns its inputs and the result must equal what was sent), a Python
callback registered as a host function receives exactly the arguments the script passed.
Usage: PYRUST_LIB=/path/libpyrust.so python3 test_host_api.py   (last line: "N passed, N failed")
"""
import ctypes
import json
import math
import os
import sys
import threading
import traceback

LIB_PATH = os.environ.get("PYRUST_LIB") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "libpyrust.so")

OK, ERROR, INVALID = 0, 1, 2
RUN_CACHED, RUN_VALUE = 1, 2
NONE, BOOL, INT, FLOAT, STR, BYTES, LIST, TUPLE, DICT = range(9)
V = ctypes.c_void_p


class Result(ctypes.Structure):
    _fields_ = [("status", ctypes.c_int32), ("error_line", ctypes.c_int32), ("error_col", ctypes.c_int32),
                ("output", V), ("output_len", ctypes.c_size_t),
                ("error_type", ctypes.c_char_p), ("error_message", ctypes.c_char_p),
                ("traceback", ctypes.c_char_p), ("error_output", V),
                ("error_output_len", ctypes.c_size_t), ("exit_code", ctypes.c_int32), ("layout", ctypes.c_int32),
                ("result_json", V), ("result_json_len", ctypes.c_size_t), ("result_json_error", ctypes.c_char_p),
                ("value", V)]


HOST_FN = ctypes.CFUNCTYPE(V, V, V, V, V)


def load(path):
    lib = ctypes.CDLL(path)
    sig = {
        "pyrust_context_new": (V, [V]), "pyrust_context_free": (None, [V]),
        "pyrust_context_run": (ctypes.c_int, [V, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, V,
                                              ctypes.POINTER(Result)]),
        "pyrust_result_free": (None, [ctypes.POINTER(Result)]),
        "pyrust_context_add_function": (ctypes.c_int, [V, ctypes.c_char_p, HOST_FN, V]),
        "pyrust_context_add_cfunction": (ctypes.c_int, [V, ctypes.c_char_p, V, ctypes.c_char_p]),
        "pyrust_call_raise": (ctypes.c_int, [V, ctypes.c_char_p, ctypes.c_char_p]),
        "pyrust_capabilities": (ctypes.c_char_p, []),
        "pyrust_inputs_new": (V, []), "pyrust_inputs_free": (None, [V]),
        "pyrust_inputs_set": (ctypes.c_int, [V, ctypes.c_char_p, V]),
        "pyrust_inputs_set_json": (ctypes.c_int, [V, ctypes.c_char_p, ctypes.c_char_p]),
        "pyrust_value_none": (V, []), "pyrust_value_bool": (V, [ctypes.c_int]),
        "pyrust_value_int": (V, [ctypes.c_int64]), "pyrust_value_int_text": (V, [ctypes.c_char_p]),
        "pyrust_value_float": (V, [ctypes.c_double]), "pyrust_value_str": (V, [ctypes.c_char_p, ctypes.c_size_t]),
        "pyrust_value_bytes": (V, [ctypes.c_char_p, ctypes.c_size_t]),
        "pyrust_value_list": (V, []), "pyrust_value_tuple": (V, []), "pyrust_value_dict": (V, []),
        "pyrust_value_append": (ctypes.c_int, [V, V]), "pyrust_value_dict_set": (ctypes.c_int, [V, V, V]),
        "pyrust_value_free": (None, [V]), "pyrust_value_type": (ctypes.c_int, [V]),
        "pyrust_value_get_bool": (ctypes.c_int, [V]),
        "pyrust_value_get_int64": (ctypes.c_int, [V, ctypes.POINTER(ctypes.c_int64)]),
        "pyrust_value_get_float": (ctypes.c_double, [V]),
        "pyrust_value_get_text": (V, [V, ctypes.POINTER(ctypes.c_size_t)]),
        "pyrust_value_len": (ctypes.c_size_t, [V]), "pyrust_value_item": (V, [V, ctypes.c_size_t]),
        "pyrust_value_dict_key": (V, [V, ctypes.c_size_t]), "pyrust_value_dict_value": (V, [V, ctypes.c_size_t]),
    }
    for name, (restype, argtypes) in sig.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = restype, argtypes
    return lib


LIB = load(LIB_PATH)


def to_value(x):
    """A Python value as a new pyrust_value tree (the caller, or whoever it is given to, owns it)."""
    if x is None:
        return LIB.pyrust_value_none()
    if isinstance(x, bool):
        return LIB.pyrust_value_bool(int(x))
    if isinstance(x, int):
        if -2**63 <= x < 2**63:
            return LIB.pyrust_value_int(x)
        return LIB.pyrust_value_int_text(str(x).encode())
    if isinstance(x, float):
        return LIB.pyrust_value_float(x)
    if isinstance(x, str):
        b = x.encode()
        return LIB.pyrust_value_str(b, len(b))
    if isinstance(x, bytes):
        return LIB.pyrust_value_bytes(x, len(x))
    if isinstance(x, (list, tuple)):
        c = LIB.pyrust_value_list() if isinstance(x, list) else LIB.pyrust_value_tuple()
        for item in x:
            LIB.pyrust_value_append(c, to_value(item))
        return c
    if isinstance(x, dict):
        d = LIB.pyrust_value_dict()
        for k, item in x.items():
            LIB.pyrust_value_dict_set(d, to_value(k), to_value(item))
        return d
    raise TypeError(type(x).__name__)


def from_value(v):
    kind = LIB.pyrust_value_type(v)
    if kind == NONE:
        return None
    if kind == BOOL:
        return bool(LIB.pyrust_value_get_bool(v))
    if kind == INT:
        n = ctypes.c_int64()
        if LIB.pyrust_value_get_int64(v, ctypes.byref(n)) == 0:
            return n.value
        return int(ctypes.string_at(LIB.pyrust_value_get_text(v, None)).decode())
    if kind == FLOAT:
        return LIB.pyrust_value_get_float(v)
    if kind in (STR, BYTES):
        n = ctypes.c_size_t()
        p = LIB.pyrust_value_get_text(v, ctypes.byref(n))
        data = ctypes.string_at(p, n.value)
        return data.decode() if kind == STR else data
    if kind in (LIST, TUPLE):
        items = [from_value(LIB.pyrust_value_item(v, i)) for i in range(LIB.pyrust_value_len(v))]
        return items if kind == LIST else tuple(items)
    if kind == DICT:
        return {from_value(LIB.pyrust_value_dict_key(v, i)): from_value(LIB.pyrust_value_dict_value(v, i))
                for i in range(LIB.pyrust_value_len(v))}
    raise ValueError(kind)


class Context:
    """A pyrust context with Python values in and out (what a Python package would wrap)."""

    def __init__(self):
        self.ptr = LIB.pyrust_context_new(None)
        self.callbacks = []      # keep the ctypes trampolines alive as long as the context

    def close(self):
        LIB.pyrust_context_free(self.ptr)
        self.ptr = None

    def add_function(self, name, fn):
        def trampoline(call, args, kwargs, userdata):
            try:
                a = from_value(args)
                k = from_value(kwargs) if kwargs else {}
                return to_value(fn(*a, **k))
            except Exception as e:       # becomes the same exception in the script
                message = str(e.args[0]) if len(e.args) == 1 else str(e)
                LIB.pyrust_call_raise(call, type(e).__name__.encode(), message.encode())
                return None
        cb = HOST_FN(trampoline)
        self.callbacks.append(cb)
        return LIB.pyrust_context_add_function(self.ptr, name.encode(), cb, None)

    def run(self, code, inputs=None, flags=RUN_CACHED | RUN_VALUE):
        ins = None
        if inputs is not None:
            ins = LIB.pyrust_inputs_new()
            for name, x in inputs.items():
                check(LIB.pyrust_inputs_set(ins, name.encode(), to_value(x)) == 0, name)
        r = Result()
        src = code.encode()
        try:
            LIB.pyrust_context_run(self.ptr, src, len(src), flags, ins, ctypes.byref(r))
            out = {
                "status": r.status,
                "output": ctypes.string_at(r.output, r.output_len).decode(),
                "error": (r.error_type.decode(), r.error_message.decode()) if r.error_type else None,
                "json": ctypes.string_at(r.result_json, r.result_json_len).decode() if r.result_json else None,
                "json_error": r.result_json_error.decode() if r.result_json_error else None,
                "value": from_value(r.value) if r.value else None,
            }
        finally:
            LIB.pyrust_result_free(ctypes.byref(r))
            if ins:
                LIB.pyrust_inputs_free(ins)
        return out


# ---- harness ----

FAILURES = []


def check(cond, what):
    if not cond:
        raise AssertionError(what)


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
            check(got["status"] == OK, (sample, got))
            check(same(got["value"], sample), (sample, got["value"]))
            check(got["output"] == ("" if sample is None else repr(sample)), (got["output"], repr(sample)))
            try:
                want_json = json.dumps(sample)
            except TypeError as e:
                want_json = None
                check(got["json_error"] == f"TypeError: {e}", (got["json_error"], str(e)))
            if sample is not None:
                check(got["json"] == want_json, (sample, got["json"], want_json))
    finally:
        ctx.close()


def test_inputs_are_copies():
    ctx = Context()
    try:
        data = {"xs": [1, 2], "d": {"a": 1}}
        for _ in range(3):
            got = ctx.run("xs = data['xs']\nxs.append(3)\ndata['d']['b'] = 2\ndata", {"data": data})
            check(got["value"] == {"xs": [1, 2, 3], "d": {"a": 1, "b": 2}}, got)
        check(data == {"xs": [1, 2], "d": {"a": 1}}, data)
        check(ctx.run("data")["error"] == ("NameError", "name 'data' is not defined"), "leaked into the next run")
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
            check(got["status"] == OK and same(got["value"], want), (env, got, want))
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
        check(ctx.add_function("record", record) == 0, "add record")
        check(ctx.add_function("lookup", lookup) == 0, "add lookup")
        for sample in SAMPLES:
            seen.clear()
            got = ctx.run("record(x, k=x)", {"x": sample})
            check(got["status"] == OK, got)
            check(len(seen) == 1 and same(seen[0], ((sample,), {"k": sample})), (sample, seen))
            check(same(got["value"], {"args": [sample], "kwargs": {"k": sample}}), (sample, got["value"]))
        got = ctx.run("lookup('ann')['tier']")
        check(got["value"] == "gold", got)
        got = ctx.run("try:\n    lookup('bob')\nexcept KeyError as e:\n    print('missing', e)")
        check(got["output"] == "missing 'bob'\n", got)
        got = ctx.run("lookup('bob')")
        check(got["error"] == ("KeyError", "'bob'"), got)
        got = ctx.run("record({1, 2})")
        check(got["error"] == ("TypeError", "a value of type 'set' cannot be passed to the host"), got)
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
                if got["value"] != [2 * v for v in range(n, n + i % 5)]:
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
    caps = json.loads(LIB.pyrust_capabilities().decode())
    check(caps["version"] == "0.3.0" and caps["python"] == "3.11", caps["version"])
    ctx = Context()
    try:
        for feature in caps["features"]["supported"]:
            got = ctx.run(feature["example"])
            check(got["status"] == OK, (feature, got))
        for feature in caps["features"]["refused"]:
            got = ctx.run(feature["example"])
            check(got["status"] == ERROR and "not supported" in got["error"][1] and
                  feature["name"] in got["error"][1], (feature, got))
        for module, names in caps["modules"].items():
            check(names, module)
            got = ctx.run(f"import {module}\n[n for n in {names!r} if not hasattr({module}, n)]")
            check(got["value"] == [], (module, got))
            # every name pyrust lists exists in CPython's module too
            real = __import__(module)
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
