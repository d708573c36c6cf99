// Pipe: a connected pair of Files over pipe2(2), named "|0" and "|1" as
// Go names them. As in Go both ends are polled (poll.cs): a Read or Write
// that would block parks its goroutine, closing an end wakes a goroutine
// blocked on it ("read |0: file already closed"), and deadlines apply. A
// Write to a pipe whose read end is closed fails with EPIPE ("write |1:
// broken pipe").
package os

// sysPipe returns the read and write fds (close-on-exec, registered with
// the netpoller as rpd and wpd) and an errno.
func sysPipe() (r int, w int, rpd uintptr, wpd uintptr, errno int)

// Pipe returns a connected pair of Files; reads from r return the bytes
// written to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, rpd, wpd, e := sysPipe()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", errno(e))
	}
	r = NewFile(uintptr(rfd), "|0")
	w = NewFile(uintptr(wfd), "|1")
	r.pd, w.pd = rpd, wpd
	return r, w, nil
}
