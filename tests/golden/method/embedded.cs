// checks: promoted fields and methods through struct embedding (tier 2)
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetLegs(n int) { a.Legs = n }

type Dog struct {
	Animal
	Breed string
}

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Describe())
	d.SetLegs(3)
	fmt.Println(d.Animal.Legs, d.Describe())
	p := Puppy{&d, 1}
	p.Name = "rex jr"
	fmt.Println(d.Name, p.Describe(), p.Breed)
	fmt.Printf("%+v\n", d)
}
