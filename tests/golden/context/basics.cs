// checks: context Background/TODO, Err before and after cancel, cancel
// idempotence, the error values and their texts, %v of every context kind
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

type timeouter interface {
	Timeout() bool
	Temporary() bool
}

type userKey struct{ n int }

type named string

func (n named) String() string { return "named:" + string(n) }

func mustPanic(what string, f func()) {
	defer func() { fmt.Println(what, "panics:", recover()) }()
	f()
}

func main() {
	bg, todo := context.Background(), context.TODO()
	fmt.Println(bg, todo, bg == todo)
	fmt.Println(bg.Done() == nil, bg.Err(), bg.Value("k"))
	_, ok := bg.Deadline()
	fmt.Println("background deadline:", ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Printf("%v err=%v\n", ctx, ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done yet")
	}
	done := ctx.Done()
	cancel()
	cancel()
	<-done
	fmt.Println("after cancel:", ctx.Err(), ctx.Done() == done, ctx.Err() == context.Canceled)
	cancel()
	fmt.Println("still:", ctx.Err())

	// Done asked for only after the cancel
	late, lateCancel := context.WithCancel(todo)
	lateCancel()
	<-late.Done()
	fmt.Println(late, late.Err())

	fmt.Println(context.Canceled, "|", context.DeadlineExceeded)
	t, isTimeout := context.DeadlineExceeded.(timeouter)
	fmt.Println(isTimeout, t.Timeout(), t.Temporary())
	_, canceledTimeout := context.Canceled.(timeouter)
	fmt.Println("Canceled is a timeout:", canceledTimeout)
	wrapped := fmt.Errorf("fetch: %w", context.DeadlineExceeded)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded), errors.Is(wrapped, context.Canceled))

	v1 := context.WithValue(ctx, "user", "ann")
	v2 := context.WithValue(v1, userKey{1}, named("bob"))
	v3 := context.WithValue(v2, named("k"), 42)
	v4 := context.WithValue(bg, 7, []int{1})
	fmt.Println(v1)
	fmt.Println(v2)
	fmt.Println(v3)
	fmt.Println(v4)
	c2, cancel2 := context.WithCancel(v3)
	defer cancel2()
	fmt.Println(c2)

	when := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	dl, cancel3 := context.WithDeadline(c2, when)
	defer cancel3()
	s := fmt.Sprint(dl)
	fmt.Println(s[:strings.Index(s, " [")], strings.HasSuffix(s, "])"))
	fmt.Println(dl.Err())

	mustPanic("nil parent", func() { context.WithCancel(nil) })
	mustPanic("nil parent value", func() { context.WithValue(nil, 1, 2) })
	mustPanic("nil key", func() { context.WithValue(bg, nil, 2) })
	mustPanic("slice key", func() { context.WithValue(bg, []int{1}, 2) })
	mustPanic("map key", func() { context.WithValue(bg, map[int]int{}, 2) })
}
