#!/usr/bin/env python3
"""include/pyrust_ffi.h is what tools/gen_ffi_header.py makes of include/pyrust.h, declares
every function of pyrust.h, has no preprocessor line, and the FFIs it is for accept it:
Python cffi (ffi.cdef) and LuaJIT (ffi.cdef), each of which must then lay the structs out
exactly as the layout checks at the end of pyrust.h state. With a library path, cffi also
loads the library through it and runs a program.
A missing cffi or luajit is reported as skipped, not passed.
Usage: check_ffi_header.py [path/to/libpyrust.so]   (last line: "N passed, N failed, N skipped")
"""
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
HEADER = os.path.join(ROOT, "include", "pyrust.h")
FFI_HEADER = os.path.join(ROOT, "include", "pyrust_ffi.h")
results = {"passed": 0, "failed": 0, "skipped": 0}


def report(ok, what, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("ok   " if ok else "FAIL ") + what + (f": {detail}" if detail and not ok else ""))


def skip(what):
    results["skipped"] += 1
    print("skip " + what)


def layout_facts():
    """(type, field or None, number) from PYRUST_AT_/sizeof checks at the end of pyrust.h."""
    text = open(HEADER, encoding="utf-8").read()
    facts = [(t, f, int(n)) for t, f, n in re.findall(r"PYRUST_AT_\((\w+), (\w+), (\d+)\);", text)]
    facts += [(t, None, int(n)) for t, n in re.findall(r"PYRUST_LAYOUT_\(sizeof\((\w+)\) == (\d+),", text)]
    return facts


def main():
    lib_path = sys.argv[1] if len(sys.argv) > 1 else None
    gen = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen_ffi_header.py"), "--check"],
                         capture_output=True, text=True)
    report(gen.returncode == 0, "pyrust_ffi.h is up to date with pyrust.h", gen.stderr.strip())

    ffi_text = open(FFI_HEADER, encoding="utf-8").read()
    directives = [line for line in ffi_text.splitlines() if line.lstrip().startswith("#")]
    report(not directives, "no preprocessor lines", "; ".join(directives[:3]))
    declared = set(re.findall(r"\b(pyrust_[a-z0-9_]+)\(", open(HEADER, encoding="utf-8").read()))
    in_ffi = set(re.findall(r"\b(pyrust_[a-z0-9_]+)\(", ffi_text))
    report(declared == in_ffi and len(declared) > 50, f"the same {len(declared)} functions as pyrust.h",
           f"missing {sorted(declared - in_ffi)}, extra {sorted(in_ffi - declared)}")

    facts = layout_facts()
    report(len(facts) >= 30, f"{len(facts)} layout facts read from pyrust.h")

    try:
        import cffi
    except ImportError:
        cffi = None
        skip("cffi: not installed (pip install cffi)")
    if cffi:
        ffi = cffi.FFI()
        try:
            ffi.cdef(ffi_text)
            report(True, f"cffi {cffi.__version__} accepts it")
        except Exception as e:  # noqa: BLE001 (any parse error is the failure being tested)
            report(False, "cffi accepts it", f"{type(e).__name__}: {e}")
            ffi = None
        if ffi:
            wrong = [(t, f, n) for t, f, n in facts
                     if (ffi.offsetof(t, f) if f else ffi.sizeof(t)) != n]
            report(not wrong, "cffi lays the structs out as pyrust.h states", str(wrong))
            consts = ffi.dlopen(None)   # the C library: enum constants are read from any handle
            report(consts.PYRUST_RUN_VALUE == 2 and consts.PYRUST_LIMIT_EXCEEDED == 3,
                   "cffi sees the enum constants")
            if lib_path:
                lib = ffi.dlopen(lib_path)
                r = ffi.new("pyrust_result *")
                src = b"print('hi')\n2 + 2"
                status = lib.pyrust_run(src, len(src), lib.PYRUST_RUN_CACHED, r)
                out = ffi.string(r.output, r.output_len)
                lib.pyrust_result_free(r)
                report(status == lib.PYRUST_OK and out == b"hi\n4", "cffi runs a program through it", repr(out))
                version = ffi.string(lib.pyrust_version()).decode()
                want = "%d.%d.%d" % (lib.PYRUST_VERSION_MAJOR, lib.PYRUST_VERSION_MINOR, lib.PYRUST_VERSION_PATCH)
                report(version == want, f"pyrust_version() {version} = the header's {want}")

    luajit = next((p for p in (os.path.join(d, "luajit") for d in os.environ.get("PATH", "").split(":"))
                   if os.access(p, os.X_OK)), None)
    if not luajit:
        skip("LuaJIT: luajit not installed (apt-get install luajit)")
    else:
        checks = "\n".join(
            f'check({"ffi.offsetof(%r, %r)" % (t, f) if f else "ffi.sizeof(%r)" % t}, {n}, "{t}.{f or "sizeof"}")'
            for t, f, n in facts)
        script = f"""
local ffi = require("ffi")
local f = assert(io.open(arg[1])); ffi.cdef(f:read("*a")); f:close()
local bad = 0
function check(got, want, what) if got ~= want then bad = bad + 1; print(what, got, want) end end
{checks}
check(ffi.C.PYRUST_RUN_VALUE, 2, "PYRUST_RUN_VALUE")
check(ffi.C.PYRUST_VERSION_MINOR >= 0, true, "PYRUST_VERSION_MINOR")
os.exit(bad == 0 and 0 or 1)
"""
        run = subprocess.run([luajit, "-", FFI_HEADER], input=script, capture_output=True, text=True)
        report(run.returncode == 0, "LuaJIT accepts it and lays the structs out as pyrust.h states",
               (run.stdout + run.stderr).strip()[:500])

    print(f"{results['passed']} passed, {results['failed']} failed, {results['skipped']} skipped")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
