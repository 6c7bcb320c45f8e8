#!/bin/sh
# The Python package as users install it, in a venv under build/: the wheel of `make wheel`
# (library inside), then `pip install ./python` (pure Python) with $PYRUST_LIBRARY, each time
# running pytest on Tests/PythonPackage from outside the source tree. pytest comes from the
# running Python when it has it (the venv sees its packages), else from PyPI into the venv.
# Usage: run.sh PYTHON /abs/path/to/build
set -eu
python=$1
build=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
venv=$build/pyvenv
rm -rf "$venv"
"$python" -m venv --system-site-packages "$venv"
vpy=$venv/bin/python
if ! "$vpy" -c "import pytest" 2>/dev/null; then
    echo "python-package-test: installing pytest into $venv"
    "$vpy" -m pip install -q pytest
fi
wheel=$(ls "$build"/wheel/pyrust-*.whl)
unset PYRUST_LIB PYRUST_LIBRARY || true
cd "$build"   # not the source tree: `import pyrust` must find the installed package

echo "--- the wheel ($(basename "$wheel")), the library inside it"
"$vpy" -m pip install -q --no-index --no-deps --force-reinstall "$wheel"
PYRUST_EXPECT=bundled "$vpy" -m pytest -q -p no:cacheprovider "$here/Tests/PythonPackage"

echo "--- pip install ./python, the library from \$PYRUST_LIBRARY"
"$vpy" -m pip install -q --no-deps --force-reinstall "$here/python"
PYRUST_EXPECT=env PYRUST_LIBRARY=$(readlink -f "$build/libpyrust.so") \
    "$vpy" -m pytest -q -p no:cacheprovider "$here/Tests/PythonPackage"
