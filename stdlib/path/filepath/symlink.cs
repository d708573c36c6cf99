// EvalSymlinks: a path with its symbolic links resolved, walked as Go's
// walkSymlinks walks it on Unix (no volume names): dest grows one
// element at a time; ".." drops dest's last element (or appends ".." when
// there is none left to drop); an element that Lstat finds to be a link
// is replaced by the link's target, restarting from "/" for an absolute
// one, and more than 255 links is an error.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// EvalSymlinks returns p after resolving its symbolic links, Clean'ed; a
// relative p gives a path relative to the working directory.
func EvalSymlinks(p string) (string, error) {
	volLen := 0
	if volLen < len(p) && os.IsPathSeparator(p[volLen]) {
		volLen++
	}
	vol := p[:volLen]
	dest := vol
	linksWalked := 0
	for start, end := volLen, volLen; start < len(p); start = end {
		for start < len(p) && os.IsPathSeparator(p[start]) {
			start++
		}
		end = start
		for end < len(p) && !os.IsPathSeparator(p[end]) {
			end++
		}
		if end == start {
			break
		}
		if p[start:end] == "." {
			continue
		}
		if p[start:end] == ".." {
			r := lastSeparator(dest, volLen)
			if r < volLen || dest[r+1:] == ".." {
				if len(dest) > volLen {
					dest += string(Separator)
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > 0 && !os.IsPathSeparator(dest[len(dest)-1]) {
			dest += string(Separator)
		}
		dest += p[start:end]
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(p) {
				return "", syscall.ENOTDIR
			}
			continue
		}
		linksWalked++
		if linksWalked > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		p = link + p[end:]
		if len(link) > 0 && os.IsPathSeparator(link[0]) {
			dest = link[:1]
			end = 1
		} else {
			if r := lastSeparator(dest, volLen); r < volLen {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}

// lastSeparator is the index of dest's last separator at or after
// volLen, or volLen-1 when there is none.
func lastSeparator(dest string, volLen int) int {
	r := len(dest) - 1
	for r >= volLen && !os.IsPathSeparator(dest[r]) {
		r--
	}
	return r
}
