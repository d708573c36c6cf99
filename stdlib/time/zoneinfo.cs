// Locations: UTC, Local, fixed zones, and zones loaded from the IANA time
// zone database (LoadLocation, LoadLocationFromTZData), as in Go 1.19.
//
// A Location is one of:
//   - UTC: a Time's nil loc stands for it (format.cs setLoc);
//   - fixed: one name and offset (FixedZone, the zones Parse makes up);
//   - Local: the C library (localtime_r, time.c) gives its zone per
//     instant, from TZ or /etc/localtime (the same TZif files);
//   - loaded: a TZif file's zones and transitions, and its footer's POSIX
//     TZ rule (extend, tzrule.cs) for instants after the last transition;
//   - a zero Location{}, which is UTC.
// lookup answers for all of them; everything about zones goes through it.
//
// LoadLocation looks in $ZONEINFO (a directory; Go also takes a zip file
// there), then in /usr/share/zoneinfo/, /usr/share/lib/zoneinfo/ and
// /usr/lib/locale/TZ/, with Go's errors: "unknown time zone NAME" when no
// file exists, the read error (e.g. "is a directory") or "malformed time
// zone information" when one exists but does not load. Go's last resort,
// the zoneinfo.zip of its GOROOT, has no counterpart.
package time

import "errors"

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	offset int  // fixed zones
	fixed  bool // a fixed zone (or UTC)
	zone   []zone
	tx     []zoneTrans // sorted by when; not empty for a loaded zone
	extend string      // POSIX TZ rule for after the last transition
}

// A zone is one of a loaded Location's local time types.
type zone struct {
	name   string
	offset int // seconds east of UTC
	isDST  bool
}

// A zoneTrans is the instant (Unix seconds) from which zone[index] holds.
type zoneTrans struct {
	when  int64
	index uint8
}

// alpha is the start of time: the transition of a file that has none.
const alpha = -1 << 63

var UTC *Location = &Location{name: "UTC", fixed: true}

// Local is the system's zone: named "Local", TZ's value, or "UTC" when
// TZ names a zone that cannot be loaded (time.c, as Go's initLocal).
var Local *Location = &Location{name: localName()}

// localName is Local's name (C side, time.c).
func localName() string

// localZone returns the abbreviation and UTC offset (seconds east) of the
// local time zone at Unix time sec (C side, time.c).
func localZone(sec int64) (name string, offset int)

// localIsDST says whether the local zone observes daylight saving time at
// Unix time sec (C side, time.c).
func localIsDST(sec int64) bool

// FixedZone returns a Location that always has the given name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset, fixed: true}
}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// lookup returns the zone in use at Unix time sec in l (nil: UTC).
func (l *Location) lookup(sec int64) (name string, offset int, isDST bool) {
	switch {
	case l == nil:
		return "UTC", 0, false
	case l.fixed:
		return l.name, l.offset, false
	case l == Local:
		name, offset = localZone(sec)
		return name, offset, localIsDST(sec)
	case len(l.tx) == 0: // a zero Location: UTC, as in Go
		return "UTC", 0, false
	}
	if sec < l.tx[0].when {
		z := l.zone[l.firstZone()]
		return z.name, z.offset, z.isDST
	}
	lo, hi := 0, len(l.tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < l.tx[m].when {
			hi = m
		} else {
			lo = m
		}
	}
	if lo == len(l.tx)-1 && l.extend != "" {
		if name, offset, isDST, ok := tzrule(l.extend, sec); ok {
			return name, offset, isDST
		}
	}
	z := l.zone[l.tx[lo].index]
	return z.name, z.offset, z.isDST
}

