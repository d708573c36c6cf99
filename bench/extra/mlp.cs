// mlp: a small neural network trained by plain SGD: 2 inputs, two tanh
// hidden layers of 24, a sigmoid output, weights in [][]float64 and
// biases in []float64 held by a layer struct with forward/backward
// methods, on a two-spirals data set. Prints the loss every epoch block
// (rounded) and the final training accuracy.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type layer struct {
	w       [][]float64
	b       []float64
	in, out []float64
	delta   []float64
	act     func(float64) float64
	deriv   func(y float64) float64
}

var seed uint64 = 42

func rnd() float64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return float64(seed>>11)/(1<<53)*2 - 1
}

func newLayer(nin, nout int, act func(float64) float64, deriv func(float64) float64) *layer {
	l := &layer{w: make([][]float64, nout), b: make([]float64, nout), out: make([]float64, nout),
		delta: make([]float64, nout), act: act, deriv: deriv}
	scale := math.Sqrt(1 / float64(nin))
	for i := range l.w {
		l.w[i] = make([]float64, nin)
		for j := range l.w[i] {
			l.w[i][j] = rnd() * scale
		}
	}
	return l
}

func (l *layer) forward(in []float64) []float64 {
	l.in = in
	for i, row := range l.w {
		s := l.b[i]
		for j, x := range in {
			s += row[j] * x
		}
		l.out[i] = l.act(s)
	}
	return l.out
}

// backward takes dLoss/dOut in l.delta (pre-activation after the call),
// writes dLoss/dIn into prev, and updates the weights.
func (l *layer) backward(prev []float64, rate float64) {
	for i := range l.delta {
		l.delta[i] *= l.deriv(l.out[i])
	}
	if prev != nil {
		for j := range prev {
			s := 0.0
			for i, row := range l.w {
				s += row[j] * l.delta[i]
			}
			prev[j] = s
		}
	}
	for i, row := range l.w {
		g := rate * l.delta[i]
		for j, x := range l.in {
			row[j] -= g * x
		}
		l.b[i] -= g
	}
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func main() {
	epochs := 400
	if len(os.Args) > 1 {
		epochs, _ = strconv.Atoi(os.Args[1])
	}
	type sample struct {
		x     []float64
		label float64
	}
	var data []sample
	for i := 0; i < 400; i++ {
		r := float64(i) / 400 * 6
		t := r * 0.9
		data = append(data, sample{[]float64{r * math.Cos(t) / 6, r * math.Sin(t) / 6}, 1})
		data = append(data, sample{[]float64{-r * math.Cos(t) / 6, -r * math.Sin(t) / 6}, 0})
	}
	tanhD := func(y float64) float64 { return 1 - y*y }
	net := []*layer{
		newLayer(2, 24, math.Tanh, tanhD),
		newLayer(24, 24, math.Tanh, tanhD),
		newLayer(24, 1, sigmoid, func(y float64) float64 { return y * (1 - y) }),
	}
	grads := [][]float64{make([]float64, 2), make([]float64, 24), make([]float64, 24)}
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for e := 1; e <= epochs; e++ {
		for i := len(order) - 1; i > 0; i-- {
			j := int(seed>>33) % (i + 1)
			rnd()
			order[i], order[j] = order[j], order[i]
		}
		loss := 0.0
		for _, k := range order {
			s := data[k]
			out := s.x
			for _, l := range net {
				out = l.forward(out)
			}
			p := out[0]
			loss -= s.label*math.Log(p+1e-12) + (1-s.label)*math.Log(1-p+1e-12)
			net[2].delta[0] = (p - s.label) / (p*(1-p) + 1e-12)
			for li := len(net) - 1; li >= 0; li-- {
				var prev []float64
				if li > 0 {
					prev = net[li-1].delta
				} else {
					prev = grads[0]
				}
				net[li].backward(prev, 0.02)
			}
		}
		if e%50 == 0 {
			fmt.Printf("epoch %3d loss %.3f\n", e, loss/float64(len(data)))
		}
	}
	correct := 0
	for _, s := range data {
		out := s.x
		for _, l := range net {
			out = l.forward(out)
		}
		if (out[0] > 0.5) == (s.label == 1) {
			correct++
		}
	}
	fmt.Printf("accuracy %d/%d\n", correct, len(data))
}
