package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("echo: ")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			log.Println("accept:", err)
			return
		}
		line, _ := bufio.NewReader(c).ReadString('\n')
		log.Printf("got %q", line)
		c.Close()
		done <- true
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatalln("dial:", err)
	}
	fmt.Fprintln(c, "ping")
	<-done
	l := log.New(os.Stdout, "[worker] ", log.Lmsgprefix)
	l.Print("no newline")
	l.Print("with newline\n")
	l.Println("a", 1, true)
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix, log.Flags(), log.Prefix(), log.Default().Writer() == os.Stdout)
	var sb strings.Builder
	l2 := log.New(&sb, "P ", 0)
	l2.Printf("%d-%d", 1, 2)
	fmt.Printf("%q\n", sb.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l2.Panicf("bad %s", "thing")
	}()
	fmt.Printf("%q\n", sb.String())
	log.SetOutput(os.Stderr)
	_, err = net.Dial("tcp", "127.0.0.1:1")
	if err != nil {
		log.Fatal(err)
	}
}
