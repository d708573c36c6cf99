package main

// State machines with interface values: a TCP-like connection whose
// states are distinct types implementing a State interface (Handle
// returns the next State, Name reports itself), driven by a generated
// event stream; plus a vending machine whose states are pointer types
// holding counters, and a table-driven parser using map[state]map[byte]state.
// Prints transition counts per state and checksums.

import (
	"fmt"
	"os"
	"strconv"
)

type Event int

const (
	Open Event = iota
	SynAck
	Data
	Fin
	Ack
	Reset
	Timeout
	numEvents
)

type State interface {
	Handle(c *Conn, e Event) State
	Name() string
}

type Conn struct {
	bytes    int
	resets   int
	sessions int
}

type Closed struct{}
type SynSent struct{}
type Established struct{ packets int }
type FinWait struct{}
type TimeWait struct{ ticks int }

func (Closed) Name() string       { return "Closed" }
func (SynSent) Name() string      { return "SynSent" }
func (*Established) Name() string { return "Established" }
func (FinWait) Name() string      { return "FinWait" }
func (*TimeWait) Name() string    { return "TimeWait" }

func (s Closed) Handle(c *Conn, e Event) State {
	if e == Open {
		return SynSent{}
	}
	return s
}

func (s SynSent) Handle(c *Conn, e Event) State {
	switch e {
	case SynAck:
		c.sessions++
		return &Established{}
	case Reset, Timeout:
		c.resets++
		return Closed{}
	}
	return s
}

func (s *Established) Handle(c *Conn, e Event) State {
	switch e {
	case Data, Ack:
		s.packets++
		c.bytes += s.packets & 1023
		return s
	case Fin:
		return FinWait{}
	case Reset:
		c.resets++
		return Closed{}
	}
	return s
}

func (s FinWait) Handle(c *Conn, e Event) State {
	if e == Ack {
		return &TimeWait{}
	}
	if e == Reset {
		return Closed{}
	}
	return s
}

func (s *TimeWait) Handle(c *Conn, e Event) State {
	s.ticks++
	if e == Timeout || s.ticks > 3 {
		return Closed{}
	}
	return s
}

// Vending machine: states carry their own counters.
type vstate interface {
	coin(v *vending, amount int) vstate
	pick(v *vending, price int) vstate
}

type vending struct {
	idle    *idleState
	paying  *payingState
	sold    int
	change  int
	credits int
}

type idleState struct{ visits int }
type payingState struct{ credit int }

func (s *idleState) coin(v *vending, amount int) vstate {
	s.visits++
	v.paying.credit = amount
	return v.paying
}
func (s *idleState) pick(v *vending, price int) vstate { return s }

func (s *payingState) coin(v *vending, amount int) vstate {
	s.credit += amount
	v.credits += amount
	return s
}
func (s *payingState) pick(v *vending, price int) vstate {
	if s.credit < price {
		return s
	}
	v.sold++
	v.change += s.credit - price
	s.credit = 0
	return v.idle
}

type pstate int

func tableParser(input []byte) (int, int) {
	const (
		start pstate = iota
		inNum
		inWord
	)
	table := map[pstate]map[byte]pstate{start: {}, inNum: {}, inWord: {}}
	for c := 0; c < 256; c++ {
		b := byte(c)
		isDigit := b >= '0' && b <= '9'
		isAlpha := b >= 'a' && b <= 'z'
		for _, s := range []pstate{start, inNum, inWord} {
			switch {
			case isDigit && s != inWord:
				table[s][b] = inNum
			case isAlpha || isDigit && s == inWord:
				table[s][b] = inWord
			default:
				table[s][b] = start
			}
		}
	}
	nums, words := 0, 0
	s := start
	for _, b := range input {
		ns := table[s][b]
		if ns != s && s == inNum {
			nums++
		}
		if ns != s && s == inWord {
			words++
		}
		s = ns
	}
	return nums, words
}

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := uint64(2463534242)
	rnd := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	c := &Conn{}
	var st State = Closed{}
	visits := map[string]int{}
	for i := 0; i < n; i++ {
		e := Event(rnd() % uint64(numEvents))
		if r := rnd() % 4; r != 0 { // bias the stream toward progress
			switch st.(type) {
			case Closed:
				e = Open
			case SynSent:
				e = SynAck
			case *Established:
				if r < 3 {
					e = Data
				}
			}
		}
		st = st.Handle(c, e)
		visits[st.Name()]++
	}
	for _, nm := range []string{"Closed", "SynSent", "Established", "FinWait", "TimeWait"} {
		fmt.Printf("%s=%d ", nm, visits[nm])
	}
	fmt.Println()
	fmt.Println("sessions", c.sessions, "resets", c.resets, "bytes", c.bytes)

	v := &vending{idle: &idleState{}, paying: &payingState{}}
	var vs vstate = v.idle
	for i := 0; i < n; i++ {
		if rnd()%3 == 0 {
			vs = vs.pick(v, 75)
		} else {
			vs = vs.coin(v, []int{5, 10, 25, 50}[rnd()%4])
		}
	}
	fmt.Println("sold", v.sold, "change", v.change, "credits", v.credits, "idle visits", v.idle.visits)

	input := make([]byte, n/2)
	for i := range input {
		r := rnd() % 40
		switch {
		case r < 10:
			input[i] = byte('0' + r)
		case r < 36:
			input[i] = byte('a' + r - 10)
		default:
			input[i] = ' '
		}
	}
	nums, words := tableParser(input)
	fmt.Println("nums", nums, "words", words)
}
