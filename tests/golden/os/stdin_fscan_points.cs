package main

import (
	"bufio"
	"fmt"
	"os"
)

type point struct{ x, y int }

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var n int
	if _, err := fmt.Fscan(in, &n); err != nil {
		fmt.Fprintln(out, "no count:", err)
		return
	}
	pts := make([]point, n)
	for i := range pts {
		fmt.Fscan(in, &pts[i].x, &pts[i].y)
	}
	var name string
	fmt.Fscanln(in)
	line, _ := in.ReadString('\n')
	fmt.Fscanf(in, "name=%s\n", &name)
	sx, sy := 0, 0
	for _, p := range pts {
		sx += p.x
		sy += p.y
	}
	fmt.Fprintf(out, "%d points, sum (%d,%d), line %q, name %s\n", n, sx, sy, line, name)
	var x int
	for {
		k, err := fmt.Fscan(in, &x)
		if err != nil {
			fmt.Fprintln(out, "stop:", k, err)
			break
		}
		fmt.Fprintln(out, "extra", x)
	}
}
