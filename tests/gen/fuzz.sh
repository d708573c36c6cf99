#!/usr/bin/env bash
# fuzz.sh FIRST LAST [NFUNCS]: differential testing against Go 1.19: for each
# seed in FIRST..LAST generate gen.py SEED NFUNCS (default 40) into a scratch
# directory and compare csc with Go there (shared/tools/vs-go, GOMAXPROCS 1
# and 2). Prints the disagreements; programs that disagree are kept in
# $KEEP (default /tmp/csc-fuzz) for minimising. Run from the project root.
set -u
first=$1 last=$2 n=${3:-40}
here=$(cd "$(dirname "$0")" && pwd)
keep=${KEEP:-/tmp/csc-fuzz}
vsgo=${VSGO:-$here/../../../shared/tools/vs-go}
mkdir -p "$keep"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bad=0
for seed in $(seq "$first" "$last"); do
  prog=$tmp/rand_$seed.cs
  python3 "$here/gen.py" "$seed" "$n" >"$prog"
  if ! "$vsgo" "$prog" >"$tmp/log" 2>&1; then
    cat "$tmp/log"; cp "$prog" "$keep/"; bad=$((bad + 1))
  fi
done
echo "fuzz.sh: seeds $first..$last ($n functions each), $bad disagreeing programs kept in $keep"
[ $bad -eq 0 ]
