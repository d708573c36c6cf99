/* netpoll.c: poll descriptors, parking on fds, deadlines, and the
 * scheduler's rt_netpoll hook (model in netpoll.h; OS side behind
 * netpoll_backend.h).
 *
 * A descriptor has two sides, read and write. Each side is
 *   ready      an edge arrived while nobody waited: the next wait returns
 *              at once (Go's pdReady);
 *   waiters    Gs parked in rt_poll_wait (Go's pdWait/G slot), kept as a
 *              list of nodes on their own stacks, so several goroutines
 *              may wait on one side;
 *   deadline   0 none, -1 expired, else a nanotime with `timer` armed;
 *   seq        bumped by every deadline change and by close, so a timer
 *              that fires for an older setting does nothing.
 * All of it is guarded by pd->lock. A waker (event, close, deadline)
 * takes the whole waiter list, stores each node's result, and readies the
 * Gs only after dropping the lock; a node is never touched after its G is
 * readied. Woken waiters simply retry their system call: with
 * edge-triggered registration a stale or shared wake-up costs one EAGAIN
 * and a new wait, never a lost edge (an edge that lands between EAGAIN
 * and the wait sets `ready`).
 *
 * Lock order: pd->lock may be held while starting or stopping its timers;
 * timer heap locks are leaves (timer.c never calls out while holding one,
 * and deadline_fire runs after the heap lock is dropped).
 *
 * Closing: rt_poll_close wakes the waiters, then, as Go's FD.Close does,
 * waits ("semacquire") until no I/O helper is still inside a system call
 * on the fd (`refs`, Go's fdMutex reference count) before it closes the
 * fd and recycles the descriptor. The last helper out readies the closer
 * (`closer`), which therefore runs after the woken goroutines have seen
 * their error, and the fd number (and a listener's port) is free once
 * Close returns. Closing earlier would let a reader between its EAGAIN
 * and its wait read a new connection that reused the fd number.
 *
 * Descriptors are GC-uncollectable and recycled through a free list,
 * never freed: the kernel and an in-flight event batch hold their address
 * outside the collector's view (Go's pollCache does the same). A stale
 * event on a recycled descriptor is one spurious wake-up.
 */
#include "netpoll.h"
#include "netpoll_backend.h"
#include "timer.h"

#include <errno.h>
#include <gc.h>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

typedef struct waiter {
    rt_g *g;
    int result;                 /* set by the waker: 0, RT_ECLOSING, RT_ETIMEOUT */
    struct waiter *next;
} waiter;

typedef struct pollside {
    bool ready;
    waiter *waiters;
    int64_t deadline;
    uintptr_t seq;
    rt_timer timer;
} pollside;

struct rt_pollfd {
    rt_lock lock;
    int fd;
    bool closing;
    int refs;                   /* I/O helpers in flight on fd */
    rt_g *closer;               /* parked in rt_poll_close until refs is 0 */
    pollside r, w;
    rt_pollfd *next_free;       /* free list link (under cache_lock) */
};

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static bool initialised;            /* atomic */
static int64_t poll_until;          /* atomic, see rt_netpoll_until */
static int64_t nwaiters;            /* atomic: Gs parked in rt_poll_wait */
static rt_lock cache_lock;
static rt_pollfd *free_pds;

/* ---- start-up --------------------------------------------------------------- */

static void init_poller(void) {
    struct rlimit lim;
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur != lim.rlim_max) {
        lim.rlim_cur = lim.rlim_max;
        setrlimit(RLIMIT_NOFILE, &lim);
    }
    rt_netpoll_backend_init();
    __atomic_store_n(&initialised, true, __ATOMIC_RELEASE);
}

void rt_netpoll_init(void) {
    pthread_once(&init_once, init_poller);
}

int64_t rt_netpoll_until(void) {
    return __atomic_load_n(&poll_until, __ATOMIC_ACQUIRE);
}

int64_t rt_netpoll_waiters(void) {
    return __atomic_load_n(&nwaiters, __ATOMIC_ACQUIRE);
}

