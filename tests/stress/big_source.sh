#!/usr/bin/env bash
# big_source.sh CSC WORKDIR: the front end on machine-sized inputs. A 10 MB
# file (a literal of 1.4 million elements, then 100,000 small functions)
# must get through parsing, checking and C generation in bounded time
# (duplicate-key checks once made the literal quadratic: minutes); gcc is
# replaced by a stub that only creates the output, since compiling 70 MB
# of C is gcc's business. A file over csc's 16 MiB limit must be refused
# with a clear message, never a crash.
set -u
csc=$1 work=$2
dir=$work/stress_big_source
rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 1
cat >fakecc <<'STUB'
#!/bin/sh
while [ $# -gt 0 ]; do [ "$1" = -o ] && : >"$2"; shift; done
STUB
chmod +x fakecc
python3 - <<'GEN'
with open('lit.cs', 'w') as f:
    f.write('package main\n\nimport "fmt"\n\nvar data = []int{\n')
    n = 0
    while f.tell() < 10_000_000:
        f.write(', '.join(str(n * 10 + k) for k in range(10)) + ',\n')
        n += 1
    f.write('}\n\nfunc main() {\n\tfmt.Println(len(data))\n}\n')
with open('funcs.cs', 'w') as f:
    f.write('package main\n\nimport "fmt"\n\n')
    i = 0
    while f.tell() < 10_000_000:
        f.write(f'func f{i}(a, b int) int {{\n\tx := a*{i} + b\n\tif x > 10 {{\n\t\treturn x - 1\n\t}}\n\treturn x + {i}\n}}\n\n')
        i += 1
    f.write('func main() {\n\tfmt.Println(f1(2, 3))\n}\n')
GEN
fail=0
for f in lit funcs; do
  CC=$dir/fakecc timeout 240 "$csc" $f.cs -o $f.bin --emit-c $f.c >$f.log 2>&1
  code=$?
  if [ $code != 0 ] || [ ! -s $f.c ]; then echo "FAIL: $f.cs: exit status $code"; head -5 $f.log; fail=1; fi
done
cat lit.cs lit.cs >huge.cs
"$csc" huge.cs -o huge.bin >huge.log 2>&1
code=$?
if [ $code != 1 ] || ! grep -q "^csc: huge.cs: file too large" huge.log; then
  echo "FAIL: huge.cs: exit status $code, want 1 and 'file too large'"; head -5 huge.log; fail=1
fi
[ $fail = 0 ] && { echo "ok big_source"; rm -rf "$dir"; }
exit $fail
