// os.Process.Signal's errors as Go gives them (pid 0, a released
// process, a finished one, a bad signal as a bare syscall.Errno) and
// Release; signal 0 to the program itself succeeds.
package main

import (
	"fmt"
	"os"
	"syscall"
)

type mySignal struct{}

func (mySignal) String() string { return "mine" }
func (mySignal) Signal()        {}

func main() {
	self, _ := os.FindProcess(os.Getpid())
	fmt.Println(self.Signal(syscall.Signal(0)))
	err := self.Signal(syscall.Signal(999))
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(self.Signal(mySignal{}))
	zero, _ := os.FindProcess(0)
	fmt.Println(zero.Kill())
	gone, _ := os.FindProcess(1 << 30)
	fmt.Println(gone.Kill(), gone.Signal(os.Interrupt) == os.ErrProcessDone)
	fmt.Println(self.Release(), self.Pid)
	fmt.Println(self.Signal(syscall.Signal(0)), self.Kill())
}
