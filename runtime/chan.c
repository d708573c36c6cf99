/* chan.c: channels (Go's chan.go). A channel is a ring buffer of
 * `dataqsiz` slots plus two wait queues of parked goroutines, all under
 * one per-channel lock. Invariants (c->lock held):
 *   - at most one of sendq and recvq is non-empty;
 *   - qcount > 0 implies recvq is empty (a receiver would have taken it);
 *   - qcount < dataqsiz implies sendq is empty (a sender would have
 *     filled the slot);
 *   - an unbuffered channel (dataqsiz == 0) never holds a value: a sender
 *     copies straight into a parked receiver's storage and vice versa.
 * A receive from a full buffer with parked senders takes the head and
 * moves the first sender's value into the freed slot, so FIFO order holds
 * across buffer and waiters.
 *
 * Waking follows sched.h's protocol: the waiter record is dequeued and
 * completed under the lock, the lock is released, then the G is readied.
 * A blocking G parks through rt_park with an unlockf that releases the
 * lock only once the G is off its stack, so a waker can never ready a G
 * that is still running.
 *
 * close wakes every waiter: receivers get the zero value and ok == false,
 * senders wake with success == false and panic "send on closed channel".
 *
 * Zero-size elements (chan struct{}) have no buffer storage; the copies
 * are no-ops and only qcount counts.
 */
#include "chan_internal.h"

/* ---- wait queues ------------------------------------------------------------ */

/* q->first is also read without the lock (chan.c's full/empty), so it is
 * written atomically. */
static void set_first(rt_waitq *q, rt_waiter *w) {
    __atomic_store_n(&q->first, w, __ATOMIC_RELEASE);
}

void rt_waitq_enqueue(rt_waitq *q, rt_waiter *w) {
    w->next = NULL;
    w->prev = q->last;
    if (q->last)
        q->last->next = w;
    else
        set_first(q, w);
    q->last = w;
}

void rt_waitq_remove(rt_waitq *q, rt_waiter *w) {
    rt_waiter *x = w->prev, *y = w->next;
    if (x)
        x->next = y;
    else if (q->first == w)
        set_first(q, y);
    else
        return;     /* not queued: a waker already unlinked it */
    if (y)
        y->prev = x;
    else
        q->last = x;
    w->next = w->prev = NULL;
}

