// checks: variables that are never written after their declaration, captured
// by goroutine closures started in a loop (each iteration's own variable,
// a parameter, an `x := x` copy, a type switch's and a select's bindings)
package main

import (
	"fmt"
	"sync"
)

type pair struct {
	name string
	n    int
}

func spawn(base int, tag string, out []string, wg *sync.WaitGroup) {
	for i := 0; i < 4; i++ {
		i := i
		sq := i * i
		p := pair{tag, base + sq}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprint(p.name, ":", p.n, "/", base)
		}()
	}
}

func describe(vals []interface{}) []string {
	res := make([]string, len(vals))
	var wg sync.WaitGroup
	for k, v := range vals {
		k := k
		switch x := v.(type) {
		case int:
			wg.Add(1)
			go func() { defer wg.Done(); res[k] = fmt.Sprint("int ", x+1) }()
		case string:
			wg.Add(1)
			go func() { defer wg.Done(); res[k] = "string " + x + x }()
		default:
			wg.Add(1)
			go func() { defer wg.Done(); res[k] = fmt.Sprintf("other %v", x) }()
		}
	}
	wg.Wait()
	return res
}

func relay(in []int) []int {
	ch := make(chan int)
	done := make(chan []int)
	go func() {
		var got []int
		for v := range ch {
			got = append(got, v)
		}
		done <- got
	}()
	src := make(chan int, len(in))
	for _, v := range in {
		src <- v
	}
	close(src)
	var wg sync.WaitGroup
	for {
		var quit bool
		select {
		case v, ok := <-src:
			if !ok {
				quit = true
				break
			}
			wg.Add(1)
			go func() { defer wg.Done(); ch <- v * 10 }()
			wg.Wait()
		}
		if quit {
			break
		}
	}
	close(ch)
	return <-done
}

func main() {
	out := make([]string, 4)
	var wg sync.WaitGroup
	spawn(100, "a", out, &wg)
	wg.Wait()
	fmt.Println(out)

	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		d := (i + 1) * 3
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = d + i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	fmt.Println(describe([]interface{}{1, "ab", 2.5, 41}))
	fmt.Println(relay([]int{1, 2, 3}))

	var fs []func() string
	for _, w := range []string{"x", "y", "z"} {
		w := w
		arr := [3]string{w, w + w, w + w + w}
		fs = append(fs, func() string { return arr[2] + arr[0] })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
