package main

func main() {
}

/* this comment is never closed
func f() {}
