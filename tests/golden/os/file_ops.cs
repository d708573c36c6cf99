package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	dir, err := os.MkdirTemp("", "fileops")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chdir(dir); err != nil {
		panic(err)
	}
	fmt.Println(os.Chdir("no/such/dir"))
	os.WriteFile("data.txt", []byte("0123456789"), 0640)
	os.Mkdir("sub", 0755)
	os.WriteFile("sub/inner", nil, 0600)

	fi, err := os.Stat("data.txt")
	fmt.Printf("%T %v %d %v %v %v\n", fi, fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular())
	fmt.Println(time.Since(fi.ModTime()) < time.Hour, fi.Sys() == nil)
	di, _ := os.Stat("sub/")
	fmt.Println(di.Name(), di.IsDir(), di.Mode(), di.Mode()&os.ModeType == os.ModeDir, di.Mode().Perm())
	_, err = os.Stat("nope")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	_, err = os.Lstat("data.txt/x")
	fmt.Println(err)

	f, _ := os.OpenFile("data.txt", os.O_RDWR, 0)
	pos, err := f.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	b := make([]byte, 10)
	n, err := f.Read(b)
	fmt.Println(n, err, string(b[:n]))
	pos, _ = f.Seek(2, io.SeekStart)
	pos, _ = f.Seek(3, io.SeekCurrent)
	fmt.Println(pos)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(err)
	n, err = f.ReadAt(b[:4], 8)
	fmt.Println(n, err, string(b[:n]))
	n, err = f.ReadAt(b[:4], 2)
	fmt.Println(n, err, string(b[:n]))
	_, err = f.ReadAt(b, -1)
	fmt.Println(err)
	n, err = f.WriteAt([]byte("AB"), 4)
	fmt.Println(n, err)
	n, err = f.WriteAt([]byte("Z"), 12)
	fmt.Println(n, err, f.Sync())
	st, _ := f.Stat()
	fmt.Println(st.Size(), st.Name())
	fmt.Println(f.Truncate(5))
	f.Close()
	fmt.Println(f.Sync(), f.Truncate(1))
	_, err = f.Seek(0, 0)
	fmt.Println(err)
	_, err = f.Stat()
	fmt.Println(err)
	data, _ := os.ReadFile("data.txt")
	fmt.Printf("%q\n", data)

	a, _ := os.OpenFile("data.txt", os.O_APPEND|os.O_WRONLY, 0)
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	a.Close()

	fmt.Println(os.Truncate("data.txt", 2), os.Truncate("none.txt", 2))
	fmt.Println(os.Rename("data.txt", "moved.txt"))
	fmt.Println(os.Rename("data.txt", "moved.txt"))
	fmt.Println(os.Rename("moved.txt", "sub"))
	var le *os.LinkError
	err = os.Rename("ghost", "sub")
	fmt.Println(err, errors.As(err, &le))

	entries, err := os.ReadDir(".")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size() >= 0)
	}
	entries, err = os.ReadDir("moved.txt")
	fmt.Println(len(entries), err)
	entries, err = os.ReadDir("missing")
	fmt.Println(entries == nil, err)
	fmt.Println(os.ModeDir|os.ModeSymlink|0755, os.FileMode(0644), os.ModePerm)
}
