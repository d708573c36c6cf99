package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x surrogate=%v encode=%#x,%#x decode=%#x\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%#x\n", utf16.DecodeRune(0xd800, 'a'))
	fmt.Printf("%#x\n", utf16.DecodeRune('a', 0xdc00))
	runes := []rune("héllo, 世界 😀🎉\U0010FFFF")
	runes = append(runes, 0xd800, 0x110000, -5, 0xfffd)
	enc := utf16.Encode(runes)
	fmt.Printf("%d %x\n", len(enc), enc)
	dec := utf16.Decode(enc)
	fmt.Printf("%d %q\n", len(dec), string(dec))
	fmt.Printf("%q\n", string(utf16.Decode([]uint16{0xd83d, 0xde00, 0xd83d, 'x', 0xde00, 0xdc00, 0xd800})))
	fmt.Println(len(utf16.Encode(nil)), len(utf16.Decode(nil)), utf16.Decode([]uint16{}) != nil)
}
