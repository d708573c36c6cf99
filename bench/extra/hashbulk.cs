// hashbulk: digest throughput over one large buffer, the way a benchmark
// of "md5sum/sha256sum in language X" is written: a 24 MiB pseudo-random
// buffer hashed whole with md5.Sum, sha1.Sum and sha256.Sum256, then
// through hash.Hash in 64 KiB Writes, then in unaligned 1000-byte pieces,
// and crc32.ChecksumIEEE plus an Update chain; all digests printed in hex.
// The one-shot and streamed digests must agree.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"os"
	"strconv"
)

func stream(h hash.Hash, buf []byte, piece int) string {
	for i := 0; i < len(buf); i += piece {
		j := i + piece
		if j > len(buf) {
			j = len(buf)
		}
		h.Write(buf[i:j])
	}
	return hex.EncodeToString(h.Sum(nil))
}

func main() {
	mib := 24
	if len(os.Args) > 1 {
		mib, _ = strconv.Atoi(os.Args[1])
	}
	buf := make([]byte, mib<<20)
	x := uint64(0x9E3779B97F4A7C15)
	for i := 0; i+8 <= len(buf); i += 8 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		for k := 0; k < 8; k++ {
			buf[i+k] = byte(x >> (8 * k))
		}
	}
	m := md5.Sum(buf)
	s1 := sha1.Sum(buf)
	s2 := sha256.Sum256(buf)
	fmt.Println("md5   ", hex.EncodeToString(m[:]))
	fmt.Println("sha1  ", hex.EncodeToString(s1[:]))
	fmt.Println("sha256", hex.EncodeToString(s2[:]))
	news := []func() hash.Hash{md5.New, sha1.New, sha256.New}
	whole := []string{hex.EncodeToString(m[:]), hex.EncodeToString(s1[:]), hex.EncodeToString(s2[:])}
	for i, nh := range news {
		a := stream(nh(), buf, 65536)
		b := stream(nh(), buf, 1000)
		fmt.Println("streamed", i, a == whole[i], b == whole[i])
	}
	c := crc32.ChecksumIEEE(buf)
	var u uint32
	for i := 0; i < len(buf); i += 4096 {
		u = crc32.Update(u, crc32.IEEETable, buf[i:i+4096])
	}
	fmt.Printf("crc32 %08x %v\n", c, c == u)
}
