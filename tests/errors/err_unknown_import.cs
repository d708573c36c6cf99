package main

import "nosuchpkg" // expect error at "\"nosuchpkg\"": package nosuchpkg is not supported

func main() {
	nosuchpkg.Run()
}
