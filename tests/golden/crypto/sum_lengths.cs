// Sum at every input length around the padding boundaries (55, 56, 63,
// 64 mod 64 take one or two final blocks), for MD5, SHA-1, SHA-224 and
// SHA-256: Sum in the middle of writing leaves the running state as it
// was, Sum appends to a non-empty slice, Reset starts over, and New's
// streamed digest matches the one-shot functions.
package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
)

func main() {
	data := make([]byte, 200)
	for i := range data {
		data[i] = byte(i*7 + 3)
	}
	news := []func() hash.Hash{md5.New, sha1.New, sha256.New224, sha256.New}
	oneShot := []func([]byte) []byte{
		func(p []byte) []byte { s := md5.Sum(p); return s[:] },
		func(p []byte) []byte { s := sha1.Sum(p); return s[:] },
		func(p []byte) []byte { s := sha256.Sum224(p); return s[:] },
		func(p []byte) []byte { s := sha256.Sum256(p); return s[:] },
	}
	for k, nh := range news {
		h := nh()
		all := sha256.New()
		bad := 0
		for n := 0; n <= 200; n++ {
			h.Reset()
			h.Write(data[:n/3])
			mid := h.Sum([]byte("prefix"))
			if !bytes.Equal(mid[6:], oneShot[k](data[:n/3])) || string(mid[:6]) != "prefix" {
				bad++
			}
			h.Write(data[n/3 : n])
			sum := h.Sum(nil)
			if !bytes.Equal(sum, oneShot[k](data[:n])) || len(sum) != h.Size() {
				bad++
			}
			if !bytes.Equal(h.Sum(nil), sum) {
				bad++
			}
			all.Write(sum)
			if n == 55 || n == 56 || n == 64 || n == 119 || n == 120 {
				fmt.Println(k, n, hex.EncodeToString(sum))
			}
		}
		fmt.Println(k, "size", h.Size(), "block", h.BlockSize(), "bad", bad, "all", hex.EncodeToString(all.Sum(nil)))
	}
}
