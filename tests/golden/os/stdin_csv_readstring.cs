package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	r := bufio.NewReader(os.Stdin)
	var rows []Row
	lineNo := 0
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			lineNo++
			line = strings.TrimRight(line, "\r\n")
			if lineNo == 1 {
				fmt.Printf("header: %q\n", strings.Split(line, ","))
			} else {
				f := strings.Split(line, ",")
				if len(f) != 3 {
					fmt.Printf("line %d: want 3 fields, got %d\n", lineNo, len(f))
				} else {
					q, err1 := strconv.Atoi(strings.TrimSpace(f[1]))
					p, err2 := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
					if err1 != nil || err2 != nil {
						fmt.Printf("line %d: %v %v\n", lineNo, err1, err2)
					} else {
						rows = append(rows, Row{f[0], q, p})
					}
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	total := 0.0
	fmt.Printf("%-10s %5s %8s\n", "NAME", "QTY", "TOTAL")
	for _, row := range rows {
		t := float64(row.Qty) * row.Price
		total += t
		fmt.Printf("%-10s %5d %8.2f\n", row.Name, row.Qty, t)
	}
	fmt.Printf("%-10s %5s %8.2f\n", "sum", "", total)
	fmt.Printf("%+v\n", rows[0])
}
