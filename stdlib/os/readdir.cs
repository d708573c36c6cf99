// File.ReadDir, Readdir and Readdirnames: a directory's entries in the
// order the system lists them (not sorted: os.ReadDir sorts), "." and
// ".." left out, handed out n at a time. The first call lists the whole
// directory by the File's name and keeps the names and how many were
// handed out (dirState); n > 0 returns at most n and io.EOF once none are
// left, n <= 0 all that are left and no error, as in Go.
package os

import "io"

type dirState struct {
	names []string
	pos   int
}

// nextNames returns up to n (n <= 0: all) of the names not yet handed out.
func (f *File) nextNames(n int) ([]string, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "readdirent", Path: f.name, Err: errFileClosing}
	}
	if f.dir == nil {
		names, e := sysReadDirNames(f.name)
		if e != 0 {
			return nil, &PathError{Op: "readdirent", Path: f.name, Err: errno(e)}
		}
		f.dir = &dirState{names: names}
	}
	rest := f.dir.names[f.dir.pos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if len(rest) > n {
			rest = rest[:n]
		}
	}
	f.dir.pos += len(rest)
	return rest, nil
}

// Readdirnames returns the names of up to n (n <= 0: all remaining)
// entries of directory f.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, err = f.nextNames(n)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir returns up to n (n <= 0: all remaining) entries of directory f.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.nextNames(n)
	entries := []DirEntry{}
	for _, st := range lstatAll(f.name, names) {
		entries = append(entries, dirEntry{st})
	}
	return entries, err
}

// Readdir describes up to n (n <= 0: all remaining) entries of directory
// f.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.nextNames(n)
	infos := []FileInfo{}
	for _, st := range lstatAll(f.name, names) {
		infos = append(infos, st)
	}
	return infos, err
}
