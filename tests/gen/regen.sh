#!/usr/bin/env bash
# regen.sh: rebuild the committed random-program corpus: corpus/rand_SEED.cs
# from gen.py (seeds 1..6, 50 functions each: 300 random functions in six C
# compiles) and their .out from Go 1.19 via tests/tools/record-go.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/corpus"
for seed in 1 2 3 4 5 6; do
  python3 "$here/gen.py" "$seed" 50 >"$here/corpus/rand_$seed.cs"
done
"$here/../tools/record-go.sh" "$here"/corpus/rand_*.cs
