package main

import (
	"fmt"
	"hash"
	"hash/fnv"
	"strings"
)

func main() {
	inputs := []string{"", "a", "foobar", "hello, world", strings.Repeat("\xff\x00", 50)}
	for _, s := range inputs {
		h32, h32a, h64, h64a := fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a()
		for _, h := range []hash.Hash{h32, h32a, h64, h64a, fnv.New128(), fnv.New128a()} {
			n, err := h.Write([]byte(s))
			fmt.Printf("%d %v %x %d %d %x\n", n, err, h.Sum(nil), h.Size(), h.BlockSize(), h.Sum([]byte{1, 2}))
			h.Write([]byte("more"))
			a := h.Sum(nil)
			h.Reset()
			h.Write([]byte(s + "more"))
			fmt.Printf("  %x %v\n", a, string(a) == string(h.Sum(nil)))
		}
		fmt.Println(h32.Sum32(), h32a.Sum32(), h64.Sum64(), h64a.Sum64())
	}
	h := fnv.New32a()
	fmt.Fprintf(h, "%d-%s", 7, "x")
	fmt.Println(h.Sum32())
	var hh hash.Hash64 = fnv.New64a()
	hh.Write([]byte("key"))
	fmt.Println(hh.Sum64() % 1000)
}
