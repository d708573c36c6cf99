#!/usr/bin/env bash
# record-go.sh FILE.cs...: record a golden program's expectations from Go
# 1.19, the oracle, so that the test suite itself never needs Go.
#
# Each FILE.cs is copied to a scratch module as main.go, built with
# `go build`, and run from FILE's directory with FILE.in as stdin and the
# words of FILE.args as arguments when those exist. Written beside it:
#   FILE.out     stdout (always)
#   FILE.code    exit status, only when it is not 0
#   FILE.stderr  only for a panic or fatal error: the first line of Go's
#                stderr; plus Go's `goroutine 1 [...]:` line when the
#                source contains the marker comment `// check: goroutine status`
# A program is run at GOMAXPROCS=1 and at 2 and rejected (nothing written,
# exit status 1 at the end) when stdout or the status differ: golden
# programs must be deterministic.
# Environment: GO (default /usr/lib/go-1.19/bin/go).
set -u
go=${GO:-/usr/lib/go-1.19/bin/go}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export GOCACHE=${GOCACHE:-$HOME/.cache/csc-record-go} GOFLAGS=-mod=mod GO111MODULE=on
status=0

run_once() { # run_once PROCS BASE -> $scratch/out.PROCS err.PROCS code.PROCS
  local procs=$1 base=$2 args=() stdin=/dev/null
  [ -f "$base.args" ] && read -r -a args <"$base.args"
  [ -f "$base.in" ] && stdin=$base.in
  (cd "$(dirname "$base")" && GOMAXPROCS=$procs timeout 60 "$scratch/prog" "${args[@]}" \
     <"$stdin" >"$scratch/out.$procs" 2>"$scratch/err.$procs")
  echo $? >"$scratch/code.$procs"
}

for src in "$@"; do
  base=$(cd "$(dirname "$src")" && pwd)/$(basename "${src%.cs}")
  rm -f "$scratch/main.go" "$scratch/prog"
  cp "$src" "$scratch/main.go"
  printf 'module x\n\ngo 1.19\n' >"$scratch/go.mod"
  if ! (cd "$scratch" && "$go" build -o prog . 2>"$scratch/build.err"); then
    echo "REJECT $src: go build failed:"; sed 's/^/  /' "$scratch/build.err"; status=1; continue
  fi
  run_once 1 "$base"; run_once 2 "$base"
  if ! cmp -s "$scratch/out.1" "$scratch/out.2" || ! cmp -s "$scratch/code.1" "$scratch/code.2"; then
    echo "REJECT $src: GOMAXPROCS=1 and 2 differ"; diff "$scratch/out.1" "$scratch/out.2" | head -5; status=1; continue
  fi
  code=$(cat "$scratch/code.1")
  if [ "$code" = 124 ]; then echo "REJECT $src: timed out"; status=1; continue; fi
  cp "$scratch/out.1" "$base.out"
  rm -f "$base.code" "$base.stderr"
  [ "$code" != 0 ] && echo "$code" >"$base.code"
  first=$(head -n 1 "$scratch/err.1")
  case $first in
    "panic: "*|"fatal error: "*)
      echo "$first" >"$base.stderr"
      if grep -q '// check: goroutine status' "$src"; then
        grep -m1 '^goroutine 1 \[' "$scratch/err.1" >>"$base.stderr"
      fi ;;
  esac
  echo "ok $src (exit $code)"
done
exit $status
