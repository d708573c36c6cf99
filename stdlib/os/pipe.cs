// Pipe: a connected pair of Files over pipe2(2), named "|0" and "|1" as
// Go names them. Both ends are ordinary blocking Files: a Read waits in
// the runtime's syscall state (os.c), so other goroutines run meanwhile,
// and a Write to a pipe whose read end is closed fails with EPIPE
// ("write |1: broken pipe").
package os

// sysPipe returns the read and write fds (close-on-exec) and an errno.
func sysPipe() (r int, w int, errno int)

// Pipe returns a connected pair of Files; reads from r return the bytes
// written to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := sysPipe()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", errno(e))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}
