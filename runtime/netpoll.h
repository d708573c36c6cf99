/* netpoll.h: the network poller, Go's netpoll.go for csc.
 *
 * A non-blocking fd that goroutines read and write (sockets; any fd the
 * kernel can poll) is registered once with rt_poll_open and gets a poll
 * descriptor. A goroutine whose read/write/accept/connect would block
 * (EAGAIN, EINPROGRESS) parks in rt_poll_wait with wait reason "IO wait"
 * until the backend reports the fd ready, the descriptor is closed, or a
 * deadline passes. The scheduler drives the backend through rt_netpoll
 * (sched.h), and sleeps there until the next timer when it has nothing to
 * run.
 *
 * Errors: the rt_poll_* I/O helpers return or store 0 on success, a
 * positive errno, or one of the two poller conditions below. The stdlib
 * turns them into Go's error values (net.c, os.c).
 *
 * Files: netpoll.c (descriptors, waiting, deadlines, the rt_netpoll hook)
 * on top of a backend, netpoll_epoll.c (epoll), through netpoll_backend.h.
 */
#ifndef RT_NETPOLL_H
#define RT_NETPOLL_H

#include <sys/socket.h>
#include "sched.h"

typedef struct rt_pollfd rt_pollfd;

enum {
    RT_POLL_READ = 1,
    RT_POLL_WRITE = 2,
};

/* Poller conditions, beyond errno's range. */
enum {
    RT_ECLOSING = 100000,   /* "use of closed network connection" (Go's ErrNetClosing) */
    RT_ETIMEOUT = 100001,   /* "i/o timeout" (os.ErrDeadlineExceeded) */
};

/* Creates the poller once (idempotent, thread-safe) and raises
 * RLIMIT_NOFILE's soft limit to the hard limit, as Go does at start-up.
 * Everything below calls it as needed; the scheduler may call it early. */
void rt_netpoll_init(void);


/* Registers non-blocking fd; returns NULL and stores errno in *err on
 * failure. */
rt_pollfd *rt_poll_open(int fd, int *err);
/* Marks pd closing, wakes its waiters (their waits fail RT_ECLOSING),
 * stops its deadline timers, waits (parked, so only from a goroutine) for
 * the I/O helpers still running on it to return, as Go's Close does, and
 * closes the fd (so the fd number is never reused under a goroutine that
 * is mid-read). The caller must not close the fd itself, nor use pd again. */
void rt_poll_close(rt_pollfd *pd);
/* Parks until pd is ready for `mode` (RT_POLL_READ or RT_POLL_WRITE).
 * Returns 0 (ready: retry the system call), RT_ECLOSING or RT_ETIMEOUT. */
int rt_poll_wait(rt_pollfd *pd, int mode);
/* What fails an operation in `mode` before it starts (Go's
 * netpollcheckerr): RT_ECLOSING, RT_ETIMEOUT (its deadline has passed), or 0. */
int rt_poll_check(rt_pollfd *pd, int mode);
/* Sets the deadline for the modes in `mode` (a bit mask): when is a
 * nanotime, 0 for none; one in the past fails current and future waits
 * with RT_ETIMEOUT. */
void rt_poll_set_deadline(rt_pollfd *pd, int64_t when, int mode);

/* ---- I/O on registered fds (park instead of blocking) -------------------
 * Each fails with RT_ECLOSING once pd is closing. */
/* One read(2): returns the count (0 at end of stream); *err gets 0 or the
 * error code (the count is then 0). */
int64_t rt_poll_read(rt_pollfd *pd, void *buf, int64_t n, int *err);
/* Writes all n bytes (looping over partial writes); returns how many were
 * written, with *err set when that is fewer than n. */
int64_t rt_poll_write(rt_pollfd *pd, const void *buf, int64_t n, int *err);
/* One recvfrom(2): a datagram (truncated to n bytes) and, in *sa, its
 * sender; *salen is sa's size in, the address's length out. Otherwise as
 * rt_poll_read. */
int64_t rt_poll_recvfrom(rt_pollfd *pd, void *buf, int64_t n, struct sockaddr *sa,
                         socklen_t *salen, int *err);
/* One sendto(2) of n bytes as a datagram to sa; returns the count, or 0
 * with *err set. */
int64_t rt_poll_sendto(rt_pollfd *pd, const void *buf, int64_t n,
                       const struct sockaddr *sa, socklen_t salen, int *err);
/* accept4(2) of a non-blocking, close-on-exec connection; returns the new
 * fd or -1 with *err set. */
int rt_poll_accept(rt_pollfd *pd, struct sockaddr *sa, socklen_t *salen, int *err);
/* connect(2) on pd's non-blocking socket, waiting for it to complete;
 * returns 0 or the error code. */
int rt_poll_connect(rt_pollfd *pd, const struct sockaddr *sa, socklen_t salen);

#endif
