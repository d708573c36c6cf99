package main

// big.Int arithmetic against Go 1.19: factorials and Fibonacci numbers
// of large n, truncated (Quo/Rem/QuoRem) and Euclidean (Div/Mod/DivMod)
// division with all sign combinations, aliased operands, the zero value.

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	f := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		f.Mul(f, big.NewInt(i))
	}
	return f
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func summary(name string, x *big.Int) {
	s := x.String()
	if len(s) > 60 {
		s = s[:30] + "..." + s[len(s)-30:]
	}
	fmt.Printf("%s: %d digits, %d bits, tz %d: %s\n", name, len(x.String()), x.BitLen(), x.TrailingZeroBits(), s)
}

func divisions() {
	xs := []string{"7", "-7", "123456789012345678901234567890", "-123456789012345678901234567890", "0", "18446744073709551616"}
	ys := []string{"2", "-2", "7", "-7", "98765432109876543210", "-98765432109876543210", "18446744073709551615"}
	for _, xs1 := range xs {
		for _, ys1 := range ys {
			x, _ := new(big.Int).SetString(xs1, 10)
			y, _ := new(big.Int).SetString(ys1, 10)
			q, r := new(big.Int).QuoRem(x, y, new(big.Int))
			d, m := new(big.Int).DivMod(x, y, new(big.Int))
			fmt.Println(x, y, "quo", new(big.Int).Quo(x, y), "rem", new(big.Int).Rem(x, y), q, r,
				"div", new(big.Int).Div(x, y), "mod", new(big.Int).Mod(x, y), d, m)
		}
	}
}

func aliasing() {
	x := big.NewInt(-17)
	y := big.NewInt(5)
	x.Div(x, y)
	fmt.Println("x.Div(x,y):", x)
	x.SetInt64(-17)
	y.Mod(x, y)
	fmt.Println("y.Mod(x,y):", y)
	y.SetInt64(5)
	x.SetInt64(-17)
	x.DivMod(x, y, y)
	fmt.Println("x.DivMod(x,y,y):", x, y)
	x.SetInt64(-17)
	y.SetInt64(5)
	q := new(big.Int)
	q.QuoRem(x, y, q)
	fmt.Println("q.QuoRem(x,y,q):", q)
	z := big.NewInt(3)
	z.Mul(z, z)
	z.Add(z, z)
	z.Sub(z, z)
	fmt.Println("z*z, +z, -z:", z)
	z.SetInt64(12345)
	z.Mul(z, z).Mul(z, z).Mul(z, z)
	fmt.Println("chained:", z)
	w := new(big.Int).Set(z)
	w.Add(w, big.NewInt(1))
	fmt.Println("copy+1:", w, z.Cmp(w))
	z.Neg(z)
	z.Abs(z)
	fmt.Println("neg abs:", z, z.Sign(), z.CmpAbs(new(big.Int).Neg(z)))
}

func zeroValue() {
	var a, b big.Int
	fmt.Println("zero:", &a, a.Sign(), a.BitLen(), a.Int64(), a.IsInt64(), a.Cmp(&b), a.String())
	a.Add(&a, &b)
	b.Sub(&b, big.NewInt(3))
	fmt.Println(&a, &b, a, b)
	var c big.Int
	c.Mul(&b, &b)
	c.Lsh(&c, 100)
	fmt.Println(&c, c.Bit(100), c.Bit(103))
}

func conversions() {
	for _, v := range []int64{0, 1, -1, 1 << 62, -1 << 63, 9223372036854775807} {
		x := big.NewInt(v)
		fmt.Println(x, x.Int64(), x.Uint64(), x.IsInt64(), x.IsUint64())
	}
	u := new(big.Int).SetUint64(18446744073709551615)
	fmt.Println(u, u.IsInt64(), u.IsUint64(), u.Uint64())
	u.Add(u, big.NewInt(1))
	fmt.Println(u, u.IsInt64(), u.IsUint64(), u.Uint64(), u.Bits())
	m := new(big.Int).Neg(u)
	fmt.Println(m, m.IsInt64(), m.Int64())
	m.Add(m, new(big.Int).SetUint64(1<<63))
	fmt.Println(m, m.IsInt64(), m.Int64())
	b := new(big.Int).SetBytes([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	fmt.Println(b, b.Bytes(), b.FillBytes(make([]byte, 12)), new(big.Int).Bytes())
	fmt.Println(new(big.Int).SetBits([]big.Word{5, 0, 0}), new(big.Int).SetBits([]big.Word{0, 1}))
}

func main() {
	summary("1000!", factorial(1000))
	summary("fib(10000)", fib(10000))
	summary("2^4423-1", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 4423), big.NewInt(1)))
	summary("MulRange(1,1000)", new(big.Int).MulRange(1, 1000))
	fmt.Println(factorial(1000).Cmp(new(big.Int).MulRange(1, 1000)))
	summary("MulRange(50,300)", new(big.Int).MulRange(50, 300))
	for _, r := range [][2]int64{{5, 3}, {-3, 2}, {-5, -2}, {-6, -2}, {0, 5}, {4, 4}, {-4, -4}} {
		fmt.Println("MulRange", r, new(big.Int).MulRange(r[0], r[1]))
	}
	for _, r := range [][2]int64{{10, 3}, {100, 50}, {5, 7}, {-3, 2}, {7, -1}, {0, 0}, {1000, 997}} {
		fmt.Println("Binomial", r, new(big.Int).Binomial(r[0], r[1]))
	}
	summary("C(3000,1500)", new(big.Int).Binomial(3000, 1500))
	divisions()
	aliasing()
	zeroValue()
	conversions()
}
