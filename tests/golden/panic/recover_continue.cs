// checks: after recover the function returns normally to its caller
package main

import "fmt"

func safe(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered from ", r)
		}
	}()
	if i%2 == 1 {
		panic(i)
	}
	return fmt.Sprint("fine ", i)
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(safe(i))
	}
}
