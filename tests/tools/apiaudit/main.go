// apiaudit: which of a Go 1.19 package's exported identifiers csc lacks or
// rejects.
//
//	go run ./tests/tools/apiaudit [-csc build/csc] [-keep DIR] [-values] PKG...
//
// For each package, go/types loads Go's own source (GOROOT) and this tool
// writes one CS program that touches every exported identifier, each in a
// function of its own named after it:
//
//	const      const c = pkg.C
//	variable   _ = pkg.V
//	function   called with zero values of its parameter types (-values
//	           also takes it, and each method below, as a value: f := pkg.F)
//	type       declared (var t pkg.T); each exported method of *T (of T for
//	           an interface) called on it with zero arguments; each
//	           exported field read
//
// The program is first built with Go (a reference that does not compile in
// Go is a bug here, not in csc), then compiled with csc. csc prints at most
// ten errors per run, and an error can hide later ones, so the functions that
// drew errors are removed and csc rerun until it accepts the rest; the errors
// are reported per identifier. When csc accepts the front half but the C
// compiler fails, that is a csc bug and is printed as it is.
//
// Skipped, with the reason printed: generic functions and types, anything
// whose signature mentions complex numbers, unexported types, or a package
// csc's stdlib/ does not have (reflect, unsafe, ...), and the names in
// skipNames below (platform or plumbing a newcomer does not call).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// A ref is one generated function: the identifier it checks and its body.
type ref struct {
	name    string // "Foo", "T", "T.M", "T.Field", "Foo (as value)"
	body    []string
	imports []string // paths of the packages body names
}

// skipNames: identifiers left out on purpose, by package, with the reason.
var skipNames = map[string]string{
	"os.File.SyscallConn":      "syscall-specific",
	"os.File.Fd":               "syscall-specific",
	"os.DirFS":                 "io/fs.FS plumbing",
	"os.ProcAttr.Sys":          "syscall-specific",
	"os.ProcessState.Sys":      "syscall-specific",
	"os.ProcessState.SysUsage": "syscall-specific",
	"os.ProcAttr":              "process plumbing",
	"os.StartProcess":          "process plumbing",
}

var (
	cscPath = flag.String("csc", "build/csc", "the csc binary")
	keepDir = flag.String("keep", "", "write the generated programs to DIR")
	values  = flag.Bool("values", false, "also take every function as a value")
	stdlib  = flag.String("stdlib", "stdlib", "csc's stdlib directory (which packages exist)")
)

func main() {
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: apiaudit [-csc CSC] [-keep DIR] [-values] PKG...")
		os.Exit(2)
	}
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	status := 0
	for _, path := range flag.Args() {
		pkg, err := imp.Import(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			status = 1
			continue
		}
		if !audit(pkg) {
			status = 1
		}
	}
	os.Exit(status)
}

// audit generates, checks and reports one package; false when the tool
// itself failed (Go rejected the program).
func audit(pkg *types.Package) bool {
	g := newGen(pkg)
	refs := g.refs()
	fmt.Printf("== %s: %d references, %d skipped\n", pkg.Path(), len(refs), len(g.skipped))
	for _, s := range g.skipped {
		fmt.Printf("   skip %s\n", s)
	}
	dir, err := os.MkdirTemp("", "apiaudit")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	defer os.RemoveAll(dir)
	if msg := goBuild(dir, g.program(refs)); msg != "" {
		fmt.Printf("   GO REJECTS THE GENERATED PROGRAM:\n%s", msg)
		return false
	}
	live := refs
	for {
		src := g.program(live)
		if *keepDir != "" {
			os.WriteFile(filepath.Join(*keepDir, strings.ReplaceAll(pkg.Path(), "/", "_")+".cs"), []byte(src), 0o644)
		}
		errs, other := cscCompile(dir, src)
		if len(errs) == 0 {
			if other != "" {
				fmt.Printf("   CSC FAILED WITHOUT A CS ERROR (a csc bug):\n%s", indent(other))
			}
			return true
		}
		bad := map[int][]string{}
		for line, msg := range errs {
			i := g.refAt(live, line)
			if i < 0 {
				fmt.Printf("   error outside any reference: line %d: %s\n", line, msg)
				return true
			}
			bad[i] = append(bad[i], msg)
		}
		var rest []ref
		for i, r := range live {
			if msgs, ok := bad[i]; ok {
				fmt.Printf("   MISSING %-36s %s\n", r.name, strings.Join(dedup(msgs), "; "))
				continue
			}
			rest = append(rest, r)
		}
		live = rest
	}
}

func dedup(s []string) []string {
	sort.Strings(s)
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > 20 {
		lines = append(lines[:20], "...")
	}
	return "      " + strings.Join(lines, "\n      ") + "\n"
}

// ---------------------------------------------------------------- generation

type gen struct {
	pkg     *types.Package
	imports map[string]string // path -> name used in the program
	used    map[string]bool   // paths named since the last take()
	skipped []string
	header  int // lines before the first reference function
}

