package main

// Slices of local arrays passed to slice parameters: a callee that only
// indexes, copies, ranges over or passes its parameter on lets the array
// stay in the caller's frame; every other use keeps the slice past the
// call, so the array must move to the heap. smash() overwrites the stack
// between the calls and the prints.

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// ---- callees that do not keep their slice ----

func fill(s []byte, c byte) {
	for i := range s {
		s[i] = c + byte(i)
	}
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	if s == nil {
		return -1
	}
	return t + len(s)*1000 + cap(s)*100000
}

type pt struct{ x, y int }

func shift(ps []pt, d int) {
	for i := 0; i < len(ps); i++ {
		ps[i].x += d
		ps[i].y -= d
	}
}

func passOn(s []byte) int { fill(s[1:], 'k'); return len(s) }

func copyOut(dst, s []byte) int { return copy(dst, s[1:]) }

type word []byte

func (w word) upper() {
	for i := range w {
		if w[i] >= 'a' && w[i] <= 'z' {
			w[i] -= 'a' - 'A'
		}
	}
}

// ---- callees that keep it, one way each ----

var (
	kept  [][]byte
	keptI []any
	funcs []func() byte
	ch    = make(chan []byte, 8)
	ptrs  []*byte
	words []func()
	keptW []word
)

func store(s []byte)       { kept = append(kept, s) }
func grow(s []byte) []byte { return append(s, '+') }
func ret(s []byte) []byte  { return s }
func resliced(s []byte)    { s = s[1:]; kept = append(kept, s) }
func sub(s []byte)         { kept = append(kept, s[:2]) }
func toAny(s []byte)       { keptI = append(keptI, s) }
func capture(s []byte)     { funcs = append(funcs, func() byte { return s[0] }) }
func send(s []byte)        { ch <- s }
func elemAddr(s []byte)    { ptrs = append(ptrs, &s[1]) }
func methodValue(w word)   { words = append(words, w.upper) }
func (w word) keep()       { keptW = append(keptW, w) }
func viaReceiver(s []byte) { word(s).keep() }
func viaLater(s []byte)    { later(s) }
func later(s []byte)       { kept = append(kept, s) }
func rec(s []byte, n int) {
	if n == 0 {
		kept = append(kept, s)
		return
	}
	rec(s, n-1)
}

func one(i int) {
	var a, b, c, d, e, f, g, h, k, l, m, n, o, p [3]byte
	fill(a[:], 'a'+byte(i))
	store(a[:])
	fill(b[:], 'b'+byte(i))
	kept = append(kept, grow(b[:2]))
	fill(c[:], 'c'+byte(i))
	kept = append(kept, ret(c[:]))
	fill(d[:], 'd'+byte(i))
	resliced(d[:])
	fill(e[:], 'e'+byte(i))
	sub(e[:])
	fill(f[:], 'f'+byte(i))
	toAny(f[:])
	fill(g[:], 'g'+byte(i))
	capture(g[:])
	fill(h[:], 'h'+byte(i))
	send(h[:])
	fill(k[:], 'k'+byte(i))
	elemAddr(k[:])
	fill(l[:], 'l'+byte(i))
	methodValue(l[:])
	fill(m[:], 'm'+byte(i))
	viaReceiver(m[:])
	fill(n[:], 'n'+byte(i))
	viaLater(n[:])
	fill(o[:], 'o'+byte(i))
	rec(o[:], 2)
	fill(p[:], 'p'+byte(i))
	word(p[:]).keep()
}

//go:noinline
func smash(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n*613 + i
	}
	if n > 0 {
		return smash(n-1) + buf[n%64]
	}
	return buf[7]
}

func main() {
	var nums [5]int
	for i := range nums {
		nums[i] = i * i
	}
	fmt.Println(sum(nums[:]), sum(nums[1:3]), sum(nil))
	var pts [3]pt
	shift(pts[:], 4)
	var buf [6]byte
	n := passOn(buf[:])
	var out [4]byte
	m := copyOut(out[:], buf[:])
	w := word("mixed Case")
	w.upper()
	var fixed [12]byte
	binary.BigEndian.PutUint64(fixed[0:], 0x0102030405060708)
	binary.LittleEndian.PutUint32(fixed[8:], 0x0a0b0c0d)
	var bb bytes.Buffer
	bb.Write(fixed[:])
	bb.Write(buf[:])
	fmt.Println(pts, n, m, buf, out, string(w), bb.Bytes())

	for i := 0; i < 3; i++ {
		one(i)
		smash(40)
	}
	smash(60)
	fmt.Printf("%s\n", kept)
	fmt.Printf("%s %s\n", keptI, keptW)
	for _, f := range funcs {
		fmt.Printf("%c", f())
	}
	for _, p := range ptrs {
		fmt.Printf("%c", *p)
	}
	for _, f := range words {
		f()
	}
	fmt.Println()
	close(ch)
	for s := range ch {
		fmt.Printf("%s ", s)
	}
	fmt.Println()
}
