package main

// String rewriting hot loops: a tiny template engine expanding
// {{name}} placeholders from a map with strings.Index and a Builder,
// HTML escaping through a strings.NewReplacer, strings.ReplaceAll and
// Replace with a count, Title-casing words by hand with strings.Split /
// Join, TrimFunc / TrimLeft / TrimSuffix, EqualFold comparisons,
// LastIndex and SplitN on key=value pairs, and strings.Count.
// Prints lengths and a checksum of everything produced.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

func expand(tmpl string, vars map[string]string) string {
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		name := strings.TrimSpace(tmpl[i+2 : i+j])
		if v, ok := vars[name]; ok {
			b.WriteString(v)
		} else {
			b.WriteString("<missing:" + name + ">")
		}
		tmpl = tmpl[i+j+2:]
	}
}

func titleWords(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if w == "" {
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

func hash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	tmpl := `<li class="{{ kind }}">Dear {{name}}, your order #{{id}} of {{ item }} ships {{when}}. {{unknown}}</li>`
	items := []string{`fish & chips`, `<script>`, `"quoted" goods`, `it's fine`, `plain widget`}
	var h uint64 = 14695981039346656037
	total := 0
	folds := 0
	trims := 0
	for i := 0; i < n; i++ {
		vars := map[string]string{
			"kind": []string{"new", "old", "vip"}[i%3],
			"name": titleWords("mr. JOHN q. public-" + strconv.Itoa(i%100)),
			"id":   strconv.Itoa(100000 + i),
			"item": esc.Replace(items[i%len(items)]),
			"when": "  tomorrow  ",
		}
		out := expand(tmpl, vars)
		out = strings.ReplaceAll(out, "  ", " ")
		out = strings.Replace(out, "o", "0", 2)
		total += len(out) + strings.Count(out, "&")
		h = hash(h, out)

		kv := "Key" + strconv.Itoa(i%7) + "=value=with=equals;path/to/file.txt"
		parts := strings.SplitN(kv, "=", 2)
		if strings.EqualFold(parts[0], "KEY3") {
			folds++
		}
		file := kv[strings.LastIndex(kv, "/")+1:]
		file = strings.TrimSuffix(file, ".txt")
		trimmed := strings.TrimFunc("  \t"+file+"123!!", func(r rune) bool { return !unicode.IsLetter(r) })
		trimmed = strings.TrimLeft(trimmed, "fi")
		trims += len(trimmed)
		h = hash(h, parts[1])
	}
	fmt.Println("total", total, "folds", folds, "trims", trims, "hash", h)
	fmt.Println(expand(tmpl, map[string]string{"kind": "x", "name": titleWords("ada  lovelace"), "id": "1", "item": esc.Replace(`<&>`), "when": "now"}))
}
