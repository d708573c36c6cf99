package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	var nums []int
	for sc.Scan() {
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Println("skip", sc.Text())
			continue
		}
		nums = append(nums, v)
	}
	n := nums[0]
	mat := nums[1:]
	fmt.Println("n =", n, "values =", len(mat))
	tr := 0
	for i := 0; i < n; i++ {
		tr += mat[i*n+i]
	}
	fmt.Println("trace", tr)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			fmt.Fprintf(w, "%4d", mat[j*n+i])
		}
		fmt.Fprintln(w)
	}
}
