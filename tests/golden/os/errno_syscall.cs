package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"syscall"
)

func main() {
	_, err := os.ReadFile("/nonexistent/x")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("%T %v %d\n", pe.Err, pe.Err, pe.Err)
	}
	fmt.Println(errors.Is(err, syscall.ENOENT), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	_, err = net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	fmt.Println(errors.Is(err, syscall.ECONNREFUSED))
	var se *os.SyscallError
	if errors.As(err, &se) {
		fmt.Printf("%T %v %T\n", se, se.Syscall, se.Err)
	}
	var en syscall.Errno
	fmt.Println(errors.As(err, &en), en, en == syscall.ECONNREFUSED, en.Timeout(), en.Temporary())
	fmt.Println(syscall.EAGAIN.Timeout(), syscall.EACCES.Is(fs.ErrPermission), syscall.Errno(0).Error() == "")
	err = os.Mkdir("/proc/xx", 0755)
	fmt.Println(err, os.IsPermission(err), os.IsExist(err))
}
