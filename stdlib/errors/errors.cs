// Package errors: error values, wrapping, Is and As. Everything is CS
// except the two questions that need type descriptors (errors.c):
// whether a dynamic type is comparable, and As's assignment through an
// arbitrary pointer.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// New returns an error whose Error method returns text. Each call makes a
// distinct value, even for equal texts.
func New(text string) error {
	return &errorString{text}
}

type wrapper interface {
	Unwrap() error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(any) bool
}

// Unwrap returns the result of err's Unwrap method, or nil.
func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// comparable reports whether err's dynamic type supports ==.
func comparable(err error) bool

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// asTarget checks As's target: 0 fine, 1 not a non-nil pointer, 2 the
// pointed-to type is neither an interface nor an error type.
func asTarget(target any) int

// assignTo stores err into *target when err's dynamic type is assignable
// to the pointed-to type.
func assignTo(err error, target any) bool

// As finds the first error in err's chain that matches target, and if
// so, sets target to that error value and returns true.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
