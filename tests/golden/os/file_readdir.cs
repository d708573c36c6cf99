// File.Readdirnames, ReadDir and Readdir: n at a time with io.EOF at the
// end, all at once, a non-directory, a closed File. Names are sorted
// before printing: the order a directory lists them in depends on the
// file system.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp("", "readdir")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, n := range []string{"b.txt", "a.txt", "c.txt", "e.txt"} {
		os.WriteFile(filepath.Join(dir, n), []byte(n), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)

	f, _ := os.Open(dir)
	var all []string
	for {
		names, err := f.Readdirnames(2)
		fmt.Println("batch", len(names), err)
		if err != nil {
			break
		}
		all = append(all, names...)
	}
	sort.Strings(all)
	fmt.Println(all)
	rest, err := f.Readdirnames(-1)
	fmt.Println(len(rest), rest != nil, err)
	f.Close()
	_, err = f.Readdirnames(-1)
	fmt.Println(err != nil)

	f, _ = os.Open(dir)
	entries, err := f.ReadDir(-1)
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir(), info.IsDir() || info.Size() == 5)
	}
	fmt.Println(len(entries), err)
	more, err := f.ReadDir(3)
	fmt.Println(len(more), err)
	f.Close()

	f, _ = os.Open(dir)
	infos, err := f.Readdir(10)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.IsDir(), fi.Mode().IsRegular())
	}
	fmt.Println(len(infos), err)
	f.Close()

	g, _ := os.Open(filepath.Join(dir, "a.txt"))
	_, err = g.Readdirnames(-1)
	fmt.Println(err != nil)
	g.Close()
}
