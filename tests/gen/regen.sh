#!/usr/bin/env bash
# regen.sh: rebuild the committed random-program corpus: corpus/rand_SEED.cs
# from gen.py (seeds 1..8, 40 functions each: 320 random functions of every
# kind in eight C compiles) and their .out from Go 1.19 via
# tests/tools/record-go.sh. For wider differential runs against Go without
# committing anything, use fuzz.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/corpus"
rm -f "$here"/corpus/rand_*
for seed in 1 2 3 4 5 6 7 8; do
  python3 "$here/gen.py" "$seed" 40 >"$here/corpus/rand_$seed.cs"
done
"$here/../tools/record-go.sh" "$here"/corpus/rand_*.cs
