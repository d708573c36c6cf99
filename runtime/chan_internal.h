/* chan_internal.h: what chan.c, select.c, panic.c, sema.c and the sync
 * packages share. Not part of the rt.h contract: generated code never
 * includes it.
 *
 * Waiter records (Go's sudog). A goroutine that blocks on a channel or a
 * semaphore describes itself with an rt_waiter that lives on its own
 * stack (its frame stays put while it is parked: stacks never move) and
 * links it into a wait queue under the queue's lock. The waker dequeues
 * the record under the same lock, finishes the hand-off (copies the value,
 * sets `success`), releases the lock, and only then readies the G with
 * g->param pointing at the record it completed. Nothing touches a record
 * after its G has been readied.
 *
 * select puts one record per case on every channel involved (is_select);
 * the first waker to CAS g->selectdone 0 -> 1 owns the G, the others skip
 * the record (and unlink it), see rt_waitq_dequeue.
 *
 * Locks: channel locks (several only in select, taken in address order)
 * are taken before no other lock of ours; the semaphore bucket locks and
 * notify list locks are leaves. Nobody parks holding one except through
 * rt_park's unlockf (sched.h).
 */
#ifndef RT_CHAN_INTERNAL_H
#define RT_CHAN_INTERNAL_H

#include "sched.h"

#define RT_INTERNAL __attribute__((visibility("hidden")))

/* ---- wait queues ------------------------------------------------------------ */
typedef struct rt_waiter {
    rt_g *g;
    struct rt_waiter *next, *prev;  /* queue links, under the queue's lock */
    void *elem;         /* chan: value to send / storage to receive into (may be NULL) */
    bool is_select;     /* part of a select: wakers must win g->selectdone */
    bool success;       /* chan: woken by a communication (false: by close) */
    uintptr_t key;      /* sema: the semaphore's address */
    uint32_t ticket;    /* sema: 1 when the releaser handed the unit over */
} rt_waiter;

typedef struct rt_waitq {
    rt_waiter *first, *last;
} rt_waitq;

RT_INTERNAL void rt_waitq_enqueue(rt_waitq *q, rt_waiter *w);
/* Unlinks and returns the first waiter whose G can still be woken (a select
 * waiter whose select was already won by another case is unlinked and
 * skipped), or NULL. */
RT_INTERNAL rt_waiter *rt_waitq_dequeue(rt_waitq *q);
/* Unlinks w if it is still queued in q (no-op otherwise). */
RT_INTERNAL void rt_waitq_remove(rt_waitq *q, rt_waiter *w);

/* ---- channels ----------------------------------------------------------------
 * All fields but the immutable ones are guarded by lock. `closed` and
 * `qcount` are also written with atomic stores so that the lock-free
 * non-blocking checks (chan.c, "fast paths") can read them. */
struct rt_chan {
    rt_lock lock;
    uint32_t closed;
    int64_t qcount;             /* values in buf */
    int64_t dataqsiz;           /* capacity (immutable) */
    int64_t elemsize;           /* immutable */
    const rt_type *elemtype;    /* immutable */
    uint8_t *buf;               /* dataqsiz slots (immutable pointer) */
    int64_t sendx, recvx;       /* ring indices */
    rt_waitq recvq, sendq;
};

/* Releases whatever locks the caller holds: one channel's (chan.c) or all
 * of a select's (select.c). */
typedef void (*rt_unlockfn)(void *arg);

/* Called with c->lock (and maybe others) held; release them through
 * unlock(arg) and return with them released:
 *   rt_chan_sendto   hands the value at ep to the parked receiver w;
 *   rt_chan_recvfrom takes a value for ep (may be NULL) from parked sender
 *                    w: directly if unbuffered, else the buffer head, the
 *                    sender's value taking its slot. */
RT_INTERNAL void rt_chan_sendto(rt_chan *c, rt_waiter *w, const void *ep,
                                rt_unlockfn unlock, void *arg);
RT_INTERNAL void rt_chan_recvfrom(rt_chan *c, rt_waiter *w, void *ep,
                                  rt_unlockfn unlock, void *arg);
/* Buffer operations, c->lock held: put needs qcount < dataqsiz, get needs
 * qcount > 0 (ep may be NULL). */
RT_INTERNAL void rt_chan_bufput(rt_chan *c, const void *ep);
RT_INTERNAL void rt_chan_bufget(rt_chan *c, void *ep);
/* Non-blocking send/receive (a select with one case and a default). */
RT_INTERNAL bool rt_chan_trysend(rt_chan *c, const void *ep);
RT_INTERNAL bool rt_chan_tryrecv(rt_chan *c, void *ep, bool *received);
/* Copies/zeroes one element (no-op for 0-size elements or NULL). */
RT_INTERNAL void rt_chan_copy(rt_chan *c, void *dst, const void *src);
RT_INTERNAL void rt_chan_zero(rt_chan *c, void *dst);

/* ---- semaphores (sema.c) ------------------------------------------------------
 * Go's semacquire/semrelease on a uint32 counter at addr. Acquire waits
 * (parking the goroutine with `reason`) until *addr > 0, then decrements.
 * Release increments and wakes one waiter of addr, FIFO (lifo: the
 * acquirer queues at the head instead). With handoff the releaser passes
 * the unit straight to the woken waiter so no newcomer can barge. */
void rt_semacquire(uint32_t *addr, bool lifo, const char *reason);
void rt_semrelease(uint32_t *addr, bool handoff);

/* ---- notify lists (sema.c): sync.Cond's wait queue, Go's notifyList ----------
 * A waiter takes a ticket (add), releases its lock, then waits for its
 * ticket to be notified (wait). Tickets are notified in order, so a
 * notification that comes between add and wait is not lost. */
typedef struct rt_notifylist {
    uint32_t wait;      /* next ticket to hand out (atomic) */
    uint32_t notify;    /* next ticket to notify (atomic; written under lock) */
    rt_lock lock;
    rt_waiter *head, *tail;
} rt_notifylist;
uint32_t rt_notifylist_add(rt_notifylist *l);
void rt_notifylist_wait(rt_notifylist *l, uint32_t ticket);
void rt_notifylist_notify_one(rt_notifylist *l);
void rt_notifylist_notify_all(rt_notifylist *l);

/* ---- panics (panic.c) ----------------------------------------------------------- */
/* panic(s) with a string value (sync: "sync: negative WaitGroup counter"). */
_Noreturn void rt_panic_string(const char *s);

#endif
