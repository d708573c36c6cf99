package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", strings.Repeat("\x00\xff", 1000)}
	tabs := []*crc32.Table{crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli), crc32.MakeTable(crc32.Koopman), crc32.MakeTable(0x12345678)}
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%08x", crc32.ChecksumIEEE(b))
		for _, t := range tabs {
			fmt.Printf(" %08x", crc32.Checksum(b, t))
		}
		half := len(b) / 2
		fmt.Printf(" %08x\n", crc32.Update(crc32.Update(0, tabs[1], b[:half]), tabs[1], b[half:]))
	}
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == tabs[1], crc32.Size)
	fmt.Println(crc32.IEEETable[1], crc32.IEEETable[255], tabs[1][128])
	for _, h := range []hash.Hash32{crc32.NewIEEE(), crc32.New(tabs[1])} {
		h.Write([]byte("hello "))
		h.Write([]byte("world"))
		fmt.Printf("%d %x %x %d %d\n", h.Sum32(), h.Sum(nil), h.Sum([]byte("x")), h.Size(), h.BlockSize())
		h.Reset()
		fmt.Println(h.Sum32())
	}
	fmt.Println(crc32.Update(0xffffffff, crc32.IEEETable, []byte("abc")))
}
