// bloom: a Bloom filter over a []uint64 bit set with k probes from
// double hashing of hash/fnv's 64-bit FNV-1a (one hash.Hash64 reused
// through Reset/Write/Sum64), filled with generated string keys, then
// probed with members and non-members; the measured false-positive rate
// is compared with the formula. A counting variant ([]uint8 counters)
// supports deletes.
package main

import (
	"fmt"
	"hash"
	"hash/fnv"
	"math"
	"os"
	"strconv"
)

type bloom struct {
	bits []uint64
	m    uint64
	k    int
	h    hash.Hash64
	key  []byte
}

func newBloom(n int, fp float64) *bloom {
	m := uint64(math.Ceil(-float64(n) * math.Log(fp) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(n) * math.Ln2))
	return &bloom{bits: make([]uint64, (m+63)/64), m: m, k: k, h: fnv.New64a()}
}

func (b *bloom) hashes(s string) (uint64, uint64) {
	b.key = append(b.key[:0], s...)
	b.h.Reset()
	b.h.Write(b.key)
	x := b.h.Sum64()
	return x, (x>>33 | x<<31) | 1
}

func (b *bloom) Add(s string) {
	h1, h2 := b.hashes(s)
	for i := 0; i < b.k; i++ {
		p := (h1 + uint64(i)*h2) % b.m
		b.bits[p/64] |= 1 << (p % 64)
	}
}

func (b *bloom) Has(s string) bool {
	h1, h2 := b.hashes(s)
	for i := 0; i < b.k; i++ {
		p := (h1 + uint64(i)*h2) % b.m
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

type counting struct {
	cells []uint8
	m     uint64
	k     int
}

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

func (c *counting) update(s string, d int) {
	h1 := fnv1a(s)
	h2 := (h1>>33 | h1<<31) | 1
	for i := 0; i < c.k; i++ {
		p := (h1 + uint64(i)*h2) % c.m
		c.cells[p] = uint8(int(c.cells[p]) + d)
	}
}

func (c *counting) Has(s string) bool {
	h1 := fnv1a(s)
	h2 := (h1>>33 | h1<<31) | 1
	for i := 0; i < c.k; i++ {
		if c.cells[(h1+uint64(i)*h2)%c.m] == 0 {
			return false
		}
	}
	return true
}

func key(prefix string, i int) string {
	return prefix + strconv.Itoa(i*7919%1000003) + "-" + strconv.Itoa(i)
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	b := newBloom(n, 0.01)
	for i := 0; i < n; i++ {
		b.Add(key("user:", i))
	}
	missing := 0
	for i := 0; i < n; i++ {
		if !b.Has(key("user:", i)) {
			missing++
		}
	}
	fp := 0
	for i := 0; i < n; i++ {
		if b.Has(key("guest:", i)) {
			fp++
		}
	}
	set := 0
	for _, w := range b.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	c := &counting{cells: make([]uint8, b.m), m: b.m, k: b.k}
	for i := 0; i < n; i++ {
		c.update(key("k", i), 1)
	}
	for i := 0; i < n; i += 2 {
		c.update(key("k", i), -1)
	}
	kept, gone := 0, 0
	for i := 0; i < n; i++ {
		if c.Has(key("k", i)) {
			if i%2 == 1 {
				kept++
			} else {
				gone++
			}
		}
	}
	fmt.Printf("m=%d k=%d set=%d missing=%d fp=%.4f kept=%d stale=%d\n",
		b.m, b.k, set, missing, float64(fp)/float64(n), kept, gone)
}
