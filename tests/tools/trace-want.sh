#!/usr/bin/env bash
# trace-want.sh: records tests/trace/*.want, the tracebacks Go 1.19 prints
# for the trace programs, masked by tests/trace/mask.awk (paths, offsets,
# goroutine ids, arguments, runtime frames). Run it after changing a
# trace program; needs /usr/lib/go-1.19/bin/go.
#   NAME.want         frames.sh: stderr with GOTRACEBACK unset
#   NAME.LEVEL.want   frames.sh: with GOTRACEBACK=LEVEL
#   sigquit.want      sigquit.sh: after kill -QUIT
set -eu
go=${GO:-/usr/lib/go-1.19/bin/go}
dir=$(cd "$(dirname "$0")/../trace" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build() {
  mkdir -p "$tmp/$1"
  cp "$dir/$1.cs" "$tmp/$1/main.go"
  printf 'module x\n\ngo 1.19\n' >"$tmp/$1/go.mod"
  (cd "$tmp/$1" && "$go" build -o prog .)
}
mask() { awk -v file="$tmp/$1/main.go" -f "$dir/mask.awk"; }
for name in panic_deep deadlock_recv closure_names init_var same_code_functions go_thunk_frames; do
  build $name
  for level in "" none all; do
    want=$dir/$name${level:+.$level}.want
    GOTRACEBACK=$level GOMAXPROCS=1 "$tmp/$name/prog" 2>&1 >/dev/null | mask $name >"$want" || true
  done
done
build sigquit
GOMAXPROCS=1 "$tmp/sigquit/prog" >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [ -s "$tmp/out" ] && break; sleep 0.1; done
sleep 0.2
kill -QUIT $pid
wait $pid || true
mask sigquit <"$tmp/err" >"$dir/sigquit.want"
