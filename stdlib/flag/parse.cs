// Package flag, parsing: one flag word at a time, as Go's parseOne does,
// with Go's error wording ("flag provided but not defined: -x").
package flag

import (
	"errors"
	"fmt"
	"os"
)

// sprintf formats a message and also prints it to the set's output.
func (f *FlagSet) sprintf(format string, a ...any) string {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// failf prints a message and the usage, and returns the message as an
// error.
func (f *FlagSet) failf(format string, a ...any) error {
	msg := f.sprintf(format, a...)
	f.usage()
	return errors.New(msg)
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

// parseOne consumes one flag (and its value word) from f.args; false
// when the flags have ended or on an error.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	s := f.args[0]
	if len(s) < 2 || s[0] != '-' {
		return false, nil
	}
	minuses := 1
	if s[1] == '-' {
		minuses++
		if len(s) == 2 {
			f.args = f.args[1:]
			return false, nil
		}
	}
	name := s[minuses:]
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		return false, f.failf("bad flag syntax: %s", s)
	}
	f.args = f.args[1:]
	hasValue := false
	value := ""
	for i := 1; i < len(name); i++ {
		if name[i] == '=' {
			value = name[i+1:]
			hasValue = true
			name = name[:i]
			break
		}
	}
	flag, ok := f.formal[name]
	if !ok {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.failf("flag provided but not defined: -%s", name)
	}
	if err := f.setParsed(flag, name, value, hasValue); err != nil {
		return false, err
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = flag
	return true, nil
}

// setParsed gives flag its value: a boolean flag needs none ("-v" is
// "-v=true"), any other takes the next word when "=value" is absent.
func (f *FlagSet) setParsed(flag *Flag, name, value string, hasValue bool) error {
	if fv, ok := flag.Value.(boolFlag); ok && fv.IsBoolFlag() {
		if hasValue {
			if err := fv.Set(value); err != nil {
				return f.failf("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else if err := fv.Set("true"); err != nil {
			return f.failf("invalid boolean flag %s: %v", name, err)
		}
		return nil
	}
	if !hasValue && len(f.args) > 0 {
		hasValue = true
		value, f.args = f.args[0], f.args[1:]
	}
	if !hasValue {
		return f.failf("flag needs an argument: -%s", name)
	}
	if err := flag.Value.Set(value); err != nil {
		return f.failf("invalid value %q for flag -%s: %v", value, name, err)
	}
	return nil
}

// Parse parses flags from arguments, which must not include the command
// name; on an error it acts as the set's ErrorHandling says.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		seen, err := f.parseOne()
		if seen {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.errorHandling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
	}
}
