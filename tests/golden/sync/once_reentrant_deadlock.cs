// checks: once.Do called again from inside its own function blocks
// forever: all goroutines asleep, exit 2
package main

import (
	"fmt"
	"sync"
)

var once sync.Once
var config map[string]string

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"mode": "dev"}
	get("mode")
}

func get(k string) string {
	once.Do(loadConfig)
	return config[k]
}

func main() {
	fmt.Println(get("mode"))
}
