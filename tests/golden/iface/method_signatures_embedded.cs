// Type assertions to interfaces compare method signatures, not just names.
package main

import "fmt"

type T1 struct{ x, y int }
type T2 struct{ z, w byte }
type T3 T1

type MyInt int

func (MyInt) m(*T1) {}

type M1 interface{ m(*T1) }

type Embeds struct{ M1 }

func main() {
	var i interface{} = MyInt(0)
	_, ok1 := i.(interface{ m(*T1) })
	_, ok2 := i.(interface{ m(*T2) })
	_, ok3 := i.(interface{ m(*T3) })
	_, ok4 := i.(interface{ m(*T1) int })
	fmt.Println(ok1, ok2, ok3, ok4)

	var e interface{} = Embeds{MyInt(1)}
	_, ok1 = e.(interface{ m(*T1) })
	_, ok2 = e.(interface{ m(*T2) })
	fmt.Println(ok1, ok2)

	switch i.(type) {
	case interface{ m(*T3) }:
		fmt.Println("T3")
	case interface{ m(*T1) }:
		fmt.Println("T1")
	}
	defer func() { fmt.Println(recover() != nil) }()
	_ = i.(interface{ m(*T2) })
}
