package main

// Counted loops whose indexes codegen proves in range (no bounds check)
// next to near-misses that must still panic exactly as Go does: an offset
// one past what the condition allows, a slice or index changed in the
// body (directly, through a pointer, by a closure), <= against len, and
// range loops.

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func stencil(s []int) []int {
	out := make([]int, len(s))
	for i := 1; i < len(s)-1; i++ {
		out[i] = s[i-1] + s[i] + s[i+1]
	}
	return out
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(stencil(s), stencil(nil), stencil([]int{7}))
	str := "hello"
	n := 0
	for i := 0; i < len(str); i++ {
		n += int(str[i])
	}
	for i := range str {
		n += int(str[i])
	}
	fmt.Println(n)
	try("offset past C", func() {
		t := 0
		for i := 0; i < len(s)-1; i++ {
			t += s[i+2]
		}
		fmt.Println(t)
	})
	try("below L", func() {
		for i := 1; i < len(s); i++ {
			_ = s[i-2]
		}
	})
	try("le len", func() {
		t := 0
		for i := 0; i <= len(s); i++ {
			t += s[i]
		}
		fmt.Println(t)
	})
	try("le len-1", func() {
		t := 0
		for i := 0; i <= len(s)-1; i++ {
			t += s[i]
		}
		fmt.Println(t)
	})
	try("shrunk in body", func() {
		u := append([]int(nil), s...)
		for i := 0; i < len(u); i++ {
			if i == 2 {
				u = u[:1]
			}
			fmt.Print(u[i], " ")
		}
	})
	try("shrunk by pointer", func() {
		u := append([]int(nil), s...)
		p := &u
		for i := 0; i < len(u); i++ {
			if i == 3 {
				*p = (*p)[:2]
			}
			fmt.Print(u[i], " ")
		}
	})
	try("shrunk by closure", func() {
		u := append([]int(nil), s...)
		cut := func() { u = u[:1] }
		for i := 0; i < len(u); i++ {
			if i == 1 {
				cut()
			}
			fmt.Print(u[i], " ")
		}
	})
	try("index bumped", func() {
		for i := 0; i < len(s); i++ {
			i++
			fmt.Print(s[i], " ")
		}
	})
	try("range next", func() {
		for i := range s {
			fmt.Print(s[i]+s[i+1], " ")
		}
	})
	try("range reassigned", func() {
		u := s
		for i := range u {
			u = u[1:]
			fmt.Print(u[i], " ")
		}
	})
	try("nested rows", func() {
		g := [][]int{{1, 2, 3}, {4, 5}, {6}}
		t := 0
		for r := 0; r < len(g); r++ {
			row := g[r]
			for c := 1; c < len(row); c++ {
				t += row[c] * row[c-1]
				t += g[0][c]
			}
		}
		fmt.Println(t)
	})
}
