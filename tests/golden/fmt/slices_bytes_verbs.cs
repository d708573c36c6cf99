package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 99)
	fmt.Println(a, b)
	c := a[1:3:3]
	c = append(c, 100)
	fmt.Println(a, c, len(c), cap(c))
	d := make([]int, 2, 10)
	copy(d, a)
	fmt.Println(d)
	n := copy(a, []int{7, 8})
	fmt.Println(n, a)
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	fmt.Println(s, len(s))
	s = append(s[:2], s[5:]...)
	fmt.Println(s)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	fmt.Printf("%v %d\n", grid, grid)
	bs := []byte("hello")
	fmt.Println(bs)
	fmt.Printf("%s %x %X %q % x\n", bs, bs, bs, bs, bs)
	strs := []string{"a", "b c", ""}
	fmt.Printf("%v %q %d\n", strs, strs, len(strs))
	fmt.Printf("%#v\n", strs)
	fmt.Printf("%#v\n", []int(nil))
	fmt.Printf("%#v\n", []byte{1, 2})
	e := []interface{}{1, "a", nil, 2.5}
	fmt.Println(e...)
	fmt.Println(e)
	rev := []int{1, 2, 3, 4}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
	x := [][]string{{"a"}, {}, nil}
	fmt.Println(x, len(x[2]))
	full := a[:]
	full[0] = -1
	fmt.Println(a[0], a[len(a)-1:], a[:0])
}
