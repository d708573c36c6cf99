// Package bytes: the strings functions for byte slices, Buffer and Reader.
//
// Most functions here are package strings run on a view: view(b) is b's
// bytes as a string without a copy (bytes.c), so the searching, case and
// trimming algorithms exist once, in strings.cs. What bytes adds is the
// shape of the results, which Go specifies and programs can observe:
//   - a subslice result is cut from the argument itself (sharing its array),
//     at the offset the string result had in the view; Split and Fields cap
//     every piece at its end, as Go does, so appending to one cannot
//     overwrite the next, and the last piece of Split keeps s's capacity;
//   - a new-slice result (ToUpper, Map, Replace, ...) is a fresh copy with
//     Go's nil-ness: Trim/TrimLeft/TrimFunc give nil when nothing is left,
//     Replace of nothing copies with append (nil for empty input).
// Only the views of byte slices passed in are made; a view never outlives
// the strings call it is passed to, so later writes to b are harmless.
// Empty-sep splitting (explode) is written here because bytes keeps
// invalid UTF-8 bytes as they are, where strings substitutes U+FFFD.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func view(b []byte) string
func offset(view, sub string) int
func asciiFieldCount(s string) int
func cutFields(s []byte, a [][]byte)

// withCap copies s into a new slice with room for at least n bytes.
func withCap(s string, n int) []byte {
	return append(make([]byte, 0, n), s...)
}

// ---- comparing and searching ------------------------------------------------

func Equal(a, b []byte) bool {
	return view(a) == view(b)
}

func Compare(a, b []byte) int {
	return strings.Compare(view(a), view(b))
}

func EqualFold(s, t []byte) bool {
	return strings.EqualFold(view(s), view(t))
}

func HasPrefix(s, prefix []byte) bool {
	return strings.HasPrefix(view(s), view(prefix))
}

func HasSuffix(s, suffix []byte) bool {
	return strings.HasSuffix(view(s), view(suffix))
}

func Contains(b, subslice []byte) bool {
	return strings.Contains(view(b), view(subslice))
}

func ContainsAny(b []byte, chars string) bool {
	return strings.ContainsAny(view(b), chars)
}

func ContainsRune(b []byte, r rune) bool {
	return strings.ContainsRune(view(b), r)
}

func Count(s, sep []byte) int {
	return strings.Count(view(s), view(sep))
}

func Index(s, sep []byte) int {
	return strings.Index(view(s), view(sep))
}

func IndexByte(b []byte, c byte) int {
	return strings.IndexByte(view(b), c)
}

func IndexRune(s []byte, r rune) int {
	return strings.IndexRune(view(s), r)
}

func IndexAny(s []byte, chars string) int {
	return strings.IndexAny(view(s), chars)
}

func IndexFunc(s []byte, f func(r rune) bool) int {
	return strings.IndexFunc(view(s), f)
}

func LastIndex(s, sep []byte) int {
	return strings.LastIndex(view(s), view(sep))
}

func LastIndexByte(s []byte, c byte) int {
	return strings.LastIndexByte(view(s), c)
}

func LastIndexAny(s []byte, chars string) int {
	return strings.LastIndexAny(view(s), chars)
}

func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return strings.LastIndexFunc(view(s), f)
}

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// ---- splitting and joining ----------------------------------------------------

// explode splits s after each UTF-8 sequence (invalid bytes one by one),
// into at most n pieces (n <= 0: no limit).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	na := 0
	for ; len(s) > 0 && na < n-1; na++ {
		_, size := utf8.DecodeRune(s)
		a[na] = s[:size:size]
		s = s[size:]
	}
	if len(s) > 0 {
		a[na] = s
		na++
	}
	return a[:na]
}

// consecutive cuts s into the pieces of parts, a strings split of view(s):
// each piece follows the one before after gap bytes of separator.
func consecutive(s []byte, parts []string, gap int) [][]byte {
	if parts == nil {
		return nil
	}
	a := make([][]byte, len(parts))
	start := 0
	for i, p := range parts {
		end := start + len(p)
		a[i] = s[start:end:end]
		start = end + gap
	}
	last := len(s) - len(parts[len(parts)-1])
	a[len(a)-1] = s[last:]
	return a
}

func SplitN(s, sep []byte, n int) [][]byte {
	if len(sep) == 0 && n != 0 {
		return explode(s, n)
	}
	return consecutive(s, strings.SplitN(view(s), view(sep), n), len(sep))
}

