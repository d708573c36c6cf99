// checks: maps keyed by 4-byte integers (int32, uint32, rune and named
// types of them), which hash and compare inline: growth past many
// rebuilds, negative and high-bit keys, deletes during range, lookups of
// missing keys, comma-ok, and printing (sorted keys)
package main

import (
	"fmt"
	"sort"
)

type code int32

type id uint32

func main() {
	m := map[int32]int{}
	for i := int32(-5000); i < 5000; i += 3 {
		m[i*7919] = int(i)
	}
	sum, hits := 0, 0
	for i := int32(-5000); i < 5000; i++ {
		if v, ok := m[i*7919]; ok {
			sum += v
			hits++
		}
	}
	fmt.Println(len(m), hits, sum, m[-2147483648], m[3*7919])
	for k, v := range m {
		if v%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println("after deletes", len(m))

	u := map[uint32]string{0: "zero", 1 << 31: "high", 0xffffffff: "max", 1: "one"}
	u[0x80000001] = "high+1"
	delete(u, 1)
	fmt.Println(u, len(u), u[2])

	letters := map[rune]int{}
	for _, r := range "héllo, wörld — ünïcode ☃ héllo" {
		letters[r]++
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		fmt.Printf("%c%d ", r, letters[r])
	}
	fmt.Println()

	codes := map[code]string{-1: "neg", 404: "not found", 200: "ok"}
	ids := map[id]code{7: 200, 9: 404}
	fmt.Println(codes[ids[9]], codes[ids[7]], codes[ids[8]], len(codes))

	big := map[uint32]uint32{}
	for i := uint32(0); i < 100000; i++ {
		big[i*2654435761] = i
	}
	ok := true
	for i := uint32(0); i < 100000; i++ {
		if big[i*2654435761] != i {
			ok = false
		}
	}
	fmt.Println(len(big), ok)
}
