#!/usr/bin/env python3
"""Differential conformance suite: every program in programs/ runs through libpyrust's
pyrust_run (uncached, cached, cached again for a cache hit) and must match, byte for byte,
what CPython prints for it under the output contract (see oracle.py).

    run.py LIBPATH [-k PATTERN] [-v] [--jobs N] [--timeout S] [--cache-dir DIR] [--shared]
    run.py --python-only [-k PATTERN] [-v] [--jobs N]

Rules per program:
  * output bytes == CPython's stdout; traceback (NULL on success) == CPython's stderr
    (empty on success); status, error_type, error_message and error_line agree with the
    traceback's last line and innermost frame; all three runs give identical results.
  * object addresses (` at 0x7f3a...` in reprs) are masked to ` at 0xADDR` in CPython's
    and pyrust's output, traceback and error message alike before anything is compared.
  * unsupported_*.py: pyrust must fail with SyntaxError, NotImplementedError or (a standard
    module pyrust lacks) ModuleNotFoundError whose message contains "not supported"
    (CPython's result is not compared).
  * known_failures.txt lists programs expected to fail (xfail; a pass is an XPASS and
    fails the run) and, as `skip NAME`, programs not run at all (e.g. ones that hang).

--shared checks the shared compile cache's program images instead of the thread cache: the
second run goes through PYRUST_RUN_SHARED (compiled, encoded, stored) and the third through
PYRUST_RUN_SHARED on a new thread, whose empty front cache makes it decode the stored image.

The library is driven from a worker subprocess, so a crash or hang in pyrust is reported
against the program that caused it and the run goes on with a fresh worker.
--python-only checks the programs themselves: CPython's result is the same under two
hash seeds and with/without the source rewrite, each run is quick, and programs keep to
the suite's rules (small, prog_* less so; no async outside unsupported_*).
"""
import argparse
import base64
import concurrent.futures
import ctypes
import difflib
import fnmatch
import hashlib
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import oracle  # noqa: E402

PROGRAMS_DIR = os.path.join(HERE, "programs")
KNOWN_FAILURES = os.path.join(HERE, "known_failures.txt")
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CACHE_DIR = os.path.join(REPO_ROOT, "build", "conformance-expected")
UNSUPPORTED_PREFIX = "unsupported_"
DIFF_LINES = 30
MAX_PROGRAM_LINES = 40
PROG_PREFIX = "prog_"        # realistic multi-feature programs: allowed to be longer
MAX_PROG_PROGRAM_LINES = 150
SLOW_SECONDS = 0.3           # CPU seconds of one CPython run (startup ~0.03 s included) above which --python-only fails
RUN_FLAGS = (0, 1, 1)        # uncached, cached (miss), cached (hit)
SHARED_ENV = "PYRUST_CONFORMANCE_SHARED"    # set by --shared for the worker: (0, 4, 4 on a new thread)


# ---------------------------------------------------------------- the library side

