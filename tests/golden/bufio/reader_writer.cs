// checks: bufio.Reader ReadString/ReadLine/ReadByte/ReadRune and
// bufio.Writer buffering until Flush, on os.Stdout
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma\nhé€llo\nend"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	c, _ := r.ReadByte()
	r.UnreadByte()
	s, _ = r.ReadString('\n')
	fmt.Printf("%c %q\n", c, s)
	for i := 0; i < 4; i++ {
		ru, size, _ := r.ReadRune()
		fmt.Print(string(ru), size, " ")
	}
	fmt.Println()
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v %v\n", s, err, err == io.EOF)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println("unbuffered first", w.Buffered())
	w.Flush()
	fmt.Println()
	small := bufio.NewWriterSize(os.Stdout, 16)
	small.WriteString(strings.Repeat("ab", 20))
	small.WriteString("\n")
	fmt.Println("|", small.Buffered())
	small.Flush()
}
