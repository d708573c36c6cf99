// justify: text layout. Generated paragraphs are split with
// strings.Fields, greedily wrapped to several widths and fully justified
// (gaps widened left to right with strings.Repeat into a
// strings.Builder), centred with fmt's %*s, and the last paragraph's
// word statistics are printed through text/tabwriter. A FNV-1a hash of
// all the laid-out text is the check value.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "sta", "pon", "der", "qui", "vel", "tor", "a", "xe"}

func paragraph(seed uint32, words int) string {
	var b strings.Builder
	for i := 0; i < words; i++ {
		if i > 0 {
			b.WriteByte(' ')
			if seed%7 == 0 {
				b.WriteByte(' ')
			}
		}
		seed = seed*1103515245 + 12345
		k := 1 + int(seed>>28)%4
		for j := 0; j < k; j++ {
			seed = seed*1103515245 + 12345
			b.WriteString(syllables[int(seed>>16)%len(syllables)])
		}
		if seed>>27 == 3 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

func wrap(words []string, width int) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for _, w := range words {
		if len(cur) > 0 && n+1+len(w) > width {
			lines = append(lines, cur)
			cur, n = nil, 0
		}
		if len(cur) > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justifyLine(b *strings.Builder, line []string, width int, last bool) {
	if last || len(line) == 1 {
		s := strings.Join(line, " ")
		b.WriteString(s)
		b.WriteString(strings.Repeat(" ", width-len(s)))
		b.WriteByte('\n')
		return
	}
	letters := 0
	for _, w := range line {
		letters += len(w)
	}
	gaps := len(line) - 1
	spaces := width - letters
	for i, w := range line {
		b.WriteString(w)
		if i < gaps {
			k := spaces / gaps
			if i < spaces%gaps {
				k++
			}
			b.WriteString(strings.Repeat(" ", k))
		}
	}
	b.WriteByte('\n')
}

func fnv(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func main() {
	n := 12000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	h := uint32(2166136261)
	totalLines := 0
	var lastWords []string
	for p := 0; p < n; p++ {
		text := paragraph(uint32(p), 60+p%90)
		words := strings.Fields(text)
		lastWords = words
		for _, width := range []int{40, 64, 72} {
			var b strings.Builder
			lines := wrap(words, width)
			for i, l := range lines {
				justifyLine(&b, l, width, i == len(lines)-1)
			}
			totalLines += len(lines)
			h = fnv(h, b.String())
		}
		title := fmt.Sprintf("Chapter %d: %s", p+1, strings.ToUpper(words[0]))
		h = fnv(h, fmt.Sprintf("%*s", 36+len(title)/2, title))
	}
	counts := map[int]int{}
	for _, w := range lastWords {
		counts[len(strings.Trim(w, ",."))]++
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "len\tcount\tshare\t")
	for l := 1; l <= 12; l++ {
		if counts[l] > 0 {
			fmt.Fprintf(tw, "%d\t%d\t%.1f%%\t\n", l, counts[l], 100*float64(counts[l])/float64(len(lastWords)))
		}
	}
	tw.Flush()
	fmt.Println(totalLines, h)
}
