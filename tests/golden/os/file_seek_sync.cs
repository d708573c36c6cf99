package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	path := os.TempDir() + "/csc_golden_seek.txt"
	f, err := os.Create(path)
	check(err)
	defer f.Close()
	d2 := []byte{115, 111, 109, 101, 10}
	n2, err := f.Write(d2)
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)
	n3, err := f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n3)
	f.Sync()
	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n4)
	w.Flush()

	r, err := os.Open(path)
	check(err)
	o2, err := r.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n, err := r.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: %v\n", n, o2, string(b2[:n]))
	o3, err := r.Seek(6, 0)
	check(err)
	b3 := make([]byte, 2)
	n3, err = io.ReadAtLeast(r, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))
	pos, _ := r.Seek(0, io.SeekCurrent)
	fmt.Println("pos", pos)
	end, _ := r.Seek(-3, io.SeekEnd)
	fmt.Println("end-3", end)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(r)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))
	r.Close()
	_, err = r.Seek(0, 0)
	fmt.Println(err)
	fmt.Println(r.Sync())
	var s io.Seeker = f
	_ = s
	os.Remove(path)
}
