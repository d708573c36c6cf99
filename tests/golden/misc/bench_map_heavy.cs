package main

import "fmt"

type key struct {
	a, b int
}

func main() {
	m := map[int]int{}
	for i := 0; i < 500000; i++ {
		m[i*7%100003] += i
	}
	fmt.Println(len(m))
	s := 0
	for k, v := range m {
		s += k ^ v
	}
	fmt.Println(s)
	for i := 0; i < 100003; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	sm := map[string][]int{}
	for i := 0; i < 100000; i++ {
		k := fmt.Sprint(i % 1000)
		sm[k] = append(sm[k], i)
	}
	fmt.Println(len(sm), len(sm["999"]), sm["5"][:3])
	km := map[key]string{}
	for i := 0; i < 1000; i++ {
		km[key{i, i * i}] = fmt.Sprint(i)
	}
	fmt.Println(km[key{30, 900}], km[key{30, 901}] == "", len(km))
	v, ok := km[key{999, 998001}]
	fmt.Println(v, ok)
	mm := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		o, i := w[:1], w[2:]
		if mm[o] == nil {
			mm[o] = map[string]int{}
		}
		mm[o][i]++
	}
	fmt.Println(mm)
	fm := map[float64]int{0.5: 1, 1.5: 2}
	fmt.Println(fm)
	im := map[interface{}]int{1: 1, "a": 2, 2.5: 3, key{1, 2}: 4}
	fmt.Println(im[1], im["a"], im[2.5], im[key{1, 2}], len(im))
}
