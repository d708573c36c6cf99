package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type config struct {
	minwidth, tabwidth, padding int
	padchar                     byte
	flags                       uint
}

var configs = []config{
	{0, 8, 1, '.', 0},
	{0, 8, 1, ' ', 0},
	{8, 8, 1, '.', 0},
	{8, 8, 1, '\t', 0},
	{0, 4, 2, '-', tabwriter.AlignRight},
	{0, 8, 1, '.', tabwriter.Debug},
	{0, 8, 1, ' ', tabwriter.Debug | tabwriter.AlignRight},
	{5, 0, 1, '_', tabwriter.DiscardEmptyColumns},
	{0, 8, 1, '*', tabwriter.DiscardEmptyColumns | tabwriter.Debug},
	{0, 4, 1, '.', tabwriter.TabIndent},
	{0, 8, 1, '\t', tabwriter.TabIndent},
	{0, 8, 1, '.', tabwriter.FilterHTML},
	{0, 8, 1, '.', tabwriter.StripEscape},
	{0, 8, 1, '.', 0},
	{0, 0, 1, '\t', 0},
}

var inputs = []string{
	"",
	"\n\n\n",
	"a\nb\nc",
	"a\tb\tc\n",
	"a\tb\tc",
	"name\tage\tcity\nalice\t30\tNew York\nbob\t4\tLA\n",
	"1\t2\t3\t4\n11\t222\t3333\t44444\n",
	"x\ty\n\nlonger text\tz\nq\tr\n",
	"\t\tindented\n\tone\n\t\ttwo\tcol\n",
	"a\vb\tc\n\vd\te\n\v\tf\n",
	"héllo\twörld\t✓\n日本語\tx\ty\n",
	"<b>bold</b>\tx &amp; y\t&lt;\nplain\tt\tu\n",
	"a\xffb\tc\xff\td\ne\tf\n",
	"a\tb\fc\td\n",
	"trailing\tcell",
	"one\ttwo\tthree\n1\t2\n\n10\t20\t30\t40\n",
	"col\t\t\tend\n\t\t\t\n",
}

func main() {
	for ci, c := range configs {
		for ii, in := range inputs {
			var sb strings.Builder
			w := tabwriter.NewWriter(&sb, c.minwidth, c.tabwidth, c.padding, c.padchar, c.flags)
			// feed in pieces to exercise buffering across writes
			for len(in) > 0 {
				k := 3
				if k > len(in) {
					k = len(in)
				}
				if n, err := w.Write([]byte(in[:k])); n != k || err != nil {
					fmt.Println("write:", n, err)
				}
				in = in[k:]
			}
			if err := w.Flush(); err != nil {
				fmt.Println("flush:", err)
			}
			fmt.Printf("%d/%d: %q\n", ci, ii, sb.String())
		}
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSTATUS\tAGE")
	fmt.Fprintln(w, "web-1\tRunning\t3d")
	fmt.Fprintln(w, "database-primary\tPending\t12m")
	fmt.Fprintf(w, "%s\t%d\t%v\n", "x", 42, true)
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "1234567\t\t")
	w.Flush()

	var tw tabwriter.Writer
	tw.Init(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(&tw, "a\tb\tc\nlonger\tbb\t.")
	tw.Flush()

	ew := tabwriter.NewWriter(failing{}, 0, 8, 1, ' ', 0)
	n, err := ew.Write([]byte("a\tb\nc\td\n"))
	fmt.Println(n, err)
	n, err = ew.Write([]byte("no newline\tcell"))
	fmt.Println(n, err)
	fmt.Println(ew.Flush())
	fmt.Println(ew.Flush())
	n, err = ew.Write([]byte("x\tsingle\nline\nmore\n"))
	fmt.Println(n, err)
	n, err = ew.Write([]byte("a\fb"))
	fmt.Println(n, err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
	}()
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }
