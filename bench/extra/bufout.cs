package main

// Many lines through a bufio.Writer on os.Stdout: Fprintf with
// several verbs, WriteString of strconv results and WriteByte, the
// shape of a report generator or a log dumper. Run it with stdout
// redirected to /dev/null when timing.

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type row struct {
	id    int
	name  string
	score float64
	ok    bool
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	names := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	total := 0
	for i := 0; i < n; i++ {
		r := row{i, names[i%5], float64(i%1000) / 8, i%3 == 0}
		switch i % 4 {
		case 0:
			fmt.Fprintf(w, "%6d %-8s %8.3f %t\n", r.id, r.name, r.score, r.ok)
		case 1:
			w.WriteString("id=")
			w.WriteString(strconv.Itoa(r.id))
			w.WriteString(" name=")
			w.WriteString(strconv.Quote(r.name))
			w.WriteByte('\n')
		case 2:
			fmt.Fprintln(w, r.id, r.name, r.score, r.ok)
		default:
			fmt.Fprintf(w, "%x|%q|%v|%+v\n", r.id, r.name, r.score, r)
		}
		total += r.id % 7
	}
	fmt.Fprintln(w, "total", total)
}
