package main

// Division of a big.Int by zero panics with Go 1.19's message; recover
// sees the plain string, and the last one is not recovered.

import (
	"fmt"
	"math/big"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", name, r, isErr)
	}()
	f()
}

func main() {
	x, zero := big.NewInt(7), new(big.Int)
	catch("Quo", func() { new(big.Int).Quo(x, zero) })
	catch("Rem", func() { new(big.Int).Rem(x, zero) })
	catch("QuoRem", func() { new(big.Int).QuoRem(x, zero, new(big.Int)) })
	catch("Div", func() { new(big.Int).Div(x, zero) })
	catch("Mod", func() { new(big.Int).Mod(x, zero) })
	catch("DivMod", func() { new(big.Int).DivMod(x, zero, new(big.Int)) })
	catch("Sqrt", func() { new(big.Int).Sqrt(big.NewInt(-4)) })
	catch("Bit", func() { x.Bit(-1) })
	catch("SetBit", func() { new(big.Int).SetBit(x, 3, 2) })
	catch("ProbablyPrime", func() { x.ProbablyPrime(-1) })
	catch("Text", func() { x.Text(1) })
	catch("FillBytes", func() { new(big.Int).Lsh(x, 64).FillBytes(make([]byte, 8)) })
	fmt.Println("Exp mod 0:", new(big.Int).Exp(x, big.NewInt(3), zero))
	new(big.Int).Div(big.NewInt(-1), zero)
}
