// Package unicode: character classes and case mapping for ASCII and
// Latin-1 (U+0000..U+00FF), plus Greek and Cyrillic letters' case. Runes
// beyond those ranges are letters if they are in the common alphabetic
// blocks listed in IsLetter: an approximation of Go's full tables.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsUpper(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	if r <= MaxLatin1 {
		return (0xC0 <= r && r <= 0xDE) && r != 0xD7
	}
	return r != ToLower(r)
}

func IsLower(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	if r <= MaxLatin1 {
		return (0xDF <= r && r <= 0xFF && r != 0xF7) || r == 0xB5 || r == 0xAA || r == 0xBA
	}
	return r != ToUpper(r)
}

func IsLetter(r rune) bool {
	if r < 0x80 {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	if r <= MaxLatin1 {
		return r == 0xAA || r == 0xB5 || r == 0xBA || (0xC0 <= r && r != 0xD7 && r != 0xF7)
	}
	return (0x100 <= r && r <= 0x2AF) || (0x370 <= r && r <= 0x3FF && r != 0x37E && r != 0x387) ||
		(0x400 <= r && r <= 0x52F && !(0x482 <= r && r <= 0x489)) || (0x5D0 <= r && r <= 0x5EA) ||
		(0x620 <= r && r <= 0x64A) || (0x1E00 <= r && r <= 0x1FFF) || (0x3041 <= r && r <= 0x3096) ||
		(0x30A1 <= r && r <= 0x30FA) || (0x4E00 <= r && r <= 0x9FFF) || (0xAC00 <= r && r <= 0xD7A3)
}

func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return (0x660 <= r && r <= 0x669) || (0x966 <= r && r <= 0x96F) || (0xFF10 <= r && r <= 0xFF19)
}

func IsNumber(r rune) bool {
	if r <= MaxLatin1 {
		return ('0' <= r && r <= '9') || r == 0xB2 || r == 0xB3 || r == 0xB9 || (0xBC <= r && r <= 0xBE)
	}
	return IsDigit(r)
}

func IsSpace(r rune) bool {
	if r <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return r == 0x1680 || (0x2000 <= r && r <= 0x200A) || r == 0x2028 || r == 0x2029 ||
		r == 0x202F || r == 0x205F || r == 0x3000
}

func IsPunct(r rune) bool {
	if r < 0x80 {
		switch r {
		case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@', '[', '\\', ']', '_', '{', '}':
			return true
		}
		return false
	}
	return r == 0xA1 || r == 0xA7 || r == 0xAB || r == 0xB6 || r == 0xB7 || r == 0xBB || r == 0xBF
}

func IsControl(r rune) bool {
	return (0 <= r && r < 0x20) || (0x7F <= r && r < 0xA0)
}

func IsPrint(r rune) bool {
	if r < 0x80 {
		return 0x20 <= r && r < 0x7F
	}
	return r > 0xA0 && r != 0xAD && !IsSpace(r) && r <= MaxRune
}

func IsGraphic(r rune) bool {
	return IsPrint(r) || (r > 0x80 && IsSpace(r) && r != 0x85)
}

func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	switch {
	case r == 0xB5:
		return 0x39C
	case r == 0xFF:
		return 0x178
	case 0xE0 <= r && r <= 0xFE && r != 0xF7:
		return r - 0x20
	case 0x100 <= r && r <= 0x17F && r != 0x130 && r != 0x131 && r != 0x138 && r != 0x149 && r != 0x17F:
		if (0x139 <= r && r <= 0x148) || (0x179 <= r && r <= 0x17E) {
			if r%2 == 0 {
				return r - 1
			}
			return r
		}
		if r%2 == 1 {
			return r - 1
		}
		return r
	case 0x3B1 <= r && r <= 0x3CB && r != 0x3C2:
		return r - 0x20
	case r == 0x3C2:
		return 0x3A3
	case 0x430 <= r && r <= 0x44F:
		return r - 0x20
	case 0x450 <= r && r <= 0x45F:
		return r - 0x50
	}
	return r
}

func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	switch {
	case 0xC0 <= r && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r == 0x178:
		return 0xFF
	case 0x100 <= r && r <= 0x17F && r != 0x130 && r != 0x131 && r != 0x138 && r != 0x149 && r != 0x17F:
		if (0x139 <= r && r <= 0x148) || (0x179 <= r && r <= 0x17E) {
			if r%2 == 1 {
				return r + 1
			}
			return r
		}
		if r%2 == 0 {
			return r + 1
		}
		return r
	case 0x391 <= r && r <= 0x3AB && r != 0x3A2:
		return r + 0x20
	case 0x410 <= r && r <= 0x42F:
		return r + 0x20
	case 0x400 <= r && r <= 0x40F:
		return r + 0x50
	}
	return r
}

func ToTitle(r rune) rune {
	return ToUpper(r)
}
