// File methods beyond Read and Write (seeking, positioned I/O, syncing,
// truncating) and the path operations Rename, Truncate and Chdir, with
// Go's error shapes: *PathError with Go's operation names ("seek",
// "readat", ...), and *LinkError for Rename.
package os

import (
	"errors"
	"io"
)

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// Seek sets the offset for the next Read or Write (whence: io.SeekStart,
// io.SeekCurrent or io.SeekEnd) and returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errno(e)}
	}
	return r, nil
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error
// (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	return f.pio(b, off, false)
}

// WriteAt writes all of b at offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	return f.pio(b, off, true)
}

// pio loops pread or pwrite until b is done, an error, or (reading) the end.
func (f *File) pio(b []byte, off int64, write bool) (n int, err error) {
	op := "read"
	if write {
		op = "write"
	}
	for len(b) > 0 {
		m, e := sysPio(f.fd, b, off, write)
		if e != 0 {
			return n, &PathError{Op: op, Path: f.name, Err: errno(e)}
		}
		if m == 0 && !write {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// Sync commits f's contents to stable storage.
func (f *File) Sync() error {
	if err := f.check("sync"); err != nil {
		return err
	}
	if e := sysFsync(f.fd); e != 0 {
		return &PathError{Op: "sync", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Truncate changes f's size.
func (f *File) Truncate(size int64) error {
	if err := f.check("truncate"); err != nil {
		return err
	}
	if e := sysTruncate(f.fd, "", size); e != 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(-1, name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// Rename moves oldpath to newpath, replacing a file there; as in Go, an
// existing directory at newpath is an error even when empty.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() && oldpath != newpath {
		if _, err := Lstat(oldpath); err != nil {
			return &LinkError{"rename", oldpath, newpath, err.(*PathError).Err}
		}
		return &LinkError{"rename", oldpath, newpath, errno(eEXIST)}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Chdir changes the working directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}