void rt_netpoll_break(void) {
    if (__atomic_load_n(&initialised, __ATOMIC_ACQUIRE))
        rt_netpoll_backend_break();
}

/* ---- waking ----------------------------------------------------------------- */

/* Gs collected under pd locks, readied after the locks are dropped. */
typedef struct wakelist {
    rt_g *gs[128];
    int n;
    int total;
} wakelist;

static void wake_flush(wakelist *wl) {
    if (wl->n > 0)
        rt_ready_list(wl->gs, wl->n);
    wl->total += wl->n;
    wl->n = 0;
}

/* Takes every waiter of side s with `result`. pd->lock held; may flush
 * wl (readying Gs) only when wl fills, which the callers accept: a node
 * is finished with before its G is added. */
static void take_waiters(pollside *s, int result, wakelist *wl) {
    while (s->waiters != NULL) {
        waiter *w = s->waiters;
        s->waiters = w->next;
        w->result = result;
        rt_g *g = w->g;
        __atomic_sub_fetch(&nwaiters, 1, __ATOMIC_RELEASE);
        if (wl->n == (int)(sizeof wl->gs / sizeof wl->gs[0]))
            wake_flush(wl);
        wl->gs[wl->n++] = g;
    }
}

/* An I/O edge on side s: wake its waiters, or remember it. pd->lock held. */
static void side_event(pollside *s, wakelist *wl) {
    if (s->waiters != NULL)
        take_waiters(s, 0, wl);
    else
        s->ready = true;
}

int rt_netpoll(int64_t delay_ns) {
    rt_netpoll_init();
    bool blocking = delay_ns != 0;
    if (blocking) {
        int64_t until = delay_ns < 0 ? INT64_MAX : rt_timer_when(delay_ns);
        __atomic_store_n(&poll_until, until, __ATOMIC_SEQ_CST);
        /* A finite delay came from a timer. If every timer is gone now,
         * it was stopped after our caller read the deadline, and its
         * stopper may have seen no blocked poller: do not sleep on it
         * (rt_timer_stop's half of this handshake). */
        if (delay_ns > 0 && rt_timers_count() == 0)
            delay_ns = 0;
    }
    rt_poll_event evs[128];
    int n = rt_netpoll_backend_wait(delay_ns, evs, 128);
    if (blocking)
        __atomic_store_n(&poll_until, 0, __ATOMIC_RELEASE);
    /* The deadline we slept for may be any P's. A poll that did not block
     * runs timers too: findrunnable polls with delay 0 when the earliest
     * timer is already due, having given up its P, whose own heap it ran;
     * the due timer may be in another idle P's heap, and the M would
     * otherwise stop with nobody left to poll (with 1,000 sleepers at
     * GOMAXPROCS=2, wake-ups came 4-5 ms late, until sysmon noticed). */
    rt_netpoll_woke();
    rt_timers_run_all(rt_nanotime());
    wakelist wl = {.n = 0, .total = 0};
    for (int i = 0; i < n; i++) {
        rt_pollfd *pd = evs[i].pd;
        rt_lock_acquire(&pd->lock);
        if (evs[i].mode & RT_POLL_READ)
            side_event(&pd->r, &wl);
        if (evs[i].mode & RT_POLL_WRITE)
            side_event(&pd->w, &wl);
        rt_lock_release(&pd->lock);
    }
    wake_flush(&wl);
    return wl.total;
}

/* ---- descriptors ------------------------------------------------------------ */

static void deadline_fire(rt_pollfd *pd, pollside *s, uintptr_t seq) {
    wakelist wl = {.n = 0, .total = 0};
    rt_lock_acquire(&pd->lock);
    if (s->seq == seq && !pd->closing) {
        s->deadline = -1;
        take_waiters(s, RT_ETIMEOUT, &wl);
    }
    rt_lock_release(&pd->lock);
    wake_flush(&wl);
}

static void read_deadline_fire(void *arg, uintptr_t seq) {
    rt_pollfd *pd = arg;
    deadline_fire(pd, &pd->r, seq);
}

