/* netpoll_backend.h: what netpoll.c needs from an OS poller (Go's
 * netpoll_epoll.go / netpoll_kqueue.go contract). One implementation is
 * linked: netpoll_epoll.c on Linux.
 *
 * The backend stores the rt_pollfd pointer with the registration and
 * hands it back with each event. Registration is edge-triggered: an event
 * means "the state may have changed since you last got EAGAIN", so the
 * waker's job is only to let waiters retry.
 */
#ifndef RT_NETPOLL_BACKEND_H
#define RT_NETPOLL_BACKEND_H

#include "netpoll.h"

typedef struct rt_poll_event {
    rt_pollfd *pd;              /* NULL never happens: break events are consumed inside */
    int mode;                   /* RT_POLL_READ | RT_POLL_WRITE bits */
} rt_poll_event;

/* Creates the poller and its break channel; throws on failure. Called once. */
void rt_netpoll_backend_init(void);
/* Registers fd for read and write readiness; returns 0 or an errno. */
int rt_netpoll_backend_open(int fd, rt_pollfd *pd);
/* Deregisters fd (before it is closed). */
void rt_netpoll_backend_close(int fd);
/* Waits up to delay_ns (< 0: forever, 0: just look) and stores up to max
 * events; returns how many (0 on timeout, interruption or break). */
int rt_netpoll_backend_wait(int64_t delay_ns, rt_poll_event *ev, int max);
/* Interrupts a concurrent or the next backend_wait; coalesces repeats. */
void rt_netpoll_backend_break(void);

#endif
