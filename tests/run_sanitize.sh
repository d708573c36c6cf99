#!/usr/bin/env bash
# run_sanitize.sh [BUILD_DIR] [CTEST_ARGS...]: configure and build csc and
# libcsrt with -DCSC_SANITIZE=address,undefined in BUILD_DIR (default
# build-asan beside the sources) and run the unit and stress tests plus the
# random programs there (or the tests CTEST_ARGS select). tests/CMakeLists.txt
# gives every test CSC_CFLAGS=-fsanitize=... in such a build, so the programs
# csc links against the sanitized runtime are sanitized too, and
# UBSAN_OPTIONS=halt_on_error=1 so that undefined behaviour fails a test.
# The runtime tells ASan about goroutine stack switches (runtime/proc.c).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-asan}
shift || true
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCSC_SANITIZE=address,undefined >/dev/null
cmake --build "$build" -j2
cd "$build"
if [ $# -gt 0 ]; then
  exec ctest --output-on-failure "$@"
fi
exec ctest --output-on-failure -j2 -L 'unit|stress|random'