static void write_deadline_fire(void *arg, uintptr_t seq) {
    rt_pollfd *pd = arg;
    deadline_fire(pd, &pd->w, seq);
}

static void side_reset(pollside *s, rt_pollfd *pd, void (*fire)(void *, uintptr_t)) {
    s->ready = false;
    s->waiters = NULL;
    s->deadline = 0;
    s->seq++;
    s->timer = (rt_timer){.f = fire, .arg = pd};
}

rt_pollfd *rt_poll_open(int fd, int *err) {
    rt_netpoll_init();
    rt_lock_acquire(&cache_lock);
    rt_pollfd *pd = free_pds;
    if (pd != NULL)
        free_pds = pd->next_free;
    rt_lock_release(&cache_lock);
    if (pd == NULL) {
        pd = GC_MALLOC_UNCOLLECTABLE(sizeof *pd);
        if (pd == NULL)
            rt_throw("out of memory (poll descriptor)");
    }
    rt_lock_acquire(&pd->lock);
    pd->fd = fd;
    pd->closing = false;
    pd->refs = 0;
    pd->closer = NULL;
    pd->next_free = NULL;
    side_reset(&pd->r, pd, read_deadline_fire);
    side_reset(&pd->w, pd, write_deadline_fire);
    rt_lock_release(&pd->lock);
    int e = rt_netpoll_backend_open(fd, pd);
    if (e != 0) {
        *err = e;
        rt_lock_acquire(&cache_lock);
        pd->next_free = free_pds;
        free_pds = pd;
        rt_lock_release(&cache_lock);
        return NULL;
    }
    *err = 0;
    return pd;
}

/* Deregisters and closes pd's fd and recycles pd. Called exactly once,
 * by the closer once refs is 0, without pd->lock. */
static void finish_close(rt_pollfd *pd) {
    rt_netpoll_backend_close(pd->fd);
    close(pd->fd);
    rt_lock_acquire(&cache_lock);
    pd->next_free = free_pds;
    free_pds = pd;
    rt_lock_release(&cache_lock);
}

static bool unlock_pd(rt_g *g, void *arg) {
    rt_lock_release(&((rt_pollfd *)arg)->lock);
    return true;
}

void rt_poll_close(rt_pollfd *pd) {
    wakelist wl = {.n = 0, .total = 0};
    rt_lock_acquire(&pd->lock);
    pd->closing = true;
    pd->r.seq++;
    pd->w.seq++;
    take_waiters(&pd->r, RT_ECLOSING, &wl);
    take_waiters(&pd->w, RT_ECLOSING, &wl);
    rt_timer_stop(&pd->r.timer);
    rt_timer_stop(&pd->w.timer);
    rt_lock_release(&pd->lock);
    wake_flush(&wl);
    rt_lock_acquire(&pd->lock);
    if (pd->refs > 0) {
        pd->closer = rt_getg();
        rt_park(RT_WAIT_SEMACQUIRE, unlock_pd, pd);     /* op_end readies us */
    } else {
        rt_lock_release(&pd->lock);
    }
    finish_close(pd);
}

/* Starts an I/O helper on pd: false (RT_ECLOSING) once it is closing. */
static bool op_begin(rt_pollfd *pd) {
    rt_lock_acquire(&pd->lock);
    bool ok = !pd->closing;
    if (ok)
        pd->refs++;
    rt_lock_release(&pd->lock);
    return ok;
}

/* Ends an I/O helper; the last one out of a closing pd readies the closer
 * if it is already parked (if not, it will see refs == 0 itself). */
static void op_end(rt_pollfd *pd) {
    rt_lock_acquire(&pd->lock);
    rt_g *closer = NULL;
    if (--pd->refs == 0 && pd->closing) {
        closer = pd->closer;
        pd->closer = NULL;
    }
    rt_lock_release(&pd->lock);
    if (closer != NULL)
        rt_ready(closer);
}

