// Package filepath, Glob: the names matching a pattern, found by matching
// each pattern element against the sorted entries of the directories
// matched so far (the directory part is globbed first, recursively).
// I/O errors are ignored, as in Go; a malformed pattern is ErrBadPattern.
package filepath

import (
	"os"
	"strings"
)

// Glob returns the names of all files matching pattern, or nil.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

// maxGlobDepth bounds the recursion over the pattern's directory parts.
const maxGlobDepth = 10000

func globDepth(pattern string, depth int) (matches []string, err error) {
	if depth == maxGlobDepth {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// cleanGlobPath drops the trailing slash Split leaves on a directory.
func cleanGlobPath(dir string) string {
	switch dir {
	case "":
		return "."
	case "/":
		return dir
	}
	return dir[:len(dir)-1]
}

// glob appends to matches the entries of dir matching pattern.
func glob(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		matched, err := Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, Join(dir, e.Name()))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }
