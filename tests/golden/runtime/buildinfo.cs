// runtime/debug.ReadBuildInfo: a program built from files named on the
// command line, as Go 1.19 describes it; BuildInfo.String's format.
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	info, ok := debug.ReadBuildInfo()
	fmt.Println(ok)
	fmt.Printf("%q %q %+v %d\n", info.GoVersion, info.Path, info.Main, len(info.Deps))
	for _, s := range info.Settings {
		fmt.Printf("%s=%s\n", s.Key, s.Value)
	}
	fmt.Print(info.String())
	bi := &debug.BuildInfo{
		Path: "example.com/m",
		Main: debug.Module{Path: "example.com/m", Version: "(devel)"},
		Deps: []*debug.Module{
			{Path: "example.com/a", Version: "v1.0.0", Sum: "h1:abc="},
			{Path: "example.com/b", Version: "v0.1.0", Replace: &debug.Module{Path: "../b", Version: ""}},
		},
		Settings: []debug.BuildSetting{{"-ldflags", "-s -w"}, {"a=b", "c"}, {"", "tab\tvalue"}},
	}
	fmt.Print(bi.String())
}
