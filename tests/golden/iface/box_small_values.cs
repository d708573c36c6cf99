package main

// Boxing 8-byte pointer-free values: those below 256 share static data
// (no allocation, as Go's convT64), larger ones and other sizes are
// copied. Either way the box is a copy: changing the variable afterwards,
// or the copy taken out by an assertion, leaves the box alone; equality,
// type switches, maps keyed by interfaces and method calls see the value.

import "fmt"

type Num struct{ v int }

func (n Num) Double() int { return n.v * 2 }
func (n Num) Bump() Num   { n.v++; return n }

type Doubler interface{ Double() int }

type Pair struct{ a, b int32 }
type Arr [1]uint64

func main() {
	var boxes []interface{}
	for i := 0; i < 260; i += 37 {
		boxes = append(boxes, i, uint64(i), Num{i}, Pair{int32(i), 1}, Arr{uint64(i)}, float64(i), int32(i), uint8(i))
	}
	boxes = append(boxes, -1, uint64(1<<63), 255, 256, 5e-324, Num{-3})
	for _, b := range boxes {
		fmt.Printf("%T=%v ", b, b)
	}
	fmt.Println()
	x := 7
	var ix interface{} = x
	x = 300
	n := Num{9}
	var d Doubler = n
	n.v = 100
	m := d.(Num)
	m.v = 50
	fmt.Println(ix, x, d.Double(), d.(Num).Bump(), d, m)
	seen := map[interface{}]int{}
	for i := 0; i < 1000; i++ {
		seen[i%300]++
		seen[Num{i % 3}]++
	}
	fmt.Println(len(seen), seen[7], seen[299], seen[Num{1}], seen[Num{5}])
	fmt.Println(interface{}(3) == interface{}(3), interface{}(3) == interface{}(uint64(3)),
		interface{}(Num{4}) == interface{}(Num{4}), interface{}(Num{4}) == interface{}(Num{5}))
	for _, v := range []interface{}{0, Num{0}, uint64(0), 0.0} {
		switch t := v.(type) {
		case int:
			fmt.Print("int ", t+1, " ")
		case Num:
			fmt.Print("Num ", t.Bump(), " ")
		default:
			fmt.Printf("%T ", t)
		}
	}
	fmt.Println()
}
