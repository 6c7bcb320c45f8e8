#!/usr/bin/env bash
# `make bench`: builds bench/bench.c (libpyrust + embedded CPython 3.11 + Lua 5.4 in one
# process), prints the machine and the side-by-side table, then the Python ctypes
# microbench. Arguments go to the C bench (--rounds N, --round-ms MS, --clock wall|cpu,
# --only TEXT, --allow-failures, --verbose); --clock also goes to the ctypes bench.
#
# Environment: PYRUST_LIB (the libpyrust.so to measure, default build/libpyrust.so),
# PYRUST_INCLUDE (directory of pyrust.h, default include/), PYTHON (for the ctypes bench,
# default python3), CC.
#
# Exit status: the C bench's (1 a check failed, 2 the cached `2 + 2` mean is over 50 us,
# 3 setup), else the ctypes bench's; 4 when the bench cannot be built.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="${PYRUST_LIB:-$root/build/libpyrust.so}"
include_dir="${PYRUST_INCLUDE:-$root/include}"
cc="${CC:-cc}"
python="${PYTHON:-python3}"

if [ ! -f "$lib" ] || [ "$(basename "$lib")" != libpyrust.so ]; then
    echo "bench: $lib is not a built libpyrust.so; run 'make' first" >&2
    exit 4
fi
lib_dir="$(cd "$(dirname "$lib")" && pwd)"
out_dir="$lib_dir/bench"

# The peers come from Debian: install their headers when they are missing and we may.
if ! pkg-config --exists python-3.11-embed lua5.4 2>/dev/null; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "bench: installing libpython3.11-dev liblua5.4-dev pkg-config" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q libpython3.11-dev liblua5.4-dev pkg-config >&2 ||
            { apt-get update -q >&2 && apt-get install -y -q libpython3.11-dev liblua5.4-dev pkg-config >&2; } ||
            { echo "bench: could not install the CPython/Lua development packages" >&2; exit 4; }
    else
        echo "bench: need libpython3.11-dev and liblua5.4-dev (apt-get install them as root)" >&2
        exit 4
    fi
fi

mkdir -p "$out_dir"
# shellcheck disable=SC2046  # pkg-config output is meant to split into words
"$cc" -O2 -Wall -Wextra -I"$include_dir" $(pkg-config --cflags python-3.11-embed lua5.4) \
    -o "$out_dir/bench" "$root/bench/bench.c" \
    -L"$lib_dir" -Wl,-rpath,"$lib_dir" -lpyrust $(pkg-config --libs python-3.11-embed lua5.4) -lm ||
    { echo "bench: build failed" >&2; exit 4; }

cpu="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "## pyrust benchmark"
echo
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC') · Machine: ${cpu:-unknown CPU}, $(nproc) cores," \
     "$(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

"$out_dir/bench" "$@"
bench_status=$?

# The broad suites: one file per everyday operation (bench/ops), then realistic programs
# (bench/programs); each file run whole by both engines, outputs compared.
for suite in ops programs; do
    echo
    "$out_dir/bench" --suite "$root/bench/$suite" "$@" || bench_status=1
done

# The host API: inputs, host functions, a rules engine against CPython with PyDict globals.
# shellcheck disable=SC2046
if "$cc" -O2 -Wall -Wextra -I"$include_dir" $(pkg-config --cflags python-3.11-embed) \
    -o "$out_dir/host_bench" "$root/bench/host_bench.c" \
    -L"$lib_dir" -Wl,-rpath,"$lib_dir" -lpyrust $(pkg-config --libs python-3.11-embed); then
    echo
    "$out_dir/host_bench" || bench_status=1
else
    echo "bench: host_bench did not build" >&2
    bench_status=4
fi

# The daemon: round trips through `pyrust serve`, and a `pyrust --connect` process against
# `python3 -c` (that row only when build/pyrust exists). Before cli/main.c is merged, the
# server is the test driver with the same arguments, built here.
pyrust_bin="$lib_dir/pyrust"
server_bin="$pyrust_bin"
if [ ! -x "$server_bin" ]; then
    server_bin="$out_dir/daemon_driver"
    "$cc" -O2 -std=c11 -D_GNU_SOURCE -Wall -Wextra -I"$include_dir" -I"$root/cli" -pthread -o "$server_bin" \
        "$root/Tests/Daemon/daemon_driver.c" "$root/cli/daemon_server.c" "$root/cli/daemon_client.c" \
        "$root/cli/protocol.c" -L"$lib_dir" -Wl,-rpath,"$lib_dir" -lpyrust || server_bin=""
fi
client_args=()
if [ -x "$pyrust_bin" ]; then client_args=(--client "$pyrust_bin"); fi
if [ -n "$server_bin" ] && "$cc" -O2 -std=c11 -D_GNU_SOURCE -Wall -Wextra -I"$root/cli" -pthread \
    -o "$out_dir/daemon_bench" "$root/bench/daemon_bench.c" "$root/cli/protocol.c"; then
    echo
    "$out_dir/daemon_bench" "$server_bin" "${client_args[@]}" || bench_status=1
else
    echo "bench: daemon_bench did not build" >&2
    bench_status=4
fi

# The shared compile cache: thread-cache vs shared hits, 1 vs 2 threads, decode vs compile.
if "$cc" -O2 -Wall -Wextra -I"$include_dir" -o "$out_dir/shared_bench" "$root/bench/shared_bench.c" \
    -L"$lib_dir" -Wl,-rpath,"$lib_dir" -lpyrust -pthread; then
    echo
    "$out_dir/shared_bench" || bench_status=1
else
    echo "bench: shared_bench did not build" >&2
    bench_status=4
fi

ctypes_args=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    if [ "${args[i]}" = --clock ] && [ $((i + 1)) -lt ${#args[@]} ]; then ctypes_args=(--clock "${args[i + 1]}"); fi
done

echo
"$python" "$root/bench/ctypes_bench.py" "$lib_dir/libpyrust.so" "${ctypes_args[@]}"
ctypes_status=$?

if [ "$bench_status" -ne 0 ]; then
    echo "bench: FAILED (exit $bench_status; see the notes above the table's end)" >&2
    exit "$bench_status"
fi
exit "$ctypes_status"
