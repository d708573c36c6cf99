// checks: context.WithValue lookup through chains of every context kind,
// shadowing, keys of distinct types with equal values, missing keys
package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string
type otherKey string
type intKey int

var ptrKey = new(int)

func show(ctx context.Context) {
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(otherKey("user")), ctx.Value("user"),
		ctx.Value(intKey(1)), ctx.Value(1), ctx.Value(ptrKey), ctx.Value(new(int)), ctx.Value(ctxKey("none")))
}

func main() {
	ctx := context.Background()
	show(ctx)
	ctx = context.WithValue(ctx, ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, otherKey("user"), "other")
	show(ctx)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ctx = context.WithValue(ctx, intKey(1), 100)
	ctx, cancel2 := context.WithTimeout(ctx, time.Hour)
	defer cancel2()
	ctx = context.WithValue(ctx, ptrKey, "pointer")
	show(ctx)

	shadow := context.WithValue(ctx, ctxKey("user"), "bob")
	fmt.Println("shadowed:", shadow.Value(ctxKey("user")), "original:", ctx.Value(ctxKey("user")))
	unshadow := context.WithValue(shadow, ctxKey("user"), nil)
	fmt.Println("set to nil:", unshadow.Value(ctxKey("user")) == nil)
	show(unshadow)

	// values are independent of cancellation
	cancel()
	fmt.Println(ctx.Err(), ctx.Value(intKey(1)))

	// a struct key compares by value
	type pair struct{ a, b int }
	pc := context.WithValue(context.TODO(), pair{1, 2}, "p12")
	fmt.Println(pc.Value(pair{1, 2}), pc.Value(pair{2, 1}))

	// an interface-typed key holding comparable values
	var k fmt.Stringer = time.Second
	dc := context.WithValue(context.TODO(), k, "second")
	fmt.Println(dc.Value(time.Second), dc.Value(time.Duration(1000000000)), dc.Value(time.Minute))
	fmt.Println(dc)
}
