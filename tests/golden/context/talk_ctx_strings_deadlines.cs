// checks: contexts print their chain (WithValue names key types), past
// deadlines are done at once, children keep the earlier deadline
package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string

type stringer struct{}

func (stringer) String() string { return "I'm a stringer" }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	c1, cancel1 := context.WithCancel(bg)
	defer cancel1()
	fmt.Println(c1)
	v1 := context.WithValue(c1, ctxKey("user"), "gopher")
	fmt.Println(v1)
	v2 := context.WithValue(v1, 7, stringer{})
	fmt.Println(v2)
	v3 := context.WithValue(v2, ctxKey("n"), 42)
	fmt.Println(v3)
	fmt.Println(v3.Value(ctxKey("user")), v3.Value(7), v3.Value("user"))
	fmt.Println(bg.Done() == nil, bg.Err(), c1.Done() != nil)
	_, ok := bg.Deadline()
	fmt.Println(ok)

	past, cancel2 := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer cancel2()
	select {
	case <-past.Done():
		fmt.Println("already done:", past.Err())
	default:
		fmt.Println("not done")
	}
	outer, cancel3 := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancel3()
	inner, cancel4 := context.WithTimeout(outer, time.Hour)
	defer cancel4()
	d1, _ := outer.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println("inner keeps earlier deadline:", d1.Equal(d2))
	<-inner.Done()
	fmt.Println(inner.Err(), outer.Err())
	cancel4()
	fmt.Println(inner.Err())
	child, cancel5 := context.WithCancel(inner)
	fmt.Println("child of done parent:", child.Err())
	cancel5()
	cancel5()
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T %v\n", context.DeadlineExceeded, context.Canceled.Error())
	type timeouter interface{ Timeout() bool }
	te, isT := context.DeadlineExceeded.(timeouter)
	fmt.Println(isT && te.Timeout())
}
