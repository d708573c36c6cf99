/* select.c: the select statement (Go's select.go selectgo).
 *
 * rt_select works in passes over the cases whose channel is not nil,
 * taken in a random poll order:
 *   0. try each case alone, as a non-blocking send or receive under its
 *      own channel's lock only (chan.c's trysend/tryrecv, whose lock-free
 *      checks skip a channel that is plainly not ready). The first case
 *      that completes wins: the select takes effect at that instant, when
 *      that case could proceed. This is the common case (a ready channel)
 *      and costs one lock instead of one per channel;
 *   1. nothing was ready: lock every channel (in address order, each
 *      once) and look again, now at one consistent snapshot. A default
 *      is taken only here, so "nothing ready" is true at one instant;
 *   2. nothing ready and no default: put one waiter record per case on its
 *      channel's queue (is_select) and park; the unlockf releases all locks;
 *   3. woken: g->param is the record a waker completed (the waker won the
 *      g->selectdone CAS, so exactly one case wins); lock everything again,
 *      unlink the other records and report the winner.
 * Locking in one global order (by channel address) means two selects over
 * the same channels in opposite source orders cannot deadlock. A channel
 * appearing in several cases is locked once (duplicates are adjacent in
 * lock order).
 *
 * The poll order is a fresh uniform permutation (Fisher-Yates over a
 * per-thread xorshift generator), so among ready cases each is chosen
 * with equal probability.
 *
 * A select with one case is a plain send or receive, and with a default
 * too the non-blocking rt_chan_trysend/tryrecv, which have lock-free fast
 * paths (chan.c), as Go's compiler arranges.
 */
#include "chan_internal.h"

enum { SMALL = 8 };     /* selects this large keep their bookkeeping on the stack */

/* Per-thread xorshift64 state. */
static __thread uint64_t rng;

static uint64_t xorshift(uint64_t x) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
}

/* Writes a uniformly random order of the cases with a channel into
 * pollorder (inside-out Fisher-Yates) and returns how many there are.
 * Each index j < bound is the high word of r * bound, whose low word
 * becomes the next r (Lemire's multiply-shift, chained), so one xorshift
 * step serves several cases; a fresh one comes before the product of the
 * bounds drawn from r passes 2^32, keeping 32 bits of slack (bias below
 * bound / 2^32). noinline, and the only code touching rng: the TLS
 * address must not be cached across a park (the G may resume on another
 * thread). */
static __attribute__((noinline)) int shuffle(rt_scase *cases, int ncases, uint16_t *pollorder) {
    uint64_t x = rng;
    if (x == 0)
        x = (((uint64_t)rt_nanotime() * 0x9E3779B97F4A7C15u) ^ (uint64_t)(uintptr_t)&rng) | 1;
    uint64_t r = 0, span = UINT64_C(1) << 33;     /* <= 2^32 * 65536: no overflow */
    int n = 0;
    for (int i = 0; i < ncases; i++) {
        if (!cases[i].c)
            continue;
        uint64_t bound = (uint64_t)n + 1;
        if (span * bound > (UINT64_C(1) << 32)) {
            x = xorshift(x);
            r = x;
            span = 1;
        }
        span *= bound;
        unsigned __int128 m = (unsigned __int128)r * bound;
        int j = (int)(uint64_t)(m >> 64);
        r = (uint64_t)m;
        pollorder[n] = pollorder[j];
        pollorder[j] = (uint16_t)i;
        n++;
    }
    rng = x;
    return n;
}

typedef struct sel {
    rt_scase *cases;
    uint16_t *lockorder;
    int n;              /* entries in lockorder (cases with a channel) */
} sel;

static void sellock(sel *s) {
    rt_chan *prev = NULL;
    for (int i = 0; i < s->n; i++) {
        rt_chan *c = s->cases[s->lockorder[i]].c;
        if (c != prev)
            rt_lock_acquire(&c->lock);
        prev = c;
    }
}

static void selunlock(void *arg) {
    sel *s = arg;
    for (int i = s->n - 1; i >= 0; i--) {
        rt_chan *c = s->cases[s->lockorder[i]].c;
        if (i > 0 && s->cases[s->lockorder[i - 1]].c == c)
            continue;   /* unlock the lowest duplicate only */
        rt_lock_release(&c->lock);
    }
}

static bool selparkcommit(rt_g *g, void *arg) {
    selunlock(arg);
    return true;
}

/* Sorting case indices by channel address: heap sort (Go's) for large
 * selects. */
static void sift(rt_scase *cases, uint16_t *a, int root, int n) {
    for (;;) {
        int child = 2 * root + 1;
        if (child >= n)
            return;
        if (child + 1 < n && (uintptr_t)cases[a[child]].c < (uintptr_t)cases[a[child + 1]].c)
            child++;
        if ((uintptr_t)cases[a[root]].c >= (uintptr_t)cases[a[child]].c)
            return;
        uint16_t t = a[root];
        a[root] = a[child];
        a[child] = t;
        root = child;
    }
}

static void sort_by_address(rt_scase *cases, uint16_t *a, int n) {
    if (n <= SMALL) {   /* the usual few cases: insertion sort */
        for (int i = 1; i < n; i++) {
            uint16_t x = a[i];
            int j = i;
            for (; j > 0 && (uintptr_t)cases[a[j - 1]].c > (uintptr_t)cases[x].c; j--)
                a[j] = a[j - 1];
            a[j] = x;
        }
        return;
    }
    for (int i = n / 2 - 1; i >= 0; i--)
        sift(cases, a, i, n);
    for (int end = n - 1; end > 0; end--) {
        uint16_t t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift(cases, a, 0, end);
    }
}

