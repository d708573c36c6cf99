// Package crypto/internal/blockhash: the part MD5, SHA-1 and SHA-224/256
// share. Each is a Merkle-Damgard hash over 64-byte blocks with a state
// of 32-bit words: input is buffered into whole blocks, each block is
// mixed into the state by the hash's compression function (written in C
// beside each package, for speed), and the end is padded with 0x80,
// zeros, and the message length in bits as 8 bytes, so that the length
// ends a block. The hashes differ only in their initial state, their
// compression function, their output size, and byte order (MD5 is
// little-endian, the SHAs big-endian) for the length and the output.
//
// A Digest is a value with no references, so copying it copies the
// whole state. Sum finishes in scratch fields of its own and leaves the
// running state as it was.
// Not a Go package (Go keeps these separate); programs cannot tell.
package blockhash

// BlockSize is the block size of every hash here, in bytes.
const BlockSize = 64

// A Compress function mixes the whole blocks of p into the state h.
type Compress func(h []uint32, p []byte)

// Digest is the running state of one hash computation.
type Digest struct {
	h         [8]uint32
	init      [8]uint32
	words     int // state words in use
	size      int // output bytes, at most 4*words
	bigEndian bool
	compress  Compress
	buf       [BlockSize]byte
	nbuf      int
	len       uint64 // bytes written in all
	sumH      [8]uint32           // Sum's copy of h
	tail      [2 * BlockSize]byte // Sum's final blocks, then its output
}

// New returns a reset Digest with state init, size output bytes, and the
// given byte order and compression function.
func New(init []uint32, size int, bigEndian bool, compress Compress) Digest {
	d := Digest{words: len(init), size: size, bigEndian: bigEndian, compress: compress}
	copy(d.init[:], init)
	d.Reset()
	return d
}

func (d *Digest) Reset() {
	d.h = d.init
	d.nbuf = 0
	d.len = 0
}

func (d *Digest) Size() int { return d.size }

func (d *Digest) BlockSize() int { return BlockSize }

// Write adds p to the input; it never fails.
func (d *Digest) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nbuf > 0 {
		k := copy(d.buf[d.nbuf:], p)
		d.nbuf += k
		p = p[k:]
		if d.nbuf < BlockSize {
			return n, nil
		}
		d.compress(d.h[:d.words], d.buf[:])
		d.nbuf = 0
	}
	if whole := len(p) &^ (BlockSize - 1); whole > 0 {
		d.compress(d.h[:d.words], p[:whole])
		p = p[whole:]
	}
	d.nbuf = copy(d.buf[:], p)
	return n, nil
}

// Sum appends the hash of the input so far to b. The final one or two
// blocks (buffered input, 0x80, zeros to 56 mod 64, the length) are built
// in tail and mixed into sumH, a copy of the state: d's running state is
// left as it was, and nothing but b's growth is allocated.
func (d *Digest) Sum(b []byte) []byte {
	d.sumH = d.h
	n := copy(d.tail[:], d.buf[:d.nbuf])
	d.tail[n] = 0x80
	end := BlockSize
	if n >= BlockSize-8 {
		end = 2 * BlockSize
	}
	for i := n + 1; i < end-8; i++ {
		d.tail[i] = 0
	}
	d.putOrdered(d.tail[end-8:end], d.len<<3)
	d.compress(d.sumH[:d.words], d.tail[:end])
	for i, w := range d.sumH[:d.size/4] {
		d.putOrdered(d.tail[4*i:4*i+4], uint64(w))
	}
	return append(b, d.tail[:d.size]...)
}

// putOrdered stores the low len(b) bytes of x into b in the hash's order.
func (d *Digest) putOrdered(b []byte, x uint64) {
	n := len(b)
	for i := range b {
		shift := 8 * i
		if d.bigEndian {
			shift = 8 * (n - 1 - i)
		}
		b[i] = byte(x >> shift)
	}
}
