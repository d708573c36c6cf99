// checks: pointer receivers: *T has the method, so &v satisfies the interface
package main

import "fmt"

type Incer interface{ Inc() }

type N struct{ v int }

func (n *N) Inc() { n.v++ }

type Pair struct{ a, b Incer }

func main() {
	n := N{}
	var i Incer = &n
	i.Inc()
	i.Inc()
	fmt.Println(n.v)
	p := Pair{&N{10}, &n}
	p.a.Inc()
	p.b.Inc()
	fmt.Println(p.a.(*N).v, n.v)
}
