// Package time: durations, instants, sleeping, timers and tickers (the
// subset of Go's package time that LANGUAGE.md lists).
//
// Everything that is arithmetic lives here in CS. The C side
// (stdlib/time/time.c) reads the clocks, parks in Sleep, and drives
// runtimeTimer through the runtime's per-P timer heaps (runtime/timer.h).
//
// Time keeps seconds since January 1, year 1 UTC (so the zero Time is Go's
// zero Time), nanoseconds within the second, a monotonic clock reading
// (0: none) and whether it is shown in Local or UTC (format.cs). Comparisons and Sub use the monotonic readings when both
// sides have one, as Go does, so wall-clock jumps never make Since
// negative.
//
// Timers and tickers deliver on a channel of capacity 1 with a
// non-blocking send from the timer callback, so a slow receiver sees
// dropped ticks, never a blocked runtime.
package time

import "errors"

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// ---- clocks and sleeping (C) ---------------------------------------------

// now returns the wall clock (ns since the Unix epoch) and the monotonic clock.
func now() (wall int64, mono int64)

// runtimeNano returns the monotonic clock in ns.
func runtimeNano() int64

// Sleep pauses the current goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration)

// ---- Duration -------------------------------------------------------------

// String formats d like "72h3m0.5s", "1.5s", "100ms", "1µs", "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	// filled from the right: at most "-2562047h47m16.854775808s"
	var buf [32]byte
	w := len(buf)
	switch {
	case u < uint64(Microsecond):
		w = putDec(buf[:], putText(buf[:], w, "ns"), u, 0)
	case u < uint64(Millisecond):
		w = putDec(buf[:], putText(buf[:], w, "µs"), u, 3)
	case u < uint64(Second):
		w = putDec(buf[:], putText(buf[:], w, "ms"), u, 6)
	default:
		w = putDec(buf[:], putText(buf[:], w, "s"), u%uint64(Minute), 9)
		if min := u / uint64(Minute); min > 0 {
			w = putDec(buf[:], putText(buf[:], w, "m"), min%60, 0)
			if hours := min / 60; hours > 0 {
				w = putDec(buf[:], putText(buf[:], w, "h"), hours, 0)
			}
		}
	}
	if neg {
		w = putText(buf[:], w, "-")
	}
	return string(buf[w:])
}

// putText stores s just before buf[w] and returns its start.
func putText(buf []byte, w int, s string) int {
	w -= len(s)
	copy(buf[w:], s)
	return w
}

// putDec stores v / 10^prec in decimal just before buf[w], dropping
// trailing zeros of the fraction (and the point when nothing is left of
// it), and returns its start.
func putDec(buf []byte, w int, v uint64, prec int) int {
	printed := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printed = printed || digit != 0
		if printed {
			w--
			buf[w] = byte('0' + digit)
		}
		v /= 10
	}
	if printed {
		w--
		buf[w] = '.'
	}
	for {
		w--
		buf[w] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return w
		}
	}
}

func uitoa(v uint64) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (m <= 0: d unchanged).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from
// zero, saturating at the extremes.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if uint64(r)+uint64(r) < uint64(m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if uint64(r)+uint64(r) < uint64(m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns |d|, with the minimum Duration mapped to the maximum.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// ---- Time -------------------------------------------------------------------

// Seconds from January 1, year 1 to January 1, 1970.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// A Time is an instant with nanosecond precision.
type Time struct {
	sec   int64 // since January 1, year 1 00:00:00 UTC
	nsec  int64 // [0, 1e9)
	mono  int64 // monotonic clock reading, 0 if none
	loc   *Location // nil: UTC (format.cs)
}

// Now returns the current time, with a monotonic clock reading.
func Now() Time {
	wall, mono := now()
	return Time{sec: wall/1e9 + unixToInternal, nsec: wall % 1e9, mono: mono, loc: Local}
}

// Unix returns the Time for sec seconds and nsec nanoseconds since the epoch.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64 { return t.sec - unixToInternal }

func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) Nanosecond() int { return int(t.nsec) }

// Add returns t+d; the monotonic reading moves too, unless it would overflow.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono || m == 0 {
			t.mono = 0
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub returns t-u, saturating at the minimum and maximum Duration.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Truncate rounds t down to a multiple of d since the zero Time (d <= 0:
// t unchanged); the result has no monotonic reading, as in Go.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round rounds t to the nearest multiple of d since the zero Time, halfway
// values up; the result has no monotonic reading (Round(0) strips it).
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// rem is (t - zero Time) mod d for d > 0, in [0, d), computed without
// overflow for any d (Go's div, remainder only).
func (t Time) rem(d Duration) Duration {
	sec, nsec := t.sec, t.nsec
	neg := sec < 0
	if neg {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	r := addMod(mulMod(uint64(sec)%m, uint64(Second)%m, m), uint64(nsec)%m, m)
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod is a*b mod m for a, b < m, by doubling (no 128-bit product).
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for ; b > 0; b >>= 1 {
		if b&1 == 1 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
	}
	return r
}

// addMod is a+b mod m for a, b < m.
func addMod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// ---- timers -----------------------------------------------------------------

// runtimeTimer is the runtime's rt_timer (runtime/timer.h: when, period,
// f, arg, seq, heap, idx) followed by what the C callback needs.
// KEEP IN SYNC: stdlib/time/time.c cs_timer.
type runtimeTimer struct {
	when   int64
	period int64
	f      uintptr
	arg    uintptr
	seq    uintptr
	heap   uintptr
	idx    int64
	c      chan Time // where a firing sends Now() without blocking, or nil
	fn     func()    // AfterFunc: run in a new goroutine instead
}

// startTimer arms r (first firing at when, then every period ns if > 0).
func startTimer(r *runtimeTimer, when int64, period int64)

// stopTimer reports whether it stopped r before r fired.
func stopTimer(r *runtimeTimer) bool

// resetTimer re-arms r, reporting whether it was still active.
func resetTimer(r *runtimeTimer, when int64, period int64) bool

// when is the runtime deadline d from now, saturating instead of wrapping.
func when(d Duration) int64 {
	t := runtimeNano()
	if d <= 0 {
		return t
	}
	t += int64(d)
	if t < 0 {
		t = int64(maxDuration)
	}
	return t
}

// A Timer sends the current time on C once, after its duration, unless
// stopped (or runs its function, for AfterFunc).
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.c = c
	startTimer(&t.r, when(d), 0)
	return t
}

// Stop reports true if it stopped the timer, false if the timer had
// already fired or been stopped.
func (t *Timer) Stop() bool {
	if t.r.f == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset makes the timer fire after d, reporting whether it was active.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d), 0)
}

// After is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc runs f in its own goroutine after d; Stop cancels it.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.fn = f
	startTimer(&t.r, when(d), 0)
	return t
}

// A Ticker sends the time on C every period; ticks that a slow receiver
// misses are dropped.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.c = c
	startTimer(&t.r, when(d), int64(d))
	return t
}

func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(&t.r, when(d), int64(d))
}

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
