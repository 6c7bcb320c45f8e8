#!/usr/bin/env python3
"""libpyrust.so through ctypes, done right, checked against CPython itself.

Done right means: owned results are declared `restype = c_void_p` (a `c_char_p` restype would
copy the text and lose the pointer, leaking it), read with ctypes.string_at, and released with
pyrust_free; `pyrust_last_error` is borrowed text (c_char_p is fine there); the structured entry
point fills a ctypes Structure that pyrust_result_free releases.

Every expected output comes from running the same source in this CPython under the library's
output contract (printed text, then repr() of a final expression statement that is not None).
Usage: PYRUST_LIB=/path/libpyrust.so python3 test_ctypes.py   (last line: "N passed, N failed")
"""
import ast
import contextlib
import ctypes
import io
import os
import sys
import threading
import time
import traceback

LIB_PATH = os.environ.get("PYRUST_LIB") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "libpyrust.so")

PYRUST_OK, PYRUST_ERROR, PYRUST_INVALID_ARGUMENT, PYRUST_LIMIT_EXCEEDED = 0, 1, 2, 3
PYRUST_RUN_CACHED = 1


class CacheStats(ctypes.Structure):
    _fields_ = [("hits", ctypes.c_uint64), ("misses", ctypes.c_uint64), ("inserts", ctypes.c_uint64),
                ("evictions", ctypes.c_uint64), ("size", ctypes.c_uint64), ("capacity", ctypes.c_uint64),
                ("bytes", ctypes.c_uint64), ("hit_rate", ctypes.c_double)]


class Result(ctypes.Structure):
    # output may hold NUL bytes: keep it a raw pointer and read output_len bytes.
    _fields_ = [("status", ctypes.c_int32), ("error_line", ctypes.c_int32), ("error_col", ctypes.c_int32),
                ("output", ctypes.c_void_p), ("output_len", ctypes.c_size_t),
                ("error_type", ctypes.c_char_p), ("error_message", ctypes.c_char_p),
                ("traceback", ctypes.c_char_p), ("error_output", ctypes.c_void_p),
                ("error_output_len", ctypes.c_size_t), ("exit_code", ctypes.c_int32), ("reserved", ctypes.c_int32)]


class CancelToken(ctypes.Structure):
    _fields_ = [("requested", ctypes.c_uint32), ("reserved", ctypes.c_uint32)]


class Limits(ctypes.Structure):
    _fields_ = [("size", ctypes.c_uint32), ("max_depth", ctypes.c_uint32),
                ("max_instructions", ctypes.c_uint64), ("timeout_ms", ctypes.c_uint64),
                ("max_output", ctypes.c_uint64), ("cancel", ctypes.POINTER(CancelToken))]


def load(path):
    lib = ctypes.CDLL(path)
    lib.pyrust_version.restype = ctypes.c_char_p
    lib.pyrust_version.argtypes = []
    for name in ("pyrust_execute", "pyrust_execute_cached"):
        fn = getattr(lib, name)
        fn.restype = ctypes.c_void_p          # owned: keep the pointer so it can be freed
        fn.argtypes = [ctypes.c_char_p]
    lib.pyrust_free.restype = None
    lib.pyrust_free.argtypes = [ctypes.c_void_p]
    lib.pyrust_last_error.restype = ctypes.c_char_p   # borrowed: copying it is right
    lib.pyrust_last_error.argtypes = []
    lib.pyrust_cache_stats_get.restype = None
    lib.pyrust_cache_stats_get.argtypes = [ctypes.POINTER(CacheStats)]
    lib.pyrust_cache_clear.restype = None
    lib.pyrust_cache_clear.argtypes = []
    lib.pyrust_run.restype = ctypes.c_int
    lib.pyrust_run.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, ctypes.POINTER(Result)]
    lib.pyrust_result_free.restype = None
    lib.pyrust_result_free.argtypes = [ctypes.POINTER(Result)]
    lib.pyrust_run_ex.restype = ctypes.c_int
    lib.pyrust_run_ex.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, ctypes.POINTER(Limits),
                                  ctypes.POINTER(Result)]
    lib.pyrust_limits_set_default.restype = ctypes.c_int
    lib.pyrust_limits_set_default.argtypes = [ctypes.POINTER(Limits)]
    lib.pyrust_cancel.restype = None
    lib.pyrust_cancel.argtypes = [ctypes.POINTER(CancelToken)]
    lib.pyrust_debug_live_caches.restype = ctypes.c_int64
    lib.pyrust_debug_live_caches.argtypes = []
    return lib


