// Package crypto/sha1: the SHA-1 hash (FIPS 180-4) as in Go 1.19. The
// digest is crypto/internal/blockhash's, with SHA-1's initial state,
// big-endian byte order, and the compression function of sha1block.c.
package sha1

import (
	"crypto/internal/blockhash"
	"hash"
)

// Size is the size of a SHA-1 checksum in bytes.
const Size = 20

// BlockSize is the block size of SHA-1 in bytes.
const BlockSize = 64

type digest struct {
	blockhash.Digest
}

func compress(h []uint32, p []byte)

func newDigest() *digest {
	init := []uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	return &digest{blockhash.New(init, Size, true, compress)}
}

// New returns a new hash.Hash computing the SHA-1 checksum.
func New() hash.Hash {
	return newDigest()
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	d := newDigest()
	d.Write(data)
	var out [Size]byte
	copy(out[:], d.Sum(nil))
	return out
}
