// checks: the Go blog's context article: request values, httpDo waiting for
// its goroutine on cancel, deadlines, cancellation down but not up the tree
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

// httpDo runs f in a goroutine and waits for it or for ctx.
func httpDo(ctx context.Context, d time.Duration, f func(string, error) error) error {
	c := make(chan error, 1)
	go func() {
		time.Sleep(d)
		c <- f("response", nil)
	}()
	select {
	case <-ctx.Done():
		<-c // wait for f to return
		return ctx.Err()
	case err := <-c:
		return err
	}
}

func search(ctx context.Context, q string, d time.Duration) ([]string, error) {
	ip, _ := FromContext(ctx)
	var results []string
	err := httpDo(ctx, d, func(resp string, err error) error {
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
	ctx, cancel := context.WithTimeout(base, 100*time.Millisecond)
	r, err := search(ctx, "golang", 5*time.Millisecond)
	fmt.Println(r, err)
	cancel()
	r, err = search(ctx, "golang", 5*time.Millisecond)
	fmt.Println(r, err, errors.Is(err, context.Canceled))

	ctx, cancel = context.WithTimeout(base, 20*time.Millisecond)
	defer cancel()
	r, err = search(ctx, "slow", 200*time.Millisecond)
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
