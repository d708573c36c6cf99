package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

// Calls csc open-codes (sync/atomic integer functions, math.Sqrt, Abs,
// Copysign) against the same functions called through func values, which
// go to the out-of-line C definitions.

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	var i32 int32 = math.MaxInt32
	var u32 uint32
	var i64 int64 = -5
	var u64 uint64 = math.MaxUint64
	var up uintptr = 7
	fmt.Println(atomic.AddInt32(&i32, 1), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddInt64(&i64, 10))
	fmt.Println(atomic.AddUint64(&u64, 2), atomic.AddUintptr(&up, 1))
	fmt.Println(atomic.SwapInt64(&i64, 42), atomic.LoadInt64(&i64))
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 41, 1), atomic.CompareAndSwapInt64(&i64, 42, 1), i64)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, u32, u32+2), atomic.LoadUint32(&u32))
	atomic.StoreUint64(&u64, 9)
	atomic.StoreInt32(&i32, -9)
	fmt.Println(u64, i32)

	arr := []int64{1, 2, 3}
	k := 0
	next := func() int { k++; return k }
	atomic.AddInt64(&arr[next()], int64(next()*100))
	fmt.Println(arr, k)

	add := atomic.AddInt64
	cas := atomic.CompareAndSwapInt32
	load := atomic.LoadUint32
	fmt.Println(add(&i64, 5), cas(&i32, -9, 3), load(&u32), i32)

	var nilp *int64
	try(func() { atomic.AddInt64(nilp, 1) })
	try(func() { atomic.LoadInt64(nilp) })
	try(func() { atomic.CompareAndSwapInt64(nilp, 0, 1) })
	try(func() { add(nilp, 1) })

	xs := []float64{4, 2, 0, -0.0, -1, math.Inf(1), math.Inf(-1), math.NaN()}
	sqrt, abs := math.Sqrt, math.Abs
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(x), sqrt(x), math.Abs(x), abs(x), math.Copysign(3, x), math.Signbit(math.Copysign(0, x)))
	}
	var f32 float32 = 2
	fmt.Println(float32(math.Sqrt(float64(f32))))
}
