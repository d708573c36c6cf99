// The calling goroutine's stack as program counters, and what each one
// stands for: Caller, Callers, CallersFrames, FuncForPC. callers.c walks
// the stack (runtime/frames.c) and resolves the pcs.
//
// A pc here is a frame's return address, with the frame's inline depth in
// its top bits (runtime/frames.h): gcc inlines other calls than Go does,
// but each frame it inlined still gets a pc of its own, as in Go, and
// FuncForPC names the function of that frame. Past the last CS frame Go
// shows its own runtime.main (goroutine 1) and runtime.goexit; they are
// given pcs of their own with Go 1.19's files and lines under GOROOT().
// Frames are exactly the frames of tracebacks, so the functions inlined
// by gcc are there and their lines are right, but a pc's numeric value,
// Entry and the offsets of Go's code are not Go's.
package runtime

// Caller reports the file and line of a call on the calling goroutine's
// stack: skip 0 is the caller of Caller, 1 its caller, and so on. file is
// the .cs file's absolute path. A binary stripped of csc's line table
// gives each function's func line.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	if callers(skip+1, pcs[:]) == 0 {
		return 0, "", 0, false
	}
	var name string
	var entry uintptr
	if !pcInfo(pcs[0], &name, &file, &line, &entry) {
		return 0, "", 0, false
	}
	return pcs[0], file, line, true
}

// Callers fills pc with the program counters of the calling goroutine's
// frames (skip 0: Callers' own, 1 its caller) and returns how many.
func Callers(skip int, pc []uintptr) int {
	return callers(skip, pc)
}

// callers: as Callers, skip 0 being callers' caller.
func callers(skip int, pc []uintptr) int

// pcInfo tells what pc stands for; false if it is no frame's.
func pcInfo(pc uintptr, name *string, file *string, line *int, entry *uintptr) bool

// A Func represents a function (or an inlined call) on the stack.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function at pc, or nil.
func FuncForPC(pc uintptr) *Func {
	var f Func
	var file string
	var line int
	if !pcInfo(pc, &f.name, &file, &line, &f.entry) {
		return nil
	}
	return &f
}

// Name returns the name of the function ("" for a nil *Func).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine returns the file name and line number of the source code at pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	var name string
	var entry uintptr
	if !pcInfo(pc, &name, &file, &line, &entry) {
		return "?", 0
	}
	return file, line
}

// Frame is the information Frames returns for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice
// of PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame for the next PC, skipping those that stand for no
// frame, and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		var f Func
		if pcInfo(pc, &f.name, &frame.File, &frame.Line, &f.entry) {
			frame.PC = pc - 1
			frame.Func = &f
			frame.Function = f.name
			frame.Entry = f.entry
			return frame, len(ci.callers) > 0
		}
	}
	return Frame{}, false
}
