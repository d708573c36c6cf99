package main

import "nosuchpkg" // expect error at "\"nosuchpkg\"": package nosuchpkg is not in std

func main() {
	nosuchpkg.Run()
}
