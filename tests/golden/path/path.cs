package main

import (
	"fmt"
	"path"
)

var paths = []string{
	"", ".", "..", "/", "//", "a", "a/", "/a", "a/b/c", "/a/b/c/", "a//b", "a/./b",
	"a/../b", "../a", "../../a/..", "/../a", "/a/b/../../..", "abc/def/../../..",
	"a/b/c/.././d/", "x.go", "a/b.tar.gz", ".bashrc", "dir.d/file", "a/.", "./a/b/",
	"...", "a/...", "/..", "a/b/../c/../../..", "//a//b//",
}

var patterns = [][2]string{
	{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
	{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
	{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
	{"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
	{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
	{"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"},
	{"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
	{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"},
	{"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"},
	{"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"},
	{"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"},
	{"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"},
	{"a/b[", "x"}, {"*x", "xxx"}, {"a*[", "x"}, {"*", ""}, {"", ""}, {"", "a"}, {"?", ""},
	{"[a]", "\xff"}, {"a*", "a/b"},
}

func main() {
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=%q,%q\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("a", "", "c"))
	fmt.Printf("%q\n", path.Join("", "a"))
	fmt.Printf("%q\n", path.Join("/", "a", "../..", "b/"))
	fmt.Printf("%q\n", path.Join("a/", "/b"))
	for _, pt := range patterns {
		ok, err := path.Match(pt[0], pt[1])
		fmt.Printf("Match(%q, %q) = %v, %v\n", pt[0], pt[1], ok, err)
	}
	fmt.Println(path.ErrBadPattern)
}
