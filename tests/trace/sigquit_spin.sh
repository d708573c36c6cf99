#!/usr/bin/env bash
# sigquit_spin.sh CSC WORKDIR: SIGQUIT reaching the thread of a goroutine
# that spins prints that goroutine first, "[running]" with its frames (not
# "stack unavailable"), as Go does. The line inside the loop varies from
# run to run (Go's too), so the dump's first frames are checked, not
# compared whole. GOMAXPROCS=1 keeps the spinning main goroutine on the
# main thread, which a process-directed signal reaches.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
bin=$work/trace_sigquit_spin
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/sigquit_spin.cs" -o "$bin" ||
  { echo "FAIL: csc rejected sigquit_spin.cs"; exit 1; }
rm -f "$bin.out" "$bin.err"
GOMAXPROCS=1 timeout 60 "$bin" >"$bin.out" 2>"$bin.err" &
pid=$!
for _ in $(seq 300); do [ -s "$bin.out" ] && break; sleep 0.1; done
sleep 1   # the program settles after "ready"; a loaded machine needs time
kill -QUIT "$pid"
wait "$pid"
code=$?
[ "$code" = 2 ] || { echo "FAIL: exit status $code, want 2"; exit 1; }
want=$'SIGQUIT: quit\n\ngoroutine N [running]:\nmain.spin(...)\n\tFILE:LOOP\nmain.main()\n\tFILE:19'
got=$(awk -v file="$dir/sigquit_spin.cs" -f "$dir/mask.awk" "$bin.err" | head -7 | sed '5s/^\tFILE:1[23]$/\tFILE:LOOP/')
[ "$got" = "$want" ] || { echo "FAIL: dump starts"; echo "$got"; echo "want"; echo "$want"; exit 1; }
echo "ok sigquit_spin"
