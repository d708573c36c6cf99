// Package fs, walking: the SkipDir signal and callback type that
// path/filepath.WalkDir uses, and FileInfoToDirEntry, which turns a
// stat result into the DirEntry a walk starts from.
package fs

import "errors"

// SkipDir, returned by a walk callback, skips the directory it was called
// for (or, for a file, the rest of its directory).
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is the callback of WalkDir: err is non-nil when the
// directory path could not be read (then d is the directory) or, for the
// root, could not be stat'ed (then d is nil).
type WalkDirFunc func(path string, d DirEntry, err error) error

// dirInfo is a DirEntry that answers from a FileInfo.
type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool { return di.fileInfo.IsDir() }

func (di dirInfo) Type() FileMode { return di.fileInfo.Mode().Type() }

func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }

func (di dirInfo) Name() string { return di.fileInfo.Name() }

// FileInfoToDirEntry returns a DirEntry that reports from info; nil for a
// nil info.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}
