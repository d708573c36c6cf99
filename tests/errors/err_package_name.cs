package util // expect error at "util": package util is not supported: a CS program is package main

func Helper() int { return 1 }
