// checks: Pike's Google Search 1.0 to 3.0 with fake searches sleeping fixed
// times: sequential, concurrent, timed out, replicated. Which searches
// finish in time must not depend on load: a slow search takes an hour, a
// timeout is a second; results that arrive together are printed sorted.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Result string
type Search func(query string) Result

const ms = time.Millisecond

func fakeSearch(kind string, d time.Duration) Search {
	return func(query string) Result {
		time.Sleep(d)
		return Result(fmt.Sprintf("%s result for %q", kind, query))
	}
}

var (
	Web   = fakeSearch("web", 10*ms)
	Image = fakeSearch("image", 20*ms)
	Video = fakeSearch("video", 30*ms)
)

// Google 1.0: sequential.
func Google10(q string) (results []Result) {
	results = append(results, Web(q))
	results = append(results, Image(q))
	results = append(results, Video(q))
	return
}

// Google 2.0: concurrent fan-in.
func Google20(q string) (results []Result) {
	c := make(chan Result)
	go func() { c <- Web(q) }()
	go func() { c <- Image(q) }()
	go func() { c <- Video(q) }()
	for i := 0; i < 3; i++ {
		results = append(results, <-c)
	}
	return
}

// Google 2.1: with a timeout that drops the slow video search.
func Google21(q string, video Search) (results []Result) {
	c := make(chan Result, 3)
	go func() { c <- Web(q) }()
	go func() { c <- Image(q) }()
	go func() { c <- video(q) }()
	timeout := time.After(time.Second)
	for i := 0; i < 3; i++ {
		select {
		case r := <-c:
			results = append(results, r)
		case <-timeout:
			results = append(results, "timed out")
			return
		}
	}
	return
}

// First returns the first replica's answer.
func First(q string, replicas ...Search) Result {
	c := make(chan Result, len(replicas))
	for i := range replicas {
		go func(i int) { c <- replicas[i](q) }(i)
	}
	return <-c
}

// Google 3.0: replicated and timed out.
func Google30(q string) (results []Result) {
	c := make(chan Result, 3)
	go func() { c <- First(q, fakeSearch("web1", time.Hour), fakeSearch("web2", 5*ms)) }()
	go func() { c <- First(q, fakeSearch("image1", 40*ms), fakeSearch("image2", time.Hour)) }()
	go func() { c <- First(q, fakeSearch("video1", time.Hour), fakeSearch("video2", time.Hour)) }()
	timeout := time.After(time.Second)
	for i := 0; i < 3; i++ {
		select {
		case r := <-c:
			results = append(results, r)
		case <-timeout:
			fmt.Println("timed out")
			return
		}
	}
	return
}

// sorted returns r in order: concurrent searches arrive in any order.
func sorted(r []Result) []Result {
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return r
}

func main() {
	start := time.Now()
	fmt.Println(Google10("golang"))
	fmt.Println(time.Since(start) >= 60*ms)
	r := Google20("golang")
	fmt.Println(len(r), sorted(r)[0])
	fmt.Println(sorted(Google21("golang", fakeSearch("video", time.Hour))))
	fmt.Println(len(Google21("golang", Video)))
	fmt.Println(sorted(Google30("golang")))
}
