#!/usr/bin/env bash
# run_error.sh CSC SRC WORKDIR: csc must reject SRC with exit status 1 and
# print exactly NAME.err (diagnostics with source line and caret) on stderr.
# The file name in diagnostics is SRC as given relative to its directory.
set -u
csc=$1 src=$2 work=$3
base=${src%.cs}
id=$(echo "$base" | sed 's#.*/tests/##; s#/#_#g')
cd "$(dirname "$src")" || exit 1
"$csc" "$(basename "$src")" -o "$work/$id" >"$work/$id.stdout" 2>"$work/$id.err"
code=$?
fail=0
[ $code = 1 ] || { echo "FAIL: exit status $code, want 1"; fail=1; }
if ! diff -u "$base.err" "$work/$id.err"; then echo "FAIL: diagnostics differ"; fail=1; fi
[ $fail = 0 ] && echo "ok $src"
exit $fail
