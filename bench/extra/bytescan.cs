package main

// Byte-slice processing without the bytes package: generate a text
// buffer, ROT13 it in place, CRC-32 it with a table, base64-encode it
// by hand, run-length encode and decode it, and count line and word
// boundaries by scanning bytes.

import (
	"fmt"
	"os"
	"strconv"
)

var crcTable [256]uint32

func initCRC() {
	for i := 0; i < 256; i++ {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = 0xEDB88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(b []byte) uint32 {
	c := ^uint32(0)
	for _, x := range b {
		c = crcTable[byte(c)^x] ^ c>>8
	}
	return ^c
}

func rot13(b []byte) {
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func base64(src []byte) []byte {
	dst := make([]byte, 0, (len(src)+2)/3*4)
	i := 0
	for ; i+3 <= len(src); i += 3 {
		v := uint(src[i])<<16 | uint(src[i+1])<<8 | uint(src[i+2])
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], b64[v&63])
	}
	switch len(src) - i {
	case 1:
		v := uint(src[i]) << 16
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], '=', '=')
	case 2:
		v := uint(src[i])<<16 | uint(src[i+1])<<8
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], '=')
	}
	return dst
}

func rle(src []byte) []byte {
	var out []byte
	for i := 0; i < len(src); {
		j := i
		for j < len(src) && src[j] == src[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), src[i])
		i = j
	}
	return out
}

func unrle(src []byte) []byte {
	out := make([]byte, 0, len(src)*2)
	for i := 0; i+1 < len(src); i += 2 {
		for k := 0; k < int(src[i]); k++ {
			out = append(out, src[i+1])
		}
	}
	return out
}

func main() {
	n := 4000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	initCRC()
	words := [][]byte{[]byte("gopher"), []byte("Channel"), []byte("select"), []byte("  "), []byte("zzzz"), []byte("\n"), []byte("Goroutine"), []byte("aaaaaaa")}
	buf := make([]byte, 0, n)
	seed := uint32(1)
	for len(buf) < n {
		seed = seed*1664525 + 1013904223
		buf = append(buf, words[seed>>29]...)
		buf = append(buf, ' ')
	}
	buf = buf[:n]
	fmt.Printf("crc %08x\n", crc32(buf))
	rot13(buf)
	fmt.Printf("rot13 crc %08x\n", crc32(buf))
	rot13(buf)
	enc := base64(buf)
	fmt.Printf("base64 len %d crc %08x tail %s\n", len(enc), crc32(enc), string(enc[len(enc)-12:]))
	r := rle(buf)
	back := unrle(r)
	same := len(back) == len(buf)
	for i := 0; same && i < len(buf); i++ {
		same = back[i] == buf[i]
	}
	fmt.Println("rle len", len(r), "roundtrip", same)
	lines, wordsN, inWord := 0, 0, false
	for _, c := range buf {
		if c == '\n' {
			lines++
		}
		space := c == ' ' || c == '\n'
		if !space && !inWord {
			wordsN++
		}
		inWord = !space
	}
	fmt.Println("lines", lines, "words", wordsN)
}
