// Package os: the command line, the environment, exiting, and files.
//
// A File is an fd and a name. Its I/O goes straight to read(2)/write(2)
// (stdlib/os/os.c) inside the runtime's syscall state (rt_entersyscall),
// so a goroutine blocked reading stdin or a pipe leaves its P to the
// others, as Go's blocking file I/O does. Writes are unbuffered and loop
// until every byte is written: fmt.Println is exactly one Write, as in Go.
//
// Errors follow Go's shapes and texts: *PathError ("open x: no such file
// or directory"), *SyscallError, and errno values whose text is Go's
// (lower-case strerror).
package os

import (
	"errors"
	"internal/poll"
	"io"
	"io/fs"
	"syscall"
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	// ErrDeadlineExceeded is the error of an I/O operation past its deadline.
	ErrDeadlineExceeded error = poll.ErrDeadlineExceeded
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// ---- C side (os.c) ----------------------------------------------------------

func runtimeArgs() []string

// errstr is the text of errno e, as Go's syscall.Errno.Error prints it.
func errstr(e int) string

// sysRead and sysWrite return the count and an errno (0: none); sysWrite
// loops until all of b is written or an error stops it.
func sysRead(fd int, b []byte) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysClose(fd int) int
func sysUnlink(name string) int
func sysRmdir(name string) int
func sysMkdir(name string, perm uint32) int
func sysSetenv(key, value string) int
func sysUnsetenv(key string) int
func sysGetwd() (dir string, errno int)

// sysReadDirNames lists the entries of directory name but "." and "..";
// sysStatDir says whether name (symbolic links followed) is a directory.
func sysReadDirNames(name string) (names []string, errno int)
func sysStatDir(name string) (isDir bool, errno int)

// Metadata, seeking and positioned I/O (fileops.cs, stat.cs). sysStat and
// sysFstat fill out[0:4] with size, raw st_mode and modification time
// (seconds, nanoseconds); sysPio is one pread or pwrite (n < 0 on error);
// sysTruncate truncates fd, or name when fd < 0.
func sysStat(name string, follow bool, out []int64) int
func sysFstat(fd int, out []int64) int
func sysSeek(fd int, offset int64, whence int) (ret int64, errno int)
func sysPio(fd int, b []byte, off int64, write bool) (n int, errno int)
func sysFsync(fd int) int
func sysTruncate(fd int, name string, size int64) int
func sysRename(from, to string) int
func sysChdir(name string) int

// sysRandom returns 32 random bits, for temporary names.
func sysRandom() uint32
func sysHostname() (name string, errno int)

// Environ returns the environment as "key=value" strings.
func Environ() []string

// Exit ends the program at once with the given status; deferred calls do
// not run.
func Exit(code int)

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool)

// Setenv sets the environment variable key.
func Setenv(key, value string) error {
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", errno(e))
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", errno(e))
	}
	return nil
}

// Getwd returns the current directory.
func Getwd() (string, error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// Hostname returns the kernel's host name.
func Hostname() (string, error) {
	name, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("hostname", errno(e))
	}
	return name, nil
}

func Getpid() int

// ---- errors -------------------------------------------------------------------

// errno is a system call error number: Go's syscall.Errno, so that
// errors.Is(err, syscall.ENOENT) and %T see what they see in Go.
type errno = syscall.Errno

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError wraps err (nil stays nil).
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func IsNotExist(err error) bool { return underlyingIs(err, ErrNotExist) }

func IsExist(err error) bool { return underlyingIs(err, ErrExist) }

func IsPermission(err error) bool { return underlyingIs(err, ErrPermission) }

