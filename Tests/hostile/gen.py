"""Generated hostile programs: deep nesting of every syntactic form at several depths, huge
literals and argument lists, pathological indentation, invalid UTF-8 and NUL bytes.

generated() returns {name: bytes}; run.py writes them to build/hostile/generated/ and runs
them beside programs/*.py. Names say what a program is: nest_<form>_<depth>, big_<what>,
indent_<what>, bytes_<what>.
"""

# Depths: just under the documented parser limits, just over them, and far beyond.
DEPTHS = (99, 250, 100000)


def _nest(open_, middle, close):
    return lambda n: open_ * n + middle + close * n


def _lines_block(header, n, body="pass", step=" "):
    out = []
    for i in range(n):
        out.append(step * i + header)
    out.append(step * n + body)
    return "\n".join(out) + "\n"


# form name -> function(depth) -> source text
EXPR_FORMS = {
    "parens": lambda n: "x = " + _nest("(", "1", ")")(n) + "\nprint(x)\n",
    "list": lambda n: "x = " + _nest("[", "1", "]")(n) + "\nprint(len(x))\n",
    "tuple": lambda n: "x = " + _nest("(1, ", "2", ")")(n) + "\nprint(len(x))\n",
    "dict": lambda n: "x = " + _nest("{1: ", "2", "}")(n) + "\nprint(len(x))\n",
    "set": lambda n: "x = " + _nest("{frozenset(", "()", ")}")(n) + "\nprint(len(x))\n",
    "call": lambda n: "f = abs\nx = " + _nest("f(", "1", ")")(n) + "\nprint(x)\n",
    "subscript": lambda n: "a = [0]\nx = " + _nest("a[", "0", "]")(n) + "\nprint(x)\n",
    "attribute": lambda n: "import math\nx = math" + ".__class__" * n + "\nprint(x)\n",
    "unary_minus": lambda n: "x = " + "-" * n + "1\nprint(x)\n",
    "unary_not": lambda n: "x = " + "not " * n + "1\nprint(x)\n",
    "unary_invert": lambda n: "x = " + "~" * n + "1\nprint(x)\n",
    "binop_chain": lambda n: "x = 1" + " + 1" * n + "\nprint(x)\n",
    "binop_paren_right": lambda n: "x = " + "(1 + " * n + "1" + ")" * n + "\nprint(x)\n",
    "power_chain": lambda n: "x = 1" + " ** 1" * n + "\nprint(x)\n",
    "compare_chain": lambda n: "x = 1" + " < 2" * n + "\nprint(x)\n",
    "and_chain": lambda n: "x = 1" + " and 1" * n + "\nprint(x)\n",
    "ifexp_chain": lambda n: "x = " + "0 if 0 else " * n + "1\nprint(x)\n",
    "lambda": lambda n: "f = " + "lambda: " * n + "1\nprint(callable(f))\n",
    "await_free_star": lambda n: "x = [" + "*[" * n + "1" + "]" * n + "]\nprint(x)\n",
    "listcomp": lambda n: "x = " + "[y for y in " * n + "[1]" + "]" * n + "\nprint(x)\n",
    "genexp_for_clauses": lambda n: "x = [1" + " for y in [1]" * n + "]\nprint(len(x))\n",
    "fstring_nested": lambda n: "x = 1\nprint(f'{x:{x:{x}}}')\n" + "y = f'" + "{x:{x" * n + "}" * n + "'\n",
    "string_concat": lambda n: "x = " + "'a' " * n + "\nprint(len(x))\n",
    "walrus": lambda n: "x = " + "(y := " * n + "1" + ")" * n + "\nprint(x)\n",
    "slice": lambda n: "a = [1]\nx = a" + "[::]" * n + "\nprint(x)\n",
    "kwarg_call": lambda n: "x = " + "dict(a=" * n + "1" + ")" * n + "\nprint(len(x))\n",
}

