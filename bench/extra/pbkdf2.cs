// pbkdf2: HMAC and PBKDF2 (RFC 2104, RFC 8018) written over crypto's
// hash.Hash: the HMAC keeps inner and outer hashes, pads the key to the
// block size, and per message Resets, Writes and Sums into reused buffers.
// PBKDF2-HMAC-SHA1 is checked against RFC 6070's vectors and
// PBKDF2-HMAC-SHA256 against the published "password"/"salt" values, then
// a batch of derivations with many iterations (the password-hashing
// workload: millions of 64-byte compressions through the interface).
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"os"
	"strconv"
)

type hmac struct {
	inner, outer hash.Hash
	ipad, opad   []byte
	sum          []byte
}

func newHMAC(h func() hash.Hash, key []byte) *hmac {
	m := &hmac{inner: h(), outer: h()}
	bs := m.inner.BlockSize()
	if len(key) > bs {
		m.outer.Write(key)
		key = m.outer.Sum(nil)
		m.outer.Reset()
	}
	m.ipad = make([]byte, bs)
	m.opad = make([]byte, bs)
	copy(m.ipad, key)
	copy(m.opad, key)
	for i := range m.ipad {
		m.ipad[i] ^= 0x36
		m.opad[i] ^= 0x5c
	}
	m.inner.Write(m.ipad)
	return m
}

func (m *hmac) mac(msg []byte, out []byte) []byte {
	m.inner.Reset()
	m.inner.Write(m.ipad)
	m.inner.Write(msg)
	m.sum = m.inner.Sum(m.sum[:0])
	m.outer.Reset()
	m.outer.Write(m.opad)
	m.outer.Write(m.sum)
	return m.outer.Sum(out[:0])
}

func pbkdf2(password, salt []byte, iter, keyLen int, h func() hash.Hash) []byte {
	prf := newHMAC(h, password)
	size := prf.outer.Size()
	blocks := (keyLen + size - 1) / size
	dk := make([]byte, 0, blocks*size)
	msg := make([]byte, len(salt)+4)
	copy(msg, salt)
	u := make([]byte, 0, size)
	t := make([]byte, size)
	for b := 1; b <= blocks; b++ {
		n := len(salt)
		msg[n], msg[n+1], msg[n+2], msg[n+3] = byte(b>>24), byte(b>>16), byte(b>>8), byte(b)
		u = prf.mac(msg, u)
		copy(t, u)
		for i := 1; i < iter; i++ {
			u = prf.mac(u, u)
			for j := range t {
				t[j] ^= u[j]
			}
		}
		dk = append(dk, t...)
	}
	return dk[:keyLen]
}

func main() {
	iters := 60000
	if len(os.Args) > 1 {
		iters, _ = strconv.Atoi(os.Args[1])
	}
	vectors := []struct {
		pw, salt string
		iter, n  int
		h        func() hash.Hash
		want     string
	}{
		{"password", "salt", 1, 20, sha1.New, "0c60c80f961f0e71f3a9b524af6012062fe037a6"},
		{"password", "salt", 2, 20, sha1.New, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"},
		{"password", "salt", 4096, 20, sha1.New, "4b007901b765489abead49d926f721d065a429c1"},
		{"passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25, sha1.New, "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"},
		{"password", "salt", 1, 32, sha256.New, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"},
		{"password", "salt", 4096, 32, sha256.New, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"},
	}
	for i, v := range vectors {
		got := hex.EncodeToString(pbkdf2([]byte(v.pw), []byte(v.salt), v.iter, v.n, v.h))
		fmt.Println("vector", i, got == v.want)
	}
	var acc []byte
	for k, h := range []func() hash.Hash{sha256.New, sha1.New, md5.New} {
		for u := 0; u < 4; u++ {
			dk := pbkdf2([]byte("user"+strconv.Itoa(u)), []byte("NaCl-"+strconv.Itoa(k)), iters/(k+1), 48, h)
			acc = append(acc, dk[:4]...)
		}
	}
	fmt.Println("derived", hex.EncodeToString(acc))
}