func newGen(pkg *types.Package) *gen {
	return &gen{pkg: pkg, imports: map[string]string{}, used: map[string]bool{}}
}

// mk makes a ref of the packages named since the last mk.
func (g *gen) mk(name string, body ...string) ref {
	r := ref{name: name, body: body}
	for path := range g.used {
		r.imports = append(r.imports, path)
	}
	g.used = map[string]bool{}
	return r
}

// qual names a package in type strings, importing it.
func (g *gen) qual(p *types.Package) string {
	g.used[p.Path()] = true
	if name, ok := g.imports[p.Path()]; ok {
		return name
	}
	name := p.Name()
	for _, used := range g.imports {
		if used == name {
			name = strings.ReplaceAll(p.Path(), "/", "_")
		}
	}
	g.imports[p.Path()] = name
	return name
}

func (g *gen) typ(t types.Type) string { return types.TypeString(t, g.qual) }

// unusable says why a reference to a type cannot be written (or "").
func (g *gen) unusable(t types.Type) string {
	why := ""
	var walk func(t types.Type, depth int)
	seen := map[types.Type]bool{}
	walk = func(t types.Type, depth int) {
		if why != "" || seen[t] || depth > 6 {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Basic:
			if t.Info()&types.IsComplex != 0 {
				why = "complex numbers"
			}
			if t.Kind() == types.UnsafePointer {
				why = "unsafe"
			}
		case *types.Named:
			obj := t.Obj()
			if obj.Pkg() == nil {
				return
			}
			if !obj.Exported() {
				why = "unexported type " + obj.Name()
				return
			}
			if t.TypeParams() != nil || t.TypeArgs() != nil {
				why = "generics"
				return
			}
			if _, err := os.Stat(filepath.Join(*stdlib, obj.Pkg().Path())); err != nil {
				why = "needs package " + obj.Pkg().Path()
			}
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		case *types.Signature:
			for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tu.Len(); i++ {
					walk(tu.At(i).Type(), depth+1)
				}
			}
		}
	}
	walk(t, 0)
	return why
}

// hiddenType: a named type of unexported name.
func hiddenType(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && !n.Obj().Exported()
}

func (g *gen) skip(name, why string) { g.skipped = append(g.skipped, name+": "+why) }

// refs lists the references for every exported identifier, in scope order.
func (g *gen) refs() []ref {
	var out []ref
	scope := g.pkg.Scope()
	p := g.qual(g.pkg)
	pkgPath := g.pkg.Path()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		if why, ok := skipNames[g.pkg.Name()+"."+name]; ok {
			g.skip(name, why)
			continue
		}
		if v, ok := obj.(*types.Var); ok && hiddenType(v.Type()) {
			// binary.BigEndian: usable only through its methods
			g.used[pkgPath] = true
			out = append(out, g.mk(name, "_ = "+p+"."+name))
			out = append(out, g.methodRefs(name, v.Type(), nil, p+"."+name)...)
			continue
		}
		if why := g.unusable(obj.Type()); why != "" {
			g.skip(name, why)
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			g.used[pkgPath] = true
			out = append(out, g.mk(name, "const c = "+p+"."+name))
		case *types.Var:
			g.used[pkgPath] = true
			out = append(out, g.mk(name, "_ = "+p+"."+name))
		case *types.Func:
			sig := obj.Type().(*types.Signature)
			if sig.TypeParams() != nil {
				g.skip(name, "generics")
				continue
			}
			g.used[pkgPath] = true
			out = append(out, g.mk(name, g.call(p+"."+name, sig)...))
			if *values {
				g.used[pkgPath] = true
				out = append(out, g.mk(name+" (as value)", "f := "+p+"."+name, "_ = f"))
			}
		case *types.TypeName:
			out = append(out, g.typeRefs(p, obj)...)
		}
	}
	return out
}

// call declares a zero value per parameter and calls fn with them.
func (g *gen) call(fn string, sig *types.Signature) []string {
	var body, args []string
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		a := "a" + strconv.Itoa(i)
		body = append(body, "var "+a+" "+g.typ(params.At(i).Type()))
		if sig.Variadic() && i == params.Len()-1 {
			a += "..."
		}
		args = append(args, a)
	}
	return append(body, fn+"("+strings.Join(args, ", ")+")")
}

// typeRefs declares the type, calls its methods and reads its fields.
func (g *gen) typeRefs(p string, obj *types.TypeName) []ref {
	name := obj.Name()
	tname := p + "." + name
	g.used[g.pkg.Path()] = true
	out := []ref{g.mk(name, "var t "+tname, "_ = t")}
	if obj.IsAlias() {
		return out
	}
	named := obj.Type().(*types.Named)
	if named.TypeParams() != nil {
		g.skip(name, "generics")
		return nil
	}
	out = append(out, g.methodRefs(name, named, []string{"var t " + tname}, "t")...)
	if st, ok := named.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			full := name + "." + f.Name()
			if !f.Exported() {
				continue
			}
			if why := g.unusable(f.Type()); why != "" {
				g.skip(full, why)
				continue
			}
			g.used[g.pkg.Path()] = true
			out = append(out, g.mk(full, "var t "+tname, "_ = t."+f.Name()))
		}
	}
	return out
}

