package main

// math/rand with fixed seeds, as simulations and shuffling benchmarks use
// it: Monte Carlo pi with Float64, a dice histogram with Intn, Perm and
// Shuffle, reservoir sampling with Int63n, a Gaussian/exponential sample
// mean with NormFloat64 / ExpFloat64, Int31n and Uint32 mixing, and the
// global source after rand.Seed. Every value must match Go's generator.

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
)

func monteCarloPi(r *rand.Rand, n int) float64 {
	in := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			in++
		}
	}
	return 4 * float64(in) / float64(n)
}

func dice(r *rand.Rand, n int) [11]int {
	var h [11]int
	for i := 0; i < n; i++ {
		h[r.Intn(6)+r.Intn(6)]++
	}
	return h
}

func shuffles(r *rand.Rand, rounds int) int {
	check := 0
	a := make([]int, 1000)
	for k := 0; k < rounds; k++ {
		p := r.Perm(len(a))
		copy(a, p)
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		check = check*31 + a[0] + a[999]*7 + p[500]
	}
	return check
}

func reservoir(r *rand.Rand, stream, k int) []int {
	res := make([]int, k)
	for i := 0; i < stream; i++ {
		if i < k {
			res[i] = i
		} else if j := r.Int63n(int64(i + 1)); j < int64(k) {
			res[j] = i
		}
	}
	return res
}

func moments(r *rand.Rand, n int) (normMean, normVar, expMean float64) {
	sum, sum2, esum := 0.0, 0.0, 0.0
	for i := 0; i < n; i++ {
		v := r.NormFloat64()
		sum += v
		sum2 += v * v
		esum += r.ExpFloat64()
	}
	m := sum / float64(n)
	return m, sum2/float64(n) - m*m, esum / float64(n)
}

func mixing(r *rand.Rand, n int) uint32 {
	var h uint32
	for i := 0; i < n; i++ {
		h = h*16777619 ^ r.Uint32() ^ uint32(r.Int31n(1000))
	}
	return h
}

func main() {
	n := 16000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	r := rand.New(rand.NewSource(20221127))
	fmt.Printf("pi %.6f\n", monteCarloPi(r, n))
	fmt.Println("dice", dice(r, n))
	fmt.Println("shuffle", shuffles(r, n/2000))
	fmt.Println("reservoir", reservoir(r, n, 8))
	m, v, e := moments(r, n/4)
	fmt.Printf("normal mean %.6f var %.6f exp mean %.6f\n", m, v, e)
	fmt.Println("mix", mixing(r, n/2))
	rand.Seed(42)
	fmt.Println("global", rand.Intn(1000), rand.Int63(), rand.Float64(), rand.Perm(8))
	r2 := rand.New(rand.NewSource(-5))
	fmt.Println("negative seed", r2.Int(), r2.Int31(), r2.Uint64())
}
