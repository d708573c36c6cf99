// Package flag, the usage side: PrintDefaults and the pieces it shares
// with user Usage functions (UnquoteUsage).
//
// Go decides whether to print "(default ...)" by comparing the default
// with the String of a freshly made zero value of the flag's type, which
// it builds through reflect. CS has no reflect; zeroValueOf (flag.c) makes
// the same zero value from the interface's type descriptor: for a pointer
// type a pointer to a new zeroed element, otherwise the zero of the type.
package flag

import (
	"fmt"
	"strings"
)

// zeroValueOf returns the zero value of v's dynamic type, or for a
// pointer type a pointer to a new zero element (flag.c).
func zeroValueOf(v Value) Value

// isZeroValue reports whether value is what the zero value of the flag's
// type prints; a String method that panics on the zero value is an error.
func isZeroValue(flag *Flag, value string) (ok bool, err error) {
	z := zeroValueOf(flag.Value)
	defer func() {
		if e := recover(); e != nil {
			typ := strings.TrimPrefix(fmt.Sprintf("%T", flag.Value), "*")
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", typ, flag.Name, e)
		}
	}()
	return value == z.String(), nil
}

// UnquoteUsage extracts a back-quoted name from the usage string of a
// flag and returns it and the un-quoted usage; without back quotes the
// name is a guess from the flag's type ("" for booleans).
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			name = usage[i+1 : i+1+j]
			return name, usage[:i] + name + usage[i+2+j:]
		}
	}
	name = "value"
	switch flag.Value.(type) {
	case boolFlag:
		name = ""
	case *durationValue:
		name = "duration"
	case *float64Value:
		name = "float"
	case *intValue, *int64Value:
		name = "int"
	case *stringValue:
		name = "string"
	case *uintValue, *uint64Value:
		name = "uint"
	}
	return
}

// PrintDefaults prints, to the set's output, a usage line for each of
// its flags in name order, with the default where it is not the zero.
func (f *FlagSet) PrintDefaults() {
	var errs []error
	f.VisitAll(func(flag *Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", flag.Name)
		name, usage := UnquoteUsage(flag)
		if len(name) > 0 {
			b.WriteString(" ")
			b.WriteString(name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if isZero, err := isZeroValue(flag, flag.DefValue); err != nil {
			errs = append(errs, err)
		} else if !isZero {
			if _, ok := flag.Value.(*stringValue); ok {
				fmt.Fprintf(&b, " (default %q)", flag.DefValue)
			} else {
				fmt.Fprintf(&b, " (default %v)", flag.DefValue)
			}
		}
		fmt.Fprint(f.Output(), b.String(), "\n")
	})
	if len(errs) > 0 {
		fmt.Fprintln(f.Output())
		for _, err := range errs {
			fmt.Fprintln(f.Output(), err)
		}
	}
}

// defaultUsage is a FlagSet's Usage until the program sets its own.
func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
	f.PrintDefaults()
}
