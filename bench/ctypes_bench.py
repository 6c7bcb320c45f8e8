"""Per-call cost of libpyrust from Python through ctypes, next to CPython's own eval.

Usage: python3 bench/ctypes_bench.py [path/to/libpyrust.so] [--rounds N] [--round-ms MS] [--clock wall|cpu]

Every variant is checked once (it must give "4" for `2 + 2`); then the variants run in
interleaved rounds and the median ns per call is printed as a Markdown table. Exit status 1
if a pyrust variant failed its check.
"""
import ctypes
import ctypes.util
import os
import statistics
import sys
import time

SOURCE = "2 + 2"
EXPECTED = "4"


class PyrustResult(ctypes.Structure):
    # Mirrors struct pyrust_result in include/pyrust.h.
    _fields_ = [
        ("status", ctypes.c_int32),
        ("error_line", ctypes.c_int32),
        ("error_col", ctypes.c_int32),
        ("output", ctypes.c_void_p),
        ("output_len", ctypes.c_size_t),
        ("error_type", ctypes.c_char_p),
        ("error_message", ctypes.c_char_p),
        ("traceback", ctypes.c_char_p),
        ("error_output", ctypes.c_void_p),
        ("error_output_len", ctypes.c_size_t),
        ("exit_code", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
    ]


def load(path):
    lib = ctypes.CDLL(path)
    # Owned results come back as c_void_p: c_char_p would copy to bytes and lose the pointer.
    for name in ("pyrust_execute", "pyrust_execute_cached"):
        fn = getattr(lib, name)
        fn.argtypes = [ctypes.c_char_p]
        fn.restype = ctypes.c_void_p
    lib.pyrust_free.argtypes = [ctypes.c_void_p]
    lib.pyrust_free.restype = None
    lib.pyrust_last_error.argtypes = []
    lib.pyrust_last_error.restype = ctypes.c_char_p  # borrowed: copying is right here
    lib.pyrust_run.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, ctypes.POINTER(PyrustResult)]
    lib.pyrust_run.restype = ctypes.c_int
    lib.pyrust_result_free.argtypes = [ctypes.POINTER(PyrustResult)]
    lib.pyrust_result_free.restype = None
    return lib


def variants(lib):
    """(name, timed callable doing one call, check callable returning the result text or
    raising, whether it is a pyrust variant)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.strlen.argtypes = [ctypes.c_char_p]
    libc.strlen.restype = ctypes.c_size_t
    src_bytes = SOURCE.encode()
    execute_cached, execute, free = lib.pyrust_execute_cached, lib.pyrust_execute, lib.pyrust_free
    string_at = ctypes.string_at

    def last_error():
        err = lib.pyrust_last_error()
        return err.decode(errors="replace").rstrip("\n").rsplit("\n", 1)[-1] if err else "NULL without an error"

    def raw_cached():
        # The floor for a pyrust call from Python: two ctypes crossings, no text conversion.
        p = execute_cached(src_bytes)
        if not p:
            raise RuntimeError(last_error())
        free(p)

    def raw_cached_check():
        p = execute_cached(src_bytes)
        if not p:
            raise RuntimeError(last_error())
        try:
            return string_at(p).decode()
        finally:
            free(p)

    def wrapper(entry):
        def call(code=SOURCE):
            p = entry(code.encode())
            if not p:
                raise RuntimeError(last_error())
            try:
                return string_at(p).decode()
            finally:
                free(p)
        return call

    result = PyrustResult()
    result_ref = ctypes.byref(result)
    run, result_free = lib.pyrust_run, lib.pyrust_result_free

    def structured_cached():
        status = run(src_bytes, len(src_bytes), 1, result_ref)  # 1 = PYRUST_RUN_CACHED
        try:
            if status != 0:
                raise RuntimeError(f"{(result.error_type or b'?').decode()}: {(result.error_message or b'').decode()}")
            return string_at(result.output, result.output_len).decode()
        finally:
            result_free(result_ref)

    code_obj = compile(SOURCE, "<string>", "eval")
    glob = {}
    strlen = libc.strlen
    cached_wrapper, uncached_wrapper = wrapper(execute_cached), wrapper(execute)
    eval_code = lambda: repr(eval(code_obj, glob))
    eval_source = lambda: repr(eval(SOURCE, glob))
    return [
        ("ctypes floor: libc `strlen(b\"2 + 2\")`", lambda: strlen(src_bytes),
         lambda: EXPECTED if strlen(src_bytes) == len(src_bytes) else "strlen is wrong", False),
        ("`pyrust_execute_cached` + `pyrust_free` (raw, `restype=c_void_p`)", raw_cached, raw_cached_check, True),
        ("wrapper `execute_cached(str) -> str` (encode, call, string_at, decode, free)", cached_wrapper, cached_wrapper, True),
        ("wrapper `execute(str) -> str`, uncached", uncached_wrapper, uncached_wrapper, True),
        ("`pyrust_run(..., PYRUST_RUN_CACHED)` + fields + `pyrust_result_free`", structured_cached, structured_cached, True),
        ("CPython in-process: `repr(eval(code_object))`", eval_code, eval_code, False),
        ("CPython in-process: `repr(eval(\"2 + 2\"))` (compiles each time)", eval_source, eval_source, False),
    ]


# Wall time by default; --clock cpu uses this thread's CPU time (steadier on a busy machine).
clock_ns = time.perf_counter_ns


def time_batch(fn, n):
    t0 = clock_ns()
    for _ in range(n):
        fn()
    return clock_ns() - t0


def calibrate(fn, target_ns):
    n = 100
    while True:
        t = time_batch(fn, n)
        if t >= target_ns * 0.25 or n > 50_000_000:
            return max(1, int(n * target_ns / max(t, 1)))
        n *= 4


def main(argv):
    global clock_ns
    path = None
    rounds, round_ms = 7, 30.0
    args = iter(argv[1:])
    for a in args:
        if a == "--rounds":
            rounds = int(next(args))
        elif a == "--round-ms":
            round_ms = float(next(args))
        elif a == "--clock":
            clock_ns = {"wall": time.perf_counter_ns, "cpu": time.thread_time_ns}[next(args)]
        else:
            path = a
    if path is None:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "libpyrust.so")
    lib = load(path)

    rows = []
    failed = False
    for name, fn, check, is_pyrust in variants(lib):
        try:
            got = check()
            error = None if got == EXPECTED else f"wrong answer: {got!r}, expected {EXPECTED!r}"
        except Exception as exc:  # a failing variant is reported, not fatal
            error = str(exc)
        if error:
            failed |= is_pyrust
            print(f"ctypes_bench: CHECK FAILED: {name}: {error}", file=sys.stderr)
        rows.append({"name": name, "fn": fn, "error": error, "samples": []})

    target = round_ms * 1e6
    for row in rows:
        if not row["error"]:
            row["n"] = calibrate(row["fn"], target)
    for r in range(rounds):
        live = [row for row in rows if not row["error"]]
        for k in range(len(live)):
            row = live[(k + r) % len(live)]  # rotate the order from round to round
            row["samples"].append(time_batch(row["fn"], row["n"]) / row["n"])

    print(f"\nPython {sys.version.split()[0]} ctypes → libpyrust, `{SOURCE}`; median {'thread CPU' if clock_ns is time.thread_time_ns else 'wall-clock'} ns per call over {rounds} interleaved rounds:\n")
    print("| from Python | ns per call |")
    print("|---|---:|")
    for row in rows:
        cell = f"n/a (error: {row['error']})" if row["error"] else f"{statistics.median(row['samples']):.0f}"
        print(f"| {row['name']} | {cell} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
