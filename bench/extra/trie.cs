package main

// A prefix trie for autocompletion: nodes with a [26]*node child array
// plus a map[rune]*node for non-ASCII letters, word counts at terminal
// nodes; insert a generated vocabulary, count words under prefixes,
// collect the top completions of many prefixes by recursive DFS into a
// slice sorted by (count desc, word asc), and delete words with
// pruning of empty branches. Prints counts and sample completions.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type node struct {
	kids  [26]*node
	other map[rune]*node
	count int
	below int // words in this subtree, with multiplicity
}

func (n *node) child(r rune, create bool) *node {
	if r >= 'a' && r <= 'z' {
		c := n.kids[r-'a']
		if c == nil && create {
			c = &node{}
			n.kids[r-'a'] = c
		}
		return c
	}
	c := n.other[r]
	if c == nil && create {
		if n.other == nil {
			n.other = map[rune]*node{}
		}
		c = &node{}
		n.other[r] = c
	}
	return c
}

func (n *node) insert(w string) {
	n.below++
	for _, r := range w {
		n = n.child(r, true)
		n.below++
	}
	n.count++
}

func (n *node) find(prefix string) *node {
	for _, r := range prefix {
		if n = n.child(r, false); n == nil {
			return nil
		}
	}
	return n
}

// remove deletes one occurrence of w and says whether it was present.
func (n *node) remove(w string) bool {
	path := []*node{n}
	for _, r := range w {
		if n = n.child(r, false); n == nil {
			return false
		}
		path = append(path, n)
	}
	if n.count == 0 {
		return false
	}
	n.count--
	for _, p := range path {
		p.below--
	}
	// Prune empty children along the path.
	runes := []rune(w)
	for i := len(runes) - 1; i >= 0; i-- {
		if path[i+1].below > 0 {
			break
		}
		r := runes[i]
		if r >= 'a' && r <= 'z' {
			path[i].kids[r-'a'] = nil
		} else {
			delete(path[i].other, r)
		}
	}
	return true
}

type completion struct {
	word  string
	count int
}

func (n *node) collect(prefix []rune, out []completion) []completion {
	if n.count > 0 {
		out = append(out, completion{string(prefix), n.count})
	}
	for i, c := range n.kids {
		if c != nil {
			out = c.collect(append(prefix, rune('a'+i)), out)
		}
	}
	if len(n.other) > 0 {
		keys := make([]rune, 0, len(n.other))
		for r := range n.other {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			out = n.other[r].collect(append(prefix, r), out)
		}
	}
	return out
}

func top(root *node, prefix string, k int) []completion {
	n := root.find(prefix)
	if n == nil {
		return nil
	}
	all := n.collect([]rune(prefix), nil)
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].word < all[j].word
	})
	if len(all) > k {
		all = all[:k]
	}
	return all
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	syll := strings.Fields("ka to ri mu ne sa ho lu pe qi zo ba ve ñe ør ch st")
	seed := uint32(11)
	words := make([]string, n)
	for i := range words {
		var b strings.Builder
		seed = seed*1103515245 + 12345
		for k := 0; k < 1+int(seed>>28)%4; k++ {
			seed = seed*1103515245 + 12345
			// Skewed choice: low syllables far more often.
			j := int(seed>>16) % len(syll)
			j = j * j / len(syll)
			b.WriteString(syll[j])
		}
		words[i] = b.String()
	}
	root := &node{}
	for _, w := range words {
		root.insert(w)
	}
	fmt.Println("words", root.below)
	prefixes := 0
	sum := 0
	for i := 0; i < n/40; i++ {
		p := words[i*7%n]
		if len(p) > 4 {
			p = p[:4]
		}
		for _, c := range top(root, p, 3) {
			sum += c.count + len(c.word)
		}
		prefixes++
	}
	fmt.Println("prefix queries", prefixes, "sum", sum)
	for _, p := range []string{"ka", "to", "ñe", "ch"} {
		fmt.Println(p, "->", top(root, p, 4), "under", root.find(p).below)
	}
	removed := 0
	for i := 0; i < n; i += 2 {
		if root.remove(words[i]) {
			removed++
		}
	}
	fmt.Println("removed", removed, "left", root.below, "top", top(root, "", 3))
}
