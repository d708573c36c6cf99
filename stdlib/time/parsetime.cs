// Parse and ParseInLocation: the inverse of Format, with Go 1.19's rules
// and error texts.
//
// The layout is split as Format splits it (token, format.cs): literal
// text must match the value (a run of spaces matches any run of spaces),
// and each element reads its field. Fields are only collected while
// reading; the date is checked and built at the end, so "Feb 30" is an
// error but "24:00" is caught as the hour is read. Zones: "Z" and "UTC"
// give UTC; a numeric offset gives Local when Local has that offset at
// that instant, else a fixed zone; a zone abbreviation gives Local when it
// is Local's at that instant, else a fixed zone with offset 0 (GMT+h
// gives h hours). Without a zone the Location is UTC for Parse and loc
// for ParseInLocation.
package time

import "errors"

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// Parse parses value by layout; a time without a zone is in UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc for times that name no zone, and for
// deciding which zone an offset or abbreviation stands for.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	if loc == nil {
		panic("time: missing Location in call to ParseInLocation")
	}
	return parse(layout, value, loc, loc)
}

// nextChunk splits layout into the literal text before its first element,
// the element, and the rest.
func nextChunk(layout string) (prefix, tok, rest string) {
	for i := 0; i < len(layout); i++ {
		if tok := token(layout[i:]); tok != "" {
			return layout[:i], tok, layout[i+len(tok):]
		}
	}
	return layout, "", ""
}

// parsed collects what parse has read.
type parsed struct {
	year, month, day, yday      int
	hour, min, sec, nsec        int
	pm, am                      bool
	utc                         bool
	zoneOffset                  int // -1: none read
	zoneName                    string
}

// parse: a time that names no zone is in def; offsets and abbreviations
// are looked up in local.
func parse(layout, value string, def, local *Location) (Time, error) {
	alayout, avalue := layout, value
	f := parsed{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, tok, rest := nextChunk(layout)
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if tok == "" {
			if value != "" {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = rest
		var rangeErr string
		value, rangeErr, err = f.read(tok, value, layout)
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, tok, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, tok, value, ""}
		}
	}
	if f.pm && f.hour < 12 {
		f.hour += 12
	} else if f.am && f.hour == 12 {
		f.hour = 0
	}
	if msg := f.settleDate(); msg != "" {
		return Time{}, &ParseError{alayout, avalue, "", value, ": " + msg}
	}
	return f.build(def, local), nil
}

