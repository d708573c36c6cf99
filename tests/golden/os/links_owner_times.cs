// os.Link, Symlink, Readlink, SameFile, Chtimes, Chown, File.Chmod,
// File.Chdir and File.ReadFrom with Go's errors; PathSeparator,
// IsPathSeparator, the SEEK_ constants, UserCacheDir, UserConfigDir and
// SyscallError.Timeout.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
)

func main() {
	dir, err := os.MkdirTemp("", "links")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chdir(dir); err != nil {
		panic(err)
	}
	os.WriteFile("data", []byte("hello"), 0644)
	fmt.Println(os.Symlink("data", "sym"), os.Link("data", "hard"))
	fmt.Println(os.Symlink("data", "sym"))
	var le *os.LinkError
	fmt.Println(errors.As(os.Link("nope", "x"), &le), le.Op, le.Old, le.New, errors.Is(le, fs.ErrNotExist))
	target, err := os.Readlink("sym")
	fmt.Printf("%q %v\n", target, err)
	_, err = os.Readlink("data")
	fmt.Println(err)
	_, err = os.Readlink("missing")
	fmt.Println(err)
	long := strings.Repeat("abcdefghij/", 40)
	fmt.Println(os.Symlink(long, "longsym"))
	t2, err := os.Readlink("longsym")
	fmt.Println(t2 == long, err)

	d, _ := os.Stat("data")
	h, _ := os.Stat("hard")
	s, _ := os.Stat("sym")
	l, _ := os.Lstat("sym")
	fmt.Println(os.SameFile(d, h), os.SameFile(d, s), os.SameFile(d, l), l.Mode()&os.ModeSymlink != 0)

	when := time.Date(2001, 2, 3, 4, 5, 6, 700, time.UTC)
	fmt.Println(os.Chtimes("data", when, when))
	d, _ = os.Stat("data")
	fmt.Println(d.ModTime().UTC())
	fmt.Println(os.Chtimes("missing", when, when))
	fmt.Println(os.Chown("data", -1, -1), os.Lchown("sym", -1, -1))
	fmt.Println(os.Chown("missing", -1, -1))

	f, _ := os.OpenFile("data", os.O_RDWR, 0)
	fmt.Println(f.Chmod(0600), f.Chown(-1, -1))
	d, _ = os.Stat("data")
	fmt.Println(d.Mode())
	n, err := f.ReadFrom(strings.NewReader("HELLO, world"))
	fmt.Println(n, err)
	f.Close()
	fmt.Println(f.Chmod(0600))
	b, _ := os.ReadFile("data")
	fmt.Printf("%q\n", b)

	os.Mkdir("sub", 0755)
	sub, _ := os.Open("sub")
	fmt.Println(sub.Chdir())
	wd, _ := os.Getwd()
	fmt.Println(strings.HasSuffix(wd, "/sub"))
	fmt.Println(f.Chdir())

	fmt.Println(string(os.PathSeparator), string(os.PathListSeparator), os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	fmt.Println(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CACHE_HOME", "")
	fmt.Println(os.UserCacheDir())
	os.Setenv("XDG_CONFIG_HOME", "/cfg")
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("HOME")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.Getpagesize() > 0)
	g, err := os.Getgroups()
	fmt.Println(len(g) >= 0, err)
	se := &os.SyscallError{Syscall: "read", Err: os.ErrDeadlineExceeded}
	fmt.Println(se.Timeout(), (&os.SyscallError{Syscall: "x", Err: errors.New("y")}).Timeout())
}