/* Inlined into the channel operations; rt_waitq_dequeue for the rest. */
static inline __attribute__((always_inline)) rt_waiter *dequeue(rt_waitq *q) {
    rt_waiter *w;
    while ((w = q->first) != NULL) {
        rt_waitq_remove(q, w);
        /* A select waits on several queues; only the first waker wins. A
         * loser leaves the record unlinked: the select removes its records
         * under all locks after it wakes, and remove() tolerates that. */
        uint32_t zero = 0;
        if (w->is_select && !__atomic_compare_exchange_n(&w->g->selectdone, &zero, 1, false,
                                                         __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            continue;
        return w;
    }
    return NULL;
}

rt_waiter *rt_waitq_dequeue(rt_waitq *q) {
    return dequeue(q);
}

/* ---- elements and the ring ------------------------------------------------------ */

void rt_chan_copy(rt_chan *c, void *dst, const void *src) {
    if (!dst || !src)
        return;
    if (c->elemsize == 8)       /* int, pointers, chans: one move, no call */
        memcpy(dst, src, 8);
    else if (c->elemsize > 0)
        memmove(dst, src, (size_t)c->elemsize);
}

void rt_chan_zero(rt_chan *c, void *dst) {
    if (!dst)
        return;
    if (c->elemsize == 8)
        memset(dst, 0, 8);
    else if (c->elemsize > 0)
        memset(dst, 0, (size_t)c->elemsize);
}

static void *slot(rt_chan *c, int64_t i) {
    return c->buf + i * c->elemsize;
}

static void set_qcount(rt_chan *c, int64_t n) {
    __atomic_store_n(&c->qcount, n, __ATOMIC_RELEASE);
}

void rt_chan_bufput(rt_chan *c, const void *ep) {
    rt_chan_copy(c, slot(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
    set_qcount(c, c->qcount + 1);
}

void rt_chan_bufget(rt_chan *c, void *ep) {
    void *s = slot(c, c->recvx);
    rt_chan_copy(c, ep, s);
    rt_chan_zero(c, s);     /* drop the reference for the GC */
    if (++c->recvx == c->dataqsiz)
        c->recvx = 0;
    set_qcount(c, c->qcount - 1);
}

/* ---- hand-off to parked partners ---------------------------------------------- */

static void wake(rt_waiter *w) {
    rt_g *g = w->g;
    g->param = w;
    rt_ready(g);
}

void rt_chan_sendto(rt_chan *c, rt_waiter *w, const void *ep, rt_unlockfn unlock, void *arg) {
    rt_chan_copy(c, w->elem, ep);
    w->elem = NULL;
    unlock(arg);
    w->success = true;
    wake(w);
}

void rt_chan_recvfrom(rt_chan *c, rt_waiter *w, void *ep, rt_unlockfn unlock, void *arg) {
    if (c->dataqsiz == 0) {
        rt_chan_copy(c, ep, w->elem);
    } else {
        /* The buffer is full (a sender is parked): take the head, put the
         * sender's value in its place; head and tail now coincide. */
        void *s = slot(c, c->recvx);
        rt_chan_copy(c, ep, s);
        rt_chan_copy(c, s, w->elem);
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->sendx = c->recvx;
    }
    w->elem = NULL;
    unlock(arg);
    w->success = true;
    wake(w);
}

static void unlock_chan(void *c) {
    rt_lock_release(&((rt_chan *)c)->lock);
}

static bool park_unlock(rt_g *g, void *c) {
    rt_lock_release(&((rt_chan *)c)->lock);
    return true;
}

/* ---- make, len, cap ------------------------------------------------------------- */

rt_chan *rt_makechan(const rt_type *elem, int64_t size) {
    int64_t esz = elem ? elem->size : 0;
    if (size < 0 || (esz > 0 && size > (INT64_C(1) << 40) / esz))
        rt_panic_plain("makechan: size out of range");
    rt_chan *c = rt_alloc((int64_t)sizeof(rt_chan));
    c->elemtype = elem;
    c->elemsize = esz;
    c->dataqsiz = size;
    if (size > 0 && esz > 0)
        c->buf = rt_alloc(size * esz);
    return c;
}

int64_t rt_chanlen(rt_chan *c) {
    return c ? __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) : 0;
}

int64_t rt_chancap(rt_chan *c) {
    return c ? c->dataqsiz : 0;
}

/* ---- send ------------------------------------------------------------------------ */

/* Lock-free observations for the non-blocking fast paths: racy reads of
 * fields written under the lock, done with atomic loads. */
static bool is_closed(rt_chan *c) {
    return __atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) != 0;
}

static bool full(rt_chan *c) {
    if (c->dataqsiz == 0)
        return __atomic_load_n(&c->recvq.first, __ATOMIC_ACQUIRE) == NULL;
    return __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) == c->dataqsiz;
}

static bool empty(rt_chan *c) {
    if (c->dataqsiz == 0)
        return __atomic_load_n(&c->sendq.first, __ATOMIC_ACQUIRE) == NULL;
    return __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) == 0;
}

_Noreturn static void block_forever(const char *reason) {
    rt_park(reason, NULL, NULL);
    rt_throw("runtime: unreachable: parked forever");
}

/* Returns whether the value was sent; false only when !block. Inlined
 * into its two callers, so each gets the code for one value of block. */
