// Cancellation: WithCancel, the cancelCtx behind it, and how a canceled
// context reaches its descendants.
//
// A cancelCtx owns a Done channel (made lazily; closedchan when canceled
// before anyone asked for it) and the set of children to cancel with it.
// Invariants, all under mu: err is nil until the first cancel, which sets
// it, closes done, cancels every child and drops the set (children is nil
// afterwards, so a canceled context never holds on to children).
//
// propagateCancel links a new child to its nearest cancelable ancestor.
// When that ancestor is one of ours (found through Value with the private
// key &cancelCtxKey, and only if its Done channel is the one the parent
// exposes), the child joins its children set. Otherwise the parent is a
// user-defined Context whose cancellation we cannot hook, so a goroutine
// waits on both Done channels, as Go's does.
//
// Lock order: a parent's mu is held while its children are canceled, so
// locks are taken from parent to child, never the other way; removeChild
// runs after the child has released its own mu.
package context

import "sync"

// A CancelFunc cancels its context; later calls do nothing. It does not
// wait for the work to stop.
type CancelFunc func()

// WithCancel returns a copy of parent with a new Done channel, closed when
// cancel is called or when parent's Done is closed, whichever is first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	checkParent(parent)
	c := &cancelCtx{Context: parent}
	propagateCancel(parent, c)
	return c, func() { c.cancel(true, Canceled) }
}

// A canceler is a context that can be canceled directly: *cancelCtx and
// *timerCtx.
type canceler interface {
	cancel(removeFromParent bool, err error)
	Done() <-chan struct{}
}

// closedchan is the Done channel of contexts canceled before Done was asked for.
var closedchan = make(chan struct{})

func init() {
	close(closedchan)
}

// cancelCtxKey's address is the key under which a cancelCtx answers Value
// with itself.
var cancelCtxKey int

type cancelCtx struct {
	Context

	mu       sync.Mutex
	done     chan struct{}         // made by the first Done or cancel
	children map[canceler]struct{} // nil after the first cancel
	err      error                 // set by the first cancel
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return value(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	return c.done
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel closes c's Done channel, cancels c's children and, if
// removeFromParent, removes c from its parent's children.
func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	if c.done == nil {
		c.done = closedchan
	} else {
		close(c.done)
	}
	for child := range c.children {
		child.cancel(false, err)
	}
	c.children = nil
	c.mu.Unlock()
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// propagateCancel arranges for child to be canceled when parent is.
func propagateCancel(parent Context, child canceler) {
	done := parent.Done()
	if done == nil {
		return
	}
	select {
	case <-done:
		child.cancel(false, parent.Err())
		return
	default:
	}
	p, ok := parentCancelCtx(parent)
	if !ok {
		go waitForParent(parent, child)
		return
	}
	p.mu.Lock()
	if p.err != nil {
		child.cancel(false, p.err)
	} else {
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
	}
	p.mu.Unlock()
}

// waitForParent cancels child when a parent of a foreign type is done; it
// ends early when child is canceled first.
func waitForParent(parent Context, child canceler) {
	select {
	case <-parent.Done():
		child.cancel(false, parent.Err())
	case <-child.Done():
	}
}

// parentCancelCtx returns the cancelCtx behind parent, if parent's Done
// channel is that cancelCtx's (a user type wrapping one may replace Done).
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == closedchan || done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	p.mu.Lock()
	pdone := p.done
	p.mu.Unlock()
	if pdone != done {
		return nil, false
	}
	return p, true
}

// removeChild takes child out of the children of parent's cancelCtx.
func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}
