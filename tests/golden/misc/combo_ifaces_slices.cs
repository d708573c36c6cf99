// checks: interface embedding with an embedded-pointer struct overriding Write,
// typed nil errors, closures sharing state, overlapping copy, loop variable
// addresses, defers in loops, delete while ranging, value semantics of arrays
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type Logger struct {
	*buf
	prefix string
}

func (l Logger) Write(s string) { l.buf.Write(l.prefix + s) }

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{}
	}
	return e
}

func counter() (next func() int, reset func()) {
	c := 0
	next = func() int { c++; return c }
	reset = func() { c = 0 }
	return
}

func main() {
	var rw RW = Logger{&buf{}, "> "}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	if w, ok := r.(Writer); ok {
		w.Write("c")
	}
	fmt.Println(r.Read())

	err := mayFail(false)
	fmt.Println(err == nil, err != nil, mayFail(true))
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), errors.Is(io.EOF, io.EOF), errors.Is(fmt.Errorf("w: %w", io.EOF), io.EOF))

	next, reset := counter()
	next()
	next()
	fmt.Print(next(), " ")
	reset()
	fmt.Println(next())

	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 4)
		for j := range grid[i] {
			grid[i][j] = rune('a' + i*4 + j)
		}
	}
	row := grid[1]
	row[0] = 'X'
	fmt.Println(string(grid[1]), len(grid), cap(grid[2]))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s, s[3:])
	fmt.Println(s, copy(s, s[:0]))
	bs := make([]byte, 3)
	n := copy(bs, "hello")
	fmt.Println(n, string(bs))

	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	vals := []int{}
	for _, v := range []int{10, 20, 30} {
		defer func() { vals = append(vals, v) }()
	}
	func() {
		for i := 0; i < 3; i++ {
			defer fmt.Print(i, " ")
		}
	}()
	fmt.Println()

	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	type emp struct {
		name string
		age  int
	}
	people := map[string]emp{"a": {"Ann", 30}}
	e := people["a"]
	e.age++
	people["a"] = e
	fmt.Println(people)
	arr := [3]emp{{"x", 1}}
	arr2 := arr
	arr2[0].age = 99
	fmt.Println(arr[0].age, arr2[0].age, arr == arr2)
	keys := make([]string, 0)
	for k := range map[string]int{"z": 1, "y": 2, "x": 3} {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, sort.SearchInts([]int{1, 3, 5}, 4), sort.IsSorted(sort.IntSlice([]int{1, 2})))
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.0)
	fmt.Fprint(os.Stderr, "")
	var iface interface{}
	fmt.Printf("%v %T %d\n", iface, iface, []any{nil})
	var np *buf
	var rd Reader = np
	fmt.Println(rd != nil, np == nil)
	defer fmt.Println("deferred vals", vals)
}
