// The arithmetic of Int (int.cs): thin wrappers over gmp.c, plus Go's
// recipes where its conventions are not GMP's (Exp with a negative
// exponent or a negative base, ModInverse, Binomial, MulRange with
// negative bounds, GCD with a zero operand).
package big

// Abs sets z to |x| and returns z.
func (z *Int) Abs(x *Int) *Int {
	unop(opAbs, z, x)
	return z
}

// Neg sets z to -x and returns z.
func (z *Int) Neg(x *Int) *Int {
	unop(opNeg, z, x)
	return z
}

// Not sets z to ^x (two's complement) and returns z.
func (z *Int) Not(x *Int) *Int {
	unop(opNot, z, x)
	return z
}

// Sqrt sets z to the floor of the square root of x; it panics if x < 0.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	unop(opSqrt, z, x)
	return z
}

// Add sets z to x+y and returns z.
func (z *Int) Add(x, y *Int) *Int {
	binop(opAdd, z, x, y)
	return z
}

// Sub sets z to x-y and returns z.
func (z *Int) Sub(x, y *Int) *Int {
	binop(opSub, z, x, y)
	return z
}

// Mul sets z to x*y and returns z.
func (z *Int) Mul(x, y *Int) *Int {
	binop(opMul, z, x, y)
	return z
}

// Quo sets z to x/y truncated towards zero (Go's /); y == 0 panics.
func (z *Int) Quo(x, y *Int) *Int {
	checkDivisor(y)
	binop(opQuo, z, x, y)
	return z
}

// Rem sets z to x%y with the sign of x (Go's %); y == 0 panics.
func (z *Int) Rem(x, y *Int) *Int {
	checkDivisor(y)
	binop(opRem, z, x, y)
	return z
}

// QuoRem sets z and r to Quo(x, y) and Rem(x, y) and returns both.
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	checkDivisor(y)
	quoRem(z, r, x, y)
	return z, r
}

// Div sets z to the Euclidean quotient of x and y (x = y*z + m with
// 0 <= m < |y|); y == 0 panics.
func (z *Int) Div(x, y *Int) *Int {
	checkDivisor(y)
	binop(opDiv, z, x, y)
	return z
}

// Mod sets z to the Euclidean modulus of x and y (0 <= z < |y|).
func (z *Int) Mod(x, y *Int) *Int {
	checkDivisor(y)
	binop(opMod, z, x, y)
	return z
}

// DivMod sets z and m to Div(x, y) and Mod(x, y) and returns both. It
// is Go's recipe (QuoRem, then a fix-up by y), so that an m that is also
// y ends up as in Go.
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	y0 := y
	if z == y {
		y0 = new(Int).Set(y)
	}
	z.QuoRem(x, y, m)
	if m.neg {
		if y0.neg {
			z.Add(z, intOne)
			m.Sub(m, y0)
		} else {
			z.Sub(z, intOne)
			m.Add(m, y0)
		}
	}
	return z, m
}

// And sets z to x & y (two's complement) and returns z.
func (z *Int) And(x, y *Int) *Int {
	binop(opAnd, z, x, y)
	return z
}

// AndNot sets z to x &^ y and returns z.
func (z *Int) AndNot(x, y *Int) *Int {
	binop(opAndNot, z, x, y)
	return z
}

// Or sets z to x | y and returns z.
func (z *Int) Or(x, y *Int) *Int {
	binop(opOr, z, x, y)
	return z
}

// Xor sets z to x ^ y and returns z.
func (z *Int) Xor(x, y *Int) *Int {
	binop(opXor, z, x, y)
	return z
}

// Lsh sets z to x << n and returns z.
func (z *Int) Lsh(x *Int, n uint) *Int {
	shift(opLsh, z, x, n)
	return z
}

// Rsh sets z to x >> n (arithmetic: rounds towards -inf) and returns z.
func (z *Int) Rsh(x *Int, n uint) *Int {
	shift(opRsh, z, x, n)
	return z
}

// SetBit sets z to x with bit i set to b (0 or 1, two's complement).
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	z.Set(x)
	setBit(z, i, b)
	return z
}

// Exp sets z = x**y mod |m| and returns z; m == nil or 0 means no
// modulus. For y <= 0 the result is 1, except with a non-zero m and
// y < 0, where x's inverse mod m is raised to |y| (nil when there is
// none). As in Go, the sign follows x and y's parity, then a non-zero
// modulus makes it positive.
func (z *Int) Exp(x, y, m *Int) *Int {
	base := x
	if y.neg {
		if m == nil || len(m.abs) == 0 {
			return z.SetInt64(1)
		}
		inverse := new(Int).ModInverse(x, m)
		if inverse == nil {
			return nil
		}
		base = inverse
	}
	var mod Int
	if m != nil {
		mod.Abs(m)
	}
	odd := len(y.abs) > 0 && y.abs[0]&1 == 1
	xneg := x.neg
	expAbs(z, base, y, &mod)
	if xneg && odd && len(z.abs) > 0 {
		if len(mod.abs) > 0 {
			z.Sub(&mod, z)
		} else {
			z.Neg(z)
		}
	}
	return z
}

// GCD sets z to the greatest common divisor of a and b (always >= 0)
// and, where x or y is not nil, sets them so that z = a*x + b*y.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		gcdZero(z, x, y, a, b)
		return z
	}
	negA := a.neg
	gcdext(z, x, y, a, b)
	if x != nil && negA && len(x.abs) == 0 {
		x.neg = true // Go's lehmerGCD leaves a "-0" cofactor here
	}
	return z
}

// gcdZero is Go's GCD when a or b is zero: z = |the other|, and the
// cofactor of each operand is its sign.
func gcdZero(z, x, y, a, b *Int) {
	signA, signB := a.Sign(), b.Sign()
	if signA == 0 {
		z.Set(b)
	} else {
		z.Set(a)
	}
	z.neg = false
	if x != nil {
		x.SetInt64(int64(signA))
	}
	if y != nil {
		y.SetInt64(int64(signB))
	}
}

// ModInverse sets z to the multiplicative inverse of g in the ring Z/nZ
// and returns z; nil when g and n are not relatively prime.
func (z *Int) ModInverse(g, n *Int) *Int {
	if n.neg {
		var n2 Int
		n = n2.Neg(n)
	}
	if g.neg {
		var g2 Int
		g = g2.Mod(g, n)
	}
	var d, x Int
	d.GCD(&x, nil, g, n)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	if x.neg {
		z.Add(&x, n)
	} else {
		z.Set(&x)
	}
	return z
}

// MulRange sets z to the product of all integers in [a, b] and returns z
// (1 for an empty range).
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	mulRange(z, uint64(a), uint64(b))
	z.neg = neg
	return z
}

// Binomial sets z to the binomial coefficient C(n, k) computed as Go
// does (MulRange(n-k+1, n) / MulRange(1, k), so also for k > n or n < 0).
func (z *Int) Binomial(n, k int64) *Int {
	if n/2 < k && k <= n {
		k = n - k
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// ProbablyPrime reports whether x is probably prime: exactly for
// x < 2**64, else with Baillie-PSW and n extra Miller-Rabin rounds in
// Go; GMP's test is Baillie-PSW followed by n-24 rounds.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	return probablyPrime(x, n)
}
