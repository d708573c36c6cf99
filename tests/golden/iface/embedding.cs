// checks: interfaces embedding interfaces; struct embedding satisfies interfaces
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Write(s string) { b.data = append(b.data, s) }
func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Logged struct {
	*Buf
	n int
}

func main() {
	var rw ReadWriter = &Buf{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), r.Read() == "")
	l := Logged{&Buf{}, 0}
	var w Writer = l
	w.Write("via embedded")
	fmt.Println(l.Read())
}
