// Package fs: the file-system error values and types that package os
// re-exports, as Go's io/fs does. They live here, and os declares aliases
// (type PathError = fs.PathError), so that %T prints *fs.PathError and
// fs.FileMode and the error values are the same ones under both names.
package fs

import (
	"errors"
	"time"
)

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

// The mode's type and special bits, as Go numbers them (the letters of
// String, from the top bit down).
const (
	ModeDir        FileMode = 1 << 31
	ModeAppend     FileMode = 1 << 30
	ModeExclusive  FileMode = 1 << 29
	ModeTemporary  FileMode = 1 << 28
	ModeSymlink    FileMode = 1 << 27
	ModeDevice     FileMode = 1 << 26
	ModeNamedPipe  FileMode = 1 << 25
	ModeSocket     FileMode = 1 << 24
	ModeSetuid     FileMode = 1 << 23
	ModeSetgid     FileMode = 1 << 22
	ModeCharDevice FileMode = 1 << 21
	ModeSticky     FileMode = 1 << 20
	ModeIrregular  FileMode = 1 << 19

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
)

// ModePerm is the Unix permission bits.
const ModePerm FileMode = 0777

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file (os.Stat, File.Stat, DirEntry.Info).
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A DirEntry is an entry read from a directory (os.ReadDir).
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

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
