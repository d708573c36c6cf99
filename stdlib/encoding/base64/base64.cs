// Package encoding/base64: base64 encoding as in Go 1.19 (RFC 4648).
//
// An Encoding is an alphabet of 64 bytes, its inverse (decodeMap, 0xff
// for bytes outside it), a padding character or NoPadding, and whether
// decoding is strict (the unused low bits of a final quantum must be 0).
// Encodings are values: WithPadding and Strict return modified copies.
// This file: the encodings and encoding; decode.cs decodes, stream.cs
// holds NewEncoder.
package base64

import "strconv"

// An Encoding is a radix 64 encoding/decoding scheme.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '=' // standard padding character
	NoPadding  rune = -1  // no padding
)

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// The standard encodings of RFC 4648, padded and unpadded ("raw").
var (
	StdEncoding    = NewEncoding(encodeStd)
	URLEncoding    = NewEncoding(encodeURL)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// NewEncoding returns a padded Encoding with the given 64-byte alphabet,
// which must not contain '\n' or '\r'.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < len(encoder); i++ {
		if encoder[i] == '\n' || encoder[i] == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc that pads with padding, or not at
// all for NoPadding. The padding must not be '\r', '\n', above 0xff, or
// in the alphabet.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for _, c := range enc.encode {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc whose decoding rejects non-zero trailing
// padding bits.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// EncodedLen returns the length of the encoding of n source bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// Encode writes the encoding of src into dst, which must hold
// EncodedLen(len(src)) bytes: whole groups of three bytes first, then
// the last one or two with their padding. A short dst panics at the
// first index past its end, as Go's does.
func (enc *Encoding) Encode(dst, src []byte) {
	di, si := 0, 0
	whole := len(src) / 3 * 3
	for ; si < whole; si += 3 {
		val := uint(src[si])<<16 | uint(src[si+1])<<8 | uint(src[si+2])
		dst[di] = enc.encode[val>>18&0x3f]
		dst[di+1] = enc.encode[val>>12&0x3f]
		dst[di+2] = enc.encode[val>>6&0x3f]
		dst[di+3] = enc.encode[val&0x3f]
		di += 4
	}
	rest := len(src) - si
	if rest == 0 {
		return
	}
	val := uint(src[si]) << 16
	if rest == 2 {
		val |= uint(src[si+1]) << 8
	}
	dst[di] = enc.encode[val>>18&0x3f]
	dst[di+1] = enc.encode[val>>12&0x3f]
	if rest == 2 {
		dst[di+2] = enc.encode[val>>6&0x3f]
	} else if enc.padChar != NoPadding {
		dst[di+2] = byte(enc.padChar)
	}
	if enc.padChar != NoPadding {
		dst[di+3] = byte(enc.padChar)
	}
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// CorruptInputError is the offset of the first invalid byte of an input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}
