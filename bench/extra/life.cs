package main

import (
	"fmt"
	"os"
	"strconv"
)

const W, H = 128, 96

type Grid [H][W]bool

func (g *Grid) neighbours(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dy != 0 || dx != 0) && g[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func step(a, b *Grid) {
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := a.neighbours(y, x)
			b[y][x] = n == 3 || (n == 2 && a[y][x])
		}
	}
}

func main() {
	n := 300
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var a, b Grid
	var s uint32 = 99
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			s = s*1103515245 + 12345
			a[y][x] = (s>>16)%3 == 0
		}
	}
	for i := 0; i < n; i++ {
		step(&a, &b)
		a, b = b, a
	}
	alive := 0
	var h uint64
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			if a[y][x] {
				alive++
				h = h*31 + uint64(y*W+x)
			}
		}
	}
	fmt.Println(alive, h)
}
