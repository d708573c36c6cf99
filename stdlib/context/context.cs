// Package context: deadlines, cancellation and request-scoped values that
// travel down a call tree (Go 1.19's package context, whole).
//
// A Context is an interface; this package has four implementations:
//   - emptyCtx (this file): Background and TODO, never canceled, no values;
//   - cancelCtx (cancel.cs): WithCancel, owns the Done channel and a set of
//     children that it cancels when it is canceled;
//   - timerCtx (deadline.cs): WithDeadline/WithTimeout, a cancelCtx plus a
//     deadline and the timer that cancels it;
//   - valueCtx (value.cs): WithValue, one key/value pair in front of its
//     parent.
// Derived contexts embed their parent, so methods they do not override
// (Deadline of a cancelCtx, Done of a valueCtx) answer with the parent's.
//
// Two questions need type descriptors, which CS programs cannot reach
// without reflect: a value's type name (String of a context whose parent is
// a user type without a String method, and of a WithValue key) and
// whether a key's type is comparable. context.c answers both.
package context

import (
	"errors"
	"time"
)

// A Context carries a deadline, a cancellation signal and values across
// API boundaries. Its methods may be called by several goroutines at once.
type Context interface {
	// Deadline returns when work done for this context should be canceled;
	// ok is false when there is no deadline.
	Deadline() (deadline time.Time, ok bool)
	// Done returns a channel closed when this context is canceled, or nil
	// if it can never be.
	Done() <-chan struct{}
	// Err is nil until Done is closed, then Canceled or DeadlineExceeded.
	Err() error
	// Value returns the value bound to key, or nil.
	Value(key any) any
}

// Canceled is the error Err returns after the context was canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error Err returns after the deadline passed.
// It is a timeout: it has Timeout() and Temporary() methods returning true.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// An emptyCtx is never canceled, has no values and no deadline. It is a
// pointer type so that Background and TODO are distinct values.
type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key any) any                       { return nil }

func (e *emptyCtx) String() string {
	switch e {
	case background:
		return "context.Background"
	case todo:
		return "context.TODO"
	}
	return "unknown empty Context"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

// Background returns the root context: never canceled, no values, no
// deadline.
func Background() Context {
	return background
}

// TODO returns an empty context for code that does not yet know which
// context to use.
func TODO() Context {
	return todo
}

// typeName returns the name of x's dynamic type as %T prints it.
func typeName(x any) string

// comparableType reports whether x's dynamic type supports ==.
func comparableType(x any) bool

type stringer interface {
	String() string
}

// contextName names c in the String of a context derived from it.
func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeName(c)
}

// checkParent panics as Go does when a context is derived from nil.
func checkParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}
