package main

import "fmt"

type S struct{ a int }
type T struct{ b string }

func (s *S) Name() int8  { return 1 }
func (t *T) Name() int64 { return 64 }

type I1 interface{ Name() int8 }
type I2 interface{ Name() int64 }

type E struct{ I1 }

func main() {
	var i1 I1 = &S{}
	_, ok := i1.(I2)
	fmt.Println(ok)
	var x interface{} = &T{}
	_, ok1 := x.(I1)
	v, ok2 := x.(I2)
	fmt.Println(ok1, ok2, v.Name())
	switch x.(type) {
	case I1:
		fmt.Println("I1")
	case I2:
		fmt.Println("I2")
	}
	var y interface{} = E{&S{}}
	_, ok = y.(I1)
	_, ok3 := y.(I2)
	fmt.Println(ok, ok3)
	defer func() { fmt.Println(recover()) }()
	_ = i1.(I2)
}
