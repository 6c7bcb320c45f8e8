#!/bin/sh
# `make install` into a temporary DESTDIR (PREFIX /usr/local, as a packager would run it), then
# as a user of the installed files: examples/c/basic.c built with nothing but
# `pkg-config --cflags --libs pyrust` and run against the installed library, the man page
# rendered, the pyrust command run (when it was built and so installed); then `make uninstall`
# must leave no file behind.
# Usage: install_test.sh MAKE /abs/path/to/build
make=${1:-make}
build=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
passed=0
failed=0
skipped=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }
skip() { skipped=$((skipped + 1)); echo "skip $1"; }

tmp=$(mktemp -d /tmp/pyrust_install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
stage=$tmp/stage
prefix=/usr/local
root=$stage$prefix
version=$($make -s -C "$here" print-version)

if $make -s -C "$here" install DESTDIR="$stage" PREFIX="$prefix" >"$tmp/install.log" 2>&1; then
    ok "make install DESTDIR=... PREFIX=$prefix"
else
    cat "$tmp/install.log"; bad "make install failed"
fi
for f in lib/libpyrust.so.$version include/pyrust.h include/pyrust_ffi.h lib/pkgconfig/pyrust.pc \
         share/man/man1/pyrust.1; do
    [ -f "$root/$f" ] && ok "installed $f" || bad "missing $f"
done
for l in libpyrust.so.0 libpyrust.so; do
    [ "$(readlink "$root/lib/$l")" = "libpyrust.so.$version" ] && ok "lib/$l -> libpyrust.so.$version" ||
        bad "lib/$l is not a symlink to libpyrust.so.$version"
done
if [ -x "$build/pyrust" ]; then
    [ -x "$root/bin/pyrust" ] && ok "installed bin/pyrust" || bad "build/pyrust exists but bin/pyrust was not installed"
else
    [ ! -e "$root/bin/pyrust" ] && skip "bin/pyrust: the pyrust command is not built" || bad "bin/pyrust installed from nowhere"
fi
grep -q "^prefix=$prefix\$" "$root/lib/pkgconfig/pyrust.pc" && ok "pyrust.pc has prefix=$prefix (not the DESTDIR)" ||
    bad "pyrust.pc prefix: $(grep '^prefix' "$root/lib/pkgconfig/pyrust.pc")"

# A host built from the installed files alone: pkg-config sees only the staged directory.
export PKG_CONFIG_PATH="$root/lib/pkgconfig" PKG_CONFIG_LIBDIR="$root/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$stage"
if ! command -v pkg-config >/dev/null; then
    bad "pkg-config is not installed (make deps)"
else
    pc_version=$(pkg-config --modversion pyrust)
    [ "$pc_version" = "$version" ] && ok "pkg-config --modversion pyrust = $version" || bad "pkg-config --modversion: '$pc_version'"
    flags=$(pkg-config --cflags --libs pyrust)
    case "$flags" in
        *"-I$root/include"*"-L$root/lib"*) ok "pkg-config --cflags --libs pyrust: $flags" ;;
        *) bad "pkg-config flags do not point into the install: $flags" ;;
    esac
    # shellcheck disable=SC2086  # the flags are meant to split into words
    if ${CC:-cc} -O2 -o "$tmp/basic" "$here/examples/c/basic.c" $flags 2>"$tmp/cc.log"; then
        ok "examples/c/basic.c builds with the pkg-config flags only"
        loaded=$(LD_LIBRARY_PATH="$root/lib" ldd "$tmp/basic" | sed -n 's/.*libpyrust.so.0 => \([^ ]*\).*/\1/p')
        [ "$loaded" = "$root/lib/libpyrust.so.0" ] && ok "basic loads the installed libpyrust.so.0" ||
            bad "basic loads libpyrust.so.0 from '$loaded'"
        if LD_LIBRARY_PATH="$root/lib" "$tmp/basic" >"$tmp/basic.out" 2>&1; then
            ok "basic runs against the installed library ($(grep -c . "$tmp/basic.out") lines of output)"
        else
            cat "$tmp/basic.out"; bad "basic failed against the installed library"
        fi
    else
        cat "$tmp/cc.log"; bad "examples/c/basic.c does not build with: $flags"
    fi
fi

if [ -x "$root/bin/pyrust" ]; then
    out=$(LD_LIBRARY_PATH="$root/lib" "$root/bin/pyrust" -c 'print(6 * 7)' 2>&1)
    [ "$out" = 42 ] && ok "the installed pyrust command runs a program" || bad "installed pyrust -c: '$out'"
fi

manpage=$root/share/man/man1/pyrust.1
if command -v man >/dev/null 2>&1; then
    rendered=$(MANWIDTH=80 man -l "$manpage" 2>"$tmp/man.err" | col -b 2>/dev/null)
    renderer="man -l"
elif command -v groff >/dev/null 2>&1; then
    rendered=$(groff -man -Tascii "$manpage" 2>"$tmp/man.err" | col -b 2>/dev/null)
    renderer="groff -man"
else
    renderer=""
fi
if [ -z "$renderer" ]; then
    skip "man page: neither man nor groff is installed"
else
    missing=""
    for word in "pyrust - run Python" SYNOPSIS OPTIONS ENVIRONMENT "EXIT STATUS" --max-instructions --timeout \
                --max-output --max-depth --connect --socket --workers --detach PYRUST_CACHE_SIZE \
                PYRUST_SHARED_CACHE_SIZE PYRUST_MAX_INSTRUCTIONS PYRUST_TIMEOUT_MS PYRUST_MAX_OUTPUT PYRUST_MAX_DEPTH; do
        printf '%s' "$rendered" | grep -q -e "$word" || missing="$missing $word"
    done
    if [ -z "$missing" ] && ! grep -qi warning "$tmp/man.err"; then ok "man page renders ($renderer), every section and option in it"
    else bad "man page ($renderer): missing:$missing; warnings: $(head -3 "$tmp/man.err")"; fi
fi

if $make -s -C "$here" uninstall DESTDIR="$stage" PREFIX="$prefix" >"$tmp/uninstall.log" 2>&1; then
    ok "make uninstall"
else
    cat "$tmp/uninstall.log"; bad "make uninstall failed"
fi
left=$(find "$stage" ! -type d | sed "s|^$stage||")
[ -z "$left" ] && ok "nothing left after uninstall" || bad "left after uninstall: $left"

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
