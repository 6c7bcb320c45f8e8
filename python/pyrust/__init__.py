"""pyrust from Python: run Python 3.11 programs in the pyrust interpreter (libpyrust), a
sandbox with limits, through ctypes (no compiler needed to install).

    import pyrust
    pyrust.execute("print('hi')\\n6 * 7")          # 'hi\\n42' (or raises a pyrust.PyrustError)
    r = pyrust.run("1 / 0", cached=True)           # a Result: r.status, r.output, r.error_type, ...
    pyrust.run("while True: pass", max_instructions=10**6).status   # Status.LIMIT_EXCEEDED

    with pyrust.Context() as ctx:                  # inputs, values out, host functions
        ctx.add_function("lookup", lambda name: {"ann": "gold"}[name])
        r = ctx.run("tier = lookup(who)\\n[tier, price * 2]", {"who": "ann", "price": 2.5})
        r.value   # ['gold', 5.0]

The library is found as _native.py says: $PYRUST_LIBRARY, the copy inside the wheel, a source
tree's build/, then the system's libpyrust.so.0.

Threads: run(), execute() and the cache functions may be called from any number of threads at
once (the GIL is released while a program runs; each OS thread has its own compile cache). A
Context is locked while it runs, so sharing one between threads is safe but serialised.
Ownership: every buffer the library returns is copied into Python objects and freed before
the call returns.
"""
from __future__ import annotations

import ctypes
import enum
import json
import threading
import weakref
from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional, Tuple

from . import _native
from ._native import HOST_FN, V, _CacheStats, _Limits, _Result, load

__all__ = [
    "run", "execute", "Result", "Status", "Limits", "CacheStats", "cache_stats", "cache_clear",
    "has_shared_cache", "version", "library_path", "capabilities",
    "PyrustError", "ProgramError", "PyrustSyntaxError", "LimitExceeded", "ProgramExit", "InvalidArgument",
    "Context", "to_value", "from_value", "load",
]

LIB, _LIBRARY_PATH = _native.find_and_load()

OK, ERROR, INVALID, LIMIT_EXCEEDED, EXIT = 0, 1, 2, 3, 4
RUN_CACHED, RUN_VALUE, RUN_SHARED = 1, 2, 4
NONE, BOOL, INT, FLOAT, STR, BYTES, LIST, TUPLE, DICT = range(9)


class Status(enum.IntEnum):
    """pyrust_status: how a run ended."""
    OK = 0
    ERROR = 1
    INVALID_ARGUMENT = 2
    LIMIT_EXCEEDED = 3
    EXIT = 4


def version() -> str:
    """The library's version (pyrust_version())."""
    return LIB.pyrust_version().decode()


def library_path() -> str:
    """The path the library was loaded from."""
    return _LIBRARY_PATH


def has_shared_cache() -> bool:
    """Whether this library has the process-wide shared compile cache (run(shared=True))."""
    return hasattr(LIB, "pyrust_execute_shared")


# ---- values ----

def to_value(x: Any) -> int:
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


def from_value(v: int) -> Any:
    """A pyrust_value tree (borrowed) as a Python value."""
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


# ---- errors ----

class PyrustError(Exception):
    """A run that did not succeed: the error's type name, message, line, traceback, and the
    output printed before it. Subclasses say how the run ended."""

    def __init__(self, type_name: str, message: str, traceback: Optional[str], output: str, status: int,
                 line: int = 0, error_output: str = "", exit_code: int = 0):
        super().__init__(f"{type_name}: {message}")
        self.type_name, self.message, self.traceback, self.output, self.status = \
            type_name, message, traceback, output, status
        self.line, self.error_output, self.exit_code = line, error_output, exit_code

    @property
    def type(self) -> str:
        """The Python exception's class name, e.g. "ZeroDivisionError"."""
        return self.type_name


class ProgramError(PyrustError):
    """The program raised an exception it did not catch (status ERROR)."""


class PyrustSyntaxError(ProgramError):
    """The program did not compile (SyntaxError, IndentationError, TabError)."""


