// Slices of local arrays: passed where the elements are only copied
// (copy, append's spread, string(), a non-leaking slice parameter or value
// receiver) the array stays in its frame; every other route (a sub-slice
// returned, variadic, stored through a slice parameter, a value receiver
// or method value of a named slice type, readers that keep the slice,
// append onto a[:0], range over &arr then re-slicing) must move it to the
// heap. smash overwrites the dead frames before the slices are read.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type word []byte

func (w word) keep()       { kept = append(kept, w) }
func (w word) first() byte { return w[0] }

var kept [][]byte
var keptI [][]int
var gbuf bytes.Buffer

func viaSub(s []int) []int              { return s[1:][:1] }
func viaVariadic(xs ...int)             { keptI = append(keptI, xs) }
func viaCopyBack(dst []int, a []int)    { copy(dst, a) }
func viaSliceOfSlice(s []int)           { t := s[0:2]; keptI = append(keptI, t) }
func viaAppendParam(s [][]int, x []int) { s[0] = x }
func viaRange(s []int) {
	for i := range s {
		keptI = append(keptI, s[i:i+1])
	}
}
func viaMethod(b []byte)                { word(b).keep() }
func viaMethodValue(b word) func() byte { return b.first }
func viaElemOnly(b []byte) int          { return len(string(b)) + bytes.IndexByte(b, 'x') }
func viaBuffer(b []byte)                { gbuf.Write(b) }
func viaFields(b []byte) [][]byte       { return bytes.Fields(b) }
func viaSplit(b []byte) [][]byte        { return bytes.Split(b, []byte(",")) }
func viaTrim(b []byte) []byte           { return bytes.TrimSpace(b) }
func viaReader(b []byte) *bytes.Reader  { return bytes.NewReader(b) }
func viaStringsReader(b []byte) string  { var sb strings.Builder; sb.Write(b); return sb.String() }
func viaAppendSelf(b []byte) []byte     { return append(b[:0], b...) }
func viaCopyInto(b []byte) []byte       { out := make([]byte, 3); copy(out, b); return out }

func smash(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	if n > 0 {
		return smash(n-1) + a[n%64]
	}
	return a[5]
}

var gfb []func() byte
var gff [][][]byte
var gtrim [][]byte
var greaders []*bytes.Reader
var gself [][]byte
var gcopy [][]byte

// oneF keeps gcc from inlining one into main, whose frame never dies.
var oneF = one

func one(i int) {
	a := [4]int{i, i + 1, i + 2, i + 3}
	keptI = append(keptI, viaSub(a[:]))
	b := [3]int{i * 10, i * 11, i * 12}
	viaVariadic(b[:]...)
	c := [3]int{i * 20, i * 21, i * 22}
	dst := make([]int, 3)
	viaCopyBack(dst, c[:])
	keptI = append(keptI, dst)
	d := [3]int{i * 30, i * 31, i * 32}
	viaSliceOfSlice(d[:])
	e := [2]int{i * 40, i * 41}
	ss := make([][]int, 1)
	viaAppendParam(ss, e[:])
	keptI = append(keptI, ss[0])
	f := [2]int{i * 50, i * 51}
	viaRange(f[:])
	g := [3]byte{'a' + byte(i), 'b', 'c'}
	viaMethod(g[:])
	h := [3]byte{'p' + byte(i), 'q', 'r'}
	gfb = append(gfb, viaMethodValue(h[:]))
	k := [5]byte{'x', ' ', 'y' + byte(i), 'z', ' '}
	fmt.Println("elem", viaElemOnly(k[:]))
	viaBuffer(k[:])
	l := [7]byte{'a', ' ', 'b' + byte(i), ' ', 'c', ' ', 'd'}
	gff = append(gff, viaFields(l[:]))
	m := [5]byte{'1', ',', '2' + byte(i), ',', '3'}
	gff = append(gff, viaSplit(m[:]))
	n := [5]byte{' ', 'm', 'n' + byte(i), ' ', ' '}
	gtrim = append(gtrim, viaTrim(n[:]))
	o := [3]byte{'r', 'd' + byte(i), 'r'}
	greaders = append(greaders, viaReader(o[:]))
	fmt.Println("sb", viaStringsReader(o[:]))
	p := [3]byte{'s', 'e' + byte(i), 'l'}
	gself = append(gself, viaAppendSelf(p[:]))
	q := [3]byte{'c', 'p' + byte(i), 'y'}
	gcopy = append(gcopy, viaCopyInto(q[:]))
	var arr [4]int
	for j, pv := range &arr {
		arr[j] = pv + j*i
	}
	keptI = append(keptI, arr[1:3][:1])
}

func main() {
	for i := 1; i <= 2; i++ {
		oneF(i)
		smash(30)
	}
	smash(40)
	fmt.Println(keptI)
	for _, b := range kept {
		smash(5)
		fmt.Println("kept", string(b))
	}
	for _, f := range gfb {
		smash(5)
		fmt.Println("mv", string(f()))
	}
	fmt.Printf("%q %q %q\n", gff, gtrim, gbuf.String())
	for _, r := range greaders {
		smash(5)
		var buf [8]byte
		n, _ := r.Read(buf[:])
		fmt.Println("reader", string(buf[:n]))
	}
	fmt.Printf("%q %q\n", gself, gcopy)
}
