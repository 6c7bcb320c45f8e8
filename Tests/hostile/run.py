#!/usr/bin/env python3
"""Hostile-input suite: programs aimed at the interpreter's weak spots, each run through
pyrust_run_ex under limits in a child process (hostile_runner), on the main thread, on a
thread with a 64 KiB stack and on one with PTHREAD_STACK_MIN (16 KiB, the smallest stack
README "Native stack" documents).

    run.py RUNNER [-k PATTERN] [-v] [--jobs N]

RUNNER is the hostile_runner binary (built by `make hostile`, linked to build/libpyrust.so).
Programs: programs/*.py (hand-written) and gen.generated() (written to
build/hostile/generated/). A run passes when the child exits normally having printed its
status line, the status is OK, ERROR, LIMIT_EXCEEDED or EXIT (a Python error is fine; a
signal, a hang or an abnormal exit is not), its maximum RSS stayed under 1 GiB, and a
`2 + 2` run on the same thread afterwards returned "4". A program passes when all three
runs pass and give the same status and error type (results must not depend on the stack).

known_failures.txt lists programs expected to fail, each with its reason: they still run,
are counted as xfail, and one that passes is an XPASS that fails the suite.
"""
import argparse
import concurrent.futures
import fnmatch
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

PROGRAMS_DIR = os.path.join(HERE, "programs")
GENERATED_DIR = os.path.join(REPO_ROOT, "build", "hostile", "generated")
KNOWN_FAILURES = os.path.join(HERE, "known_failures.txt")
MODES = ("main", "65536", "min")
MODE_NAMES = {"main": "main thread", "65536": "64 KiB stack", "min": "PTHREAD_STACK_MIN stack"}
STATUS_NAMES = {0: "OK", 1: "ERROR", 3: "LIMIT_EXCEEDED", 4: "EXIT"}
RSS_CAP_KB = 1 << 20
CHILD_TIMEOUT = 20  # the runner's own alarm fires at 10 s
LINE = re.compile(r"^status=(-?\d+) type=(\S+) outlen=(\d+) check=(ok|bad) maxrss_kb=(\d+)$")


def load_known_failures():
    known = {}
    if os.path.exists(KNOWN_FAILURES):
        for raw in open(KNOWN_FAILURES, encoding="utf-8"):
            body = raw.split("#", 1)
            name = body[0].strip()
            if name:
                known[name] = body[1].strip() if len(body) > 1 else ""
    return known


def collect():
    """[(name, path)] of every program, the generated ones written out first."""
    progs = []
    for f in sorted(os.listdir(PROGRAMS_DIR)):
        if f.endswith(".py"):
            progs.append((f[:-3], os.path.join(PROGRAMS_DIR, f)))
    os.makedirs(GENERATED_DIR, exist_ok=True)
    for name, data in sorted(gen.generated().items()):
        path = os.path.join(GENERATED_DIR, name + ".py")
        try:
            with open(path, "rb") as f:
                same = f.read() == data
        except OSError:
            same = False
        if not same:
            with open(path, "wb") as f:
                f.write(data)
        progs.append((name, path))
    names = [n for n, _ in progs]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        sys.exit("hostile: duplicate program names: %s" % ", ".join(sorted(dup)))
    return progs


