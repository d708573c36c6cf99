package main

// Mandelbrot escape times with one goroutine per row: each row goroutine
// computes iteration counts (up to 255) into its own []uint8 and sends
// the row index back on a channel; main waits for all rows, then builds
// a histogram and an ASCII thumbnail. Prints the histogram buckets, the
// total iterations and every 8th row of the thumbnail.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const maxIter = 255

func escape(cr, ci float64) uint8 {
	zr, zi := 0.0, 0.0
	for i := 0; i < maxIter; i++ {
		zr2, zi2 := zr*zr, zi*zi
		if zr2+zi2 > 4 {
			return uint8(i)
		}
		zi = 2*zr*zi + ci
		zr = zr2 - zi2 + cr
	}
	return maxIter
}

func main() {
	n := 2800
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	w, h := n, n*2/3
	img := make([][]uint8, h)
	done := make(chan int, 64)
	for y := 0; y < h; y++ {
		go func(y int) {
			row := make([]uint8, w)
			ci := 1.2 - 2.4*float64(y)/float64(h)
			for x := range row {
				row[x] = escape(-2.2+3.2*float64(x)/float64(w), ci)
			}
			img[y] = row
			done <- y
		}(y)
	}
	rowSum := 0
	for i := 0; i < h; i++ {
		rowSum += <-done
	}
	var hist [8]int
	total := 0
	for _, row := range img {
		for _, v := range row {
			hist[int(v)*8/256]++
			total += int(v)
		}
	}
	fmt.Println("rows", h, "row sum", rowSum, "iterations", total)
	fmt.Println("histogram", hist)
	const shades = " .:-=+*#%@"
	for y := 0; y < h; y += h / 12 {
		var b strings.Builder
		for x := 0; x < w; x += w / 60 {
			b.WriteByte(shades[int(img[y][x])*(len(shades)-1)/maxIter])
		}
		fmt.Println(b.String())
	}
}
