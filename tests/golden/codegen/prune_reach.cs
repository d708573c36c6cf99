// What gen_prune.c must keep: methods reached only through interfaces,
// fmt's Stringer/Error/GoStringer/Formatter calls, types named only in
// type switches and assertions (with methods of the same name and other
// signatures), method expressions, package initializers with side effects
// (blank, unused, out of order, map and array literals of functions, flag
// and os calls) and init functions.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("err", e.code) }

type onlyIface struct{ n int }

func (o onlyIface) Area() int   { return o.n * o.n }
func (o *onlyIface) Grow()      { o.n++ }
func (o onlyIface) unused() int { return 0 }

type Shape interface{ Area() int }
type Grower interface{ Grow() }

type key struct {
	a int
	s string
	i interface{}
}

type inSwitch struct{ v [2]int }
type inSwitch2 struct{ v string }

func (s inSwitch2) GoString() string { return "GS(" + s.v + ")" }

type fmtr struct{}

func (fmtr) Format(f fmt.State, c rune) { fmt.Fprintf(f, "F<%c>", c) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type wrapped struct{ inner error }

func (w wrapped) Error() string { return "wrapped:" + w.inner.Error() }
func (w wrapped) Unwrap() error { return w.inner }

type stringerPtr struct{ s string }

func (p *stringerPtr) String() string { return "ptr:" + p.s }

func classify(x interface{}) string {
	switch v := x.(type) {
	case inSwitch:
		return fmt.Sprint("arr", v.v)
	case *inSwitch:
		return "ptr"
	case []inSwitch:
		return "slice"
	case map[key]inSwitch:
		return "map"
	case func(inSwitch) int:
		return "func"
	case chan inSwitch2:
		return "chan"
	}
	return "other"
}

func reach() {
	var s Shape = onlyIface{3}
	fmt.Println(s.Area())
	var g Grower = &onlyIface{4}
	g.Grow()
	fmt.Println(g.(*onlyIface).n)
	fmt.Println(Celsius(21.5), []Celsius{1, 2}, map[string]Celsius{"a": 3})
	fmt.Printf("%v %s %d\n", Celsius(3), Celsius(4), 5)
	var err error = &myErr{7}
	fmt.Println(err, fmt.Errorf("ctx: %w", err))
	var target *myErr
	fmt.Println(errors.As(wrapped{err}, &target), target.code, errors.Is(wrapped{err}, err))
	m := map[key]int{{1, "a", 2.5}: 1, {2, "b", Celsius(1)}: 2}
	fmt.Println(m[key{1, "a", 2.5}], m[key{2, "b", Celsius(1)}], len(m))
	fmt.Println(classify(inSwitch{[2]int{1, 2}}), classify(&inSwitch{}), classify([]inSwitch{}),
		classify(map[key]inSwitch{}), classify(func(inSwitch) int { return 0 }), classify(make(chan inSwitch2)), classify(1))
	fmt.Printf("%#v %v %+v\n", inSwitch2{"x"}, fmtr{}, struct{ A Celsius }{5})
	area := onlyIface.Area
	grow := (*onlyIface).Grow
	o := onlyIface{5}
	grow(&o)
	fmt.Println(area(o), Shape.Area(o))
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words, strings.Join(words, ","))
	fmt.Println(&stringerPtr{"x"}, stringerPtr{"y"}, []*stringerPtr{{"z"}})
	fmt.Printf("%T %T %T\n", o, err, m)
	var iface interface{} = struct{ c Celsius }{9}
	fmt.Println(iface)
}

type Fooer interface{ Foo() }
type FooInt interface{ Foo() int }
type FooStr interface{ Foo() string }
type Barer interface {
	Fooer
	Bar(int) int
}

type AT struct{ n int }

func (AT) Foo() {}

type U struct{}

func (U) Foo() int       { return 1 }
func (*U) Bar(x int) int { return x }

type V struct{}

func (V) Foo()          {}
func (V) Bar(x int) int { return x * 2 }

type codeErr struct{ c int }

func (e codeErr) Error() string { return "code" }
func (e codeErr) Code() int     { return e.c }

type coder interface{ Code() int }

func assertions() {
	vals := []any{AT{1}, U{}, &U{}, V{}, &V{}, 3, "s"}
	for i, x := range vals {
		_, a := x.(Fooer)
		_, b := x.(FooInt)
		_, c := x.(FooStr)
		_, d := x.(Barer)
		kind := "none"
		switch x.(type) {
		case Barer:
			kind = "barer"
		case FooStr:
			kind = "foostr"
		case FooInt:
			kind = "fooint"
		case Fooer:
			kind = "fooer"
		}
		fmt.Println(i, a, b, c, d, kind)
	}
	var err error = fmt.Errorf("wrap: %w", codeErr{42})
	var cd coder
	fmt.Println(errors.As(err, &cd))
	if cd != nil {
		fmt.Println(cd.Code())
	}
	var f Fooer = V{}
	b, ok := f.(Barer)
	fmt.Println(ok, b != nil)
}

var order []string

func note(s string) int { order = append(order, s); return len(order) }

var _ = note("blank")
var unused = note("unused")
var a, b = note("a"), note("b")
var fnVar = helper
var table = map[string]func() string{"h": helper2}
var arr = [2]func() int{func() int { return note("lit") }, nil}
var (
	_    = note("blank2")
	dep1 = dep2 + 1
	dep2 = note("dep2")
)
var flagV = flag.Int("n", 7, "usage")
var env = os.Getenv("NOPE_NOT_SET") == ""
var repl = strings.NewReplacer("a", "b")

type reg struct{ name string }

func (r reg) String() string { return "reg:" + r.name }

var registry = map[string]fmt.Stringer{}

func register(name string) bool { registry[name] = reg{name}; return true }

var _ = register("x")

func helper() string  { return "helper" }
func helper2() string { return "helper2" }

func init() { note("init1") }
func init() { note("init2"); _ = arr[0]() }

type MT struct{}

func (MT) M() string  { return "MT.M" }
func (*MT) P() string { return "MT.P" }

func inits() {
	flag.Parse()
	fmt.Println(order, a, b, dep1, *flagV, env, repl.Replace("abc"))
	fmt.Println(fnVar(), table["h"](), registry)
	f := MT.M
	g := (*MT).P
	fmt.Println(f(MT{}), g(&MT{}))
}

func main() {
	reach()
	assertions()
	inits()
}
