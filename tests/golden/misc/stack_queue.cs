// checks: slice-based stack and queue; bracket matching
package main

import "fmt"

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q %v\n", s, balanced(s))
	}
	queue := []int{1}
	order := []int{}
	for len(queue) > 0 && len(order) < 10 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		queue = append(queue, 2*v, 2*v+1)
	}
	fmt.Println(order)
}