static inline __attribute__((always_inline)) bool chansend(rt_chan *c, const void *ep, bool block) {
    if (!c) {
        if (!block)
            return false;
        block_forever(RT_WAIT_CHAN_SEND_NIL);
    }
    /* Fast path (Go's chansend argument): a non-blocking send that sees an
     * open channel that is full may fail without the lock. `full` is read
     * before `closed`; a channel never reopens, so it was open when it was
     * seen full, and the send "happened" at that instant and failed. */
    if (!block && full(c) && !is_closed(c))
        return false;

    rt_lock_acquire(&c->lock);
    if (c->closed) {
        rt_lock_release(&c->lock);
        rt_panic_plain("send on closed channel");
    }
    rt_waiter *w = dequeue(&c->recvq);
    if (w) {
        rt_chan_sendto(c, w, ep, unlock_chan, c);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        rt_chan_bufput(c, ep);
        rt_lock_release(&c->lock);
        return true;
    }
    if (!block) {
        rt_lock_release(&c->lock);
        return false;
    }
    rt_g *g = rt_getg();
    rt_waiter me = {.g = g, .elem = (void *)ep};
    g->param = NULL;
    rt_waitq_enqueue(&c->sendq, &me);
    rt_park(RT_WAIT_CHAN_SEND, park_unlock, c);
    if (!me.success)        /* woken by close */
        rt_panic_plain("send on closed channel");
    return true;
}

void rt_chansend(rt_chan *c, const void *elem) {
    chansend(c, elem, true);
}

bool rt_chan_trysend(rt_chan *c, const void *ep) {
    return chansend(c, ep, false);
}

/* ---- receive ------------------------------------------------------------------------ */

/* Returns whether a receive completed (false only when !block); *received
 * tells a real value from a closed channel's zero value. Inlined like
 * chansend. */
static inline __attribute__((always_inline)) bool chanrecv(rt_chan *c, void *ep, bool block, bool *received) {
    *received = false;
    if (!c) {
        if (!block)
            return false;
        block_forever(RT_WAIT_CHAN_RECV_NIL);
    }
    /* Fast path (Go's chanrecv argument): seen empty, then seen open, the
     * channel was open and empty at the first observation: fail there. Seen
     * closed, re-check emptiness (a send may have landed before the close);
     * still empty means closed and drained: zero value, ok == false. */
    if (!block && empty(c)) {
        if (!is_closed(c))
            return false;
        if (empty(c)) {
            rt_chan_zero(c, ep);
            return true;
        }
    }

    rt_lock_acquire(&c->lock);
    if (c->closed && c->qcount == 0) {
        rt_lock_release(&c->lock);
        rt_chan_zero(c, ep);
        return true;
    }
    rt_waiter *w = dequeue(&c->sendq);
    if (w) {
        rt_chan_recvfrom(c, w, ep, unlock_chan, c);
        *received = true;
        return true;
    }
    if (c->qcount > 0) {
        rt_chan_bufget(c, ep);
        rt_lock_release(&c->lock);
        *received = true;
        return true;
    }
    if (!block) {
        rt_lock_release(&c->lock);
        return false;
    }
    rt_g *g = rt_getg();
    rt_waiter me = {.g = g, .elem = ep};
    g->param = NULL;
    rt_waitq_enqueue(&c->recvq, &me);
    rt_park(RT_WAIT_CHAN_RECV, park_unlock, c);
    *received = me.success;     /* close zeroed *ep */
    return true;
}

bool rt_chanrecv(rt_chan *c, void *elem) {
    bool ok;
    chanrecv(c, elem, true, &ok);
    return ok;
}

bool rt_chan_tryrecv(rt_chan *c, void *ep, bool *received) {
    return chanrecv(c, ep, false, received);
}

/* ---- close ------------------------------------------------------------------------ */

void rt_chanclose(rt_chan *c) {
    if (!c)
        rt_panic_plain("close of nil channel");
    rt_lock_acquire(&c->lock);
    if (c->closed) {
        rt_lock_release(&c->lock);
        rt_panic_plain("close of closed channel");
    }
    __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);

    /* Collect every waiter (chained through `next`, free once dequeued),
     * then wake them with the lock dropped. */
    rt_waiter *list = NULL, *w;
    while ((w = rt_waitq_dequeue(&c->recvq)) != NULL) {
        rt_chan_zero(c, w->elem);
        w->elem = NULL;
        w->success = false;
        w->next = list;
        list = w;
    }
    while ((w = rt_waitq_dequeue(&c->sendq)) != NULL) {
        w->elem = NULL;
        w->success = false;
        w->next = list;
        list = w;
    }
    rt_lock_release(&c->lock);
    while (list) {
        w = list;
        list = w->next;     /* read before the G runs and its frame goes */
        wake(w);
    }
}
