// Package fs: the file-system error values and types that package os
// re-exports, as Go's io/fs does. They live here, and os declares aliases
// (type PathError = fs.PathError), so that %T prints *fs.PathError and
// fs.FileMode and the error values are the same ones under both names.
package fs

import "errors"

// Generic file-system errors; errors.Is matches a system error against them.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A FileMode is a file's mode and permission bits.
type FileMode uint32

// ModePerm is the Unix permission bits.
const ModePerm FileMode = 0777

// Perm returns the Unix permission bits of m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// String prints the type letters of the high bits ("dalTLDpSugct?", or
// "-" for none) and then "rwxrwxrwx" with "-" for each bit not set.
func (m FileMode) String() string {
	const kinds = "dalTLDpSugct?"
	const rwx = "rwxrwxrwx"
	var buf []byte
	for i := 0; i < len(kinds); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf = append(buf, kinds[i])
		}
	}
	if len(buf) == 0 {
		buf = append(buf, '-')
	}
	for i := 0; i < len(rwx); i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf = append(buf, rwx[i])
		} else {
			buf = append(buf, '-')
		}
	}
	return string(buf)
}
