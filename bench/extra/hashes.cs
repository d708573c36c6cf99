package main

// Non-cryptographic hash functions written out by hand over []byte:
// MurmurHash3 x86_32, xxHash64 (four-lane stripes, avalanche), SipHash-2-4
// with a 128-bit key, and FNV-1a 64. Each hashes every prefix length of
// a buffer from 0 to 64 bytes and then many 1 KiB slices; the results
// are folded into one check value per function. Unaligned little-endian
// loads are assembled from bytes with shifts, rotations with math/bits.

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func le64(b []byte) uint64 {
	return uint64(le32(b)) | uint64(le32(b[4:]))<<32
}

func murmur3(data []byte, seed uint32) uint32 {
	const c1, c2 = 0xcc9e2d51, 0x1b873593
	h := seed
	n := len(data) / 4 * 4
	for i := 0; i < n; i += 4 {
		k := le32(data[i:])
		k *= c1
		k = bits.RotateLeft32(k, 15)
		k *= c2
		h ^= k
		h = bits.RotateLeft32(h, 13)
		h = h*5 + 0xe6546b64
	}
	var k uint32
	switch tail := data[n:]; len(tail) {
	case 3:
		k ^= uint32(tail[2]) << 16
		fallthrough
	case 2:
		k ^= uint32(tail[1]) << 8
		fallthrough
	case 1:
		k ^= uint32(tail[0])
		k *= c1
		k = bits.RotateLeft32(k, 15)
		k *= c2
		h ^= k
	}
	h ^= uint32(len(data))
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

const (
	p64a uint64 = 11400714785074694791
	p64b uint64 = 14029467366897019727
	p64c uint64 = 1609587929392839161
	p64d uint64 = 9650029242287828579
	p64e uint64 = 2870177450012600261
)

func xxRound(acc, input uint64) uint64 {
	acc += input * p64b
	acc = bits.RotateLeft64(acc, 31)
	return acc * p64a
}

func xxMerge(acc, val uint64) uint64 {
	acc ^= xxRound(0, val)
	return acc*p64a + p64d
}

func xxhash64(b []byte, seed uint64) uint64 {
	n := len(b)
	var h uint64
	if n >= 32 {
		v1, v2, v3, v4 := seed+p64a+p64b, seed+p64b, seed, seed-p64a
		for len(b) >= 32 {
			v1 = xxRound(v1, le64(b))
			v2 = xxRound(v2, le64(b[8:]))
			v3 = xxRound(v3, le64(b[16:]))
			v4 = xxRound(v4, le64(b[24:]))
			b = b[32:]
		}
		h = bits.RotateLeft64(v1, 1) + bits.RotateLeft64(v2, 7) + bits.RotateLeft64(v3, 12) + bits.RotateLeft64(v4, 18)
		h = xxMerge(h, v1)
		h = xxMerge(h, v2)
		h = xxMerge(h, v3)
		h = xxMerge(h, v4)
	} else {
		h = seed + p64e
	}
	h += uint64(n)
	for ; len(b) >= 8; b = b[8:] {
		h ^= xxRound(0, le64(b))
		h = bits.RotateLeft64(h, 27)*p64a + p64d
	}
	if len(b) >= 4 {
		h ^= uint64(le32(b)) * p64a
		h = bits.RotateLeft64(h, 23)*p64b + p64c
		b = b[4:]
	}
	for _, c := range b {
		h ^= uint64(c) * p64e
		h = bits.RotateLeft64(h, 11) * p64a
	}
	h ^= h >> 33
	h *= p64b
	h ^= h >> 29
	h *= p64c
	h ^= h >> 32
	return h
}

type sip struct{ v0, v1, v2, v3 uint64 }

func (s *sip) round() {
	s.v0 += s.v1
	s.v1 = bits.RotateLeft64(s.v1, 13) ^ s.v0
	s.v0 = bits.RotateLeft64(s.v0, 32)
	s.v2 += s.v3
	s.v3 = bits.RotateLeft64(s.v3, 16) ^ s.v2
	s.v0 += s.v3
	s.v3 = bits.RotateLeft64(s.v3, 21) ^ s.v0
	s.v2 += s.v1
	s.v1 = bits.RotateLeft64(s.v1, 17) ^ s.v2
	s.v2 = bits.RotateLeft64(s.v2, 32)
}

func siphash(k0, k1 uint64, b []byte) uint64 {
	s := sip{k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d, k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573}
	n := len(b)
	for ; len(b) >= 8; b = b[8:] {
		m := le64(b)
		s.v3 ^= m
		s.round()
		s.round()
		s.v0 ^= m
	}
	last := uint64(n) << 56
	for i, c := range b {
		last |= uint64(c) << (8 * uint(i))
	}
	s.v3 ^= last
	s.round()
	s.round()
	s.v0 ^= last
	s.v2 ^= 0xff
	for i := 0; i < 4; i++ {
		s.round()
	}
	return s.v0 ^ s.v1 ^ s.v2 ^ s.v3
}

func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func main() {
	n := 250000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	buf := make([]byte, 1<<16)
	x := uint32(1)
	for i := range buf {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		buf[i] = byte(x)
	}
	var m3 uint32
	var xx, sh, fv uint64
	for l := 0; l <= 64; l++ {
		m3 = m3*31 + murmur3(buf[:l], 0)
		xx = xx*31 + xxhash64(buf[:l], 0)
		sh = sh*31 + siphash(0x0706050403020100, 0x0f0e0d0c0b0a0908, buf[:l])
		fv = fv*31 + fnv1a(buf[:l])
	}
	fmt.Printf("prefixes: murmur3 %08x xxh64 %016x sip %016x fnv %016x\n", m3, xx, sh, fv)
	for i := 0; i < n; i++ {
		off := (i * 977) % (len(buf) - 1024)
		chunk := buf[off : off+1024-i%7]
		m3 ^= murmur3(chunk, uint32(i))
		xx ^= xxhash64(chunk, uint64(i))
		sh ^= siphash(uint64(i), 0, chunk)
		fv ^= fnv1a(chunk)
	}
	fmt.Printf("chunks:   murmur3 %08x xxh64 %016x sip %016x fnv %016x\n", m3, xx, sh, fv)
	fmt.Printf("known: murmur3(\"hello\")=%08x xxh64(\"\")=%016x sip(\"\")=%016x\n",
		murmur3([]byte("hello"), 0), xxhash64(nil, 0), siphash(0x0706050403020100, 0x0f0e0d0c0b0a0908, nil))
}
