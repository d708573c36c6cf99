/* runq.c: run queues, Go's runq* and globrunq* (proc.go).
 *
 * Local: each P has a 256-slot ring plus a runnext slot. The owner stores
 * at the tail and publishes with a release store of runqtail; consumers
 * (the owner and thieves) claim slots by CASing runqhead after reading
 * them. A thief that raced a newer head retries, so a claimed slot is
 * never overwritten before it is read: the owner only writes slot t while
 * t - head < RT_RUNQ_SIZE. runnext is set only by the owner and CASed
 * away by anyone. A full ring spills half of itself plus the new G to the
 * global queues in one batch.
 *
 * Global: two FIFO lists through g->schedlink under rt_sched.lock: runq,
 * Go's global queue (new Gs, and Gs that yielded or were preempted), and
 * wokeq, Gs woken from a wait (by a timer, a channel, the network) that
 * found no room in a local ring or no P. runqsize counts both and is also
 * read without the lock as a hint. Takers prefer wokeq, so a woken G
 * waits behind the Gs woken before it, not behind every goroutine spawned
 * and not yet started: 100,000 sleepers spawned in one burst wake on time
 * instead of 100 ms late. Every other fairness check (proc.c, schedtick %
 * 61) prefers runq, so neither list starves. While only one list holds
 * Gs, which is always the case below 256 runnable Gs per P, this is Go's
 * single FIFO.
 */
#include "proc.h"

/* ---- G lists (a global queue's under rt_sched.lock) ----------------------------- */

static void gqueue_push(rt_gqueue *q, rt_g *g) {
    g->schedlink = NULL;
    if (q->tail != NULL)
        q->tail->schedlink = g;
    else
        q->head = g;
    q->tail = g;
}

static rt_g *gqueue_pop(rt_gqueue *q) {
    rt_g *g = q->head;
    q->head = g->schedlink;
    if (q->head == NULL)
        q->tail = NULL;
    return g;
}

/* Appends the whole of chain to q. */
static void gqueue_splice(rt_gqueue *q, const rt_gqueue *chain) {
    if (chain->head == NULL)
        return;
    if (q->tail != NULL)
        q->tail->schedlink = chain->head;
    else
        q->head = chain->head;
    q->tail = chain->tail;
}

/* ---- local run queue ------------------------------------------------------------ */

static bool runqputslow(rt_p *p, rt_g *g, uint32_t h, uint32_t t) {
    enum { N = RT_RUNQ_SIZE / 2 };
    rt_g *batch[N + 1];
    uint32_t n = (t - h) / 2;
    if (n != N)
        rt_throw("runqputslow: queue is not full");
    for (uint32_t i = 0; i < n; i++)
        batch[i] = __atomic_load_n(&p->runq[(h + i) % RT_RUNQ_SIZE], __ATOMIC_RELAXED);
    if (!RT_CAS(&p->runqhead, h, h + n))
        return false;
    batch[n] = g;
    /* Link the batch into the two queues' chains first, so that the lock
     * is held for two O(1) splices, not for n + 1 cold G loads. */
    rt_gqueue woken = {NULL, NULL}, fresh = {NULL, NULL};
    for (uint32_t i = 0; i <= n; i++)
        gqueue_push(rt_g_started(batch[i]) ? &woken : &fresh, batch[i]);
    rt_lock_acquire(&rt_sched.lock);
    gqueue_splice(&rt_sched.wokeq, &woken);
    gqueue_splice(&rt_sched.runq, &fresh);
    RT_STORE(&rt_sched.runqsize, rt_sched.runqsize + n + 1);
    rt_lock_release(&rt_sched.lock);
    return true;
}

/* The general case of rt_runqput (proc.h): runnext taken, or the ring. */
void rt_runqput_slow(rt_p *p, rt_g *g, bool next) {
    if (next) {
        rt_g *old = RT_LOAD(&p->runnext);
        while (!__atomic_compare_exchange_n(&p->runnext, &old, g, false, __ATOMIC_ACQ_REL,
                                            __ATOMIC_ACQUIRE)) {
        }
        if (old == NULL)
            return;
        g = old;
    }
    for (;;) {
        uint32_t h = RT_LOAD(&p->runqhead);
        uint32_t t = __atomic_load_n(&p->runqtail, __ATOMIC_RELAXED);
        if (t - h < RT_RUNQ_SIZE) {
            __atomic_store_n(&p->runq[t % RT_RUNQ_SIZE], g, __ATOMIC_RELAXED);
            RT_STORE(&p->runqtail, t + 1);
            return;
        }
        if (runqputslow(p, g, h, t))
            return;
    }
}

