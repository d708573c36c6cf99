package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	// os.Expand / ExpandEnv
	os.Setenv("NAME", "gopher")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"hi $NAME!", "${NAME}s", "$$ $1 ${#} $", "${}x ${NAME", "a$-b", "no vars", "$EMPTY|${UNSET_VAR_X}|", "100$"} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a+${b}=$c", func(k string) string { return strings.ToUpper(k) + k }))

	// Chmod, DevNull, Getuid, Executable, UserHomeDir
	dir, _ := os.MkdirTemp("", "apitest")
	defer os.RemoveAll(dir)
	f := dir + "/f"
	os.WriteFile(f, []byte("x"), 0644)
	fmt.Println(os.Chmod(f, 0600))
	st, _ := os.Stat(f)
	fmt.Println(st.Mode())
	err := os.Chmod(dir+"/missing", 0600)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err))
	fmt.Println(os.DevNull, os.Getuid() >= 0, os.Geteuid() == os.Getuid(), os.Getgid() >= 0)
	exe, err := os.Executable()
	fmt.Println(err, strings.HasPrefix(exe, "/"))
	os.Setenv("HOME", "/home/x")
	fmt.Println(os.UserHomeDir())

	// io.CopyBuffer, SectionReader
	var out bytes.Buffer
	n, err := io.CopyBuffer(&out, io.LimitReader(strings.NewReader("hello, world"), 5), make([]byte, 2))
	fmt.Println(n, err, out.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b := make([]byte, 3)
	k, err := sr.Read(b)
	fmt.Println(k, err, string(b[:k]), sr.Size())
	k, err = sr.ReadAt(b, 3)
	fmt.Println(k, err, string(b[:k]))
	pos, err := sr.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest))
	_, err = sr.Seek(-10, io.SeekCurrent)
	fmt.Println(err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	k, err = sr.ReadAt(b, 9)
	fmt.Println(k, err)

	// bufio.ReadWriter
	var sink bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(&sink))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got: " + line)
	rw.Flush()
	fmt.Print(sink.String())

	// strconv.AppendFloat, strings.ToValidUTF8, fmt.Append*
	fmt.Println(string(strconv.AppendFloat([]byte("pi="), 3.14159, 'f', 2, 64)), string(strconv.AppendFloat(nil, 1e21, 'g', -1, 32)))
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xc0", "?"), strings.ToValidUTF8("ok☺", "?"), strings.ToValidUTF8("\xff", ""))
	fmt.Println(string(fmt.Append([]byte("x"), 1, "a", 2)), string(fmt.Appendf(nil, "%03d|", 7)), string(fmt.Appendln(nil, "a", 1)))
}
