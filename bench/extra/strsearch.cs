// strsearch: substring search five ways over 4 MB of generated text:
// Knuth-Morris-Pratt with a failure table, Boyer-Moore-Horspool with a
// [256]int shift table, Rabin-Karp with a rolling hash, an Aho-Corasick
// automaton ([]int goto table, failure links by BFS) for all patterns at
// once, and strings.Index stepping by one (bytes.Index for the []byte
// form). Every method's overlapping match counts must agree.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func kmpCount(text, pat string) int {
	fail := make([]int, len(pat))
	for i, k := 1, 0; i < len(pat); i++ {
		for k > 0 && pat[i] != pat[k] {
			k = fail[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		fail[i] = k
	}
	count := 0
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = fail[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			count++
			k = fail[k-1]
		}
	}
	return count
}

func horspoolCount(text, pat string) int {
	var shift [256]int
	m := len(pat)
	for i := range shift {
		shift[i] = m
	}
	for i := 0; i < m-1; i++ {
		shift[pat[i]] = m - 1 - i
	}
	count := 0
	for i := 0; i+m <= len(text); {
		j := m - 1
		for j >= 0 && text[i+j] == pat[j] {
			j--
		}
		if j < 0 {
			count++
		}
		i += shift[text[i+m-1]]
	}
	return count
}

func rabinKarpCount(text, pat string) int {
	const base = 16777619
	m := len(pat)
	if m > len(text) {
		return 0
	}
	var hp, ht, pow uint32 = 0, 0, 1
	for i := 0; i < m; i++ {
		hp = hp*base + uint32(pat[i])
		ht = ht*base + uint32(text[i])
		pow *= base
	}
	count := 0
	for i := 0; ; i++ {
		if ht == hp && text[i:i+m] == pat {
			count++
		}
		if i+m >= len(text) {
			break
		}
		ht = ht*base + uint32(text[i+m]) - pow*uint32(text[i])
	}
	return count
}

func indexCount(text, pat string) int {
	count := 0
	for i := 0; ; {
		j := strings.Index(text[i:], pat)
		if j < 0 {
			return count
		}
		count++
		i += j + 1
	}
}

func bytesCount(text, pat []byte) int {
	count := 0
	for i := 0; ; {
		j := bytes.Index(text[i:], pat)
		if j < 0 {
			return count
		}
		count++
		i += j + 1
	}
}

type aho struct {
	next [][26]int
	fail []int
	out  [][]int
}

func newAho(pats []string) *aho {
	a := &aho{next: make([][26]int, 1), fail: []int{0}, out: [][]int{nil}}
	for p, s := range pats {
		st := 0
		for i := 0; i < len(s); i++ {
			c := s[i] - 'a'
			if a.next[st][c] == 0 {
				a.next = append(a.next, [26]int{})
				a.fail = append(a.fail, 0)
				a.out = append(a.out, nil)
				a.next[st][c] = len(a.next) - 1
			}
			st = a.next[st][c]
		}
		a.out[st] = append(a.out[st], p)
	}
	queue := []int{}
	for c := 0; c < 26; c++ {
		if s := a.next[0][c]; s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		a.out[st] = append(a.out[st], a.out[a.fail[st]]...)
		for c := 0; c < 26; c++ {
			if s := a.next[st][c]; s != 0 {
				a.fail[s] = a.next[a.fail[st]][c]
				queue = append(queue, s)
			} else {
				a.next[st][c] = a.next[a.fail[st]][c]
			}
		}
	}
	return a
}

func (a *aho) count(text string, counts []int) {
	st := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 'a' || c > 'z' {
			st = 0
			continue
		}
		st = a.next[st][c-'a']
		for _, p := range a.out[st] {
			counts[p]++
		}
	}
}

func main() {
	size := 4000000
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	syll := []string{"ka", "ra", "ta", "na", "ma", "sa", "ki", "ri", "ti", "ni", "ko", "ro", "an", "ar", "at"}
	var sb strings.Builder
	x := uint32(7)
	for sb.Len() < size {
		x = x*1664525 + 1013904223
		sb.WriteString(syll[(x>>16)%uint32(len(syll))])
		if (x>>8)%5 == 0 {
			sb.WriteByte(' ')
		}
	}
	text := sb.String()
	pats := []string{"kara", "tana", "anat", "rakat", "kikiki", "arar", "nanana", "sakoro", "tita", "atat", "mamaka", "koroko"}
	ac := newAho(pats)
	acCounts := make([]int, len(pats))
	ac.count(text, acCounts)
	tb := []byte(text)
	agree := true
	for i, p := range pats {
		k, h, r, ix, bx := kmpCount(text, p), horspoolCount(text, p), rabinKarpCount(text, p), indexCount(text, p), bytesCount(tb, []byte(p))
		fmt.Printf("%-7s %7d\n", p, k)
		agree = agree && k == h && h == r && r == ix && ix == bx && bx == acCounts[i]
	}
	fmt.Println("agree:", agree, "strings.Count(an):", strings.Count(text, "an"))
}
