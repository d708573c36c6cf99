// ctxsearch: parallel tree search with a context cancellation tree. Each
// query searches a 4-ary tree of 4^7 nodes for a key; the root context
// is context.WithCancel, each of the 4 subtree goroutines gets its own
// child WithCancel, and each of those splits again into 4 leaves'
// goroutines with grandchild contexts. The finder cancels the root, and
// every searcher polls ctx.Err() and selects on ctx.Done() when
// reporting, so the others stop early. Every query's answer (the path
// to the key) is deterministic; how far the losers got is not printed.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"sync"
)

type node struct {
	key  int
	kids []*node
}

func build(depth int, next *int) *node {
	n := &node{key: (*next * 7919) % 1000003}
	*next++
	if depth > 0 {
		n.kids = make([]*node, 4)
		for i := range n.kids {
			n.kids[i] = build(depth-1, next)
		}
	}
	return n
}

// find walks n depth first; it returns the path of child indices to the key.
func find(ctx context.Context, n *node, key int, path []int, steps *int) ([]int, bool) {
	*steps++
	if *steps&63 == 0 && ctx.Err() != nil {
		return nil, false
	}
	if n.key == key {
		return append([]int(nil), path...), true
	}
	for i, k := range n.kids {
		if p, ok := find(ctx, k, key, append(path, i), steps); ok {
			return p, true
		}
	}
	return nil, false
}

func search(root *node, key int) ([]int, bool) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if root.key == key {
		return nil, true
	}
	results := make(chan []int, 1)
	var wg sync.WaitGroup
	for i, mid := range root.kids {
		midCtx, midCancel := context.WithCancel(ctx)
		if mid.key == key {
			results <- []int{i}
			midCancel()
			cancel()
			continue
		}
		for j, leaf := range mid.kids {
			leafCtx, leafCancel := context.WithCancel(midCtx)
			wg.Add(1)
			go func(prefix []int, leaf *node) {
				defer wg.Done()
				defer leafCancel()
				steps := 0
				if p, ok := find(leafCtx, leaf, key, prefix, &steps); ok {
					select {
					case results <- p:
						cancel()
					case <-leafCtx.Done():
					}
				}
			}([]int{i, j}, leaf)
		}
		go func(c context.CancelFunc) {
			<-ctx.Done()
			c()
		}(midCancel)
	}
	go func() {
		wg.Wait()
		cancel()
	}()
	<-ctx.Done()
	select {
	case p := <-results:
		wg.Wait()
		return p, true
	default:
		wg.Wait()
		select {
		case p := <-results:
			return p, true
		default:
			return nil, false
		}
	}
}

func main() {
	queries := 1500
	if len(os.Args) > 1 {
		queries, _ = strconv.Atoi(os.Args[1])
	}
	next := 0
	root := build(7, &next)
	found, missing, pathSum := 0, 0, 0
	for q := 0; q < queries; q++ {
		key := ((q * 104729) % (next + next/8)) * 7919 % 1000003
		if q%10 == 9 {
			key = 1000003 + q
		}
		p, ok := search(root, key)
		if !ok {
			missing++
			continue
		}
		found++
		for _, x := range p {
			pathSum = pathSum*5 + x + 1
			pathSum %= 1000000007
		}
	}
	fmt.Println("nodes", next, "found", found, "missing", missing, "pathsum", pathSum)
	if err := context.Canceled; err != nil {
		fmt.Println(err)
	}
}
