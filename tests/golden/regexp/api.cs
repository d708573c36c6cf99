// The Regexp accessors and package functions: String, NumSubexp,
// SubexpNames, SubexpIndex, QuoteMeta, MatchString and Match with a bad
// pattern, Copy, and one Regexp shared by goroutines.
package main

import (
	"fmt"
	"regexp"
	"sync"
)

func main() {
	re := regexp.MustCompile(`(?P<year>\d{4})-(\d{2})-(?P<day>\d{2})`)
	fmt.Println(re.String(), re.NumSubexp(), len(re.SubexpNames()))
	fmt.Printf("%q\n", re.SubexpNames())
	fmt.Println(re.SubexpIndex("year"), re.SubexpIndex("day"), re.SubexpIndex(""), re.SubexpIndex("month"))
	fmt.Println(regexp.QuoteMeta(`1.5+2*3? (a|b) [x] {y} ^$ \ é`), regexp.QuoteMeta("plain"))
	q := regexp.MustCompile(regexp.QuoteMeta(`a.b*c`))
	fmt.Println(q.MatchString("a.b*c"), q.MatchString("axbbc"))

	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`b+`, []byte("abbc"))
	fmt.Println(ok, err)
	c := re.Copy()
	fmt.Println(c.FindStringSubmatch("on 2022-08-02."), c.String() == re.String())
	fmt.Println(re.FindStringSubmatch("none"), re.FindStringSubmatch("none") == nil, re.FindAllString("x", -1) == nil)

	var wg sync.WaitGroup
	counts := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				s := fmt.Sprintf("%04d-%02d-%02d", 1000+i, g+1, i%28+1)
				if m := re.FindStringSubmatch(s); m != nil && m[2] == fmt.Sprintf("%02d", g+1) {
					counts[g]++
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(counts)

	for i := 0; i < 20000; i++ { // compiled patterns are collected
		r := regexp.MustCompile(fmt.Sprintf(`x%d(y+)`, i))
		if !r.MatchString(fmt.Sprintf("ax%dyy", i)) {
			fmt.Println("no match", i)
		}
	}
	fmt.Println("done")
}