// read takes one element's field off the front of value. after is the
// layout that follows (a fractional second in the value is read with the
// seconds unless the layout has its own element for it). On an error, rest
// is the value Go's message quotes: where Go had already taken the
// element's text off (a "2006" that is not a number, "PM" that is neither,
// a bad zone offset or fraction) what follows it, else value as it was.
func (f *parsed) read(tok, value, after string) (rest string, rangeErr string, err error) {
	switch tok {
	case "2006":
		if len(value) < 4 || !isDigit(value, 0) {
			return value, "", errBad
		}
		f.year, err = atoi(value[:4])
		return value[4:], "", err
	case "06":
		if len(value) < 2 {
			return value, "", errBad
		}
		f.year, err = atoi(value[:2])
		if err != nil {
			return value, "", err
		}
		if f.year >= 69 {
			f.year += 1900
		} else {
			f.year += 2000
		}
		return value[2:], "", err
	case "Jan", "January":
		names := monthNames
		if tok == "Jan" {
			names = shortMonthNames
		}
		f.month, value, err = lookup(names, value)
		f.month++
		return value, "", err
	case "01", "1":
		f.month, value, err = getnum(value, tok == "01")
		if err == nil && (f.month <= 0 || f.month > 12) {
			rangeErr = "month"
		}
		return value, rangeErr, err
	case "Mon", "Monday":
		names := dayNames
		if tok == "Mon" {
			names = shortDayNames
		}
		_, value, err = lookup(names, value)
		return value, "", err
	case "02", "_2", "2":
		if tok == "_2" && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		f.day, value, err = getnum(value, tok == "02")
		return value, "", err
	case "002", "__2":
		for i := 0; i < 2 && tok == "__2" && value != "" && value[0] == ' '; i++ {
			value = value[1:]
		}
		f.yday, value, err = getnum3(value, tok == "002")
		return value, "", err
	case "15":
		f.hour, value, err = getnum(value, false)
		if f.hour < 0 || f.hour >= 24 {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case "03", "3":
		f.hour, value, err = getnum(value, tok == "03")
		if f.hour < 0 || f.hour > 12 {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case "04", "4":
		f.min, value, err = getnum(value, tok == "04")
		if f.min < 0 || f.min >= 60 {
			rangeErr = "minute"
		}
		return value, rangeErr, err
	case "05", "5":
		return f.readSeconds(value, tok == "05", after)
	case "PM", "pm":
		if len(value) < 2 {
			return value, "", errBad
		}
		switch value[:2] {
		case tok:
			f.pm = true
		case string(tok[0]+'A'-'P') + string(tok[1]):
			f.am = true
		default:
			return value[2:], "", errBad
		}
		return value[2:], "", nil
	case "MST":
		return f.readZoneName(value)
	}
	if tok[0] == '.' || tok[0] == ',' {
		return f.readFraction(value, tok)
	}
	return f.readZoneOffset(value, tok)
}

// readSeconds reads the seconds, and a fraction after them when the
// layout has no fractional element next.
func (f *parsed) readSeconds(value string, fixed bool, after string) (string, string, error) {
	var err error
	f.sec, value, err = getnum(value, fixed)
	if err != nil {
		return value, "", err
	}
	if f.sec < 0 || f.sec >= 60 {
		return value, "second", nil
	}
	if len(value) >= 2 && isSep(value[0]) && isDigit(value, 1) {
		if _, next, _ := nextChunk(after); next != "" && isSep(next[0]) {
			return value, "", nil
		}
		n := 2
		for n < len(value) && isDigit(value, n) {
			n++
		}
		var rangeErr string
		f.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	}
	return value, "", nil
}

// readFraction reads ".000" (exactly that many digits) or ".999" (any
// number of digits, or none).
func (f *parsed) readFraction(value, tok string) (string, string, error) {
	if tok[1] == '0' {
		if len(value) < len(tok) {
			return value, "", errBad
		}
		ns, rangeErr, err := parseNanoseconds(value, len(tok))
		f.nsec = ns
		return value[len(tok):], rangeErr, err
	}
	if len(value) < 2 || !isSep(value[0]) || !isDigit(value, 1) {
		return value, "", nil
	}
	n := 1
	for n < len(value) && isDigit(value, n) {
		n++
	}
	ns, rangeErr, err := parseNanoseconds(value, n)
	f.nsec = ns
	return value[n:], rangeErr, err
}

// readZoneOffset reads "Z" (for the Z07 forms) or ±hh[[:]mm[[:]ss]].
func (f *parsed) readZoneOffset(value, tok string) (string, string, error) {
	if tok[0] == 'Z' && (len(tok) == 3 || tok == "Z07:00" || tok == "Z0700") && value != "" && value[0] == 'Z' {
		f.utc = true
		return value[1:], "", nil
	}
	form := tok[1:] // "07:00:00", "070000", "07:00", "0700", "07"
	if len(value) < len(form)+1 {
		return value, "", errBad
	}
	for i := 0; i < len(form); i++ {
		if form[i] == ':' && value[1+i] != ':' {
			return value, "", errBad
		}
	}
	digits := ""
	for i := 0; i < len(form); i++ {
		if form[i] != ':' {
			digits += value[1+i : 2+i]
		}
	}
	for len(digits) < 6 {
		digits += "0"
	}
	hr, _, err := getnum(digits[0:2], true)
	mm, _, err2 := getnum(digits[2:4], true)
	ss, _, err3 := getnum(digits[4:6], true)
	if err == nil {
		err = err2
	}
	if err == nil {
		err = err3
	}
	f.zoneOffset = (hr*60+mm)*60 + ss
	switch value[0] {
	case '+':
	case '-':
		f.zoneOffset = -f.zoneOffset
	default:
		err = errBad
	}
	return value[1+len(form):], "", err
}

// readZoneName reads "UTC" or something shaped like a zone abbreviation.
func (f *parsed) readZoneName(value string) (string, string, error) {
	if hasPrefix(value, "UTC") {
		f.utc = true
		return value[3:], "", nil
	}
	n, ok := zoneNameLen(value)
	if !ok {
		return value, "", errBad
	}
	f.zoneName = value[:n]
	return value[n:], "", nil
}

// zoneNameLen: three to five upper-case letters (four or five ending in
// T, or WITA), ChST, MeST, GMT with an optional ±hours, or a bare ±hours.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasPrefix(value, "ChST") || hasPrefix(value, "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedOffsetLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && value[upper] >= 'A' && value[upper] <= 'Z' {
		upper++
	}
	switch {
	case upper == 3:
		return 3, true
	case upper == 4 && (value[3] == 'T' || value[:4] == "WITA"):
		return 4, true
	case upper == 5 && value[4] == 'T':
		return 5, true
	}
	return 0, false
}

