/* sema.c: semaphores for package sync (Go's sema.go, simplified).
 *
 * A semaphore is a uint32 counter somewhere in user memory (a Mutex's
 * `sema` field). Waiters are keyed by its address in a fixed table of
 * buckets; each bucket has a lock, a FIFO list of rt_waiter records (on
 * the waiters' stacks) and `nwait`, the number of waiters, read without
 * the lock by rt_semrelease's fast path.
 *
 * No lost wake-up: an acquirer increments nwait and then re-reads the
 * counter; a releaser increments the counter and then reads nwait (all
 * sequentially consistent). Of the two second reads at least one sees the
 * other side's write: either the acquirer takes the unit itself, or the
 * releaser sees a waiter, takes the bucket lock and dequeues one (the
 * acquirer enqueued under that lock before it could be missed).
 *
 * A woken waiter retries the counter (a newcomer may have taken the unit:
 * it then waits again, at the tail), unless the releaser handed the unit
 * over (`ticket`), which sync.Mutex uses to avoid starving a waiter.
 * Lists are scanned for the first record with the right key; different
 * semaphores rarely share a bucket.
 *
 * Notify lists (sync.Cond) are separate: each has its own lock and list of
 * waiters carrying tickets; see chan_internal.h.
 */
#include "chan_internal.h"

enum { NBUCKETS = 251 };

typedef struct bucket {
    rt_lock lock;
    uint32_t nwait;
    rt_waitq q;
    char pad[64 - sizeof(rt_lock) - sizeof(uint32_t) - sizeof(rt_waitq)];
} bucket;

static bucket table[NBUCKETS];

static bucket *bucket_of(uint32_t *addr) {
    return &table[((uintptr_t)addr >> 3) % NBUCKETS];
}

static bool cansemacquire(uint32_t *addr) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
    while (v > 0)
        if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return true;
    return false;
}

static bool park_unlock(rt_g *g, void *b) {
    rt_lock_release(&((bucket *)b)->lock);
    return true;
}

void rt_semacquire(uint32_t *addr, bool lifo, const char *reason) {
    if (cansemacquire(addr))
        return;
    bucket *b = bucket_of(addr);
    rt_waiter me = {.g = rt_getg(), .key = (uintptr_t)addr};
    for (;;) {
        rt_lock_acquire(&b->lock);
        __atomic_add_fetch(&b->nwait, 1, __ATOMIC_SEQ_CST);
        if (cansemacquire(addr)) {
            __atomic_sub_fetch(&b->nwait, 1, __ATOMIC_SEQ_CST);
            rt_lock_release(&b->lock);
            return;
        }
        me.ticket = 0;
        if (lifo && b->q.first) {
            /* queue at the head: the releaser takes the first match */
            me.prev = NULL;
            me.next = b->q.first;
            b->q.first->prev = &me;
            b->q.first = &me;
        } else {
            rt_waitq_enqueue(&b->q, &me);
        }
        rt_park(reason, park_unlock, b);
        if (me.ticket || cansemacquire(addr))
            return;
    }
}

void rt_semrelease(uint32_t *addr, bool handoff) {
    bucket *b = bucket_of(addr);
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&b->nwait, __ATOMIC_SEQ_CST) == 0)
        return;
    rt_lock_acquire(&b->lock);
    rt_waiter *w = b->q.first;
    while (w && w->key != (uintptr_t)addr)
        w = w->next;
    if (w) {
        rt_waitq_remove(&b->q, w);
        __atomic_sub_fetch(&b->nwait, 1, __ATOMIC_SEQ_CST);
    }
    rt_lock_release(&b->lock);
    if (!w)
        return;
    if (handoff && cansemacquire(addr))
        w->ticket = 1;
    rt_g *g = w->g;
    g->param = w;
    rt_ready(g);
}

/* ---- notify lists --------------------------------------------------------------- */

static bool ticket_before(uint32_t a, uint32_t b) {
    return (int32_t)(a - b) < 0;
}

static bool park_unlock_list(rt_g *g, void *l) {
    rt_lock_release(&((rt_notifylist *)l)->lock);
    return true;
}

uint32_t rt_notifylist_add(rt_notifylist *l) {
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void rt_notifylist_wait(rt_notifylist *l, uint32_t ticket) {
    rt_lock_acquire(&l->lock);
    if (ticket_before(ticket, l->notify)) {     /* already notified */
        rt_lock_release(&l->lock);
        return;
    }
    rt_waiter me = {.g = rt_getg(), .ticket = ticket};
    if (l->tail)
        l->tail->next = &me;
    else
        l->head = &me;
    l->tail = &me;
    rt_park(RT_WAIT_SYNC_COND, park_unlock_list, l);
}

static bool nobody_waits(rt_notifylist *l) {
    return __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) ==
           __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST);
}

void rt_notifylist_notify_one(rt_notifylist *l) {
    if (nobody_waits(l))
        return;
    rt_lock_acquire(&l->lock);
    uint32_t t = l->notify;
    if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
        rt_lock_release(&l->lock);
        return;
    }
    __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
    /* The holder of ticket t may not have queued yet: then it will see
     * its ticket notified in rt_notifylist_wait and not sleep. */
    for (rt_waiter *prev = NULL, *w = l->head; w; prev = w, w = w->next) {
        if (w->ticket != t)
            continue;
        if (prev)
            prev->next = w->next;
        else
            l->head = w->next;
        if (l->tail == w)
            l->tail = prev;
        rt_lock_release(&l->lock);
        rt_ready(w->g);
        return;
    }
    rt_lock_release(&l->lock);
}

void rt_notifylist_notify_all(rt_notifylist *l) {
    if (nobody_waits(l))
        return;
    rt_lock_acquire(&l->lock);
    rt_waiter *w = l->head;
    l->head = l->tail = NULL;
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    rt_lock_release(&l->lock);
    while (w) {
        rt_waiter *next = w->next;      /* read before the G runs */
        rt_ready(w->g);
        w = next;
    }
}
