// checks: width, precision and the flags - + 0 space # on numbers and strings
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%5d][%05d][%+d]\n", -42, -42, -42)
	fmt.Printf("[%8s][%-8s][%.2s][%8.3s]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%#x][%#X][%#o][%08x]\n", 255, 255, 8, 3054)
	fmt.Printf("[%6.2f][%-8.3f][%08.3f][%+.2e]\n", 3.14159, 2.5, -2.5, 12345.678)
	fmt.Printf("[%5t][%-6v][%3c]\n", true, false, 'z')
	fmt.Printf("[%10q][%-10q]\n", "hi", "hi")
	fmt.Printf("[%*d][%-*d]\n", 6, 7, 4, 8)
	fmt.Printf("[%6.2v]\n", 3.14159)
}