STMT_FORMS = {
    "if": lambda n: _lines_block("if True:", n, "print('deep')"),
    "while": lambda n: _lines_block("while True:", n, "break"),
    "for": lambda n: _lines_block("for i in [1]:", n, "print(i)"),
    "try": lambda n: _lines_block("try:", n, "pass") + "".join(" " * (n - 1 - i) + "finally:\n" + " " * (n - i) + "pass\n" for i in range(n)),
    "with": lambda n: "import contextlib\n" + _lines_block("with contextlib.nullcontext():", n, "print('w')"),
    "def": lambda n: _lines_block("def f():", n, "return 1") + "print(f)\n",
    "class": lambda n: _lines_block("class C:", n, "x = 1") + "print(C)\n",
    "match": lambda n: _lines_block("match 1:", 0) if False else "".join(
        "  " * i + "match 1:\n" + "  " * i + " case 1:\n" for i in range(n)) + "  " * n + "print('m')\n",
    "elif_chain": lambda n: "x = 0\nif x == 1:\n    pass\n" + "".join("elif x == %d:\n    pass\n" % (i + 2) for i in range(n)) + "else:\n    print('else')\n",
    "decorators": lambda n: "def d(f):\n    return f\n" + "@d\n" * n + "def g():\n    return 2\nprint(g())\n",
    "assign_chain": lambda n: "x" + " = x" * n + " = 1\nprint(x)\n",
    "target_nest": lambda n: _nest("(", "a", ", b)")(n) + " = " + _nest("(", "1", ", 2)")(n) + "\nprint(a)\n",
    "del_nest": lambda n: "a = [[0]]\ndel " + _nest("(", "a[0][0]", ",)")(n) + "\nprint(a)\n",
    "pattern_seq": lambda n: "match " + _nest("[", "1", "]")(n) + ":\n    case " + _nest("[", "x", "]")(n) + ":\n        print(x)\n",
    "pattern_or": lambda n: "match 1:\n    case " + _nest("(0 | ", "1", ")")(n) + ":\n        print('or')\n",
    "semicolons": lambda n: "x = 0" + "; x += 1" * n + "\nprint(x)\n",
    "global_stmts": lambda n: "def f():\n" + "    global x\n" * n + "    x = 1\nf()\nprint(x)\n",
    "continuation": lambda n: "x = 1" + " \\\n + 1" * n + "\nprint(x)\n",
    "blank_lines": lambda n: "x = 1\n" + "   \n" * n + "print(x)\n",
    "comment_lines": lambda n: "x = 1\n" + "# c\n" * n + "print(x)\n",
}

BIG_SIZE = 100000


def _big():
    n = BIG_SIZE
    progs = {
        "big_list_literal": "x = [" + "1, " * n + "]\nprint(len(x))\n",
        "big_dict_literal": "x = {" + "".join("%d: %d, " % (i, i) for i in range(n)) + "}\nprint(len(x))\n",
        "big_set_literal": "x = {" + "".join("%d, " % i for i in range(n)) + "}\nprint(len(x))\n",
        "big_call_args": "def f(*a):\n    return len(a)\nprint(f(" + "1, " * n + "))\n",
        "big_call_kwargs": "def f(**k):\n    return len(k)\nprint(f(" + "".join("k%d=1, " % i for i in range(n)) + "))\n",
        "big_params": "def f(" + "".join("p%d, " % i for i in range(n)) + "):\n    return p0\nprint(f(*range(%d)))\n" % n,
        "big_locals": "def f():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(n)) + "    return v0\nprint(f())\n",
        "big_constants": "def f():\n    return [" + "".join("%d.5, " % i for i in range(n)) + "]\nprint(len(f()))\n",
        "big_names": "".join("g%d = %d\n" % (i, i) for i in range(n)) + "print(g7)\n",
        "big_jump": "x = 0\nif x:\n" + "    x += 1\n" * n + "print(x)\n",
        "big_loop_body": "for i in range(2):\n" + "    i = i + 0\n" * n + "print(i)\n",
        "big_int_literal": "x = " + "7" * 100000 + "\n",
        "big_hex_literal": "x = 0x" + "f" * 1000000 + "\nprint(x.bit_length())\n",
        "big_float_literal": "x = 1." + "1" * 1000000 + "\nprint(x)\n",
        "big_string_literal": "x = '" + "a" * 5000000 + "'\nprint(len(x))\n",
        "big_escapes": "x = '" + "\\x41\\u00e9\\N{BULLET}" * 100000 + "'\nprint(len(x))\n",
        "big_identifier": "a" * 1000000 + " = 1\nprint(1)\n",
        "big_line": "x = 0" + " + 0" * 300000 + "\nprint(x)\n",
        "big_closures": "def f0():\n    return 0\n" + "".join("def f%d():\n    return f%d() + 1\n" % (i, i - 1) for i in range(1, 3000)) + "print(f2999())\n",
        "big_class_attrs": "class C:\n" + "".join("    a%d = %d\n" % (i, i) for i in range(n)) + "print(C.a5)\n",
        "big_fstring_parts": "x = 1\ny = f'" + "{x}" * (4 * n) + "'\nprint(len(y))\n",
        "big_bytes_literal": "x = b'" + "\\xff" * 1000000 + "'\nprint(len(x))\n",
    }
    return {k: v.encode() for k, v in progs.items()}


