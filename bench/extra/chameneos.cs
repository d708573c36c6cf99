package main

// chameneos-redux (Benchmarks Game): creatures of three colours meet in
// pairs at a meeting place guarded by a sync.Mutex; the first to arrive
// waits on its own channel for the second, both change colour by the
// complement table. Two games (3 and 10 creatures) of n meetings each;
// prints the complement table and each game's meetings and self-meetings
// spelled out in words (per creature counts depend on scheduling).

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

type colour int

const (
	blue colour = iota
	red
	yellow
)

var colourNames = []string{"blue", "red", "yellow"}

func (c colour) String() string { return colourNames[c] }

func complement(a, b colour) colour {
	if a == b {
		return a
	}
	return 3 - a - b
}

var digits = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func spell(n int) string {
	s := strconv.Itoa(n)
	words := make([]string, 0, len(s)+1)
	words = append(words, "")
	for _, d := range s {
		words = append(words, digits[d-'0'])
	}
	return strings.Join(words, " ")
}

type meeting struct {
	colour colour
	id     int
}

type creature struct {
	id       int
	colour   colour
	meetings int
	self     int
	reply    chan meeting
}

type place struct {
	mu      sync.Mutex
	left    int
	waiting *creature
}

// meet returns the partner's colour and id, or false when no meetings
// are left.
func (p *place) meet(c *creature) (meeting, bool) {
	p.mu.Lock()
	if p.left == 0 {
		p.mu.Unlock()
		return meeting{}, false
	}
	if p.waiting == nil {
		p.waiting = c
		p.mu.Unlock()
		m := <-c.reply
		return m, m.id >= 0
	}
	other := p.waiting
	p.waiting = nil
	p.left--
	p.mu.Unlock()
	other.reply <- meeting{c.colour, c.id}
	return meeting{other.colour, other.id}, true
}

func (p *place) drain() {
	p.mu.Lock()
	if p.waiting != nil {
		p.waiting.reply <- meeting{id: -1}
		p.waiting = nil
	}
	p.mu.Unlock()
}

func game(n int, colours []colour) {
	for _, c := range colours {
		fmt.Print(" ", c)
	}
	fmt.Println()
	p := &place{left: n}
	cs := make([]*creature, len(colours))
	var wg sync.WaitGroup
	for i, col := range colours {
		cs[i] = &creature{id: i, colour: col, reply: make(chan meeting, 1)}
		wg.Add(1)
		go func(c *creature) {
			defer wg.Done()
			for {
				m, ok := p.meet(c)
				if !ok {
					p.drain()
					return
				}
				if m.id == c.id {
					c.self++
				}
				c.colour = complement(c.colour, m.colour)
				c.meetings++
			}
		}(cs[i])
	}
	wg.Wait()
	total, self := 0, 0
	for _, c := range cs {
		total += c.meetings
		self += c.self
	}
	fmt.Println(spell(total), "/", spell(self))
	fmt.Println()
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	for a := blue; a <= yellow; a++ {
		for b := blue; b <= yellow; b++ {
			fmt.Println(a, "+", b, "->", complement(a, b))
		}
	}
	fmt.Println()
	game(n, []colour{blue, red, yellow})
	game(n, []colour{blue, red, yellow, red, yellow, blue, red, yellow, red, blue})
}
