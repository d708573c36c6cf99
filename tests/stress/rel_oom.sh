#!/usr/bin/env bash
# rel_oom.sh CSC WORKDIR: run rel_oom.cs.txt in both modes under a 1.6 GB
# address space limit (ulimit -v; csc programs need about 1.1 GB to start, Go
# 1.19 ones about 1 GB). Each run must print its progress line, then
# stop within the timeout with exit status 2 and a "fatal error: ... out of
# memory" line on stderr (Go: "fatal error: out of memory"). Skipped in an
# AddressSanitizer build: ASan's shadow memory needs an unlimited address
# space.
set -u
csc=$1 work=$2
case "${CSC_CFLAGS:-}" in *sanitize=*address*) echo "skipped under ASan"; exit 0;; esac
dir=$(cd "$(dirname "$0")" && pwd)
src=$work/rel_oom.cs bin=$work/stress_rel_oom
cp "$dir/rel_oom.cs.txt" "$src"
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$src" -o "$bin" || { echo "FAIL: csc rejected rel_oom"; exit 1; }
fail=0
for mode in goroutines heap; do
  case $mode in goroutines) want='1000 goroutines started';; heap) want='100 MiB allocated';; esac
  for procs in 1 2; do
    out=$( (ulimit -v 1600000; GOMAXPROCS=$procs timeout 120 "$bin" $mode 2>"$work/rel_oom.err") )
    code=$?
    err=$(cat "$work/rel_oom.err")
    if [ "$code" != 2 ] || [ "$out" != "$want" ] || ! grep -q '^fatal error: .*out of memory' <<<"$err"; then
      echo "FAIL $mode GOMAXPROCS=$procs (exit $code, want 2)"; echo "stdout: $out"; echo "stderr:"; head -5 <<<"$err"; fail=1
    fi
  done
done
[ $fail = 0 ] && echo "ok rel_oom"
exit $fail