// methodRefs calls each exported method of t's method set (of *t unless t
// is an interface) on recv, after the statements decl.
func (g *gen) methodRefs(label string, t types.Type, decl []string, recv string) []ref {
	var out []ref
	mset := types.NewMethodSet(t)
	if !types.IsInterface(t) {
		mset = types.NewMethodSet(types.NewPointer(t))
	}
	for i := 0; i < mset.Len(); i++ {
		m := mset.At(i).Obj().(*types.Func)
		full := label + "." + m.Name()
		if !m.Exported() {
			continue
		}
		if why, ok := skipNames[g.pkg.Name()+"."+full]; ok {
			g.skip(full, why)
			continue
		}
		if why := g.unusable(m.Type()); why != "" {
			g.skip(full, why)
			continue
		}
		g.used[g.pkg.Path()] = true
		body := append(append([]string{}, decl...), g.call(recv+"."+m.Name(), m.Type().(*types.Signature))...)
		out = append(out, g.mk(full, body...))
		if *values {
			g.used[g.pkg.Path()] = true
			body := append(append([]string{}, decl...), "f := "+recv+"."+m.Name(), "_ = f")
			out = append(out, g.mk(full+" (as value)", body...))
		}
	}
	return out
}

// program writes the CS source; g.header is set to the line of the first
// function so that refAt can map an error's line back to its reference.
func (g *gen) program(refs []ref) string {
	var funcs bytes.Buffer
	for i, r := range refs {
		fmt.Fprintf(&funcs, "// %s\nfunc ref%d() {\n", r.name, i)
		for _, l := range r.body {
			fmt.Fprintf(&funcs, "\t%s\n", l)
		}
		funcs.WriteString("}\n\n")
	}
	seen := map[string]bool{}
	var paths []string
	for _, r := range refs {
		for _, path := range r.imports {
			if !seen[path] {
				seen[path] = true
				paths = append(paths, path)
			}
		}
	}
	sort.Strings(paths)
	var head bytes.Buffer
	head.WriteString("// Generated by tests/tools/apiaudit: every exported identifier of " + g.pkg.Path() + ".\npackage main\n\nimport (\n")
	for _, path := range paths {
		name := g.imports[path]
		if name == lastElem(path) {
			fmt.Fprintf(&head, "\t%q\n", path)
		} else {
			fmt.Fprintf(&head, "\t%s %q\n", name, path)
		}
	}
	head.WriteString(")\n\nfunc main() {}\n\n")
	g.header = strings.Count(head.String(), "\n")
	return head.String() + funcs.String()
}

func lastElem(path string) string { return path[strings.LastIndex(path, "/")+1:] }

// refAt returns the index in refs of the function holding line (1-based).
func (g *gen) refAt(refs []ref, line int) int {
	at := g.header + 1
	for i, r := range refs {
		end := at + 2 + len(r.body) // comment, func line, body, closing brace
		if line >= at && line <= end {
			return i
		}
		at = end + 2
	}
	return -1
}

// ---------------------------------------------------------------- compilers

// goBuild builds src with Go in dir; it returns Go's errors or "".
func goBuild(dir, src string) string {
	mod := filepath.Join(dir, "gomod")
	os.MkdirAll(mod, 0o755)
	os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module x\n\ngo 1.19\n"), 0o644)
	os.WriteFile(filepath.Join(mod, "main.go"), []byte(src), 0o644)
	cmd := exec.Command(filepath.Join(goroot(), "bin", "go"), "build", "-o", os.DevNull, ".")
	cmd.Dir = mod
	if out, err := cmd.CombinedOutput(); err != nil {
		return string(out)
	}
	return ""
}

func goroot() string {
	if r := os.Getenv("GOROOT"); r != "" {
		return r
	}
	return "/usr/lib/go-1.19"
}

var errLine = regexp.MustCompile(`^audit\.cs:(\d+):\d+: (?:error: )?(.*)$`)

// cscCompile compiles src with csc; it returns its errors by line, and
// csc's whole output when it failed without any (a C compiler failure).
func cscCompile(dir, src string) (map[int]string, string) {
	os.WriteFile(filepath.Join(dir, "audit.cs"), []byte(src), 0o644)
	csc, _ := filepath.Abs(*cscPath)
	cmd := exec.Command(csc, "audit.cs", "-o", "audit")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	errs := map[int]string{}
	for _, l := range strings.Split(string(out), "\n") {
		m := errLine.FindStringSubmatch(l)
		if m == nil || m[2] == "too many errors" {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if _, dup := errs[n]; !dup {
			errs[n] = m[2]
		}
	}
	if err != nil && len(errs) == 0 {
		return nil, string(out)
	}
	return errs, ""
}
