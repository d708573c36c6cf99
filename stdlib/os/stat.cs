// File metadata: Stat, Lstat, File.Stat and ReadDir.
//
// A FileInfo is a *fileStat (as in Go, so %T prints *os.fileStat) made
// from one stat(2): the name's last element, the size, the mode (st_mode's
// permission bits plus Go's type and special bits) and the modification
// time. ReadDir lstat's each entry as it lists the directory and sorts the
// entries by name, as Go's does.
package os

import (
	"errors"
	"io/fs"
	"sort"
	"time"
)

// errFileClosing is what Go's File.Stat reports for a closed file.
var errFileClosing = errors.New("use of closed file")

type FileInfo = fs.FileInfo

type DirEntry = fs.DirEntry

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
)

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     []int64 // sysStat's fields; Go's Sys is a *syscall.Stat_t
}

// statFields: what sysStat writes (os.c's fill_stat, KEEP IN SYNC): size,
// raw st_mode, modification seconds and nanoseconds, device, inode.
const statFields = 6

func (s *fileStat) Name() string { return s.name }

func (s *fileStat) Size() int64 { return s.size }

func (s *fileStat) Mode() FileMode { return s.mode }

func (s *fileStat) ModTime() time.Time { return s.modTime }

func (s *fileStat) IsDir() bool { return s.mode.IsDir() }

func (s *fileStat) Sys() any { return s.sys }

// newFileStat decodes sysStat's out[] for the file called name.
func newFileStat(name string, out []int64) *fileStat {
	raw := uint32(out[1])
	mode := FileMode(raw & 0777)
	switch raw & 0170000 {
	case 0060000:
		mode |= ModeDevice
	case 0020000:
		mode |= ModeDevice | ModeCharDevice
	case 0040000:
		mode |= ModeDir
	case 0010000:
		mode |= ModeNamedPipe
	case 0120000:
		mode |= ModeSymlink
	case 0140000:
		mode |= ModeSocket
	}
	if raw&04000 != 0 {
		mode |= ModeSetuid
	}
	if raw&02000 != 0 {
		mode |= ModeSetgid
	}
	if raw&01000 != 0 {
		mode |= ModeSticky
	}
	return &fileStat{basename(name), out[0], mode, time.Unix(out[2], out[3]), out}
}

// basename is name's last element, trailing slashes ignored ("/" stays).
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}

func statPath(op, name string, follow bool) (FileInfo, error) {
	out := make([]int64, statFields)
	if e := sysStat(name, follow, out); e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return newFileStat(name, out), nil
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) { return statPath("stat", name, true) }

// Lstat describes the named file; a symbolic link describes itself.
func Lstat(name string) (FileInfo, error) { return statPath("lstat", name, false) }

// Stat describes f.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errFileClosing}
	}
	out := make([]int64, statFields)
	if e := sysFstat(f.fd, out); e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errno(e)}
	}
	return newFileStat(f.name, out), nil
}

type dirEntry struct{ info *fileStat }

func (d dirEntry) Name() string { return d.info.name }

func (d dirEntry) IsDir() bool { return d.info.IsDir() }

func (d dirEntry) Type() FileMode { return d.info.mode.Type() }

func (d dirEntry) Info() (FileInfo, error) { return d.info, nil }

// ReadDir lists directory name, sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	names, e := sysReadDirNames(name)
	if e != 0 {
		op := "open"
		if e == eNOTDIR {
			op = "readdirent"
		}
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	sort.Strings(names)
	entries := make([]DirEntry, 0, len(names))
	for _, st := range lstatAll(name, names) {
		entries = append(entries, dirEntry{st})
	}
	return entries, nil
}

// lstatAll describes the entries names of directory dir, leaving out any
// that went away since they were listed.
func lstatAll(dir string, names []string) []*fileStat {
	stats := make([]*fileStat, 0, len(names))
	for _, n := range names {
		out := make([]int64, statFields)
		if sysStat(dir+"/"+n, false, out) == 0 {
			stats = append(stats, newFileStat(n, out))
		}
	}
	return stats
}
