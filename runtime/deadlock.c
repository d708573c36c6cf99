/* deadlock.c: Go's checkdead. Called with rt_sched.lock held each time an
 * M goes idle (proc.c mput). As in Go it counts Ms, not Gs: an M that is
 * running a G, spinning, in a system call or blocked in netpoll is not
 * idle, so any of those means "not dead". With every M idle:
 *   - no live goroutine: goroutine 1 called runtime.Goexit and the rest
 *     have finished -> "no goroutines (main called runtime.Goexit) - deadlock!";
 *   - a runnable G, a pending timer or a netpoll waiter: something can
 *     still happen (an M will be woken), not dead;
 *   - otherwise every G waits for another G: "all goroutines are asleep".
 * Both are fatal errors, exit 2: the message, then for the second a blank
 * line and the goroutine list unless GOTRACEBACK=none (the first has none
 * to list, and Go prints the message alone).
 *
 * A program that imports net is checked too. Go 1.19 links net with cgo,
 * whose extra thread never idles, so there such a deadlock hangs; csc
 * reports it, as LANGUAGE.md promises (a hang helps no one).
 */
#include "proc.h"
#include "trace.h"

static _Noreturn void dead(const char *msg, bool goroutines) {
    rt_write_str(2, "fatal error: ");
    rt_write_str(2, msg);
    rt_write_str(2, "\n");
    if (goroutines)
        rt_traceback_fatal(2, NULL);
    rt_exit(2);
}

void rt_checkdead(void) {
    int run = rt_sched.mcount - rt_sched.nmidle;
    if (run > 0)
        return;
    if (run < 0)
        rt_throw("checkdead: inconsistent counts");
    if (rt_numgoroutine() == 0)
        dead("no goroutines (main called runtime.Goexit) - deadlock!", false);
    rt_allgs *a = rt_allgs_get();
    for (int64_t i = 0; a != NULL && i < a->n; i++) {
        uint32_t st = __atomic_load_n(&a->g[i]->status, __ATOMIC_ACQUIRE);
        if (st == RT_G_RUNNABLE || st == RT_G_RUNNING || st == RT_G_SYSCALL)
            return;
    }
    if (rt_timers_next() != 0 || rt_netpoll_waiters() > 0)
        return;
    dead("all goroutines are asleep - deadlock!", true);
}
