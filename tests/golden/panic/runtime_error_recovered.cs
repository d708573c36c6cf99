// checks: runtime errors can be recovered; their text matches Go's
package main

import "fmt"

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	zero := 0
	var m map[string]int
	var p *struct{ X int }
	catch("index", func() { _ = s[i] })
	catch("slice", func() { _ = s[1:i] })
	catch("div", func() { _ = 10 / zero })
	catch("mod", func() { _ = 10 % zero })
	catch("nil map", func() { m["a"] = 1 })
	catch("nil ptr", func() { p.X = 1 })
	catch("neg index", func() { j := -1; _ = s[j+0] })
	catch("string index", func() { _ = "abc"[i] })
	fmt.Println("still running")
}
