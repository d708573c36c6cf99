/* proc.h: the scheduler's private state, shared only by the files that
 * make up the scheduler (proc.c, runq.c, stack.c, gc.c, sysmon.c, syscall.c,
 * deadlock.c, trace.c). Everything else goes through sched.h.
 *
 * Threads and stacks. Every M is an OS thread created through
 * GC_pthread_create (so Boehm registers it). An M runs its scheduler loop
 * ("g0") on the thread's own stack and switches into goroutines with
 * rt_coro_switch; a goroutine always returns to its M's g0 to block, yield
 * or exit, and g0 picks the next one (Go's mcall/schedule). The rule that
 * makes this safe: only g0 touches a G's stack bookkeeping after the G has
 * switched away, so a G readied by another M is never resumed while its
 * old M still runs on its stack.
 *
 * Protection of the fields below:
 *   [sched]  rt_sched.lock          [own]  only the M/P's own thread
 *   [atomic] __atomic builtins      [init] written once at start-up
 *   [stw]    read by the GC callback with the world stopped (writers keep
 *            each field individually consistent; see gc.c)
 */
#ifndef RT_PROC_H
#define RT_PROC_H

#include "sched.h"

#include <signal.h>

/* ---- tuning ---------------------------------------------------------------- */
enum {
    RT_RUNQ_SIZE = 256,             /* per-P ring, as Go */
    RT_STACK_CACHE = 32,            /* per-P cached stacks */
    RT_GFREE_LOCAL_MAX = 64,        /* per-P dead Gs before spilling half */
    RT_MAXPROCS = 1024,             /* upper bound on GOMAXPROCS */
};

/* ---- futex notes: one-shot sleep/wake (lock.c) ----------------------------- */
typedef struct rt_note { uint32_t key; } rt_note;
void rt_note_clear(rt_note *n);
void rt_note_wakeup(rt_note *n);
void rt_note_sleep(rt_note *n);
/* Sleeps until woken or ns elapsed (ns < 0: forever); true if woken. */
bool rt_note_tsleep(rt_note *n, int64_t ns);
void rt_futex_wait(uint32_t *addr, uint32_t val, int64_t ns);
void rt_futex_wake(uint32_t *addr, int n);
void rt_usleep(int64_t us);

/* ---- P ------------------------------------------------------------------------
 * States: IDLE (on the idle list), RUNNING (owned by an M), SYSCALL (its M
 * is in a system call; sysmon or the M itself may CAS it away), RETIRED
 * (index >= GOMAXPROCS after a shrink; keeps its timers). */
enum { RT_P_IDLE, RT_P_RUNNING, RT_P_SYSCALL, RT_P_RETIRED };

struct rt_p {
    int id;                          /* [init] */
    uint32_t status;                 /* [atomic] RT_P_* */
    rt_m *m;                         /* owner while RUNNING */
    rt_p *link;                      /* [sched] idle list */
    uint32_t schedtick;              /* [own, read by sysmon] bumped per new time slice */
    uint32_t syscalltick;            /* [own, read by sysmon] bumped per syscall */
    /* local run queue (Go's runq): the owner puts at tail; anyone takes at
     * head with CAS. runnext is CASed by thieves, set only by the owner. */
    uint32_t runqhead, runqtail;     /* [atomic] */
    rt_g *runq[RT_RUNQ_SIZE];        /* [atomic slots] */
    rt_g *runnext;                   /* [atomic] */
    /* sysmon's samples */
    uint32_t sm_schedtick, sm_syscalltick;
    int64_t sm_schedwhen, sm_syscallwhen;
    /* caches [own] */
    void *stackcache[RT_STACK_CACHE];    /* stack tops (hi) */
    int nstackcache;
    rt_g *gfree;
    int ngfree;
    void *timers;                    /* timer.c's slot */
    uint64_t rand;                   /* [own] steal order */
    int64_t goidnext, goidend;       /* [own] goroutine ids taken in batches */
    int64_t ngoroutines;             /* [own, read racily] Gs started minus ended here */
};

/* ---- M ----------------------------------------------------------------------- */
enum {                               /* why a G switched to g0 */
    RT_MA_NONE, RT_MA_PARK, RT_MA_GOSCHED, RT_MA_PREEMPT, RT_MA_EXIT,
    RT_MA_SYSCALL_NOP,               /* exitsyscall found no P: queue the G, stop */
};

