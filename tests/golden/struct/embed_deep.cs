// Embedding 20 levels deep, one level through a pointer: promoted fields and
// methods, method values and expressions, interface satisfaction.
package main

import "fmt"

type E0 struct{ X int }

func (e E0) Get() int { return e.X }

func (e *E0) Set(v int) { e.X = v }

type E1 struct { E0; Y1 int }
type E2 struct { E1; Y2 int }
type E3 struct { E2; Y3 int }
type E4 struct { E3; Y4 int }
type E5 struct { E4; Y5 int }
type E6 struct { E5; Y6 int }
type E7 struct { E6; Y7 int }
type E8 struct { E7; Y8 int }
type E9 struct { E8; Y9 int }
type E10 struct { *E9; Y10 int }
type E11 struct { E10; Y11 int }
type E12 struct { E11; Y12 int }
type E13 struct { E12; Y13 int }
type E14 struct { E13; Y14 int }
type E15 struct { E14; Y15 int }
type E16 struct { E15; Y16 int }
type E17 struct { E16; Y17 int }
type E18 struct { E17; Y18 int }
type E19 struct { E18; Y19 int }
type E20 struct { E19; Y20 int }

type Getter interface{ Get() int }

type Setter interface{ Set(int) }

func main() {
	v := E20{}
	v.E19.E18.E17.E16.E15.E14.E13.E12.E11.E10.E9 = &E9{}
	v.X = 7
	fmt.Println(v.X, v.Get(), v.Y20, v.Y1)
	v.Set(9)
	var g Getter = v
	var s Setter = &v
	s.Set(11)
	fmt.Println(g.Get(), v.Get(), v.E19.E18.E17.E16.E15.E14.E13.E12.E11.E10.X)
	f := v.Get
	h := E20.Get
	fmt.Println(f(), h(v), (*E20).Get(&v))
	fmt.Printf("%+v\n", v.E19.E18.E17.E16.E15.E14.E13.E12.E11.E10.E9.E8.E7.E6.E5.E4.E3.E2.E1)
}
