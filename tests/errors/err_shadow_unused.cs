package main

import "strconv"

func main() {
	n, err := strconv.Atoi("1")
	if err != nil {
		return
	}
	if n, err := strconv.Atoi("2"); err != nil {
		return
	}
}
