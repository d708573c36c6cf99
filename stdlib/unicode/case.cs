// Case mapping beyond ToUpper/ToLower/ToTitle: To, SimpleFold, and the
// CaseRange tables that a SpecialCase (TurkishCase) overrides the
// standard mapping with. CaseRanges and TurkishCase are data in
// tables.cs; the standard mapping itself is C (unicode.c, case_ranges in
// tables.h, the same data).
package unicode

// Indices into a CaseRange's Delta.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition of the tables.
const Version = "13.0.0"

// d is a CaseRange's deltas: rune + Delta[case] is the rune in that case.
type d [MaxCase]rune

// CaseRange maps the runes Lo..Hi by Delta; a delta of UpperLower means
// alternating upper and lower case pairs.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// UpperLower in a Delta marks an alternating Upper/Lower sequence.
const UpperLower = MaxRune + 1

// SpecialCase is a language's case mappings, consulted before the
// standard ones.
type SpecialCase []CaseRange

// To maps r to the case _case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune

// SimpleFold returns the next rune after r in r's case-folding orbit
// (K -> k -> U+212A Kelvin -> K), r itself when it has none.
func SimpleFold(r rune) rune

func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r, ToUpper) }

func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r, ToTitle) }

func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r, ToLower) }

// to maps r by the range holding it, or by std when none does.
func (special SpecialCase) to(_case int, r rune, std func(rune) rune) rune {
	lo, hi := 0, len(special)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := special[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1))
			}
			return r + delta
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return std(r)
}
