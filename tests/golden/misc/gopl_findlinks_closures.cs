// ch5: findlinks-like recursion on an in-memory tree, outline, squares, variadic sum,
// topo sort with recursive closure, anonymous funcs, loop variable capture.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Node struct {
	Tag      string
	Attr     map[string]string
	Children []*Node
	Text     string
}

func el(tag string, attr map[string]string, kids ...*Node) *Node {
	return &Node{Tag: tag, Attr: attr, Children: kids}
}

func text(s string) *Node { return &Node{Text: s} }

func visit(links []string, n *Node) []string {
	if n.Tag == "a" {
		if h, ok := n.Attr["href"]; ok {
			links = append(links, h)
		}
	}
	for _, c := range n.Children {
		links = visit(links, c)
	}
	return links
}

func outline(stack []string, n *Node) {
	if n.Tag != "" {
		stack = append(stack, n.Tag)
		fmt.Println(stack)
	}
	for _, c := range n.Children {
		outline(stack, c)
	}
}

func forEachNode(n *Node, pre, post func(n *Node)) {
	if pre != nil {
		pre(n)
	}
	for _, c := range n.Children {
		forEachNode(c, pre, post)
	}
	if post != nil {
		post(n)
	}
}

func squares() func() int {
	var x int
	return func() int {
		x++
		return x * x
	}
}

func sum(vals ...int) int {
	total := 0
	for _, v := range vals {
		total += v
	}
	return total
}

func errorf(linenum int, format string, args ...interface{}) string {
	return fmt.Sprintf("Line %d: ", linenum) + fmt.Sprintf(format, args...)
}

var prereqs = map[string][]string{
	"algorithms": {"data structures"},
	"calculus":   {"linear algebra"},
	"compilers": {
		"data structures",
		"formal languages",
		"computer organization",
	},
	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

func topoSort(m map[string][]string) []string {
	var order []string
	seen := make(map[string]bool)
	var visitAll func(items []string)
	visitAll = func(items []string) {
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visitAll(m[item])
				order = append(order, item)
			}
		}
	}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	visitAll(keys)
	return order
}

func breadthFirst(f func(item string) []string, worklist []string) {
	seen := make(map[string]bool)
	for len(worklist) > 0 {
		items := worklist
		worklist = nil
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				worklist = append(worklist, f(item)...)
			}
		}
	}
}

func WaitForServer(url string, tries int) error {
	for attempt := 0; attempt < tries; attempt++ {
		if attempt == tries-1 && url == "good" {
			return nil
		}
	}
	return fmt.Errorf("server %s failed to respond after %d tries", url, tries)
}

var ErrNotFound = errors.New("not found")

func find(k string) (v int, err error) {
	if k == "" {
		err = fmt.Errorf("find %q: %w", k, ErrNotFound)
		return
	}
	v = len(k)
	return
}

func main() {
	doc := el("html", nil,
		el("head", nil, el("title", nil, text("T"))),
		el("body", nil,
			el("a", map[string]string{"href": "https://x.org"}, text("x")),
			el("div", nil,
				el("a", map[string]string{"href": "/rel"}),
				el("a", map[string]string{"name": "anchor"}),
				el("p", nil, el("a", map[string]string{"href": "deep"})))))
	for _, l := range visit(nil, doc) {
		fmt.Println(l)
	}
	outline(nil, doc)
	depth := 0
	forEachNode(doc, func(n *Node) {
		if n.Tag != "" {
			fmt.Printf("%*s<%s>\n", depth*2, "", n.Tag)
			depth++
		} else {
			fmt.Printf("%*s%s\n", depth*2, "", n.Text)
		}
	}, func(n *Node) {
		if n.Tag != "" {
			depth--
			fmt.Printf("%*s</%s>\n", depth*2, "", n.Tag)
		}
	})

	f := squares()
	fmt.Println(f(), f(), f(), f())
	fmt.Println(sum(), sum(3), sum(1, 2, 3, 4))
	values := []int{1, 2, 3, 4}
	fmt.Println(sum(values...))
	fmt.Printf("%T %T\n", sum, func(int, ...string) {})
	fmt.Println(errorf(12, "undefined: %s %d", "x", 3))

	for i, course := range topoSort(prereqs) {
		fmt.Printf("%d:\t%s\n", i+1, course)
	}
	breadthFirst(func(item string) []string {
		fmt.Println("visit", item)
		return prereqs[item]
	}, []string{"compilers", "networks"})

	var rmdirs []func() string
	for _, d := range []string{"a", "b", "c"} {
		dir := d
		rmdirs = append(rmdirs, func() string { return dir })
	}
	var bad []func() string
	for _, d := range []string{"a", "b", "c"} {
		bad = append(bad, func() string { return d })
	}
	for i := range rmdirs {
		fmt.Print(rmdirs[i](), bad[i](), " ")
	}
	fmt.Println()

	fmt.Println(WaitForServer("good", 3), WaitForServer("bad", 2))
	_, err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	v, err := find("abc")
	fmt.Println(v, err)
	var fnil func(int) int
	fmt.Println(fnil == nil)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL-9000"))
	if len(os.Args) > 5 {
		fnil(3)
	}
}
