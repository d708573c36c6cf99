// checks: the Go blog's bounded parallel MD5 of a file set (in memory here):
// fixed digesters, walk errors through a buffered error channel
package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"sync"
)

var files = map[string]string{
	"a.txt":       "hello\n",
	"b.txt":       "world\n",
	"dir/c.txt":   "",
	"dir/d.txt":   "The quick brown fox jumps over the lazy dog",
	"dir/e/f.txt": "pipelines and cancellation",
	"g.txt":       "x",
}

func walk(done <-chan struct{}, bad string) (<-chan string, <-chan error) {
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		var names []string
		for n := range files {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if n == bad {
				errc <- errors.New("walk: cannot read " + n)
				return
			}
			select {
			case paths <- n:
			case <-done:
				errc <- errors.New("walk canceled")
				return
			}
		}
		errc <- nil
	}()
	return paths, errc
}

type result struct {
	path string
	sum  [md5.Size]byte
}

func digester(done <-chan struct{}, paths <-chan string, c chan<- result) {
	for p := range paths {
		select {
		case c <- result{p, md5.Sum([]byte(files[p]))}:
		case <-done:
			return
		}
	}
}

func MD5All(bad string) (map[string][md5.Size]byte, error) {
	done := make(chan struct{})
	defer close(done)
	paths, errc := walk(done, bad)
	c := make(chan result)
	var wg sync.WaitGroup
	const numDigesters = 3
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			digester(done, paths, c)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	m := make(map[string][md5.Size]byte)
	for r := range c {
		m[r.path] = r.sum
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return m, nil
}

func main() {
	m, err := MD5All("")
	if err != nil {
		fmt.Println(err)
		return
	}
	var paths []string
	for p := range m {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Printf("%x  %s\n", m[p], p)
	}
	m, err = MD5All("dir/d.txt")
	fmt.Println(m == nil, err)
}
