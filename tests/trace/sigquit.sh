#!/usr/bin/env bash
# sigquit.sh CSC WORKDIR: SIGQUIT dumps every goroutine with its state, the
# CS functions it is in (file:line) and its creator, then exits 2, as Go
# does. Golden files cannot send signals, hence this driver.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
bin=$work/trace_sigquit
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/sigquit.cs" -o "$bin" || { echo "FAIL: csc rejected sigquit.cs"; exit 1; }
fail=0
for procs in 1 2; do
  rm -f "$bin.out" "$bin.err"
  GOMAXPROCS=$procs timeout 60 "$bin" >"$bin.out" 2>"$bin.err" &
  pid=$!
  for _ in $(seq 100); do [ -s "$bin.out" ] && break; sleep 0.1; done
  sleep 0.2
  kill -QUIT "$pid"
  wait "$pid"
  code=$?
  [ "$code" = 2 ] || { echo "FAIL GOMAXPROCS=$procs: exit status $code, want 2"; fail=1; }
  for want in "SIGQUIT: quit" "goroutine 1 [chan receive]:" "main.main()" "$dir/sigquit.cs:17 +0x" \
              " [sleep]:" "main.sleeper(...)" "$dir/sigquit.cs:10 +0x" "created by main.main"; do
    grep -qF -- "$want" "$bin.err" || { echo "FAIL GOMAXPROCS=$procs: stderr lacks: $want"; fail=1; }
  done
  [ $fail = 0 ] || { cat "$bin.err"; break; }
done
[ $fail = 0 ] && echo "ok sigquit"
exit $fail
