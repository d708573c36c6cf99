// Decoding, as in Go 1.19: the input is read in quanta of four
// characters, each giving up to three bytes. '\n' and '\r' are skipped
// anywhere. A padded encoding wants "==" after two characters of a last
// quantum and "=" after three; an unpadded one accepts a last quantum of
// two or three characters. Errors are CorruptInputError(offset of the
// offending byte), with Go's offsets; bytes decoded before the error are
// kept. Like Go, Decode first takes eight characters at a time while dst
// has room for eight bytes, then four while it has room for four, as long
// as every character is in the alphabet; it writes the decoded bytes as
// one big-endian word, so the bytes just past them (two, or one) are
// zeroed, as Go's PutUint64/PutUint32 leave them. Anything else (padding,
// newlines, bad bytes, the tail) goes through the quantum loop.
package base64

// DecodedLen returns the most bytes n encoded bytes can decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// Decode decodes src into dst and returns the number of bytes written.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for len(src)-si >= 8 && len(dst)-n >= 8 {
		hi, ok1 := enc.assemble(src[si : si+4])
		lo, ok2 := enc.assemble(src[si+4 : si+8])
		if ok1 && ok2 {
			put3(dst, n, hi)
			put3(dst, n+3, lo)
			dst[n+6], dst[n+7] = 0, 0
			n += 6
			si += 8
			continue
		}
		if si, n, err = enc.decodeSlow(dst, src, si, n); err != nil {
			return n, err
		}
	}
	for len(src)-si >= 4 && len(dst)-n >= 4 {
		if v, ok := enc.assemble(src[si : si+4]); ok {
			put3(dst, n, v)
			dst[n+3] = 0
			n += 3
			si += 4
			continue
		}
		if si, n, err = enc.decodeSlow(dst, src, si, n); err != nil {
			return n, err
		}
	}
	for si < len(src) {
		if si, n, err = enc.decodeSlow(dst, src, si, n); err != nil {
			return n, err
		}
	}
	return n, nil
}

// decodeSlow decodes one quantum at src[si] into dst[n:] and returns the
// new si and n.
func (enc *Encoding) decodeSlow(dst, src []byte, si, n int) (int, int, error) {
	si, m, err := enc.decodeQuantum(dst[n:], src, si)
	return si, n + m, err
}

// assemble returns the 24 bits that four characters encode and whether
// all four are in the alphabet.
func (enc *Encoding) assemble(src []byte) (uint32, bool) {
	m := &enc.decodeMap
	a, b, c, d := m[src[0]], m[src[1]], m[src[2]], m[src[3]]
	return uint32(a)<<18 | uint32(b)<<12 | uint32(c)<<6 | uint32(d), a|b|c|d != 0xff
}

// put3 stores the 24 bits of v at dst[n:n+3], big-endian.
func put3(dst []byte, n int, v uint32) {
	dst[n] = byte(v >> 16)
	dst[n+1] = byte(v >> 8)
	dst[n+2] = byte(v)
}

// DecodeString returns the bytes that the base64 string s represents.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

func skipNewlines(src []byte, si int) int {
	for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
		si++
	}
	return si
}

// decodeQuantum decodes the quantum starting at src[si] into dst. It
// returns where the next one starts and how many bytes it wrote.
func (enc *Encoding) decodeQuantum(dst, src []byte, si int) (next, n int, err error) {
	var vals [4]byte
	count := 0 // characters of the quantum seen
	for count < 4 {
		if si == len(src) {
			if count == 0 {
				return si, 0, nil
			}
			if count == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - count)
			}
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			vals[count] = v
			count++
			continue
		}
		if c == '\n' || c == '\r' {
			continue
		}
		if rune(c) != enc.padChar || count < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		var ok bool
		if si, ok, err = enc.endPadding(src, si, count); !ok {
			return si, 0, err
		}
		break
	}
	return enc.emit(dst, vals, count, si, err)
}

// endPadding checks the padding after a quantum's count characters and
// its first pad character, which ends at src[si]. It returns where the
// input continues and, if the padding is right (ok), a trailing-garbage
// error or nil; if not, the padding's error.
func (enc *Encoding) endPadding(src []byte, si, count int) (next int, ok bool, err error) {
	if count == 2 {
		si = skipNewlines(src, si)
		if si == len(src) {
			return si, false, CorruptInputError(len(src))
		}
		if rune(src[si]) != enc.padChar {
			return si, false, CorruptInputError(si - 1)
		}
		si++
	}
	si = skipNewlines(src, si)
	if si < len(src) {
		return si, true, CorruptInputError(si)
	}
	return si, true, nil
}

// emit writes the count-1 bytes that count characters of vals encode;
// a strict encoding rejects set bits below them (at Go's offsets, from
// si, the end of the quantum and its padding).
func (enc *Encoding) emit(dst []byte, vals [4]byte, count, si int, err error) (int, int, error) {
	val := uint(vals[0])<<18 | uint(vals[1])<<12 | uint(vals[2])<<6 | uint(vals[3])
	out := [3]byte{byte(val >> 16), byte(val >> 8), byte(val)}
	for k := count - 2; k >= 0; k-- { // last first, as Go indexes dst
		dst[k] = out[k]
	}
	if enc.strict && count == 3 && out[2] != 0 {
		return si, 0, CorruptInputError(si - 1)
	}
	if enc.strict && count == 2 && (out[1] != 0 || out[2] != 0) {
		return si, 0, CorruptInputError(si - 2)
	}
	return si, count - 1, err
}