int rt_poll_check(rt_pollfd *pd, int mode) {
    pollside *s = mode == RT_POLL_READ ? &pd->r : &pd->w;
    rt_lock_acquire(&pd->lock);
    int r = pd->closing ? RT_ECLOSING : s->deadline < 0 ? RT_ETIMEOUT : 0;
    rt_lock_release(&pd->lock);
    return r;
}

int rt_poll_wait(rt_pollfd *pd, int mode) {
    pollside *s = mode == RT_POLL_READ ? &pd->r : &pd->w;
    rt_lock_acquire(&pd->lock);
    if (pd->closing) {
        rt_lock_release(&pd->lock);
        return RT_ECLOSING;
    }
    if (s->deadline < 0) {
        rt_lock_release(&pd->lock);
        return RT_ETIMEOUT;
    }
    if (s->ready) {
        s->ready = false;
        rt_lock_release(&pd->lock);
        return 0;
    }
    waiter w = {.g = rt_getg(), .result = 0, .next = s->waiters};
    s->waiters = &w;
    __atomic_add_fetch(&nwaiters, 1, __ATOMIC_RELEASE);
    rt_park(RT_WAIT_IO, unlock_pd, pd);
    return w.result;
}

static void side_deadline(rt_pollfd *pd, pollside *s, int64_t when, int64_t now,
                          wakelist *wl) {
    s->seq++;
    rt_timer_stop(&s->timer);
    if (when == 0) {
        s->deadline = 0;
    } else if (when <= now) {
        s->deadline = -1;
        take_waiters(s, RT_ETIMEOUT, wl);
    } else {
        s->deadline = when;
        s->timer.when = when;
        s->timer.period = 0;
        s->timer.seq = s->seq;
        rt_timer_start(&s->timer);
    }
}

void rt_poll_set_deadline(rt_pollfd *pd, int64_t when, int mode) {
    wakelist wl = {.n = 0, .total = 0};
    int64_t now = rt_nanotime();
    rt_lock_acquire(&pd->lock);
    if (!pd->closing) {
        if (mode & RT_POLL_READ)
            side_deadline(pd, &pd->r, when, now, &wl);
        if (mode & RT_POLL_WRITE)
            side_deadline(pd, &pd->w, when, now, &wl);
    }
    rt_lock_release(&pd->lock);
    wake_flush(&wl);
}

/* ---- I/O helpers ---------------------------------------------------------- */

/* One read(2), or recvfrom(2) when sa is given (a datagram and its sender). */
static int64_t do_read(rt_pollfd *pd, void *buf, int64_t n, struct sockaddr *sa,
                       socklen_t *salen, int *err) {
    for (;;) {
        ssize_t r = sa == NULL ? read(pd->fd, buf, (size_t)n)
                               : recvfrom(pd->fd, buf, (size_t)n, 0, sa, salen);
        if (r >= 0) {
            *err = 0;
            return r;
        }
        int e = errno;
        if (e == EINTR)
            continue;
        if (e != EAGAIN || (e = rt_poll_wait(pd, RT_POLL_READ)) != 0) {
            *err = e;
            return 0;
        }
    }
}

static int64_t do_write(rt_pollfd *pd, const void *buf, int64_t n, int *err) {
    int64_t done = 0;
    bool sock = true;
    *err = 0;
    while (done < n) {
        /* send(MSG_NOSIGNAL): a peer that went away is EPIPE, not SIGPIPE. */
        const char *p = (const char *)buf + done;
        ssize_t r = sock ? send(pd->fd, p, (size_t)(n - done), MSG_NOSIGNAL)
                         : write(pd->fd, p, (size_t)(n - done));
        if (r < 0 && errno == ENOTSOCK) {
            sock = false;
            continue;
        }
        if (r >= 0) {
            done += r;
            continue;
        }
        int e = errno;
        if (e == EINTR)
            continue;
        if (e != EAGAIN || (e = rt_poll_wait(pd, RT_POLL_WRITE)) != 0) {
            *err = e;
            break;
        }
    }
    return done;
}

