// Package path: slash-separated paths (URLs, archive names), Go 1.19's
// functions and results. path/filepath builds on these, as on Unix its
// separator is the same slash.
//
// Clean is the core: it rewrites a path to the shortest equivalent by
// purely lexical steps (collapse "//", drop ".", resolve ".." against
// the element before it, never above a rooted "/"), and the other
// functions return cleaned results as Go's do.
package path

import "strings"

// Clean returns the shortest path equivalent to p; "" becomes ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	out := make([]byte, 0, len(p))
	if rooted {
		out = append(out, '/')
	}
	// dotdot is where out may be cut back to by "..": after the root or
	// after leading ".." elements that cannot be resolved.
	dotdot := len(out)
	for i := 0; i < len(p); {
		j := i
		for j < len(p) && p[j] != '/' {
			j++
		}
		elem := p[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if len(out) > dotdot {
				out = cutLast(out, dotdot)
			} else if !rooted {
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, ".."...)
				dotdot = len(out)
			}
		default:
			if len(out) > 0 && out[len(out)-1] != '/' {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// cutLast removes the last element of out, but not below floor.
func cutLast(out []byte, floor int) []byte {
	n := len(out) - 1
	for n > floor && out[n] != '/' {
		n--
	}
	return out[:n]
}

// Split splits p after its last slash: dir + file == p.
func Split(p string) (dir, file string) {
	i := strings.LastIndexByte(p, '/')
	return p[:i+1], p[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result;
// with no non-empty element it returns "".
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	var b strings.Builder
	for _, e := range elem {
		if b.Len() > 0 || e != "" {
			if b.Len() > 0 {
				b.WriteByte('/')
			}
			b.WriteString(e)
		}
	}
	return Clean(b.String())
}

// Ext returns the extension of the last element: from its last dot on,
// or "" without one.
func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// Base returns the last element, trailing slashes removed: "" is ".",
// all slashes is "/".
func Base(p string) string {
	if p == "" {
		return "."
	}
	p = strings.TrimRight(p, "/")
	if p == "" {
		return "/"
	}
	return p[strings.LastIndexByte(p, '/')+1:]
}

// IsAbs reports whether p begins with a slash.
func IsAbs(p string) bool { return len(p) > 0 && p[0] == '/' }

// Dir returns all but the last element, cleaned.
func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}
