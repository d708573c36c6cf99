#!/usr/bin/env bash
# sigquit.sh CSC WORKDIR: SIGQUIT dumps every goroutine with its state, the
# .cs line each frame is at and the go statement that created it, then
# exits 2, as Go does: stderr is compared whole with sigquit.want (Go
# 1.19's, recorded by tests/tools/trace-want.sh), both masked by mask.awk.
# Golden files cannot send signals, hence this driver.
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
  for _ in $(seq 300); do [ -s "$bin.out" ] && break; sleep 0.1; done
  sleep 1   # the program settles after "ready"; a loaded machine needs time
  kill -QUIT "$pid"
  wait "$pid"
  code=$?
  [ "$code" = 2 ] || { echo "FAIL GOMAXPROCS=$procs: exit status $code, want 2"; fail=1; }
  if ! awk -v file="$dir/sigquit.cs" -f "$dir/mask.awk" "$bin.err" | diff -u "$dir/sigquit.want" - >"$bin.diff"; then
    echo "FAIL GOMAXPROCS=$procs: stderr differs from Go's (masked)"; cat "$bin.diff"; fail=1
  fi
done
[ $fail = 0 ] && echo "ok sigquit"
exit $fail
