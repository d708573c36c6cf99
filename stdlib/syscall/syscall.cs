// Package syscall: the part of Go's package syscall that CS programs
// use: signal numbers and their names (for os/signal), Kill, Getpid and
// Getppid, and Errno, a system call's error number.
//
// The signal constants and texts are Linux amd64's, as Go 1.19 lists them
// (zerrors_linux_amd64.go); an Errno's text is the runtime's table of
// Go's strerror texts (runtime/fdio.c).
package syscall

import "io/fs"

// A Signal is a signal number; it satisfies os.Signal.
type Signal int

// Signal marks Signal as an os.Signal.
func (s Signal) Signal() {}

// String returns the signal's description, as strsignal(3) words it.
func (s Signal) String() string {
	if s >= 0 && int(s) < len(signalNames) && signalNames[s] != "" {
		return signalNames[s]
	}
	return "signal " + itoa(int(s))
}

const (
	SIGABRT   = Signal(0x6)
	SIGALRM   = Signal(0xe)
	SIGBUS    = Signal(0x7)
	SIGCHLD   = Signal(0x11)
	SIGCLD    = Signal(0x11)
	SIGCONT   = Signal(0x12)
	SIGFPE    = Signal(0x8)
	SIGHUP    = Signal(0x1)
	SIGILL    = Signal(0x4)
	SIGINT    = Signal(0x2)
	SIGIO     = Signal(0x1d)
	SIGIOT    = Signal(0x6)
	SIGKILL   = Signal(0x9)
	SIGPIPE   = Signal(0xd)
	SIGPOLL   = Signal(0x1d)
	SIGPROF   = Signal(0x1b)
	SIGPWR    = Signal(0x1e)
	SIGQUIT   = Signal(0x3)
	SIGSEGV   = Signal(0xb)
	SIGSTKFLT = Signal(0x10)
	SIGSTOP   = Signal(0x13)
	SIGSYS    = Signal(0x1f)
	SIGTERM   = Signal(0xf)
	SIGTRAP   = Signal(0x5)
	SIGTSTP   = Signal(0x14)
	SIGTTIN   = Signal(0x15)
	SIGTTOU   = Signal(0x16)
	SIGUNUSED = Signal(0x1f)
	SIGURG    = Signal(0x17)
	SIGUSR1   = Signal(0xa)
	SIGUSR2   = Signal(0xc)
	SIGVTALRM = Signal(0x1a)
	SIGWINCH  = Signal(0x1c)
	SIGXCPU   = Signal(0x18)
	SIGXFSZ   = Signal(0x19)
)

var signalNames = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}

// An Errno is a system call's error number.
type Errno uintptr

func (e Errno) Error() string { return errstr(int(e)) }

// Is lets errors.Is match an Errno with the portable errors of io/fs.
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary reports whether retrying may succeed.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether e is a time-out.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func errstr(e int) string

// The error numbers programs compare with most often.
const (
	E2BIG           = Errno(0x7)
	EACCES          = Errno(0xd)
	EADDRINUSE      = Errno(0x62)
	EADDRNOTAVAIL   = Errno(0x63)
	EAFNOSUPPORT    = Errno(0x61)
	EAGAIN          = Errno(0xb)
	EALREADY        = Errno(0x72)
	EBADF           = Errno(0x9)
	EBUSY           = Errno(0x10)
	ECHILD          = Errno(0xa)
	ECONNABORTED    = Errno(0x67)
	ECONNREFUSED    = Errno(0x6f)
	ECONNRESET      = Errno(0x68)
	EDEADLK         = Errno(0x23)
	EDESTADDRREQ    = Errno(0x59)
	EEXIST          = Errno(0x11)
	EFAULT          = Errno(0xe)
	EHOSTUNREACH    = Errno(0x71)
	EINPROGRESS     = Errno(0x73)
	EINTR           = Errno(0x4)
	EINVAL          = Errno(0x16)
	EIO             = Errno(0x5)
	EISCONN         = Errno(0x6a)
	EISDIR          = Errno(0x15)
	ELOOP           = Errno(0x28)
	EMFILE          = Errno(0x18)
	EMSGSIZE        = Errno(0x5a)
	ENAMETOOLONG    = Errno(0x24)
	ENETUNREACH     = Errno(0x65)
	ENFILE          = Errno(0x17)
	ENOBUFS         = Errno(0x69)
	ENOENT          = Errno(0x2)
	ENOMEM          = Errno(0xc)
	ENOSPC          = Errno(0x1c)
	ENOSYS          = Errno(0x26)
	ENOTCONN        = Errno(0x6b)
	ENOTDIR         = Errno(0x14)
	ENOTEMPTY       = Errno(0x27)
	ENOTSOCK        = Errno(0x58)
	ENOTSUP         = Errno(0x5f)
	ENXIO           = Errno(0x6)
	EOPNOTSUPP      = Errno(0x5f)
	EPERM           = Errno(0x1)
	EPIPE           = Errno(0x20)
	EPROTONOSUPPORT = Errno(0x5d)
	ERANGE          = Errno(0x22)
	EROFS           = Errno(0x1e)
	ESPIPE          = Errno(0x1d)
	ESRCH           = Errno(0x3)
	ETIMEDOUT       = Errno(0x6e)
	EWOULDBLOCK     = Errno(0xb)
	EXDEV           = Errno(0x12)
)

// Kill sends sig to process pid (kill(2)).
func Kill(pid int, sig Signal) error {
	if e := sysKill(pid, int(sig)); e != 0 {
		return Errno(e)
	}
	return nil
}

func sysKill(pid int, sig int) int

// Mkfifo makes a named pipe at path with permission bits mode (mkfifo(3)).
func Mkfifo(path string, mode uint32) error {
	if e := sysMkfifo(path, mode); e != 0 {
		return Errno(e)
	}
	return nil
}

func sysMkfifo(path string, mode uint32) int

// Getpid returns the process id.
func Getpid() int

// Getppid returns the parent's process id.
func Getppid() int

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	s := ""
	for {
		s = string(rune('0'+v%10)) + s
		v /= 10
		if v == 0 {
			return s
		}
	}
}
