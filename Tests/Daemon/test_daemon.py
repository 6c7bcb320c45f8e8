#!/usr/bin/env python3
"""Tests of the daemon as a user drives it: `BIN serve`, `BIN --connect`, `BIN stats`.

    test_daemon.py BIN LOAD_TEST [-k PATTERN]

BIN is build/pyrust, or build/tests/daemon_driver (same arguments) before cli/main.c lands.
LOAD_TEST is build/tests/daemon_load. DAEMON_LOAD_REQUESTS sets requests per load client
(default 10000, 8 clients). Programs run through --connect are compared with python3 -c.
"""
import os
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import time

BIN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "build/tests/daemon_driver"
LOAD = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else "build/tests/daemon_load"
PATTERN = sys.argv[sys.argv.index("-k") + 1] if "-k" in sys.argv else ""
TMP = tempfile.mkdtemp(prefix="pyrust-daemon-test-")
HEADER = struct.Struct("<IHHIIQQQIIII")     # the request header (docs/protocol.md)
RESPONSE = struct.Struct("<IHHiiiiIIIIIIII")
assert HEADER.size == 56 and RESPONSE.size == 56

failures = []


def sock_path(name):
    return os.path.join(TMP, name + ".sock")


def run(args, stdin=None, env=None, timeout=30, cwd=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=timeout, env=e, cwd=cwd)


def wait_for(cond, seconds=10.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.01)
    return cond()


def can_connect(path):
    s = socket.socket(socket.AF_UNIX)
    try:
        s.connect(path)
        return True
    except OSError:
        return False
    finally:
        s.close()


