// thumbnail-like parallel loops: makeThumbnails variants with WaitGroup, error channel
// (buffered to avoid goroutine leak), results struct channel, and a total size sum.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

func thumbnail(dir, name string) (string, error) {
	if strings.HasPrefix(name, "bad") {
		return "", fmt.Errorf("thumbnail %s: unsupported format", name)
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return "", err
	}
	thumb := strings.TrimSuffix(name, filepath.Ext(name)) + ".thumb" + filepath.Ext(name)
	if err := os.WriteFile(filepath.Join(dir, thumb), data[:len(data)/2], 0644); err != nil {
		return "", err
	}
	return thumb, nil
}

func makeThumbnails3(dir string, names []string) {
	ch := make(chan struct{})
	for _, f := range names {
		go func(f string) {
			thumbnail(dir, f)
			ch <- struct{}{}
		}(f)
	}
	for range names {
		<-ch
	}
}

func makeThumbnails4(dir string, names []string) error {
	errs := make(chan error, len(names))
	for _, f := range names {
		go func(f string) {
			_, err := thumbnail(dir, f)
			errs <- err
		}(f)
	}
	var first error
	for range names {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}

func makeThumbnails5(dir string, names []string) (thumbs []string, err error) {
	type item struct {
		thumb string
		err   error
	}
	ch := make(chan item, len(names))
	for _, f := range names {
		go func(f string) {
			var it item
			it.thumb, it.err = thumbnail(dir, f)
			ch <- it
		}(f)
	}
	for range names {
		it := <-ch
		if it.err != nil {
			if err == nil {
				err = it.err
			}
			continue
		}
		thumbs = append(thumbs, it.thumb)
	}
	sort.Strings(thumbs)
	return thumbs, err
}

func makeThumbnails6(dir string, filenames <-chan string) int64 {
	sizes := make(chan int64)
	var wg sync.WaitGroup
	for f := range filenames {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			thumb, err := thumbnail(dir, f)
			if err != nil {
				return
			}
			info, _ := os.Stat(filepath.Join(dir, thumb))
			sizes <- info.Size()
		}(f)
	}
	go func() {
		wg.Wait()
		close(sizes)
	}()
	var total int64
	for size := range sizes {
		total += size
	}
	return total
}

func main() {
	dir, err := os.MkdirTemp("", "thumbs")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	var names []string
	for i := 0; i < 8; i++ {
		n := fmt.Sprintf("img%d.jpg", i)
		os.WriteFile(filepath.Join(dir, n), []byte(strings.Repeat("x", 100*(i+1))), 0644)
		names = append(names, n)
	}
	makeThumbnails3(dir, names)
	fmt.Println(makeThumbnails4(dir, names))
	fmt.Println(makeThumbnails4(dir, append([]string{"bad1.png"}, names...)))
	err = makeThumbnails4(dir, []string{"missing.jpg"})
	fmt.Println(errors.Is(err, os.ErrNotExist))
	thumbs, err := makeThumbnails5(dir, append(names[:3:3], "bad2.gif"))
	fmt.Println(thumbs, err)
	ch := make(chan string)
	go func() {
		for _, n := range names {
			ch <- n
		}
		ch <- "bad3.jpg"
		close(ch)
	}()
	fmt.Println("total", makeThumbnails6(dir, ch))
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))
}
