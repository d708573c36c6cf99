// Time's forms beyond Format: GoString (fmt's %#v), AppendFormat, the RFC
// 3339 text and JSON encodings, and the binary (and gob) encoding, as Go
// 1.19 writes and reads them. The text encodings refuse years outside
// [0,9999], which RFC 3339 cannot write, with Go's errors.
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

// Versions of MarshalBinary's encoding: V2 adds a byte of offset seconds.
const (
	timeBinaryVersionV1 byte = iota + 1
	timeBinaryVersionV2
)

// MarshalBinary encodes t as Go does: a version byte, seconds since year
// 1 (8 bytes, big-endian), nanoseconds (4), the zone offset in minutes
// (2; -1 for UTC), and for V2 the offset's leftover seconds.
func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16
	var offsetSec int8
	version := timeBinaryVersionV1
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = timeBinaryVersionV2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	enc := []byte{version}
	for shift := 56; shift >= 0; shift -= 8 {
		enc = append(enc, byte(t.sec>>shift))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		enc = append(enc, byte(t.nsec>>shift))
	}
	enc = append(enc, byte(offsetMin>>8), byte(offsetMin))
	if version == timeBinaryVersionV2 {
		enc = append(enc, byte(offsetSec))
	}
	return enc, nil
}

// UnmarshalBinary decodes MarshalBinary's form. Like Go, it reads a V2
// leftover-seconds byte as unsigned, and gives t Local when the offset is
// Local's at that instant, else a FixedZone without a name.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	wantLen := 1 + 8 + 4 + 2
	if version == timeBinaryVersionV2 {
		wantLen++
	}
	if len(data) != wantLen {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, b := range data[1:9] {
		sec = sec<<8 | int64(b)
	}
	var nsec int32
	for _, b := range data[9:13] {
		nsec = nsec<<8 | int32(b)
	}
	offset := int(int16(data[14])|int16(data[13])<<8) * 60
	if version == timeBinaryVersionV2 {
		offset += int(data[15])
	}
	*t = Time{sec: sec, nsec: int64(nsec)}
	if offset == -1*60 {
		return nil
	}
	if _, localOffset, _ := Local.lookup(sec - unixToInternal); offset == localOffset {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode is MarshalBinary.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode is UnmarshalBinary.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
