/* syscall.c: blocking system calls (Go's entersyscall/exitsyscall).
 *
 * P state machine around a call that may block in the kernel:
 *
 *   RUNNING --rt_entersyscall--> SYSCALL --rt_exitsyscall (CAS)--> RUNNING
 *                                   |
 *                 sysmon retake (CAS, after >= 1 sysmon tick) or another
 *                 M's exitsyscall claiming a P it once owned
 *                                   v
 *                         IDLE / handed off to another M
 *
 * The M keeps m->p pointing at the P while in the call; whoever wins the
 * CAS out of SYSCALL owns the P. On return, the fast path CASes its old P
 * back; otherwise it takes any idle P; otherwise the G is queued globally
 * and the M goes to g0 and stops (after_switch + findrunnable).
 */
#include "proc.h"

void rt_entersyscall(void) {
    rt_m *m = rt_getm();
    if (m == NULL || m->curg == NULL || m->p == NULL)
        return;
    rt_p *p = m->p;
    p->syscalltick++;
    __atomic_store_n(&m->curg->status, RT_G_SYSCALL, __ATOMIC_RELEASE);
    __atomic_store_n(&p->status, RT_P_SYSCALL, __ATOMIC_RELEASE);
}

void rt_exitsyscall(void) {
    rt_m *m = rt_getm();
    if (m == NULL || m->curg == NULL || m->p == NULL)
        return;
    rt_g *g = m->curg;
    rt_p *p = m->p;
    uint32_t st = RT_P_SYSCALL;
    if (__atomic_compare_exchange_n(&p->status, &st, RT_P_RUNNING, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
        p->m = m;
        __atomic_store_n(&g->status, RT_G_RUNNING, __ATOMIC_RELEASE);
        return;
    }
    m->p = NULL;
    rt_lock_acquire(&rt_sched.lock);
    rt_p *np = rt_pidleget();
    rt_lock_release(&rt_sched.lock);
    if (np != NULL) {
        rt_acquirep(m, np);
        __atomic_store_n(&g->status, RT_G_RUNNING, __ATOMIC_RELEASE);
        return;
    }
    rt_switch_to_g0(RT_MA_SYSCALL_NOP);
}
