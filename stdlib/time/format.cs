// Calendar fields, a Time's zone and Go's layout-based formatting for
// package time.
//
// A Time's loc is nil (UTC) or a Location (zoneinfo.cs), whose lookup
// gives the zone in use at each instant.
//
// Civil dates use the proleptic Gregorian calendar through the usual
// days-from-civil / civil-from-days arithmetic on 400-year eras.
package time

// startNano is the monotonic clock at start-up, origin of String's "m=".
var startNano int64 = runtimeNano() - 1

// A Month specifies a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

func (t Time) UTC() Time {
	t.setLoc(UTC)
	return t
}

func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// setLoc keeps UTC as nil, as Go does, so that == sees one UTC, and drops
// the monotonic reading: as in Go, UTC, Local and In return a wall-clock
// time, and only Now, Add and Since-style arithmetic keep the reading.
func (t *Time) setLoc(loc *Location) {
	if loc == UTC {
		loc = nil
	}
	t.mono = 0
	t.loc = loc
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the zone abbreviation and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.loc.lookup(t.sec - unixToInternal)
	return name, offset
}

// IsDST reports whether daylight saving time is in effect at t.
func (t Time) IsDST() bool {
	_, _, isDST := t.loc.lookup(t.sec - unixToInternal)
	return isDST
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + uitoa(uint64(-v))
	}
	return uitoa(uint64(v))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civil returns the date of day number z (days since 1970-01-01).
