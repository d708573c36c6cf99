package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "csconf-*-dir")
	if err != nil {
		panic(err)
	}
	base := dir[strings.LastIndex(dir, "/")+1:]
	fmt.Println(strings.HasPrefix(base, "csconf-"), strings.HasSuffix(base, "-dir"), len(base) > len("csconf--dir"))
	defer func() {
		fmt.Println("removeall:", os.RemoveAll(dir))
		_, err := os.ReadFile(dir + "/a/b/c/deep.txt")
		fmt.Println("gone:", os.IsNotExist(err))
	}()
	fmt.Println(os.MkdirAll(dir+"/a/b/c", 0755))
	fmt.Println(os.MkdirAll(dir+"/a/b/c", 0755))
	fmt.Println(os.MkdirAll(dir+"/a/b/", 0755))
	for i := 0; i < 5; i++ {
		name := fmt.Sprintf("%s/a/b/c/f%d.txt", dir, i)
		if err := os.WriteFile(name, []byte(strings.Repeat("x", i)), 0644); err != nil {
			fmt.Println(err)
		}
	}
	os.WriteFile(dir+"/a/b/c/deep.txt", []byte("deep"), 0644)
	err = os.MkdirAll(dir+"/a/b/c/deep.txt", 0755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.MkdirAll(dir+"/a/b/c/deep.txt/sub", 0755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	f, err := os.CreateTemp(dir, "data*.csv")
	if err != nil {
		panic(err)
	}
	n := f.Name()[len(dir)+1:]
	fmt.Println(strings.HasPrefix(n, "data"), strings.HasSuffix(n, ".csv"))
	f.WriteString("a,b\n1,2\n")
	f.Close()
	b, err := os.ReadFile(f.Name())
	fmt.Printf("%q %v\n", b, err)
	f2, err := os.CreateTemp(dir, "plain")
	fmt.Println(err, strings.HasPrefix(f2.Name(), dir+"/plain"))
	f2.Close()
	_, err = os.MkdirTemp(dir, "bad/pattern")
	fmt.Println(err)
	_, err = os.CreateTemp(dir+"/missing", "x")
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	fmt.Println(os.RemoveAll(dir+"/does/not/exist"), os.RemoveAll(""))
	fmt.Println(os.RemoveAll(dir + "/a/b/c/f1.txt"))
	_, err = os.ReadFile(dir + "/a/b/c/f1.txt")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(strings.Replace(os.RemoveAll(dir+"/.").Error(), dir, "DIR", 1))
	fmt.Println(strings.Replace(os.Remove(dir+"/a").Error(), dir, "DIR", 1))
}
