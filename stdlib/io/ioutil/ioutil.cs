// Package ioutil: Go 1.19's deprecated I/O helpers, each the io or os
// function that replaced it, except ReadDir, which still returns the
// FileInfos (sorted by name) that older programs expect.
package ioutil

import (
	"io"
	"io/fs"
	"os"
)

func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir reads directory dirname and returns its entries' FileInfos,
// sorted by name.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	entries, err := os.ReadDir(dirname)
	if err != nil {
		return nil, err
	}
	infos := make([]fs.FileInfo, 0, len(entries))
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return infos, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer on which every Write succeeds without doing anything.
var Discard io.Writer = io.Discard

func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
