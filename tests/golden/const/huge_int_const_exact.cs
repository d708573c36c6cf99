// checks: untyped integer constants beyond 2^127 are exact where csc holds
// them (powers of two and short products): sums back into __int128 range
// (1<<127 - 1), division and remainder by huge or small divisors, negation
// of -1<<127, and values that once came out rounded or as "division by zero".
package main

import "fmt"

const (
	huge   = 1 << 200
	max127 = 1<<127 - 1
	min127 = -1 << 127
	c127   = 170141183460469231731687303715884105727
	g      = 1e100
)

func main() {
	fmt.Println(huge>>195, huge/(huge>>3), huge%(huge>>3), (huge+huge)>>199, (huge-(huge>>1))>>190)
	fmt.Println((max127+1)>>100, max127>>100, c127>>100, (c127+1)>>100, (min127+min127)>>120, -min127>>120)
	fmt.Println((huge*(1<<10))>>205, huge/(1<<190), (-huge)/(1<<199), (-huge)%(1<<199))
	fmt.Println(huge%3, huge%7, (-huge)%10, huge%(1<<62-57))
	fmt.Println(g/1e99, uint64(huge>>140), int64(max127>>64), (1<<130)/(1<<66) == 1<<64)
	fmt.Println(max127 == c127, (1<<127)-(1<<126) == 1<<126, min127/-1 == 1<<127)
}
