// Time's text forms beyond Format: GoString (fmt's %#v), AppendFormat, and
// the RFC 3339 text and JSON encodings, as Go 1.19 writes and reads them.
// The encodings refuse years outside [0,9999], which RFC 3339 cannot
// write, with Go's errors.
package time

import "errors"

// GoString is t as a Go expression: time.Date(2009, time.November, 10,
// 23, 0, 0, 0, time.UTC).
func (t Time) GoString() string {
	s := "time.Date(" + itoa(int64(t.Year()))
	if m := t.Month(); m >= January && m <= December {
		s += ", time." + m.String()
	} else {
		s += itoa(int64(m))
	}
	for _, v := range []int{t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond()} {
		s += ", " + itoa(int64(v))
	}
	switch loc := t.Location(); loc {
	case UTC:
		s += ", time.UTC"
	case Local:
		s += ", time.Local"
	default:
		s += ", time.Location(" + quote(loc.name) + ")"
	}
	return s + ")"
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return t.appendFormat(b, layout)
}

// MarshalText is t in RFC 3339 with any fraction of a second.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return []byte(t.Format(RFC3339Nano)), nil
}

// UnmarshalText reads RFC 3339 text into t.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON is MarshalText's text as a JSON string.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	return []byte(`"` + t.Format(RFC3339Nano) + `"`), nil
}

// UnmarshalJSON reads a JSON string in RFC 3339 into t; null leaves t
// as it is.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}
