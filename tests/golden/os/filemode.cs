// checks: os.FileMode is io/fs.FileMode: String, Perm, %T; os.PathError is
// *fs.PathError
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, m := range []os.FileMode{0, 0644, 0755, 0777, 0600, 0400, 01777, 1 << 31, 1<<31 | 0755, 1<<27 | 0644, 0xffffffff} {
		fmt.Println(m, m.Perm(), uint32(m))
		fmt.Printf("%v %o %T\n", m, m, m)
	}
	fmt.Println(os.ModePerm)
	var err error = &os.PathError{Op: "open", Path: "x", Err: os.ErrNotExist}
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(os.IsNotExist(err))
}
