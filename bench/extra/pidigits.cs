package main

// The Benchmarks Game's pidigits: the first n digits of pi by the
// unbounded spigot algorithm (Gibbons' streaming form as in the
// game's C/GMP program), printed 10 a line with "\t:count". The game
// runs n = 10000; the default here is 5000 (Go: about 0.5 s).

import (
	"bufio"
	"fmt"
	"math/big"
	"os"
	"strconv"
)

var (
	tmp1  = new(big.Int)
	tmp2  = new(big.Int)
	numer = big.NewInt(1)
	accum = big.NewInt(0)
	denom = big.NewInt(1)
	small = new(big.Int)
)

func smallInt(v int64) *big.Int {
	return small.SetInt64(v)
}

// extractDigit is floor((numer*nth + accum) / denom).
func extractDigit(nth int64) int64 {
	tmp1.Mul(numer, smallInt(nth))
	tmp2.Add(tmp1, accum)
	tmp1.Quo(tmp2, denom)
	return tmp1.Int64()
}

func eliminateDigit(d int64) {
	accum.Sub(accum, tmp1.Mul(denom, smallInt(d)))
	accum.Mul(accum, smallInt(10))
	numer.Mul(numer, smallInt(10))
}

func nextTerm(k int64) {
	k2 := k*2 + 1
	accum.Add(accum, tmp1.Lsh(numer, 1))
	accum.Mul(accum, smallInt(k2))
	denom.Mul(denom, smallInt(k2))
	numer.Mul(numer, smallInt(k))
}

func main() {
	n := 5000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	line := make([]byte, 0, 10)
	k := int64(0)
	for i := 0; i < n; {
		k++
		nextTerm(k)
		if numer.Cmp(accum) > 0 {
			continue
		}
		d := extractDigit(3)
		if d != extractDigit(4) {
			continue
		}
		line = append(line, byte('0'+d))
		i++
		if i%10 == 0 || i == n {
			fmt.Fprintf(out, "%-10s\t:%d\n", line, i)
			line = line[:0]
		}
		eliminateDigit(d)
	}
}
