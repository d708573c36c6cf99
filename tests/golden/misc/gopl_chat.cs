// chat server: broadcaster goroutine owning the client set, entering/leaving/messages
// channels, clientWriter per connection; clients in the same program speak in turn.
// A client has joined the room once it hears its own "(joined)" line, which makes the
// order of every client's lines deterministic.
package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"sort"
	"strings"
)

type client chan<- string

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string)
)

func broadcaster() {
	clients := make(map[client]bool)
	for {
		select {
		case msg := <-messages:
			for cli := range clients {
				cli <- msg
			}
		case cli := <-entering:
			clients[cli] = true
		case cli := <-leaving:
			delete(clients, cli)
			close(cli)
		}
	}
}

func handleConn(conn net.Conn) {
	ch := make(chan string)
	go clientWriter(conn, ch)
	input := bufio.NewScanner(conn)
	input.Scan()
	who := input.Text()
	ch <- "You are " + who
	messages <- who + " has arrived"
	entering <- ch
	for input.Scan() {
		messages <- who + ": " + input.Text()
	}
	leaving <- ch
	messages <- who + " has left"
	conn.Close()
}

func clientWriter(conn net.Conn, ch <-chan string) {
	for msg := range ch {
		fmt.Fprintln(conn, msg)
	}
}

type user struct {
	name  string
	conn  net.Conn
	lines *bufio.Scanner
}

func join(addr, name string) *user {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintln(c, name)
	u := &user{name, c, bufio.NewScanner(c)}
	u.expect()
	u.say("(joined)")
	for u.expect() != name+": (joined)" {
	}
	return u
}

// say sends one line to the room.
func (u *user) say(line string) { fmt.Fprintln(u.conn, line) }

// expect reads one line and reports it.
func (u *user) expect() string {
	if !u.lines.Scan() {
		return "<eof>"
	}
	line := u.lines.Text()
	fmt.Printf("[%s] %s\n", u.name, line)
	return line
}

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go broadcaster()
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				log.Print(err)
				continue
			}
			go handleConn(conn)
		}
	}()
	addr := l.Addr().String()
	alice := join(addr, "alice")
	bob := join(addr, "bob")
	alice.expect()
	alice.expect()
	alice.say("hi bob")
	alice.expect()
	bob.expect()
	bob.say("hello alice")
	got := []string{alice.expect(), bob.expect()}
	sort.Strings(got)
	fmt.Println(strings.Join(got, " | "))
	bob.conn.(*net.TCPConn).CloseWrite()
	alice.expect()
	bob.expect()
	alice.conn.Close()
}
