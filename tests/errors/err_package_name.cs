package util // expect error at "util": package util is not a main package: csc builds programs (package main)

func Helper() int { return 1 }
