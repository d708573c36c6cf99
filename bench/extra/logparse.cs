package main

// Log processing with bufio.Scanner over a strings.Reader: generated
// access-log lines are scanned line by line, split with strings.Cut and
// strings.Split, fields parsed with strconv.Atoi / ParseFloat; per-path
// stats go into map[string]*pathStat, latencies into a slice that is
// sorted for percentiles. A second pass scans words (bufio.ScanWords)
// counting status classes. Prints a report sorted by request count.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type pathStat struct {
	path    string
	count   int
	bytes   int
	errors  int
	latency []float64
}

var paths = []string{"/", "/index.html", "/api/v1/users", "/api/v1/orders", "/static/app.js", "/static/style.css", "/login", "/search"}
var methods = []string{"GET", "GET", "GET", "POST", "PUT", "DELETE"}
var statuses = []int{200, 200, 200, 200, 301, 304, 404, 500}

func generate(n int) string {
	var b strings.Builder
	seed := uint64(99)
	for i := 0; i < n; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		r := seed >> 20
		fmt.Fprintf(&b, "10.0.%d.%d - - [27/Nov/2026:13:%02d:%02d] \"%s %s?id=%d HTTP/1.1\" %d %d %.3f\n",
			r%256, (r>>8)%256, (r>>16)%60, (r>>22)%60,
			methods[(r>>28)%6], paths[(r>>31)%8], r%1000,
			statuses[(r>>34)%8], (r>>37)%50000, float64((r>>40)%5000)/1000)
	}
	return b.String()
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[int(p*float64(len(sorted)-1))]
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	text := generate(n)
	stats := map[string]*pathStat{}
	clients := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	lines, bad := 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		ip, rest, ok := strings.Cut(line, " ")
		if !ok {
			bad++
			continue
		}
		clients[ip]++
		_, req, _ := strings.Cut(rest, "\"")
		req, tail, _ := strings.Cut(req, "\"")
		parts := strings.Split(req, " ")
		path, _, _ := strings.Cut(parts[1], "?")
		fields := strings.Fields(tail)
		status, _ := strconv.Atoi(fields[0])
		size, _ := strconv.Atoi(fields[1])
		lat, _ := strconv.ParseFloat(fields[2], 64)
		st := stats[path]
		if st == nil {
			st = &pathStat{path: path}
			stats[path] = st
		}
		st.count++
		st.bytes += size
		if status >= 400 {
			st.errors++
		}
		st.latency = append(st.latency, lat)
	}
	list := make([]*pathStat, 0, len(stats))
	for _, st := range stats {
		sort.Float64s(st.latency)
		list = append(list, st)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].path < list[j].path
	})
	fmt.Println("lines", lines, "bad", bad, "clients", len(clients))
	for _, st := range list {
		fmt.Printf("%-18s %7d req %10d bytes %5d err p50=%.3f p99=%.3f\n",
			st.path, st.count, st.bytes, st.errors, percentile(st.latency, 0.5), percentile(st.latency, 0.99))
	}
	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	classes := map[byte]int{}
	nw := 0
	for words.Scan() {
		w := words.Text()
		nw++
		if len(w) == 3 && w[1] >= '0' && w[1] <= '9' && w[0] >= '2' && w[0] <= '5' {
			classes[w[0]]++
		}
	}
	fmt.Println("words", nw, "2xx", classes['2'], "3xx", classes['3'], "4xx", classes['4'], "5xx", classes['5'])
}
