// checks: nested structs, selectors through several levels, literals
package main

import "fmt"

type Addr struct {
	City string
	Zip  int
}

type Person struct {
	Name string
	Home Addr
	Work *Addr
}

func main() {
	p := Person{Name: "ann", Home: Addr{"Oslo", 150}}
	p.Work = &Addr{City: "Bergen"}
	p.Home.Zip++
	p.Work.Zip = 5000
	fmt.Println(p.Name, p.Home.City, p.Home.Zip, p.Work.City, p.Work.Zip)
	fmt.Printf("%v\n%+v\n", p.Home, p.Home)
	q := p
	q.Work.City = "Trondheim"
	q.Home.City = "Tromso"
	fmt.Println(p.Work.City, p.Home.City)
}
