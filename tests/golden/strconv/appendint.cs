// checks: strconv.AppendInt in every base, into spare capacity, and the
// panic for an illegal base (FormatUint and AppendUint too)
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var b []byte
	for _, v := range []int64{0, 7, -7, 99, 100, -100, 1 << 62, -1 << 63, 123456789} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			b = strconv.AppendInt(b, v, base)
			b = append(b, ' ')
		}
		b = append(b, '\n')
	}
	fmt.Print(string(b))
	x := make([]byte, 3, 4)
	y := strconv.AppendInt(x, 12345, 10)
	fmt.Println(len(y), cap(y), string(y[3:]), len(x))
	for _, f := range []func(){
		func() { fmt.Println(strconv.FormatUint(5, 37)) },
		func() { fmt.Println(string(strconv.AppendUint(nil, 5, 0))) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatInt(5, 1))
}
