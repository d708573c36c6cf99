// du1-3: disk usage of a directory tree built in a temp dir; walkDir recursion over
// os.ReadDir, a counting semaphore, WaitGroup-per-directory, select with a ticker and
// a cancellation channel that stops the walk early.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"
)

func build(root string) {
	for d := 0; d < 4; d++ {
		dir := filepath.Join(root, fmt.Sprintf("d%d", d), "sub")
		os.MkdirAll(dir, 0755)
		for f := 0; f < 5; f++ {
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%d", f)), make([]byte, 1000*(d+1)+f), 0644)
		}
		os.WriteFile(filepath.Join(root, fmt.Sprintf("d%d", d), "top"), make([]byte, 7), 0644)
	}
}

var sema = make(chan struct{}, 5)

func dirents(dir string) []os.DirEntry {
	sema <- struct{}{}
	defer func() { <-sema }()
	entries, err := os.ReadDir(dir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "du: %v\n", err)
		return nil
	}
	return entries
}

func walkDir(dir string, n *sync.WaitGroup, sizes chan<- int64, done <-chan struct{}) {
	defer n.Done()
	if cancelled(done) {
		return
	}
	for _, entry := range dirents(dir) {
		if entry.IsDir() {
			n.Add(1)
			go walkDir(filepath.Join(dir, entry.Name()), n, sizes, done)
		} else {
			info, err := entry.Info()
			if err != nil {
				continue
			}
			select {
			case sizes <- info.Size():
			case <-done:
				return
			}
		}
	}
}

func cancelled(done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

func du(roots []string, done chan struct{}) (nfiles, nbytes int64) {
	sizes := make(chan int64)
	var n sync.WaitGroup
	for _, root := range roots {
		n.Add(1)
		go walkDir(root, &n, sizes, done)
	}
	go func() {
		n.Wait()
		close(sizes)
	}()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case size, ok := <-sizes:
			if !ok {
				return
			}
			nfiles++
			nbytes += size
		case <-tick.C:
		}
	}
}

func main() {
	root, err := os.MkdirTemp("", "du")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	build(root)
	nfiles, nbytes := du([]string{root}, make(chan struct{}))
	fmt.Printf("%d files  %.1f KB\n", nfiles, float64(nbytes)/1e3)
	nfiles, nbytes = du([]string{filepath.Join(root, "d0"), filepath.Join(root, "d3")}, make(chan struct{}))
	fmt.Printf("%d files  %d bytes\n", nfiles, nbytes)
	done := make(chan struct{})
	close(done)
	nfiles, _ = du([]string{root}, done)
	fmt.Println("cancelled walk files:", nfiles)

	var rel []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		r, _ := filepath.Rel(root, path)
		if d.IsDir() && d.Name() == "sub" && r == filepath.Join("d2", "sub") {
			return filepath.SkipDir
		}
		rel = append(rel, r)
		return nil
	})
	sort.Strings(rel)
	fmt.Println(len(rel), rel[:6])
	info, err := os.Stat(filepath.Join(root, "d1", "top"))
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular(), err)
	_, err = os.ReadDir(filepath.Join(root, "nope"))
	fmt.Println(err != nil, os.IsNotExist(err))
}
