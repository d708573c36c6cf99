// Package strings: string searching, splitting, trimming and building.
// All CS except IndexByte/Index (memchr/memmem) and the aliasing byte
// conversion behind Builder.String (strings.c).
package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

func IndexByte(s string, c byte) int
func Index(s, substr string) int
func bytesToString(b []byte) string
func asciiFieldCount(s string) int
func cutFields(s string, a []string)

// ---- Builder ---------------------------------------------------------------

// A Builder builds a string with few copies; its zero value is ready.
// Writing to a copy of a Builder that had been written to panics, as in
// Go: the first write records the Builder's address in addr.
type Builder struct {
	addr uintptr
	buf  []byte
}

// sameAddress reports whether *addr holds addr's own address, recording
// it on first use (open-coded by csc, and known not to leak addr).
func sameAddress(addr *uintptr) bool

func (b *Builder) copyCheck() {
	if !sameAddress(&b.addr) {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string {
	return bytesToString(b.buf)
}

func (b *Builder) Len() int {
	return len(b.buf)
}

func (b *Builder) Cap() int {
	return cap(b.buf)
}

func (b *Builder) Reset() {
	b.addr = 0
	b.buf = nil
}

func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// ---- Reader ----------------------------------------------------------------

// A Reader reads from a string (io.Reader, io.ByteReader, io.RuneReader).
type Reader struct {
	s        string
	i        int64
	prevRune int
}

func NewReader(s string) *Reader {
	return &Reader{s, 0, -1}
}

// Len returns the number of unread bytes.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 {
	return int64(len(r.s))
}

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Reset(s string) {
	*r = Reader{s, 0, -1}
}

// ReadAt reads from offset off without moving the read position.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// Seek sets the read position; positions past the end are allowed.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo writes the unread rest to w (io.WriterTo).
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}

// ---- searching ---------------------------------------------------------------

func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[0:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func IndexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func IndexAny(s, chars string) int {
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, c := range s {
		if f(c) {
			return i
		}
	}
	return -1
}

func LastIndex(s, substr string) int {
	n := len(substr)
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndexAny(s, chars string) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// Count counts non-overlapping instances of substr (runes + 1 if empty).
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// EqualFold reports whether s and t are equal under simple Unicode case
// folding: rune by rune, each is in the other's SimpleFold orbit.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, sn := utf8.DecodeRuneInString(s)
		tr, tn := utf8.DecodeRuneInString(t)
		s, t = s[sn:], t[tn:]
		if !foldsTo(sr, tr) {
			return false
		}
	}
	return s == t
}

// foldsTo reports whether a and b lie in the same case-folding orbit.
func foldsTo(a, b rune) bool {
	if a == b {
		return true
	}
	if b < a {
		a, b = b, a
	}
	r := unicode.SimpleFold(a)
	for r != a && r < b {
		r = unicode.SimpleFold(r)
	}
	return r == b
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// ---- splitting and joining -----------------------------------------------

// explode splits s into UTF-8 sequences, at most n (n < 0: all).
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		ch, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		if ch == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		}
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func Split(s, sep string) []string {
	return genSplit(s, sep, 0, -1)
}

func SplitN(s, sep string, n int) []string {
	return genSplit(s, sep, 0, n)
}

func SplitAfter(s, sep string) []string {
	return genSplit(s, sep, len(sep), -1)
}

func SplitAfterN(s, sep string, n int) []string {
	return genSplit(s, sep, len(sep), n)
}

// asciiSpace marks the bytes unicode.IsSpace accepts below utf8.RuneSelf
// (as ascii_space in strings.c).
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// Fields splits s around runs of white space. ASCII input (the usual
// case) is counted first and cut into an exactly sized slice without
// decoding runes, as Go does (strings.c); anything else goes through
// FieldsFunc.
func Fields(s string) []string {
	n := asciiFieldCount(s)
	if n < 0 {
		return FieldsFunc(s, unicode.IsSpace)
	}
	a := make([]string, n)
	cutFields(s, a)
	return a
}

