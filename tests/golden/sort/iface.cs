// sort.Interface with Sort, Stable, IsSorted and Reverse on user types.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ByName []Person

func (a ByName) Len() int           { return len(a) }
func (a ByName) Less(i, j int) bool { return a[i].Name < a[j].Name }
func (a ByName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// A pointer receiver collection that counts its calls.
type counted struct {
	v            []int
	less, swaps  int
}

func (c *counted) Len() int { return len(c.v) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.v[i] < c.v[j]
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.v[i], c.v[j] = c.v[j], c.v[i]
}

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25},
		{"Eve", 30}, {"Frank", 20}, {"Grace", 35}, {"Heidi", 25},
	}
	sort.Sort(ByName(people))
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people, sort.IsSorted(ByAge(people)), sort.IsSorted(ByName(people)))
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(sort.Reverse(ByAge(people))))

	ints := sort.IntSlice{4, 1, 3, 9, 7}
	sort.Sort(sort.Reverse(ints))
	fmt.Println(ints, ints.Len(), ints.Less(0, 1))
	ints.Sort()
	fmt.Println(ints, ints.Search(7), ints.Search(8))
	ints.Swap(0, 4)
	fmt.Println(ints, sort.IsSorted(ints))

	strs := sort.StringSlice{"c", "a", "b"}
	strs.Sort()
	fmt.Println(strs, strs.Search("b"), strs.Search("bb"), strs.Len())
	sort.Sort(sort.Reverse(strs))
	fmt.Println(strs)

	fl := sort.Float64Slice{2, 1.5, -3}
	fl.Sort()
	fmt.Println(fl, fl.Search(1.5), fl.Less(0, 1))
	var r sort.Interface = sort.Reverse(fl)
	fmt.Println(r.Len(), r.Less(0, 1))

	c := &counted{v: []int{3, 1, 2}}
	sort.Sort(c)
	fmt.Println(c.v, c.less > 0, c.swaps > 0)
	c = &counted{v: []int{1, 2, 3, 4}}
	fmt.Println(sort.IsSorted(c), c.less, c.swaps)
}
