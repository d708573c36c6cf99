#!/usr/bin/env bash
# run_sample.sh CSC SRC WORKDIR: a sample must compile warning-free; one
# with NAME.out beside it in tests/samples/ must also print exactly that.
set -u
csc=$1 src=$2 work=$3
name=$(basename "$src" .cs)
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$src" -o "$work/sample_$name" || { echo "FAIL: csc rejected $src"; exit 1; }
want=$(dirname "$0")/samples/$name.out
[ -f "$want" ] || { echo "ok (compiled) $src"; exit 0; }
GOMAXPROCS=2 timeout 60 "$work/sample_$name" >"$work/sample_$name.out" || { echo "FAIL: exit status $?"; exit 1; }
diff -u "$want" "$work/sample_$name.out" || exit 1
echo "ok $src"