static void set_ok(bool *recv_ok, bool v) {
    if (recv_ok)
        *recv_ok = v;
}

/* Pass 0: each case alone, in poll order; returns the winner or -1. */
static int try_each(rt_scase *cases, const uint16_t *pollorder, int n, bool *recv_ok) {
    for (int k = 0; k < n; k++) {
        int i = pollorder[k];
        rt_scase *sc = &cases[i];
        if (sc->dir == RT_SELECT_SEND) {
            if (rt_chan_trysend(sc->c, sc->elem))
                return i;
        } else {
            bool ok;
            if (rt_chan_tryrecv(sc->c, sc->elem, &ok)) {
                set_ok(recv_ok, ok);
                return i;
            }
        }
    }
    return -1;
}

int rt_select(rt_scase *cases, int ncases, bool has_default, bool *recv_ok) {
    if (ncases == 0) {
        if (has_default)
            return -1;
        rt_park(RT_WAIT_SELECT_NOCASES, NULL, NULL);
        rt_throw("runtime: unreachable: select (no cases) woke");
    }
    if (ncases == 1) {
        if (has_default) {
            static const uint16_t first = 0;
            return try_each(cases, &first, 1, recv_ok);
        }
        /* a plain send or receive, as Go compiles it (same wait reasons) */
        if (cases[0].dir == RT_SELECT_SEND)
            rt_chansend(cases[0].c, cases[0].elem);
        else
            set_ok(recv_ok, rt_chanrecv(cases[0].c, cases[0].elem));
        return 0;
    }
    if (ncases > 65536)
        rt_throw("runtime: select: too many cases");

    uint16_t small_orders[2 * SMALL];
    uint16_t *orders = ncases <= SMALL ? small_orders : rt_alloc(2 * ncases * (int64_t)sizeof(uint16_t));
    uint16_t *pollorder = orders, *lockorder = orders + ncases;
    int n = shuffle(cases, ncases, pollorder);
    int chosen = try_each(cases, pollorder, n, recv_ok);
    if (chosen >= 0)
        return chosen;

    rt_waiter small_waiters[SMALL];
    rt_waiter *waiters = ncases <= SMALL ? small_waiters
                                         : rt_alloc(ncases * (int64_t)sizeof(rt_waiter));
    memcpy(lockorder, pollorder, (size_t)n * sizeof(uint16_t));
    sort_by_address(cases, lockorder, n);
    sel s = {cases, lockorder, n};
    sellock(&s);

    /* pass 1: a ready case */
    for (int k = 0; k < n; k++) {
        int i = pollorder[k];
        rt_scase *sc = &cases[i];
        rt_chan *c = sc->c;
        rt_waiter *w;
        if (sc->dir == RT_SELECT_RECV) {
            if ((w = rt_waitq_dequeue(&c->sendq)) != NULL) {
                rt_chan_recvfrom(c, w, sc->elem, selunlock, &s);
                set_ok(recv_ok, true);
                return i;
            }
            if (c->qcount > 0) {
                rt_chan_bufget(c, sc->elem);
                selunlock(&s);
                set_ok(recv_ok, true);
                return i;
            }
            if (c->closed) {
                selunlock(&s);
                rt_chan_zero(c, sc->elem);
                set_ok(recv_ok, false);
                return i;
            }
        } else {
            if (c->closed) {
                selunlock(&s);
                rt_panic_plain("send on closed channel");
            }
            if ((w = rt_waitq_dequeue(&c->recvq)) != NULL) {
                rt_chan_sendto(c, w, sc->elem, selunlock, &s);
                return i;
            }
            if (c->qcount < c->dataqsiz) {
                rt_chan_bufput(c, sc->elem);
                selunlock(&s);
                return i;
            }
        }
    }
    if (has_default) {
        selunlock(&s);
        return -1;
    }

    /* pass 2: wait on every channel */
    rt_g *g = rt_getg();
    g->param = NULL;
    for (int k = 0; k < n; k++) {
        int i = lockorder[k];
        rt_scase *sc = &cases[i];
        rt_waiter *w = &waiters[i];
        *w = (rt_waiter){.g = g, .elem = sc->elem, .is_select = true};
        rt_waitq_enqueue(sc->dir == RT_SELECT_RECV ? &sc->c->recvq : &sc->c->sendq, w);
    }
    rt_park(RT_WAIT_SELECT, selparkcommit, &s);

    /* pass 3: the winner is g->param; unlink the rest */
    sellock(&s);
    __atomic_store_n(&g->selectdone, 0, __ATOMIC_SEQ_CST);
    rt_waiter *won = g->param;
    g->param = NULL;
    int winner = -1;
    for (int k = 0; k < n; k++) {
        int i = lockorder[k];
        rt_scase *sc = &cases[i];
        if (&waiters[i] == won) {
            winner = i;
            continue;
        }
        rt_waitq_remove(sc->dir == RT_SELECT_RECV ? &sc->c->recvq : &sc->c->sendq, &waiters[i]);
    }
    selunlock(&s);
    if (winner < 0)
        rt_throw("runtime: select: woken without a winning case");
    if (cases[winner].dir == RT_SELECT_SEND) {
        if (!won->success)
            rt_panic_plain("send on closed channel");
    } else {
        set_ok(recv_ok, won->success);
    }
    return winner;
}
