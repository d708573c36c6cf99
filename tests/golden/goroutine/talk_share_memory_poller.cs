// checks: Share Memory By Communicating: pollers, a state monitor owning the
// map, resources passed between goroutines
package main

import (
	"fmt"
	"time"
)

const (
	numPollers     = 2
	pollInterval   = 30 * time.Millisecond
	statusInterval = 50 * time.Millisecond
	errTimeout     = 5 * time.Millisecond
)

var urls = []string{"http://a.example/", "http://b.example/", "http://c.example/"}

type State struct {
	url    string
	status string
}

func StateMonitor(updateInterval time.Duration, report chan<- map[string]string) chan<- State {
	updates := make(chan State)
	urlStatus := make(map[string]string)
	ticker := time.NewTicker(updateInterval)
	go func() {
		for {
			select {
			case <-ticker.C:
				cp := map[string]string{}
				for k, v := range urlStatus {
					cp[k] = v
				}
				report <- cp
			case s := <-updates:
				urlStatus[s.url] = s.status
			}
		}
	}()
	return updates
}

type Resource struct {
	url      string
	errCount int
}

func (r *Resource) Poll() string {
	if r.url == "http://b.example/" {
		r.errCount++
		return "500 Internal Server Error"
	}
	r.errCount = 0
	return "200 OK"
}

func (r *Resource) Sleep(done chan<- *Resource) {
	time.Sleep(pollInterval + errTimeout*time.Duration(r.errCount))
	done <- r
}

func Poller(in <-chan *Resource, out chan<- *Resource, status chan<- State) {
	for r := range in {
		s := r.Poll()
		status <- State{r.url, s}
		out <- r
	}
}

func main() {
	pending, complete := make(chan *Resource), make(chan *Resource)
	report := make(chan map[string]string)
	status := StateMonitor(statusInterval, report)
	for i := 0; i < numPollers; i++ {
		go Poller(pending, complete, status)
	}
	go func() {
		for _, url := range urls {
			pending <- &Resource{url: url}
		}
	}()
	go func() {
		for r := range complete {
			go r.Sleep(pending)
		}
	}()
	// Reports until one has all three URLs: how many polls fit between two
	// ticks depends on the machine's load.
	m := <-report
	for len(m) < len(urls) {
		m = <-report
	}
	for _, u := range urls {
		fmt.Println(u, m[u])
	}
}