/* Owner only. *inherit: the G came from runnext (keeps the time slice). */
rt_g *rt_runqget(rt_p *p, bool *inherit) {
    rt_g *next = RT_LOAD(&p->runnext);
    if (next != NULL && rt_runnext_take(p, next)) {
        *inherit = true;
        return next;
    }
    *inherit = false;
    for (;;) {
        uint32_t h = RT_LOAD(&p->runqhead);
        uint32_t t = __atomic_load_n(&p->runqtail, __ATOMIC_RELAXED);
        if (t == h)
            return NULL;
        rt_g *g = __atomic_load_n(&p->runq[h % RT_RUNQ_SIZE], __ATOMIC_RELAXED);
        if (RT_CAS(&p->runqhead, h, h + 1))
            return g;
    }
}

/* Grabs half of p's queue into batch[bh..] (a ring of RT_RUNQ_SIZE). */
static uint32_t runqgrab(rt_p *p, rt_g **batch, uint32_t bh, bool steal_next) {
    for (;;) {
        uint32_t h = RT_LOAD(&p->runqhead);
        uint32_t t = RT_LOAD(&p->runqtail);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (!steal_next)
                return 0;
            rt_g *next = RT_LOAD(&p->runnext);
            if (next == NULL)
                return 0;
            /* p's M is likely about to run it: give it a moment (Go). */
            if (RT_LOAD(&p->status) == RT_P_RUNNING)
                rt_usleep(3);
            if (!RT_CAS(&p->runnext, next, NULL))
                continue;
            batch[bh % RT_RUNQ_SIZE] = next;
            return 1;
        }
        if (n > RT_RUNQ_SIZE / 2)       /* read inconsistent h and t */
            continue;
        for (uint32_t i = 0; i < n; i++)
            __atomic_store_n(&batch[(bh + i) % RT_RUNQ_SIZE],
                             __atomic_load_n(&p->runq[(h + i) % RT_RUNQ_SIZE], __ATOMIC_RELAXED),
                             __ATOMIC_RELAXED);
        if (RT_CAS(&p->runqhead, h, h + n))
            return n;
    }
}

/* Steals half of victim's Gs into p's ring; returns one of them to run. */
rt_g *rt_runqsteal(rt_p *p, rt_p *victim, bool steal_next) {
    uint32_t t = __atomic_load_n(&p->runqtail, __ATOMIC_RELAXED);
    uint32_t n = runqgrab(victim, p->runq, t, steal_next);
    if (n == 0)
        return NULL;
    n--;
    rt_g *g = __atomic_load_n(&p->runq[(t + n) % RT_RUNQ_SIZE], __ATOMIC_RELAXED);
    if (n > 0)
        RT_STORE(&p->runqtail, t + n);
    return g;
}

bool rt_runq_empty(rt_p *p) {
    for (;;) {
        uint32_t h = RT_LOAD(&p->runqhead);
        uint32_t t = RT_LOAD(&p->runqtail);
        rt_g *next = RT_LOAD(&p->runnext);
        if (RT_LOAD(&p->runqtail) == t)
            return h == t && next == NULL;
    }
}

int64_t rt_runq_len(rt_p *p) {
    return (int64_t)(uint32_t)(RT_LOAD(&p->runqtail) - RT_LOAD(&p->runqhead)) +
           (RT_LOAD(&p->runnext) != NULL);
}

/* ---- global run queues (rt_sched.lock held) ------------------------------------ */

/* A started G in a local ring was put there by rt_ready (or by a steal
 * or a batch of such Gs): spilled, it counts as woken. */
bool rt_g_started(rt_g *g) {
    return RT_LOAD(&g->stack_hi) != NULL;
}

void rt_globrunqput(rt_g *g, bool woken) {
    gqueue_push(woken ? &rt_sched.wokeq : &rt_sched.runq, g);
    RT_STORE(&rt_sched.runqsize, rt_sched.runqsize + 1);
}

static rt_g *globrunqpop(bool runq_first) {
    rt_gqueue *first = runq_first ? &rt_sched.runq : &rt_sched.wokeq;
    rt_gqueue *second = runq_first ? &rt_sched.wokeq : &rt_sched.runq;
    RT_STORE(&rt_sched.runqsize, rt_sched.runqsize - 1);
    return gqueue_pop(first->head != NULL ? first : second);
}

/* Takes a fair share of the global queues into p; returns one G. */
rt_g *rt_globrunqget(rt_p *p, int64_t max, bool runq_first) {
    int64_t size = rt_sched.runqsize;
    if (size == 0)
        return NULL;
    int64_t n = size / RT_LOAD(&rt_sched.gomaxprocs) + 1;
    if (n > size)
        n = size;
    if (max > 0 && n > max)
        n = max;
    if (n > RT_RUNQ_SIZE / 2)
        n = RT_RUNQ_SIZE / 2;
    rt_g *g = globrunqpop(runq_first);
    while (--n > 0)
        rt_runqput(p, globrunqpop(runq_first), false);
    return g;
}