func civil(z int64) (year int, month Month, day int) {
	z += 719468 // days from 0000-03-01 to 1970-01-01
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365], from March 1
	mp := (5*doy + 2) / 153                                // [0, 11], March = 0
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = Month(mp + 3)
	} else {
		month = Month(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= February {
		year++
	}
	return
}

// daysFrom returns the day number (days since 1970-01-01) of a date.
func daysFrom(year int, month Month, day int) int64 {
	y := int64(year)
	if month <= February {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	m := int64(month) + 9
	if month > February {
		m = int64(month) - 3
	}
	doy := (153*m+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fields splits t, in its own zone, into a day number and seconds of day.
func (t Time) fields() (days int64, secs int64, name string, offset int) {
	name, offset = t.Zone()
	abs := t.sec - unixToInternal + int64(offset)
	days = floorDiv(abs, 86400)
	return days, abs - days*86400, name, offset
}

func (t Time) Date() (year int, month Month, day int) {
	days, _, _, _ := t.fields()
	return civil(days)
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Clock() (hour, min, sec int) {
	_, s, _, _ := t.fields()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Weekday() Weekday {
	days, _, _, _ := t.fields()
	w := (days + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) YearDay() int {
	days, _, _, _ := t.fields()
	y, _, _ := civil(days)
	return int(days-daysFrom(y, January, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week of t: weeks start on Monday
// and week 1 holds the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	days, _, _, _ := t.fields()
	d := int64(Thursday - t.Weekday())
	if d == 4 { // Sunday: its Thursday is the one before
		d = -3
	}
	days += d
	year, _, _ = civil(days)
	return year, int(days-daysFrom(year, January, 1))/7 + 1
}

// Date returns the Time of the given wall clock in loc; out-of-range
// fields carry over (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	s := int64(sec) + floorDiv(int64(nsec), 1e9)
	ns := int64(nsec) - floorDiv(int64(nsec), 1e9)*1e9
	unix := (daysFrom(int(y), Month(m+1), 1)+int64(day)-1)*86400 +
		int64(hour)*3600 + int64(min)*60 + s
	// The offset at the wall clock read as UTC, then the one at the
	// instant that gives (they differ around a change of zone).
	_, off, _ := loc.lookup(unix)
	_, off, _ = loc.lookup(unix - int64(off))
	t := Time{sec: unix - int64(off) + unixToInternal, nsec: ns}
	t.setLoc(loc)
	return t
}

// AddDate adds years, months and days, normalising like Date.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec), t.Location())
}

// ---- formatting -------------------------------------------------------------------

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// The layout elements: January Jan Monday Mon MST 2006 002 01 02 03 04
// 05 06 15 1 __2 _2 2 3 4 5 PM pm, the zones -07:00:00 -070000 -07:00
// -0700 -07 and the same with Z, and fractions (.000, ,999). token picks
// the longest element at the start of the text by its first byte.

// hasPrefix compares byte by byte: p is a short layout element, and most
// candidates differ within the first two bytes.
func hasPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}

// lowerAt reports whether s[i] is a lower-case ASCII letter.
func lowerAt(s string, i int) bool {
	return i < len(s) && s[i] >= 'a' && s[i] <= 'z'
}

// token returns the layout element at the start of s, or "". As in Go,
// "Jan" and "Mon" followed by a lower-case letter are text ("Janet"), and
// "_2006" is a literal "_" before the year.
func token(s string) string {
	if len(s) == 0 {
		return ""
	}
	switch s[0] {
	case 'J':
		if hasPrefix(s, "January") {
			return "January"
		}
		if hasPrefix(s, "Jan") && !lowerAt(s, 3) {
			return "Jan"
		}
	case 'M':
		if hasPrefix(s, "Monday") {
			return "Monday"
		}
		if hasPrefix(s, "Mon") && !lowerAt(s, 3) {
			return "Mon"
		}
		if hasPrefix(s, "MST") {
			return "MST"
		}
	case '0':
		if hasPrefix(s, "002") {
			return "002"
		}
		if len(s) >= 2 && s[1] >= '1' && s[1] <= '6' {
			return s[:2]
		}
	case '1':
		if hasPrefix(s, "15") {
			return "15"
		}
		return "1"
	case '2':
		if hasPrefix(s, "2006") {
			return "2006"
		}
		return "2"
	case '3', '4', '5':
		return s[:1]
	case '_':
		if hasPrefix(s, "_2006") {
			return ""
		}
		if hasPrefix(s, "__2") {
			return "__2"
		}
		if hasPrefix(s, "_2") {
			return "_2"
		}
	case 'P':
		if hasPrefix(s, "PM") {
			return "PM"
		}
	case 'p':
		if hasPrefix(s, "pm") {
			return "pm"
		}
	case '-', 'Z':
		return s[:zoneTokenLen(s)]
	case '.', ',':
		if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
			j := 1
			for j < len(s) && s[j] == s[1] {
				j++
			}
			if j == len(s) || s[j] < '0' || s[j] > '9' {
				return s[:j]
			}
		}
	}
	return ""
}

// zoneTokenLen is the length of the zone element (-07:00:00, -070000,
// -07:00, -0700, -07, or the same after Z) at the start of s, or 0.
func zoneTokenLen(s string) int {
	if len(s) < 3 || s[1] != '0' || s[2] != '7' {
		return 0
	}
	switch {
	case hasPrefix(s[3:], ":00:00"):
		return 9
	case hasPrefix(s[3:], "0000"):
		return 7
	case hasPrefix(s[3:], ":00"):
		return 6
	case hasPrefix(s[3:], "00"):
		return 5
	}
	return 3
}

// appendPad appends v with at least width digits (zeros, or spaces if
// space) after any minus sign.
func appendPad(b []byte, v int, width int, space bool) []byte {
	if uint(v) < 100 && width <= 2 { // most fields of a date or a clock
		return appendSmall(b, v, width, space)
	}
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = uint64(-v)
	}
	var digits [20]byte
	i := len(digits)
	for u >= 10 || i == len(digits) {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
	}
	if u > 0 {
		i--
		digits[i] = byte('0' + u)
	}
	fill := byte('0')
	if space {
		fill = ' '
	}
	for n := len(digits) - i; n < width; n++ {
		b = append(b, fill)
	}
	return append(b, digits[i:]...)
}

// appendSmall is appendPad for 0 <= v < 100 and width <= 2.
func appendSmall(b []byte, v int, width int, space bool) []byte {
	if v >= 10 {
		return append(b, byte('0'+v/10), byte('0'+v%10))
	}
	if width < 2 {
		return append(b, byte('0'+v))
	}
	if space {
		return append(b, ' ', byte('0'+v))
	}
	return append(b, '0', byte('0'+v))
}

// pad formats v with at least width digits (zeros, or spaces if space).
func pad(v int, width int, space bool) string {
	return string(appendPad(nil, v, width, space))
}

// appendZone appends an offset as ±hh[sep]mm[sep ss] (Go's -0700 family).
func appendZone(b []byte, offset int, sep string, withMin, withSec bool) []byte {
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendPad(b, offset/3600, 2, false)
	if withMin {
		b = appendPad(append(b, sep...), offset/60%60, 2, false)
	}
	if withSec {
		b = appendPad(append(b, sep...), offset%60, 2, false)
	}
	return b
}

// Format renders t by the reference time layout "Mon Jan 2 15:04:05 MST 2006".
func (t Time) Format(layout string) string {
	var buf [64]byte
	return string(t.appendFormat(buf[:0], layout))
}

func (t Time) appendFormat(b []byte, layout string) []byte {
	days, secs, name, offset := t.fields()
	year, month, day := civil(days)
	hour, min, sec := int(secs/3600), int(secs%3600/60), int(secs%60)
	for len(layout) > 0 {
		tok := token(layout)
		if tok == "" {
			b = append(b, layout[0])
			layout = layout[1:]
			continue
		}
		layout = layout[len(tok):]
		switch tok {
		case "January":
			b = append(b, month.String()...)
		case "Jan":
			b = append(b, month.String()[:3]...)
		case "Monday":
			b = append(b, t.Weekday().String()...)
		case "Mon":
			b = append(b, t.Weekday().String()[:3]...)
		case "MST":
			if name != "" {
				b = append(b, name...)
			} else {
				b = appendZone(b, offset, "", true, false)
			}
		case "2006":
			b = appendPad(b, year, 4, false)
		case "06":
			y := year
			if y < 0 {
				y = -y
			}
			b = appendPad(b, y%100, 2, false)
		case "01":
			b = appendPad(b, int(month), 2, false)
		case "1":
			b = appendPad(b, int(month), 0, false)
		case "02":
			b = appendPad(b, day, 2, false)
		case "_2":
			b = appendPad(b, day, 2, true)
		case "2":
			b = appendPad(b, day, 0, false)
		case "002":
			b = appendPad(b, t.YearDay(), 3, false)
		case "__2":
			b = appendPad(b, t.YearDay(), 3, true)
		case "15":
			b = appendPad(b, hour, 2, false)
		case "03", "3":
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = appendPad(b, h, len(tok), false)
		case "04", "4":
			b = appendPad(b, min, len(tok), false)
		case "05", "5":
			b = appendPad(b, sec, len(tok), false)
		case "PM", "pm":
			ampm := "AM"
			if hour >= 12 {
				ampm = "PM"
			}
			if tok == "pm" {
				ampm = string(ampm[0]+'a'-'A') + "m"
			}
			b = append(b, ampm...)
		case "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07":
			if offset == 0 {
				b = append(b, 'Z')
				break
			}
			b = appendZone(b, offset, sepOf(tok), len(tok) > 3, len(tok) > 6)
		case "-07:00:00", "-070000", "-07:00", "-0700", "-07":
			b = appendZone(b, offset, sepOf(tok), len(tok) > 3, len(tok) > 6)
		default: // fractional seconds: .000 fixed, .999 trimmed
			b = appendFraction(b, int(t.nsec), tok)
		}
	}
	return b
}

// appendFraction appends tok's fraction of a second: ".000" keeps its
// digits, ".999" drops trailing zeros (and the separator if none is left).
func appendFraction(b []byte, nsec int, tok string) []byte {
	var digits [9]byte
	for i := 8; i >= 0; i-- {
		digits[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	n := len(tok) - 1
	if tok[1] == '9' {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	return append(append(b, tok[0]), digits[:n]...)
}

func sepOf(tok string) string {
	for i := 0; i < len(tok); i++ {
		if tok[i] == ':' {
			return ":"
		}
	}
	return ""
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", plus the
// monotonic reading "m=±s.nnnnnnnnn" when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startNano
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		s += " m=" + sign + itoa(m/1e9) + "." + pad(int(m%1e9), 9, false)
	}
	return s
}