/* One sendto(2) of a whole datagram to sa. */
static int64_t do_sendto(rt_pollfd *pd, const void *buf, int64_t n,
                         const struct sockaddr *sa, socklen_t salen, int *err) {
    for (;;) {
        ssize_t r = sendto(pd->fd, buf, (size_t)n, MSG_NOSIGNAL, sa, salen);
        if (r >= 0) {
            *err = 0;
            return r;
        }
        int e = errno;
        if (e == EINTR)
            continue;
        if (e != EAGAIN || (e = rt_poll_wait(pd, RT_POLL_WRITE)) != 0) {
            *err = e;
            return 0;
        }
    }
}

static int do_accept(rt_pollfd *pd, struct sockaddr *sa, socklen_t *salen, int *err) {
    for (;;) {
        socklen_t len = *salen;
        int fd = accept4(pd->fd, sa, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            *salen = len;
            *err = 0;
            return fd;
        }
        int e = errno;
        if (e == EINTR || e == ECONNABORTED)
            continue;
        if (e != EAGAIN || (e = rt_poll_wait(pd, RT_POLL_READ)) != 0) {
            *err = e;
            return -1;
        }
    }
}

static int do_connect(rt_pollfd *pd, const struct sockaddr *sa, socklen_t salen) {
    int r;
    while ((r = connect(pd->fd, sa, salen)) < 0 && errno == EINTR)
        ;
    if (r == 0)
        return 0;
    if (errno != EINPROGRESS)
        return errno;
    for (;;) {
        int e = rt_poll_wait(pd, RT_POLL_WRITE);
        if (e != 0)
            return e;
        int soerr = 0;
        socklen_t len = sizeof soerr;
        if (getsockopt(pd->fd, SOL_SOCKET, SO_ERROR, &soerr, &len) < 0)
            return errno;
        if (soerr == EISCONN)
            return 0;
        if (soerr == 0) {
            /* An unconnected socket also looks writable: confirm. */
            struct sockaddr_storage peer;
            socklen_t plen = sizeof peer;
            if (getpeername(pd->fd, (struct sockaddr *)&peer, &plen) == 0)
                return 0;
            continue;
        }
        if (soerr != EINPROGRESS && soerr != EALREADY && soerr != EINTR)
            return soerr;
    }
}

int64_t rt_poll_read(rt_pollfd *pd, void *buf, int64_t n, int *err) {
    if (!op_begin(pd)) {
        *err = RT_ECLOSING;
        return 0;
    }
    int64_t r = do_read(pd, buf, n, NULL, NULL, err);
    op_end(pd);
    return r;
}

int64_t rt_poll_recvfrom(rt_pollfd *pd, void *buf, int64_t n, struct sockaddr *sa,
                         socklen_t *salen, int *err) {
    if (!op_begin(pd)) {
        *err = RT_ECLOSING;
        return 0;
    }
    int64_t r = do_read(pd, buf, n, sa, salen, err);
    op_end(pd);
    return r;
}

int64_t rt_poll_sendto(rt_pollfd *pd, const void *buf, int64_t n,
                       const struct sockaddr *sa, socklen_t salen, int *err) {
    if (!op_begin(pd)) {
        *err = RT_ECLOSING;
        return 0;
    }
    int64_t r = do_sendto(pd, buf, n, sa, salen, err);
    op_end(pd);
    return r;
}

int64_t rt_poll_write(rt_pollfd *pd, const void *buf, int64_t n, int *err) {
    if (!op_begin(pd)) {
        *err = RT_ECLOSING;
        return 0;
    }
    int64_t r = do_write(pd, buf, n, err);
    op_end(pd);
    return r;
}

int rt_poll_accept(rt_pollfd *pd, struct sockaddr *sa, socklen_t *salen, int *err) {
    if (!op_begin(pd)) {
        *err = RT_ECLOSING;
        return -1;
    }
    int r = do_accept(pd, sa, salen, err);
    op_end(pd);
    return r;
}

int rt_poll_connect(rt_pollfd *pd, const struct sockaddr *sa, socklen_t salen) {
    if (!op_begin(pd))
        return RT_ECLOSING;
    int r = do_connect(pd, sa, salen);
    op_end(pd);
    return r;
}
