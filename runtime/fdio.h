/* fdio.h: blocking file-descriptor I/O for the stdlib (os.File), and the
 * errno texts every package shows.
 *
 * These calls may block in the kernel (stdin, pipes, slow files), so they
 * run inside rt_entersyscall/rt_exitsyscall: the P is handed to another M
 * while this thread waits, and other goroutines keep running. Sockets do
 * not come here: they are non-blocking and park in the netpoller
 * (netpoll.h).
 */
#ifndef RT_FDIO_H
#define RT_FDIO_H

#include "rt.h"

/* One read(2) of up to n bytes: the count (0 at end of file), with *err =
 * 0, or 0 with *err = errno. An fd in non-blocking mode that has nothing
 * to read is waited for with poll(2), not reported as EAGAIN. */
int64_t rt_fd_read(int fd, void *buf, int64_t n, int *err);
/* Writes all n bytes, looping over short writes; returns the count
 * written, with *err = errno when it is short. */
int64_t rt_fd_write(int fd, const void *buf, int64_t n, int *err);
/* Go's text for errno e (syscall.Errno.Error): "no such file or
 * directory", "connection refused", or "errno N" when unknown. */
rt_string rt_errstr(int e);

#endif
