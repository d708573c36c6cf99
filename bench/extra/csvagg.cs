// csvagg: a generated CSV report (header, quoted fields with embedded
// commas and doubled quotes, ints, floats, bools, dates as text) is
// built with strings.Builder and strconv, then parsed line by line with
// a small quote-aware field splitter, converted with strconv.Atoi,
// ParseFloat and ParseBool, grouped into map[string]*stats and printed
// as an aligned table with fmt's width and precision verbs, sorted by
// region with sort.Slice.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

var regions = []string{"north", "south", "east", "west", "central", "Nord, \"Ost\""}
var products = []string{"apple", "pear", "plum", "kiwi", "fig", "lime", "date"}

type stats struct {
	rows     int
	units    int
	revenue  float64
	returned int
	maxPrice float64
	products map[string]int
}

func quote(s string) string {
	if strings.ContainsAny(s, ",\"") {
		return "\"" + strings.ReplaceAll(s, "\"", "\"\"") + "\""
	}
	return s
}

func generate(rows int) string {
	var b strings.Builder
	b.WriteString("id,region,product,units,price,returned,date\n")
	x := uint64(1)
	for i := 0; i < rows; i++ {
		x = x*6364136223846793005 + 1442695040888963407
		r := regions[(x>>33)%uint64(len(regions))]
		p := products[(x>>40)%uint64(len(products))]
		units := int(x>>50)%40 + 1
		price := float64((x>>20)%100000) / 100
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
		b.WriteString(quote(r))
		b.WriteByte(',')
		b.WriteString(p)
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(units))
		b.WriteByte(',')
		b.WriteString(strconv.FormatFloat(price, 'f', 2, 64))
		b.WriteByte(',')
		b.WriteString(strconv.FormatBool(x>>62 == 0))
		b.WriteByte(',')
		fmt.Fprintf(&b, "2022-%02d-%02d\n", 1+(x>>10)%12, 1+(x>>14)%28)
	}
	return b.String()
}

// splitFields splits one CSV line, honouring quotes; fields reuses buf.
func splitFields(line string, buf []string) []string {
	fields := buf[:0]
	for len(line) > 0 || len(fields) == 0 {
		if line != "" && line[0] == '"' {
			var sb strings.Builder
			i := 1
			for i < len(line) {
				if line[i] == '"' {
					if i+1 < len(line) && line[i+1] == '"' {
						sb.WriteByte('"')
						i += 2
						continue
					}
					i++
					break
				}
				sb.WriteByte(line[i])
				i++
			}
			fields = append(fields, sb.String())
			line = strings.TrimPrefix(line[i:], ",")
			continue
		}
		j := strings.IndexByte(line, ',')
		if j < 0 {
			fields = append(fields, line)
			break
		}
		fields = append(fields, line[:j])
		line = line[j+1:]
	}
	return fields
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	data := generate(n)
	groups := map[string]*stats{}
	months := map[string]int{}
	buf := make([]string, 0, 8)
	bad := 0
	lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	for _, line := range lines[1:] {
		f := splitFields(line, buf)
		units, err1 := strconv.Atoi(f[3])
		price, err2 := strconv.ParseFloat(f[4], 64)
		ret, err3 := strconv.ParseBool(f[5])
		if err1 != nil || err2 != nil || err3 != nil || len(f) != 7 {
			bad++
			continue
		}
		s := groups[f[1]]
		if s == nil {
			s = &stats{products: map[string]int{}}
			groups[f[1]] = s
		}
		s.rows++
		s.units += units
		s.revenue += float64(units) * price
		if ret {
			s.returned++
		}
		if price > s.maxPrice {
			s.maxPrice = price
		}
		s.products[f[2]] += units
		months[f[6][:7]]++
	}
	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return groups[names[i]].revenue > groups[names[j]].revenue })
	fmt.Printf("%-14s %7s %8s %14s %5s %8s %s\n", "region", "rows", "units", "revenue", "ret%", "max", "top")
	for _, k := range names {
		s := groups[k]
		top, topUnits := "", -1
		for p, u := range s.products {
			if u > topUnits || (u == topUnits && p < top) {
				top, topUnits = p, u
			}
		}
		fmt.Printf("%-14q %7d %8d %14.2f %5.1f %8.2f %s\n", k, s.rows, s.units, s.revenue,
			100*float64(s.returned)/float64(s.rows), s.maxPrice, top)
	}
	fmt.Println(len(lines), len(months), bad, len(data))
}
