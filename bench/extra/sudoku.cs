package main

// Sudoku by backtracking with bit masks: rows, columns and boxes keep
// used-digit masks, the solver picks the empty cell with the fewest
// candidates (math/bits.OnesCount16) and recurses. Solves a set of hard
// puzzles n times (the first also by plain first-empty-cell search once) and
// prints each solution's first row and the total search nodes.

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

type board struct {
	cells            [81]uint8
	rows, cols, boxs [9]uint16
	nodes            int
}

func boxOf(i int) int { return i/27*3 + i%9/3 }

func (b *board) set(i int, d uint8) {
	b.cells[i] = d
	m := uint16(1) << d
	b.rows[i/9] |= m
	b.cols[i%9] |= m
	b.boxs[boxOf(i)] |= m
}

func (b *board) clear(i int) {
	m := ^(uint16(1) << b.cells[i])
	b.cells[i] = 0
	b.rows[i/9] &= m
	b.cols[i%9] &= m
	b.boxs[boxOf(i)] &= m
}

func (b *board) candidates(i int) uint16 {
	return ^(b.rows[i/9] | b.cols[i%9] | b.boxs[boxOf(i)]) & 0x3fe
}

func (b *board) solveMRV() bool {
	b.nodes++
	best, bestCount := -1, 10
	for i := 0; i < 81; i++ {
		if b.cells[i] == 0 {
			c := bits.OnesCount16(b.candidates(i))
			if c < bestCount {
				best, bestCount = i, c
				if c <= 1 {
					break
				}
			}
		}
	}
	if best < 0 {
		return true
	}
	for c := b.candidates(best); c != 0; c &= c - 1 {
		d := uint8(bits.TrailingZeros16(c))
		b.set(best, d)
		if b.solveMRV() {
			return true
		}
		b.clear(best)
	}
	return false
}

func (b *board) solvePlain(from int) bool {
	b.nodes++
	for from < 81 && b.cells[from] != 0 {
		from++
	}
	if from == 81 {
		return true
	}
	for d := uint8(1); d <= 9; d++ {
		if b.candidates(from)&(1<<d) != 0 {
			b.set(from, d)
			if b.solvePlain(from + 1) {
				return true
			}
			b.clear(from)
		}
	}
	return false
}

func parse(s string) *board {
	b := &board{}
	for i := 0; i < 81; i++ {
		if c := s[i]; c >= '1' && c <= '9' {
			b.set(i, c-'0')
		}
	}
	return b
}

var puzzles = []string{
	"4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
	"52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
	"6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
	"48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
	"....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...",
	"......52..8.4......3...9...5.1...6..2..7........3.....6...1..........7.4.......3.",
	"8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
}

func main() {
	n := 6
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	nodes := 0
	for r := 0; r < n; r++ {
		for _, p := range puzzles {
			b := parse(p)
			if !b.solveMRV() {
				fmt.Println("unsolved", p)
			}
			nodes += b.nodes
			if r == 0 {
				fmt.Println(b.cells[:9], b.nodes)
			}
		}
	}
	fmt.Println("MRV nodes", nodes)
	plain := 0
	for _, p := range puzzles[:1] {
		b := parse(p)
		b.solvePlain(0)
		plain += b.nodes
		fmt.Println(b.cells[72:])
	}
	fmt.Println("plain nodes", plain)
}
