// imgproc: image processing on a grayscale image held in a struct with a
// flat []uint8 and a stride: a separable box blur (horizontal and
// vertical passes with running sums), a Sobel edge magnitude with
// clamping, a 256-bin histogram and histogram equalisation through a
// lookup table, and a 2x downscale. The image is generated.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type gray struct {
	w, h int
	pix  []uint8
}

func newGray(w, h int) *gray { return &gray{w, h, make([]uint8, w*h)} }

func (g *gray) at(x, y int) int {
	if x < 0 {
		x = 0
	} else if x >= g.w {
		x = g.w - 1
	}
	if y < 0 {
		y = 0
	} else if y >= g.h {
		y = g.h - 1
	}
	return int(g.pix[y*g.w+x])
}

func blurH(src, dst *gray, r int) {
	for y := 0; y < src.h; y++ {
		sum := 0
		for x := -r; x <= r; x++ {
			sum += src.at(x, y)
		}
		row := dst.pix[y*dst.w : (y+1)*dst.w]
		for x := 0; x < src.w; x++ {
			row[x] = uint8(sum / (2*r + 1))
			sum += src.at(x+r+1, y) - src.at(x-r, y)
		}
	}
}

func blurV(src, dst *gray, r int) {
	for x := 0; x < src.w; x++ {
		sum := 0
		for y := -r; y <= r; y++ {
			sum += src.at(x, y)
		}
		for y := 0; y < src.h; y++ {
			dst.pix[y*dst.w+x] = uint8(sum / (2*r + 1))
			sum += src.at(x, y+r+1) - src.at(x, y-r)
		}
	}
}

func sobel(src, dst *gray) {
	for y := 0; y < src.h; y++ {
		for x := 0; x < src.w; x++ {
			gx := src.at(x+1, y-1) + 2*src.at(x+1, y) + src.at(x+1, y+1) -
				src.at(x-1, y-1) - 2*src.at(x-1, y) - src.at(x-1, y+1)
			gy := src.at(x-1, y+1) + 2*src.at(x, y+1) + src.at(x+1, y+1) -
				src.at(x-1, y-1) - 2*src.at(x, y-1) - src.at(x+1, y-1)
			if gx < 0 {
				gx = -gx
			}
			if gy < 0 {
				gy = -gy
			}
			m := gx + gy
			if m > 255 {
				m = 255
			}
			dst.pix[y*dst.w+x] = uint8(m)
		}
	}
}

func equalize(g *gray) {
	var hist [256]int
	for _, p := range g.pix {
		hist[p]++
	}
	var lut [256]uint8
	cum, total := 0, len(g.pix)
	for i, c := range hist {
		cum += c
		lut[i] = uint8(cum * 255 / total)
	}
	for i, p := range g.pix {
		g.pix[i] = lut[p]
	}
}

func downscale(g *gray) *gray {
	d := newGray(g.w/2, g.h/2)
	for y := 0; y < d.h; y++ {
		for x := 0; x < d.w; x++ {
			s := g.at(2*x, 2*y) + g.at(2*x+1, 2*y) + g.at(2*x, 2*y+1) + g.at(2*x+1, 2*y+1)
			d.pix[y*d.w+x] = uint8(s / 4)
		}
	}
	return d
}

func checksum(g *gray) uint32 {
	h := uint32(2166136261)
	for _, p := range g.pix {
		h = (h ^ uint32(p)) * 16777619
	}
	return h
}

func main() {
	n := 24
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	w, h := 1024, 768
	img := newGray(w, h)
	seed := uint32(7)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			seed = seed*1664525 + 1013904223
			img.pix[y*w+x] = uint8((x*y)>>6) ^ uint8((x+y)/3) + uint8(seed>>29)
		}
	}
	tmp, out, edges := newGray(w, h), newGray(w, h), newGray(w, h)
	var sums []uint32
	for i := 0; i < n; i++ {
		blurH(img, tmp, 1+i%4)
		blurV(tmp, out, 1+i%4)
		sobel(out, edges)
		equalize(edges)
		small := downscale(edges)
		sums = append(sums, checksum(out)^checksum(small))
		img, out = out, img
	}
	fmt.Println(len(sums), sums[0], sums[len(sums)-1], checksum(img))
}
