package main

// pidigits in the Benchmarks Game's spirit, as Gibbons' streaming
// spigot over the linear fractional transformation (q r; 0 t) with
// DivMod, Cmp and Int64: 600 digits, 10 a line with "\t:count".

import (
	"fmt"
	"math/big"
)

type lft struct {
	q, r, t *big.Int
}

// compose multiplies the state by the k-th term (k 4k+2; 0 2k+1).
func (z *lft) compose(k int64) {
	kk := big.NewInt(k)
	twok1 := big.NewInt(2*k + 1)
	tmp := new(big.Int).Mul(z.q, big.NewInt(4*k+2))
	z.r.Mul(z.r, twok1)
	z.r.Add(z.r, tmp)
	z.q.Mul(z.q, kk)
	z.t.Mul(z.t, twok1)
}

// digit is floor((q*x + r) / t) and whether it is the same for x = 3, 4.
func (z *lft) digit() (int64, bool) {
	var a, b, m big.Int
	a.Mul(z.q, big.NewInt(3))
	a.Add(&a, z.r)
	a.DivMod(&a, z.t, &m)
	b.Mul(z.q, big.NewInt(4))
	b.Add(&b, z.r)
	b.Div(&b, z.t)
	return a.Int64(), a.Cmp(&b) == 0
}

// emit multiplies the state by (10 -10d; 0 1).
func (z *lft) emit(d int64) {
	z.r.Sub(z.r, new(big.Int).Mul(z.t, big.NewInt(d)))
	z.r.Mul(z.r, big.NewInt(10))
	z.q.Mul(z.q, big.NewInt(10))
}

func main() {
	const n = 600
	z := &lft{big.NewInt(1), big.NewInt(0), big.NewInt(1)}
	line := ""
	k := int64(0)
	for i := 1; i <= n; {
		d, ok := z.digit()
		if !ok {
			k++
			z.compose(k)
			continue
		}
		line += fmt.Sprint(d)
		if i%10 == 0 || i == n {
			fmt.Printf("%-10s\t:%d\n", line, i)
			line = ""
		}
		z.emit(d)
		i++
	}
	fmt.Println("terms:", k, "bits:", z.q.BitLen(), z.r.BitLen(), z.t.BitLen())
}
