package main

// Relational work on slices of structs through maps: a hash join of
// orders with customers (build a map[int]int index, probe it), a
// group-by into map[string]*agg, a semi-join through map[int]struct{},
// a second join on a composite struct key, and the groups sorted by two
// keys for output. Prints the top groups and totals.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type customer struct {
	id     int
	name   string
	region string
	tier   int
}

type order struct {
	id, cust, product int
	qty               int
	price             float64
}

type agg struct {
	region  string
	tier    int
	orders  int
	revenue float64
	maxQty  int
}

type rkey struct {
	region string
	tier   int
}

var regions = []string{"north", "south", "east", "west", "central", "islands"}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := uint64(42)
	rnd := func(m int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int((seed >> 33) % uint64(m))
	}
	nc := n / 10
	custs := make([]customer, nc)
	for i := range custs {
		custs[i] = customer{id: i*7 + 3, name: "cust" + strconv.Itoa(i), region: regions[rnd(len(regions))], tier: rnd(4)}
	}
	orders := make([]order, n)
	for i := range orders {
		orders[i] = order{id: i, cust: rnd(nc+nc/10)*7 + 3, product: rnd(500), qty: 1 + rnd(20), price: float64(100+rnd(10000)) / 100}
	}

	// Build side: customer id -> index.
	idx := make(map[int]int, len(custs))
	for i, c := range custs {
		idx[c.id] = i
	}
	// Probe side with group-by on (region, tier).
	groups := map[rkey]*agg{}
	unmatched := 0
	for _, o := range orders {
		ci, ok := idx[o.cust]
		if !ok {
			unmatched++
			continue
		}
		c := &custs[ci]
		k := rkey{c.region, c.tier}
		g := groups[k]
		if g == nil {
			g = &agg{region: c.region, tier: c.tier}
			groups[k] = g
		}
		g.orders++
		g.revenue += float64(o.qty) * o.price
		if o.qty > g.maxQty {
			g.maxQty = o.qty
		}
	}
	// Semi-join: customers with at least one order of a "hot" product.
	hot := map[int]struct{}{}
	for p := 0; p < 500; p += 7 {
		hot[p] = struct{}{}
	}
	buyers := map[int]struct{}{}
	for _, o := range orders {
		if _, ok := hot[o.product]; ok {
			buyers[o.cust] = struct{}{}
		}
	}
	active := 0
	for _, c := range custs {
		if _, ok := buyers[c.id]; ok {
			active++
		}
	}
	// Per-customer revenue by name (string keys), then the top ones.
	byName := map[string]float64{}
	for _, o := range orders {
		if ci, ok := idx[o.cust]; ok {
			byName[custs[ci].name] += float64(o.qty) * o.price
		}
	}
	names := make([]string, 0, len(byName))
	for k := range byName {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if byName[names[i]] != byName[names[j]] {
			return byName[names[i]] > byName[names[j]]
		}
		return names[i] < names[j]
	})

	list := make([]*agg, 0, len(groups))
	for _, g := range groups {
		list = append(list, g)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].region != list[j].region {
			return list[i].region < list[j].region
		}
		return list[i].tier < list[j].tier
	})
	for i, g := range list {
		if i%4 == 0 {
			fmt.Printf("%-8s tier %d: %6d orders, revenue %12.2f, max qty %d\n", g.region, g.tier, g.orders, g.revenue, g.maxQty)
		}
	}
	fmt.Println("groups", len(list), "unmatched", unmatched, "active buyers", active)
	for _, nm := range names[:3] {
		fmt.Printf("%s %.2f\n", nm, byName[nm])
	}
}
