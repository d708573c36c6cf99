// Signals and processes: os.Signal, Interrupt and Kill, and Process as far
// as a program can use it on itself or a known pid (FindProcess, Signal,
// Kill, Release). Starting processes (StartProcess, os/exec) is not
// supported.
package os

import (
	"errors"
	"syscall"
)

// A Signal is an operating system signal; syscall.Signal implements it.
type Signal interface {
	String() string
	Signal()
}

// The two signals every system has.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// ErrProcessDone is what signalling a finished process returns.
var ErrProcessDone = errors.New("os: process already finished")

// A Process is a process known by its pid.
type Process struct {
	Pid int
}

// FindProcess returns the process with the given pid. On Unix it always
// succeeds, as Go's does: whether the process exists shows when it is
// signalled.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Signal sends sig to the process. As in Go, a failed kill(2) is its bare
// syscall.Errno, and a nil *Process panics.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if err := syscall.Kill(p.Pid, s); err != nil {
		if err == syscall.ESRCH {
			return ErrProcessDone
		}
		return err
	}
	return nil
}

// Release gives up p: signalling it afterwards is an error.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Kill ends the process with SIGKILL.
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// Getppid returns the parent's process id.
func Getppid() int {
	return syscall.Getppid()
}

// Getuid, Geteuid, Getgid and Getegid return the process's user and
// group ids.
func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int

// Executable returns the path of the running program (/proc/self/exe).
func Executable() (string, error) {
	path, e := sysExecutable()
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: "/proc/self/exe", Err: errno(e)}
	}
	return path, nil
}

func sysExecutable() (path string, errno int)

// Getpagesize returns the memory page size.
func Getpagesize() int

func sysGetgroups(out []int) int

// Getgroups returns the supplementary group ids of the caller.
func Getgroups() ([]int, error) {
	n := sysGetgroups(nil)
	if n == 0 {
		return nil, nil
	}
	if n > 0 {
		gids := make([]int, n)
		n = sysGetgroups(gids)
		if n >= 0 {
			return gids[:n], nil
		}
	}
	return nil, NewSyscallError("getgroups", errno(-n))
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	return userDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	return userDir("XDG_CONFIG_HOME", "/.config")
}

func userDir(xdg, underHome string) (string, error) {
	if dir := Getenv(xdg); dir != "" {
		return dir, nil
	}
	if dir := Getenv("HOME"); dir != "" {
		return dir + underHome, nil
	}
	return "", errors.New("neither $" + xdg + " nor $HOME are defined")
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if dir := Getenv("HOME"); dir != "" {
		return dir, nil
	}
	return "", errors.New("$HOME is not defined")
}
