// checks: maps of slices, of structs (reassign), of pointers, of maps
package main

import "fmt"

type Acc struct{ N int }

func main() {
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1)
	ms["a"] = append(ms["a"], 2)
	fmt.Println(ms, len(ms["zzz"]))
	mv := map[string]Acc{"x": {1}}
	a := mv["x"]
	a.N += 10
	mv["x"] = a
	fmt.Println(mv)
	mp := map[string]*Acc{"y": {2}}
	mp["y"].N *= 3
	fmt.Println(mp["y"].N)
	mm := map[string]map[string]int{}
	if mm["o"] == nil {
		mm["o"] = map[string]int{}
	}
	mm["o"]["i"] = 7
	fmt.Println(mm)
}
