// regex-redux (the Benchmarks Game's, in its spirit): build fasta's output
// for size n (ALU repeats, then IUB and Homo sapiens random sequences),
// strip headers and newlines with one ReplaceAll, count the matches of
// nine alternations, one goroutine each (FindAllIndex), then apply the
// five IUB substitutions in turn with ReplaceAll. Prints the counts and
// the three lengths; the input is made here so the program needs no stdin.
package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
)

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type acid struct {
	c byte
	p float64
}

const im = 139968

var last uint32 = 42

func random() float64 {
	last = (last*3877 + 29573) % im
	return float64(last) / im
}

func repeatFasta(out []byte, s string, n int) []byte {
	pos := 0
	for n > 0 {
		l := 60
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			out = append(out, s[pos])
			pos = (pos + 1) % len(s)
		}
		out = append(out, '\n')
		n -= l
	}
	return out
}

func randomFasta(out []byte, genes []acid, n int) []byte {
	cum := 0.0
	for i := range genes {
		cum += genes[i].p
		genes[i].p = cum
	}
	for n > 0 {
		l := 60
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			r := random()
			for _, g := range genes {
				if r < g.p {
					out = append(out, g.c)
					break
				}
			}
		}
		out = append(out, '\n')
		n -= l
	}
	return out
}

func fasta(n int) []byte {
	var out []byte
	out = append(out, ">ONE Homo sapiens alu\n"...)
	out = repeatFasta(out, alu, 2*n)
	out = append(out, ">TWO IUB ambiguity codes\n"...)
	iub := []acid{{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
		{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02}, {'M', 0.02},
		{'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02}, {'W', 0.02}, {'Y', 0.02}}
	out = randomFasta(out, iub, 3*n)
	out = append(out, ">THREE Homo sapiens frequency\n"...)
	hs := []acid{{'a', 0.3029549426680}, {'c', 0.1979883004921},
		{'g', 0.1975473066391}, {'t', 0.3015094502008}}
	return randomFasta(out, hs, 5*n)
}

var variants = []string{
	"agggtaaa|tttaccct",
	"[cgt]gggtaaa|tttaccc[acg]",
	"a[act]ggtaaa|tttacc[agt]t",
	"ag[act]gtaaa|tttac[agt]ct",
	"agg[act]taaa|ttta[agt]cct",
	"aggg[acg]aaa|ttt[cgt]ccct",
	"agggt[cgt]aa|tt[acg]accct",
	"agggta[cgt]a|t[acg]taccct",
	"agggtaa[cgt]|[acg]ttaccct",
}

var substs = []struct {
	pat, repl string
}{
	{"tHa[Nt]", "<4>"},
	{"aND|caN|Ha[DS]|WaS", "<3>"},
	{"a[NSt]|BY", "<2>"},
	{"<[^>]*>", "|"},
	{"\\|[^|][^|]*\\|", "-"},
}

func countMatches(pat string, seq []byte) int {
	return len(regexp.MustCompile(pat).FindAllIndex(seq, -1))
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	in := fasta(n)
	ilen := len(in)
	seq := regexp.MustCompile(">.*\n|\n").ReplaceAll(in, []byte{})
	clen := len(seq)

	results := make([]chan int, len(variants))
	for i, v := range variants {
		results[i] = make(chan int, 1)
		go func(v string, c chan int) { c <- countMatches(v, seq) }(v, results[i])
	}
	for i, v := range variants {
		fmt.Printf("%s %d\n", v, <-results[i])
	}
	for _, s := range substs {
		seq = regexp.MustCompile(s.pat).ReplaceAll(seq, []byte(s.repl))
	}
	fmt.Printf("\n%d\n%d\n%d\n", ilen, clen, len(seq))
}
