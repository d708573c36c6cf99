package main

// CRC-32 of long pseudo-random inputs (the 8-bytes-a-step path) under
// five polynomials, whole and fed by Update in uneven pieces, and of
// every length from 0 to 80 (where the short and long paths meet).

import (
	"fmt"
	"hash/crc32"
)

func main() {
	data := make([]byte, 5003)
	x := uint32(99)
	for i := range data {
		x = x*1664525 + 1013904223
		data[i] = byte(x >> 23)
	}
	polys := []uint32{crc32.IEEE, crc32.Castagnoli, crc32.Koopman, 0x12345678, 0xdeadbeef}
	for _, p := range polys {
		tab := crc32.MakeTable(p)
		crc := uint32(0)
		for i, n := 0, 1; i < len(data); n = n*5%211 + 1 {
			end := i + n
			if end > len(data) {
				end = len(data)
			}
			crc = crc32.Update(crc, tab, data[i:end])
			i = end
		}
		fmt.Printf("%08x %08x %08x\n", p, crc32.Checksum(data, tab), crc)
	}
	sum := uint32(0)
	for n := 0; n <= 80; n++ {
		sum = sum*31 + crc32.ChecksumIEEE(data[7:7+n]) ^ crc32.Checksum(data[n:2*n], crc32.MakeTable(crc32.Castagnoli))
	}
	fmt.Printf("lengths %08x\n", sum)
}
