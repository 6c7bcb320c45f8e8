"""Using libpyrust from Python with ctypes, done right.

Usage: python3 examples/python/pyrust_demo.py [path/to/libpyrust.so]
       (default: build/libpyrust.so next to this repository's examples/ folder)

The rules this file follows:
  * Owned results (pyrust_execute*) are declared restype=c_void_p, read with string_at and
    released with pyrust_free. restype=c_char_p would copy to bytes and drop the pointer, so
    every result would leak.
  * pyrust_last_error() is borrowed (valid until the thread's next pyrust_* call), so
    c_char_p is right for it: ctypes copies it at once.
  * The cache and the last error are per OS thread. ctypes calls run on the calling Python
    thread, so each Python thread sees its own cache and its own last error.
"""
import ctypes
import os
import sys
import time


class PyrustError(Exception):
    """A Python error raised by the program pyrust ran (or a syntax error)."""

    def __init__(self, type_name, message, line=0, col=0, traceback="", output=""):
        super().__init__(f"{type_name}: {message}")
        self.type_name, self.message = type_name, message
        self.line, self.col = line, col
        self.traceback = traceback
        self.output = output  # what the program printed before the error


class _Result(ctypes.Structure):
    # Mirrors struct pyrust_result in include/pyrust.h, field for field.
    _fields_ = [
        ("status", ctypes.c_int32),
        ("error_line", ctypes.c_int32),
        ("error_col", ctypes.c_int32),
        ("output", ctypes.c_void_p),  # may contain NUL bytes: read output_len bytes
        ("output_len", ctypes.c_size_t),
        ("error_type", ctypes.c_char_p),
        ("error_message", ctypes.c_char_p),
        ("traceback", ctypes.c_char_p),
        ("error_output", ctypes.c_void_p),
        ("error_output_len", ctypes.c_size_t),
        ("exit_code", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
    ]


class _CacheStats(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint64) for name in ("hits", "misses", "inserts", "evictions", "size", "capacity", "bytes")] + [
        ("hit_rate", ctypes.c_double)
    ]


PYRUST_OK, PYRUST_ERROR, PYRUST_INVALID_ARGUMENT = 0, 1, 2
PYRUST_RUN_CACHED = 1


class Pyrust:
    """A small reusable wrapper: execute() returns text or raises PyrustError."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        lib.pyrust_version.argtypes, lib.pyrust_version.restype = [], ctypes.c_char_p
        for name in ("pyrust_execute", "pyrust_execute_cached"):
            fn = getattr(lib, name)
            fn.argtypes, fn.restype = [ctypes.c_char_p], ctypes.c_void_p
        lib.pyrust_free.argtypes, lib.pyrust_free.restype = [ctypes.c_void_p], None
        lib.pyrust_last_error.argtypes, lib.pyrust_last_error.restype = [], ctypes.c_char_p
        lib.pyrust_run.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, ctypes.POINTER(_Result)]
        lib.pyrust_run.restype = ctypes.c_int
        lib.pyrust_result_free.argtypes, lib.pyrust_result_free.restype = [ctypes.POINTER(_Result)], None
        lib.pyrust_cache_stats_get.argtypes, lib.pyrust_cache_stats_get.restype = [ctypes.POINTER(_CacheStats)], None
        lib.pyrust_cache_clear.argtypes, lib.pyrust_cache_clear.restype = [], None
        self._lib = lib
        self.version = lib.pyrust_version().decode()

    def execute(self, code, cached=True):
        """Output of the program (printed text + repr of a final expression)."""
        entry = self._lib.pyrust_execute_cached if cached else self._lib.pyrust_execute
        ptr = entry(code.encode())
        if not ptr:
            text = (self._lib.pyrust_last_error() or b"").decode(errors="replace")
            last = text.rstrip("\n").rsplit("\n", 1)[-1]
            type_name, _, message = last.partition(": ")
            raise PyrustError(type_name, message, traceback=text)
        try:
            return ctypes.string_at(ptr).decode(errors="replace")
        finally:
            self._lib.pyrust_free(ptr)

    def run(self, code, cached=False):
        """The structured entry point: returns the output, raises PyrustError with its fields."""
        data = code.encode()
        result = _Result()
        status = self._lib.pyrust_run(data, len(data), PYRUST_RUN_CACHED if cached else 0, ctypes.byref(result))
        try:
            output = ctypes.string_at(result.output, result.output_len).decode(errors="replace") if result.output else ""
            if status == PYRUST_OK:
                return output
            raise PyrustError(
                (result.error_type or b"?").decode(),
                (result.error_message or b"").decode(),
                result.error_line,
                result.error_col,
                (result.traceback or b"").decode(),
                output,
            )
        finally:
            self._lib.pyrust_result_free(ctypes.byref(result))

    def cache_stats(self):
        stats = _CacheStats()
        self._lib.pyrust_cache_stats_get(ctypes.byref(stats))
        return {name: getattr(stats, name) for name, _ in _CacheStats._fields_}

    def cache_clear(self):
        self._lib.pyrust_cache_clear()


def per_call_ns(fn, n):
    t0 = time.perf_counter_ns()
    for _ in range(n):
        fn()
    return (time.perf_counter_ns() - t0) / n


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "..", "..", "build", "libpyrust.so")
    py = Pyrust(path)
    print(f"libpyrust {py.version} loaded with ctypes from {os.path.normpath(path)}\n")

    print("1. execute(): printed output + repr of the last expression")
    for code in ["2 + 2", "print(42)\n10 + 5", "x = 10", "'a' * 3", "{'k': [1, 2.5, None]}"]:
        try:
            print(f"  {code!r:32} -> {py.execute(code)!r}")
        except PyrustError as err:
            print(f"  {code!r:32} -> raised {err}")

    print("\n2. Errors come back as PyrustError (text API: NULL + pyrust_last_error)")
    for code in ["1 / 0", "x = 1\nprint(x + 'a')"]:
        try:
            py.execute(code)
            print(f"  {code!r} unexpectedly succeeded")
        except PyrustError as err:
            print(f"  {code!r} -> {err.type_name}: {err.message}")

    print("\n3. Structured API (pyrust_run into a ctypes Structure)")
    for code in ["print('hello')\n6 * 7", "print('partial')\n[][0]", "def f(:\n    pass"]:
        try:
            print(f"  {code!r} -> ok, output {py.run(code)!r}")
        except PyrustError as err:
            print(f"  {code!r} -> {err.type_name}: {err.message!r} at line {err.line}, col {err.col}; printed before: {err.output!r}")

    print("\n4. Cached vs uncached from Python (each call includes encode, string_at, decode, free)")
    for code, n in [("2 + 2", 50000), ("total = 0\nfor i in range(20):\n    total += i * i\ntotal", 20000)]:
        try:
            py.execute(code)
        except PyrustError as err:
            print(f"  {code!r}: skipped, the interpreter cannot run it yet ({err})")
            continue
        uncached = per_call_ns(lambda: py.execute(code, cached=False), n)
        cached = per_call_ns(lambda: py.execute(code, cached=True), n)
        print(f"  {code!r}\n    uncached {uncached:9.0f} ns/call, cached {cached:9.0f} ns/call ({uncached / cached:.1f}x)")

    print("\n5. Cache statistics of this thread")
    stats = py.cache_stats()
    print("  " + ", ".join(f"{k} {v:.4f}" if k == "hit_rate" else f"{k} {v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
