/* timer.c: per-P 4-ary timer heaps (see timer.h for the model).
 *
 * Each P's heap is created lazily the first time a timer starts on it and
 * is registered in `heaps`, so rt_timers_next can scan every heap without
 * knowing the scheduler's P array. A heap is GC-uncollectable memory (the
 * P struct may live outside the collector's sight) and its array is GC
 * memory reachable from it: a timer whose only reference is its heap entry
 * (time.After's channel, AfterFunc) stays alive until it fires.
 *
 * Invariants, with heap->lock held:
 *   - h[0..n) is a 4-ary min-heap on when: parent of i is (i-1)/4;
 *   - h[i].when == h[i].t->when, h[i].t->heap == heap, h[i].t->idx == i;
 *   - heap->first == h[0].when, or 0 when n == 0 (read lock-free by
 *     rt_timers_next and as a fast path in rt_timers_run).
 * A stopped or fired timer has heap == NULL. t->heap is read without the
 * lock, so stop/reset re-check it after locking (the timer may have fired
 * or moved meanwhile).
 *
 * Firing: rt_timers_run pops each expired timer under the lock (a periodic
 * one is re-sifted to its next tick instead), then drops the lock to call
 * f(arg, seq), because f may take channel locks or start goroutines and
 * may stop or reset other timers of this same heap.
 *
 * Who runs timers: each P runs its own heap from the scheduler loop
 * (rt_timers_run) and thieves run their victims'. An M that slept in
 * rt_netpoll until the earliest deadline runs every heap's due timers
 * itself (rt_timers_run_all), without a P: the deadline may belong to a
 * P that no M will look at soon, and the callbacks (rt_ready, rt_go,
 * a non-blocking send) all work from a thread without a P.
 *
 * Waking the poller: when a new deadline becomes the earliest of its heap
 * and an M is blocked in rt_netpoll until later, rt_netpoll_break; with no
 * blocked poller, rt_wakeup lets an idle M come and look (Go's
 * wakeNetPoller).
 */
#include "timer.h"
#include "netpoll.h"

#include <gc.h>

/* A heap slot keeps a copy of its timer's `when`, so sifting compares
 * within the array instead of chasing every timer (Go 1.23's timerWhen). */
typedef struct slot {
    int64_t when;
    rt_timer *t;
} slot;

struct rt_timers {
    rt_lock lock;
    slot *h;                /* GC memory, cap slots */
    int64_t n, cap;
    int64_t first;          /* atomic: h[0].when or 0 */
};

enum { MAX_HEAPS = 4096 };
static rt_timers *heaps[MAX_HEAPS];   /* registered heaps, atomic slots */
static int64_t nheaps;                /* atomic */
static int64_t ntimers;               /* atomic: timers in all heaps */

/* ---- heap primitives (heap->lock held) ------------------------------------ */

static void place(rt_timers *hp, int64_t i, slot s) {
    hp->h[i] = s;
    s.t->idx = i;
}

static void sift_up(rt_timers *hp, int64_t i) {
    slot s = hp->h[i];
    while (i > 0) {
        int64_t parent = (i - 1) / 4;
        if (hp->h[parent].when <= s.when)
            break;
        place(hp, i, hp->h[parent]);
        i = parent;
    }
    place(hp, i, s);
}

static void sift_down(rt_timers *hp, int64_t i) {
    slot s = hp->h[i];
    for (;;) {
        int64_t c = 4 * i + 1, best = -1;
        for (int64_t k = c; k < c + 4 && k < hp->n; k++)
            if (best < 0 || hp->h[k].when < hp->h[best].when)
                best = k;
        if (best < 0 || hp->h[best].when >= s.when)
            break;
        place(hp, i, hp->h[best]);
        i = best;
    }
    place(hp, i, s);
}

static void update_first(rt_timers *hp) {
    __atomic_store_n(&hp->first, hp->n > 0 ? hp->h[0].when : 0, __ATOMIC_RELEASE);
}

