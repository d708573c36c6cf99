// Values: WithValue and valueCtx, one key/value pair in front of a parent.
//
// Lookups walk the chain of parents iteratively (value), stepping through
// this package's own context types without calling their Value methods,
// and hand over to Value only at a context type of the user's.
package context

// WithValue returns a copy of parent in which Value(key) is val. The key
// must be non-nil and of a comparable type.
func WithValue(parent Context, key, val any) Context {
	checkParent(parent)
	if key == nil {
		panic("nil key")
	}
	if !comparableType(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return value(c.Context, key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(type " + typeName(c.key) +
		", val " + stringify(c.val) + ")"
}

// stringify shows a value in String without fmt: Strings and strings only.
func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}

// value looks key up from c towards the root.
func value(c Context, key any) any {
	for {
		switch ctx := c.(type) {
		case *valueCtx:
			if key == ctx.key {
				return ctx.val
			}
			c = ctx.Context
		case *cancelCtx:
			if key == &cancelCtxKey {
				return c
			}
			c = ctx.Context
		case *timerCtx:
			if key == &cancelCtxKey {
				return &ctx.cancelCtx
			}
			c = ctx.Context
		case *emptyCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}
