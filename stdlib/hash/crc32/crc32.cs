// Package hash/crc32: the 32-bit cyclic redundancy check as in Go 1.19,
// with reversed (LSB-first) polynomials and the usual pre- and
// post-inversion. A Table maps each byte to its CRC contribution; the
// per-byte loop runs in C (crc32.c) for speed. Go picks hardware
// (SSE 4.2, PCLMULQDQ) or slicing-by-8 where it can; the results are the
// same CRCs. MakeTable returns the shared tables for IEEE and Castagnoli,
// as Go does.
package crc32

import "hash"

// Size is the size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials.
const (
	IEEE       = 0xedb88320 // by far the most common
	Castagnoli = 0x82f63b78 // CRC-32C
	Koopman    = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = makeTable(IEEE)

var castagnoliTable = makeTable(Castagnoli)

func makeTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns a Table constructed from the specified polynomial.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		return castagnoliTable
	}
	return makeTable(poly)
}

// update runs the table over p from the inverted crc (crc32.c).
func update(crc uint32, tab []uint32, p []byte) uint32

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	return ^update(^crc, tab[:], p)
}

// Checksum returns the CRC-32 checksum of data using tab.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using IEEE.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using tab.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using
// the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
