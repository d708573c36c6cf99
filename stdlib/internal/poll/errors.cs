// Package poll holds the errors that os and net share for I/O on polled
// descriptors, defined here, as in Go's internal/poll, so that they are the
// same values and print the same types (%T: *poll.DeadlineExceededError,
// poll.errNetClosing) in both packages.
package poll

// DeadlineExceededError is the type of ErrDeadlineExceeded.
type DeadlineExceededError struct{}

func (e *DeadlineExceededError) Error() string { return "i/o timeout" }

func (e *DeadlineExceededError) Timeout() bool { return true }

func (e *DeadlineExceededError) Temporary() bool { return true }

// ErrDeadlineExceeded is the error of an I/O operation past its deadline
// (os.ErrDeadlineExceeded).
var ErrDeadlineExceeded error = &DeadlineExceededError{}

// errNetClosing is the type of ErrNetClosing.
type errNetClosing struct{}

func (e errNetClosing) Error() string { return "use of closed network connection" }

func (e errNetClosing) Timeout() bool { return false }

func (e errNetClosing) Temporary() bool { return false }

// ErrNetClosing is the error of using a closed network connection or
// listener (net.ErrClosed).
var ErrNetClosing = errNetClosing{}
