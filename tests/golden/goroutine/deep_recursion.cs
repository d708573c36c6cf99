// checks: recursion far deeper than a goroutine's first stack (chained
// segments), big results and parameters by value across the boundary,
// a panic raised deep down and recovered near the top, and a hot loop
// calling right at a segment boundary
package main

import "fmt"

type grid [256][256]int32

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func pair(n int) (int, string) {
	if n == 0 {
		return 0, "bottom"
	}
	a, s := pair(n - 1)
	return a + 2, s
}

func fill(n int32) grid {
	var g grid
	g[1][2] = n
	return g
}

func sumGrid(g grid, n int) int64 {
	if n > 0 {
		return sumGrid(g, n-1)
	}
	var s int64
	for i := range g {
		for j := range g[i] {
			s += int64(g[i][j])
		}
	}
	return s
}

func boom(n int) int {
	if n == 0 {
		var m map[string]int
		m["x"] = 1
	}
	return boom(n-1) + 1
}

func safe(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return boom(n)
}

func leaf(x int) int { return x + 1 }

func edge(n int) int {
	if n > 0 {
		return edge(n-1) + 0
	}
	s := 0
	for i := 0; i < 100000; i++ {
		s = leaf(s)
	}
	return s
}

func main() {
	res := make(chan string)
	go func() { res <- fmt.Sprint(depth(2000000)) }()
	fmt.Println(<-res)
	go func() {
		a, s := pair(500000)
		res <- fmt.Sprint(a, s)
	}()
	fmt.Println(<-res)
	go func() {
		g := fill(9)
		res <- fmt.Sprint(g[1][2], sumGrid(g, 40))
	}()
	fmt.Println(<-res)
	go func() { res <- fmt.Sprint(safe(300000)) }()
	fmt.Println(<-res)
	for n := 100; n < 3000; n += 700 {
		go func(n int) { res <- fmt.Sprint(edge(n)) }(n)
		fmt.Println(<-res)
	}
	fmt.Println(depth(100000))
}
