/* schedtest.h: small helpers for the scheduler's own unit tests
 * (check_coro.c, check_sched.c, check_stack.c), built directly on
 * rt_park/rt_ready so they do not depend on channels or sync.
 *
 * twait: a countdown latch. twait_done decrements; twait_wait parks the
 * caller until the count reaches zero (one waiter at a time).
 */
#ifndef SCHEDTEST_H
#define SCHEDTEST_H

#include "rtcheck.h"
#include "proc.h"

typedef struct twait {
    rt_lock lock;
    int64_t n;
    rt_g *waiter;
} twait;

static bool twait_unlock(rt_g *g, void *arg) {
    (void)g;
    rt_lock_release(&((twait *)arg)->lock);
    return true;
}

static inline void twait_add(twait *w, int64_t n) {
    rt_lock_acquire(&w->lock);
    w->n += n;
    rt_lock_release(&w->lock);
}

static inline void twait_done(twait *w) {
    rt_g *g = NULL;
    rt_lock_acquire(&w->lock);
    if (--w->n == 0) {
        g = w->waiter;
        w->waiter = NULL;
    }
    rt_lock_release(&w->lock);
    if (g != NULL)
        rt_ready(g);
}

static inline void twait_wait(twait *w) {
    rt_lock_acquire(&w->lock);
    if (w->n == 0) {
        rt_lock_release(&w->lock);
        return;
    }
    w->waiter = rt_getg();
    rt_park(RT_WAIT_SEMACQUIRE, twait_unlock, w);
}

/* Resident set size of this process in bytes. */
static inline int64_t rss_bytes(void) {
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f != NULL) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (int64_t)resident * 4096;
}

#endif
