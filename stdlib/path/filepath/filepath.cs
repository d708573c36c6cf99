// Package filepath: file-name paths of the host (Unix: '/'-separated,
// no volume names), Go 1.19's functions.
//
// On Unix a file path is a slash path, so the lexical functions are
// package path's; this package adds what depends on the file system
// (Abs, Glob, Walk, WalkDir, EvalSymlinks) and the host's conventions
// (Separator, ListSeparator, SplitList, Rel).
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = path.ErrBadPattern

func Clean(p string) string { return path.Clean(p) }

func Base(p string) string { return path.Base(p) }

func Dir(p string) string { return path.Dir(p) }

func Ext(p string) string { return path.Ext(p) }

func Join(elem ...string) string { return path.Join(elem...) }

func Split(p string) (dir, file string) { return path.Split(p) }

func IsAbs(p string) bool { return path.IsAbs(p) }

func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

func ToSlash(p string) string { return p }

func FromSlash(p string) string { return p }

// VolumeName is always "" on Unix.
func VolumeName(p string) string { return "" }

// SplitList splits a PATH-style list; "" is an empty list.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs returns an absolute form of p, joined to the working directory
// when it is relative.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath; both must be absolute or both relative.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", relError(basepath, targpath)
	}
	// Step over the elements the two share.
	b0, bi, t0, ti := 0, 0, 0, 0
	for {
		for bi < len(base) && base[bi] != Separator {
			bi++
		}
		for ti < len(targ) && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < len(base) {
			bi++
		}
		if ti < len(targ) {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", relError(basepath, targpath)
	}
	if b0 == len(base) {
		return targ[t0:], nil
	}
	// One ".." for each element of base left, then the rest of targ.
	ups := ".." + strings.Repeat("/..", strings.Count(base[b0:], "/"))
	if t0 != len(targ) {
		return ups + "/" + targ[t0:], nil
	}
	return ups, nil
}

func relError(basepath, targpath string) error {
	return errors.New("Rel: can't make " + targpath + " relative to " + basepath)
}

// HasPrefix exists for compatibility; it does not respect path
// boundaries.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }
