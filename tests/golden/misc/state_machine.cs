// checks: a tokenizer state machine over a string with switch and runes
package main

import "fmt"

type Token struct {
	Kind string
	Text string
}

func lex(s string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, Token{"num", s[i:j]})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, Token{"ident", s[i:j]})
			i = j
		default:
			toks = append(toks, Token{"op", string(c)})
			i++
		}
	}
	return toks
}

func main() {
	for _, t := range lex("x1 = 42 + foo*(7-y)") {
		fmt.Printf("%-5s %q\n", t.Kind, t.Text)
	}
}
