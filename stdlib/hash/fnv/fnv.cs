// Package hash/fnv: the FNV-1 and FNV-1a non-cryptographic hashes of
// 32, 64 and 128 bits, as in Go 1.19. FNV-1 multiplies the hash by the
// FNV prime and then XORs in each byte; FNV-1a XORs first. Sums are
// appended big-endian. The 128-bit prime is 2^88 + 0x13b, so a 128-bit
// multiply is one 64x64 product plus a shifted add (bits.Mul64).
package fnv

import (
	"hash"
	"math/bits"
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128Lower  = 0x62b821756295c58d
	offset128Higher = 0x6c62272e07bb0142
	prime32         = 16777619
	prime64         = 1099511628211
	prime128Lower   = 0x13b
	prime128Shift   = 24
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word first
	sum128a [2]uint64
)

// New32 returns a new 32-bit FNV-1 hash.Hash.
func New32() hash.Hash32 {
	s := sum32(offset32)
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.Hash.
func New32a() hash.Hash32 {
	s := sum32a(offset32)
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.Hash.
func New64() hash.Hash64 {
	s := sum64(offset64)
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.Hash.
func New64a() hash.Hash64 {
	s := sum64a(offset64)
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.Hash.
func New128() hash.Hash {
	s := sum128{offset128Higher, offset128Lower}
	return &s
}

// New128a returns a new 128-bit FNV-1a hash.Hash.
func New128a() hash.Hash {
	s := sum128a{offset128Higher, offset128Lower}
	return &s
}

func mix32(h uint32, data []byte, xorFirst bool) uint32 {
	for _, c := range data {
		if xorFirst {
			h = (h ^ uint32(c)) * prime32
		} else {
			h = h*prime32 ^ uint32(c)
		}
	}
	return h
}

func mix64(h uint64, data []byte, xorFirst bool) uint64 {
	for _, c := range data {
		if xorFirst {
			h = (h ^ uint64(c)) * prime64
		} else {
			h = h*prime64 ^ uint64(c)
		}
	}
	return h
}

func mix128(s *[2]uint64, data []byte, xorFirst bool) {
	for _, c := range data {
		if xorFirst {
			s[1] ^= uint64(c)
		}
		hi, lo := bits.Mul64(prime128Lower, s[1])
		s[0] = hi + s[1]<<prime128Shift + prime128Lower*s[0]
		s[1] = lo
		if !xorFirst {
			s[1] ^= uint64(c)
		}
	}
}

func append32(in []byte, h uint32) []byte {
	return append(in, byte(h>>24), byte(h>>16), byte(h>>8), byte(h))
}

func append64(in []byte, h uint64) []byte {
	return append32(append32(in, uint32(h>>32)), uint32(h))
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { *s = sum128{offset128Higher, offset128Lower} }
func (s *sum128a) Reset() { *s = sum128a{offset128Higher, offset128Lower} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	*s = sum32(mix32(uint32(*s), data, false))
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	*s = sum32a(mix32(uint32(*s), data, true))
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	*s = sum64(mix64(uint64(*s), data, false))
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	*s = sum64a(mix64(uint64(*s), data, true))
	return len(data), nil
}

func (s *sum128) Write(data []byte) (int, error) {
	mix128((*[2]uint64)(s), data, false)
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	mix128((*[2]uint64)(s), data, true)
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func (s *sum32) Sum(in []byte) []byte   { return append32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return append32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return append64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return append64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return append64(append64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return append64(append64(in, s[0]), s[1]) }
