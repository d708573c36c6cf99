package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "ioutil-*-test")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "ioutil-"), strings.HasSuffix(dir, "-test"))
	for i, name := range []string{"b.txt", "a.txt", "c"} {
		err := ioutil.WriteFile(filepath.Join(dir, name), []byte(strings.Repeat("x", i+1)), 0640)
		fmt.Println("write", name, err)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size() > 0, fi.IsDir(), fi.Mode())
	}
	data, err := ioutil.ReadFile(filepath.Join(dir, "c"))
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	_, err = ioutil.ReadDir(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err), err != nil)
	infos, err = ioutil.ReadDir(filepath.Join(dir, "c"))
	fmt.Println(infos == nil, strings.Replace(fmt.Sprint(err), dir, "DIR", 1))

	f, err := ioutil.TempFile(dir, "tmp*.log")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".log"), filepath.Dir(f.Name()) == dir)
	f.WriteString("hello")
	f.Close()
	data, _ = ioutil.ReadFile(f.Name())
	fmt.Println(string(data))
	_, err = ioutil.TempFile(dir, "bad/pattern")
	fmt.Println(err)

	rc := ioutil.NopCloser(strings.NewReader("all of it"))
	all, err := ioutil.ReadAll(rc)
	fmt.Printf("%q %v %v\n", all, err, rc.Close())
	n, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	fmt.Fprintf(ioutil.Discard, "nothing %d", 1)
}
