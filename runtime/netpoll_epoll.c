/* netpoll_epoll.c: the Linux backend of the network poller (contract in
 * netpoll_backend.h), after Go's netpoll_epoll.go.
 *
 * One epoll instance (EPOLL_CLOEXEC). Every fd is added once with
 * EPOLLIN|EPOLLOUT|EPOLLRDHUP|EPOLLET and its rt_pollfd in data.ptr; it is
 * never modified, only deleted at close. The break channel is an eventfd
 * registered level-triggered with data.ptr = &breakfd: a pending break
 * makes every wait return until the waiter that sees it reads it empty.
 * `break_pending` coalesces breaks so a burst of new timers costs one
 * write (Go's netpollWakeSig).
 *
 * Timeouts: epoll_pwait2 takes nanoseconds, so a poller sleeping until
 * the next timer wakes on time instead of up to 1 ms early (epoll_wait's
 * ms resolution, which Go rounds down and then spins on). Kernels without
 * it (ENOSYS) fall back to epoll_wait with the delay rounded up to whole
 * milliseconds: late by under 1 ms, never early.
 */
#include "netpoll_backend.h"

#include <errno.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

static int epfd = -1;
static int breakfd = -1;
static uint32_t break_pending;      /* atomic */
static bool no_pwait2;              /* epoll_pwait2 reported ENOSYS */

void rt_netpoll_backend_init(void) {
    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0)
        rt_throw("netpoll: epoll_create1 failed");
    breakfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (breakfd < 0)
        rt_throw("netpoll: eventfd failed");
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &breakfd};
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, breakfd, &ev) < 0)
        rt_throw("netpoll: cannot register the break eventfd");
}

int rt_netpoll_backend_open(int fd, rt_pollfd *pd) {
    struct epoll_event ev = {
        .events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET,
        .data.ptr = pd,
    };
    return epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0 ? errno : 0;
}

void rt_netpoll_backend_close(int fd) {
    struct epoll_event ev = {0};
    epoll_ctl(epfd, EPOLL_CTL_DEL, fd, &ev);
}

void rt_netpoll_backend_break(void) {
    if (epfd < 0)
        return;
    uint32_t zero = 0;
    if (!__atomic_compare_exchange_n(&break_pending, &zero, 1, false,
                                     __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return;
    uint64_t one = 1;
    while (write(breakfd, &one, sizeof one) < 0 && errno == EINTR)
        ;
}

static void drain_break(void) {
    uint64_t buf;
    while (read(breakfd, &buf, sizeof buf) < 0 && errno == EINTR)
        ;
    __atomic_store_n(&break_pending, 0, __ATOMIC_RELEASE);
}

static int wait_events(int64_t delay_ns, struct epoll_event *evs, int max) {
    if (delay_ns > 0 && !no_pwait2) {
        struct timespec ts = {delay_ns / 1000000000, delay_ns % 1000000000};
        int n = epoll_pwait2(epfd, evs, max, &ts, NULL);
        if (n >= 0 || errno != ENOSYS)
            return n;
        no_pwait2 = true;
    }
    int ms;
    if (delay_ns < 0)
        ms = -1;
    else if (delay_ns == 0)
        ms = 0;
    else if (delay_ns < (int64_t)1000000 * 1000000)
        ms = (int)((delay_ns + 999999) / 1000000);
    else
        ms = 1000000000;
    return epoll_wait(epfd, evs, max, ms);
}

int rt_netpoll_backend_wait(int64_t delay_ns, rt_poll_event *out, int max) {
    struct epoll_event evs[128];
    if (max > 128)
        max = 128;
    int n = wait_events(delay_ns, evs, max);
    if (n < 0) {
        if (errno != EINTR)
            rt_throw("netpoll: epoll_wait failed");
        return 0;
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        uint32_t e = evs[i].events;
        if (evs[i].data.ptr == &breakfd) {
            drain_break();
            continue;
        }
        int mode = 0;
        if (e & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            mode |= RT_POLL_READ;
        if (e & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            mode |= RT_POLL_WRITE;
        if (mode != 0)
            out[k++] = (rt_poll_event){evs[i].data.ptr, mode};
    }
    return k;
}