class LimitExceeded(PyrustError):
    """A limit (instructions, time, output) or a cancel stopped the run (status LIMIT_EXCEEDED)."""


class ProgramExit(PyrustError):
    """The program ended with SystemExit and a non-zero code (status EXIT; see exit_code)."""


class InvalidArgument(PyrustError, ValueError):
    """The library refused the call's arguments (status INVALID_ARGUMENT)."""


_SYNTAX_ERRORS = ("SyntaxError", "IndentationError", "TabError")


def _error_class(status: int, type_name: str):
    if status == LIMIT_EXCEEDED:
        return LimitExceeded
    if status == EXIT:
        return ProgramExit
    if status == INVALID:
        return InvalidArgument
    return PyrustSyntaxError if type_name in _SYNTAX_ERRORS else ProgramError


# ---- results ----

def _text(p, n) -> str:
    return ctypes.string_at(p, n).decode("utf-8", "replace") if p else ""


class Result:
    """What a run gave: status, printed output, stderr text, and the error fields (None on
    success); from a Context also the last value (as a Python value and as JSON text) and the
    watched globals."""

    status: Status
    output: str
    error_output: str
    error_type: Optional[str]
    error_message: Optional[str]
    error_line: int
    error_col: int
    exit_code: int
    traceback: Optional[str]
    json: Optional[str]
    json_error: Optional[str]
    value: Any
    globals: Optional[Dict[str, Any]]

    def __init__(self, r: _Result):
        self.status = Status(r.status) if r.status in Status._value2member_map_ else r.status
        self.output = _text(r.output, r.output_len)
        self.error_output = _text(r.error_output, r.error_output_len)
        self.error_type = r.error_type.decode() if r.error_type else None
        self.error_message = r.error_message.decode() if r.error_message else None
        self.error_line, self.error_col, self.exit_code = r.error_line, r.error_col, r.exit_code
        self.traceback = r.traceback.decode() if r.traceback else None
        self.json = ctypes.string_at(r.result_json, r.result_json_len).decode() if r.result_json else None
        self.json_error = r.result_json_error.decode() if r.result_json_error else None
        self.value = from_value(r.value) if r.value else None
        self.globals = (json.loads(ctypes.string_at(r.globals_json, r.globals_json_len).decode())
                        if r.globals_json else None)

    @property
    def ok(self) -> bool:
        return self.status == OK

    @property
    def error(self) -> Optional[Tuple[str, str]]:
        """(type name, message), or None on success."""
        return (self.error_type, self.error_message or "") if self.error_type else None

    def check(self) -> "Result":
        """self, or the PyrustError subclass for how the run failed."""
        if self.status != OK:
            type_name = self.error_type or "Error"
            cls = _error_class(self.status, type_name)
            raise cls(type_name, self.error_message or "", self.traceback, self.output, int(self.status),
                      self.error_line, self.error_output, self.exit_code)
        return self

    def __repr__(self) -> str:
        if self.error_type:
            return f"<pyrust.Result {self.status.name if isinstance(self.status, Status) else self.status} " \
                   f"{self.error_type}: {self.error_message!r}>"
        return f"<pyrust.Result OK output={self.output!r}>"


# ---- limits and the thread's caches ----

