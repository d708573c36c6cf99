// Package crypto/sha256: the SHA-224 and SHA-256 hashes (FIPS 180-4) as
// in Go 1.19. The digest is crypto/internal/blockhash's, with each
// hash's initial state (the fractional parts of the square roots of the
// first 8 primes for SHA-256, bits 33-64 of those of the next 8 for
// SHA-224), big-endian byte order, and sha256block.c's compression
// function; SHA-224 outputs the first 7 of the 8 state words.
package sha256

import (
	"crypto/internal/blockhash"
	"hash"
)

// Size is the size of a SHA-256 checksum in bytes.
const Size = 32

// Size224 is the size of a SHA-224 checksum in bytes.
const Size224 = 28

// BlockSize is the blocksize of SHA-256 and SHA-224 in bytes.
const BlockSize = 64

type digest struct {
	blockhash.Digest
}

func compress(h []uint32, p []byte)

var init256 = []uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
var init224 = []uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash {
	return &digest{blockhash.New(init256, Size, true, compress)}
}

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash {
	return &digest{blockhash.New(init224, Size224, true, compress)}
}

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	d := New()
	d.Write(data)
	var out [Size]byte
	copy(out[:], d.Sum(nil))
	return out
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	d := New224()
	d.Write(data)
	var out [Size224]byte
	copy(out[:], d.Sum(nil))
	return out
}
