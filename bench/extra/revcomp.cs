package main

// reverse-complement (Benchmarks Game): a fasta-like input of three
// sequences is generated into a bytes.Buffer, read back line by line with
// bufio.Scanner, each sequence reverse-complemented through a 256-byte
// table and written as 60-column lines through bufio.Writer into an FNV
// hash. Prints the hash and the first output line of each sequence.

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/fnv"
	"os"
	"strconv"
)

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"

var seed uint32 = 42

func rnd(n int) int {
	seed = (seed*3877 + 29573) % 139968
	return int(seed) * n / 139968
}

func generate(w *bytes.Buffer, n int) {
	const iub = "acgtBDHKMNRSVWY"
	names := []string{"ONE Homo sapiens alu", "TWO IUB ambiguity codes", "THREE Homo sapiens frequency"}
	for s, name := range names {
		fmt.Fprintf(w, ">%s\n", name)
		col := 0
		for i := 0; i < n*(s+1); i++ {
			var c byte
			switch s {
			case 0:
				c = alu[i%len(alu)]
			case 1:
				c = iub[rnd(len(iub))]
			default:
				c = "ACGT"[rnd(4)]
			}
			w.WriteByte(c)
			col++
			if col == 60 {
				w.WriteByte('\n')
				col = 0
			}
		}
		if col > 0 {
			w.WriteByte('\n')
		}
	}
}

var comp [256]byte

func initComp() {
	for i := range comp {
		comp[i] = byte(i)
	}
	pairs := "ATCGGCTAUAMKRYWWSSYRKMVBHDDHBVNN"
	for i := 0; i < len(pairs); i += 2 {
		a, b := pairs[i], pairs[i+1]
		comp[a] = b
		comp[a+'a'-'A'] = b
	}
}

func emit(out *bufio.Writer, seq []byte, firsts *[]string) {
	for i, j := 0, len(seq)-1; i < j; i, j = i+1, j-1 {
		seq[i], seq[j] = comp[seq[j]], comp[seq[i]]
	}
	if len(seq)%2 == 1 {
		m := len(seq) / 2
		seq[m] = comp[seq[m]]
	}
	for i := 0; i < len(seq); i += 60 {
		end := i + 60
		if end > len(seq) {
			end = len(seq)
		}
		if i == 0 {
			*firsts = append(*firsts, string(seq[i:end]))
		}
		out.Write(seq[i:end])
		out.WriteByte('\n')
	}
}

func main() {
	n := 6000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	initComp()
	var in bytes.Buffer
	generate(&in, n)
	inLen := in.Len()
	h := fnv.New64a()
	out := bufio.NewWriter(h)
	sc := bufio.NewScanner(&in)
	sc.Buffer(make([]byte, 1024), 1<<20)
	var seq []byte
	var firsts []string
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) > 0 && line[0] == '>' {
			if seq != nil {
				emit(out, seq, &firsts)
			}
			out.Write(line)
			out.WriteByte('\n')
			seq = seq[:0]
			if seq == nil {
				seq = make([]byte, 0, 1024)
			}
			continue
		}
		seq = append(seq, line...)
	}
	emit(out, seq, &firsts)
	out.Flush()
	fmt.Println(inLen, h.Sum64())
	for _, f := range firsts {
		fmt.Println(f)
	}
}
