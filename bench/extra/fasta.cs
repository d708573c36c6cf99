package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
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

func random(max float64) float64 {
	last = (last*3877 + 29573) % im
	return max * float64(last) / im
}

func repeat(sb *strings.Builder, s string, n int) {
	line := make([]byte, 61)
	pos := 0
	for n > 0 {
		l := 60
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			line[i] = s[pos]
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		line[l] = '\n'
		sb.Write(line[:l+1])
		n -= l
	}
}

func randomFasta(sb *strings.Builder, genes []acid, n int) {
	cum := 0.0
	for i := range genes {
		cum += genes[i].p
		genes[i].p = cum
	}
	line := make([]byte, 61)
	for n > 0 {
		l := 60
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			r := random(1)
			for _, g := range genes {
				if r < g.p {
					line[i] = g.c
					break
				}
			}
		}
		line[l] = '\n'
		sb.Write(line[:l+1])
		n -= l
	}
}

func main() {
	n := 2500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var sb strings.Builder
	sb.WriteString(">ONE Homo sapiens alu\n")
	repeat(&sb, alu, 2*n)
	sb.WriteString(">TWO IUB ambiguity codes\n")
	iub := []acid{{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
		{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02}, {'M', 0.02},
		{'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02}, {'W', 0.02}, {'Y', 0.02}}
	randomFasta(&sb, iub, 3*n)
	sb.WriteString(">THREE Homo sapiens frequency\n")
	hs := []acid{{'a', 0.3029549426680}, {'c', 0.1979883004921},
		{'g', 0.1975473066391}, {'t', 0.3015094502008}}
	randomFasta(&sb, hs, 5*n)
	s := sb.String()
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	fmt.Println(len(s), h, strings.Count(s, "\n"), s[len(s)-61:len(s)-1])
}