class PyrustResult(ctypes.Structure):
    _fields_ = [
        ("status", ctypes.c_int32),
        ("error_line", ctypes.c_int32),
        ("error_col", ctypes.c_int32),
        ("output", ctypes.c_void_p),
        ("output_len", ctypes.c_size_t),
        ("error_type", ctypes.c_void_p),
        ("error_message", ctypes.c_void_p),
        ("traceback", ctypes.c_void_p),
        ("error_output", ctypes.c_void_p),
        ("error_output_len", ctypes.c_size_t),
        ("exit_code", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
    ]


def _b64(b):
    return None if b is None else base64.b64encode(b).decode("ascii")


def _unb64(s):
    return None if s is None else base64.b64decode(s)


PYRUST_RUN_SHARED = 4


def run_shared(lib, code, res, on_new_thread):
    """pyrust_run with PYRUST_RUN_SHARED, on this thread or on a new one (whose empty front
    cache takes the program from the shared store: the image is decoded)."""
    if not on_new_thread:
        return lib.pyrust_run(code, len(code), PYRUST_RUN_SHARED, ctypes.byref(res))
    answer = []
    t = threading.Thread(target=lambda: answer.append(
        lib.pyrust_run(code, len(code), PYRUST_RUN_SHARED, ctypes.byref(res))))
    t.start()
    t.join()
    return answer[0]


def worker_main(libpath):
    """Reads program paths on stdin, one per line; answers one JSON line each."""
    lib = ctypes.CDLL(libpath)
    lib.pyrust_run.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32,
                               ctypes.POINTER(PyrustResult)]
    lib.pyrust_run.restype = ctypes.c_int
    lib.pyrust_result_free.argtypes = [ctypes.POINTER(PyrustResult)]
    lib.pyrust_result_free.restype = None

    def cstring(ptr):
        return None if not ptr else ctypes.string_at(ptr)

    shared = os.environ.get(SHARED_ENV) == "1"

    # The protocol gets a private copy of stdout; fd 1 itself goes to a file, so a library
    # that writes to the host's stdout is caught instead of corrupting the protocol.
    protocol = os.fdopen(os.dup(1), "w")
    stray = tempfile.TemporaryFile()
    os.dup2(stray.fileno(), 1)
    stray_seen = 0
    protocol.write("ready\n")
    protocol.flush()
    for line in sys.stdin:
        path = line.rstrip("\n")
        with open(path, "rb") as f:
            code = f.read()
        runs = []
        for index, flags in enumerate(RUN_FLAGS):
            res = PyrustResult()
            if shared and flags:
                ret = run_shared(lib, code, res, on_new_thread=index == 2)
            else:
                ret = lib.pyrust_run(code, len(code), flags, ctypes.byref(res))
            runs.append({
                "returned": ret,
                "status": res.status,
                "error_line": res.error_line,
                "error_col": res.error_col,
                "output": None if not res.output else _b64(ctypes.string_at(res.output, res.output_len)),
                "error_type": _b64(cstring(res.error_type)),
                "error_message": _b64(cstring(res.error_message)),
                "traceback": _b64(cstring(res.traceback)),
                "error_output": None if not res.error_output
                else _b64(ctypes.string_at(res.error_output, res.error_output_len)),
                "exit_code": res.exit_code,
            })
            lib.pyrust_result_free(ctypes.byref(res))
        stray.seek(0, os.SEEK_END)
        written = stray.tell() - stray_seen
        stray_seen += written
        protocol.write(json.dumps({"runs": runs, "stray_stdout": written}) + "\n")
        protocol.flush()


class WorkerCannotStart(Exception):
    """The library does not even load: no program can run."""


