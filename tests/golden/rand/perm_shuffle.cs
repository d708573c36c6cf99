// checks: Perm and Shuffle (which uses a different bounded-int method than
// Intn) give Go's permutations, for the global source and a seeded Rand
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Perm(0), rand.Perm(1), rand.Perm(5))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	rand.Shuffle(0, func(i, j int) { panic("not called") })
	rand.Shuffle(1, func(i, j int) { panic("not called") })

	r := rand.New(rand.NewSource(2022))
	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i * i
	}
	var swaps [][2]int
	r.Shuffle(len(nums), func(i, j int) {
		swaps = append(swaps, [2]int{i, j})
		nums[i], nums[j] = nums[j], nums[i]
	})
	fmt.Println(nums)
	fmt.Println(swaps)
	fmt.Println(r.Perm(12))

	// every permutation of 3 shows up, with Go's counts
	counts := map[string]int{}
	for i := 0; i < 6000; i++ {
		counts[fmt.Sprint(r.Perm(3))]++
	}
	fmt.Println(counts)
}
