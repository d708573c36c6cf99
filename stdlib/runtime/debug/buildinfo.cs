// ReadBuildInfo: the build information Go 1.19 embeds in a program built
// from files named on the command line (go run x.go, go build x.go): no
// module, no dependencies, and the default build settings of linux/amd64.
// That is what a csc program is (LANGUAGE.md: a CS program is a Go
// program of one package main); ParseBuildInfo is not provided.
package debug

import (
	"fmt"
	"strconv"
	"strings"
)

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

// A Module describes a single module included in a build.
type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}

// A BuildSetting is a key/value pair describing one setting that
// influenced a build.
type BuildSetting struct {
	Key, Value string
}

// ReadBuildInfo returns the build information embedded in the running
// binary.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	return &BuildInfo{
		GoVersion: "go1.19.8",
		Path:      "command-line-arguments",
		Settings: []BuildSetting{
			{"-compiler", "gc"},
			{"CGO_ENABLED", "1"},
			{"CGO_CFLAGS", ""},
			{"CGO_CPPFLAGS", ""},
			{"CGO_CXXFLAGS", ""},
			{"CGO_LDFLAGS", ""},
			{"GOARCH", "amd64"},
			{"GOOS", "linux"},
			{"GOAMD64", "v1"},
		},
	}, true
}

func quoteKey(key string) bool {
	return len(key) == 0 || strings.ContainsAny(key, "= \t\r\n\"`")
}

func quoteValue(value string) bool {
	return strings.ContainsAny(value, " \t\r\n\"`")
}

// writeModule writes m's line (word, path, version, then its sum or its
// replacement's line, followed by an empty line as in Go).
func writeModule(b *strings.Builder, word string, m Module) {
	fmt.Fprintf(b, "%s\t%s\t%s", word, m.Path, m.Version)
	if m.Replace == nil {
		fmt.Fprintf(b, "\t%s", m.Sum)
	} else {
		b.WriteByte('\n')
		writeModule(b, "=>", *m.Replace)
	}
	b.WriteByte('\n')
}

// String renders bi in Go's text format, which ParseBuildInfo reads.
func (bi *BuildInfo) String() string {
	var b strings.Builder
	if bi.GoVersion != "" {
		fmt.Fprintf(&b, "go\t%s\n", bi.GoVersion)
	}
	if bi.Path != "" {
		fmt.Fprintf(&b, "path\t%s\n", bi.Path)
	}
	if bi.Main != (Module{}) {
		writeModule(&b, "mod", bi.Main)
	}
	for _, dep := range bi.Deps {
		writeModule(&b, "dep", *dep)
	}
	for _, s := range bi.Settings {
		key, value := s.Key, s.Value
		if quoteKey(key) {
			key = strconv.Quote(key)
		}
		if quoteValue(value) {
			value = strconv.Quote(value)
		}
		fmt.Fprintf(&b, "build\t%s=%s\n", key, value)
	}
	return b.String()
}
