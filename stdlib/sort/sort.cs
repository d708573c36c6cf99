// Package sort: sorting slices and user-defined collections, and binary
// search (the subset of Go's package sort that LANGUAGE.md lists).
//
// Sort, Slice, Ints, Strings and Float64s are Go 1.19's pdqsort, done in
// C (stdlib/sort/pdqsort.h, sort.c) with the same sequence of Less and
// Swap calls as Go, so elements that compare equal end up in Go's order.
// Sort calls the Less and Swap methods of its argument, Slice the less
// closure; the C side exchanges Slice's elements as raw memory of the
// size in the slice type's descriptor.
// Stable (stable.cs) is Go's SymMerge, also with Go's sequence of calls.
// SliceStable and SliceIsSorted wrap the slice held in an `any` in a
// lessSwap value whose Swap is swapAny (sort.c).
package sort

// An Interface is a collection that can be sorted by index: Less(i, j)
// reports whether element i must sort before element j; Swap exchanges
// them.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in increasing order as determined by Less. It is not
// stable.
func Sort(data Interface) {
	pdqsortIface(data, data.Len())
}

// pdqsortIface sorts data[0:n] with Go's pdqsort, calling data's Less and
// Swap.
func pdqsortIface(data Interface, n int)

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse is the Interface Reverse returns: data with Less flipped (named
// as in Go, for %T).
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false up to some index and true from there on; it
// returns n when f is false everywhere.
// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, or n;
// found reports whether cmp(i) == 0 there. cmp must be positive, then
// zero, then negative over the range (Go 1.19).
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(h) > 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// SearchInts returns where x is, or would be inserted, in the sorted a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns where x is, or would be inserted, in the sorted a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns where x is, or would be inserted, in the sorted a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Ints sorts x in increasing order.
func Ints(x []int)

// Strings sorts x in increasing byte-wise order.
func Strings(x []string)

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64)

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	return IsSorted(IntSlice(x))
}

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	return IsSorted(StringSlice(x))
}

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs
// first.
func Float64sAreSorted(x []float64) bool {
	return IsSorted(Float64Slice(x))
}

// IntSlice attaches the methods of Interface to []int.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x IntSlice) Sort() { Ints(x) }

// Search returns where v is, or would be inserted, in the sorted x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// StringSlice attaches the methods of Interface to []string.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x StringSlice) Sort() { Strings(x) }

// Search returns where v is, or would be inserted, in the sorted x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Float64Slice attaches the methods of Interface to []float64, ordering
// NaNs before every other value.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order, NaNs first.
func (x Float64Slice) Sort() { Float64s(x) }

// Search returns where v is, or would be inserted, in the sorted x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// lessSwap is the Interface over a slice held in an `any`: Less is the
// caller's function, Swap exchanges raw elements.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int)      { swapAny(s.x, i, j) }

// newLessSwap wraps the slice in x; when x holds no slice it panics the
// way Go's reflect does in the named method.
func newLessSwap(x any, less func(i, j int) bool, method string) *lessSwap {
	n, kind := sliceLen(x)
	if n < 0 {
		panic(&valueError{method, kind})
	}
	return &lessSwap{x, n, less}
}

// sliceLen returns the length of the slice in x, or -1 and the name of
// x's kind ("int", "struct", "ptr"; "" for nil) when x holds no slice.
func sliceLen(x any) (int, string)

// valueError is the panic value of Slice & co. given no slice; its text
// is that of reflect.ValueError.
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	if e.kind == "" {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// swapAny exchanges elements i and j of the slice in x (0 <= i, j < len).
func swapAny(x any, i, j int)

// Slice sorts the slice x as determined by less. It is not stable.
func Slice(x any, less func(i, j int) bool) {
	n, kind := sliceLen(x)
	if n < 0 {
		panic(&valueError{"Swapper", kind})
	}
	pdqsortSlice(x, n, less)
}

// pdqsortSlice sorts the n elements of the slice in x with Go's pdqsort.
func pdqsortSlice(x any, n int, less func(i, j int) bool)

// SliceStable sorts the slice x as determined by less, keeping equal
// elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(newLessSwap(x, less, "Swapper"))
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	return IsSorted(newLessSwap(x, less, "reflect.Value.Len"))
}
