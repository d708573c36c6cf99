// An HTTP/1.0-like request parser over bufio.ReadWriter: request line,
// headers, Content-Length body via io.ReadFull, a 400 for garbage.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
)

type request struct {
	method, path string
	headers      map[string]string
	body         []byte
}

func readRequest(r *bufio.Reader) (*request, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return nil, err
	}
	parts := strings.Fields(line)
	if len(parts) != 3 {
		return nil, fmt.Errorf("malformed request line %q", strings.TrimRight(line, "\r\n"))
	}
	req := &request{method: parts[0], path: parts[1], headers: map[string]string{}}
	for {
		h, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		h = strings.TrimRight(h, "\r\n")
		if h == "" {
			break
		}
		k, v, ok := strings.Cut(h, ":")
		if !ok {
			return nil, fmt.Errorf("malformed header %q", h)
		}
		req.headers[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
	}
	if cl, ok := req.headers["content-length"]; ok {
		n, err := strconv.Atoi(cl)
		if err != nil {
			return nil, err
		}
		req.body = make([]byte, n)
		if _, err := io.ReadFull(r, req.body); err != nil {
			return nil, err
		}
	}
	return req, nil
}

func serve(c net.Conn) {
	defer c.Close()
	rw := bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c))
	for {
		req, err := readRequest(rw.Reader)
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintf(rw, "HTTP/1.0 400 Bad Request\r\n\r\n%v\n", err)
			rw.Flush()
			return
		}
		body := fmt.Sprintf("%s %s body=%q host=%s\n", req.method, req.path, req.body, req.headers["host"])
		fmt.Fprintf(rw, "HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
		rw.Flush()
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	br := bufio.NewReader(c)
	send := func(raw string) {
		io.WriteString(c, raw)
		status, _ := br.ReadString('\n')
		fmt.Print("status: ", status)
		length := -1
		for {
			h, _ := br.ReadString('\n')
			if h == "\r\n" || h == "" {
				break
			}
			if k, v, ok := strings.Cut(strings.TrimSpace(h), ": "); ok && k == "Content-Length" {
				length, _ = strconv.Atoi(v)
			}
		}
		if length >= 0 {
			b := make([]byte, length)
			io.ReadFull(br, b)
			fmt.Print("body: ", string(b))
		} else {
			rest, _ := io.ReadAll(br)
			fmt.Print("error body: ", string(rest))
		}
	}
	send("GET /index.html HTTP/1.0\r\nHost: example\r\n\r\n")
	send("POST /submit HTTP/1.0\r\nHost: example\r\nContent-Length: 11\r\n\r\nhello=world")
	send("BROKEN\r\n\r\n")
	c.Close()
	ln.Close()
}
