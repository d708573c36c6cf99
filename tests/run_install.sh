#!/usr/bin/env bash
# run_install.sh BUILDDIR SRC: `cmake --install` into a temporary prefix,
# then compile and run SRC with the installed csc from another directory:
# an installed csc must find its runtime, headers and stdlib by itself.
set -u
build=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
cp "$src" "$tmp/prog.cs"
cd "$tmp" || exit 1
"$tmp/prefix/bin/csc" prog.cs -o prog || { echo "FAIL: installed csc could not compile"; exit 1; }
out=$(GOMAXPROCS=2 timeout 60 ./prog) || { echo "FAIL: program exited $?"; exit 1; }
echo "$out"
case "$out" in *10000*) echo "ok installed csc";; *) echo "FAIL: unexpected output"; exit 1;; esac