struct rt_m {
    int64_t id;                      /* [init] */
    rt_g *curg;                      /* [own, stw] G running on this M, or NULL on g0 */
    rt_p *p;                         /* [own] attached P (or the P left in SYSCALL) */
    rt_p *nextp;                     /* handed over by startm before waking */
    void *g0sp;                      /* [own] saved g0 context */
    uintptr_t g0_lo, g0_hi;          /* [init, stw] thread stack */
    uintptr_t *stackguard;           /* [init] &rt_stackguard of this thread (sysmon) */
    bool spinning;                   /* [own] looking for work (counted in nmspinning) */
    rt_m *schedlink;                 /* [sched] idle list */
    rt_m *alllink;                   /* [init] all Ms, newest first */
    pid_t tid;                       /* [init] its thread, for signals sent on (trace.c); 0 until set */
    rt_note park;                    /* stopm sleeps here */
    /* the action the G that just switched to g0 asked for */
    int action;
    bool (*unlockf)(rt_g *, void *);
    void *unlockarg;
    /* rt_park's direct hand-off (proc.c): the G that parked by switching
     * straight to its P's runnext, for that one to finish parking; and
     * the hand-offs made since the M last went through schedule_loop */
    rt_g *parkedg;                   /* [own] */
    int ndirect;                     /* [own] */
    /* GC: Boehm's thread handle and the thread stack's original bottom, and
     * the stack pointer at which the suspend signal stopped this M. */
    void *gc_handle;                 /* [init] */
    void *gc_stackbottom;            /* [init] */
    uintptr_t gc_sp;                 /* [stw] */
    uintptr_t gc_epoch;              /* [stw] GC_get_gc_no() when gc_sp was taken */
    void *altstack;                  /* [init] SIGSEGV stack */
    void *asan_fake;                 /* ASan fake stack of g0 */
};

/* ---- global scheduler state ---------------------------------------------------- */
typedef struct rt_allgs { int64_t n, cap; rt_g *g[]; } rt_allgs;

typedef struct rt_gqueue { rt_g *head, *tail; } rt_gqueue;

typedef struct rt_schedt {
    rt_lock lock;
    rt_gqueue runq;                  /* [sched] global queue (runq.c) */
    rt_gqueue wokeq;                 /* [sched] global queue of woken Gs (runq.c) */
    int64_t runqsize;                /* [sched] both queues; read racily as a hint */
    rt_m *midle;                     /* [sched] idle Ms */
    int nmidle;                      /* [sched] */
    int mcount;                      /* [sched] Ms created (sysmon excluded) */
    int64_t mnext;                   /* [sched] next M id */
    rt_p *pidle;                     /* [sched] idle Ps */
    int npidle;                      /* [atomic] */
    int nmspinning;                  /* [atomic] */
    int gomaxprocs;                  /* [atomic] */
    int nallp;                       /* [atomic] Ps ever created, >= gomaxprocs */
    rt_p *allp[RT_MAXPROCS];         /* [atomic slots] */
    rt_m *allm;                      /* [atomic] list head */
    rt_lock gfreelock;               /* guards gfree */
    rt_g *gfree;                     /* global dead Gs: a stack of batches (proc.c gfput) */
    rt_lock allglock;                /* guards appends to allgs */
    rt_allgs *allgs;                 /* [atomic] published array */
    int64_t goidgen;                 /* [atomic] */
    int64_t ngoroutines;             /* [atomic] live user Gs, less the Ps' counts */
    int64_t lastpoll;                /* [atomic] nanotime of last poll; 0 = an M is blocked in netpoll */
    int ncpu;                        /* [init] */
    bool started;                    /* [init] scheduler loop running */
    rt_g *maing;                     /* goroutine 1; NULL after it Goexits */
    bool sysmonwait;                 /* [sched] sysmon sleeps on sysmonnote */
    rt_note sysmonnote;
    bool frozen;                     /* [atomic] a fatal error is being printed */
} rt_schedt;

extern rt_schedt rt_sched;

/* The running M (asm volatile load: never cached across a switch). */
extern __thread rt_m *rt_tls_m;
static inline __attribute__((always_inline)) rt_m *rt_getm(void) {
    rt_m *m;
    __asm__ volatile("movq %%fs:rt_tls_m@tpoff, %0" : "=r"(m));
    return m;
}

/* coro_amd64.S: saves callee-saved registers on the current stack, stores
 * the stack pointer in *save and resumes the context whose stack pointer is
 * `to`. rt_coro_start is where a fresh stack's first switch returns to. */
void rt_coro_switch(void **save, void *to);
void rt_coro_start(void);

/* Atomics as the scheduler files use them. */
#define RT_LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define RT_STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define RT_CAS(p, o, n) __extension__({                                       \
    __typeof__(*(p)) o_ = (o);                                                \
    __atomic_compare_exchange_n((p), &o_, (n), false, __ATOMIC_ACQ_REL,       \
                                __ATOMIC_ACQUIRE);                            \
})

