#!/usr/bin/env bash
# rel_fd_exhaust.sh CSC WORKDIR: run rel_fd_exhaust.cs.txt with at most 64
# descriptors (soft and hard limit, so Go 1.19's raising of the soft limit
# changes nothing) at GOMAXPROCS=1 and 2, each run limited to CSC_RUN_TIMEOUT
# seconds (default 60) like run_golden.sh's; the expected output below was
# recorded from Go 1.19 the same way.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
src=$work/rel_fd_exhaust.cs bin=$work/stress_rel_fd_exhaust
cp "$dir/rel_fd_exhaust.cs.txt" "$src"
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$src" -o "$bin" || { echo "FAIL: csc rejected rel_fd_exhaust"; exit 1; }
want='opened more than 10: true
error: open /dev/null: too many open files
refilled: open /dev/null: too many open files
accept: accept tcp ADDR: accept4: too many open files
accept after retrying: <nil>
read: 2 <nil> hi
open after closing all: <nil>'
fail=0
for procs in 1 2; do
  got=$( (ulimit -n 64; GOMAXPROCS=$procs timeout "${CSC_RUN_TIMEOUT:-60}" "$bin") 2>&1)
  code=$?
  if [ "$code" != 0 ] || [ "$got" != "$want" ]; then
    echo "FAIL GOMAXPROCS=$procs (exit $code):"; diff <(echo "$want") <(echo "$got"); fail=1
  fi
done
[ $fail = 0 ] && echo "ok rel_fd_exhaust"
exit $fail
