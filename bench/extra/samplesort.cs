// samplesort: parallel sample sort of uint64 keys. A random sample picks
// B-1 splitters (sort.Slice on the sample); P goroutines classify their
// chunk by binary search over the splitters, counting per bucket first and
// then scattering into a shared output at offsets from a prefix sum over
// (worker, bucket) counts; then one goroutine per bucket sorts its range
// with a hand-written introsort-free quicksort (insertion sort below 24).
// Runs for several sizes and bucket counts; checked sorted and against the
// input's sum and xor.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
)

func qsort(a []uint64) {
	for len(a) > 24 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j < len(a)-1-i {
			qsort(a[:j+1])
			a = a[i:]
		} else {
			qsort(a[i:])
			a = a[:j+1]
		}
	}
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i
		for j > 0 && a[j-1] > v {
			a[j] = a[j-1]
			j--
		}
		a[j] = v
	}
}

func bucketOf(split []uint64, v uint64) int {
	lo, hi := 0, len(split)
	for lo < hi {
		m := (lo + hi) / 2
		if split[m] <= v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func sampleSort(in []uint64, p, b int) []uint64 {
	sample := make([]uint64, 0, b*16)
	for i := 0; i < b*16; i++ {
		sample = append(sample, in[(i*7919+13)%len(in)])
	}
	sort.Slice(sample, func(i, j int) bool { return sample[i] < sample[j] })
	split := make([]uint64, b-1)
	for i := range split {
		split[i] = sample[(i+1)*16]
	}
	counts := make([][]int, p)
	var wg sync.WaitGroup
	for w := 0; w < p; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			c := make([]int, b)
			for _, v := range in[w*len(in)/p : (w+1)*len(in)/p] {
				c[bucketOf(split, v)]++
			}
			counts[w] = c
		}(w)
	}
	wg.Wait()
	offs := make([][]int, p)
	starts := make([]int, b+1)
	pos := 0
	for k := 0; k < b; k++ {
		starts[k] = pos
		for w := 0; w < p; w++ {
			if k == 0 {
				offs[w] = make([]int, b)
			}
			offs[w][k] = pos
			pos += counts[w][k]
		}
	}
	starts[b] = pos
	out := make([]uint64, len(in))
	for w := 0; w < p; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			o := offs[w]
			for _, v := range in[w*len(in)/p : (w+1)*len(in)/p] {
				k := bucketOf(split, v)
				out[o[k]] = v
				o[k]++
			}
		}(w)
	}
	wg.Wait()
	for k := 0; k < b; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			qsort(out[starts[k]:starts[k+1]])
		}(k)
	}
	wg.Wait()
	return out
}

func main() {
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := uint64(88172645463325252)
	for _, size := range []int{n / 4, n, n / 2} {
		in := make([]uint64, size)
		var sum, xor uint64
		for i := range in {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			in[i] = x % uint64(size*4)
			sum += in[i]
			xor ^= in[i]
		}
		for _, pb := range [][2]int{{2, 16}, {4, 64}, {8, 256}} {
			out := sampleSort(in, pb[0], pb[1])
			var s2, x2 uint64
			ok := true
			for i, v := range out {
				s2 += v
				x2 ^= v
				if i > 0 && out[i-1] > v {
					ok = false
				}
			}
			fmt.Println(size, pb, "sorted", ok, "same", s2 == sum && x2 == xor, "median", out[size/2])
		}
	}
}
