// Package crypto/md5: the MD5 hash (RFC 1321) as in Go 1.19. The digest
// is crypto/internal/blockhash's, with MD5's initial state, little-endian
// byte order, and the compression function of md5block.c.
package md5

import (
	"crypto/internal/blockhash"
	"hash"
)

// Size is the size of an MD5 checksum in bytes.
const Size = 16

// BlockSize is the blocksize of MD5 in bytes.
const BlockSize = 64

type digest struct {
	blockhash.Digest
}

func compress(h []uint32, p []byte)

func newDigest() *digest {
	init := []uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	return &digest{blockhash.New(init, Size, false, compress)}
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	return newDigest()
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	d := newDigest()
	d.Write(data)
	var out [Size]byte
	copy(out[:], d.Sum(nil))
	return out
}
