package main

// Counted loops whose condition offsets the index (i+1 < len(s), as in
// a compressed-row product's row[r], row[r+1]): indexes up to that
// offset are proven in range, one past it must still panic as in Go.

import "fmt"

func try(name string, f func([]int), s []int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f(s)
	fmt.Println(name, "ok")
}

var val = []float64{1, 2, 3, 4, 5, 6, 7, 8, 9}

func rows(row []int) {
	val := val
	for r := 0; r+1 < len(row); r++ {
		sum := 0.0
		for i := row[r]; i < row[r+1]; i++ {
			sum += val[i]
		}
		fmt.Println(r, row[r+1]-row[r], sum)
	}
}

func pairsLE(row []int) {
	for i := 1; i+2 <= len(row); i++ {
		fmt.Println(i, row[i-1]+row[i]+row[i+1])
	}
}

func minus(row []int) {
	for i := 0; i+1 < len(row)-1; i++ {
		fmt.Println(i, row[i+2])
	}
}

func onePast(row []int) {
	for i := 0; i+1 < len(row); i++ {
		fmt.Println(i, row[i+2])
	}
}

func onePastLE(row []int) {
	for i := 0; i+1 <= len(row); i++ {
		fmt.Println(i, row[i+1])
	}
}

func below(row []int) {
	for i := 0; i+1 < len(row); i++ {
		fmt.Println(i, row[i-1])
	}
}

func offsetFirst(row []int) {
	for i := 0; 1+i < len(row); i++ {
		fmt.Println(i, row[i+1])
	}
}

func main() {
	row := []int{0, 2, 5, 5, 9}
	try("rows", rows, row)
	try("pairs<=", pairsLE, row)
	try("minus", minus, row)
	try("one past", onePast, row)
	try("<= one past", onePastLE, row)
	try("below", below, row)
	try("offset first", offsetFirst, row)
	try("empty", onePast, nil)
	try("short", minus, row[:1])
}