LIB = load(LIB_PATH)


def execute(source, cached=False):
    """The text API as a host should wrap it: (output or None, last_error or None)."""
    fn = LIB.pyrust_execute_cached if cached else LIB.pyrust_execute
    pointer = fn(source.encode() if isinstance(source, str) else source)
    if pointer is None:
        error = LIB.pyrust_last_error()
        return None, (error.decode() if error is not None else None)
    try:
        return ctypes.string_at(pointer).decode(), None
    finally:
        LIB.pyrust_free(pointer)


def run(source, flags=0):
    """The structured API: (status, output bytes, error_type, error_message, line, col, traceback)."""
    data = source.encode() if isinstance(source, str) else source
    result = Result()
    status = LIB.pyrust_run(data, len(data), flags, ctypes.byref(result))
    try:
        output = ctypes.string_at(result.output, result.output_len) if result.output else None
        text = lambda b: b.decode() if b is not None else None
        return (status, output, text(result.error_type), text(result.error_message),
                result.error_line, result.error_col, text(result.traceback))
    finally:
        LIB.pyrust_result_free(ctypes.byref(result))


def stats():
    s = CacheStats()
    LIB.pyrust_cache_stats_get(ctypes.byref(s))
    return s


def cpython_expected(source):
    """(output, error_type, error_message) of `source` in this CPython under the contract.
    Not thread-safe (redirects sys.stdout): call from the main thread."""
    try:
        tree = ast.parse(source, "<string>")
    except SyntaxError as e:
        return "", type(e).__name__, e.msg
    last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    body = tree.body[:-1] if last is not None else tree.body
    namespace = {"__name__": "__main__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(ast.Module(body=body, type_ignores=[]), "<string>", "exec"), namespace)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), "<string>", "eval"), namespace)
                if value is not None:
                    out.write(repr(value))
        except Exception as e:          # the program's own exception
            return out.getvalue(), type(e).__name__, str(e)
    return out.getvalue(), None, None


TYPICAL = """def scale_{i}(values, factor):
    # typical snippet: a helper with a loop
    total = 0
    for v in values:
        if v % 2 == 0:
            total += v * factor
    return total

data = list(range(10))
print(scale_{i}(data, {i}))
"""


def programs(i):
    return [f"print({i})", f"x = {i} * 2\nx + 1", f"x = {i}", f"'ab' * {i % 5}", f"{i} / 4",
            f"2 ** {100 + i}", f"[k * k for k in range({i % 7})]", TYPICAL.format(i=i)]


ERROR_PROGRAMS = ["1 / 0", "print(1)\nundefined_name", "'a' + 1", "x = [1, 2]\nx[5]",
                  "d = {}\nd['k']", "int('abc')"]

# ---------------------------------------------------------------------------------------------
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def check(condition, message):
    if not condition:
        raise AssertionError(message)


@test
def version():
    check(LIB.pyrust_version() == b"0.4.0", LIB.pyrust_version())


@test
def two_plus_two_both_entry_points():
    for cached in (False, True):
        out, err = execute("2 + 2", cached)
        check((out, err) == ("4", None), (out, err))
        check(LIB.pyrust_last_error() is None, "last_error after success")


@test
def outputs_match_cpython():
    bad = []
    for i in range(25):
        for source in programs(i):
            want_out, want_type, _ = cpython_expected(source)
            for cached in (False, True, True):
                out, err = execute(source, cached)
                if want_type is not None or out != want_out:
                    bad.append((source, cached, out, want_out, err))
    check(not bad, f"{len(bad)} mismatches, first: {bad[:2]}")


@test
def errors_match_cpython():
    for source in ERROR_PROGRAMS + ["x = (1 +", "if True:\nprint(1)"]:
        want_out, want_type, want_message = cpython_expected(source)
        check(want_type is not None, f"{source!r} should raise in CPython")
        for cached in (False, True):
            out, err = execute(source, cached)
            check(out is None, f"{source!r}: expected failure, got {out!r}")
            check(err is not None, f"{source!r}: last_error is NULL")
            if want_type not in ("SyntaxError", "IndentationError", "TabError"):
                check(err.endswith(f"{want_type}: {want_message}\n"), f"{source!r}: {err!r}")
                check(err.startswith("Traceback (most recent call last):\n"), err)
            else:
                check(f"{want_type}: {want_message}\n" in err, f"{source!r}: {err!r}")
            status, output, etype, emsg, line, col, tb = run(source, PYRUST_RUN_CACHED if cached else 0)
            check(status == PYRUST_ERROR, status)
            check((etype, emsg) == (want_type, want_message), (source, etype, emsg, want_type, want_message))
            check(output.decode() == want_out, (source, output, want_out))
            check(tb == err, "traceback field equals last_error")
            check(line >= 1, line)


@test
def null_code():
    for cached in (False, True):
        out, err = execute(None, cached)
        check((out, err) == (None, "ValueError: code must not be NULL"), (out, err))
    result = Result()
    status = LIB.pyrust_run(None, 0, 0, ctypes.byref(result))
    check(status == PYRUST_INVALID_ARGUMENT and result.error_type == b"ValueError", status)
    check(result.output is not None and result.output_len == 0, "output is empty text")
    LIB.pyrust_result_free(ctypes.byref(result))
    LIB.pyrust_free(None)
    LIB.pyrust_result_free(None)
    LIB.pyrust_cache_stats_get(None)


@test
def structured_entry_point():
    status, output, etype, emsg, line, col, tb = run("2 + 2", PYRUST_RUN_CACHED)
    check((status, output, etype, emsg, line, col, tb) == (PYRUST_OK, b"4", None, None, 0, 0, None), status)
    source = "print('a\\0b')\n1 / 0"
    want_out, want_type, want_message = cpython_expected(source)
    status, output, etype, emsg, line, col, tb = run(source)
    check(status == PYRUST_ERROR, status)
    check(output == want_out.encode(), (output, want_out))      # NUL byte kept via output_len
    check((etype, emsg, line) == (want_type, want_message, 2), (etype, emsg, line))
    # invalid UTF-8 and NUL bytes in the source: SyntaxError, never a crash
    for data in (b"x = '\xff'", b"x = 1\x00\nx"):
        status, output, etype, *_ = run(data)
        check((status, etype) == (PYRUST_ERROR, "SyntaxError"), (data, status, etype))


@test
def cache_statistics():
    LIB.pyrust_cache_clear()
    before = stats()
    check(before.size == 0 and before.bytes == 0, "cleared")
    for _ in range(100):
        execute("2 + 2", cached=True)
    after = stats()
    check(after.hits - before.hits == 99 and after.misses - before.misses == 1, (after.hits, after.misses))
    check(after.size == 1 and after.capacity == 1000 and after.bytes > 0, (after.size, after.capacity))
    check(0.0 <= after.hit_rate <= 1.0, after.hit_rate)


@test
def threads_get_their_own_results():
    # distinct sources per thread (dict.fromkeys keeps order and drops repeats)
    work = [list(dict.fromkeys(source for i in range(t * 10, t * 10 + 6) for source in programs(i)[:4]))
            for t in range(16)]
    expected = {source: cpython_expected(source)[0] for sources in work for source in sources}
    failures = []

    def worker(sources):
        for cached in (False, True, True):
            for source in sources:
                out, err = execute(source, cached)
                if out != expected[source]:
                    failures.append((source, cached, out, err))
        s = stats()
        if s.misses != len(sources) or s.hits != len(sources):
            failures.append(("stats", s.misses, s.hits))

    threads = [threading.Thread(target=worker, args=(sources,)) for sources in work]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check(not failures, f"{len(failures)} failures, first: {failures[:2]}")


def wait_for_live_caches(count, seconds=2.0):
    """Polls the live-cache counter: threading.Thread.join() can return before the OS thread
    has run its pthread-key destructors."""
    deadline = time.monotonic() + seconds
    while LIB.pyrust_debug_live_caches() != count and time.monotonic() < deadline:
        time.sleep(0.01)
    return LIB.pyrust_debug_live_caches()


@test
def exited_threads_free_their_caches():
    stats()                     # the main thread's own state exists from here on
    live_before = wait_for_live_caches(1)
    check(live_before == 1, f"{live_before} live caches with only the main thread left")
    failures = []
    started = threading.Barrier(17)

    def worker():
        for i in range(200):
            out, err = execute("2 + 2", cached=bool(i & 1))
            if out != "4":
                failures.append((out, err))
        started.wait()          # all 16 alive (and holding a cache) at once
        started.wait()

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    started.wait()
    live_during = LIB.pyrust_debug_live_caches()
    started.wait()
    for t in threads:
        t.join()
    check(not failures, failures[:2])
    check(live_during == live_before + 16, f"{live_during} live caches with 16 threads, {live_before} before")
    live_after = wait_for_live_caches(live_before)
    check(live_after == live_before, f"live caches {live_after} after join, {live_before} before")


def run_limited(source, limits):
    data = source.encode()
    result = Result()
    status = LIB.pyrust_run_ex(data, len(data), 0, ctypes.byref(limits), ctypes.byref(result))
    try:
        output = ctypes.string_at(result.output, result.output_len) if result.output else None
        return status, output, result.error_type, result.error_message
    finally:
        LIB.pyrust_result_free(ctypes.byref(result))


@test
def limits_stop_runaway_programs():
    limits = Limits(size=ctypes.sizeof(Limits), max_instructions=100000)
    got = run_limited("print('hi')\nwhile True:\n    pass", limits)
    check(got == (PYRUST_LIMIT_EXCEEDED, b"hi\n", b"LimitExceeded", b"instruction limit of 100000 exceeded"), got)
    limits = Limits(size=ctypes.sizeof(Limits), timeout_ms=30)
    got = run_limited("try:\n    while True: pass\nexcept BaseException:\n    print('caught')", limits)
    check(got == (PYRUST_LIMIT_EXCEEDED, b"", b"LimitExceeded", b"time limit of 30 ms exceeded"), got)
    check(execute("2 + 2") == ("4", None), "usable afterwards")


@test
def cancel_from_a_python_thread():
    token = CancelToken()
    limits = Limits(size=ctypes.sizeof(Limits), cancel=ctypes.pointer(token))
    timer = threading.Timer(0.05, lambda: LIB.pyrust_cancel(ctypes.byref(token)))
    timer.start()
    got = run_limited("while True:\n    pass", limits)   # ctypes releases the GIL during the call
    timer.join()
    check(got[0] == PYRUST_LIMIT_EXCEEDED and got[3] == b"run cancelled by the host", got)


@test
def thread_default_limits_protect_execute():
    limits = Limits(size=ctypes.sizeof(Limits), max_instructions=5000)
    check(LIB.pyrust_limits_set_default(ctypes.byref(limits)) == 0, "set default")
    try:
        out, err = execute("while True: pass")
        check(out is None and "LimitExceeded: instruction limit of 5000 exceeded" in err, (out, err))
    finally:
        LIB.pyrust_limits_set_default(None)
    check(execute("print(sum(range(100000)))") == ("4999950000\n", None), "no limit after reset")


def main():
    passed = failed = 0
    for fn in TESTS:
        try:
            fn()
            passed += 1
            print(f"ok   {fn.__name__}")
        except Exception as e:
            failed += 1
            print(f"FAIL {fn.__name__}: {str(e)[:400]}")
            if not isinstance(e, AssertionError):
                traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.pop("PYRUST_CACHE_SIZE", None)
    sys.exit(main())
