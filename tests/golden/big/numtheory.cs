package main

// big.Int against Go 1.19: two's-complement bit operations on negative
// and positive values (And, Or, Xor, Not, AndNot, Lsh, Rsh, SetBit,
// Bit), Exp with and without modulus and with negative arguments, GCD
// cofactors, ModInverse, Sqrt and ProbablyPrime.

import (
	"fmt"
	"math/big"
)

func n(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad " + s)
	}
	return x
}

var values = []string{"0", "1", "-1", "12", "-12", "0xff00ff00ff00ff00ff", "-0xff00ff00ff00ff00ff", "0x10000000000000000", "-0x10000000000000000", "-0xffffffffffffffff"}

func bitops() {
	for _, xs := range values {
		x := n(xs)
		fmt.Println("not", x, new(big.Int).Not(x), "lsh", new(big.Int).Lsh(x, 67), "rsh", new(big.Int).Rsh(x, 3), new(big.Int).Rsh(x, 70))
		for _, ys := range values {
			y := n(ys)
			fmt.Println(x, y, new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y))
		}
	}
	for _, xs := range []string{"0", "5", "-5", "-0x10000000000000000"} {
		x := n(xs)
		for _, i := range []int{0, 1, 2, 63, 64, 65, 130} {
			fmt.Println("bit", x, i, x.Bit(i), new(big.Int).SetBit(x, i, 1), new(big.Int).SetBit(x, i, 0))
		}
	}
	var z big.Int
	z.SetBit(&z, 200, 1)
	fmt.Println("setbit zero value:", &z, z.BitLen(), z.TrailingZeroBits())
	z.SetBit(&z, 200, 0)
	fmt.Println(&z, z.BitLen(), z.Bits())
}

func exps() {
	bases := []string{"0", "1", "-1", "2", "-3", "12345678901234567890"}
	exps := []string{"0", "1", "2", "3", "-1", "-2", "100"}
	mods := []string{"nil", "0", "1", "7", "-7", "1000000007", "0x100000000000000000001"}
	for _, bs := range bases {
		for _, es := range exps {
			for _, ms := range mods {
				var m *big.Int
				if ms != "nil" {
					m = n(ms)
				}
				r := new(big.Int).Exp(n(bs), n(es), m)
				fmt.Println("exp", bs, es, ms, r)
			}
		}
	}
	x := big.NewInt(3)
	x.Exp(x, x, nil)
	fmt.Println("aliased:", x)
	y := big.NewInt(5)
	y.Exp(big.NewInt(2), big.NewInt(100), y)
	fmt.Println("aliased mod:", y)
}

func gcds() {
	pairs := [][2]string{{"0", "0"}, {"0", "5"}, {"-5", "0"}, {"12", "18"}, {"-12", "18"}, {"12", "-18"}, {"-12", "-18"},
		{"7", "1"}, {"240", "46"}, {"123456789012345678901234567890", "987654321098765432109876543210"}, {"-6", "3"}, {"3", "-6"}}
	for _, p := range pairs {
		a, b := n(p[0]), n(p[1])
		x, y := new(big.Int), new(big.Int)
		d := new(big.Int).GCD(x, y, a, b)
		fmt.Println("gcd", a, b, d, x, y, new(big.Int).GCD(nil, nil, a, b), new(big.Int).GCD(x, nil, a, b), x)
	}
	for _, p := range [][2]string{{"3", "11"}, {"-3", "11"}, {"3", "-11"}, {"4", "8"}, {"10", "17"}, {"123456789", "1000000007"}, {"0", "5"}, {"1", "1"}} {
		g, m := n(p[0]), n(p[1])
		fmt.Println("modinverse", g, m, new(big.Int).ModInverse(g, m))
	}
}

func roots() {
	for _, s := range []string{"0", "1", "2", "3", "4", "15", "16", "17", "99999999999999999999", "0x10000000000000000", "1000000000000000000000000000000000000000000"} {
		x := n(s)
		fmt.Println("sqrt", x, new(big.Int).Sqrt(x))
	}
	for _, s := range []string{"0", "1", "2", "3", "4", "-7", "97", "561", "1000000007", "18446744073709551557", "18446744073709551617",
		"170141183460469231731687303715884105727", "170141183460469231731687303715884105729"} {
		x := n(s)
		fmt.Println("prime", x, x.ProbablyPrime(0), x.ProbablyPrime(20))
	}
}

func main() {
	bitops()
	exps()
	gcds()
	roots()
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).Sqrt(big.NewInt(-4))
}
