// Embedding 40 levels deep: Go accepts it; csc walks at most 31.
package main

type E0 struct{ X int }

type E1 struct{ E0 }
type E2 struct{ E1 }
type E3 struct{ E2 }
type E4 struct{ E3 }
type E5 struct{ E4 }
type E6 struct{ E5 }
type E7 struct{ E6 }
type E8 struct{ E7 }
type E9 struct{ E8 }
type E10 struct{ E9 }
type E11 struct{ E10 }
type E12 struct{ E11 }
type E13 struct{ E12 }
type E14 struct{ E13 }
type E15 struct{ E14 }
type E16 struct{ E15 }
type E17 struct{ E16 }
type E18 struct{ E17 }
type E19 struct{ E18 }
type E20 struct{ E19 }
type E21 struct{ E20 }
type E22 struct{ E21 }
type E23 struct{ E22 }
type E24 struct{ E23 }
type E25 struct{ E24 }
type E26 struct{ E25 }
type E27 struct{ E26 }
type E28 struct{ E27 }
type E29 struct{ E28 }
type E30 struct{ E29 }
type E31 struct{ E30 }
type E32 struct{ E31 }
type E33 struct{ E32 }
type E34 struct{ E33 }
type E35 struct{ E34 }
type E36 struct{ E35 }
type E37 struct{ E36 }
type E38 struct{ E37 }
type E39 struct{ E38 }
type E40 struct{ E39 }

func main() {
	var v E40
	v.X = 1
}
