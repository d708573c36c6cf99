#!/usr/bin/env bash
# schedtrace.sh CSC WORKDIR: GODEBUG=schedtrace=20 prints Go's summary line
# every 20 ms on stderr ("SCHED 20ms: gomaxprocs=2 idleprocs=2 threads=3
# spinningthreads=0 idlethreads=1 runqueue=0 [0 0]", one queue length per P)
# and, with scheddetail=1, Go's detailed header and a line per P, M and
# goroutine instead of the brackets. The numbers vary from run to run, so
# each line's shape is checked, not its values; stdout and the exit status
# stay the program's own.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
bin=$work/trace_schedtrace
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/schedtrace.cs" -o "$bin" || { echo "FAIL: csc rejected schedtrace.cs"; exit 1; }
n='[0-9]+'
head="^SCHED ${n}ms: gomaxprocs=PROCS idleprocs=$n threads=$n spinningthreads=$n idlethreads=$n runqueue=$n"
pline="^  P$n: status=[0124] schedtick=$n syscalltick=$n m=-?$n runqsize=$n gfreecnt=$n timerslen=$n$"
mline="^  M$n: p=-?$n curg=-?$n mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=(true|false) blocked=(true|false) lockedg=-1$"
gline="^  G$n: status=[0-6]\([a-zA-Z .()]*\) m=-?$n lockedm=-1$"
fail=0
check() {   # check PROCS GODEBUG EXTRA-REGEX...: every stderr line matches one of the shapes
  local procs=$1 debug=$2; shift 2
  GOMAXPROCS=$procs GODEBUG=$debug timeout 60 "$bin" >"$bin.out" 2>"$bin.err"
  local code=$?
  [ "$code" = 0 ] || { echo "FAIL $debug GOMAXPROCS=$procs: exit status $code"; fail=1; }
  [ "$(cat "$bin.out")" = done ] || { echo "FAIL $debug GOMAXPROCS=$procs: stdout"; cat "$bin.out"; fail=1; }
  [ "$(grep -c '^SCHED ' "$bin.err")" -ge 3 ] || { echo "FAIL $debug GOMAXPROCS=$procs: fewer than 3 SCHED lines"; fail=1; }
  local pattern
  pattern=$(printf '%s\n' "$@" | sed "s/PROCS/$procs/" | paste -sd'|')
  if grep -Evq "$pattern" "$bin.err"; then
    echo "FAIL $debug GOMAXPROCS=$procs: lines of an unexpected shape:"; grep -Ev "$pattern" "$bin.err" | head -5; fail=1
  fi
}
for procs in 1 2; do
  brackets="\[$n( $n)*\]"
  [ "$procs" = 1 ] && brackets="\[$n\]"
  check "$procs" schedtrace=20 "$head $brackets$"
  check "$procs" gctrace=0,schedtrace=20,scheddetail=1 \
    "$head gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=[01]$" "$pline" "$mline" "$gline"
  if [ "$(grep -c '^  P' "$bin.err")" != "$(( procs * $(grep -c '^SCHED ' "$bin.err") ))" ]; then
    echo "FAIL scheddetail GOMAXPROCS=$procs: not one P line per P per SCHED line"; fail=1
  fi
  grep -Eq '^  G1: status=4\((sleep|semacquire)\)' "$bin.err" || { echo "FAIL scheddetail GOMAXPROCS=$procs: no line for a waiting goroutine 1"; fail=1; }
done
[ $fail = 0 ] && echo "ok schedtrace"
exit $fail