class Server:
    """A foreground `serve`, ready once it has said so on stderr."""

    def __init__(self, name, *options):
        self.path = sock_path(name)
        self.proc = subprocess.Popen([BIN, "serve", "--socket", self.path] + list(options),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = self.proc.stderr.readline().decode()
        check("listening on" in line, f"serve said {line!r}")
        # Readiness is reported only once the socket accepts connections.
        check(can_connect(self.path), "not accepting connections when it said it was ready")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = "hung"
        self.proc.stderr.close()
        self.proc.stdout.close()
        return rc

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class Failed(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failed(message)


def raw_request(path, header_fields=None, body=b"", raw=None, end=False):
    """Sends one request frame (or raw bytes), returns (type, status, message) of the answer."""
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(10)          # a server that never answers fails the test instead of hanging it
    s.connect(path)
    try:
        if raw is None:
            f = dict(magic=0x51525950, version=1, type=1, flags=0, depth=0, instr=0, timeout=0, output=0,
                     source_len=len(body), filename_len=0, argv_len=0, argc=0)
            f.update(header_fields or {})
            if "source_len" not in (header_fields or {}):
                f["source_len"] = len(body) - f["filename_len"] - f["argv_len"]
            raw = HEADER.pack(*f.values()) + body
        try:
            s.sendall(raw)
            if end:              # the frame ends here: the rest never comes
                s.shutdown(socket.SHUT_WR)
        except BrokenPipeError:
            pass
        return read_response(s)
    finally:
        s.close()


def read_response(s):
    data = b""
    while len(data) < RESPONSE.size:
        chunk = s.recv(65536)
        if not chunk:
            return None
        data += chunk
    h = RESPONSE.unpack(data[:RESPONSE.size])
    body_len = sum(h[9:14])
    while len(data) < RESPONSE.size + body_len:
        chunk = s.recv(65536)
        if not chunk:
            return None
        data += chunk
    body = data[RESPONSE.size:]
    lens = h[9:14]
    texts, at = [], 0
    for n in lens:
        texts.append(body[at:at + n])
        at += n
    return h[2], h[3], texts[3].decode(), texts[0]


# ---- tests ----------------------------------------------------------------------------------

def test_no_daemon_message():
    path = sock_path("nobody")
    r = run(["--connect", "--socket", path, "-c", "print(1)"])
    check(r.returncode == 2, f"exit {r.returncode}")
    want = f"pyrust --connect: no daemon listening on {path} (start one with `pyrust serve`)\n"
    check(r.stderr.decode() == want, f"stderr {r.stderr!r}")
    check(r.stdout == b"", "printed something")
    # A regular file there is not a daemon either (and --connect never runs the program itself).
    open(path, "w").close()
    r = run(["--connect", "--socket", path, "-c", "print(1)"])
    check(r.returncode == 2 and r.stdout == b"", f"exit {r.returncode}, stdout {r.stdout!r}")
    os.unlink(path)
    r = run(["stats", "--socket", path])
    check(r.returncode == 2 and b"no daemon listening" in r.stderr, f"stats: {r.returncode} {r.stderr!r}")


def test_serve_and_stats_options():
    r = run(["serve", "--bogus"])
    check(r.returncode == 2 and b"unknown option --bogus" in r.stderr, f"{r!r}")
    r = run(["serve", "--workers", "0", "--socket", sock_path("opts")])
    check(r.returncode == 2 and b"--workers must be 1 to 256" in r.stderr, f"{r!r}")
    r = run(["serve", "--timeout", "soon", "--socket", sock_path("opts")])
    check(r.returncode == 2 and b"not a number" in r.stderr, f"{r!r}")
    r = run(["serve", "--help"])
    check(r.returncode == 0 and b"--max-request BYTES" in r.stdout, f"{r!r}")
    r = run(["stats", "--bogus"])
    check(r.returncode == 2 and b"unknown option" in r.stderr, f"{r!r}")
    check(not os.path.exists(sock_path("opts")), "a refused start left a socket")


def test_default_socket_path():
    env = {"XDG_RUNTIME_DIR": ""}
    r = run(["--connect", "-c", "1"], env=env)
    want = f"/tmp/pyrust-{os.getuid()}/pyrust.sock"
    check(want in r.stderr.decode() or "socket directory" in r.stderr.decode(), f"stderr {r.stderr!r}")
    xdg = os.path.join(TMP, "xdg")
    os.makedirs(xdg, mode=0o700, exist_ok=True)
    p = subprocess.Popen([BIN, "serve", "--workers", "1"], env=dict(os.environ, XDG_RUNTIME_DIR=xdg),
                         stderr=subprocess.PIPE)
    try:
        line = p.stderr.readline().decode()
        check(os.path.join(xdg, "pyrust.sock") in line, f"serve said {line!r}")
        r = run(["--connect", "-c", "print(6 * 7)"], env={"XDG_RUNTIME_DIR": xdg})
        check(r.stdout == b"42\n" and r.returncode == 0, f"{r.returncode} {r.stdout!r} {r.stderr!r}")
    finally:
        p.send_signal(signal.SIGTERM)
        check(p.wait(timeout=10) == 0, "exit status")
        p.stderr.close()
    check(not os.path.exists(os.path.join(xdg, "pyrust.sock")), "socket left behind")


PROGRAMS = [
    "print('hello')\n2 + 2",                      # script mode: no echo of the last expression
    "x = [1, 2, 3]\nprint(sum(x))\nx",
    "x = 1\n1 / 0",
    "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)",
    "raise SystemExit('bye')",
    "raise SystemExit(0)",
    "def f(:\n    pass",
    "def g(n):\n    return g(n + 1)\ng(0)",
    "class E(Exception):\n    pass\ntry:\n    raise E('caught')\nexcept E as e:\n    print(type(e).__name__, e)\n{'a': 1}['b']",
    "if True:\n    print('block')\n# trailing comment",
    "print('no newline at end', end='')",
    "x = (1,\n",
    "s = 'line \\\\\n",
    # Script mode at the edges: nothing, only a comment, CRLF, a dangling continuation or
    # string, a block.
    "",
    "# only a comment",
    "x = 1\r\nx\r\n",
    "x = 1 + \\",
    "s = \"\"\"abc",
    "if True:\n    5",
    "1 +",
]


def test_connect_matches_python3():
    with Server("match", "--workers", "2") as srv:
        for src in PROGRAMS:
            want = subprocess.run(["python3", "-c", src], capture_output=True, timeout=30)
            got = run(["--connect", "--socket", srv.path, "-c", src])
            same = (got.stdout, got.returncode) == (want.stdout, want.returncode)
            # The last line of stderr (the error itself) must match; a traceback's frames
            # are compared in full only where pyrust prints CPython's exact frames.
            same = same and got.stderr.splitlines()[-1:] == want.stderr.splitlines()[-1:]
            check(same, f"program {src!r}: pyrust {got.returncode} {got.stdout!r} {got.stderr!r}, "
                        f"python3 {want.returncode} {want.stdout!r} {want.stderr!r}")
        for src in ["x = 1\n1 / 0", "def f(:\n    pass"]:
            want = subprocess.run(["python3", "-c", src], capture_output=True, timeout=30)
            got = run(["--connect", "--socket", srv.path, "-c", src])
            check(got.stderr == want.stderr, f"traceback of {src!r}: {got.stderr!r} vs {want.stderr!r}")
        # From stdin and from a file.
        got = run(["--connect", "--socket", srv.path, "-"], stdin=b"print('from stdin')\n")
        check(got.stdout == b"from stdin\n" and got.returncode == 0, f"stdin: {got!r}")
        script = os.path.join(TMP, "script.py")
        with open(script, "w") as f:
            f.write("for i in range(3):\n    print(i)\n")
        got = run(["--connect", "--socket", srv.path, script])
        check(got.stdout == b"0\n1\n2\n" and got.returncode == 0, f"file: {got!r}")


def test_connect_file_is_a_local_run():
    """A script file with arguments: stdout, stderr (the traceback with the file's absolute
    path, source lines and markers) and status are those of a local `pyrust FILE args` run,
    and python3's."""
    if os.path.basename(BIN) != "pyrust":
        return
    d = tempfile.mkdtemp(prefix="pyrust-connect-")
    script = os.path.join(d, "tool.py")
    with open(script, "w") as f:
        f.write("import sys\nprint(sys.argv[1:])\nprint('to stderr', file=sys.stderr)\n"
                "def div(a, b):\n    return a / b\n\ndiv(len(sys.argv), 0)\n")
    with Server("file", "--workers", "1") as srv:
        for args in (["tool.py", "a", "b c"], ["tool.py"]):
            local = run(args, cwd=d)
            remote = run(["--connect", "--socket", srv.path] + args, cwd=d)
            want = subprocess.run(["python3"] + args, capture_output=True, timeout=30, cwd=d)
            check((remote.stdout, remote.stderr, remote.returncode) == (local.stdout, local.stderr, local.returncode),
                  f"--connect {args}: {remote!r} local {local!r}")
            check((remote.stdout, remote.stderr, remote.returncode) == (want.stdout, want.stderr, want.returncode),
                  f"--connect {args}: {remote!r} python3 {want!r}")


def test_live_daemon_refused_and_socket_mode():
    with Server("live", "--workers", "1") as srv:
        mode = stat.S_IMODE(os.lstat(srv.path).st_mode)
        check(mode == 0o600, f"socket mode {oct(mode)}")
        r = run(["serve", "--socket", srv.path])
        check(r.returncode == 1, f"second serve exit {r.returncode}")
        check(b"already listening on " + srv.path.encode() in r.stderr, f"stderr {r.stderr!r}")
        got = run(["--connect", "--socket", srv.path, "-c", "print('still served')"])
        check(got.stdout == b"still served\n", "the first daemon stopped serving")


def test_stale_socket_replaced_and_not_a_socket_refused():
    path = sock_path("stale")
    s = socket.socket(socket.AF_UNIX)
    s.bind(path)          # bound, never listened, closed: a stale socket file
    s.close()
    check(os.path.exists(path), "no stale socket to test with")
    with Server("stale", "--workers", "1") as srv:
        got = run(["--connect", "--socket", srv.path, "-c", "print('fresh')"])
        check(got.stdout == b"fresh\n", f"{got!r}")
    plain = sock_path("plainfile")
    with open(plain, "w") as f:
        f.write("keep me")
    r = run(["serve", "--socket", plain])
    check(r.returncode == 1 and b"not a socket" in r.stderr, f"{r.returncode} {r.stderr!r}")
    check(open(plain).read() == "keep me", "the file was touched")


def test_detach_readiness_and_sigterm_cleanup():
    path = sock_path("detached")
    # A relative --socket names the same file after the daemon leaves the directory.
    r = run(["serve", "--socket", "detached.sock", "--detach", "--workers", "1"], cwd=TMP)
    check(r.returncode == 0, f"exit {r.returncode} {r.stderr!r}")
    # The parent returned only once the child listens: connect right away.
    check(can_connect(path), "not listening when --detach returned")
    out = r.stdout.decode()
    check("(pid " in out, f"stdout {out!r}")
    pid = int(out.split("(pid ")[1].split(",")[0])
    got = run(["--connect", "--socket", path, "-c", "print('detached')"])
    check(got.stdout == b"detached\n", f"{got!r}")
    os.kill(pid, signal.SIGTERM)
    check(wait_for(lambda: not os.path.exists(f"/proc/{pid}") or
                   open(f"/proc/{pid}/stat").read().split(") ")[1][0] == "Z"), "daemon still running")
    check(not os.path.exists(path), "socket left behind")
    # --detach reports a failure to start with a non-zero status.
    with Server("detach-busy", "--workers", "1") as srv:
        r = run(["serve", "--socket", srv.path, "--detach"])
        check(r.returncode == 1 and b"already listening" in r.stderr, f"{r.returncode} {r.stderr!r}")


def test_sigterm_finishes_in_flight_request():
    srv = Server("inflight", "--workers", "1")
    n = 20000000   # about a second of work
    src = f"s = 0\nfor i in range({n}):\n    s += i\nprint(s)"
    client = subprocess.Popen([BIN, "--connect", "--socket", srv.path, "-c", src],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    check(wait_for(lambda: in_flight(srv.path) == 1), "the request never arrived")
    was_running = client.poll() is None
    rc = srv.stop()
    out, err = client.communicate(timeout=30)
    check(was_running, "the request ended before SIGTERM: the test proves nothing")
    check(rc == 0, f"server exit {rc}")
    check(out == b"%d\n" % sum(range(n)) and client.returncode == 0,
          f"in-flight request: {client.returncode} {out!r} {err!r}")
    check(not os.path.exists(srv.path), "socket left behind")


def test_sigint_stops_cleanly():
    srv = Server("sigint", "--workers", "1")
    srv.proc.send_signal(signal.SIGINT)
    rc = srv.proc.wait(timeout=10)
    err = srv.proc.stderr.read().decode()
    srv.stop()
    check(rc == 0 and "stopped" in err, f"exit {rc}, stderr {err!r}")
    check(not os.path.exists(srv.path), "socket left behind")
    got = run(["--connect", "--socket", srv.path, "-c", "1"])
    check(got.returncode == 2 and b"no daemon listening" in got.stderr, f"{got!r}")


def test_sigterm_cancels_a_runaway_after_the_grace_period():
    srv = Server("runaway", "--workers", "1", "--timeout", "0")
    client = subprocess.Popen([BIN, "--connect", "--socket", srv.path, "-c", "while True:\n    pass"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    check(wait_for(lambda: in_flight(srv.path) == 1), "the request never arrived")
    t0 = time.monotonic()
    rc = srv.stop()
    took = time.monotonic() - t0
    out, err = client.communicate(timeout=30)
    check(rc == 0 and 4 < took < 9, f"server exit {rc} after {took:.1f} s")
    check(client.returncode == 1 and b"LimitExceeded: run cancelled by the host" in err, f"{err!r}")
    check(not os.path.exists(srv.path), "socket left behind")


def test_limits_and_worker_survives():
    with Server("limits", "--workers", "1", "--timeout", "200") as srv:
        t0 = time.monotonic()
        got = run(["--connect", "--socket", srv.path, "-c", "while True:\n    pass"])
        check(got.returncode == 1 and b"LimitExceeded: time limit of 200 ms exceeded" in got.stderr,
              f"server timeout: {got.returncode} {got.stderr!r}")
        check(time.monotonic() - t0 < 10, "took too long")
        # The client's own (smaller) limits, from the PYRUST_* variables a local run reads.
        got = run(["--connect", "--socket", srv.path, "-c", "while True:\n    pass"],
                  env={"PYRUST_MAX_INSTRUCTIONS": "5000"})
        check(b"LimitExceeded: instruction limit of 5000 exceeded" in got.stderr, f"{got.stderr!r}")
        # A larger timeout than the server's maximum is cut to the maximum.
        got = run(["--connect", "--socket", srv.path, "-c", "while True:\n    pass"],
                  env={"PYRUST_TIMEOUT_MS": "999999"})
        check(b"time limit of 200 ms exceeded" in got.stderr, f"{got.stderr!r}")
        got = run(["--connect", "--socket", srv.path, "-c", "print('x' * 50)\nprint('y' * 80)"],
                  env={"PYRUST_MAX_OUTPUT": "60"})
        check(got.returncode == 1 and got.stdout.startswith(b"x" * 50 + b"\n") and
              b"output limit of 60 bytes exceeded" in got.stderr, f"{got!r}")
        got = run(["--connect", "--socket", srv.path, "-c", "print('after', 6 * 7)"])
        check(got.stdout == b"after 42\n" and got.returncode == 0, "the worker did not go on serving")


def test_idle_clients_do_not_block_one_worker():
    with Server("idle", "--workers", "1") as srv:
        idle = socket.socket(socket.AF_UNIX)
        idle.connect(srv.path)
        half = socket.socket(socket.AF_UNIX)
        half.connect(srv.path)
        half.sendall(HEADER.pack(0x51525950, 1, 1, 0, 0, 0, 0, 0, 100, 0, 0, 0)[:20])  # mid-header
        body = socket.socket(socket.AF_UNIX)
        body.connect(srv.path)
        body.sendall(HEADER.pack(0x51525950, 1, 1, 0, 0, 0, 0, 0, 100, 0, 0, 0) + b"x = 1\n")  # mid-body
        got = run(["--connect", "--socket", srv.path, "-c", "print('busy one served')"], timeout=10)
        check(got.stdout == b"busy one served\n", f"{got!r}")
        for s in (idle, half, body):
            s.close()


def test_many_idle_connections_and_max_clients():
    with Server("many", "--workers", "1") as srv:
        idle = []
        for _ in range(300):
            c = socket.socket(socket.AF_UNIX)
            c.connect(srv.path)
            idle.append(c)
        got = run(["--connect", "--socket", srv.path, "-c", "print('among 300 idle')"], timeout=10)
        check(got.stdout == b"among 300 idle\n", f"{got!r}")
        fields = dict(line.split(": ", 1) for line in run(["stats", "--socket", srv.path]).stdout.decode().splitlines())
        check(int(fields["connections_open"]) == 301, f"connections_open {fields['connections_open']}")
        for c in idle:
            c.close()
    with Server("full", "--workers", "1", "--max-clients", "2") as srv:
        time.sleep(0.2)   # the readiness probe's connection is gone
        a, b = socket.socket(socket.AF_UNIX), socket.socket(socket.AF_UNIX)
        for c in (a, b):      # both served: each holds a slot
            c.settimeout(10)
            c.connect(srv.path)
            c.sendall(HEADER.pack(0x51525950, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0) + b"7")
            r = read_response(c)
            check(r is not None and r[:2] == (1, 0) and r[3] == b"7", f"slot client: {r}")
        r = raw_request(srv.path, {}, b"1")
        check(r[:2] == (3, 8) and "too many connections" in r[2], f"third client: {r}")
        a.close()
        check(wait_for(lambda: run(["--connect", "--socket", srv.path, "-c", "print(1)"]).stdout == b"1\n", 5),
              "a freed slot is not reused")
        b.close()


def test_client_gone_mid_run_frees_the_worker():
    # One worker, no timeout: only cancellation on hang-up can free it for the next client.
    with Server("hangup", "--workers", "1", "--timeout", "0") as srv:
        c = socket.socket(socket.AF_UNIX)
        c.connect(srv.path)
        src = b"while True:\n    pass"
        c.sendall(HEADER.pack(0x51525950, 1, 1, 0, 0, 0, 0, 0, len(src), 0, 0, 0) + src)
        time.sleep(0.2)
        c.close()
        got = run(["--connect", "--socket", srv.path, "-c", "print('next')"], timeout=10)
        check(got.stdout == b"next\n", f"{got!r}")
        fields = dict(line.split(": ", 1) for line in run(["stats", "--socket", srv.path]).stdout.decode().splitlines())
        check(fields["limit_exceeded"] == "1" and fields["requests"] == "2", f"stats {fields}")


def test_protocol_errors():
    with Server("proto", "--workers", "1", "--max-request", "1000") as srv:
        r = raw_request(srv.path, {"version": 2})
        check(r[:2] == (3, 2) and "unsupported protocol version 2 (this server speaks 1)" in r[2], f"{r}")
        r = raw_request(srv.path, raw=b"GET / HTTP/1.0\r\n\r\n" + b"\0" * 40)
        check(r[:2] == (3, 1), f"bad magic: {r}")
        r = raw_request(srv.path, {}, b"x" * 1001)
        check(r[:2] == (3, 3) and "over the server's limit of 1000 bytes" in r[2], f"too large: {r}")
        r = raw_request(srv.path, raw=HEADER.pack(0x51525950, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)[:30], end=True)
        check(r[:2] == (3, 4), f"truncated header: {r}")
        r = raw_request(srv.path, {"filename_len": 1}, b"1\xff")
        check(r[:2] == (3, 5), f"invalid UTF-8 filename: {r}")
        r = raw_request(srv.path, {"argc": 1, "argv_len": 2}, b"1ab")
        check(r[:2] == (3, 7), f"argv without NUL: {r}")
        r = raw_request(srv.path, {"flags": 0x100}, b"1")
        check(r[:2] == (3, 7), f"unknown flags: {r}")
        r = raw_request(srv.path, {"source_len": 10}, b"print(", end=True)
        check(r[:2] == (3, 4) and "truncated request body: 6 of 10 bytes" in r[2], f"truncated body: {r}")
        r = raw_request(srv.path, {"type": 9})
        check(r[:2] == (3, 6), f"unknown type: {r}")
        # Invalid UTF-8 in the source is the program's SyntaxError, as in a local run.
        r = raw_request(srv.path, {}, b"x = '\xff'")
        check(r[0] == 1 and r[1] == 1, f"invalid UTF-8 source: {r}")
        # A too-large program through --connect: a clear refusal, not a local run.
        big = "x = 1\n" * 200
        got = run(["--connect", "--socket", srv.path, "-c", big])
        check(got.returncode == 2 and b"refused the request" in got.stderr and got.stdout == b"", f"{got!r}")
        got = run(["stats", "--socket", srv.path])
        check(got.returncode == 0, "stats failed")
        fields = dict(line.split(": ", 1) for line in got.stdout.decode().splitlines())
        for k in ("uptime_s", "requests", "errors", "cache_hit_rate", "cache_size", "latency_p50_us",
                  "latency_p99_us", "protocol_errors"):
            check(k in fields, f"stats lacks {k}")
        check(fields["protocol_errors"] == "10" and fields["requests"] == "1", f"stats {fields}")


def test_random_frames_never_wedge_the_server():
    import random
    rng = random.Random(1234)
    with Server("fuzz", "--workers", "2", "--max-request", "4096", "--timeout", "200") as srv:
        for i in range(400):
            fields = [0x51525950, 1, rng.choice([1, 1, 1, 2, 3, 77]), rng.choice([0, 0, 1, 2, 4, 1 << 31]),
                      rng.randrange(0, 2000), rng.choice([0, 1000, 1 << 63]), rng.choice([0, 5, 50]),
                      rng.choice([0, 10, 1 << 40]), rng.randrange(0, 300), rng.randrange(0, 8), rng.randrange(0, 8),
                      rng.randrange(0, 3)]
            header = bytearray(HEADER.pack(*fields))
            if i % 7 == 0:                      # flip bytes anywhere in the header
                for _ in range(3):
                    header[rng.randrange(56)] = rng.randrange(256)
            body = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 320)))
            frame = bytes(header) + body
            cut = rng.choice([len(frame), len(frame), rng.randrange(len(frame) + 1)])
            c = socket.socket(socket.AF_UNIX)
            c.settimeout(10)
            c.connect(srv.path)
            try:
                c.sendall(frame[:cut])
                c.shutdown(socket.SHUT_WR)
                while c.recv(65536):
                    pass
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                c.close()
        got = run(["--connect", "--socket", srv.path, "-c", "print('alive')"])
        check(got.stdout == b"alive\n", f"after random frames: {got!r}")
        check(srv.proc.poll() is None, "the server died")


def test_cache_hits_counted():
    with Server("cache", "--workers", "1") as srv:
        for _ in range(3):
            run(["--connect", "--socket", srv.path, "-c", "print(sum(range(10)))"])
        fields = dict(line.split(": ", 1) for line in run(["stats", "--socket", srv.path]).stdout.decode().splitlines())
        check(fields["cache_hits"] == "2" and fields["cache_misses"] == "1" and fields["cache_size"] == "1",
              f"cache stats {fields}")


def in_flight(path):
    out = run(["stats", "--socket", path]).stdout.decode()
    fields = dict(line.split(": ", 1) for line in out.splitlines())
    return int(fields.get("requests_in_flight", "-1"))


def cpu_ticks(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(") ", 1)[1].split()
    return int(fields[11]) + int(fields[12])   # utime + stime


def test_load_then_idle_cpu():
    n = os.environ.get("DAEMON_LOAD_REQUESTS", "10000")
    with Server("load", "--workers", "2") as srv:
        t0 = time.monotonic()
        r = subprocess.run([LOAD, srv.path, str(srv.proc.pid), "8", n], capture_output=True, timeout=300)
        print("   ", r.stdout.decode().strip().replace("\n", "\n    "), f"({time.monotonic() - t0:.1f} s)")
        check(r.returncode == 0, r.stderr.decode()[-2000:])
        # Idle: a client connected but silent, and nothing else. No CPU at all (1 tick of slack).
        idle = socket.socket(socket.AF_UNIX)
        idle.connect(srv.path)
        time.sleep(0.2)
        before = cpu_ticks(srv.proc.pid)
        time.sleep(1.0)
        used = cpu_ticks(srv.proc.pid) - before
        idle.close()
        print(f"    idle CPU over 1 s: {used} ticks (1 tick = {1000 // os.sysconf('SC_CLK_TCK')} ms)")
        check(used <= 1, f"idle daemon used {used} clock ticks in 1 s")


def main():
    tests = [(k, v) for k, v in globals().items() if k.startswith("test_") and PATTERN in k]
    for name, fn in tests:
        t0 = time.monotonic()
        try:
            fn()
            print(f"ok   {name} ({time.monotonic() - t0:.1f} s)")
        except Failed as e:
            failures.append(name)
            print(f"FAIL {name}: {e}")
        except Exception as e:  # a crash of the test itself is a failure too
            failures.append(name)
            print(f"FAIL {name}: {type(e).__name__}: {e}")
    print(f"daemon-test: {len(tests) - len(failures)} passed, {len(failures)} failed")
    subprocess.run(["rm", "-rf", TMP])
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
