// checks: methods on named slice, map, int and func types
package main

import "fmt"

type IntList []int
type Set map[string]bool
type Meters int
type Op func(int, int) int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (s Set) Add(k string) { s[k] = true }

func (m Meters) Km() float64 { return float64(m) / 1000 }

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	fmt.Println(l, l.Sum())
	s := Set{}
	s.Add("x")
	s.Add("x")
	fmt.Println(len(s))
	fmt.Println(Meters(2500).Km())
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))
}
