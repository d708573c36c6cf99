package main

type P *int

func (p P) M() {}

type I interface{ M() }

func (i I) N() {}

func main() {}
