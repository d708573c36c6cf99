// checks: / truncates toward zero and % takes the dividend's sign
package main

import "fmt"

func main() {
	vals := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}}
	for _, v := range vals {
		fmt.Println(v[0], v[1], v[0]/v[1], v[0]%v[1])
	}
	var a int8 = -128
	var b int8 = 3
	fmt.Println(a/b, a%b)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
}
