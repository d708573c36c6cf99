// checks: context.WithTimeout/WithDeadline: timeouts seen in select through
// ctx.Done(), DeadlineExceeded vs Canceled, deadline inheritance (a later
// child deadline keeps the parent's), deadlines already passed
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func waitOrTimeout(ctx context.Context, work <-chan int) {
	select {
	case v := <-work:
		fmt.Println("work finished:", v)
	case <-ctx.Done():
		fmt.Println("gave up:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	}
}

func main() {
	bg := context.Background()

	// the timeout fires first: nothing is ever sent on work
	ctx, cancel := context.WithTimeout(bg, 20*time.Millisecond)
	waitOrTimeout(ctx, make(chan int))
	cancel()
	fmt.Println("cancel after timeout keeps:", ctx.Err())

	// the work finishes first
	ctx, cancel = context.WithTimeout(bg, time.Hour)
	work := make(chan int, 1)
	work <- 42
	waitOrTimeout(ctx, work)
	fmt.Println("before cancel:", ctx.Err())
	cancel()
	fmt.Println("after cancel:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	// a timeout reaches children of every kind
	parent, cancel := context.WithTimeout(bg, 10*time.Millisecond)
	defer cancel()
	child, childCancel := context.WithCancel(context.WithValue(parent, "k", 1))
	defer childCancel()
	grandchild, gcCancel := context.WithTimeout(child, time.Hour)
	defer gcCancel()
	<-grandchild.Done()
	fmt.Println("inherited:", parent.Err(), child.Err(), grandchild.Err())

	// deadline inheritance
	pd, pCancel := context.WithDeadline(bg, time.Now().Add(time.Hour))
	defer pCancel()
	parentDeadline, _ := pd.Deadline()
	later, lCancel := context.WithTimeout(pd, 2*time.Hour)
	defer lCancel()
	ld, ok := later.Deadline()
	fmt.Println("later child keeps parent's:", ok, ld.Equal(parentDeadline))
	fmt.Println(later == pd, fmt.Sprint(later)[:len("context.Background.WithDeadline(")])
	s := fmt.Sprint(later)
	fmt.Println("later child is a WithCancel:", s[len(s)-len("]).WithCancel"):])
	sooner, sCancel := context.WithTimeout(pd, time.Minute)
	defer sCancel()
	sd, ok := sooner.Deadline()
	fmt.Println("sooner child has its own:", ok, sd.Before(parentDeadline))
	vd, ok := context.WithValue(sooner, "k", "v").Deadline()
	fmt.Println("value child sees it:", ok, vd.Equal(sd))
	cd, ok := context.WithValue(context.TODO(), "k", "v").Deadline()
	fmt.Println("no deadline:", ok, cd.IsZero())

	// deadline already passed: canceled at once, cancel then does nothing
	past := time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)
	gone, goneCancel := context.WithDeadline(bg, past)
	fmt.Println("past deadline:", gone.Err())
	<-gone.Done()
	goneCancel()
	fmt.Println("past deadline after cancel:", gone.Err())
	neg, negCancel := context.WithTimeout(bg, -time.Second)
	fmt.Println("negative timeout:", neg.Err())
	negCancel()

	// canceling a parent before its deadline gives Canceled to all
	p2, p2Cancel := context.WithCancel(bg)
	t2, t2Cancel := context.WithTimeout(p2, time.Hour)
	defer t2Cancel()
	p2Cancel()
	<-t2.Done()
	fmt.Println("parent canceled first:", t2.Err())

	// many timeouts racing in select
	results := make(chan string)
	for i := 0; i < 20; i++ {
		go func(i int) {
			c, cancel := context.WithTimeout(bg, time.Duration(i%5+1)*time.Millisecond)
			defer cancel()
			select {
			case <-c.Done():
				results <- c.Err().Error()
			case <-time.After(time.Hour):
				results <- "late"
			}
		}(i)
	}
	counts := map[string]int{}
	for i := 0; i < 20; i++ {
		counts[<-results]++
	}
	fmt.Println(counts)
}
