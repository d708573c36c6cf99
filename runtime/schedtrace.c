/* schedtrace.c: GODEBUG=schedtrace=N[,scheddetail=1], as Go prints it.
 *
 * sysmon calls rt_schedtrace every N ms. The summary line:
 *   SCHED 1004ms: gomaxprocs=2 idleprocs=1 threads=4 spinningthreads=0
 *   idlethreads=1 runqueue=0 [0 0]
 * (one line; the brackets hold each P's local run queue length). With
 * scheddetail=1 the brackets give way to Go's fields for the header
 * (" gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0") and a line per
 * P, M and goroutine:
 *   P0: status=1 schedtick=5 syscalltick=0 m=0 runqsize=0 gfreecnt=0 timerslen=1
 *   M1: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=-1
 *   G1: status=4(sleep) m=-1 lockedm=-1
 * Statuses use Go's numbers (P: 0 idle, 1 running, 2 syscall, 4 dead; G:
 * 1 runnable, 2 running, 3 syscall, 4 waiting, 6 dead). Fields this
 * runtime has no counterpart for (no stop-the-world of its own, no
 * goroutine owns a thread) print Go's idle values. threads counts sysmon,
 * which has no M line here (Go's sysmon M has one).
 *
 * The details hold sched.lock (the idle-M list is read under it); the rest
 * is read racily, as Go reads it: a line is a snapshot of fields that may
 * be changing, never a consistent state.
 */
#include "proc.h"

#include <stdlib.h>
#include <string.h>

int64_t rt_schedtrace_ms;
static bool detailed;
static int64_t start_time;

/* The value of GODEBUG's key ("schedtrace") or NULL: GODEBUG is a comma
 * separated list of key=value. */
static const char *godebug(const char *dbg, const char *key) {
    size_t n = strlen(key);
    while (dbg != NULL && *dbg != 0) {
        if (strncmp(dbg, key, n) == 0 && dbg[n] == '=')
            return dbg + n + 1;
        dbg = strchr(dbg, ',');
        if (dbg != NULL)
            dbg++;
    }
    return NULL;
}

void rt_schedtrace_init(void) {
    start_time = rt_nanotime();
    const char *dbg = getenv("GODEBUG");
    const char *v = godebug(dbg, "schedtrace");
    if (v != NULL)
        rt_schedtrace_ms = atoll(v);
    v = godebug(dbg, "scheddetail");
    detailed = v != NULL && atoll(v) > 0;
}

static void field(const char *name, int64_t v) {
    rt_write_str(2, name);
    rt_write_int(2, v);
}

static void flag(const char *name, bool v) {
    rt_write_str(2, name);
    rt_write_str(2, v ? "true" : "false");
}

static const int p_status[] = {[RT_P_IDLE] = 0, [RT_P_RUNNING] = 1, [RT_P_SYSCALL] = 2, [RT_P_RETIRED] = 4};

static void print_p(rt_p *p) {
    rt_m *m = RT_LOAD(&p->m);
    uint32_t st = RT_LOAD(&p->status);
    field("  P", p->id);
    field(": status=", p_status[st]);
    field(" schedtick=", RT_LOAD(&p->schedtick));
    field(" syscalltick=", RT_LOAD(&p->syscalltick));
    field(" m=", st != RT_P_IDLE && m != NULL ? m->id : -1);
    field(" runqsize=", rt_runq_len(p));
    field(" gfreecnt=", RT_LOAD(&p->ngfree));
    field(" timerslen=", rt_timers_len(p));
    rt_write_str(2, "\n");
}

/* sched.lock held (for the idle list) */
static bool m_idle(rt_m *m) {
    for (rt_m *i = rt_sched.midle; i != NULL; i = i->schedlink)
        if (i == m)
            return true;
    return false;
}

static void print_m(rt_m *m) {
    rt_p *p = RT_LOAD(&m->p);
    rt_g *g = RT_LOAD(&m->curg);
    field("  M", m->id);
    field(": p=", p != NULL ? p->id : -1);
    field(" curg=", g != NULL ? g->id : -1);
    rt_write_str(2, " mallocing=0 throwing=0 preemptoff= locks=0 dying=0");
    flag(" spinning=", RT_LOAD(&m->spinning));
    flag(" blocked=", m_idle(m));
    rt_write_str(2, " lockedg=-1\n");
}

static const int g_status[] = {[RT_G_IDLE] = 0,    [RT_G_RUNNABLE] = 1, [RT_G_RUNNING] = 2,
                               [RT_G_WAITING] = 4, [RT_G_SYSCALL] = 3,  [RT_G_DEAD] = 6};

static void print_g(rt_g *g) {
    uint32_t st = RT_LOAD(&g->status);
    const char *why = RT_LOAD(&g->waitreason);
    rt_m *m = RT_LOAD(&g->m);
    field("  G", g->id);
    field(": status=", g_status[st]);
    rt_write_str(2, "(");
    rt_write_str(2, st == RT_G_WAITING && why != NULL ? why : "");
    rt_write_str(2, ")");
    field(" m=", m != NULL ? m->id : -1);
    rt_write_str(2, " lockedm=-1\n");
}

static void print_details(int np) {
    for (int i = 0; i < np; i++)
        print_p(rt_p_at(i));
    for (rt_m *m = RT_LOAD(&rt_sched.allm); m != NULL; m = m->alllink)
        print_m(m);
    rt_allgs *a = rt_allgs_get();
    for (int64_t i = 0; a != NULL && i < a->n; i++)
        print_g(a->g[i]);
}

void rt_schedtrace(int64_t now) {
    int np = rt_gomaxprocs();
    field("SCHED ", (now - start_time) / 1000000);
    field("ms: gomaxprocs=", np);
    field(" idleprocs=", RT_LOAD(&rt_sched.npidle));
    field(" threads=", rt_sched.mcount + 1);
    field(" spinningthreads=", RT_LOAD(&rt_sched.nmspinning));
    field(" idlethreads=", rt_sched.nmidle);
    field(" runqueue=", RT_LOAD(&rt_sched.runqsize));
    if (detailed) {
        field(" gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=", rt_sched.sysmonwait);
        rt_write_str(2, "\n");
        rt_lock_acquire(&rt_sched.lock);
        print_details(np);
        rt_lock_release(&rt_sched.lock);
    } else {
        rt_write_str(2, " [");
        for (int i = 0; i < np; i++) {
            if (i > 0)
                rt_write_str(2, " ");
            rt_write_int(2, rt_runq_len(rt_p_at(i)));
        }
        rt_write_str(2, "]\n");
    }
}
