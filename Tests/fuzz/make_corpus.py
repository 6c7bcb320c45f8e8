#!/usr/bin/env python3
"""Seed corpus for `make fuzz`: the conformance and hostile programs (those under 4 KiB, the
fuzzer's -max_len), copied into OUTDIR, plus a few fragments of the grammar's corners. Built at
fuzz time so that the repository holds no corpus files.

    make_corpus.py OUTDIR
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
SOURCES = [os.path.join(TESTS, "conformance", "programs"), os.path.join(TESTS, "hostile", "programs")]
MAX_LEN = 4096
FRAGMENTS = [
    b"", b"(", b"f'{x!r:>{w}}'", b"lambda *a, b=1, **k: (yield)", b"x = [*a, *b]\n",
    b"class C(metaclass=M):\n  def __init_subclass__(cls, **kw): pass\n",
    b"try:\n  pass\nexcept* ValueError:\n  pass\n", b"match x:\n  case [1, *r] | {'k': _}: pass\n",
    b"async def f():\n  await g()\n", b"def f(a, /, b, *, c): return a\n", b"0x_1 1e-5j 0o7 0b1_0\n",
    b"if 1:\n\tpass\n        pass\n", b"\xef\xbb\xbfprint(1)\n", b"# -*- coding: latin-1 -*-\n",
    b"global x\nnonlocal y\n", b"@d\n@e(1)\nclass A: ...\n", b"x: int = 1; del x\n",
    b"a if b else c for d in e if f", b"with a as (b, c), d: pass\n", b"print(*range(3), sep='')\n",
]


def known_failures():
    """Hostile programs known to exhaust memory or time (Tests/hostile/known_failures.txt): as
    seeds they would only make the fuzzer stop at once on a known problem."""
    names = set()
    with open(os.path.join(TESTS, "hostile", "known_failures.txt"), encoding="utf-8") as f:
        for line in f:
            name = line.split("#", 1)[0].strip()
            if name:
                names.add(name + ".py")
    return names


def main():
    out = sys.argv[1]
    skip = known_failures()
    os.makedirs(out, exist_ok=True)
    count = 0
    for src in SOURCES:
        for name in sorted(os.listdir(src)):
            if not name.endswith(".py") or name in skip:
                continue
            with open(os.path.join(src, name), "rb") as f:
                data = f.read()
            if len(data) <= MAX_LEN:
                with open(os.path.join(out, os.path.basename(src) + "_" + name), "wb") as f:
                    f.write(data)
                count += 1
    for i, data in enumerate(FRAGMENTS):
        with open(os.path.join(out, "fragment_%02d.py" % i), "wb") as f:
            f.write(data)
        count += 1
    print("fuzz corpus: %d seeds in %s" % (count, out))


if __name__ == "__main__":
    main()
