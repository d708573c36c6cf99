package main

// Slices of local arrays whose elements are only copied (append's spread
// source, copy's operands, string(...)) leave the array in its frame;
// a slice that is kept (append's first operand, assigned, returned,
// passed on) moves it to the heap. smash() overwrites the stack between
// building the values and printing them.

import (
	"fmt"
	"time"
)

type rec struct {
	tag  [6]byte
	vals [4]int
}

func digits(v int) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 || i == len(buf) {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	if v > 0 {
		i--
		buf[i] = byte('0' + v)
	}
	return append([]byte("n="), buf[i:]...)
}

func viaString(v int) string {
	var buf [8]byte
	for i := range buf {
		buf[i] = byte('a' + (v+i)%26)
	}
	return string(buf[2:6])
}

func viaCopy(dst []int) int {
	var tmp [5]int
	for i := range tmp {
		tmp[i] = i * i
	}
	n := copy(dst, tmp[1:])
	var back [3]int
	copy(back[:], dst)
	return n + back[2]
}

func fromField(r *rec) []byte {
	return append([]byte{}, r.tag[1:4]...)
}

// kept: the array's storage is the result.
func kept(v int) []byte {
	var buf [4]byte
	out := append(buf[:0], byte('A'+v), byte('B'+v))
	return out
}

var saved [][]byte

func assigned(v int) {
	var buf [3]byte
	s := buf[:]
	s[0], s[1], s[2] = byte('x'), byte('0'+v), byte('y')
	saved = append(saved, s)
}

func returned(v int) []int {
	var a [3]int
	a[0], a[1], a[2] = v, v*10, v*100
	return a[:]
}

func copyThenKeep(v int) []byte {
	var buf [4]byte
	copy(buf[:], []byte{'k', byte('0' + v), 'e', 'p'})
	return buf[1:3]
}

// spawnCopy's goroutine copies from buf after spawnCopy has returned.
func spawnCopy(dst []byte) {
	var buf [4]byte
	copy(buf[:], "gocp")
	go copy(dst, buf[:])
}

//go:noinline
func smash(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n*977 + i
	}
	if n > 0 {
		return smash(n-1) + buf[n%64]
	}
	return buf[5]
}

func main() {
	var ds [][]byte
	var ss []string
	var ks [][]byte
	var rs [][]int
	var cs [][]byte
	for i := 0; i < 4; i++ {
		ds = append(ds, digits(i*12345))
		ss = append(ss, viaString(i))
		ks = append(ks, kept(i))
		assigned(i)
		rs = append(rs, returned(i))
		cs = append(cs, copyThenKeep(i))
		smash(30)
	}
	dst := make([]int, 3)
	n := viaCopy(dst)
	r := &rec{tag: [6]byte{'t', 'a', 'g', 's', '!', '?'}}
	f := fromField(r)
	smash(50)
	fmt.Printf("%s\n", ds)
	fmt.Println(ss, n, dst)
	fmt.Printf("%s %s %s %s\n", ks, saved, cs, f)
	fmt.Println(rs)
	late := make([]byte, 4)
	spawnCopy(late)
	smash(60)
	for i := 0; i < 5000 && late[3] == 0; i++ { // seconds at most, for a loaded machine
		time.Sleep(time.Millisecond)
	}
	fmt.Printf("%s\n", late)
}
