// The comma-ok forms of a type assertion and a map read copy a big value
// into a temporary of the frame; a goroutine's function must count it
// when it asks for stack room (gen_func.c's frame estimate), or the
// temporary lands below its small first stack.
package main

import "fmt"

type big [1 << 17]int

var m = map[int]big{1: {5: 1}}
var boxed any = big{5: 5}

func fromMap(k int) int {
	if v, ok := m[k]; ok {
		return v[5]
	}
	return -1
}

func fromAssert(x any) int {
	if v, ok := x.(big); ok {
		return v[5] + v[6]
	}
	return -1
}

func stackBoxed(x any) int {
	v, ok := x.(big)
	if !ok {
		return -1
	}
	return v[5] * 10
}

func make1(i int) big {
	var b big
	b[5] = i
	return b
}

func main() {
	done := make(chan int)
	go func() { done <- fromMap(1) }()
	go func() { done <- fromMap(2) }()
	go func() { done <- fromAssert(boxed) }()
	go func() { done <- stackBoxed(make1(7)) }()
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
