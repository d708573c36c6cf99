// Conversions ignore struct tags at any depth (Go 1.8+): between named
// struct types that differ only in tags, between unnamed pointer types to
// them, and between composite types (slices, arrays, maps) whose
// struct elements differ only in tags. Assignment still needs identical
// types, tags included.
package main

import "fmt"

type Movie struct {
	Title  string
	Year   int  `json:"released"`
	Color  bool `json:"color,omitempty"`
	Actors []string
}

type plainMovie struct {
	Title  string
	Year   int
	Color  bool
	Actors []string
}

type tagged struct {
	N   int `k:"a"`
	Sub struct {
		S string `k:"b"`
	}
}

type bare struct {
	N   int
	Sub struct{ S string }
}

type wrapper struct {
	Items []struct {
		V float64 `unit:"m"`
	}
}

func main() {
	m := Movie{"Casablanca", 1942, false, []string{"Bogart"}}
	p := plainMovie(m)
	p.Year++
	back := Movie(p)
	fmt.Printf("%+v\n%+v\n", p, back)

	mp := &m
	pp := (*plainMovie)(mp)
	pp.Title = "via pointer"
	fmt.Println(m.Title, (*Movie)(pp) == mp)

	t := tagged{N: 1}
	t.Sub.S = "deep"
	b := bare(t)
	fmt.Printf("%+v %+v\n", b, tagged(b) == t)

	xs := []struct {
		A int `x:"1"`
	}{{1}, {2}}
	ys := []struct{ A int }(xs)
	ys[0].A = 10
	fmt.Println(xs, ys)
	arr := [2]struct {
		A int `y:"2"`
	}{{3}, {4}}
	fmt.Println([2]struct{ A int }(arr))
	mm := map[string]struct {
		K string `z:""`
	}{"k": {"v"}}
	fmt.Println(map[string]struct{ K string }(mm))
	w := wrapper{Items: []struct {
		V float64 `unit:"m"`
	}{{1.5}}}
	type plainWrapper struct {
		Items []struct{ V float64 }
	}
	pw := plainWrapper(w)
	fmt.Printf("%+v\n", pw)
	var anyv interface{} = p
	_, isMovie := anyv.(Movie)
	fmt.Println(isMovie)
}
