package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	dir := os.TempDir()
	name := dir + "/cs_conf5_files2_test.txt"
	defer os.Remove(name)
	f, err := os.Create(name)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(w, "%d,%d\n", i, i*i)
	}
	fmt.Println(w.Buffered() > 0)
	w.Flush()
	f.Close()
	data, err := os.ReadFile(name)
	fmt.Println(len(data), err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	fmt.Println(len(lines), lines[0], lines[999])
	err = os.WriteFile(name, []byte("short"), 0600)
	data, _ = os.ReadFile(name)
	fmt.Println(string(data), err)
	_, err = os.Open(dir + "/does/not/exist")
	fmt.Println(err)
	err = os.WriteFile("/proc/no_such_dir/x", nil, 0644)
	fmt.Println(err != nil)
	f, _ = os.Open(name)
	f.Close()
	_, err = f.Read(make([]byte, 4))
	fmt.Println(err)
}