/* runq.c. Local queues: rt_runqput and rt_runqget by p's owner only
 * (next: into runnext, kicking the old one to the tail; *inherit: the G
 * came from runnext and keeps the time slice); rt_runqsteal moves half of
 * victim's queue into p's and returns one G. Global queues: sched.lock
 * held; rt_globrunqget takes a fair share (at most max if max > 0) into p
 * and returns one G, from runq before wokeq if runq_first; rt_globrunqput
 * queues a G on wokeq if woken (readied from a wait), else on runq. */
void rt_runqput_slow(rt_p *p, rt_g *g, bool next);
rt_g *rt_runqget(rt_p *p, bool *inherit);
rt_g *rt_runqsteal(rt_p *p, rt_p *victim, bool steal_next);
bool rt_runq_empty(rt_p *p);
int64_t rt_runq_len(rt_p *p);
void rt_globrunqput(rt_g *g, bool woken);
bool rt_g_started(rt_g *g);
rt_g *rt_globrunqget(rt_p *p, int64_t max, bool runq_first);

/* The hand-off fast paths, inline: a channel hand-off is little more than
 * these two and a switch, and two calls are a tenth of its instructions.
 *
 * rt_runqput: an empty runnext stays empty until its owner fills it
 * (thieves only CAS a G to NULL), so a release store will do; anything
 * else (runnext taken, the ring) is rt_runqput_slow. */
static inline void rt_runqput(rt_p *p, rt_g *g, bool next) {
    if (next && RT_LOAD(&p->runnext) == NULL)
        RT_STORE(&p->runnext, g);
    else
        rt_runqput_slow(p, g, next);
}

/* Owner only: takes next out of p's runnext if it is still there. Besides
 * the owner only thieves take runnext, and a thief holds another P;
 * rt_sched.nallp only grows, and only a thread holding a P grows it: while
 * it is 1 no thief can exist, and a plain store replaces the atomic
 * read-modify-write that on x86 costs as much as the rest of a hand-off. */
static inline bool rt_runnext_take(rt_p *p, rt_g *next) {
    if (RT_LOAD(&rt_sched.nallp) == 1) {
        RT_STORE(&p->runnext, NULL);
        return true;
    }
    return RT_CAS(&p->runnext, next, NULL);
}

/* proc.c internals used by the other scheduler files */
void rt_sched_init_procs(int n);
void rt_mstart_thread(rt_m *m);         /* per-thread setup, on the thread */
void rt_wakep(void);
void rt_startm(rt_p *p, bool spinning);
void rt_pidleput(rt_p *p);              /* sched.lock held */
rt_p *rt_pidleget(void);                /* sched.lock held */
void rt_handoffp(rt_p *p);              /* sched.lock NOT held */
void rt_acquirep(rt_m *m, rt_p *p);
void rt_switch_to_g0(int action);       /* on a G: hand over to this M's g0 */
rt_allgs *rt_allgs_get(void);

/* sysmon.c: asks the G running on p, if any, to yield at its next check */
void rt_preemptone(rt_p *p);

/* deadlock.c: sched.lock held; exits the process on a deadlock */
void rt_checkdead(void);
/* trace.c; the writers are async-signal-safe (fault handlers use them) */
void rt_write_str(int fd, const char *s);
void rt_write_int(int fd, int64_t v);
void rt_write_hex(int fd, uint64_t v);
void rt_trace_init(void);
/* schedtrace.c: GODEBUG=schedtrace=N (and scheddetail=1) */
extern int64_t rt_schedtrace_ms;
void rt_schedtrace_init(void);
void rt_schedtrace(int64_t now);
/* sysmon.c */
void rt_sysmon_start(void);
/* gc.c */
/* The signals Boehm stops and restarts threads with: two real-time
 * signals instead of its SIGPWR and SIGXCPU, which Go programs may
 * Notify. os/signal refuses these two, as Go's does the signals glibc
 * keeps for itself. */
#define RT_GC_SUSPEND_SIGNAL (SIGRTMAX - 2)
#define RT_GC_RESTART_SIGNAL (SIGRTMAX - 1)
void rt_gc_init(void);
void rt_gc_register_m(rt_m *m);
void rt_gc_cover_gs(int64_t n);
/* stack.c */
void rt_stack_signals_init(void);
void rt_stack_thread_init(rt_m *m);
/* fdio.c */
void rt_sigpipe_init(void);
/* signal.c */
typedef void (*rt_signal_handler)(int sig, siginfo_t *si, void *uc);
void rt_signal_install(int sig, rt_signal_handler handler, int flags);   /* the runtime's own, at start */
void rt_signal_set(int sig, rt_signal_handler handler, int flags);       /* os/signal's */
void rt_signal_restore(int sig);
void rt_signal_ignore(int sig);
void rt_signal_drop_init(void);                                           /* Go's notify-only signals */

#endif
