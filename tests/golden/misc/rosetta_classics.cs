// Rosetta Code classics, one function each: 100 doors, Ackermann, Roman numerals,
// look-and-say, Josephus, Levenshtein, LZW, run-length encoding, zig-zag matrix,
// number names and Towers of Hanoi. Programs a new user writes first; the output
// is Go 1.19's.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func runDoors() {
	var doors [101]bool
	for pass := 1; pass <= 100; pass++ {
		for d := pass; d <= 100; d += pass {
			doors[d] = !doors[d]
		}
	}
	open := []int{}
	for i, o := range doors {
		if o {
			open = append(open, i)
		}
	}
	fmt.Println("open:", open)
	fmt.Printf("%v %d\n", open, len(open))
}

func ack(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func runAckermann() {
	for m := uint(0); m <= 3; m++ {
		for n := uint(0); n <= 5; n++ {
			fmt.Printf("A(%d, %d) = %d\n", m, n, ack(m, n))
		}
	}
}

var vals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var syms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	m := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := m[s[i]]
		if i+1 < len(s) && m[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func runRoman() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1666, 1990, 2008, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, fromRoman(r))
	}
}

func next(s string) string {
	out := []byte{}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out = strconv.AppendInt(out, int64(j-i), 10)
		out = append(out, s[i])
		i = j
	}
	return string(out)
}

func runLooksay() {
	s := "1"
	for i := 0; i < 15; i++ {
		if len(s) < 60 {
			fmt.Println(s)
		} else {
			fmt.Println(len(s), s[:20]+"...")
		}
		s = next(s)
	}
}

func josephus(n, k int) (int, []int) {
	ring := make([]int, n)
	for i := range ring {
		ring[i] = i
	}
	var killed []int
	pos := 0
	for len(ring) > 1 {
		pos = (pos + k - 1) % len(ring)
		killed = append(killed, ring[pos])
		ring = append(ring[:pos], ring[pos+1:]...)
	}
	return ring[0], killed
}

func runJosephus() {
	s, k := josephus(41, 3)
	fmt.Println("survivor:", s)
	fmt.Println("killed:", k)
	for n := 1; n <= 10; n++ {
		s, _ := josephus(n, 2)
		fmt.Print(s, " ")
	}
	fmt.Println()
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func lev(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func runLevenshtein() {
	pairs := [][2]string{{"kitten", "sitting"}, {"rosettacode", "raisethysword"}, {"", "abc"}, {"héllo", "hello"}, {"saturday", "sunday"}}
	for _, p := range pairs {
		fmt.Printf("%q -> %q: %d\n", p[0], p[1], lev(p[0], p[1]))
	}
}

func compress(s string) []int {
	dict := map[string]int{}
	for i := 0; i < 256; i++ {
		dict[string([]byte{byte(i)})] = i
	}
	w := ""
	var out []int
	for i := 0; i < len(s); i++ {
		c := s[i : i+1]
		if _, ok := dict[w+c]; ok {
			w += c
		} else {
			out = append(out, dict[w])
			dict[w+c] = len(dict)
			w = c
		}
	}
	if w != "" {
		out = append(out, dict[w])
	}
	return out
}

func decompress(codes []int) (string, error) {
	dict := map[int]string{}
	for i := 0; i < 256; i++ {
		dict[i] = string([]byte{byte(i)})
	}
	w := dict[codes[0]]
	res := w
	for _, k := range codes[1:] {
		var entry string
		if e, ok := dict[k]; ok {
			entry = e
		} else if k == len(dict) {
			entry = w + w[:1]
		} else {
			return "", fmt.Errorf("bad code %d", k)
		}
		res += entry
		dict[len(dict)] = w + entry[:1]
		w = entry
	}
	return res, nil
}

func runLzw() {
	c := compress("TOBEORNOTTOBEORTOBEORNOT")
	fmt.Println(c)
	d, err := decompress(c)
	fmt.Println(d, err)
	_, err = decompress([]int{65, 999})
	fmt.Println(err)
}

func encode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func decode(s string) string {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return sb.String()
}

func runRle() {
	s := "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWWééé"
	e := encode(s)
	fmt.Println(e)
	fmt.Println(decode(e) == s, len(s), len(e))
}

func zigzag(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	i, j := 0, 0
	for k := 0; k < n*n; k++ {
		m[i][j] = k
		if (i+j)%2 == 0 {
			switch {
			case j == n-1:
				i++
			case i == 0:
				j++
			default:
				i--
				j++
			}
		} else {
			switch {
			case i == n-1:
				j++
			case j == 0:
				i++
			default:
				i++
				j--
			}
		}
	}
	return m
}

func runZigzag() {
	for _, row := range zigzag(5) {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	fmt.Println(zigzag(3))
}

var small = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var illions = [...]string{"", " thousand", " million", " billion", " trillion", " quadrillion", " quintillion"}

func say(n int64) string {
	var t string
	if n < 0 {
		t = "negative "
		n = -n
	}
	switch {
	case n < 20:
		t += small[n]
	case n < 100:
		t += tens[n/10]
		if s := n % 10; s > 0 {
			t += "-" + small[s]
		}
	case n < 1000:
		t += small[n/100] + " hundred"
		if s := n % 100; s > 0 {
			t += " " + say(s)
		}
	default:
		sx := ""
		for i := 0; n > 0; i++ {
			p := n % 1000
			n /= 1000
			if p > 0 {
				ix := say(p) + illions[i]
				if sx != "" {
					ix += " " + sx
				}
				sx = ix
			}
		}
		t += sx
	}
	return t
}

func runNumnames() {
	for _, n := range []int64{12, 1048576, 9e18, -2, 0, 101, 1000000001, 999999} {
		fmt.Printf("%d: %s\n", n, say(n))
	}
	fmt.Println(strings.Title("deprecated but works"))
}

type mover struct{ moves int }

func (m *mover) hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	m.hanoi(n-1, from, via, to)
	m.moves++
	if n >= 3 || m.moves < 8 {
		fmt.Printf("move disk %d from %s to %s\n", n, from, to)
	}
	m.hanoi(n-1, via, to, from)
}

func runHanoi() {
	var m mover
	m.hanoi(5, "A", "C", "B")
	fmt.Println("total", m.moves)
}

func main() {
	fmt.Println("== Doors")
	runDoors()
	fmt.Println("== Ackermann")
	runAckermann()
	fmt.Println("== Roman")
	runRoman()
	fmt.Println("== Looksay")
	runLooksay()
	fmt.Println("== Josephus")
	runJosephus()
	fmt.Println("== Levenshtein")
	runLevenshtein()
	fmt.Println("== Lzw")
	runLzw()
	fmt.Println("== Rle")
	runRle()
	fmt.Println("== Zigzag")
	runZigzag()
	fmt.Println("== Numnames")
	runNumnames()
	fmt.Println("== Hanoi")
	runHanoi()
}
