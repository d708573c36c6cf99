// tsp: travelling salesman heuristics on 1,500 random cities: a
// nearest-neighbour tour, then 2-opt improvement (reversing tour
// segments in place) with a precomputed [][]float32 distance matrix
// and first-improvement scans until no move helps, then Or-opt moves of
// 1-3 city segments. Prints tour lengths after each phase.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func tourLen(t []int, d [][]float32) float64 {
	s := 0.0
	for i := range t {
		s += float64(d[t[i]][t[(i+1)%len(t)]])
	}
	return s
}

func reverse(t []int, i, j int) {
	for i < j {
		t[i], t[j] = t[j], t[i]
		i++
		j--
	}
}

func twoOpt(t []int, d [][]float32) int {
	n := len(t)
	moves := 0
	for improved := true; improved; {
		improved = false
		for i := 0; i < n-2; i++ {
			a, b := t[i], t[i+1]
			dab := d[a][b]
			for j := i + 2; j < n; j++ {
				c, e := t[j], t[(j+1)%n]
				if c == a || e == a {
					continue
				}
				delta := d[a][c] + d[b][e] - dab - d[c][e]
				if delta < -1e-4 {
					reverse(t, i+1, j)
					moves++
					improved = true
					b = t[i+1]
					dab = d[a][b]
				}
			}
		}
	}
	return moves
}

func orOpt(t []int, d [][]float32) int {
	n := len(t)
	moves := 0
	for improved := true; improved; {
		improved = false
		for seg := 1; seg <= 3; seg++ {
			for i := 1; i+seg < n; i++ {
				p, s0, s1, nx := t[i-1], t[i], t[i+seg-1], t[(i+seg)%n]
				gain := d[p][s0] + d[s1][nx] - d[p][nx]
				for j := 0; j < n-1; j++ {
					if j >= i-1 && j < i+seg {
						continue
					}
					a, b := t[j], t[j+1]
					if gain-(d[a][s0]+d[s1][b]-d[a][b]) > 1e-4 {
						segment := append([]int(nil), t[i:i+seg]...)
						rest := append(append([]int(nil), t[:i]...), t[i+seg:]...)
						k := j + 1
						if j > i {
							k = j + 1 - seg
						}
						out := append(append(append(t[:0:0], rest[:k]...), segment...), rest[k:]...)
						copy(t, out)
						moves++
						improved = true
						break
					}
				}
			}
		}
	}
	return moves
}

func main() {
	n := 1500
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	xs, ys := make([]float64, n), make([]float64, n)
	s := uint32(1)
	for i := 0; i < n; i++ {
		s = s*1664525 + 1013904223
		xs[i] = float64(s>>8) / (1 << 24) * 1000
		s = s*1664525 + 1013904223
		ys[i] = float64(s>>8) / (1 << 24) * 1000
	}
	d := make([][]float32, n)
	for i := range d {
		d[i] = make([]float32, n)
		for j := range d[i] {
			d[i][j] = float32(math.Hypot(xs[i]-xs[j], ys[i]-ys[j]))
		}
	}
	tour := make([]int, 0, n)
	used := make([]bool, n)
	cur := 0
	used[0] = true
	tour = append(tour, 0)
	for len(tour) < n {
		best, bd := -1, float32(math.MaxFloat32)
		for j := 0; j < n; j++ {
			if !used[j] && d[cur][j] < bd {
				best, bd = j, d[cur][j]
			}
		}
		used[best] = true
		tour = append(tour, best)
		cur = best
	}
	fmt.Printf("nearest neighbour %.2f\n", tourLen(tour, d))
	m := twoOpt(tour, d)
	fmt.Printf("2-opt %.2f after %d moves\n", tourLen(tour, d), m)
	m = orOpt(tour, d)
	fmt.Printf("or-opt %.2f after %d moves\n", tourLen(tour, d), m)
	seen := make([]bool, n)
	for _, c := range tour {
		seen[c] = true
	}
	ok := true
	for _, v := range seen {
		ok = ok && v
	}
	fmt.Println("permutation", ok)
}
