// checks: io.Copy, CopyN, ReadAll, ReadFull, LimitReader, TeeReader,
// MultiReader, MultiWriter, WriteString and Discard
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	data, err := io.ReadAll(io.LimitReader(strings.NewReader("hello, world"), 5))
	fmt.Printf("%q %v\n", data, err)
	var sb strings.Builder
	n, err := io.Copy(&sb, io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd")))
	fmt.Println(n, err, sb.String())
	u := &upper{}
	var log strings.Builder
	tee := io.TeeReader(strings.NewReader("tee data"), &log)
	n, err = io.CopyN(io.MultiWriter(u, os.Stdout), tee, 3)
	fmt.Println()
	fmt.Println(n, err, u.sb.String(), log.String())
	n, err = io.CopyN(io.Discard, strings.NewReader("xy"), 5)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err, err == io.EOF)
	k, err = io.WriteString(os.Stdout, "via WriteString\n")
	fmt.Println(k, err)
	rc := io.NopCloser(strings.NewReader("z"))
	fmt.Println(rc.Close())
}
