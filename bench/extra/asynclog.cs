// asynclog: an asynchronous structured logger. 2*GOMAXPROCS+2 goroutines
// emit events (level, message, key/value fields as a []field) into a
// buffered channel; the logger goroutine formats each as a logfmt line with
// strconv.AppendInt/AppendQuote into a reused []byte and writes it to a
// bufio.Writer over a counting, hashing io.Writer (hash/fnv), flushing
// every 256 lines. Levels below the threshold are filtered by an atomic
// load before allocation. Interleaving differs between runs, so the check
// sums per-line FNV hashes (order-independent) and counts bytes.
package main

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type field struct {
	key string
	val int64
	str string
}

type event struct {
	level int
	msg   string
	fields []field
}

type sink struct {
	bytes  int64
	writes int
}

func (s *sink) Write(p []byte) (int, error) {
	s.bytes += int64(len(p))
	s.writes++
	return len(p), nil
}

var levelNames = []string{"debug", "info", "warn", "error"}

type logger struct {
	min int32
	ch  chan event
}

func (l *logger) log(level int, msg string, fields ...field) {
	if int32(level) < atomic.LoadInt32(&l.min) {
		return
	}
	l.ch <- event{level, msg, fields}
}

func format(buf []byte, e event) []byte {
	buf = append(buf, "level="...)
	buf = append(buf, levelNames[e.level]...)
	buf = append(buf, " msg="...)
	buf = strconv.AppendQuote(buf, e.msg)
	for _, f := range e.fields {
		buf = append(buf, ' ')
		buf = append(buf, f.key...)
		buf = append(buf, '=')
		if f.str != "" {
			buf = strconv.AppendQuote(buf, f.str)
		} else {
			buf = strconv.AppendInt(buf, f.val, 10)
		}
	}
	return append(buf, '\n')
}

func run(l *logger, out *sink, done chan uint64) {
	w := bufio.NewWriter(out)
	var sum uint64
	var buf []byte
	n := 0
	for e := range l.ch {
		buf = format(buf[:0], e)
		h := fnv.New64a()
		h.Write(buf)
		sum += h.Sum64()
		w.Write(buf)
		n++
		if n%256 == 0 {
			w.Flush()
		}
	}
	w.Flush()
	done <- sum
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	l := &logger{min: 1, ch: make(chan event, 1024)}
	out := &sink{}
	done := make(chan uint64)
	go run(l, out, done)
	workers := 2*runtime.GOMAXPROCS(0) + 2
	users := []string{"alice", "bob", "carol \"c\" d", "dave\tx", "eve"}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < n/workers; i++ {
				switch i % 5 {
				case 0:
					l.log(0, "cache probe", field{key: "key", val: int64(i)})
				case 1, 2:
					l.log(1, "request served", field{key: "worker", val: int64(w)}, field{key: "seq", val: int64(i)},
						field{key: "user", str: users[i%len(users)]}, field{key: "latency_us", val: int64(i*37%5000 - 100)})
				case 3:
					l.log(2, "slow query", field{key: "table", str: "orders"}, field{key: "rows", val: int64(i * 11)})
				default:
					l.log(3, "failed: \"timeout\"", field{key: "attempt", val: int64(i % 3)})
				}
			}
		}(w)
	}
	wg.Wait()
	close(l.ch)
	sum := <-done
	fmt.Println("workers", workers, "bytes", out.bytes, "line-hash sum", sum, "writes>0", out.writes > 0)
}
