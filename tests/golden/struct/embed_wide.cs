// More than 64 embedded fields: fields and methods of the last one are
// promoted, and the value satisfies an interface through it (csc kept
// only the first 64 in lookup and in method sets).
package main

import "fmt"

type F0 struct{ A0 int }

func (F0) M0() int { return 0 }

type F1 struct{ A1 int }

func (F1) M1() int { return 1 }

type F2 struct{ A2 int }

func (F2) M2() int { return 2 }

type F3 struct{ A3 int }

func (F3) M3() int { return 3 }

type F4 struct{ A4 int }

func (F4) M4() int { return 4 }

type F5 struct{ A5 int }

func (F5) M5() int { return 5 }

type F6 struct{ A6 int }

func (F6) M6() int { return 6 }

type F7 struct{ A7 int }

func (F7) M7() int { return 7 }

type F8 struct{ A8 int }

func (F8) M8() int { return 8 }

type F9 struct{ A9 int }

func (F9) M9() int { return 9 }

type F10 struct{ A10 int }

func (F10) M10() int { return 10 }

type F11 struct{ A11 int }

func (F11) M11() int { return 11 }

type F12 struct{ A12 int }

func (F12) M12() int { return 12 }

type F13 struct{ A13 int }

func (F13) M13() int { return 13 }

type F14 struct{ A14 int }

func (F14) M14() int { return 14 }

type F15 struct{ A15 int }

func (F15) M15() int { return 15 }

type F16 struct{ A16 int }

func (F16) M16() int { return 16 }

type F17 struct{ A17 int }

func (F17) M17() int { return 17 }

type F18 struct{ A18 int }

func (F18) M18() int { return 18 }

type F19 struct{ A19 int }

func (F19) M19() int { return 19 }

type F20 struct{ A20 int }

func (F20) M20() int { return 20 }

type F21 struct{ A21 int }

func (F21) M21() int { return 21 }

type F22 struct{ A22 int }

func (F22) M22() int { return 22 }

type F23 struct{ A23 int }

func (F23) M23() int { return 23 }

type F24 struct{ A24 int }

func (F24) M24() int { return 24 }

type F25 struct{ A25 int }

func (F25) M25() int { return 25 }

type F26 struct{ A26 int }

func (F26) M26() int { return 26 }

type F27 struct{ A27 int }

func (F27) M27() int { return 27 }

type F28 struct{ A28 int }

func (F28) M28() int { return 28 }

type F29 struct{ A29 int }

func (F29) M29() int { return 29 }

type F30 struct{ A30 int }

func (F30) M30() int { return 30 }

type F31 struct{ A31 int }

func (F31) M31() int { return 31 }

type F32 struct{ A32 int }

func (F32) M32() int { return 32 }

type F33 struct{ A33 int }

func (F33) M33() int { return 33 }

type F34 struct{ A34 int }

func (F34) M34() int { return 34 }

type F35 struct{ A35 int }

func (F35) M35() int { return 35 }

type F36 struct{ A36 int }

func (F36) M36() int { return 36 }

type F37 struct{ A37 int }

func (F37) M37() int { return 37 }

type F38 struct{ A38 int }

func (F38) M38() int { return 38 }

type F39 struct{ A39 int }

func (F39) M39() int { return 39 }

type F40 struct{ A40 int }

func (F40) M40() int { return 40 }

type F41 struct{ A41 int }

func (F41) M41() int { return 41 }

type F42 struct{ A42 int }

func (F42) M42() int { return 42 }

type F43 struct{ A43 int }

func (F43) M43() int { return 43 }

type F44 struct{ A44 int }

func (F44) M44() int { return 44 }

type F45 struct{ A45 int }

func (F45) M45() int { return 45 }

type F46 struct{ A46 int }

func (F46) M46() int { return 46 }

type F47 struct{ A47 int }

func (F47) M47() int { return 47 }

type F48 struct{ A48 int }

func (F48) M48() int { return 48 }

type F49 struct{ A49 int }

func (F49) M49() int { return 49 }

type F50 struct{ A50 int }

func (F50) M50() int { return 50 }

type F51 struct{ A51 int }

func (F51) M51() int { return 51 }

type F52 struct{ A52 int }

func (F52) M52() int { return 52 }

type F53 struct{ A53 int }

func (F53) M53() int { return 53 }

type F54 struct{ A54 int }

func (F54) M54() int { return 54 }

type F55 struct{ A55 int }

func (F55) M55() int { return 55 }

type F56 struct{ A56 int }

func (F56) M56() int { return 56 }

type F57 struct{ A57 int }

func (F57) M57() int { return 57 }

type F58 struct{ A58 int }

func (F58) M58() int { return 58 }

type F59 struct{ A59 int }

func (F59) M59() int { return 59 }

type F60 struct{ A60 int }

func (F60) M60() int { return 60 }

type F61 struct{ A61 int }

func (F61) M61() int { return 61 }

type F62 struct{ A62 int }

func (F62) M62() int { return 62 }

type F63 struct{ A63 int }

func (F63) M63() int { return 63 }

type F64 struct{ A64 int }

func (F64) M64() int { return 64 }

type F65 struct{ A65 int }

func (F65) M65() int { return 65 }

type F66 struct{ A66 int }

func (F66) M66() int { return 66 }

type F67 struct{ A67 int }

func (F67) M67() int { return 67 }

type F68 struct{ A68 int }

func (F68) M68() int { return 68 }

type F69 struct{ A69 int }

func (F69) M69() int { return 69 }

type T struct {
	F0
	F1
	F2
	F3
	F4
	F5
	F6
	F7
	F8
	F9
	F10
	F11
	F12
	F13
	F14
	F15
	F16
	F17
	F18
	F19
	F20
	F21
	F22
	F23
	F24
	F25
	F26
	F27
	F28
	F29
	F30
	F31
	F32
	F33
	F34
	F35
	F36
	F37
	F38
	F39
	F40
	F41
	F42
	F43
	F44
	F45
	F46
	F47
	F48
	F49
	F50
	F51
	F52
	F53
	F54
	F55
	F56
	F57
	F58
	F59
	F60
	F61
	F62
	F63
	F64
	F65
	F66
	F67
	F68
	F69
}

func main() {
	var t T
	t.A69 = 3
	fmt.Println(t.A69, t.M69())
	var i interface{ M69() int } = t
	fmt.Println(i.M69())
}
