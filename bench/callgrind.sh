#!/usr/bin/env bash
# `make bench-callgrind`: instructions per op for every workload of bench/bench.c, pyrust and
# CPython (and Lua) side by side, counted by valgrind's callgrind. Unlike wall-clock time these
# repeat exactly on a shared machine, so they show what a change did; they do not show what
# instructions cost (atomic reference counting, cache misses): the wall-clock table of
# `make bench` stays the headline.
#
# Each workload runs in its own valgrind process: the bench binary checks every engine's
# answer, then runs a fixed number of ops per engine (--count), each engine inside its own
# function (bench_count_pyrust, ...), whose inclusive instructions are read back.
#
# Environment: PYRUST_LIB (default build/libpyrust.so); OPS (ops for the fast expression
# workloads, default 2000; whole programs run once each, uncached rows 200 times).
# Arguments: --suite DIR counts the files of a suite (bench/ops, bench/programs) instead.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="${PYRUST_LIB:-$root/build/libpyrust.so}"
ops="${OPS:-2000}"
suite_args=()
if [ "${1:-}" = --suite ] && [ -n "${2:-}" ]; then suite_args=(--suite "$2"); fi
bench="$(cd "$(dirname "$lib")" && pwd)/bench/bench"

command -v valgrind >/dev/null || { echo "bench-callgrind: valgrind is not installed" >&2; exit 4; }
command -v callgrind_annotate >/dev/null || { echo "bench-callgrind: callgrind_annotate is missing" >&2; exit 4; }
if [ ! -x "$bench" ] || [ "$root/bench/bench.c" -nt "$bench" ] || [ "$lib" -nt "$bench" ]; then
    # The same build as bench/run.sh's.
    mkdir -p "$(dirname "$bench")"
    # shellcheck disable=SC2046  # pkg-config output is meant to split into words
    "${CC:-cc}" -O2 -Wall -Wextra -I"${PYRUST_INCLUDE:-$root/include}" $(pkg-config --cflags python-3.11-embed lua5.4) \
        -o "$bench" "$root/bench/bench.c" -L"$(dirname "$lib")" -Wl,-rpath,"$(cd "$(dirname "$lib")" && pwd)" -lpyrust \
        $(pkg-config --libs python-3.11-embed lua5.4) -lm || { echo "bench-callgrind: build failed" >&2; exit 4; }
fi
[ -x "$bench" ] || { echo "bench-callgrind: could not build $bench" >&2; exit 4; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Inclusive instructions of one function in a callgrind profile.
inclusive() {
    callgrind_annotate --inclusive=yes "$1" 2>/dev/null |
        awk -v fn="$2" 'index($0, ":" fn " ") || index($0, ":" fn "\t") || $0 ~ (":" fn "$") { gsub(",", "", $1); print $1; exit }'
}

echo "Instructions per op (callgrind)${suite_args[1]:+, suite ${suite_args[1]}}, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| workload | ops | pyrust | CPython | Lua | pyrust / CPython |"
echo "|---|---:|---:|---:|---:|---:|"
"$bench" "${suite_args[@]}" --list | while IFS= read -r title; do
    n="$ops"
    case "$title" in
        uncached*) n=$((ops / 10)) ;;
        cached*) ;;
        *) n=1 ;;
    esac
    out="$tmp/cg.out"
    if ! valgrind --tool=callgrind --callgrind-out-file="$out" "$bench" "${suite_args[@]}" --title "$title" --count "$n" >/dev/null 2>&1; then
        echo "| $title | $n | failed | | | |"
        continue
    fi
    p="$(inclusive "$out" bench_count_pyrust)"
    c="$(inclusive "$out" bench_count_cpython)"
    l="$(inclusive "$out" bench_count_lua)"
    awk -v t="$title" -v n="$n" -v p="${p:-0}" -v c="${c:-0}" -v l="${l:-0}" 'BEGIN {
        printf "| %s | %d | %.0f | %.0f | %.0f | %s |\n", t, n, p / n, c / n, l / n, (c > 0 ? sprintf("%.2fx", p / c) : "-")
    }'
done
