// crawl1-3 over an in-memory link graph: counting semaphore of tokens, worklist channel
// with n pending, and crawl3's fixed pool of crawlers over unseenLinks; depth-limited crawl.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

var web = map[string][]string{
	"/":        {"/a", "/b", "/c"},
	"/a":       {"/", "/a/1", "/a/2"},
	"/b":       {"/b/1", "/a"},
	"/c":       {"/c/1", "/c/2", "/c/3"},
	"/a/1":     {"/a/1/x"},
	"/a/2":     nil,
	"/b/1":     {"/"},
	"/c/1":     {"/c/2"},
	"/c/2":     {"/c/1/deep"},
	"/c/3":     {},
	"/a/1/x":   {"/a/1/x/y"},
	"/a/1/x/y": {"/zzz"},
}

var inflight, maxInflight int32

func extract(url string) ([]string, error) {
	n := atomic.AddInt32(&inflight, 1)
	for {
		m := atomic.LoadInt32(&maxInflight)
		if n <= m || atomic.CompareAndSwapInt32(&maxInflight, m, n) {
			break
		}
	}
	time.Sleep(time.Millisecond)
	atomic.AddInt32(&inflight, -1)
	links, ok := web[url]
	if !ok {
		return nil, fmt.Errorf("get %s: 404", url)
	}
	return links, nil
}

var tokens = make(chan struct{}, 3)

type result struct {
	mu      sync.Mutex
	visited []string
	errs    []string
}

func (r *result) add(url string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.visited = append(r.visited, url)
	if err != nil {
		r.errs = append(r.errs, err.Error())
	}
}

func crawl2(url string, res *result) []string {
	tokens <- struct{}{}
	list, err := extract(url)
	<-tokens
	res.add(url, err)
	return list
}

func runCrawl2() {
	res := &result{}
	worklist := make(chan []string)
	var n int
	n++
	go func() { worklist <- []string{"/"} }()
	seen := make(map[string]bool)
	for ; n > 0; n-- {
		list := <-worklist
		for _, link := range list {
			if !seen[link] {
				seen[link] = true
				n++
				go func(link string) {
					worklist <- crawl2(link, res)
				}(link)
			}
		}
	}
	sort.Strings(res.visited)
	sort.Strings(res.errs)
	fmt.Println(len(res.visited), res.visited)
	fmt.Println(res.errs)
	fmt.Println("max in flight <= 3:", atomic.LoadInt32(&maxInflight) <= 3)
}

type job struct {
	url   string
	depth int
}

func runCrawl3(maxDepth int) {
	worklist := make(chan []job)
	unseen := make(chan job)
	var mu sync.Mutex
	var got []string
	go func() { worklist <- []job{{"/", 0}} }()
	for i := 0; i < 4; i++ {
		go func() {
			for j := range unseen {
				links, _ := extract(j.url)
				mu.Lock()
				got = append(got, fmt.Sprintf("%d:%s", j.depth, j.url))
				mu.Unlock()
				var next []job
				if j.depth < maxDepth {
					for _, l := range links {
						next = append(next, job{l, j.depth + 1})
					}
				}
				go func() { worklist <- next }()
			}
		}()
	}
	seen := make(map[string]bool)
	for pending := 1; pending > 0; pending-- {
		list := <-worklist
		for _, j := range list {
			if !seen[j.url] {
				seen[j.url] = true
				pending++
				unseen <- j
			}
		}
	}
	close(unseen)
	mu.Lock()
	sort.Strings(got)
	fmt.Println(got)
	mu.Unlock()
}

func main() {
	runCrawl2()
	runCrawl3(1)
	runCrawl3(3)
}
