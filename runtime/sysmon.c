/* sysmon.c: the system monitor, Go's sysmon: a thread without a P that
 * wakes every 20 us, backing off to 10 ms when it finds nothing to do
 * (the delay doubles each cycle after 50 idle cycles), and
 *   - preempts a G that has held its P for >= 10 ms (p->schedtick
 *     unchanged between samples): sets g->preempt and stores UINTPTR_MAX
 *     into the M's rt_stackguard, so the G's next RT_CHECK yields to the
 *     global queue (rt_morestack);
 *   - retakes a P whose M has been in a system call for a sysmon tick or
 *     more (left alone only when it has no work, other Ms are spinning or
 *     idle, and the call is younger than 10 ms) and hands it off;
 *   - polls the network when nobody has for 10 ms;
 *   - wakes an M when the earliest timer is overdue, and preempts a G
 *     that kept its P's timers waiting TIMER_SLACK_NS past their deadline
 *     (Go waits for the 10 ms preemption there; a goroutine spawning
 *     100,000 sleepers would then hold their wake-ups back that long):
 *     while a timer is pending it wakes no later than that slack after
 *     the earliest deadline. The slack is 250 us: bench/lateness.cs's
 *     p99 at GOMAXPROCS=1 went from 1.9-2.1 ms (1 ms slack) to 0.5-1.1;
 *     a preempted G only goes to the back of the queue;
 *   - prints GODEBUG=schedtrace lines.
 * When every P is idle there is nothing to watch: it sleeps on
 * rt_sched.sysmonnote until rt_pidleget hands a P out or the earliest
 * timer is due (Go's sysmonwait), so an idle process wakes only for its
 * deadlines.
 * It never allocates and takes rt_sched.lock only to go to sleep and
 * through handoff.
 */
#include "proc.h"

#include <gc.h>
#include <pthread.h>

enum { FORCE_PREEMPT_NS = 10 * 1000 * 1000, TIMER_SLACK_NS = 250 * 1000 };


void rt_preemptone(rt_p *p) {
    rt_m *m = __atomic_load_n(&p->m, __ATOMIC_ACQUIRE);
    if (m == NULL)
        return;
    rt_g *g = __atomic_load_n(&m->curg, __ATOMIC_ACQUIRE);
    if (g == NULL)
        return;
    g->preempt = true;
    __atomic_store_n(m->stackguard, UINTPTR_MAX, __ATOMIC_RELEASE);
}

static bool timers_held_back(rt_p *p, int64_t now) {
    int64_t first = rt_timers_first(p);
    return first != 0 && now - first >= TIMER_SLACK_NS;
}

static int retake(int64_t now) {
    int n = 0;
    int np = __atomic_load_n(&rt_sched.nallp, __ATOMIC_ACQUIRE);
    for (int i = 0; i < np; i++) {
        rt_p *p = __atomic_load_n(&rt_sched.allp[i], __ATOMIC_ACQUIRE);
        uint32_t st = __atomic_load_n(&p->status, __ATOMIC_ACQUIRE);
        if (st == RT_P_RUNNING || st == RT_P_SYSCALL) {
            uint32_t t = __atomic_load_n(&p->schedtick, __ATOMIC_RELAXED);
            if (p->sm_schedtick != t) {
                p->sm_schedtick = t;
                p->sm_schedwhen = now;
            } else if (st == RT_P_RUNNING && (now - p->sm_schedwhen >= FORCE_PREEMPT_NS ||
                                              timers_held_back(p, now))) {
                rt_preemptone(p);
                p->sm_schedwhen = now;
            }
        }
        if (st != RT_P_SYSCALL)
            continue;
        uint32_t t = __atomic_load_n(&p->syscalltick, __ATOMIC_RELAXED);
        if (p->sm_syscalltick != t) {
            p->sm_syscalltick = t;
            p->sm_syscallwhen = now;
            continue;
        }
        if (rt_runq_empty(p) &&
            __atomic_load_n(&rt_sched.nmspinning, __ATOMIC_ACQUIRE) +
                    __atomic_load_n(&rt_sched.npidle, __ATOMIC_ACQUIRE) > 0 &&
            now - p->sm_syscallwhen < FORCE_PREEMPT_NS)
            continue;
        uint32_t s = RT_P_SYSCALL;
        if (__atomic_compare_exchange_n(&p->status, &s, RT_P_IDLE, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE)) {
            n++;
            rt_handoffp(p);
        }
    }
    return n;
}

/* Sleeps until a P leaves the idle list or the earliest timer is due, if
 * all Ps are idle (sched.lock makes the check and rt_pidleget's wake-up
 * one or the other). Waking at the timer, as Go's sysmon does, lets the
 * caller start an M for it should the M polling for it have missed it. */
static bool sleep_while_idle(void) {
    if (rt_schedtrace_ms > 0 ||
        RT_LOAD(&rt_sched.npidle) != RT_LOAD(&rt_sched.gomaxprocs))
        return false;
    rt_lock_acquire(&rt_sched.lock);
    if (RT_LOAD(&rt_sched.npidle) != RT_LOAD(&rt_sched.gomaxprocs)) {
        rt_lock_release(&rt_sched.lock);
        return false;
    }
    rt_sched.sysmonwait = true;
    rt_lock_release(&rt_sched.lock);
    int64_t next = rt_timers_next();
    rt_note_tsleep(&rt_sched.sysmonnote, next == 0 ? -1 : next - rt_nanotime());
    rt_lock_acquire(&rt_sched.lock);
    rt_sched.sysmonwait = false;
    rt_lock_release(&rt_sched.lock);
    rt_note_clear(&rt_sched.sysmonnote);
    return true;
}

/* How long to sleep (us): the back-off delay, cut short to notice a timer
 * held back by a running G. */
static int64_t nap_us(int64_t delay, int64_t now) {
    int64_t next = rt_timers_next();
    if (next == 0)
        return delay;
    int64_t until = (next + TIMER_SLACK_NS - now) / 1000;
    return until < 20 ? 20 : until < delay ? until : delay;
}

static void *sysmon(void *arg) {
    (void)arg;
    int64_t delay = 0, lasttrace = 0;
    int idle = 0;
    for (;;) {
        if (idle == 0)
            delay = 20;
        else if (idle > 50)
            delay *= 2;
        if (delay > 10000)
            delay = 10000;
        rt_usleep(nap_us(delay, rt_nanotime()));
        if (sleep_while_idle())
            idle = 0;
        int64_t now = rt_nanotime();
        int64_t lp = __atomic_load_n(&rt_sched.lastpoll, __ATOMIC_ACQUIRE);
        if (lp != 0 && now - lp > 10 * 1000 * 1000 && rt_netpoll_waiters() > 0 &&
            __atomic_compare_exchange_n(&rt_sched.lastpoll, &lp, now, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            rt_netpoll(0);
        int64_t next = rt_timers_next();
        if (next != 0 && next < now)
            rt_wakep();
        if (retake(now) > 0)
            idle = 0;
        else
            idle++;
        if (rt_schedtrace_ms > 0 && now - lasttrace >= rt_schedtrace_ms * 1000000) {
            rt_schedtrace(now);
            lasttrace = now;
        }
    }
    return NULL;
}

void rt_sysmon_start(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t t;
    if (pthread_create(&t, &attr, sysmon, NULL) != 0)
        rt_throw("cannot start sysmon");
    pthread_attr_destroy(&attr);
}
