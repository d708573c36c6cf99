// http1-4 without net/http: a Handler interface, database map with ServeHTTP-like method,
// HandlerFunc adapter type with a method, a ServeMux keyed by path, method values as handlers,
// reverse via embedded sort.Interface, labelled break out of select.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type ResponseWriter interface {
	io.Writer
	WriteHeader(code int)
}

type Request struct {
	Path  string
	Query map[string]string
}

type Handler interface {
	ServeHTTP(w ResponseWriter, req *Request)
}

type HandlerFunc func(w ResponseWriter, req *Request)

func (f HandlerFunc) ServeHTTP(w ResponseWriter, req *Request) { f(w, req) }

type ServeMux struct{ m map[string]Handler }

func NewServeMux() *ServeMux { return &ServeMux{make(map[string]Handler)} }

func (mux *ServeMux) Handle(p string, h Handler) { mux.m[p] = h }
func (mux *ServeMux) HandleFunc(p string, f func(ResponseWriter, *Request)) {
	mux.Handle(p, HandlerFunc(f))
}

func (mux *ServeMux) ServeHTTP(w ResponseWriter, req *Request) {
	if h, ok := mux.m[req.Path]; ok {
		h.ServeHTTP(w, req)
		return
	}
	w.WriteHeader(404)
	fmt.Fprintf(w, "no such page: %s\n", req.Path)
}

type recorder struct {
	strings.Builder
	code int
}

func (r *recorder) WriteHeader(code int) { r.code = code }

type dollars float32

func (d dollars) String() string { return fmt.Sprintf("$%.2f", d) }

type database map[string]dollars

func (db database) list(w ResponseWriter, req *Request) {
	var items []string
	for item := range db {
		items = append(items, item)
	}
	sort.Strings(items)
	for _, item := range items {
		fmt.Fprintf(w, "%s: %s\n", item, db[item])
	}
}

func (db database) price(w ResponseWriter, req *Request) {
	item := req.Query["item"]
	price, ok := db[item]
	if !ok {
		w.WriteHeader(404)
		fmt.Fprintf(w, "no such item: %q\n", item)
		return
	}
	fmt.Fprintf(w, "%s\n", price)
}

func (db database) ServeHTTP(w ResponseWriter, req *Request) {
	switch req.Path {
	case "/list":
		db.list(w, req)
	default:
		w.WriteHeader(404)
		fmt.Fprintf(w, "db: no such page: %s\n", req.Path)
	}
}

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func serve(h Handler, path string, q map[string]string) {
	rec := &recorder{code: 200}
	h.ServeHTTP(rec, &Request{path, q})
	fmt.Printf("%s %d\n%s", path, rec.code, rec.String())
}

func main() {
	db := database{"shoes": 50, "socks": 5, "hat": 12.5}
	serve(db, "/list", nil)
	serve(db, "/nope", nil)
	mux := NewServeMux()
	mux.Handle("/list", HandlerFunc(db.list))
	mux.HandleFunc("/price", db.price)
	priceFn := db.price
	mux.HandleFunc("/price2", priceFn)
	serve(mux, "/price", map[string]string{"item": "socks"})
	serve(mux, "/price2", map[string]string{"item": "tie"})
	serve(mux, "/list", nil)
	serve(mux, "/x", nil)
	var h Handler = mux
	if _, ok := h.(*ServeMux); ok {
		fmt.Println("h is *ServeMux")
	}
	var w io.Writer = os.Stdout
	write := w.Write
	write([]byte("via method value\n"))
	xs := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)

	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(done)
	}()
	total := 0
loop:
	for {
		select {
		case v := <-ch:
			total += v
		case <-done:
			break loop
		}
	}
	fmt.Println("total", total)
	var sh Handler
	defer func() { fmt.Println("recovered:", recover()) }()
	sh.ServeHTTP(nil, nil)
}
