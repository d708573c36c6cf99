package main

// "wrong type for method M" is followed by the have/want signatures, as in gc
type Shape interface {
	Area() float64
	Name() (string, error)
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return 0 }
func (q Sq) Name() string  { return "" }

type Other interface{ Area() int }

func main() {
	var s Shape = Sq{}
	var o Other
	_ = o.(Sq)
	switch o.(type) {
	case Sq:
	}
	s = o
	_ = s
}