func SplitAfterN(s, sep []byte, n int) [][]byte {
	if len(sep) == 0 && n != 0 {
		return explode(s, n)
	}
	return consecutive(s, strings.SplitAfterN(view(s), view(sep), n), 0)
}

func Split(s, sep []byte) [][]byte {
	return SplitN(s, sep, -1)
}

func SplitAfter(s, sep []byte) [][]byte {
	return SplitAfterN(s, sep, -1)
}

// subslices cuts s into fields, non-empty substrings of v = view(s).
func subslices(s []byte, v string, fields []string) [][]byte {
	a := make([][]byte, len(fields))
	for i, f := range fields {
		start := offset(v, f)
		end := start + len(f)
		a[i] = s[start:end:end]
	}
	return a
}

// Fields of ASCII input are counted and cut straight into one exactly
// sized [][]byte by strings' scanner (bytes.c); anything else goes
// through FieldsFunc.
func Fields(s []byte) [][]byte {
	n := asciiFieldCount(view(s))
	if n < 0 {
		return FieldsFunc(s, unicode.IsSpace)
	}
	a := make([][]byte, n)
	cutFields(s, a)
	return a
}

func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	v := view(s)
	return subslices(s, v, strings.FieldsFunc(v, f))
}

// Join concatenates the elements of s with sep between them, into a new
// slice (nil only for one empty element, as Go copies it with append).
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, n)
	bp := copy(b, s[0])
	for _, v := range s[1:] {
		bp += copy(b[bp:], sep)
		bp += copy(b[bp:], v)
	}
	return b
}

// Repeat returns count copies of b, doubling the copied prefix each step.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	nb := make([]byte, len(b)*count)
	bp := copy(nb, b)
	for bp < len(nb) {
		copy(nb[bp:], nb[:bp])
		bp *= 2
	}
	return nb
}

// ---- trimming -------------------------------------------------------------------

// leftTrimmed is s less the prefix that trimming removed to leave rest;
// nil when nothing is left, as Go's TrimLeft and TrimLeftFunc.
func leftTrimmed(s []byte, rest string) []byte {
	if len(rest) == 0 {
		return nil
	}
	return s[len(s)-len(rest):]
}

func TrimLeft(s []byte, cutset string) []byte {
	if cutset == "" && len(s) > 0 {
		return s
	}
	return leftTrimmed(s, strings.TrimLeft(view(s), cutset))
}

func TrimRight(s []byte, cutset string) []byte {
	return s[:len(strings.TrimRight(view(s), cutset))]
}

func Trim(s []byte, cutset string) []byte {
	return TrimLeft(TrimRight(s, cutset), cutset)
}

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	return leftTrimmed(s, strings.TrimLeftFunc(view(s), f))
}

func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	return s[:len(strings.TrimRightFunc(view(s), f))]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace is strings.TrimSpace on the view, as a subslice of s (nil when
// nothing is left, as in Go).
func TrimSpace(s []byte) []byte {
	v := view(s)
	t := strings.TrimSpace(v)
	if len(t) == 0 {
		return nil
	}
	start := offset(v, t)
	return s[start : start+len(t)]
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// ---- mapping and replacing ------------------------------------------------------

// Map returns a new slice of s's runes replaced by mapping(r), dropping
// those mapped to a negative value.
func Map(mapping func(r rune) rune, s []byte) []byte {
	return withCap(strings.Map(mapping, view(s)), len(s))
}

func ToUpper(s []byte) []byte {
	return withCap(strings.ToUpper(view(s)), len(s))
}

func ToLower(s []byte) []byte {
	return withCap(strings.ToLower(view(s)), len(s))
}

func ToTitle(s []byte) []byte {
	return withCap(strings.ToTitle(view(s)), len(s))
}

func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToUpper, s)
}

func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToLower, s)
}

func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToTitle, s)
}

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 replaced
// by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	return withCap(strings.ToValidUTF8(view(s), view(replacement)), len(s)+len(replacement))
}

func Title(s []byte) []byte {
	return withCap(strings.Title(view(s)), len(s))
}

// Runes returns s's runes (U+FFFD for each invalid byte).
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for _, r := range view(s) {
		t[i] = r
		i++
	}
	return t
}

// Replace returns a copy of s with the first n (n < 0: all)
// non-overlapping instances of old replaced by new.
func Replace(s, old, new []byte, n int) []byte {
	if n == 0 || Count(s, old) == 0 {
		return append([]byte(nil), s...)
	}
	r := strings.Replace(view(s), view(old), view(new), n)
	return withCap(r, len(r))
}

func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}
