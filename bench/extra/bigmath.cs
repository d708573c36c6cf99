// bigmath: math/big integer workloads. Fibonacci(400,000) by fast
// doubling and by plain addition (checked equal), 3000! by MulRange and
// by a product tree, their decimal digit sums through String, modular
// exponentiation (Exp) for a Fermat test of Mersenne candidates, GCD of
// large neighbours, ModInverse, integer Sqrt, and Lsh/Rsh/And/Or/Xor on
// 10,000-bit values, with SetString round-trips in bases 10 and 16.
package main

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
)

func fibDoubling(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1) // F(k), F(k+1)
	t := new(big.Int)
	for bit := 62; bit >= 0; bit-- {
		// F(2k) = F(k)(2F(k+1) - F(k)); F(2k+1) = F(k)^2 + F(k+1)^2
		t.Lsh(b, 1)
		t.Sub(t, a)
		c := new(big.Int).Mul(a, t)
		d := new(big.Int).Mul(a, a)
		d.Add(d, new(big.Int).Mul(b, b))
		a, b = c, d
		if n>>uint(bit)&1 == 1 {
			a, b = b, new(big.Int).Add(a, b)
		}
	}
	return a
}

func fibAdd(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func product(lo, hi int64) *big.Int {
	if hi-lo < 8 {
		return new(big.Int).MulRange(lo, hi)
	}
	mid := (lo + hi) / 2
	return new(big.Int).Mul(product(lo, mid), product(mid+1, hi))
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	f1 := fibDoubling(n)
	f2 := fibAdd(n)
	fmt.Println("fib bits", f1.BitLen(), "equal", f1.Cmp(f2) == 0, "digit sum", digitSum(f1))

	fa := new(big.Int).MulRange(1, 3000)
	fb := product(1, 3000)
	fmt.Println("3000! digits", len(fa.String()), "equal", fa.Cmp(fb) == 0, "digit sum", digitSum(fb), "trailing zero bits", fa.TrailingZeroBits())

	one := big.NewInt(1)
	two := big.NewInt(2)
	probable := []int{}
	for _, p := range []int{61, 67, 89, 107, 127, 257, 521, 607, 1279} {
		m := new(big.Int).Sub(new(big.Int).Lsh(one, uint(p)), one)
		e := new(big.Int).Sub(m, one)
		if new(big.Int).Exp(big.NewInt(3), e, m).Cmp(one) == 0 {
			probable = append(probable, p)
		}
	}
	fmt.Println("fermat-probable Mersenne exponents", probable)

	a := new(big.Int).Mul(f1, big.NewInt(7919))
	b := new(big.Int).Mul(fibAdd(n/2), big.NewInt(7919*3))
	g := new(big.Int).GCD(nil, nil, a, b)
	fmt.Println("gcd bits", g.BitLen(), "gcd mod 1e9", new(big.Int).Mod(g, big.NewInt(1e9)))
	prime := new(big.Int).Sub(new(big.Int).Lsh(one, 127), one)
	inv := new(big.Int).ModInverse(big.NewInt(123456789), prime)
	check := new(big.Int).Mul(inv, big.NewInt(123456789))
	fmt.Println("inverse ok", check.Mod(check, prime).Cmp(one) == 0)
	sq := new(big.Int).Sqrt(fa)
	lo := new(big.Int).Mul(sq, sq)
	hi := new(big.Int).Add(sq, one)
	hi.Mul(hi, hi)
	fmt.Println("sqrt ok", lo.Cmp(fa) <= 0 && hi.Cmp(fa) > 0)

	x := new(big.Int).Lsh(f1, 100)
	y := new(big.Int).Rsh(fa, 50)
	mix := new(big.Int).Xor(x, y)
	mix.And(mix, new(big.Int).Or(x, two))
	hex := mix.Text(16)
	back, _ := new(big.Int).SetString(hex, 16)
	dec, _ := new(big.Int).SetString(mix.String(), 10)
	fmt.Println("bit ops", mix.BitLen(), back.Cmp(mix) == 0, dec.Cmp(mix) == 0, hex[:16])
}
