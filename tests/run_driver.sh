#!/usr/bin/env bash
# run_driver.sh CSC WORKDIR CASE: checks one behaviour of the csc command
# line (LANGUAGE.md "The csc command"): exit status, messages, output
# files, `csc run`. Each case runs in a fresh directory under WORKDIR.
# Exit status: 0 pass, 1 fail (with the reason on stdout).
set -u
csc=$1 work=$2 case=$3
dir=$work/driver_$case
rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 1

cat >prog.cs <<'EOF'
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args", len(os.Args)-1)
	for _, a := range os.Args[1:] {
		fmt.Println(a)
	}
	os.Exit(3)
}
EOF

fail() { echo "FAIL $case: $*"; echo "--- stdout"; cat out 2>/dev/null; echo "--- stderr"; cat err 2>/dev/null; exit 1; }
# expect STATUS GREP-PATTERN-FOR-STDERR
expect() {
  [ "$code" = "$1" ] || fail "exit status $code, want $1"
  [ -z "$2" ] || grep -q -- "$2" err || fail "stderr lacks: $2"
}

case $case in
missing_file)
  "$csc" nope.cs >out 2>err; code=$?
  expect 1 "^csc: open nope.cs: No such file or directory$" ;;
directory)
  mkdir d.cs
  "$csc" d.cs >out 2>err; code=$?
  expect 1 "^csc: d.cs is a directory" ;;
not_cs)
  echo x >prog.txt
  "$csc" prog.txt >out 2>err; code=$?
  expect 1 "^csc: prog.txt: not a .cs file$" ;;
bad_flag)
  "$csc" -Q prog.cs >out 2>err; code=$?
  expect 2 "^csc: unknown flag -Q$" ;;
missing_arg)
  "$csc" prog.cs -o >out 2>err; code=$?
  expect 2 "^csc: flag -o needs an argument$" ;;
no_files)
  "$csc" -O0 >out 2>err; code=$?
  expect 2 "^csc: no .cs files given$" ;;
version)
  "$csc" --version >out 2>err; code=$?
  expect 0 ""
  grep -q "^csc version " out || fail "no version line" ;;
help)
  "$csc" --help >out 2>err; code=$?
  expect 0 ""
  grep -q "csc run" out || fail "no usage text" ;;
default_output)
  "$csc" prog.cs >out 2>err; code=$?
  expect 0 ""
  [ -x prog ] || fail "no ./prog"
  ./prog x >out; [ $? = 3 ] || fail "program exit status"
  [ "$(cat out)" = "$(printf 'args 1\nx')" ] || fail "program output" ;;
output_and_emit_c)
  "$csc" -O0 -g prog.cs -o named --emit-c gen.c >out 2>err; code=$?
  expect 0 ""
  [ -x named ] || fail "no ./named"
  grep -q '#include' gen.c || fail "gen.c is not C" ;;
verbose)
  "$csc" -v prog.cs -o p >out 2>err; code=$?
  expect 0 "-std=gnu11 .*-O2 .*libcsrt.a" ;;
run_args_status)
  "$csc" run prog.cs -- a "b c" >out 2>err; code=$?
  expect 3 ""
  [ "$(cat out)" = "$(printf 'args 2\na\nb c')" ] || fail "program output" ;;
run_leaves_nothing)
  mkdir tmp
  TMPDIR=$PWD/tmp "$csc" run prog.cs >out 2>err; code=$?
  expect 3 ""
  [ -z "$(ls tmp)" ] || fail "temporary files left: $(ls tmp)" ;;
*)
  echo "unknown case $case"; exit 1 ;;
esac
echo "ok $case"
exit 0