def _indent():
    progs = {
        "indent_tabs_spaces": b"if True:\n\tx = 1\n        y = 2\nprint(x)\n",
        "indent_huge_width": b"if True:\n" + b" " * 1000000 + b"print(1)\n",
        "indent_huge_tabs": b"if True:\n" + b"\t" * 100000 + b"print(1)\n",
        "indent_101_levels": _lines_block("if True:", 101, "print(1)").encode(),
        "indent_staircase_dedent": b"".join(b" " * i + b"if 1:\n" for i in range(99)) + b" " * 99 + b"x = 1\n" + b" " * 50 + b"y = 2\n",
        "indent_bad_dedent": b"if 1:\n        x = 1\n    y = 2\n",
        "indent_unexpected": b"x = 1\n    y = 2\n",
        "indent_formfeed": b"if 1:\n\x0c    x = 1\n  \x0c  print(x)\n",
        "indent_cr_only": b"if 1:\r    x = 1\r    print(x)\r",
        "indent_crlf_mixed": b"if 1:\r\n    x = 1\n\r    print(x)\r\n",
        "indent_after_continuation": b"x = (1 +\n" + b" " * 100000 + b"1)\nprint(x)\n",
        "indent_many_dedents": b"".join(b" " * i + b"if 1:\n" for i in range(99)) + b" " * 99 + b"pass\nprint('ok')\n",
        "indent_eof_in_block": b"if 1:\n" * 99,
        "indent_only_whitespace": b" \t \x0c " * 100000,
        "indent_block_no_body": b"def f():\n" * 1000,
    }
    return progs


def _bytes():
    return {
        "bytes_nul_middle": b"x = 1\n\x00\nprint(x)\n",
        "bytes_nul_in_string": b"print('a\x00b')\n",
        "bytes_nul_in_comment": b"# \x00\nprint(1)\n",
        "bytes_nul_only": b"\x00" * 1000,
        "bytes_invalid_utf8_string": b"print('\xff\xfe')\n",
        "bytes_invalid_utf8_comment": b"# \xc3\x28\nprint(1)\n",
        "bytes_invalid_utf8_ident": b"\xe2\x82 = 1\n",
        "bytes_truncated_multibyte_eof": b"x = 1\n\xe2\x82",
        "bytes_overlong": b"print('\xc0\x80')\n",
        "bytes_surrogate_encoded": b"print('\xed\xa0\x80')\n",
        "bytes_bom": b"\xef\xbb\xbfprint('bom')\n",
        "bytes_bom_twice": b"\xef\xbb\xbf\xef\xbb\xbfprint('bom')\n",
        "bytes_latin1_coding": b"# -*- coding: latin-1 -*-\nprint('\xe9')\n",
        "bytes_unknown_coding": b"# coding: no-such-codec\nprint(1)\n",
        "bytes_random_binary": bytes((i * 131 + 7) % 256 for i in range(100000)),
        "bytes_decode_errors": b"for b in (b'\\xff', b'\\xc0\\x80', b'\\xed\\xa0\\x80', b'\\xf4\\x90\\x80\\x80', b'\\xe2\\x82'):\n"
                               b"    try:\n        b.decode()\n    except UnicodeDecodeError as e:\n        print(e)\n"
                               b"print(b'\\xff\\x00'.decode('utf-8', 'replace'), b'\\xff' * 3)\n",
        "bytes_surrogate_escape_str": b"try:\n    print('\\ud800'.encode())\nexcept Exception as e:\n    print(type(e).__name__)\n",
        "bytes_chr_surrogate": b"try:\n    print(repr(chr(0xd800)))\nexcept Exception as e:\n    print(type(e).__name__)\n",
        "bytes_nul_output": b"print('\\x00' * 1000, end='\\x00')\n",
        "bytes_unicode_ident": "é = 1\n𝔘 = 2\nprint(é + 𝔘)\n".encode(),
        "bytes_nonprintable_ident": "x\u200b = 1\n".encode(),
    }


def generated():
    progs = {}
    for depth in DEPTHS:
        for form, make in EXPR_FORMS.items():
            progs["nest_%s_%d" % (form, depth)] = make(depth).encode()
        for form, make in STMT_FORMS.items():
            # Statement blocks beyond the 100-level limit fail at the indentation check; the
            # 100000-deep ones are megabytes of spaces, so blocks stop at 250 (the flat forms
            # like elif_chain and decorators go to 100000).
            if depth > 250 and form in ("if", "while", "for", "try", "with", "def", "class", "match"):
                continue
            progs["nest_%s_%d" % (form, depth)] = make(depth).encode()
    progs.update(_big())
    progs.update(_indent())
    progs.update(_bytes())
    return progs


if __name__ == "__main__":
    import sys
    p = generated()
    for name in sorted(p):
        sys.stdout.write("%-40s %9d bytes\n" % (name, len(p[name])))
    sys.stdout.write("%d programs\n" % len(p))