@dataclass(frozen=True)
class Limits:
    """What one run may use (pyrust_limits); 0 means no limit (max_output: 256 MiB, then
    MemoryError; max_depth: 1000)."""
    max_instructions: int = 0
    timeout_ms: int = 0
    max_output: int = 0
    max_depth: int = 0

    def _struct(self) -> _Limits:
        for name in ("max_instructions", "timeout_ms", "max_output", "max_depth"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0 or \
                    value >= (2**32 if name == "max_depth" else 2**64):
                raise ValueError(f"pyrust.Limits.{name} must be a non-negative int in range, not {value!r}")
        return _Limits(ctypes.sizeof(_Limits), self.max_depth, self.max_instructions, self.timeout_ms,
                       self.max_output, None)


@dataclass(frozen=True)
class CacheStats:
    """A compile cache's counters (pyrust_cache_stats)."""
    hits: int
    misses: int
    inserts: int
    evictions: int
    size: int
    capacity: int
    bytes: int
    hit_rate: float

    @classmethod
    def _from(cls, s: _CacheStats) -> "CacheStats":
        return cls(s.hits, s.misses, s.inserts, s.evictions, s.size, s.capacity, s.bytes, s.hit_rate)


def _require_shared():
    if not has_shared_cache():
        raise NotImplementedError(f"the shared compile cache: libpyrust {version()} at {_LIBRARY_PATH} "
                                  "does not have it (no pyrust_execute_shared)")


def cache_stats(*, shared: bool = False) -> CacheStats:
    """The calling OS thread's compile-cache statistics, or (shared=True) the process-wide
    shared cache's."""
    s = _CacheStats()
    if shared:
        _require_shared()
        LIB.pyrust_shared_cache_stats_get(ctypes.byref(s))
    else:
        LIB.pyrust_cache_stats_get(ctypes.byref(s))
    return CacheStats._from(s)


def cache_clear(*, shared: bool = False) -> None:
    """Empties the calling OS thread's compile cache (or the shared one); counters stay."""
    if shared:
        _require_shared()
        LIB.pyrust_shared_cache_clear()
    else:
        LIB.pyrust_cache_clear()


def _limits_from(limits: Optional[Limits], max_instructions, timeout_ms, max_output, max_depth):
    given = {k: v for k, v in (("max_instructions", max_instructions), ("timeout_ms", timeout_ms),
                               ("max_output", max_output), ("max_depth", max_depth)) if v is not None}
    if limits is not None and given:
        raise TypeError("pass either limits= or the separate limit arguments, not both")
    if given:
        limits = Limits(**given)
    return limits._struct() if limits is not None else None


def _flags(cached: bool, shared: bool) -> int:
    if shared:
        _require_shared()
    return (RUN_CACHED if cached else 0) | (RUN_SHARED if shared else 0)


def _source(code) -> bytes:
    if isinstance(code, str):
        return code.encode("utf-8", "surrogatepass")
    if isinstance(code, (bytes, bytearray, memoryview)):
        return bytes(code)
    raise TypeError(f"code must be str or bytes, not {type(code).__name__}")


def run(code, *, cached: bool = False, shared: bool = False, limits: Optional[Limits] = None,
        max_instructions: Optional[int] = None, timeout_ms: Optional[int] = None,
        max_output: Optional[int] = None, max_depth: Optional[int] = None) -> Result:
    """Runs a program (str or UTF-8 bytes) in a fresh global namespace and returns a Result; a
    failing program is a Result too (see Result.check). cached: through the calling thread's
    compile cache; shared: through the process-wide shared cache (when the library has one).
    Limits apply to this run only; without any, the thread's defaults (the PYRUST_* variables)."""
    src = _source(code)
    flags = _flags(cached, shared)
    lim = _limits_from(limits, max_instructions, timeout_ms, max_output, max_depth)
    r = _Result()
    try:
        if lim is None:
            LIB.pyrust_run(src, len(src), flags, ctypes.byref(r))
        else:
            LIB.pyrust_run_ex(src, len(src), flags, ctypes.byref(lim), ctypes.byref(r))
        return Result(r)
    finally:
        LIB.pyrust_result_free(ctypes.byref(r))


def execute(code, *, cached: bool = False, shared: bool = False, limits: Optional[Limits] = None,
            max_instructions: Optional[int] = None, timeout_ms: Optional[int] = None,
            max_output: Optional[int] = None, max_depth: Optional[int] = None) -> str:
    """The program's output (with the repr of a last expression's value, as pyrust_execute
    gives it), or raises the PyrustError subclass for how it failed."""
    return run(code, cached=cached, shared=shared, limits=limits, max_instructions=max_instructions,
               timeout_ms=timeout_ms, max_output=max_output, max_depth=max_depth).check().output


# ---- contexts ----

def _free_context(ptr):
    LIB.pyrust_context_free(ptr)


class Context:
    """A pyrust context: its own compile cache, limits, host functions; Python values in and
    out. Runs on one context are serialised by a lock (a host function may run the context
    again from inside a run: the lock is re-entrant)."""

    def __init__(self, limits: Optional[Limits] = None):
        self.ptr = LIB.pyrust_context_new(None)
        if not self.ptr:
            raise MemoryError("pyrust_context_new failed")
        self.callbacks = []      # the ctypes trampolines live as long as the context
        self._lock = threading.RLock()
        self._finalizer = weakref.finalize(self, _free_context, self.ptr)
        if limits is not None:
            self.set_limits(limits)

    def close(self) -> None:
        with self._lock:
            if self.ptr:
                self._finalizer()
                self.ptr = None

    def __enter__(self) -> "Context":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _live(self):
        if not self.ptr:
            raise ValueError("the pyrust.Context is closed")
        return self.ptr

    def set_limits(self, limits: Optional[Limits]) -> None:
        """Limits of the context's later runs (None: the environment's defaults)."""
        with self._lock:
            lim = limits._struct() if limits is not None else None
            if LIB.pyrust_context_set_limits(self._live(), ctypes.byref(lim) if lim is not None else None) != OK:
                raise ValueError(f"bad limits {limits!r}")

    def add_function(self, name: str, fn: Callable[..., Any]) -> None:
        """Makes fn callable from scripts as `name`; its exceptions are raised in the script
        as the built-in exception of the same name (other types: RuntimeError)."""
        def trampoline(call, args, kwargs, userdata):
            try:
                a = from_value(args)
                k = from_value(kwargs) if kwargs else {}
                return to_value(fn(*a, **k))
            except Exception as e:  # noqa: BLE001 (every error goes back to the script)
                message = str(e.args[0]) if len(e.args) == 1 else str(e)
                LIB.pyrust_call_raise(call, type(e).__name__.encode(), message.encode())
                return None
        cb = HOST_FN(trampoline)
        with self._lock:
            self.callbacks.append(cb)
            status = LIB.pyrust_context_add_function(self._live(), name.encode(), cb, None)
        if status != OK:
            raise ValueError(f"cannot register {name!r} (status {status})")

    def watch_globals(self, *names: str) -> None:
        """Later runs report these globals' final values in Result.globals (a dict)."""
        array = (ctypes.c_char_p * len(names))(*[n.encode() for n in names])
        with self._lock:
            if LIB.pyrust_context_watch_globals(self._live(), array, len(names)) != OK:
                raise ValueError(f"bad global names {names!r}")

    def run(self, code, inputs: Optional[Dict[str, Any]] = None, cached: bool = True,
            shared: bool = False) -> Result:
        """Runs code with `inputs` (a dict of names to values) bound as globals: a Result."""
        src = _source(code)
        flags = _flags(cached, shared) | RUN_VALUE
        ins = None
        if inputs:
            ins = LIB.pyrust_inputs_new()
            for name, x in inputs.items():
                if LIB.pyrust_inputs_set(ins, name.encode(), to_value(x)) != OK:
                    LIB.pyrust_inputs_free(ins)
                    raise ValueError(f"bad input {name!r}")
        r = _Result()
        try:
            with self._lock:
                LIB.pyrust_context_run(self._live(), src, len(src), flags, ins, ctypes.byref(r))
            return Result(r)
        finally:
            LIB.pyrust_result_free(ctypes.byref(r))
            if ins:
                LIB.pyrust_inputs_free(ins)

    def execute(self, code, inputs: Optional[Dict[str, Any]] = None, cached: bool = True) -> str:
        """The run's output, or raises the PyrustError subclass for how it failed."""
        return self.run(code, inputs, cached).check().output

    def cache_stats(self) -> CacheStats:
        s = _CacheStats()
        with self._lock:
            LIB.pyrust_context_cache_stats(self._live(), ctypes.byref(s))
        return CacheStats._from(s)

    def cache_clear(self) -> None:
        with self._lock:
            LIB.pyrust_context_cache_clear(self._live())


def capabilities() -> Dict[str, Any]:
    """The library's capabilities manifest (pyrust_capabilities) as a dict."""
    return json.loads(LIB.pyrust_capabilities().decode())
