"""The installed pyrust Python package (python/), as a user of `pip install` gets it.

Run by Tests/PythonPackage/run.sh in a venv: once with the wheel from `make wheel` (the
library inside it) and once with `pip install ./python` and $PYRUST_LIBRARY. PYRUST_EXPECT
says which: "bundled" or "env". Expected outputs of plain programs come from CPython itself.
"""
import ctypes
import importlib.metadata
import os
import subprocess
import sys
import threading
import typing

import pytest

import pyrust

EXPECT = os.environ.get("PYRUST_EXPECT", "")


def cpython(code):
    """What CPython prints for a program (stdout)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


# ---- installation ----

def test_imported_from_the_install_not_the_source_tree():
    assert "site-packages" in pyrust.__file__, pyrust.__file__


def test_library_comes_from_where_expected():
    path = pyrust.library_path()
    if EXPECT == "bundled":
        assert path == os.path.join(os.path.dirname(pyrust.__file__), "_lib", "libpyrust.so.0")
    elif EXPECT == "env":
        assert path == os.environ["PYRUST_LIBRARY"]
    else:
        pytest.skip("PYRUST_EXPECT not set")


def test_version_is_the_package_version():
    assert pyrust.version() == importlib.metadata.version("pyrust")


def test_typed():
    assert os.path.exists(os.path.join(os.path.dirname(pyrust.__file__), "py.typed"))
    hints = typing.get_type_hints(pyrust.run)
    assert hints["return"] is pyrust.Result and hints["cached"] is bool


def test_struct_mirrors_have_the_header_sizes():
    from pyrust import _native
    assert ctypes.sizeof(_native._Result) == 128
    assert _native._Result.layout.offset == 76 and _native._Result.globals_json_len.offset == 120
    assert ctypes.sizeof(_native._Limits) == 40 and _native._Limits.cancel.offset == 32
    assert ctypes.sizeof(_native._CacheStats) == 64 and _native._CacheStats.hit_rate.offset == 56


def test_a_wrong_explicit_library_is_an_import_error_naming_it(tmp_path):
    bogus = tmp_path / "libpyrust.so"
    bogus.write_bytes(b"not a library")
    env = dict(os.environ, PYRUST_LIBRARY=str(bogus))
    run = subprocess.run([sys.executable, "-c", "import pyrust"], capture_output=True, text=True, env=env)
    assert run.returncode != 0
    assert "ImportError" in run.stderr and str(bogus) in run.stderr and "PYRUST_LIBRARY" in run.stderr


# ---- run and execute ----

@pytest.mark.parametrize("code", [
    "print('hi')\nprint(sum(range(10)), [1, 'a', None], {'k': (1.5, -0.0)})",
    "for i in range(3):\n    print(i * 'ab', end='|')\nprint()",
    "print(2 ** 100, 7 // -2, 1e300 * 10, 'caf\\u00e9'.upper())",
])
def test_execute_prints_what_cpython_prints(code):
    assert pyrust.execute(code) == cpython(code)
    assert pyrust.execute(code, cached=True) == cpython(code)


def test_last_expression_value_is_in_the_output():
    assert pyrust.execute("print('hi')\n6 * 7") == "hi\n" + repr(6 * 7)
    assert pyrust.execute("x = 10") == ""


def test_run_result_on_success():
    r = pyrust.run("import sys\nprint('out')\nprint('err', file=sys.stderr)")
    assert r.ok and r.status is pyrust.Status.OK and r.status == 0
    assert (r.output, r.error_output) == ("out\n", "err\n")
    assert r.error is None and r.error_type is None and r.traceback is None and r.error_line == 0


def test_run_result_on_error():
    r = pyrust.run("print('before')\nx = 0\nx = 1 / x")
    assert r.status is pyrust.Status.ERROR and not r.ok
    assert r.output == "before\n"
    assert (r.error_type, r.error_message, r.error_line) == ("ZeroDivisionError", "division by zero", 3)
    assert r.traceback.startswith("Traceback (most recent call last):")
    assert r.traceback.endswith("ZeroDivisionError: division by zero\n")


def test_execute_raises_with_every_field():
    with pytest.raises(pyrust.ProgramError) as info:
        pyrust.execute("print('so far')\ndef f():\n    return {}['k']\nf()")
    e = info.value
    assert isinstance(e, pyrust.PyrustError)
    assert (e.type, e.message, e.line, e.output) == ("KeyError", "'k'", 3, "so far\n")
    assert str(e) == "KeyError: 'k'" and "line 3, in f" in e.traceback


def test_syntax_error():
    with pytest.raises(pyrust.PyrustSyntaxError) as info:
        pyrust.execute("x = (1,\ny = 2")
    assert info.value.type == "SyntaxError" and info.value.line >= 1
    assert isinstance(info.value, pyrust.ProgramError)


def test_system_exit():
    with pytest.raises(pyrust.ProgramExit) as info:
        pyrust.execute("import sys\nprint('bye')\nsys.exit(3)")
    assert info.value.exit_code == 3 and info.value.output == "bye\n"
    assert pyrust.run("raise SystemExit(0)").status is pyrust.Status.OK


def test_bytes_source_and_invalid_utf8():
    assert pyrust.execute(b"print('from bytes')") == "from bytes\n"
    assert pyrust.run(b"x = '\xff'").error_type == "SyntaxError"
    with pytest.raises(TypeError):
        pyrust.run(42)


# ---- limits ----

def test_instruction_limit():
    with pytest.raises(pyrust.LimitExceeded) as info:
        pyrust.execute("while True:\n    pass", max_instructions=100_000)
    assert info.value.type == "LimitExceeded" and "instruction limit of 100000" in info.value.message


def test_time_limit():
    r = pyrust.run("while True:\n    pass", timeout_ms=50)
    assert r.status is pyrust.Status.LIMIT_EXCEEDED and "time limit of 50 ms" in r.error_message


def test_output_limit_keeps_output_so_far():
    # The output kept includes the write that crossed the limit (as Tests/C/test_limits.c allows).
    r = pyrust.run("for i in range(10**6):\n    print('x' * 10)", limits=pyrust.Limits(max_output=1000))
    assert r.status is pyrust.Status.LIMIT_EXCEEDED and r.error_message == "output limit of 1000 bytes exceeded"
    assert 900 < len(r.output) <= 1000 + len("x" * 10 + "\n") and set(r.output) == {"x", "\n"}


def test_depth_limit_is_a_catchable_recursion_error():
    code = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught')"
    assert pyrust.execute(code, max_depth=50) == "caught\n"


def test_limits_are_per_call_and_validated():
    assert pyrust.execute("sum(range(10**5))") == repr(sum(range(10**5)))
    with pytest.raises(TypeError):
        pyrust.run("1", limits=pyrust.Limits(max_depth=5), max_depth=5)
    with pytest.raises(ValueError):
        pyrust.run("1", max_instructions=-1)
    with pytest.raises(ValueError):
        pyrust.run("1", max_depth=2**32)


# ---- caches ----

def test_cache_statistics_of_the_calling_thread():
    pyrust.cache_clear()
    before = pyrust.cache_stats()
    assert isinstance(before, pyrust.CacheStats) and before.size == 0
    code = "print('cache me: %d' % 7)"
    for _ in range(3):
        assert pyrust.execute(code, cached=True) == "cache me: 7\n"
    after = pyrust.cache_stats()
    assert (after.hits - before.hits, after.misses - before.misses, after.size) == (2, 1, 1)
    assert after.bytes > 0 and 0 < after.hit_rate <= 1 and after.capacity > 0
    pyrust.execute(code)   # uncached: the cache is not touched
    assert pyrust.cache_stats().hits == after.hits
    pyrust.cache_clear()
    cleared = pyrust.cache_stats()
    assert cleared.size == 0 and cleared.hits == after.hits


def test_threads_run_at_once_each_with_its_own_cache():
    results, errors = {}, []

    def worker(n):
        try:
            code = f"total = 0\nfor i in range({n}):\n    total += i\nprint(total)"
            outs = {pyrust.execute(code, cached=True) for _ in range(50)}
            results[n] = (outs, pyrust.cache_stats())
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(1000 + k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for n, (outs, stats) in results.items():
        assert outs == {f"{sum(range(n))}\n"}
        assert (stats.hits, stats.misses) == (49, 1), (n, stats)   # a fresh thread's own cache


def test_shared_cache_when_the_library_has_it():
    if pyrust.has_shared_cache():
        assert pyrust.execute("print(3 * 3)", shared=True) == "9\n"
        assert pyrust.execute("print(3 * 3)", shared=True) == "9\n"
        assert pyrust.cache_stats(shared=True).hits >= 1
    else:
        with pytest.raises(NotImplementedError, match="shared"):
            pyrust.run("1", shared=True)
        with pytest.raises(NotImplementedError, match="shared"):
            pyrust.cache_stats(shared=True)


# ---- contexts ----

def test_context_inputs_values_and_host_functions():
    with pyrust.Context() as ctx:
        ctx.add_function("lookup", lambda name: {"ann": "gold"}[name])
        r = ctx.run("tier = lookup(who)\n[tier, price * 2]", {"who": "ann", "price": 2.5})
        assert (r.value, r.json) == (["gold", 5.0], '["gold", 5.0]')
        r = ctx.run("lookup('bob')")
        assert r.error == ("KeyError", "'bob'")
        with pytest.raises(pyrust.ProgramError):
            r.check()
        assert ctx.execute("print(n + 1)", {"n": 41}) == "42\n"
        assert ctx.cache_stats().size >= 2
    with pytest.raises(ValueError, match="closed"):
        ctx.run("1")


def test_context_limits():
    with pyrust.Context(limits=pyrust.Limits(max_instructions=10_000)) as ctx:
        assert ctx.run("while True:\n    pass").status is pyrust.Status.LIMIT_EXCEEDED
        ctx.set_limits(None)
        assert ctx.execute("sum(range(100000))") == repr(sum(range(100000)))


def test_context_shared_between_threads_is_serialised():
    ctx = pyrust.Context()
    ctx.add_function("bump", lambda x: x + 1)
    outs, errors = [], []

    def worker(k):
        try:
            for i in range(30):
                outs.append(ctx.run("bump(k * 1000 + i)", {"k": k, "i": i}).value == k * 1000 + i + 1)
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ctx.close()
    assert not errors and len(outs) == 120 and all(outs)


def test_host_function_may_run_its_context_again():
    with pyrust.Context() as ctx:
        ctx.add_function("inner", lambda: ctx.run("40 + 2", cached=False).value)
        assert ctx.run("inner() * 2").value == 84
