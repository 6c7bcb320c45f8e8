#!/usr/bin/env python3
"""CPython's expected result for a program under pyrust's output contract.

The contract: everything the program printed; then, when the last top-level statement
is an expression statement whose value is not None, repr(value) with no newline; on an
uncaught exception, what was printed so far plus CPython's traceback text.

To get exactly what `python3 -c SOURCE` prints (tracebacks saying
`File "<string>", line N, in <module>` with no source lines), the source text is
rewritten without moving any line: the final expression statement E, at its exact ast
position, becomes `__pyrust_r__ = (E)`, and one line appended after the program writes
the repr. A program that does not parse runs unchanged, so its stderr is CPython's
SyntaxError text (source line and caret included).

Usable as a module (`expected(source_bytes)`) or from the command line:
    python3 oracle.py PROGRAM.py     # prints the expected stdout, then stderr, to our own
"""
import ast
import os
import subprocess
import sys
import tempfile
import threading
import warnings

RESULT_NAME = "__pyrust_r__"
# The interpreter that plays the oracle; the project pins CPython 3.11.
PYTHON = os.environ.get("PYRUST_ORACLE_PYTHON", "python3")
TIMEOUT_SECONDS = 30


def rewrite(source: bytes):
    """The source to run with `python3 -c`, or None when it should run unchanged
    (it does not parse, or its last statement is not an expression statement)."""
    try:
        text = source.decode("utf-8")
        with warnings.catch_warnings():
            # e.g. invalid escape sequences: CPython warns again when it runs the program.
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return None
    if not tree.body or not isinstance(tree.body[-1], ast.Expr):
        return None
    # The statement's span, not its value's: the value's excludes enclosing parentheses,
    # e.g. `(a +\n b)`, and splicing inside them would produce `(__pyrust_r__ = (a + b)`.
    node = tree.body[-1]
    # ast columns are UTF-8 byte offsets, so splice on bytes.
    lines = source.splitlines(keepends=True)
    start = sum(len(l) for l in lines[: node.lineno - 1]) + node.col_offset
    end = sum(len(l) for l in lines[: node.end_lineno - 1]) + node.end_col_offset
    expr = source[start:end]
    new = source[:start] + RESULT_NAME.encode() + b" = (" + expr + b")" + source[end:]
    if not new.endswith(b"\n"):
        new += b"\n"
    # A trailing backslash continuation or open construct cannot follow a complete
    # statement, so a plain appended line is safe. The write happens at a line past the
    # program's end, so it never appears in a traceback of the program itself.
    new += (b"if " + RESULT_NAME.encode() + b" is not None: "
            b"__import__('sys').stdout.write(repr(" + RESULT_NAME.encode() + b"))\n")
    return new


def _environment(hash_seed=0):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": str(hash_seed),
        "PYTHONIOENCODING": "utf-8",
        "LC_ALL": "C.UTF-8",
    }
    return env


def run_python(source: bytes, hash_seed=0):
    """(stdout, stderr, cpu_seconds) of `python3 -s -c SOURCE` in a clean environment.
    cpu_seconds is the child's own user+system time, so a loaded machine does not make a
    program look slow. A program whose result depends on hash_seed (str hashes, set order
    of strings) is not deterministic enough for the suite: run.py --python-only checks
    two seeds."""
    if b"\x00" in source:
        raise ValueError("a conformance program cannot contain NUL bytes (python3 -c refuses them)")
    with tempfile.TemporaryDirectory(prefix="pyrust-oracle-") as cwd:
        proc = subprocess.Popen(
            [PYTHON, "-s", "-c", source],
            cwd=cwd, env=_environment(hash_seed), stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        chunks = {}

        def drain(name, stream):
            chunks[name] = stream.read()
            stream.close()

        readers = [threading.Thread(target=drain, args=(n, s))
                   for n, s in (("out", proc.stdout), ("err", proc.stderr))]
        for r in readers:
            r.start()
        killer = threading.Timer(TIMEOUT_SECONDS, proc.kill)
        killer.start()
        try:
            # wait4 rather than proc.wait(): it also gives the child's resource usage.
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        for r in readers:
            r.join()
    if proc.returncode < 0:
        raise RuntimeError("python3 was killed (signal %d): timeout of %d s?"
                           % (-proc.returncode, TIMEOUT_SECONDS))
    return chunks["out"], chunks["err"], usage.ru_utime + usage.ru_stime


def expected(source: bytes, hash_seed=0):
    """(stdout, stderr, cpu_seconds): what pyrust must produce for this program.
    stdout is the contract's output; stderr is b"" on success, else the traceback text."""
    rewritten = rewrite(source)
    return run_python(rewritten if rewritten is not None else source, hash_seed)


def python_version():
    out = subprocess.run([PYTHON, "-c", "import sys; print(sys.version)"],
                         stdout=subprocess.PIPE, env=_environment(), check=True).stdout
    return out.decode().strip()


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: oracle.py PROGRAM.py\n")
        return 2
    with open(argv[1], "rb") as f:
        source = f.read()
    out, err, _ = expected(source)
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    sys.stderr.buffer.write(err)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