// FieldsFunc splits s around runs of runes for which f is true, calling
// f once per rune; the result's capacity is its length, as in Go.
func FieldsFunc(s string, f func(rune) bool) []string {
	var local [32]int
	bounds := local[:0] // start, end pairs
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([]string, len(bounds)/2)
	for k := range a {
		a[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return a
}

func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for i := 0; i < len(elems); i++ {
		n += len(elems[i])
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, s := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(s)
	}
	return b.String()
}

// Clone returns a fresh copy of s ("" stays "").
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s)*count/count != len(s) {
		panic("strings: Repeat output length overflow")
	}
	var b Builder
	b.Grow(len(s) * count)
	for i := 0; i < count; i++ {
		b.WriteString(s)
	}
	return b.String()
}

// ---- trimming -----------------------------------------------------------------

// TrimSpace steps over ASCII white space from both ends with the
// asciiSpace table and decodes runes only from the first non-ASCII byte
// it meets, as Go does.
func TrimSpace(s string) string {
	start, stop := 0, len(s)
	for ; start < stop && asciiSpace[s[start]] != 0; start++ {
	}
	if start < stop && s[start] >= utf8.RuneSelf {
		return TrimFunc(s[start:], unicode.IsSpace)
	}
	for ; stop > start && asciiSpace[s[stop-1]] != 0; stop-- {
	}
	if stop > start && s[stop-1] >= utf8.RuneSelf {
		return TrimRightFunc(s[start:stop], unicode.IsSpace)
	}
	return s[start:stop]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[0:i]
}

func Trim(s, cutset string) string {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

func TrimLeft(s, cutset string) string {
	for i, r := range s {
		if IndexRune(cutset, r) < 0 {
			return s[i:]
		}
	}
	return ""
}

func TrimRight(s, cutset string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		if IndexRune(cutset, r) < 0 {
			break
		}
		i -= size
	}
	return s[0:i]
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// ---- mapping ----------------------------------------------------------------------

// Map returns s with every rune replaced by mapping(r); runes mapped to
// a negative value are dropped.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, r := range s {
		m := mapping(r)
		if m >= 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

func ToUpper(s string) string {
	ascii := true
	hasLower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		hasLower = hasLower || ('a' <= c && c <= 'z')
	}
	if ascii {
		if !hasLower {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	return Map(unicode.ToUpper, s)
}

func ToLower(s string) string {
	ascii := true
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
	}
	if ascii {
		if !hasUpper {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	return Map(unicode.ToLower, s)
}

func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		isSep := isSeparator(prev)
		prev = r
		if isSep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// isSeparator: does r end a word for Title? ASCII letters, digits and
// '_' do not; other ASCII does; beyond ASCII only spaces do (as in Go).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Replace returns s with the first n (n < 0: all) non-overlapping
// instances of old replaced by new.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

func ToTitle(s string) string {
	return Map(unicode.ToTitle, s)
}

// ToUpperSpecial, ToLowerSpecial and ToTitleSpecial map s by c, a
// language's mapping (unicode.TurkishCase), before the standard one.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToUpper, s)
}

func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToLower, s)
}

func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToTitle, s)
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// ---- Replacer -------------------------------------------------------------

// A Replacer replaces a list of strings with replacements. At each
// position the pairs are tried in argument order and the first match
// wins; matches do not overlap. An empty old string matches at every
// byte position (even inside a UTF-8 sequence), as in Go's generic
// replacer.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b Builder
	i := 0
	for i <= len(s) {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if HasPrefix(s[i:], old) {
				b.WriteString(r.oldnew[k+1])
				if old != "" {
					i += len(old)
					matched = true
					break
				}
				// empty match: emit, then copy one byte below
				break
			}
		}
		if matched {
			continue
		}
		if i == len(s) {
			break
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// WriteString writes s with the replacements made to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by
// replacement (which may be empty).
func ToValidUTF8(s, replacement string) string {
	var b Builder
	inRun := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		bad := r == utf8.RuneError && w == 1
		if bad && !inRun {
			b.WriteString(replacement)
		} else if !bad {
			b.WriteString(s[i : i+w])
		}
		inRun = bad
		i += w
	}
	return b.String()
}
