package main

// Sorting strings by structure rather than bytes: semantic versions
// ("v1.12.3-rc.2+build7") parsed with strings.Cut/Split and
// strconv.Atoi into structs and ordered by SemVer 2.0 precedence
// (numeric vs alphanumeric pre-release identifiers), and file names in
// natural order ("file9.txt" < "file10.txt") by a comparator that walks
// digit runs without allocating, also case-insensitively through
// strings.EqualFold-style folding. sort.Slice and sort.SliceStable with
// these comparators; the check is hashes of the orders and a dedup
// count through map[string]struct{}.

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type version struct {
	major, minor, patch int
	pre                 []string
	build               string
	raw                 string
}

func parseVersion(s string) (version, bool) {
	v := version{raw: s}
	s = strings.TrimPrefix(s, "v")
	s, v.build, _ = strings.Cut(s, "+")
	core, pre, hasPre := strings.Cut(s, "-")
	if hasPre {
		v.pre = strings.Split(pre, ".")
	}
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return v, false
	}
	nums := [3]*int{&v.major, &v.minor, &v.patch}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return v, false
		}
		*nums[i] = n
	}
	return v, true
}

func isNumeric(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func comparePre(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return len(b) - len(a) // a release sorts after its pre-releases
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		xn, yn := isNumeric(x), isNumeric(y)
		switch {
		case xn && yn:
			nx, _ := strconv.Atoi(x)
			ny, _ := strconv.Atoi(y)
			if nx != ny {
				return nx - ny
			}
		case xn != yn:
			if xn {
				return -1
			}
			return 1
		default:
			if c := strings.Compare(x, y); c != 0 {
				return c
			}
		}
	}
	return len(a) - len(b)
}

func (a version) less(b version) bool {
	if a.major != b.major {
		return a.major < b.major
	}
	if a.minor != b.minor {
		return a.minor < b.minor
	}
	if a.patch != b.patch {
		return a.patch < b.patch
	}
	return comparePre(a.pre, b.pre) < 0
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// naturalLess compares digit runs by value (leading zeros ignored, then
// the shorter run first) and other bytes one by one, folded when fold.
func naturalLess(a, b string, fold bool) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if isDigit(a[i]) && isDigit(b[j]) {
			si, sj := i, j
			for si < len(a) && a[si] == '0' {
				si++
			}
			for sj < len(b) && b[sj] == '0' {
				sj++
			}
			ei, ej := si, sj
			for ei < len(a) && isDigit(a[ei]) {
				ei++
			}
			for ej < len(b) && isDigit(b[ej]) {
				ej++
			}
			if ei-si != ej-sj {
				return ei-si < ej-sj
			}
			if c := strings.Compare(a[si:ei], b[sj:ej]); c != 0 {
				return c < 0
			}
			i, j = ei, ej
			continue
		}
		x, y := a[i], b[j]
		if fold {
			x, y = lower(x), lower(y)
		}
		if x != y {
			return x < y
		}
		i++
		j++
	}
	return len(a)-i < len(b)-j
}

func hashStrings(ss []string) uint64 {
	h := uint64(14695981039346656037)
	for _, s := range ss {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211
	}
	return h
}

func main() {
	n := 120000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := uint32(1)
	rnd := func(m int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % m
	}
	pres := []string{"", "-alpha", "-alpha.1", "-beta", "-beta.2", "-beta.11", "-rc.1", "-rc.1.x", "-0.3.7", "-x.7.z.92"}
	raws := make([]string, n)
	for i := range raws {
		raws[i] = fmt.Sprintf("v%d.%d.%d%s", rnd(5), rnd(20), rnd(30), pres[rnd(len(pres))])
		if rnd(4) == 0 {
			raws[i] += "+build" + strconv.Itoa(rnd(100))
		}
	}
	var versions []version
	unique := map[string]struct{}{}
	for _, r := range raws {
		if v, ok := parseVersion(r); ok {
			versions = append(versions, v)
			unique[r] = struct{}{}
		}
	}
	sort.SliceStable(versions, func(i, j int) bool { return versions[i].less(versions[j]) })
	ordered := make([]string, len(versions))
	for i, v := range versions {
		ordered[i] = v.raw
	}
	fmt.Printf("versions: %d parsed, %d distinct, first %s, last %s, hash %016x\n",
		len(versions), len(unique), ordered[0], ordered[len(ordered)-1], hashStrings(ordered))

	stems := []string{"file", "File", "img_", "IMG_", "track", "chapter-", "x"}
	exts := []string{".txt", ".png", ".mp3", ""}
	names := make([]string, n)
	for i := range names {
		names[i] = stems[rnd(len(stems))] + strings.Repeat("0", rnd(3)) + strconv.Itoa(rnd(2000)) + exts[rnd(len(exts))]
	}
	sort.Slice(names, func(i, j int) bool { return naturalLess(names[i], names[j], false) })
	fmt.Printf("natural: %s %s %s ... %s, hash %016x\n", names[0], names[1], names[2], names[len(names)-1], hashStrings(names))
	sort.SliceStable(names, func(i, j int) bool { return naturalLess(names[i], names[j], true) })
	fmt.Printf("folded:  %s %s %s ... %s, hash %016x\n", names[0], names[1], names[2], names[len(names)-1], hashStrings(names))
}
