// Assigning to a key that is present but has other bits (-0 for 0, or an
// interface holding one) stores the new key, as Go's map does: printing
// the map shows the key written last. Found by tests/gen (aggr keys).
package main

import "fmt"

type K struct {
	n int8
	f float32
}

func main() {
	z := 0.0
	nz := -z
	mf := map[float64]string{z: "a"}
	mf[nz] += "b"
	fmt.Println(mf)
	ma := map[[2]float64]int{{z, 1}: 1}
	ma[[2]float64{nz, 1}]++
	fmt.Println(ma)
	ms := map[K]int{}
	ms[K{1, float32(nz)}] = 1
	ms[K{1, 0}] = 2
	fmt.Println(ms)
	mi := map[interface{}]int{nz: 1}
	mi[z] *= 5
	fmt.Println(mi)
	mk := map[float32]bool{}
	for _, f := range []float32{0, float32(nz), 0, float32(nz)} {
		mk[f] = !mk[f]
		fmt.Println(mk)
	}
}