// IsTimeout reports whether err (or the error a *PathError or *SyscallError
// wraps) says it is a timeout, as net's deadline errors do.
func IsTimeout(err error) bool {
	t, ok := underlying(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingIs(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	en, ok := err.(errno)
	return ok && en.Is(target)
}

// ---- files ----------------------------------------------------------------------

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const oCloexec = 0x80000

// A FileMode holds a file's mode and permission bits.
type FileMode = fs.FileMode

// ModePerm is the Unix permission bits.
const ModePerm = fs.ModePerm

// File is an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool    // opened with O_APPEND: WriteAt is refused
	pd         uintptr // netpoller descriptor (a pipe, poll.cs); 0: blocking I/O
	dir        *dirState // a directory's entries, once Readdir & co. listed them
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for fd with the given name.
func NewFile(fd uintptr, name string) *File {
	noteFinalizer()
	return &File{fd: int(fd), name: name}
}

// noteFinalizer stands for the finalizer Go's os sets on every File: the
// first one starts Go's finalizer goroutine, which takes goroutine id 5,
// so user goroutines start at 6 in programs that import os and at 5 in
// the others (os.c).
func noteFinalizer()

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// check returns the error for using f in operation op, if f is unusable.
func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := f.sysRead(b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: ioError(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes all of b, or returns the error that stopped it.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, e := f.sysWrite(b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: ioError(e)}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Close closes f; closing twice reports "file already closed".
func (f *File) Close() error {
	if err := f.check("close"); err != nil {
		return err
	}
	f.closed = true
	if f.pd != 0 {
		sysPollClose(f.pd)
		return nil
	}
	if e := sysClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(e)}
	}
	return nil
}

// OpenFile opens name with flag (O_RDONLY etc.) and, when creating, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag|oCloexec, uint32(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// Open opens name for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates name (mode 0666 before umask) for writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile returns the whole content of name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	if e1 != 20 { // ENOTDIR: name is a file, so unlink's error is the one
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// Mkdir creates directory name with permission bits perm (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// DevNull is the name of the null device.
const DevNull = "/dev/null"

const (
	PathSeparator     = '/' // the separator of a path's elements
	PathListSeparator = ':' // the separator of a list of paths ($PATH)
)

// IsPathSeparator reports whether c is a directory separator.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Deprecated whence values for Seek: io.SeekStart and co.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// Chmod sets the mode of the named file.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

func sysChmod(name string, mode uint32) int

// syscallMode is mode as chmod(2) takes it.
func syscallMode(mode FileMode) uint32 {
	m := uint32(mode.Perm())
	if mode&ModeSetuid != 0 {
		m |= 0o4000
	}
	if mode&ModeSetgid != 0 {
		m |= 0o2000
	}
	if mode&ModeSticky != 0 {
		m |= 0o1000
	}
	return m
}

// Clearenv removes every environment variable.
func Clearenv()

// TempDir returns $TMPDIR, or "/tmp".
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// WriteFile writes data to name, creating it with perm if needed and
// truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ---- directories and temporary files ---------------------------------------------

const (
	eNOENT  = 2
	eEXIST  = 17
	eNOTDIR = 20
	eINVAL  = 22
)

// MkdirAll creates directory path and any parents missing, as Go's does:
// nil if path already is a directory.
func MkdirAll(path string, perm FileMode) error {
	isDir, e := sysStatDir(path)
	if e == 0 {
		if isDir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: errno(eNOTDIR)}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if isDir, e := sysStatDir(path); e == 0 && isDir {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and everything under it; a path that does not
// exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: errno(eINVAL)}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	names, e := sysReadDirNames(path)
	switch e {
	case 0:
	case eNOENT:
		return nil
	case eNOTDIR:
		return err
	default:
		return &PathError{Op: "open", Path: path, Err: errno(e)}
	}
	for _, name := range names {
		if err := RemoveAll(path + "/" + name); err != nil {
			return err
		}
	}
	if e := sysRmdir(path); e != 0 && e != eNOENT {
		return &PathError{Op: "remove", Path: path, Err: errno(e)}
	}
	return nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// tempName splits pattern at its last "*" (the random part goes there, or
// at the end) and joins the prefix to dir (TempDir() when empty).
func tempName(dir, pattern, op string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", &PathError{Op: op, Path: pattern, Err: errPatternHasSeparator}
		}
	}
	prefix = pattern
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if dir == "" {
		dir = TempDir()
	}
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + prefix, suffix, nil
	}
	return dir + "/" + prefix, suffix, nil
}

func nextRandom() string {
	v := sysRandom()
	if v == 0 {
		return "0"
	}
	var b [10]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

// MkdirTemp creates a new directory in dir named from pattern (the last
// "*" replaced by a random string) and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := tempName(dir, pattern, "mkdirtemp")
	if err != nil {
		return "", err
	}
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) || try == 10000 {
			return "", err
		}
	}
}

// CreateTemp creates and opens for reading and writing a new file in dir
// named from pattern as MkdirTemp does.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := tempName(dir, pattern, "createtemp")
	if err != nil {
		return nil, err
	}
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if err == nil {
			return f, nil
		}
		if !IsExist(err) || try == 10000 {
			return nil, err
		}
	}
}
