#!/usr/bin/env bash
# run_bench_small.sh CSC SRC ARG WANT WORKDIR: compile a bench/ program and
# check its value at a small size, at GOMAXPROCS=1 and 2.
set -u
csc=$1 src=$2 arg=$3 want=$4 work=$5
bin=$work/bench_$(basename "$src" .cs)
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$src" -o "$bin" || { echo "FAIL: csc rejected $src"; exit 1; }
for procs in 1 2; do
  got=$(GOMAXPROCS=$procs timeout 60 "$bin" "$arg")
  code=$?
  [ $code = 0 ] && [ "$got" = "$want" ] || { echo "FAIL GOMAXPROCS=$procs: got '$got' (exit $code), want '$want'"; exit 1; }
done
echo "ok $src $arg -> $want"