// firstZone picks the zone for instants before the first transition, by
// Go's rules: zone 0 unless a transition uses it; else the standard-time
// zone before the first transition's (when that is daylight time), else
// the first standard-time zone, else zone 0.
func (l *Location) firstZone() int {
	used := false
	for _, tx := range l.tx {
		used = used || tx.index == 0
	}
	if !used {
		return 0
	}
	if first := int(l.tx[0].index); l.zone[first].isDST {
		for zi := first - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi, z := range l.zone {
		if !z.isDST {
			return zi
		}
	}
	return 0
}

// ---- loading ---------------------------------------------------------------------

var errLocation = errors.New("time: invalid location name")

var errBadData = errors.New("malformed time zone information")

// enoent is Linux's ENOENT: no such zone file.
const enoent = 2

// KEEP IN SYNC: time.c zone_dirs (Local's choice).
var zoneDirs = []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"}

// readFile returns the file's bytes, or nil and the errno (C side, time.c).
func readFile(path string) (data []byte, errno int)

// errnoText is Go's text for an errno (C side, time.c).
func errnoText(errno int) string

// getenv returns the environment variable's value, "" when unset (C side).
func getenv(key string) string

// LoadLocation returns the Location with the given name: "" and "UTC"
// give UTC, "Local" gives Local, anything else names a zone file such as
// "America/New_York".
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	dirs := zoneDirs
	if env := getenv("ZONEINFO"); env != "" {
		dirs = append([]string{env + "/"}, zoneDirs...)
	}
	var firstErr error
	for _, dir := range dirs {
		data, errno := readFile(dir + name)
		if errno == 0 {
			l, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return l, nil
			}
			if firstErr == nil {
				firstErr = err
			}
		} else if firstErr == nil && errno != enoent {
			firstErr = errors.New(errnoText(errno))
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// tzData reads a TZif file front to back; bad is set on running short.
type tzData struct {
	p   []byte
	bad bool
}

func (d *tzData) read(n int) []byte {
	if n < 0 || n > len(d.p) {
		d.bad = true
		d.p = nil
		return nil
	}
	b := d.p[:n]
	d.p = d.p[n:]
	return b
}

func (d *tzData) big4() uint32 {
	b := d.read(4)
	if len(b) < 4 {
		return 0
	}
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// The six counts of a TZif header, in file order.
const (
	nUTCLocal = iota
	nStdWall
	nLeap
	nTime
	nZone
	nChar
)

// counts reads a header's six counts; false when the data ends first.
func (d *tzData) counts() (n [6]int, ok bool) {
	for i := range n {
		n[i] = int(d.big4())
	}
	return n, !d.bad
}

// LoadLocationFromTZData returns a Location with the given name from the
// contents of a TZif file (version 1, 2 or 3; for 2 and 3 the 64-bit part
// and the footer's TZ rule).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := tzData{p: data}
	if string(d.read(4)) != "TZif" {
		return nil, errBadData
	}
	head := d.read(16)
	if d.bad || (head[0] != 0 && head[0] != '2' && head[0] != '3') {
		return nil, errBadData
	}
	n, ok := d.counts()
	if !ok {
		return nil, errBadData
	}
	width := 4
	if head[0] != 0 { // skip the 32-bit part and the second header
		d.read(n[nTime]*5 + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStdWall] + n[nUTCLocal] + 20)
		if n, ok = d.counts(); !ok {
			return nil, errBadData
		}
		width = 8
	}
	times := tzData{p: d.read(n[nTime] * width)}
	indices := d.read(n[nTime])
	types := tzData{p: d.read(n[nZone] * 6)}
	abbrev := d.read(n[nChar])
	d.read(n[nLeap]*(width+4) + n[nStdWall] + n[nUTCLocal])
	if d.bad || n[nZone] == 0 {
		return nil, errBadData
	}
	l := &Location{name: name, zone: make([]zone, n[nZone])}
	if rest := d.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		l.extend = string(rest[1 : len(rest)-1])
	}
	for i := range l.zone {
		off := int32(types.big4())
		dst := types.read(1)[0]
		ai := int(types.read(1)[0])
		if ai >= len(abbrev) {
			return nil, errBadData
		}
		l.zone[i] = zone{cString(abbrev[ai:]), int(off), dst != 0}
	}
	l.tx = make([]zoneTrans, n[nTime])
	for i := range l.tx {
		when := int64(int32(times.big4()))
		if width == 8 {
			when = when<<32 | int64(times.big4())
		}
		if int(indices[i]) >= len(l.zone) {
			return nil, errBadData
		}
		l.tx[i] = zoneTrans{when, indices[i]}
	}
	if len(l.tx) == 0 {
		l.tx = []zoneTrans{{alpha, 0}}
	}
	return l, nil
}

// cString is b up to its first NUL.
func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}
