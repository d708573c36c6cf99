#!/usr/bin/env bash
# run_golden.sh CSC SRC WORKDIR: compile SRC with csc (generated C must be
# warning-free: -Werror), run it at GOMAXPROCS=1 and 2 and compare with the
# expectations recorded from Go 1.19 beside it:
#   NAME.out     stdout, exactly            NAME.code   exit status (default 0)
#   NAME.stderr  lines stderr must contain  NAME.in     stdin (default empty)
#   NAME.args    arguments, one line
# Each run may take CSC_RUN_TIMEOUT seconds (default 60; the sanitized build
# raises it, tests/CMakeLists.txt).
set -u
csc=$1 src=$2 work=$3
base=${src%.cs}
id=$(echo "$base" | sed 's#.*/tests/##; s#/#_#g')
bin=$work/$id
if ! CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$src" -o "$bin" 2>"$bin.cerr"; then
  echo "FAIL: csc rejected $src:"; cat "$bin.cerr"; exit 1
fi
want_code=0; [ -f "$base.code" ] && want_code=$(cat "$base.code")
args=(); [ -f "$base.args" ] && read -r -a args <"$base.args"
stdin=/dev/null; [ -f "$base.in" ] && stdin=$base.in
fail=0
for procs in 1 2; do
  (cd "$(dirname "$src")" && GOMAXPROCS=$procs timeout "${CSC_RUN_TIMEOUT:-60}" "$bin" "${args[@]}" <"$stdin" >"$bin.out" 2>"$bin.err")
  code=$?
  if [ "$code" != "$want_code" ]; then
    echo "FAIL GOMAXPROCS=$procs: exit status $code, want $want_code"; head -20 "$bin.err"; fail=1
  fi
  if [ -f "$base.out" ] && ! diff -u "$base.out" "$bin.out" >"$bin.diff"; then
    echo "FAIL GOMAXPROCS=$procs: stdout differs"; head -40 "$bin.diff"; fail=1
  fi
  if [ -f "$base.stderr" ]; then
    while IFS= read -r line; do
      grep -qF -- "$line" "$bin.err" || { echo "FAIL GOMAXPROCS=$procs: stderr lacks: $line"; head -20 "$bin.err"; fail=1; }
    done <"$base.stderr"
  fi
done
[ $fail = 0 ] && echo "ok $src"
exit $fail
