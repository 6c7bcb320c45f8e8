#!/usr/bin/env python3
"""Every way a script might reach the host (files, processes, environment, network, the
import machinery, introspection tricks, eval/exec) ends in a Python error, and the test
asserts exactly which. Not differential: CPython would succeed at most of these.

Usage: PYRUST_LIB=/path/libpyrust.so python3 test_sandbox.py   (last line: "N passed, N failed")
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
import pyrust  # noqa: E402

ATTEMPTS = [
    # files
    ("open('/etc/passwd').read()", "NameError", "name 'open' is not defined"),
    ("import io", "ModuleNotFoundError", "No module named 'io'"),
    ("import pathlib", "ModuleNotFoundError", "No module named 'pathlib'"),
    ("import shutil", "ModuleNotFoundError", "No module named 'shutil'"),
    # processes and the environment
    ("import os", "ModuleNotFoundError", "No module named 'os'"),
    ("import os.path", "ModuleNotFoundError", "No module named 'os'"),
    ("from os import environ", "ModuleNotFoundError", "No module named 'os'"),
    ("import subprocess", "ModuleNotFoundError", "No module named 'subprocess'"),
    ("import signal", "ModuleNotFoundError", "No module named 'signal'"),
    ("import sys\nsys.modules['os']", "KeyError", "'os'"),
    # network and native code
    ("import socket", "ModuleNotFoundError", "No module named 'socket'"),
    ("import urllib.request", "ModuleNotFoundError", "No module named 'urllib'"),
    ("import ctypes", "ModuleNotFoundError", "No module named 'ctypes'"),
    # the import machinery
    ("__import__('os')", "NameError", "name '__import__' is not defined"),
    ("import importlib", "ModuleNotFoundError", "No module named 'importlib'"),
    ("import builtins", "ModuleNotFoundError", "No module named 'builtins'"),
    ("__builtins__.open", "NameError", "name '__builtins__' is not defined"),
    # introspection tricks
    ("().__class__.__base__.__subclasses__()", "AttributeError",
     "type object 'object' has no attribute '__subclasses__'. Did you mean: '__subclasshook__'?"),
    ("print.__self__", "AttributeError",
     "'builtin_function_or_method' object has no attribute '__self__'. Did you mean: '__new__'?"),
    ("(lambda: 0).__globals__", "AttributeError", "'function' object has no attribute '__globals__'"),
    # (pyrust's frame objects have no attributes)
    ("def g():\n    yield\ng().gi_frame.f_globals", "AttributeError", "'frame' object has no attribute 'f_globals'"),
    # dynamic code and interaction
    # eval/exec run inside the same sandbox
    ("eval(\"open('/etc/passwd')\")", "NameError", "name 'open' is not defined"),
    ("exec('import os')", "ModuleNotFoundError", "No module named 'os'"),
    ("eval(\"__import__('os')\")", "NameError", "name '__import__' is not defined"),
    ("g = {}\nexec('x = 1', g)\ng['__builtins__'].open", "AttributeError", "module 'builtins' has no attribute 'open'"),
    ("exec(compile('import subprocess', 'f', 'exec'))", "ModuleNotFoundError", "No module named 'subprocess'"),
    ("input()", "NameError", "name 'input' is not defined"),
    ("breakpoint()", "NameError", "name 'breakpoint' is not defined"),
]


def main():
    passed = failed = 0
    with pyrust.Context() as ctx:
        for code, etype, message in ATTEMPTS:
            r = ctx.run(code)
            if r.error == (etype, message):
                passed += 1
            else:
                failed += 1
                print(f"FAIL {code!r}: got {r.error} (output {r.output!r}), want {(etype, message)}")
        # the context is fine afterwards
        if ctx.run("2 + 2").value != 4:
            failed += 1
            print("FAIL context unusable after the attempts")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
