package main

// ChaCha20 (RFC 8439) written out: the 16-word state is a [16]uint32
// array copied by value per block, quarter rounds on four named
// locals at a time with bits.RotateLeft32, keystream XORed into a
// []byte in 64-byte blocks with the counter in word 12. The RFC's
// section 2.4.2 test vector is checked, then a buffer is encrypted and
// decrypted again and again under changing nonces; the check is an
// FNV-1a hash of the final ciphertext and a round-trip comparison.

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

func quarter(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
	a += b
	d = bits.RotateLeft32(d^a, 16)
	c += d
	b = bits.RotateLeft32(b^c, 12)
	a += b
	d = bits.RotateLeft32(d^a, 8)
	c += d
	b = bits.RotateLeft32(b^c, 7)
	return a, b, c, d
}

func block(in *[16]uint32, out *[64]byte) {
	x := *in
	for i := 0; i < 10; i++ {
		x[0], x[4], x[8], x[12] = quarter(x[0], x[4], x[8], x[12])
		x[1], x[5], x[9], x[13] = quarter(x[1], x[5], x[9], x[13])
		x[2], x[6], x[10], x[14] = quarter(x[2], x[6], x[10], x[14])
		x[3], x[7], x[11], x[15] = quarter(x[3], x[7], x[11], x[15])
		x[0], x[5], x[10], x[15] = quarter(x[0], x[5], x[10], x[15])
		x[1], x[6], x[11], x[12] = quarter(x[1], x[6], x[11], x[12])
		x[2], x[7], x[8], x[13] = quarter(x[2], x[7], x[8], x[13])
		x[3], x[4], x[9], x[14] = quarter(x[3], x[4], x[9], x[14])
	}
	for i, v := range x {
		v += in[i]
		out[4*i] = byte(v)
		out[4*i+1] = byte(v >> 8)
		out[4*i+2] = byte(v >> 16)
		out[4*i+3] = byte(v >> 24)
	}
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func xorKeyStream(dst, src []byte, key *[32]byte, nonce *[12]byte, counter uint32) {
	var state [16]uint32
	state[0], state[1], state[2], state[3] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574
	for i := 0; i < 8; i++ {
		state[4+i] = le32(key[4*i:])
	}
	state[12] = counter
	for i := 0; i < 3; i++ {
		state[13+i] = le32(nonce[4*i:])
	}
	var ks [64]byte
	for len(src) > 0 {
		block(&state, &ks)
		state[12]++
		n := len(src)
		if n > 64 {
			n = 64
		}
		for i := 0; i < n; i++ {
			dst[i] = src[i] ^ ks[i]
		}
		src, dst = src[n:], dst[n:]
	}
}

func fnv(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func main() {
	n := 5000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var key [32]byte
	for i := range key {
		key[i] = byte(i)
	}
	nonce := [12]byte{0, 0, 0, 0, 0, 0, 0, 0x4a, 0, 0, 0, 0}
	plain := []byte("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.")
	ct := make([]byte, len(plain))
	xorKeyStream(ct, plain, &key, &nonce, 1)
	fmt.Printf("rfc8439 2.4.2: %x...%x\n", ct[:16], ct[len(ct)-4:])

	buf := make([]byte, 16384)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	orig := append([]byte(nil), buf...)
	tmp := make([]byte, len(buf))
	for r := 0; r < n; r++ {
		nonce[0] = byte(r)
		nonce[1] = byte(r >> 8)
		xorKeyStream(tmp, buf, &key, &nonce, uint32(r))
		buf, tmp = tmp, buf
	}
	h := fnv(buf)
	for r := n - 1; r >= 0; r-- {
		nonce[0] = byte(r)
		nonce[1] = byte(r >> 8)
		xorKeyStream(tmp, buf, &key, &nonce, uint32(r))
		buf, tmp = tmp, buf
	}
	same := string(buf) == string(orig)
	fmt.Printf("%d rounds of %d bytes: hash %016x, round trip %v\n", n, len(buf), h, same)
}
