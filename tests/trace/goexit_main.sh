#!/usr/bin/env bash
# goexit_main.sh CSC WORKDIR: when main has called runtime.Goexit and every
# other goroutine has ended, stderr is exactly Go 1.19's one line (no blank
# line, no goroutine list: there is none), stdout has the deferred call's
# and the other goroutine's output, and the exit status is 2. Golden files
# only check that stderr contains lines, hence this driver.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
bin=$work/trace_goexit_main
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/goexit_main.cs" -o "$bin" || { echo "FAIL: csc rejected goexit_main.cs"; exit 1; }
want_err='fatal error: no goroutines (main called runtime.Goexit) - deadlock!'
want_out=$'main deferred runs\nother goroutine finished'
fail=0
for procs in 1 2; do
  GOMAXPROCS=$procs timeout 60 "$bin" >"$bin.out" 2>"$bin.err"
  code=$?
  [ "$code" = 2 ] || { echo "FAIL GOMAXPROCS=$procs: exit status $code, want 2"; fail=1; }
  [ "$(cat "$bin.err")" = "$want_err" ] && [ "$(wc -l <"$bin.err")" = 1 ] ||
    { echo "FAIL GOMAXPROCS=$procs: stderr is not exactly: $want_err"; cat -A "$bin.err"; fail=1; }
  [ "$(cat "$bin.out")" = "$want_out" ] || { echo "FAIL GOMAXPROCS=$procs: stdout differs"; cat "$bin.out"; fail=1; }
done
[ $fail = 0 ] && echo "ok goexit_main"
exit $fail
