package main

// Struct-heavy slices: generate employee records, sort them with
// sort.Slice by several keys (department, then salary descending,
// then name), sort.SliceStable by age, group by department into a
// map of slices and binary-search with sort.Search.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type Employee struct {
	Name   string
	Dept   string
	Age    int
	Salary float64
	ID     int
	Tags   []string
}

var depts = []string{"eng", "ops", "sales", "legal", "hr", "support", "research"}
var syll = []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "shi", "an"}

func main() {
	n := 150000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := uint64(42)
	next := func() uint64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return seed >> 33
	}
	emps := make([]Employee, 0, n)
	for i := 0; i < n; i++ {
		name := syll[next()%10] + syll[next()%10] + syll[next()%10]
		e := Employee{Name: name, Dept: depts[next()%7], Age: 20 + int(next()%45),
			Salary: float64(30000+next()%90000) + float64(next()%100)/100, ID: i}
		if i%3 == 0 {
			e.Tags = append(e.Tags, "remote")
		}
		emps = append(emps, e)
	}
	sort.Slice(emps, func(i, j int) bool {
		a, b := &emps[i], &emps[j]
		if a.Dept != b.Dept {
			return a.Dept < b.Dept
		}
		if a.Salary != b.Salary {
			return a.Salary > b.Salary
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	fmt.Println("top:", emps[0].Dept, emps[0].Name, emps[0].Salary, emps[0].ID)
	fmt.Println("last:", emps[n-1].Dept, emps[n-1].Name, emps[n-1].Salary, emps[n-1].ID)

	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Age < emps[j].Age })
	h := 0
	for i := 0; i < n; i += 97 {
		h = h*31 + emps[i].ID
		h %= 1000000007
	}
	fmt.Println("stable hash:", h)

	byDept := make(map[string][]Employee)
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	for _, d := range depts {
		list := byDept[d]
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		k := sort.Search(len(list), func(i int) bool { return list[i].ID >= n/2 })
		total := 0.0
		remote := 0
		for _, e := range list {
			total += e.Salary
			remote += len(e.Tags)
		}
		fmt.Printf("%-8s %6d first>=half at %6d avg %.2f remote %d\n", d, len(list), k, total/float64(len(list)), remote)
	}
}
