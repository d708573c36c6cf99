// Hard and symbolic links, ownership, permissions and times of files and
// of open Files, SameFile and File.ReadFrom, with Go's error shapes:
// *LinkError for Link and Symlink, *PathError with Go's operation names
// otherwise. The system calls are in os.c.
package os

import (
	"io"
	"time"
)

func sysLink(oldname, newname string, symbolic bool) int
func sysReadlink(name string) (string, int)
func sysChown(fd int, name string, uid, gid int, follow bool) int
func sysChtimes(name string, atimeNs, mtimeNs int64) int
func sysFchmod(fd int, mode uint32) int
func sysFchdir(fd int) int

// Link creates newname as a hard link to oldname.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname, false); e != 0 {
		return &LinkError{"link", oldname, newname, errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysLink(oldname, newname, true); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	target, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return target, nil
}

// Chown changes the numeric uid and gid of the named file, following a
// symbolic link; -1 leaves one unchanged.
func Chown(name string, uid, gid int) error {
	if e := sysChown(-1, name, uid, gid, true); e != 0 {
		return &PathError{Op: "chown", Path: name, Err: errno(e)}
	}
	return nil
}

// Lchown is Chown on a symbolic link itself.
func Lchown(name string, uid, gid int) error {
	if e := sysChown(-1, name, uid, gid, false); e != 0 {
		return &PathError{Op: "lchown", Path: name, Err: errno(e)}
	}
	return nil
}

// Chtimes changes the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := sysChtimes(name, atime.UnixNano(), mtime.UnixNano()); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: errno(e)}
	}
	return nil
}

// Chmod changes f's mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.check("chmod"); err != nil {
		return err
	}
	if e := sysFchmod(f.fd, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Chown changes f's numeric uid and gid.
func (f *File) Chown(uid, gid int) error {
	if err := f.check("chown"); err != nil {
		return err
	}
	if e := sysChown(f.fd, "", uid, gid, true); e != 0 {
		return &PathError{Op: "chown", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Chdir makes f, a directory, the working directory.
func (f *File) Chdir() error {
	if err := f.check("chdir"); err != nil {
		return err
	}
	if e := sysFchdir(f.fd); e != 0 {
		return &PathError{Op: "chdir", Path: f.name, Err: errno(e)}
	}
	return nil
}

// SameFile reports whether fi1 and fi2 (from Stat, Lstat or ReadDir)
// describe the same file: the same device and inode.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys[4] == fs2.sys[4] && fs1.sys[5] == fs2.sys[5]
}

// fileWithoutReadFrom hides File.ReadFrom from io.Copy, which would call it.
type fileWithoutReadFrom struct{ io.Writer }

// ReadFrom copies r to f until io.EOF (io.ReaderFrom, which io.Copy uses).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}
