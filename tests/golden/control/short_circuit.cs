// checks: && and || evaluate their right operand only when needed
package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Print(name, " ")
	return v
}

func main() {
	fmt.Println(t("a", false) && t("b", true))
	fmt.Println(t("c", true) || t("d", true))
	fmt.Println(t("e", true) && t("f", false) || t("g", true))
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("unreachable")
	}
	fmt.Println(!true, !false, true != false)
}