class Worker:
    """A subprocess that has loaded the library; restarted after a crash or a hang."""

    def __init__(self, libpath, timeout):
        self.libpath, self.timeout, self.proc, self.buffer = libpath, timeout, None, b""

    def _start(self):
        # stderr goes to a file: a pipe nobody reads would block a chatty library.
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--worker", self.libpath],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr)
        self.buffer = b""
        line, problem = self._read_line(time.monotonic() + 60)
        if line != b"ready":
            raise WorkerCannotStart(problem or line.decode("utf-8", "replace"))

    def _stderr_tail(self):
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")[-2000:]

    def _read_line(self, deadline):
        """(line, None), or (None, problem) after a death or the deadline."""
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                self.stop()
                return None, "pyrust did not finish within %.0f s (3 runs)" % self.timeout
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                code = self.proc.wait()
                err = self._stderr_tail()
                self.stop()
                how = ("killed by signal %d" % -code) if code < 0 else ("exit status %d" % code)
                return None, "pyrust worker died (%s)\n%s" % (how, err)
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line, None

    def stop(self):
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout, self.stderr):
                try:
                    stream.close()
                except OSError:
                    pass
            self.proc = None

    def run_nothing(self):
        """Starts the worker now, so that a library that cannot load is reported once."""
        if self.proc is None or self.proc.poll() is not None:
            self._start()

    def run(self, path):
        """(runs, None) or (None, problem text)."""
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        try:
            self.proc.stdin.write((path + "\n").encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass
        line, problem = self._read_line(time.monotonic() + self.timeout)
        if problem is not None:
            return None, problem
        answer = json.loads(line)
        if answer["stray_stdout"]:
            return None, "pyrust wrote %d bytes to the host's stdout (fd 1)" % answer["stray_stdout"]
        runs = answer["runs"]
        for r in runs:
            for key in ("output", "error_type", "error_message", "traceback", "error_output"):
                r[key] = _unb64(r[key])
        return runs, None


# ---------------------------------------------------------------- expected results

class ExpectedCache:
    """CPython's results, kept across runs keyed by (program, oracle, python3 version)."""

    def __init__(self, directory):
        self.directory = directory
        with open(os.path.join(HERE, "oracle.py"), "rb") as f:
            oracle_text = f.read()
        self.salt = oracle.python_version().encode() + b"\0" + oracle_text + b"\0"

    def _path(self, source):
        key = hashlib.sha256(self.salt + source).hexdigest()
        return os.path.join(self.directory, key + ".json")

    def get(self, source):
        path = self._path(source)
        try:
            with open(path) as f:
                d = json.load(f)
            return _unb64(d["stdout"]), _unb64(d["stderr"])
        except (OSError, ValueError, KeyError):
            pass
        out, err, _ = oracle.expected(source)
        os.makedirs(self.directory, exist_ok=True)
        tmp = "%s.%d.%d.tmp" % (path, os.getpid(), threading.get_ident())
        with open(tmp, "w") as f:
            json.dump({"stdout": _b64(out), "stderr": _b64(err)}, f)
        os.replace(tmp, path)
        return out, err


# ---------------------------------------------------------------- comparison

FRAME_LINE = re.compile(rb'File "<string>", line (\d+)')
ADDRESS = re.compile(rb" at 0x[0-9a-fA-F]+")
ADDRESS_MASK = b" at 0xADDR"


def mask_addresses(text):
    """Object addresses (`<__main__.A object at 0x7f3a2b1c0d90>`) cannot match between
    two interpreters: every ` at 0x<hex>` becomes ` at 0xADDR`. None stays None."""
    return None if text is None else ADDRESS.sub(ADDRESS_MASK, text)


def mask_run(run):
    """One pyrust run's result with addresses masked in its output, traceback and message."""
    run = dict(run)
    for key in ("output", "traceback", "error_message", "error_output"):
        run[key] = mask_addresses(run[key])
    return run


def last_line_parts(traceback):
    """('ValueError', 'message') from a traceback's last line."""
    last = traceback.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    name, sep, message = last.partition(b": ")
    return name, message


def render(stdout, traceback):
    text = stdout.decode("utf-8", "backslashreplace")
    if not text.endswith("\n"):
        text += "<no newline at end>\n"
    parts = ["--- output ---\n", text]
    if traceback is not None:
        parts += ["--- traceback ---\n", traceback.decode("utf-8", "backslashreplace")]
    return "".join(parts).splitlines(keepends=True)


def diff_text(expected_lines, actual_lines, labels=("cpython", "pyrust")):
    lines = list(difflib.unified_diff(expected_lines, actual_lines, labels[0], labels[1], n=2))
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["... (%d more diff lines)\n" % (len(lines) - DIFF_LINES)]
    return "".join(l if l.endswith("\n") else l + "\n" for l in lines)


def check_structure(run):
    """Problems in one run's result that make it unusable whatever the program."""
    problems = []
    if run["returned"] != run["status"]:
        problems.append("pyrust_run returned %d but status is %d" % (run["returned"], run["status"]))
    if run["output"] is None:
        problems.append("output is NULL")
    if run["status"] == 0 and (run["traceback"] is not None or run["error_type"] is not None):
        problems.append("status OK but traceback/error_type set")
    if run["status"] != 0 and run["traceback"] is None:
        problems.append("status %d but traceback is NULL" % run["status"])
    return problems


def compare_program(name, exp_out, exp_err, runs):
    """A failure report (str) or None. Addresses are masked on both sides first."""
    exp_out, exp_err = mask_addresses(exp_out), mask_addresses(exp_err)
    runs = [mask_run(r) for r in runs]
    first = runs[0]
    reports = []
    for flags, run in zip(RUN_FLAGS, runs):
        reports += ["%s: %s" % ("cached" if flags else "uncached", p) for p in check_structure(run)]
    for label, run in (("cached (miss)", runs[1]), ("cached (hit)", runs[2])):
        if run != first:
            fields = [k for k in first if first[k] != run[k]]
            reports.append("%s differs from uncached in %s" % (label, ", ".join(fields)))
            if "output" in fields or "traceback" in fields:
                reports.append(diff_text(render(first["output"] or b"", first["traceback"]),
                                         render(run["output"] or b"", run["traceback"]),
                                         ("uncached", label)))
    actual_out = first["output"] or b""
    # CPython's stderr: what the program wrote there, then the traceback (none for SystemExit).
    shown_traceback = first["traceback"] if first["status"] in (1, 3) else None
    actual_err = (first["error_output"] or b"") + (shown_traceback or b"")
    if actual_out != exp_out or actual_err != exp_err:
        reports.append(diff_text(render(exp_out, exp_err if exp_err else None),
                                 render(actual_out, actual_err if actual_err else None)))
    elif first["status"] == 4:
        pass    # SystemExit with a non-zero code: CPython's exit status is not compared
    elif exp_err and first["status"] != 0:
        # Same text: the structured fields must say the same thing.
        want_type, want_message = last_line_parts(exp_err)
        if first["status"] != 1:
            reports.append("status %d, expected 1 (PYRUST_ERROR)" % first["status"])
        if (first["error_type"], first["error_message"]) != (want_type, want_message):
            reports.append("error_type/error_message %r/%r, traceback says %r/%r" % (
                first["error_type"], first["error_message"], want_type, want_message))
        frames = FRAME_LINE.findall(exp_err)
        if frames and first["error_line"] != int(frames[-1]):
            reports.append("error_line %d, traceback's innermost frame says %d"
                           % (first["error_line"], int(frames[-1])))
    elif first["status"] != 0 and not exp_err:
        reports.append("status %d on a program that succeeds" % first["status"])
    return "\n".join(r.rstrip("\n") for r in reports) if reports else None


def compare_unsupported(name, runs):
    first = runs[0]
    reports = []
    for flags, run in zip(RUN_FLAGS, runs):
        reports += ["%s: %s" % ("cached" if flags else "uncached", p) for p in check_structure(run)]
        if run != first:
            reports.append("cached and uncached results differ")
    etype = first["error_type"] or b""
    message = first["error_message"] or b""
    if first["status"] != 1 or etype not in (b"SyntaxError", b"NotImplementedError", b"ModuleNotFoundError") \
            or b"not supported" not in message:
        reports.append("expected SyntaxError/NotImplementedError/ModuleNotFoundError saying 'not supported'; "
                       "got status %d, %s: %s"
                       % (first["status"], etype.decode("utf-8", "replace"),
                          message.decode("utf-8", "replace")))
    return "\n".join(reports) if reports else None


# ---------------------------------------------------------------- program selection

def discover(pattern):
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    if pattern:
        names = [n for n in names if pattern in n or fnmatch.fnmatch(n, pattern)]
    return names


def read_known_failures():
    """({name: reason} expected to fail, {name: reason} to skip)."""
    xfail, skip = {}, {}
    try:
        with open(KNOWN_FAILURES) as f:
            lines = f.readlines()
    except OSError:
        return xfail, skip
    for raw in lines:
        entry, _, reason = raw.partition("#")
        words = entry.split()
        if not words:
            continue
        target = xfail
        if words[0] == "skip" and len(words) > 1:
            target, words = skip, words[1:]
        name = words[0][:-3] if words[0].endswith(".py") else words[0]
        target[name] = reason.strip()
    return xfail, skip


def read_program(name):
    with open(os.path.join(PROGRAMS_DIR, name + ".py"), "rb") as f:
        return f.read()


# ---------------------------------------------------------------- modes

def run_library(args):
    names = discover(args.k)
    if not names:
        print("no programs match")
        return 1
    xfail, skip = read_known_failures()
    all_names = set(discover(None))
    unknown = sorted(n for n in list(xfail) + list(skip) if n not in all_names)
    for n in unknown:
        print("FAIL   known_failures.txt names %s, which is not a program" % n)
    cache = ExpectedCache(args.cache_dir)
    to_run = [n for n in names if n not in skip]
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {n: pool.submit(cache.get, read_program(n))
                   for n in to_run if not n.startswith(UNSUPPORTED_PREFIX)}
        expected = {n: f.result() for n, f in futures.items()}

    worker = Worker(os.path.abspath(args.libpath), args.timeout)
    passed, failed, xfailed = 0, len(unknown), 0
    try:
        worker.run_nothing()
    except WorkerCannotStart as e:
        print("cannot load %s:\n%s" % (args.libpath, e))
        print("0 passed, %d failed" % len(names))
        return 1
    try:
        for name in names:
            if name in skip:
                if args.v:
                    print("SKIP   %s  (%s)" % (name, skip[name]))
                continue
            runs, problem = worker.run(os.path.join(PROGRAMS_DIR, name + ".py"))
            if problem is None:
                if name.startswith(UNSUPPORTED_PREFIX):
                    problem = compare_unsupported(name, runs)
                else:
                    problem = compare_program(name, *expected[name], runs)
            if name in xfail:
                if problem is None:
                    failed += 1
                    print("XPASS  %s  (listed in known_failures.txt: remove it)" % name)
                else:
                    xfailed += 1
                    if args.v:
                        print("xfail  %s  (%s)" % (name, xfail[name]))
            elif problem is None:
                passed += 1
                if args.v:
                    print("PASS   %s" % name)
            else:
                failed += 1
                print("FAIL   %s\n%s" % (name, problem.rstrip("\n")))
    finally:
        worker.stop()
    summary = "%d passed, %d failed" % (passed, failed)
    if xfailed:
        summary += ", %d xfailed" % xfailed
    skipped = sum(1 for n in names if n in skip)
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    return 1 if failed else 0


FORBIDDEN_NODES = {
    "AsyncWith": "async with",
    "AsyncFunctionDef": "async def", "Await": "await",
}
NONDETERMINISTIC_CALLS = {"id", "input", "open", "exec", "eval", "globals", "locals"}


def max_lines(name):
    return MAX_PROG_PROGRAM_LINES if name.startswith(PROG_PREFIX) else MAX_PROGRAM_LINES


def lint(name, source):
    """Rule breaches in the program text itself."""
    import ast
    problems = []
    if source.count(b"\n") + (not source.endswith(b"\n")) > max_lines(name):
        problems.append("longer than %d lines" % max_lines(name))
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return problems  # syntax-error programs are meant not to parse
    if name.startswith(UNSUPPORTED_PREFIX):
        return problems
    for node in ast.walk(tree):
        kind = type(node).__name__
        if kind in FORBIDDEN_NODES:
            problems.append("uses %s (line %d): not part of this issue's Python"
                            % (FORBIDDEN_NODES[kind], node.lineno))
        if kind == "Call" and isinstance(node.func, ast.Name) and node.func.id in NONDETERMINISTIC_CALLS:
            problems.append("calls %s() (line %d)" % (node.func.id, node.lineno))
    return problems


def check_python_program(name):
    """Problems with a program as a test (CPython side only)."""
    source = read_program(name)
    problems = lint(name, source)
    out1, err1, t1 = oracle.expected(source, hash_seed=0)
    out2, err2, t2 = oracle.expected(source, hash_seed=4242)
    # Addresses are masked when compared with pyrust, so they are here too.
    out1, err1, out2, err2 = (mask_addresses(t) for t in (out1, err1, out2, err2))
    if (out1, err1) != (out2, err2):
        problems.append("result depends on the hash seed (or is otherwise not deterministic):\n"
                        + diff_text(render(out1, err1 or None), render(out2, err2 or None)))
    if min(t1, t2) > SLOW_SECONDS:
        problems.append("slow: %.2f s per CPython run" % min(t1, t2))
    if re.search(rb"^<string>:\d+: \w*Warning", err1, re.M):
        problems.append("CPython prints a warning (pyrust has no warnings):\n" + err1.decode("utf-8", "replace"))
    if name.startswith(UNSUPPORTED_PREFIX):
        if err1:
            problems.append("CPython fails on it; an unsupported_* program must be valid Python:\n"
                            + err1.decode("utf-8", "replace"))
        return problems, (out1, err1, min(t1, t2))
    # The rewrite must not move any line: the unchanged program gives the same stderr,
    # and its stdout is a prefix of the rewritten program's (which adds the repr).
    if oracle.rewrite(source) is not None:
        raw_out, raw_err, _ = oracle.run_python(source)
        raw_out, raw_err = mask_addresses(raw_out), mask_addresses(raw_err)
        if raw_err != err1:
            problems.append("the oracle's rewrite changed stderr:\n"
                            + diff_text(render(b"", raw_err), render(b"", err1)))
        if not out1.startswith(raw_out):
            problems.append("the oracle's rewrite changed stdout")
    return problems, (out1, err1, min(t1, t2))


def run_python_only(args):
    names = discover(args.k)
    passed = failed = 0
    slowest = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(check_python_program, names))
    for name, (problems, (out, err, seconds)) in zip(names, results):
        slowest.append((seconds, name))
        if problems:
            failed += 1
            print("FAIL   %s\n%s" % (name, "\n".join(p.rstrip("\n") for p in problems)))
        else:
            passed += 1
            if args.v:
                last = err.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode("utf-8", "replace") if err else "ok"
                print("PASS   %-40s %5.0f ms  %s" % (name, seconds * 1000, last))
    slowest.sort(reverse=True)
    print("most CPU-hungry CPython runs: " + ", ".join("%s %.0f ms" % (n, s * 1000) for s, n in slowest[:3]))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        worker_main(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("libpath", nargs="?", help="path to libpyrust.so")
    parser.add_argument("-k", metavar="PATTERN", help="only programs whose name contains PATTERN (or matches it as a glob)")
    parser.add_argument("-v", action="store_true", help="one line per program")
    parser.add_argument("--jobs", type=int, default=2, help="CPython oracles run in parallel (default 2)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds pyrust gets per program (3 runs)")
    parser.add_argument("--cache-dir", default=DEFAULT_CACHE_DIR, help="where CPython's results are kept")
    parser.add_argument("--shared", action="store_true",
                        help="runs 2 and 3 through the shared compile cache (3 decodes the stored image)")
    parser.add_argument("--python-only", action="store_true",
                        help="check the programs with CPython alone (deterministic, quick, within the rules)")
    args = parser.parse_args()
    if args.python_only:
        return run_python_only(args)
    if not args.libpath:
        parser.error("LIBPATH is required unless --python-only")
    if not os.path.exists(args.libpath):
        parser.error("no such library: %s" % args.libpath)
    if args.shared:
        os.environ[SHARED_ENV] = "1"     # the workers inherit it
    return run_library(args)


if __name__ == "__main__":
    sys.exit(main())
