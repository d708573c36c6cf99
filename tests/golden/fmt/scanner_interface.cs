// fmt.Scanner: operands with a Scan method read themselves through
// ScanState (ReadRune, UnreadRune, SkipSpace, Token, Width, Read) in
// Sscan, Sscanln, Sscanf and Fscan; their errors end the scan.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Point reads "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	if r, _, err := st.ReadRune(); err != nil || r != '(' {
		return errors.New("point: want (")
	}
	num := func() (int, error) {
		tok, err := st.Token(false, func(r rune) bool { return r == '-' || unicode.IsDigit(r) })
		if err != nil {
			return 0, err
		}
		return strconv.Atoi(string(tok))
	}
	var err error
	if p.X, err = num(); err != nil {
		return err
	}
	if r, _, _ := st.ReadRune(); r != ',' {
		return errors.New("point: want ,")
	}
	if p.Y, err = num(); err != nil {
		return err
	}
	if r, _, _ := st.ReadRune(); r != ')' {
		return errors.New("point: want )")
	}
	return nil
}

// Upper reads a word and upper-cases it; it reports the verb and width.
type Upper struct {
	S    string
	Info string
}

func (u *Upper) Scan(st fmt.ScanState, verb rune) error {
	w, ok := st.Width()
	tok, err := st.Token(true, nil)
	u.S = strings.ToUpper(string(tok))
	u.Info = fmt.Sprintf("%c %d %v", verb, w, ok)
	return err
}

// Peek reads one rune, puts it back, then reads the word.
type Peek struct{ First, Word string }

func (p *Peek) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, size, err := st.ReadRune()
	if err != nil {
		return err
	}
	st.UnreadRune()
	tok, _ := st.Token(false, nil)
	p.First = fmt.Sprintf("%q/%d", r, size)
	p.Word = string(tok)
	_, rerr := st.Read(make([]byte, 4))
	p.Word += " " + rerr.Error()
	return nil
}

func main() {
	var p, q Point
	var n int
	var u Upper
	c, err := fmt.Sscan("  (1,2) 7 (-30,40) hello", &p, &n, &q, &u)
	fmt.Println(c, err, p, n, q, u)

	c, err = fmt.Sscan("(1;2)", &p)
	fmt.Println(c, err)
	c, err = fmt.Sscan("(x,2)", &p)
	fmt.Println(c, err)
	c, err = fmt.Sscan("", &u)
	fmt.Printf("%d %v %+v\n", c, err, u)

	c, err = fmt.Sscanf("abcdefgh 5", "%3v%v %d", &u, &q, &n)
	fmt.Println(c, err, u)
	var u2 Upper
	c, err = fmt.Sscanf("abcdefgh", "%3v%s", &u, &u2)
	fmt.Println(c, err, u, u2)

	c, err = fmt.Sscanln("\n(5,6)", &p)
	fmt.Println(c, err)
	c, err = fmt.Sscanln("word\n", &u)
	fmt.Println(c, err, u)

	var pk Peek
	c, err = fmt.Fscan(bufio.NewReader(strings.NewReader("  äbc rest")), &pk)
	fmt.Println(c, err, pk)
	c, err = fmt.Fscan(strings.NewReader("xyz"), &pk)
	fmt.Println(c, err, pk)
}
