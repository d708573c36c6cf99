# mask.awk: a traceback (stderr of csc's or Go's program) in a form both
# compare equal in: the source path (awk -v file=PATH) becomes FILE, pc
# offsets, fp/sp/pc values and goroutine ids go, arguments become "(...)"
# (csc prints no argument values); Go's runtime frames, register dump and
# "PC=" line (SIGQUIT), the wrapper of a go statement's call (SIGQUIT),
# and goroutines left without frames, are dropped.
function repl(s, from, to,    i) {
    while (from != "" && (i = index(s, from)) > 0)
        s = substr(s, 1, i - 1) to substr(s, i + length(from))
    return s
}
/^PC=0x/ { next }
/^(r[a-z0-9]+|rip|rflags|cs|fs|gs) +0x/ { next }
{
    $0 = repl($0, file, "FILE")
    gsub(/ \+0x[0-9a-f]+/, "")
    sub(/ fp=0x.*$/, "")
    sub(/^goroutine [0-9]+ \[/, "goroutine N [")
    if ($0 !~ /^\t/ && $0 !~ /^(goroutine |created by |panic: |fatal error: |SIGQUIT: |\[signal )/)
        sub(/\([^()]+\)$/, "(...)")
    line[n++] = $0
}
END {
    m = 0
    for (i = 0; i < n; i++) {
        if (line[i] ~ /^(runtime\.|created by runtime\.)/ && i + 1 < n && line[i + 1] ~ /^\t/) {
            i++
            continue
        }
        out[m++] = line[i]
    }
    k = 0
    for (i = 0; i < m; i++) {
        # Go's wrapper of a go statement's call, shown at SIGQUIT's level
        if (out[i] ~ /\.func[0-9]+\(\)$/ && i + 3 < m && out[i + 2] ~ /^created by / &&
            out[i + 1] == out[i + 3]) {
            i++
            continue
        }
        if (out[i] ~ /^goroutine N \[/ && (i + 1 == m || out[i + 1] == "")) {
            i++     # a goroutine with nothing left and its blank line
            continue
        }
        if (out[i] == "" && k > 0 && res[k - 1] == "")
            continue
        res[k++] = out[i]
    }
    while (k > 0 && res[k - 1] == "")
        k--
    for (i = 0; i < k; i++)
        print res[i]
}
