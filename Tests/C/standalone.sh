#!/bin/sh
# The shipped .so stands alone: no libswift* needed, a soname, only the pyrust_* API of
# include/pyrust.h exported, and it loads and runs with the Swift toolchain hidden in a
# private mount namespace (skipped, with a message, where unshare is not permitted).
# Usage: standalone.sh /abs/path/libpyrust.so /abs/path/to/test-binaries
lib=$1
bin=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }

needed=$(readelf -d "$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
case "$needed" in
    *libswift*|*libFoundation*|*libdispatch*) bad "NEEDED has Swift libraries: $needed" ;;
    *) ok "NEEDED: $needed" ;;
esac

soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = libpyrust.so.0 ] && ok "SONAME $soname" || bad "SONAME is '$soname'"

runpath=$(readelf -d "$lib" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
case "$runpath" in
    *swift*) bad "RUNPATH points into a toolchain: $runpath" ;;
    *) ok "RUNPATH '$runpath'" ;;
esac

exported=$(nm -D --defined-only --extern-only "$lib" | awk '$2 != "A" {sub(/@.*/, "", $3); print $3}' | sort -u)
declared=$(grep -oE '\bpyrust_[a-z0-9_]+\(' "$here/include/pyrust.h" | tr -d '(' | sort -u)
if [ "$exported" = "$declared" ]; then
    ok "exports = the $(echo "$exported" | wc -l) functions of pyrust.h"
else
    bad "exports differ from pyrust.h:"
    echo "$exported" > /tmp/pyrust_exported.$$; echo "$declared" > /tmp/pyrust_declared.$$
    diff /tmp/pyrust_declared.$$ /tmp/pyrust_exported.$$ | sed 's/^/     /'
    rm -f /tmp/pyrust_exported.$$ /tmp/pyrust_declared.$$
fi

# Where the toolchain lives: the directory holding usr/bin/swift.
swift_bin=$(command -v swift 2>/dev/null)
toolchain=${TOOLCHAIN_DIR:-}
if [ -z "$toolchain" ] && [ -n "$swift_bin" ]; then
    toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$swift_bin")")")")
fi
if [ -z "$toolchain" ] || [ ! -d "$toolchain" ]; then
    echo "skip toolchain-hidden run: no Swift toolchain found to hide"
elif ! unshare -m --propagation private true 2>/dev/null; then
    echo "skip toolchain-hidden run: unshare -m not permitted here"
else
    probe="import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
lib.pyrust_execute_cached.restype = ctypes.c_void_p
lib.pyrust_execute_cached.argtypes = [ctypes.c_char_p]
lib.pyrust_free.argtypes = [ctypes.c_void_p]
p = lib.pyrust_execute_cached(b'2 + 2')
text = ctypes.string_at(p).decode()
lib.pyrust_free(p)
assert text == '4', text"
    # Inside: the toolchain directory is an empty tmpfs, the library must not open anything there.
    if unshare -m --propagation private sh -c '
        mount -t tmpfs none "$1" || exit 3
        [ ! -e "$1/usr/bin/swift" ] || exit 4
        LD_DEBUG=libs "$2/test_dlopen" "$3" >/tmp/pyrust_standalone.$$ 2>&1 || { cat /tmp/pyrust_standalone.$$; exit 5; }
        if grep -q "$1" /tmp/pyrust_standalone.$$; then grep "$1" /tmp/pyrust_standalone.$$ | head -3; exit 6; fi
        rm -f /tmp/pyrust_standalone.$$
        "$4" -c "$5" "$3" || exit 7
    ' sh "$toolchain" "$bin" "$lib" "$python" "$probe"; then
        ok "loads and runs (dlopen from C, ctypes) with $toolchain hidden"
    else
        bad "run with $toolchain hidden failed (exit $?)"
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
