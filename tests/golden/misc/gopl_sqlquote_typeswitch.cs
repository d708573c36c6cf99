// sqlQuote with a type switch over interface{}, xmlselect-like token stream with a type
// switch over token kinds, and error type hierarchies.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type NullInt struct{ Valid bool; V int }

func sqlQuote(x interface{}) string {
	switch x := x.(type) {
	case nil:
		return "NULL"
	case int, uint:
		return fmt.Sprintf("%d", x)
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case fmt.Stringer:
		return sqlQuote(x.String())
	case NullInt:
		if !x.Valid {
			return sqlQuote(nil)
		}
		return sqlQuote(x.V)
	case error:
		return "ERROR(" + x.Error() + ")"
	default:
		panic(fmt.Sprintf("unexpected type %T: %v", x, x))
	}
}

func listing(query string, args ...interface{}) string {
	out := query
	for _, a := range args {
		out = strings.Replace(out, "?", sqlQuote(a), 1)
	}
	return out
}

type Name struct{ Local string }
type Attr struct{ Name Name; Value string }
type StartElement struct {
	Name Name
	Attr []Attr
}
type EndElement struct{ Name Name }
type CharData []byte
type Token interface{}

type wrapped struct{ s string }

func (w wrapped) String() string { return "<" + w.s + ">" }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

func classify(err error) string {
	var nf *NotFound
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &nf):
		return "missing " + nf.Key
	}
	if t, ok := err.(Temporary); ok && t.Temporary() {
		return "retry"
	}
	return "fatal: " + err.Error()
}

func main() {
	fmt.Println(listing("SELECT * FROM t WHERE a = ? AND b = ? AND c = ? AND d = ? AND e = ?",
		42, "O'Reilly", true, nil, uint(7)))
	fmt.Println(sqlQuote(wrapped{"it's"}), sqlQuote(NullInt{}), sqlQuote(NullInt{true, 5}))
	fmt.Println(sqlQuote(errors.New("boom")), sqlQuote(false))
	toks := []Token{
		StartElement{Name{"html"}, nil},
		StartElement{Name{"div"}, []Attr{{Name{"id"}, "page"}, {Name{"class"}, "wide"}}},
		CharData("hello"),
		StartElement{Name{"h2"}, nil},
		CharData("Title"),
		EndElement{Name{"h2"}},
		EndElement{Name{"div"}},
		EndElement{Name{"html"}},
	}
	var stack []string
	for _, tok := range toks {
		switch tok := tok.(type) {
		case StartElement:
			stack = append(stack, tok.Name.Local)
			for _, a := range tok.Attr {
				fmt.Printf("  attr %s=%q\n", a.Name.Local, a.Value)
			}
		case EndElement:
			stack = stack[:len(stack)-1]
		case CharData:
			fmt.Printf("%s: %s\n", strings.Join(stack, " "), tok)
		}
	}
	wrappedErr := fmt.Errorf("layer: %w", &NotFound{"k1"})
	for _, e := range []error{nil, &NotFound{"x"}, wrappedErr, timeout{}, errors.New("disk")} {
		fmt.Println(classify(e))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	sqlQuote(3.5)
}
