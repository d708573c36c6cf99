#!/usr/bin/env bash
# frames.sh CSC WORKDIR: tracebacks name the .cs line executing in every
# frame (the call in outer frames, the panicking or blocking statement in
# the innermost), inlined functions as frames of their own, and the go
# statement under "created by", as Go 1.19 prints them; GOTRACEBACK none,
# all and crash work as in Go. Stderr is compared whole with NAME.want /
# NAME.LEVEL.want (Go's, recorded by tests/tools/trace-want.sh), both
# masked by mask.awk.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
fail=0
check() {   # check NAME LEVEL: run at GOMAXPROCS 1 and 2, compare
  local name=$1 level=$2 bin=$work/trace_$1
  local want=$dir/$name${level:+.$level}.want
  for procs in 1 2; do
    GOTRACEBACK=$level GOMAXPROCS=$procs timeout 60 "$bin" >/dev/null 2>"$bin.err"
    code=$?
    [ "$code" = 2 ] || { echo "FAIL $name GOTRACEBACK=$level GOMAXPROCS=$procs: exit status $code, want 2"; fail=1; }
    if ! awk -v file="$dir/$name.cs" -f "$dir/mask.awk" "$bin.err" | diff -u "$want" - >"$bin.diff"; then
      echo "FAIL $name GOTRACEBACK=$level GOMAXPROCS=$procs: stderr differs from Go's (masked)"
      cat "$bin.diff"; fail=1
    fi
  done
}
for name in panic_deep deadlock_recv closure_names init_var same_code_functions go_thunk_frames; do
  CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/$name.cs" -o "$work/trace_$name" ||
    { echo "FAIL: csc rejected $name.cs"; exit 1; }
  for level in "" none all; do
    check $name "$level"
  done
done
# crash: the dump of all, then death by SIGABRT (Go adds runtime frames)
bin=$work/trace_panic_deep
GOTRACEBACK=crash timeout 60 "$bin" >/dev/null 2>"$bin.err"
code=$?
[ "$code" = 134 ] || { echo "FAIL crash: exit status $code, want 134 (SIGABRT)"; fail=1; }
awk -v file="$dir/panic_deep.cs" -f "$dir/mask.awk" "$bin.err" | diff -u "$dir/panic_deep.all.want" - ||
  { echo "FAIL crash: stderr differs from GOTRACEBACK=all's"; fail=1; }
[ $fail = 0 ] && echo "ok frames"
exit $fail
