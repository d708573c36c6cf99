package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	fmt.Println(filepath.Join("a", "b/../c"), filepath.Clean("a//b/./"), filepath.Base("/x/y.txt"),
		filepath.Dir("/x/y.txt"), filepath.Ext("y.tar.gz"), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	fmt.Printf("%q %q %q\n", filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"))
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin"), filepath.SplitList("a::b:"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "a/b/c"},
		{"a/b/c", "a/b"}, {"a/b/c", "a/b/c/d/e"}, {"a/b", "a/bc"}, {"a/b", "c/d"}, {".", "a/b"},
		{"a/b", "."}, {"../a", "../a/b"}, {"/a/b", "/a/c/d"}, {"/", "/a/b"}, {"/a/b", "/"},
		{"/a", "a"}, {"a", "/a"}, {"..", "a"}, {"../..", "a"}, {"a", "../b"}, {"", "a"}, {"a", ""},
	}
	for _, r := range rels {
		got, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], got, err)
	}

	wd, _ := os.Getwd()
	abs, err := filepath.Abs("sub/../x")
	rel, _ := filepath.Rel(wd, abs)
	fmt.Println(rel, err, filepath.IsAbs(abs))
	abs, _ = filepath.Abs("/p/../q/")
	fmt.Println(abs)

	root, err := os.MkdirTemp("", "walk")
	must(err)
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/skip/deep", "d", "e"} {
		must(os.MkdirAll(filepath.Join(root, d), 0755))
	}
	for _, f := range []string{"a/b/c/f1.txt", "a/b/f2.go", "a/skip/deep/x", "a/z.txt", "d/y.go", "top.txt", "e/1", "e/2"} {
		must(os.WriteFile(filepath.Join(root, f), []byte(f), 0644))
	}
	rp := func(p string) string {
		r, err := filepath.Rel(root, p)
		must(err)
		return r
	}

	fmt.Println("-- Walk")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		size := int64(0)
		if !info.IsDir() {
			size = info.Size()
		}
		fmt.Println(rp(p), hide(root, p, info.Name()), info.IsDir(), size)
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		if info.Name() == "1" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walk err:", err)

	fmt.Println("-- WalkDir")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		fmt.Println(rp(p), hide(root, p, d.Name()), d.IsDir(), d.Type(), hide(root, p, info.Name()))
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		if d.Name() == "y.go" {
			return errors.New("stop here")
		}
		return nil
	})
	fmt.Println("walkdir err:", err)

	fmt.Println("-- missing root")
	missing := filepath.Join(root, "nope")
	err = filepath.Walk(missing, func(p string, info fs.FileInfo, err error) error {
		fmt.Println(rp(p), info == nil, os.IsNotExist(err))
		return err
	})
	fmt.Println(os.IsNotExist(err))
	err = filepath.WalkDir(missing, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rp(p), d == nil, os.IsNotExist(err))
		return nil
	})
	fmt.Println(err)
	fmt.Println(filepath.Walk(filepath.Join(root, "top.txt"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("file root:", rp(p), info.Size())
		return filepath.SkipDir
	}))

	fmt.Println("-- Glob")
	for _, pat := range []string{"*.txt", "a/*", "*/*.go", "a/*/*", "?", "[de]", "a/b/c/f1.txt", "nope", "nope*", "[", "a/[", "*/[x"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rels []string
		for _, p := range m {
			rels = append(rels, rp(p))
		}
		fmt.Println(pat, rels, m == nil, err)
	}
	fmt.Println(fs.SkipDir == filepath.SkipDir, fs.SkipDir)
	de := fs.FileInfoToDirEntry(nil)
	fmt.Println(de == nil)
}

func hide(root, p, name string) string {
	if p == root {
		return "ROOT"
	}
	return name
}