static void heap_push(rt_timers *hp, rt_timer *t) {
    if (hp->n == hp->cap) {
        int64_t cap = hp->cap ? hp->cap * 2 : 64;
        slot *h = GC_MALLOC((size_t)cap * sizeof *h);
        if (h == NULL)
            rt_throw("out of memory (timer heap)");
        if (hp->n > 0)
            memcpy(h, hp->h, (size_t)hp->n * sizeof *h);
        hp->h = h;
        hp->cap = cap;
    }
    if (t->when <= 0)
        t->when = 1;    /* 0 means "no deadline" in `first` */
    place(hp, hp->n++, (slot){t->when, t});
    sift_up(hp, t->idx);
    __atomic_store_n(&t->heap, hp, __ATOMIC_RELEASE);
    __atomic_add_fetch(&ntimers, 1, __ATOMIC_RELAXED);
    update_first(hp);
}

static void heap_remove(rt_timers *hp, rt_timer *t) {
    int64_t i = t->idx, last = --hp->n;
    if (i != last) {
        slot moved = hp->h[last];
        hp->h[last] = (slot){0, NULL};
        place(hp, i, moved);
        sift_down(hp, i);
        sift_up(hp, moved.t->idx);
    } else {
        hp->h[last] = (slot){0, NULL};
    }
    __atomic_store_n(&t->heap, NULL, __ATOMIC_RELEASE);
    t->idx = -1;
    __atomic_sub_fetch(&ntimers, 1, __ATOMIC_SEQ_CST);
    update_first(hp);
}

/* Re-sorts t after its `when` changed in place. */
static void heap_fix(rt_timers *hp, rt_timer *t) {
    hp->h[t->idx].when = t->when;
    sift_up(hp, t->idx);
    sift_down(hp, t->idx);
    update_first(hp);
}

/* ---- heap ownership ------------------------------------------------------- */

/* The heap of P p, created on first use when `create`. */
static rt_timers *heap_of(rt_p *p, bool create) {
    void **slot = rt_p_timer_slot(p);
    rt_timers *hp = __atomic_load_n((rt_timers **)slot, __ATOMIC_ACQUIRE);
    if (hp != NULL || !create)
        return hp;
    hp = GC_MALLOC_UNCOLLECTABLE(sizeof *hp);
    if (hp == NULL)
        rt_throw("out of memory (timer heap)");
    int64_t i = __atomic_fetch_add(&nheaps, 1, __ATOMIC_ACQ_REL);
    if (i >= MAX_HEAPS)
        rt_throw("too many timer heaps");
    __atomic_store_n(&heaps[i], hp, __ATOMIC_RELEASE);
    __atomic_store_n((rt_timers **)slot, hp, __ATOMIC_RELEASE);
    return hp;
}

/* The heap a new timer goes to: the current P's, or (outside any P, e.g.
 * from a timer function run by an M between Ps) the first registered one. */
static rt_timers *start_heap(void) {
    rt_p *p = rt_curp();
    if (p != NULL)
        return heap_of(p, true);
    rt_timers *hp = __atomic_load_n(&heaps[0], __ATOMIC_ACQUIRE);
    if (hp == NULL)
        rt_throw("timer started outside a P before any P had timers");
    return hp;
}

static void wake_for(int64_t when) {
    int64_t until = rt_netpoll_until();
    if (until != 0) {
        if (when < until)
            rt_netpoll_break();
    } else {
        rt_wakeup();
    }
}

/* After a stop: if that was the last timer, a poller blocked until its
 * deadline would sleep on for nothing, and a deadlock (every goroutine
 * waiting on channels) would go unreported until then. Break its wait so
 * its M goes idle and checkdead runs. Pairs with rt_netpoll, which stores
 * its deadline and then reads the count: with both sequentially
 * consistent, one of the two sees the other. */
static void wake_if_none_left(void) {
    if (rt_timers_count() == 0 && rt_netpoll_until() != 0)
        rt_netpoll_break();
}

/* ---- public API ------------------------------------------------------------ */

int64_t rt_timer_when(int64_t d) {
    int64_t now = rt_nanotime();
    if (d <= 0)
        return now;
    if (d > INT64_MAX - now)
        return INT64_MAX;
    return now + d;
}

void rt_timer_start(rt_timer *t) {
    rt_timers *hp = start_heap();
    rt_lock_acquire(&hp->lock);
    heap_push(hp, t);
    bool earliest = hp->h[0].t == t;
    rt_lock_release(&hp->lock);
    if (earliest)
        wake_for(t->when);
}

