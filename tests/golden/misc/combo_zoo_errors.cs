// checks: embedding + interfaces + sort.Sort/Slice, type switch mutating through
// a pointer, recover turning a panic into a wrapped error (errors.As), closures
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	loud bool
}

func (d *Dog) Sound() string {
	if d.loud {
		return "WOOF"
	}
	return "woof"
}

type Cat struct{ Base }

func (Cat) Sound() string { return "meow" }

type byName []Animal

func (a byName) Len() int           { return len(a) }
func (a byName) Less(i, j int) bool { return a[i].Name() < a[j].Name() }
func (a byName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(m map[string][]int, k string) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v: %w", r, &MyErr{7})
		}
	}()
	v, ok := m[k]
	if !ok {
		return 0, &MyErr{404}
	}
	return v[len(v)-1] * 2, nil
}

func main() {
	zoo := []Animal{&Dog{Base{"rex"}, true}, Cat{Base{"tom"}}, &Dog{Base: Base{"ace"}}}
	sort.Sort(byName(zoo))
	var sb strings.Builder
	for i, a := range zoo {
		fmt.Fprintf(&sb, "%d:%s=%s;", i, a.Name(), a.Sound())
		switch v := a.(type) {
		case *Dog:
			v.loud = !v.loud
		case Cat:
			_ = v
		}
	}
	fmt.Println(sb.String())
	for _, a := range zoo {
		fmt.Print(a.Sound(), " ")
	}
	fmt.Println()
	m := map[string][]int{"a": {1, 2, 3}, "e": {}}
	for _, k := range []string{"a", "b", "e"} {
		r, err := find(m, k)
		var me *MyErr
		fmt.Println(k, r, err, errors.As(err, &me), me != nil && me.code == 7)
	}
	funcs := make([]func() int, 0)
	for i := 0; i < 3; i++ {
		j := i * i
		funcs = append(funcs, func() int { j++; return j })
	}
	for _, f := range funcs {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()
	type pair struct {
		k string
		v int
	}
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat and the dog and the bird") {
		counts[w]++
	}
	var ps []pair
	for k, v := range counts {
		ps = append(ps, pair{k, v})
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].v != ps[j].v {
			return ps[i].v > ps[j].v
		}
		return ps[i].k < ps[j].k
	})
	fmt.Printf("%v %+v\n", ps, ps[0])
}