// signedOffsetLen: the length of ±h (hours up to 24) at the start of s, or 0.
func signedOffsetLen(s string) int {
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return 0
	}
	n := 1
	x := 0
	for n < len(s) && isDigit(s, n) && x <= 24 {
		x = x*10 + int(s[n]-'0')
		n++
	}
	if n == 1 || x > 24 {
		return 0
	}
	return n
}

// settleDate turns a day of the year into month and day, defaults a
// missing month or day to 1, and checks the day; it returns an error
// message or "".
func (f *parsed) settleDate() string {
	if f.yday >= 0 {
		m, d := 0, 0
		yday := f.yday
		if isLeap(f.year) {
			if yday == 31+29 {
				m, d = 2, 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return "day-of-year out of range"
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		if f.month >= 0 && f.month != m {
			return "day-of-year does not match month"
		}
		if f.day >= 0 && f.day != d {
			return "day-of-year does not match day"
		}
		f.month, f.day = m, d
	}
	if f.month < 0 {
		f.month = 1
	}
	if f.day < 0 {
		f.day = 1
	}
	if f.day < 1 || f.day > daysIn(f.month, f.year) {
		return "day out of range"
	}
	return ""
}

// daysBefore[m] counts the days of a non-leap year before month m+1.
var daysBefore = []int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(month, year int) int {
	if month == 2 && isLeap(year) {
		return 29
	}
	return daysBefore[month] - daysBefore[month-1]
}

// build makes the Time, choosing its Location as the file comment says.
func (f *parsed) build(def, loc *Location) Time {
	if f.utc {
		return Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, UTC)
	}
	if f.zoneOffset == -1 && f.zoneName == "" {
		return Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, def)
	}
	t := Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, UTC)
	if f.zoneOffset != -1 {
		t.sec -= int64(f.zoneOffset)
		name, offset := t.In(loc).Zone()
		if offset == f.zoneOffset && (f.zoneName == "" || name == f.zoneName) {
			t.setLoc(loc)
		} else {
			t.setLoc(FixedZone(f.zoneName, f.zoneOffset))
		}
		return t
	}
	if name, offset := t.In(loc).Zone(); name == f.zoneName {
		t.sec -= int64(offset)
		t.setLoc(loc)
		return t
	}
	offset := 0
	if len(f.zoneName) > 3 && f.zoneName[:3] == "GMT" {
		offset, _ = atoi(f.zoneName[3:])
		offset *= 3600
	}
	t.setLoc(FixedZone(f.zoneName, offset))
	return t
}

// ---- value readers -------------------------------------------------------------

func isDigit(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

func isSep(c byte) bool { return c == '.' || c == ',' }

// getnum reads one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for i < 3 && isDigit(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi reads an optionally signed decimal that must fill s ("" is 0).
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	x, rest, ok := leadingInt(s)
	if !ok || rest != "" {
		return 0, errBad
	}
	if neg {
		return -int(x), nil
	}
	return int(x), nil
}

// parseNanoseconds reads value[:n], a separator and digits, as nanoseconds.
func parseNanoseconds(value string, n int) (int, string, error) {
	if !isSep(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	ns, err := atoi(value[1:n])
	if err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// skip removes the literal prefix from value; a run of spaces in prefix
// matches any run of spaces in value.
func skip(value, prefix string) (string, error) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errBad
			}
			prefix = trimSpaces(prefix)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// lookup finds the name in tab that value starts with, ignoring ASCII case.
func lookup(tab []string, value string) (int, string, error) {
	for i, name := range tab {
		if len(value) >= len(name) && equalFold(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errBad
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x != y && (x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z') {
			return false
		}
	}
	return true
}

var shortMonthNames, shortDayNames = shortNames(monthNames), shortNames(dayNames)

// shortNames: each name's first three letters.
func shortNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[:3]
	}
	return out
}
