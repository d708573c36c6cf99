// System files in the classic line format (/etc/services, /etc/hosts):
// '#' starts a comment, fields are separated by blanks. A missing file
// has no lines, as for Go.
package net

import "os"

// eachConfigLine calls each with the fields of every line of the file at
// path, comments removed (lines left empty included).
func eachConfigLine(path string, each func(f []string)) {
	data, err := os.ReadFile(path)
	if err != nil {
		return
	}
	for len(data) > 0 {
		end := 0
		for end < len(data) && data[end] != '\n' {
			end++
		}
		line := data[:end]
		if end < len(data) {
			end++
		}
		data = data[end:]
		for i, c := range line {
			if c == '#' {
				line = line[:i]
				break
			}
		}
		each(fields(line))
	}
}

// fields splits b at runs of spaces, tabs and carriage returns.
func fields(b []byte) []string {
	var f []string
	start := -1
	for i := 0; i <= len(b); i++ {
		blank := i == len(b) || b[i] == ' ' || b[i] == '\t' || b[i] == '\r'
		if blank && start >= 0 {
			f = append(f, string(b[start:i]))
			start = -1
		} else if !blank && start < 0 {
			start = i
		}
	}
	return f
}

// lowerASCII is s with ASCII letters in lower case (names in these files
// match without case).
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
