// Package encoding/hex: hexadecimal encoding and decoding as in Go 1.19.
// Encoding writes lowercase digits; decoding accepts either case.
//
// This file: the slice and string functions and the errors. Decode
// reports the first bad byte of a pair before an odd length, like Go,
// and always returns how many bytes it decoded before stopping. Streams
// (NewEncoder, NewDecoder) are in stream.cs, Dump and Dumper in dump.cs.
package hex

import (
	"errors"
	"fmt"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte
// in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex form of src into dst and returns
// EncodedLen(len(src)).
func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = digits[b>>4]
		dst[2*i+1] = digits[b&0x0f]
	}
	return len(src) * 2
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// fromDigit returns the value of hex digit c, or 0xff if c is none.
func fromDigit(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode decodes src into dst (which may be src itself) and returns the
// number of bytes written. An odd length is ErrLength; a non-hex byte
// an InvalidByteError.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, lo := fromDigit(src[2*n]), fromDigit(src[2*n+1])
		if hi > 0x0f {
			return n, InvalidByteError(src[2*n])
		}
		if lo > 0x0f {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 == 1 {
		if last := src[len(src)-1]; fromDigit(last) > 0x0f {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// DecodeString returns the bytes that the hexadecimal string s
// represents; on an error, those decoded before it.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string holding a hex dump of data, in the format of
// `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var buf strings.Builder
	d := Dumper(&buf)
	d.Write(data)
	d.Close()
	return buf.String()
}
