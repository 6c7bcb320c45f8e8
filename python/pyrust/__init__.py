"""pyrust from Python: contexts, inputs, results as Python values, and host functions.

    import pyrust
    with pyrust.Context() as ctx:
        ctx.add_function("lookup", lambda name: {"ann": "gold"}[name])
        r = ctx.run("tier = lookup(who)\n[tier, price * 2]", {"who": "ann", "price": 2.5})
        r.value   # ['gold', 5.0]

A thin ctypes layer over libpyrust.so (include/pyrust.h): values travel as pyrust_value trees,
copied both ways. The library is found through $PYRUST_LIB, else build/libpyrust.so of the
repository this file sits in, else the system's loader path.
"""
import ctypes
import json
import os

__all__ = ["Context", "Result", "PyrustError", "capabilities", "to_value", "from_value", "load"]


def _default_path():
    if os.environ.get("PYRUST_LIB"):
        return os.environ["PYRUST_LIB"]
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "libpyrust.so")
    return here if os.path.exists(here) else "libpyrust.so"


OK, ERROR, INVALID = 0, 1, 2
RUN_CACHED, RUN_VALUE = 1, 2
NONE, BOOL, INT, FLOAT, STR, BYTES, LIST, TUPLE, DICT = range(9)
V = ctypes.c_void_p


class _Result(ctypes.Structure):
    _fields_ = [("status", ctypes.c_int32), ("error_line", ctypes.c_int32), ("error_col", ctypes.c_int32),
                ("output", V), ("output_len", ctypes.c_size_t),
                ("error_type", ctypes.c_char_p), ("error_message", ctypes.c_char_p),
                ("traceback", ctypes.c_char_p), ("error_output", V),
                ("error_output_len", ctypes.c_size_t), ("exit_code", ctypes.c_int32), ("layout", ctypes.c_int32),
                ("result_json", V), ("result_json_len", ctypes.c_size_t), ("result_json_error", ctypes.c_char_p),
                ("value", V), ("globals_json", V), ("globals_json_len", ctypes.c_size_t)]


HOST_FN = ctypes.CFUNCTYPE(V, V, V, V, V)


def load(path):
    lib = ctypes.CDLL(path)
    sig = {
        "pyrust_context_new": (V, [V]), "pyrust_context_free": (None, [V]),
        "pyrust_context_run": (ctypes.c_int, [V, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, V,
                                              ctypes.POINTER(_Result)]),
        "pyrust_result_free": (None, [ctypes.POINTER(_Result)]),
        "pyrust_context_add_function": (ctypes.c_int, [V, ctypes.c_char_p, HOST_FN, V]),
        "pyrust_context_add_cfunction": (ctypes.c_int, [V, ctypes.c_char_p, V, ctypes.c_char_p]),
        "pyrust_context_watch_globals": (ctypes.c_int, [V, ctypes.POINTER(ctypes.c_char_p), ctypes.c_size_t]),
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


LIB = load(_default_path())


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


class PyrustError(Exception):
    """The program raised (or did not compile): type name, message, traceback, output so far."""

    def __init__(self, type_name, message, traceback, output, status):
        super().__init__(f"{type_name}: {message}")
        self.type_name, self.message, self.traceback, self.output, self.status = \
            type_name, message, traceback, output, status


class Result:
    """What a run gave: printed output, stderr text, the last value (as a Python value and as
    JSON text), and the error fields (None on success)."""

    def __init__(self, r):
        self.status = r.status
        self.output = ctypes.string_at(r.output, r.output_len).decode("utf-8", "replace")
        self.error_output = ctypes.string_at(r.error_output, r.error_output_len).decode("utf-8", "replace")
        self.error = (r.error_type.decode(), r.error_message.decode()) if r.error_type else None
        self.traceback = r.traceback.decode() if r.traceback else None
        self.json = ctypes.string_at(r.result_json, r.result_json_len).decode() if r.result_json else None
        self.json_error = r.result_json_error.decode() if r.result_json_error else None
        self.value = from_value(r.value) if r.value else None
        self.globals = (json.loads(ctypes.string_at(r.globals_json, r.globals_json_len).decode())
                        if r.globals_json else None)

    def check(self):
        """self, or PyrustError when the run failed."""
        if self.error:
            raise PyrustError(self.error[0], self.error[1], self.traceback, self.output, self.status)
        return self


class Context:
    """A pyrust context with Python values in and out. Use from one thread at a time."""

    def __init__(self):
        self.ptr = LIB.pyrust_context_new(None)
        if not self.ptr:
            raise MemoryError("pyrust_context_new failed")
        self.callbacks = []      # the ctypes trampolines live as long as the context

    def close(self):
        if self.ptr:
            LIB.pyrust_context_free(self.ptr)
            self.ptr = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def add_function(self, name, fn):
        """Makes fn callable from scripts as `name`; its exceptions are raised in the script
        as the built-in exception of the same name (other types: RuntimeError)."""
        def trampoline(call, args, kwargs, userdata):
            try:
                a = from_value(args)
                k = from_value(kwargs) if kwargs else {}
                return to_value(fn(*a, **k))
            except Exception as e:
                message = str(e.args[0]) if len(e.args) == 1 else str(e)
                LIB.pyrust_call_raise(call, type(e).__name__.encode(), message.encode())
                return None
        cb = HOST_FN(trampoline)
        self.callbacks.append(cb)
        status = LIB.pyrust_context_add_function(self.ptr, name.encode(), cb, None)
        if status != OK:
            raise ValueError(f"cannot register {name!r} (status {status})")

    def watch_globals(self, *names):
        """Later runs report these globals' final values in Result.globals (a dict)."""
        array = (ctypes.c_char_p * len(names))(*[n.encode() for n in names])
        if LIB.pyrust_context_watch_globals(self.ptr, array, len(names)) != OK:
            raise ValueError(f"bad global names {names!r}")

    def run(self, code, inputs=None, cached=True):
        """Runs code with `inputs` (a dict of names to values) bound as globals: a Result."""
        ins = None
        if inputs:
            ins = LIB.pyrust_inputs_new()
            for name, x in inputs.items():
                if LIB.pyrust_inputs_set(ins, name.encode(), to_value(x)) != OK:
                    LIB.pyrust_inputs_free(ins)
                    raise ValueError(f"bad input {name!r}")
        r = _Result()
        src = code.encode()
        try:
            LIB.pyrust_context_run(self.ptr, src, len(src), (RUN_CACHED if cached else 0) | RUN_VALUE, ins,
                                   ctypes.byref(r))
            return Result(r)
        finally:
            LIB.pyrust_result_free(ctypes.byref(r))
            if ins:
                LIB.pyrust_inputs_free(ins)


def capabilities():
    """The library's capabilities manifest (pyrust_capabilities) as a dict."""
    return json.loads(LIB.pyrust_capabilities().decode())
