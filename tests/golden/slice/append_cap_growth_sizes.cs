package main

import "fmt"

type big struct {
	a, b, c int64
	d    byte
}

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, 1)
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()
	var is []int
	last = -1
	for i := 0; i < 3000; i++ {
		is = append(is, i)
		if cap(is) != last {
			fmt.Print(cap(is), " ")
			last = cap(is)
		}
	}
	fmt.Println()
	var bs []big
	last = -1
	for i := 0; i < 1000; i++ {
		bs = append(bs, big{})
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 1000; i++ {
		ss = append(ss, "")
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println()
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]byte("hello"), " world, this is long"...)
	fmt.Println(len(y), cap(y))
	z := append([]int32(nil), make([]int32, 13)...)
	fmt.Println(len(z), cap(z))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	bb := []byte("abc")
	fmt.Println(len(bb), cap(bb))
	u := make([]int, 0, 5)
	u = append(u, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(u), cap(u))
	var e []struct{}
	for i := 0; i < 10; i++ {
		e = append(e, struct{}{})
	}
	fmt.Println(len(e), cap(e))
	v := append(make([]int, 700), make([]int, 700)...)
	fmt.Println(len(v), cap(v))
	w := append([]int16{}, 1)
	fmt.Println(cap(w))
	var w3 [][3]byte
	for i := 0; i < 40; i++ {
		w3 = append(w3, [3]byte{})
	}
	fmt.Println(cap(w3))
}