def run_one(runner, mode, path):
    """(ok, summary) of one child run; summary is 'STATUS TYPE' when ok, else the problem."""
    try:
        proc = subprocess.run([runner, mode, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return False, "hang (no answer within %d s)" % CHILD_TIMEOUT
    # The first line says most (Swift's "Fatal error: ..."); the stack trace after it does not.
    err = proc.stderr.decode("utf-8", "replace").strip().split("\n", 1)[0][:200]
    if proc.returncode < 0:
        how = "SIGALRM: hang" if -proc.returncode == 14 else "signal %d" % -proc.returncode
        return False, "crash (%s) %s" % (how, err)
    if proc.returncode != 0:
        return False, "exit status %d %s" % (proc.returncode, err)
    m = LINE.match(proc.stdout.decode("utf-8", "replace").strip())
    if not m:
        return False, "no status line: %r %s" % (proc.stdout[-200:], err)
    status, etype, _outlen, check, rss = int(m.group(1)), m.group(2), m.group(3), m.group(4), int(m.group(5))
    if status not in STATUS_NAMES:
        return False, "unexpected status %d (%s)" % (status, etype)
    if check != "ok":
        return False, "thread unusable afterwards: 2 + 2 did not give 4 (run: %s %s)" % (STATUS_NAMES[status], etype)
    if rss > RSS_CAP_KB:
        return False, "runaway memory: max RSS %d MiB (cap %d MiB)" % (rss >> 10, RSS_CAP_KB >> 10)
    return True, "%s %s" % (STATUS_NAMES[status], etype)


def judge(name, runs):
    """(passed, detail) for a program from its {mode: (ok, summary)}."""
    problems = ["%s: %s" % (MODE_NAMES[m], s) for m in MODES for ok, s in [runs[m]] if not ok]
    if problems:
        return False, "; ".join(problems)
    results = {runs[m][1] for m in MODES}
    if len(results) > 1:
        return False, "depends on the stack size: " + ", ".join("%s -> %s" % (MODE_NAMES[m], runs[m][1]) for m in MODES)
    return True, runs[MODES[0]][1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runner")
    ap.add_argument("-k", dest="pattern", help="only programs whose name contains this (or matches this glob)")
    ap.add_argument("-v", action="store_true", help="print every program's result")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    runner = os.path.abspath(args.runner)
    known = load_known_failures()
    progs = collect()
    if args.pattern:
        progs = [(n, p) for n, p in progs if args.pattern in n or fnmatch.fnmatch(n, args.pattern)]
    names = {n for n, _ in progs}
    stale = sorted(n for n in known if n not in names and not args.pattern)
    jobs = [(n, p, m) for n, p in progs for m in MODES]
    results, seconds, started = {}, {}, {}

    def timed(n, m, p):
        started[(n, m)] = time.monotonic()
        return run_one(runner, m, p)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(timed, n, m, p): (n, m) for n, p, m in jobs}
        for fut in concurrent.futures.as_completed(futures):
            n, m = futures[fut]
            results.setdefault(n, {})[m] = fut.result()
            seconds[n] = max(seconds.get(n, 0.0), time.monotonic() - started[(n, m)])

    passed = xfail = 0
    failures, xpasses = [], []
    for name, _ in progs:
        ok, detail = judge(name, results[name])
        if name in known:
            if ok:
                xpasses.append(name)
                print("XPASS %s (listed in known_failures.txt: remove it)" % name)
            else:
                xfail += 1
                if args.v:
                    print("xfail %s: %s  [known: %s]" % (name, detail, known[name]))
        elif ok:
            passed += 1
            if args.v:
                print("ok    %s: %s" % (name, detail))
        else:
            failures.append(name)
            print("FAIL  %s: %s" % (name, detail))
    for n in stale:
        print("STALE known_failures.txt names %s, which is not a program" % n)
    print("hostile: %d programs (%d runs: main thread, 64 KiB stack, PTHREAD_STACK_MIN stack): "
          "%d passed, %d known failures (xfail), %d failed, %d xpass"
          % (len(progs), len(jobs), passed, xfail, len(failures), len(xpasses)))
    slow = sorted(seconds, key=seconds.get, reverse=True)[:5]
    print("slowest runs: " + ", ".join("%s %.1fs" % (n, seconds[n]) for n in slow))
    if xfail:
        print("known failures: " + ", ".join(n for n, _ in progs if n in known and n not in xpasses))
    return 1 if failures or xpasses or stale else 0


if __name__ == "__main__":
    sys.exit(main())