bool rt_timer_stop(rt_timer *t) {
    for (;;) {
        rt_timers *hp = __atomic_load_n(&t->heap, __ATOMIC_ACQUIRE);
        if (hp == NULL)
            return false;
        rt_lock_acquire(&hp->lock);
        if (t->heap == hp) {
            heap_remove(hp, t);
            rt_lock_release(&hp->lock);
            wake_if_none_left();
            return true;
        }
        rt_lock_release(&hp->lock);
    }
}

bool rt_timer_reset(rt_timer *t, int64_t when, int64_t period) {
    for (;;) {
        rt_timers *hp = __atomic_load_n(&t->heap, __ATOMIC_ACQUIRE);
        if (hp == NULL) {
            t->when = when;
            t->period = period;
            rt_timer_start(t);
            return false;
        }
        rt_lock_acquire(&hp->lock);
        if (t->heap == hp) {
            t->when = when > 0 ? when : 1;
            t->period = period;
            heap_fix(hp, t);
            bool earliest = hp->h[0].t == t;
            rt_lock_release(&hp->lock);
            if (earliest)
                wake_for(when);
            return true;
        }
        rt_lock_release(&hp->lock);
    }
}

int64_t rt_timers_count(void) {
    return __atomic_load_n(&ntimers, __ATOMIC_SEQ_CST);
}

/* The next tick of a periodic timer that was due at t->when: the first
 * when + k*period after now (k >= 1), saturating. */
static int64_t next_tick(const rt_timer *t, int64_t now) {
    int64_t k = 1 + (now - t->when) / t->period;
    if (k > (INT64_MAX - t->when) / t->period)
        return INT64_MAX;
    return t->when + k * t->period;
}

/* Runs hp's timers due by now; returns its earliest remaining deadline. */
static int64_t run_heap(rt_timers *hp, int64_t now) {
    int64_t first = __atomic_load_n(&hp->first, __ATOMIC_ACQUIRE);
    if (first == 0 || first > now)
        return first;
    rt_lock_acquire(&hp->lock);
    while (hp->n > 0 && hp->h[0].when <= now) {
        rt_timer *t = hp->h[0].t;
        void (*f)(void *, uintptr_t) = t->f;
        void *arg = t->arg;
        uintptr_t seq = t->seq;
        if (t->period > 0) {
            t->when = next_tick(t, now);
            heap_fix(hp, t);
        } else {
            heap_remove(hp, t);
        }
        rt_lock_release(&hp->lock);
        f(arg, seq);
        rt_lock_acquire(&hp->lock);
    }
    first = hp->n > 0 ? hp->h[0].when : 0;
    rt_lock_release(&hp->lock);
    return first;
}

int64_t rt_timers_run(rt_p *p, int64_t now) {
    rt_timers *hp = heap_of(p, false);
    return hp != NULL ? run_heap(hp, now) : 0;
}

void rt_timers_run_all(int64_t now) {
    int64_t n = __atomic_load_n(&nheaps, __ATOMIC_ACQUIRE);
    for (int64_t i = 0; i < n; i++) {
        rt_timers *hp = __atomic_load_n(&heaps[i], __ATOMIC_ACQUIRE);
        if (hp != NULL)
            run_heap(hp, now);
    }
}

int64_t rt_timers_first(rt_p *p) {
    rt_timers *hp = heap_of(p, false);
    return hp != NULL ? __atomic_load_n(&hp->first, __ATOMIC_ACQUIRE) : 0;
}

int64_t rt_timers_len(rt_p *p) {
    rt_timers *hp = heap_of(p, false);
    return hp != NULL ? __atomic_load_n(&hp->n, __ATOMIC_RELAXED) : 0;
}

int64_t rt_timers_next(void) {
    int64_t n = __atomic_load_n(&nheaps, __ATOMIC_ACQUIRE), best = 0;
    for (int64_t i = 0; i < n; i++) {
        rt_timers *hp = __atomic_load_n(&heaps[i], __ATOMIC_ACQUIRE);
        if (hp == NULL)
            continue;
        int64_t w = __atomic_load_n(&hp->first, __ATOMIC_ACQUIRE);
        if (w != 0 && (best == 0 || w < best))
            best = w;
    }
    return best;
}
