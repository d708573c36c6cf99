// checks: struct fields holding arrays and slices; copies and sharing
package main

import "fmt"

type Board struct {
	Cells [3][3]byte
	Moves []string
}

func main() {
	var b Board
	for i := range b.Cells {
		for j := range b.Cells[i] {
			b.Cells[i][j] = '.'
		}
	}
	b.Moves = append(b.Moves, "start")
	c := b
	c.Cells[1][1] = 'X'
	c.Moves[0] = "changed"
	fmt.Println(string(b.Cells[1][:]), string(c.Cells[1][:]))
	fmt.Println(b.Moves, c.Moves)
}
