// checks (codegen): type switches, fallthrough, method values, labeled loops
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}
type Sq struct{ s float64 }
type Ci struct{ r float64 }

func (s Sq) Area() float64   { return s.s * s.s }
func (s Sq) Name() string    { return "sq" }
func (c *Ci) Area() float64  { return 3 * c.r * c.r }
func (c *Ci) Name() string   { return "ci" }
func (c *Ci) String() string { return fmt.Sprintf("Ci(%v)", c.r) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", v)
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Sq{2}, &Ci{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if c, ok := s.(*Ci); ok {
			fmt.Println("circle", c.r, c)
		}
	}
	fmt.Println(total)
	fmt.Println(classify(nil), classify(3), classify(int64(4)), classify("x"), classify(Sq{1}), classify(1.5), classify(fmt.Errorf("e")))
	for i := 0; i < 6; i++ {
		switch {
		case i < 2:
			fmt.Println("small", i)
			fallthrough
		case i < 4:
			fmt.Println("medium", i)
		case i == 4:
			break
		default:
			fmt.Println("big", i)
		}
	}
	x := 5
	switch x {
	case 1, 2, 3:
		fmt.Println("123")
	case 4, 5:
		fmt.Println("45")
	}
	var sh Shape = Sq{3}
	f := sh.Area
	g := Sq{4}.Name
	fmt.Println(f(), g())
	fmt.Printf("%T %v %+v\n", sh, sh, sh)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
}
