// checks: a generic algorithm over a user-defined interface (insertion sort)
package main

import "fmt"

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Desc []int

func (d Desc) Len() int           { return len(d) }
func (d Desc) Less(i, j int) bool { return d[i] > d[j] }
func (d Desc) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }

func sortIt(s Sortable) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

func main() {
	w := ByLen{"banana", "fig", "apple", "kiwi"}
	sortIt(w)
	fmt.Println(w)
	d := Desc{3, 1, 4, 1, 5, 9, 2, 6}
	sortIt(d)
	fmt.Println(d)
}
