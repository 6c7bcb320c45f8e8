#!/bin/sh
# One version everywhere: pyrust_version() of the built library, PYRUST_VERSION_STRING and the
# MAJOR/MINOR/PATCH macros of include/pyrust.h, the Makefile's VERSION (given as $2), the
# library's file name and soname (libpyrust.so.<major>), and python/pyproject.toml.
# Usage: check_version.sh /abs/path/build/libpyrust.so VERSION
lib=$1
make_version=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }

header_string=$(sed -n 's/^#define PYRUST_VERSION_STRING "\(.*\)"/\1/p' "$here/include/pyrust.h")
header_parts=$(for part in MAJOR MINOR PATCH; do
    sed -n "s/^#define PYRUST_VERSION_$part \([0-9]*\)$/\1/p" "$here/include/pyrust.h"; done | paste -sd.)
library=$("$python" -c 'import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
lib.pyrust_version.restype = ctypes.c_char_p
print(lib.pyrust_version().decode())' "$lib")
pyproject=$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/python/pyproject.toml")

[ -n "$header_string" ] && ok "pyrust.h: PYRUST_VERSION_STRING $header_string" || bad "no PYRUST_VERSION_STRING in pyrust.h"
[ "$header_parts" = "$header_string" ] && ok "pyrust.h: MAJOR.MINOR.PATCH = $header_parts" ||
    bad "pyrust.h: MAJOR.MINOR.PATCH $header_parts, PYRUST_VERSION_STRING $header_string"
[ "$library" = "$header_string" ] && ok "pyrust_version() = $library" ||
    bad "pyrust_version() is '$library', pyrust.h says '$header_string'"
[ "$make_version" = "$header_string" ] && ok "Makefile VERSION = $make_version" ||
    bad "Makefile VERSION is '$make_version', pyrust.h says '$header_string'"
[ "$pyproject" = "$header_string" ] && ok "python/pyproject.toml version = $pyproject" ||
    bad "python/pyproject.toml version is '$pyproject', pyrust.h says '$header_string'"

real=$(readlink -f "$lib")
[ "$(basename "$real")" = "libpyrust.so.$header_string" ] && ok "the library file is $(basename "$real")" ||
    bad "$lib resolves to $(basename "$real"), not libpyrust.so.$header_string"
soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
major=${header_string%%.*}
[ "$soname" = "libpyrust.so.$major" ] && ok "soname $soname" || bad "soname '$soname', want libpyrust.so.$major"
link=$(readlink "$(dirname "$lib")/libpyrust.so.$major")
[ "$link" = "libpyrust.so.$header_string" ] && ok "libpyrust.so.$major -> $link" ||
    bad "$(dirname "$lib")/libpyrust.so.$major points to '$link'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
