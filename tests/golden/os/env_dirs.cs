// checks: Setenv/Unsetenv/LookupEnv/Environ, Getwd, Mkdir and Remove
// with Go's error texts
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("CSC_TEST_VAR", "v1"))
	v, ok := os.LookupEnv("CSC_TEST_VAR")
	fmt.Println(v, ok, os.Getenv("CSC_TEST_VAR"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "CSC_TEST_VAR=v1" {
			found = true
		}
	}
	fmt.Println("in Environ:", found)
	fmt.Println(os.Unsetenv("CSC_TEST_VAR"))
	v, ok = os.LookupEnv("CSC_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	wd, err := os.Getwd()
	fmt.Println(strings.HasSuffix(wd, "/os"), err)
	dir := os.TempDir() + "/csc_env_dirs_test"
	os.Remove(dir)
	fmt.Println(os.Mkdir(dir, 0755))
	err = os.Mkdir(dir, 0755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsExist(err))
	fmt.Println(os.Remove(dir))
	err = os.Remove(dir)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err))
}
