package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var name string
	var age int
	fmt.Print("name? ")
	fmt.Scanln(&name)
	fmt.Print("age? ")
	n, err := fmt.Scanf("%d\n", &age)
	fmt.Println()
	fmt.Println(n, err, name, age)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("rest: %q\n", sc.Text())
	}
	var z int
	fmt.Println(fmt.Scan(&z))
}
