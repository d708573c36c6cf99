// Deadlines: WithDeadline, WithTimeout and timerCtx, a cancelCtx that a
// timer cancels with DeadlineExceeded.
//
// A child never outlives its parent's deadline: asking for a later one
// gives a plain WithCancel child, whose Deadline is the parent's. The
// timer is started under mu only if the context is not canceled yet, and
// every cancel stops it, so a canceled timerCtx holds no timer.
package context

import "time"

// WithDeadline returns a copy of parent that is canceled at d at the
// latest (with DeadlineExceeded), or earlier by cancel or by parent.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	checkParent(parent)
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := &timerCtx{cancelCtx: cancelCtx{Context: parent}, deadline: d}
	propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded)
		return c, func() { c.cancel(false, Canceled) }
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded)
		})
	}
	return c, func() { c.cancel(true, Canceled) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

type timerCtx struct {
	cancelCtx
	timer    *time.Timer // under cancelCtx.mu; nil once canceled
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" +
		c.deadline.String() + " [" + time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err error) {
	c.cancelCtx.cancel(false, err)
	if removeFromParent {
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}
