// POSIX TZ rules, the footer of a TZif file ("EST5EDT,M3.2.0,M11.1.0"):
// the zone of a loaded Location after its last transition (zoneinfo.cs).
//
// A rule is std offset [dst [offset] [,start[/time],end[/time]]]: names
// of three or more letters or <quoted>, offsets [+-]hh[:mm[:ss]] west of
// UTC (dst's defaults to an hour east of std's), and dates Jn (day 1..365,
// February 29 never counted), n (day 0..365) or Mm.w.d (weekday d of week
// w of month m, 5 being the last), at local time (default 02:00). Without
// dates, the US rules of Go 1.19 (M3.2.0,M11.1.0) apply. As in Go, the
// year is sec's in UTC, and a rule that does not parse gives false (the
// last transition's zone then holds).
package time

// tzrule returns the zone rule s puts in force at Unix time sec.
func tzrule(s string, sec int64) (name string, offset int, isDST bool, ok bool) {
	var std, dst string
	var stdOff, dstOff int
	if std, s, ok = tzName(s); ok {
		stdOff, s, ok = tzOffset(s)
	}
	if !ok {
		return "", 0, false, false
	}
	stdOff = -stdOff
	if s == "" || s[0] == ',' {
		return std, stdOff, false, true
	}
	if dst, s, ok = tzName(s); !ok {
		return "", 0, false, false
	}
	dstOff = stdOff + 3600
	if s != "" && s[0] != ',' {
		if dstOff, s, ok = tzOffset(s); !ok {
			return "", 0, false, false
		}
		dstOff = -dstOff
	}
	if s == "" {
		s = ",M3.2.0,M11.1.0"
	}
	var start, end tzDate
	if s[0] != ',' && s[0] != ';' {
		return "", 0, false, false
	}
	if start, s, ok = tzDateRule(s[1:]); !ok || s == "" || s[0] != ',' {
		return "", 0, false, false
	}
	if end, s, ok = tzDateRule(s[1:]); !ok || s != "" {
		return "", 0, false, false
	}
	// Seconds into sec's year (UTC) and the year's two changes.
	year, _, _ := civil(floorDiv(sec, 86400))
	ysec := sec - daysFrom(year, January, 1)*86400
	startSec := start.secs(year) - int64(stdOff)
	endSec := end.secs(year) - int64(dstOff)
	outerDST := false // the zone outside [startSec, endSec)
	if endSec < startSec { // southern hemisphere: std is the middle part
		startSec, endSec = endSec, startSec
		std, dst, stdOff, dstOff = dst, std, dstOff, stdOff
		outerDST = true
	}
	if ysec < startSec || ysec >= endSec {
		return std, stdOff, outerDST, true
	}
	return dst, dstOff, !outerDST, true
}

// tzName reads a zone name: <anything> or three or more letters.
func tzName(s string) (name, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	i := 0
	for i < len(s) && !(s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '-' || s[i] == '+') {
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// tzOffset reads [+-]hh[:mm[:ss]], hh up to a week, as seconds.
func tzOffset(s string) (off int, rest string, ok bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	hours, s, ok := tzNum(s, 0, 24*7)
	off = hours * 3600
	for unit := 60; ok && unit > 0 && s != "" && s[0] == ':'; unit /= 60 {
		var n int
		n, s, ok = tzNum(s[1:], 0, 59)
		off += n * unit
	}
	if neg {
		off = -off
	}
	return off, s, ok
}

// tzNum reads a decimal number in [min, max].
func tzNum(s string, min, max int) (n int, rest string, ok bool) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n > max {
			return 0, "", false
		}
	}
	if i == 0 || n < min {
		return 0, "", false
	}
	return n, s[i:], true
}

// A tzDate is a rule's change date and local time of day.
type tzDate struct {
	kind           byte // 'J', 'D' (day of year from 0) or 'M'
	day, week, mon int
	time           int // seconds after local midnight
}

// tzDateRule reads Jn, n or Mm.w.d, then an optional /time.
func tzDateRule(s string) (r tzDate, rest string, ok bool) {
	switch {
	case s == "":
		return r, "", false
	case s[0] == 'J':
		r.kind = 'J'
		r.day, s, ok = tzNum(s[1:], 1, 365)
	case s[0] == 'M':
		r.kind = 'M'
		if r.mon, s, ok = tzNum(s[1:], 1, 12); ok && s != "" && s[0] == '.' {
			if r.week, s, ok = tzNum(s[1:], 1, 5); ok && s != "" && s[0] == '.' {
				r.day, s, ok = tzNum(s[1:], 0, 6)
			} else {
				ok = false
			}
		} else {
			ok = false
		}
	case s[0] >= '0' && s[0] <= '9':
		r.kind = 'D'
		r.day, s, ok = tzNum(s, 0, 365)
	}
	if !ok {
		return r, "", false
	}
	r.time = 2 * 3600
	if s != "" && s[0] == '/' {
		r.time, s, ok = tzOffset(s[1:])
	}
	return r, s, ok
}

// secs is the local time of r in year, in seconds from the year's start.
func (r tzDate) secs(year int) int64 {
	jan1 := daysFrom(year, January, 1)
	var day int64
	switch r.kind {
	case 'J':
		day = int64(r.day - 1)
		if r.day >= 60 && isLeap(year) {
			day++
		}
	case 'D':
		day = int64(r.day)
	default:
		first := daysFrom(year, Month(r.mon), 1)
		dow := int((first + 4) % 7) // 1970-01-01 was a Thursday
		if dow < 0 {
			dow += 7
		}
		d := (r.day - dow + 7) % 7
		for w := 1; w < r.week && d+7 < daysIn(r.mon, year); w++ {
			d += 7
		}
		day = first - jan1 + int64(d)
	}
	return day*86400 + int64(r.time)
}
