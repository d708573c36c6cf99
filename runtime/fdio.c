/* fdio.c: blocking fd I/O in the syscall state, and errno texts (see
 * fdio.h).
 *
 * Texts: Go's syscall error table for Linux is glibc's strerror with the
 * first letter in lower case, except the two entries special-cased in
 * rt_errstr (checked against Go 1.19's zerrors_linux_amd64.go, errnos
 * 1..133).
 *
 * SIGPIPE, as in Go: a write to a pipe or socket with no reader fails with
 * EPIPE ("write |1: broken pipe") instead of killing the program, except
 * on fds 1 and 2, where the program dies of SIGPIPE (`prog | head -1`).
 * So the signal gets a handler that does nothing (not SIG_IGN, which
 * exec would pass on), and rt_fd_write raises it for stdout and stderr.
 */
#include "fdio.h"
#include "proc.h"
#include "sched.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Waits until fd is ready for `events` after an EAGAIN. */
static void wait_fd(int fd, short events) {
    struct pollfd p = {.fd = fd, .events = events};
    while (poll(&p, 1, -1) < 0 && errno == EINTR)
        ;
}

int64_t rt_fd_read(int fd, void *buf, int64_t n, int *err) {
    rt_entersyscall();
    ssize_t r;
    for (;;) {
        r = read(fd, buf, (size_t)n);
        if (r >= 0 || (errno != EINTR && errno != EAGAIN))
            break;
        if (errno == EAGAIN)
            wait_fd(fd, POLLIN);
    }
    int e = errno;
    rt_exitsyscall();
    *err = r < 0 ? e : 0;
    return r < 0 ? 0 : r;
}

static void sigpipe_ignored(int sig, siginfo_t *si, void *uc) {
    (void)sig, (void)si, (void)uc;
}

void rt_sigpipe_init(void) {
    rt_signal_install(SIGPIPE, sigpipe_ignored, SA_RESTART);
}

/* Go's os.epipecheck: a broken stdout or stderr ends the program. */
static void epipe_check(int fd, int e) {
    if (e != EPIPE || (fd != 1 && fd != 2))
        return;
    signal(SIGPIPE, SIG_DFL);
    raise(SIGPIPE);
}

int64_t rt_fd_write(int fd, const void *buf, int64_t n, int *err) {
    int64_t done = 0;
    int e = 0;
    rt_entersyscall();
    while (done < n) {
        ssize_t r = write(fd, (const char *)buf + done, (size_t)(n - done));
        if (r >= 0) {
            done += r;
        } else if (errno == EAGAIN) {
            wait_fd(fd, POLLOUT);
        } else if (errno != EINTR) {
            e = errno;
            break;
        }
    }
    rt_exitsyscall();
    epipe_check(fd, e);
    *err = e;
    return done;
}

rt_string rt_errstr(int e) {
    char buf[128];
    if (e == ESTALE)
        return RT_STR("stale NFS file handle");
    if (e <= 0 || e > 133) {
        snprintf(buf, sizeof buf, "errno %d", e);
        return rt_string_from_c(buf);
    }
    const char *s = strerror_r(e, buf, sizeof buf);
    if (s != buf)
        snprintf(buf, sizeof buf, "%s", s);
    if (buf[0] >= 'A' && buf[0] <= 'Z' && strncmp(buf, "RFS", 3) != 0)
        buf[0] = (char)(buf[0] - 'A' + 'a');   /* "RFS specific error" keeps its case */
    return rt_string_from_c(buf);
}
