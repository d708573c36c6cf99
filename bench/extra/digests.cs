package main

// Message digests from the standard library: a SHA-256 hash chain
// (sha256.Sum256 of the previous digest), streaming sha256/sha1/md5 over
// a generated buffer written in odd-sized pieces, crc32.ChecksumIEEE per
// 4 KiB block, and hex.EncodeToString of the results.

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"os"
	"strconv"
)

func main() {
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sum := sha256.Sum256([]byte("csc"))
	for i := 0; i < n; i++ {
		sum = sha256.Sum256(sum[:])
	}
	fmt.Println("chain", hex.EncodeToString(sum[:]))

	buf := make([]byte, n*50)
	x := uint32(1)
	for i := range buf {
		x = x*1664525 + 1013904223
		buf[i] = byte(x >> 24)
	}
	h256, h1, h5 := sha256.New(), sha1.New(), md5.New()
	for off, piece := 0, 1; off < len(buf); piece = piece*7%1021 + 1 {
		end := off + piece
		if end > len(buf) {
			end = len(buf)
		}
		h256.Write(buf[off:end])
		h1.Write(buf[off:end])
		h5.Write(buf[off:end])
		off = end
	}
	fmt.Println("sha256", hex.EncodeToString(h256.Sum(nil)))
	fmt.Println("sha1  ", hex.EncodeToString(h1.Sum(nil)))
	fmt.Println("md5   ", hex.EncodeToString(h5.Sum(nil)))
	fmt.Printf("md5 of first KiB %x\n", md5.Sum(buf[:1024]))

	var crc uint32
	for off := 0; off < len(buf); off += 4096 {
		end := off + 4096
		if end > len(buf) {
			end = len(buf)
		}
		crc ^= crc32.ChecksumIEEE(buf[off:end])
	}
	fmt.Printf("crc xor %08x whole %08x\n", crc, crc32.ChecksumIEEE(buf))
}
