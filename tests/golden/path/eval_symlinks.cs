// filepath.EvalSymlinks: relative and absolute links, chains, "." and
// "..", links to directories in the middle of a path, a file used as a
// directory (ENOTDIR), missing files, and a loop (too many links).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "evalsym")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	root, _ := filepath.EvalSymlinks(dir) // the temp dir may itself be behind a link
	os.Chdir(root)
	os.MkdirAll("a/b/c", 0755)
	os.WriteFile("a/b/c/file", []byte("x"), 0644)
	os.Symlink("a/b", "ab")
	os.Symlink("c/file", "a/b/f")
	os.Symlink("ab", "chain")
	os.Symlink(root+"/a", "abs")
	os.Symlink("../..", "a/b/c/up")
	os.Symlink("loop2", "loop1")
	os.Symlink("loop1", "loop2")
	os.Symlink("nowhere", "dangling")
	show := func(p string) {
		got, err := filepath.EvalSymlinks(p)
		hide := strings.NewReplacer(root, "ROOT", filepath.Base(root), "BASE")
		fmt.Printf("%-22s %-28q %v\n", hide.Replace(p), hide.Replace(got), err != nil)
		if err != nil {
			fmt.Println("   ", hide.Replace(err.Error()))
		}
	}
	for _, p := range []string{"a", "ab", "ab/f", "chain/c/file", "./chain/./c/", "abs/b/f", root + "/chain/f",
		"a/b/c/up", "a/b/c/up/b/c/up/b", "ab/../a/b/..", "../" + filepath.Base(root) + "/ab", "..", "a/b/c/file/x",
		"loop1", "dangling", "missing/x", "", ".", "/"} {
		show(p)
	}
}
