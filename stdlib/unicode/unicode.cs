// Package unicode: character properties, range tables and case mapping
// with Go 1.19's Unicode 13 tables. The tests are C (unicode.c over the
// generated tables.h); this file declares them, tables.cs the tables and
// maps of them, case.cs the case tables and folding.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// RangeTable is a set of code points: ranges of 16-bit values, then of
// 32-bit ones, each sorted; LatinOffset counts the R16 entries with Hi <=
// MaxLatin1. The package's tables (tables.cs) share their ranges with C.
// KEEP IN SYNC: unicode.c (range_table)
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 holds Lo, Lo+Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 holds Lo, Lo+Stride, ... up to Hi; Lo is at least 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// table returns the package's table i (tables.h).
func table(i int) *RangeTable

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool

// In reports whether r is in any of ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of ranges (In is the preferred form).
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func IsLetter(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsMark(r rune) bool
func IsSymbol(r rune) bool
func IsSpace(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// GraphicRanges and PrintRanges: the categories IsGraphic and IsPrint test.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}
