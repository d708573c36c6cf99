package main

// The Go tour's web crawler, at scale: a fake fetcher serves a generated
// link graph (URLs as strings, pages as structs in a map); the crawler
// starts a goroutine per URL, keeps a sync.Mutex-protected visited map,
// waits with a sync.WaitGroup and bounds fetch concurrency by a
// semaphore channel. Each fetch "parses" the page body with strings.Fields.
// Prints the pages found, the links followed and a checksum over bodies.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

type page struct {
	body  string
	links []string
}

type fetcher map[string]*page

func (f fetcher) Fetch(url string) (string, []string, error) {
	if p, ok := f[url]; ok {
		return p.body, p.links, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
}

// claim marks url as seen and says whether this caller was first.
func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

type stats struct {
	mu       sync.Mutex
	pages    int
	missing  int
	links    int
	words    int
	checksum uint64
}

func (s *stats) add(body string, nlinks int, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.missing++
		return
	}
	s.pages++
	s.links += nlinks
	s.words += len(strings.Fields(body))
	h := uint64(0)
	for i := 0; i < len(body); i++ {
		h = h*31 + uint64(body[i])
	}
	s.checksum += h // order-independent: goroutines finish in any order
}

func crawl(url string, f fetcher, v *visited, st *stats, sem chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	if !v.claim(url) {
		return
	}
	sem <- struct{}{}
	body, links, err := f.Fetch(url)
	<-sem
	st.add(body, len(links), err)
	for _, u := range links {
		wg.Add(1)
		go crawl(u, f, v, st, sem, wg)
	}
}

func urlOf(i int) string {
	return "https://example.org/p/" + strconv.Itoa(i) + "/"
}

func buildWeb(n int) fetcher {
	f := make(fetcher, n)
	seed := uint32(12345)
	next := func() int {
		seed = seed*1103515245 + 12345
		return int(seed >> 8)
	}
	for i := 0; i < n; i++ {
		nl := 3 + next()%6
		links := make([]string, nl)
		for j := range links {
			links[j] = urlOf(next() % (n + n/20)) // some links point nowhere
		}
		var b strings.Builder
		for w := 0; w < 8+next()%8; w++ {
			b.WriteString("word")
			b.WriteString(strconv.Itoa(next() % 100))
			b.WriteByte(' ')
		}
		f[urlOf(i)] = &page{b.String(), links}
	}
	return f
}

func main() {
	n := 20000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	f := buildWeb(n)
	total := stats{}
	for round := 0; round < 3; round++ {
		v := &visited{seen: make(map[string]bool)}
		st := &stats{}
		sem := make(chan struct{}, 8)
		var wg sync.WaitGroup
		wg.Add(1)
		go crawl(urlOf(round), f, v, st, sem, &wg)
		wg.Wait()
		fmt.Printf("round %d: pages=%d missing=%d links=%d words=%d seen=%d\n",
			round, st.pages, st.missing, st.links, st.words, len(v.seen))
		total.pages += st.pages
		total.checksum += st.checksum
	}
	fmt.Println("total pages", total.pages, "checksum", total.checksum)
}
