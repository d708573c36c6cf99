// Package filepath, walking a file tree: Walk (callbacks get a FileInfo
// from lstat) and WalkDir (callbacks get the DirEntry from reading the
// directory, cheaper), both in lexical order, not following symbolic
// links. A callback's SkipDir skips its directory (or the rest of its
// file's directory); any other error stops the walk and is returned.
package filepath

import (
	"io/fs"
	"os"
)

// SkipDir is fs.SkipDir.
var SkipDir = fs.SkipDir

// WalkFunc is Walk's callback: info is nil, and err set, when the root
// could not be lstat'ed; err is set with the directory's info when a
// directory could not be read.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the tree at root, calling fn for each file and directory.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := readDirNames(p)
	if err1 := fn(p, info, err); err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		file := Join(p, name)
		fileInfo, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else if err := walk(file, fileInfo, fn); err != nil {
			if !fileInfo.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// readDirNames lists directory p's names, sorted.
func readDirNames(p string) ([]string, error) {
	entries, err := os.ReadDir(p)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names, nil
}

// WalkDir walks the tree at root, calling fn for each file and directory.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		if err = fn(p, d, err); err != nil {
			if err == SkipDir {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}
