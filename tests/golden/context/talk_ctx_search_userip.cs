// checks: the Go blog's context article: request values, httpDo waiting for
// its goroutine on cancel, deadlines, cancellation down but not up the tree.
// The outcome of each request must not depend on timing: a server that
// answers does so before any deadline can pass (an hour away), a server that
// never answers leaves ctx.Done() the only ready case, and the request's
// goroutine ends only when httpDo cancels it, as the article's
// tr.CancelRequest does.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key int

const userIPKey key = 0

func NewContext(ctx context.Context, ip string) context.Context {
	return context.WithValue(ctx, userIPKey, ip)
}

func FromContext(ctx context.Context) (string, bool) {
	ip, ok := ctx.Value(userIPKey).(string)
	return ip, ok
}

// httpDo runs f on the answer from server in a goroutine and waits for it
// or for ctx; on ctx's end it cancels the request and waits for f to return.
func httpDo(ctx context.Context, server <-chan string, f func(string, error) error) error {
	c := make(chan error, 1)
	cancelRequest := make(chan struct{})
	go func() {
		select {
		case resp := <-server:
			c <- f(resp, nil)
		case <-cancelRequest:
			c <- f("", errors.New("request canceled"))
		}
	}()
	select {
	case <-ctx.Done():
		close(cancelRequest)
		<-c // wait for f to return
		return ctx.Err()
	case err := <-c:
		return err
	}
}

// answering is a server with its answer ready; silent never answers.
func answering() <-chan string {
	s := make(chan string, 1)
	s <- "response"
	return s
}

var silent <-chan string

func search(ctx context.Context, q string, server <-chan string) ([]string, error) {
	ip, _ := FromContext(ctx)
	var results []string
	err := httpDo(ctx, server, func(resp string, err error) error {
		if err != nil {
			return err
		}
		results = append(results, q+"@"+ip+":"+resp)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return results, nil
}

func main() {
	base := NewContext(context.Background(), "10.0.0.1")
	ctx, cancel := context.WithTimeout(base, time.Hour)
	r, err := search(ctx, "golang", answering())
	fmt.Println(r, err)
	cancel()
	r, err = search(ctx, "golang", silent)
	fmt.Println(r, err, errors.Is(err, context.Canceled))

	ctx, cancel = context.WithTimeout(base, 20*time.Millisecond)
	defer cancel()
	r, err = search(ctx, "slow", silent)
	fmt.Println(r, err, err == context.DeadlineExceeded)
	_, hasDeadline := ctx.Deadline()
	fmt.Println("deadline:", hasDeadline)

	// Cancellation propagates to children but not to parents.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	ccancel()
	fmt.Println(parent.Err(), child.Err())
	grand, gcancel := context.WithCancel(parent)
	defer gcancel()
	pcancel()
	<-grand.Done()
	fmt.Println(grand.Err(), parent.Err())
	ip, ok := FromContext(context.TODO())
	fmt.Printf("%q %v\n", ip, ok)
	fmt.Println(ctx.Value(userIPKey), ctx.Value(1))
}
