// ch7: ByteCounter/WordCounter/LineCounter as io.Writer, CountingWriter wrapper,
// LimitReader, interface values and nil pointers, errors.New identity, syscall.Errno-like type.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (c *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), sc.Err()
}

type LineCounter int

func (c *LineCounter) Write(p []byte) (int, error) {
	*c += LineCounter(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

type countingWriter struct {
	w     io.Writer
	count int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.count += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.count
}

type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

func LimitReader(r io.Reader, n int64) io.Reader { return &limitReader{r, n} }

type Errno uintptr

var errors2 = [...]string{1: "operation not permitted", 2: "no such file or directory"}

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors2) {
		return errors2[e]
	}
	return fmt.Sprintf("errno %d", e)
}

const debug = false

func f(out io.Writer) {
	if out != nil {
		out.Write([]byte("done!\n"))
	}
}

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)

	var wc WordCounter
	var lc LineCounter
	text := "the quick brown\nfox jumps\n over  the lazy dog\n"
	fmt.Fprint(&wc, text)
	io.WriteString(&lc, text)
	fmt.Println(wc, lc)

	var sb strings.Builder
	w, n := CountingWriter(&sb)
	fmt.Fprintf(w, "abc%d", 12345)
	w.Write([]byte("xyz"))
	fmt.Println(*n, sb.String())

	data, _ := io.ReadAll(LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Printf("%q\n", data)

	var ww io.Writer
	fmt.Printf("%T %v\n", ww, ww == nil)
	ww = os.Stdout
	fmt.Printf("%T\n", ww)
	ww = new(bytes.Buffer)
	fmt.Printf("%T\n", ww)
	rw, ok := ww.(io.ReadWriter)
	fmt.Println(ok, rw != nil)
	_, ok = ww.(*os.File)
	fmt.Println(ok)

	var buf *bytes.Buffer
	if debug {
		buf = new(bytes.Buffer)
	}
	var out io.Writer = buf
	fmt.Println(out != nil, buf == nil)
	f(nil)

	var x interface{} = time.Now()
	_, isTime := x.(time.Time)
	fmt.Println(isTime)
	x = []int{1}
	var y interface{} = map[string]int{}
	fmt.Println(x != nil, y != nil)
	fmt.Println(errors.New("EOF") == errors.New("EOF"), io.EOF == io.EOF)

	var err error = Errno(2)
	fmt.Println(err.Error(), err, Errno(77))
	if e, ok := err.(Errno); ok {
		fmt.Println("errno", uintptr(e))
	}
	_, err = os.Open("/no/such/file")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var ifc interface{} = "str"
	_ = ifc.(int)
}
