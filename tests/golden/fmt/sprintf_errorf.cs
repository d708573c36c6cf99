// checks: Sprintf builds strings; Errorf builds errors with formatted text
package main

import "fmt"

func check(n int) error {
	if n < 0 {
		return fmt.Errorf("negative value %d (limit %s)", n, "zero")
	}
	return nil
}

func main() {
	s := fmt.Sprintf("%s-%03d-%.1f", "id", 7, 2.25)
	fmt.Println(s, len(s))
	fmt.Println(check(5))
	err := check(-3)
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(err.Error() == "negative value -3 (limit zero)")
}
