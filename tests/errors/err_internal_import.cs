package main

import "crypto/internal/blockhash" // expect error at "\"crypto/internal/blockhash\"": use of internal package crypto/internal/blockhash not allowed

func main() {
	blockhash.New(nil, 0, false, nil)
}
