// globals over gc's 2 GB symbol limit are refused (sizes as gc lays them out);
// b (300 MB) is fine
package main

var a [1 << 20]int64
var b [300][1 << 20]byte
var c, d [2][1 << 30]int8

func main() { println(len(a), len(b), len(c), len(d)) }
