#!/usr/bin/env bash
# record-err.sh ERR.cs...: write ERR.err, the exact stderr csc must print
# when it rejects ERR.cs (run_error.sh compares them).
#
# Where the expected error comes from:
#   - a line carrying `// expect error at "ANCHOR": MESSAGE` (a feature CS
#     leaves out, which Go itself accepts, or an import Go words otherwise):
#     the error is on that line, at the first occurrence of ANCHOR in it;
#   - otherwise Go 1.19 must reject the file, and its errors are used,
#     moved to the later (Go 1.20+) wording that LANGUAGE.md and the checker
#     use where the two differ:
#       x declared but not used         -> declared and not used: x
#       imported and not used: "os"     -> "os" imported and not used
#       cannot use ... as type T in     -> cannot use ... as T value in
#       cannot assign to x (...)        -> cannot assign to x (neither
#                                          addressable nor a map index expression)
#       too few values in P{…}          -> too few values in struct literal of type P
#       (missing M method)              -> (missing method M)
#       for len                         -> for built-in len
#     Go's continuation lines (a tab first) stay part of the message
#     (have/want lines), joined with a space when the message ends in ':',
#     and dropped when they quote another position (previous case, other
#     declaration). Past 10 errors comes Go's `FILE:L:C: too many errors`.
# Each error is printed as `FILE:LINE:COL: error: MESSAGE`, the source line
# verbatim, and a caret line: each character before COL turned into a
# space (tabs kept as tabs, a UTF-8 sequence counting once), then `^`. FILE is the bare file name (run_error.sh runs csc
# from the file's directory).
# Environment: GO (default /usr/lib/go-1.19/bin/go).
set -u
go=${GO:-/usr/lib/go-1.19/bin/go}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export GOCACHE=${GOCACHE:-$HOME/.cache/csc-record-go}
printf 'module x\n\ngo 1.19\n' >"$scratch/go.mod"
status=0

for src in "$@"; do
  cp "$src" "$scratch/main.go"
  (cd "$scratch" && "$go" build -o prog . >"$scratch/build.out" 2>&1)
  built=$?
  if ! python3 - "$src" "$scratch/build.out" "$built" >"$scratch/err" <<'PY'
import re, sys
src, log, built = sys.argv[1], sys.argv[2], sys.argv[3] == "0"
name = src.rsplit("/", 1)[-1]
lines = open(src, encoding="utf-8").read().split("\n")
errs, too_many = [], False
for i, line in enumerate(lines):
    m = re.search(r'// expect error at "((?:[^"\\]|\\.)*)": (.*)$', line)
    if m:
        anchor = m.group(1).replace('\\"', '"')
        col = line.index(anchor) + 1
        errs.append((i + 1, col, m.group(2)))
if not errs:
    if built:
        sys.exit("Go accepts the program and it has no `// expect error` line")
    for raw in open(log, encoding="utf-8").read().split("\n"):
        m = re.match(r'^\.?/?main\.go:(\d+):(\d+): (.*)$', raw)
        if m and m.group(3) == "too many errors":
            too_many = True
        elif m:
            errs.append([int(m.group(1)), int(m.group(2)), m.group(3)])
        elif raw.startswith("\t") and errs and "main.go:" not in raw:
            if errs[-1][2].endswith(":"):
                errs[-1][2] += " " + raw.strip()
            else:
                errs[-1][2] += "\n" + raw
    if not errs:
        sys.exit("no errors found in Go's output")
def reword(msg):
    msg = re.sub(r'^(\S+) declared but not used$', r'declared and not used: \1', msg)
    msg = re.sub(r'^imported and not used: (".*") as (\S+)$', r'\1 imported as \2 and not used', msg)
    msg = re.sub(r'^imported and not used: (".*")$', r'\1 imported and not used', msg)
    msg = re.sub(r'^cannot assign to (\S+) \(.*\)$', r'cannot assign to \1 (neither addressable nor a map index expression)', msg)
    msg = re.sub(r'^too few values in (\w+)\{…\}$', r'too few values in struct literal of type \1', msg)
    msg = re.sub(r'^too many values in (\w+)\{…\}$', r'too many values in struct literal of type \1', msg)
    msg = re.sub(r'\(missing (\w+) method\)', r'(missing method \1)', msg)
    msg = re.sub(r' for (len|cap|close|delete|make|new|append|copy|panic)$', r' for built-in \1', msg)
    return re.sub(r' as type (\S+) in ', r' as \1 value in ', msg)
for ln, col, msg in errs[:10]:
    text = lines[ln - 1] if ln <= len(lines) else ""
    b = text.encode("utf-8")[:col - 1]
    # one space per character before the column (a UTF-8 sequence is one), tabs kept
    caret = "".join("\t" if c == 9 else " " for c in b if c & 0xC0 != 0x80)
    print(f"{name}:{ln}:{col}: error: {reword(msg)}")
    print(text)
    print(caret + "^")
if too_many:
    print(f"{name}:{errs[9][0]}:{errs[9][1]}: too many errors")
PY
  then echo "FAIL $src: $(tail -1 "$scratch/err")"; status=1; continue; fi
  cp "$scratch/err" "${src%.cs}.err"
  echo "ok $src"
done
exit $status
