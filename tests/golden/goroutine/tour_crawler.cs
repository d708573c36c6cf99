package main

import (
	"fmt"
	"sort"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type SafeSet struct {
	mu sync.Mutex
	v  map[string]bool
}

func (s *SafeSet) TryAdd(k string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.v[k] {
		return false
	}
	s.v[k] = true
	return true
}

type result struct {
	url, body string
	err       error
}

func Crawl(url string, depth int, fetcher Fetcher, seen *SafeSet, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !seen.TryAdd(url) {
		return
	}
	body, urls, err := fetcher.Fetch(url)
	out <- result{url, body, err}
	if err != nil {
		return
	}
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, fetcher, seen, out, wg)
	}
}

func main() {
	out := make(chan result)
	var wg sync.WaitGroup
	seen := &SafeSet{v: make(map[string]bool)}
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, seen, out, &wg)
	go func() { wg.Wait(); close(out) }()
	var lines []string
	for r := range out {
		if r.err != nil {
			lines = append(lines, r.err.Error())
		} else {
			lines = append(lines, fmt.Sprintf("found: %s %q", r.url, r.body))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

type fakeFetcher map[string]*fakeResult

type fakeResult struct {
	body string
	urls []string
}

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{
			"https://golang.org/pkg/",
			"https://golang.org/cmd/",
		},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{
			"https://golang.org/",
			"https://golang.org/cmd/",
			"https://golang.org/pkg/fmt/",
			"https://golang.org/pkg/os/",
		},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{
			"https://golang.org/",
			"https://golang.org/pkg/",
		},
	},
	"https://golang.org/pkg/os/": &fakeResult{
		"Package os",
		[]string{
			"https://golang.org/",
			"https://golang.org/pkg/",
		},
	},
}
