/* proc.c: the goroutine scheduler, Go's G-M-P model (Go 1.19 proc.go).
 *
 *   G  a goroutine (sched.h rt_g): entry, stack, saved sp, status.
 *   M  an OS thread (proc.h rt_m). It runs its scheduler loop, "g0", on the
 *      thread's own stack and switches into Gs with rt_coro_switch. A G
 *      that blocks, yields or exits switches back to its M's g0, which
 *      finishes the transition (after_switch) and picks the next G.
 *   P  a processor (proc.h rt_p): the right to run Gs, with a local run
 *      queue (256-slot lock-free ring plus a runnext slot), caches of dead
 *      Gs and stacks, and a timer heap. GOMAXPROCS Ps exist.
 *
 * Why every block goes through g0 (two switches instead of one): the
 * parked G's unlockf must run after its registers are saved and on a
 * stack that is not the G's (another M may resume the G the moment the
 * lock drops), and an M with nothing to run must sleep somewhere that no
 * G owns. Direct G-to-G switches would need both anyway.
 *
 * Queues (runq.c) and fairness follow Go: rt_ready and rt_go put the G in
 * runnext (it inherits the time slice, so a hand-off pair runs as a unit),
 * the old runnext moves to the ring tail, a full ring spills half to the
 * global queue (under rt_sched.lock); every 61st schedule checks the
 * global queue first; idle Ms steal half of a victim's ring (runnext only
 * on the last of four passes).
 *
 * Spinning (Go's policy): an M is woken only if there is an idle P and no
 * M is already spinning (looking for work); the last spinning M that finds
 * work wakes a replacement. Submitting work: enqueue, then rt_wakep
 * (whose atomic read-modify-writes give the StoreLoad order); going idle:
 * drop spinning, then re-check every run queue. Idle Ms sleep on a futex
 * (stopm), and one of them at most sleeps in rt_netpoll until the next
 * timer instead, so nothing burns a core while idle.
 *
 * Blocking protocol (sched.h): rt_park records the wait reason and the
 * unlock function in the M and switches to g0; g0 marks the G WAITING and
 * only then calls unlockf. A waker must take the lock unlockf releases, so
 * it always sees a fully parked G.
 *
 * Deadlock detection (deadlock.c) runs whenever an M goes idle: no M
 * running, no timers, no netpoll waiters -> "all goroutines are asleep".
 * Preemption: sysmon (sysmon.c) poisons the running M's rt_stackguard;
 * the next RT_CHECK calls rt_morestack, which yields to the global queue.
 * GC: see gc.c; stacks: stack.c; blocking system calls: syscall.c.
 */
#include "proc.h"
#include "stack.h"

#include <gc.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__thread uintptr_t rt_stackguard;
__thread rt_m *rt_tls_m;
__thread rt_g *rt_tls_g;
rt_schedt rt_sched;
int rt_argc;
char **rt_argv;

static rt_m m0;
static void (*main_entry)(void);

/* ---- weak defaults for hooks other files may provide ------------------------- */

__attribute__((weak)) void rt_goexit_unwind(void) {}
__attribute__((weak)) void rt_wait_for_panics(void) {}
__attribute__((weak)) void rt_flush_output(void) {}

/* ---- TLS stores (asm: never through a cached thread pointer) ----------------- */

static inline void set_tls_g(rt_g *g) {
    __asm__ volatile("movq %0, %%fs:rt_tls_g@tpoff" ::"r"(g) : "memory");
}

/* ---- idle Ps and Ms (rt_sched.lock held) ----------------------------------------- */

void rt_pidleput(rt_p *p) {
    p->m = NULL;
    if (p->id >= RT_LOAD(&rt_sched.gomaxprocs)) {
        RT_STORE(&p->status, RT_P_RETIRED);
        return;
    }
    RT_STORE(&p->status, RT_P_IDLE);
    p->link = rt_sched.pidle;
    rt_sched.pidle = p;
    __atomic_add_fetch(&rt_sched.npidle, 1, __ATOMIC_SEQ_CST);
}

/* A P leaving the idle list may run Gs again: sysmon must watch them. */
rt_p *rt_pidleget(void) {
    rt_p *p = rt_sched.pidle;
    if (p != NULL) {
        rt_sched.pidle = p->link;
        __atomic_sub_fetch(&rt_sched.npidle, 1, __ATOMIC_SEQ_CST);
        if (rt_sched.sysmonwait) {
            rt_sched.sysmonwait = false;
            rt_note_wakeup(&rt_sched.sysmonnote);
        }
    }
    return p;
}

static void mput(rt_m *m) {
    m->schedlink = rt_sched.midle;
    rt_sched.midle = m;
    rt_sched.nmidle++;
    rt_checkdead();
}

static rt_m *mget(void) {
    rt_m *m = rt_sched.midle;
    if (m != NULL) {
        rt_sched.midle = m->schedlink;
        rt_sched.nmidle--;
    }
    return m;
}

void rt_acquirep(rt_m *m, rt_p *p) {
    m->p = p;
    p->m = m;
    RT_STORE(&p->status, RT_P_RUNNING);
}

static rt_p *releasep(rt_m *m) {
    rt_p *p = m->p;
    m->p = NULL;
    p->m = NULL;
    return p;
}

/* ---- Ms: creation, stopping, starting ------------------------------------------- */

static _Noreturn void schedule_loop(rt_m *m);

void rt_mstart_thread(rt_m *m) {
    rt_tls_m = m;
    m->stackguard = &rt_stackguard;
    __atomic_store_n(&m->tid, gettid(), __ATOMIC_RELEASE);
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        m->g0_lo = (uintptr_t)addr;
        m->g0_hi = (uintptr_t)addr + size;
        pthread_attr_destroy(&attr);
    }
    rt_gc_register_m(m);
    rt_stack_thread_init(m);
}

static void *mstart(void *arg) {
    rt_m *m = arg;
    rt_mstart_thread(m);
    rt_acquirep(m, m->nextp);
    m->nextp = NULL;
    schedule_loop(m);
}

static void newm(rt_p *p, bool spinning, int64_t id) {
    rt_m *m = calloc(1, sizeof *m);
    if (m == NULL)
        rt_throw("out of memory (M)");
    m->id = id;
    m->nextp = p;
    m->spinning = spinning;
    rt_m *head = RT_LOAD(&rt_sched.allm);
    do
        m->alllink = head;
    while (!__atomic_compare_exchange_n(&rt_sched.allm, &head, m, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE));
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t t;
    if (pthread_create(&t, &attr, mstart, m) != 0)
        rt_throw("newm: cannot create thread");
    pthread_attr_destroy(&attr);
}

/* Parks m until startm hands it a P (then acquires it). */
static void stopm(rt_m *m) {
    rt_lock_acquire(&rt_sched.lock);
    mput(m);
    rt_lock_release(&rt_sched.lock);
    rt_note_sleep(&m->park);
    rt_note_clear(&m->park);
    rt_acquirep(m, m->nextp);
    m->nextp = NULL;
}

/* Runs p (an idle P if NULL) on an idle or new M. spinning: the caller
 * incremented nmspinning for that M. */
void rt_startm(rt_p *p, bool spinning) {
    rt_lock_acquire(&rt_sched.lock);
    if (p == NULL) {
        p = rt_pidleget();
        if (p == NULL) {
            rt_lock_release(&rt_sched.lock);
            if (spinning)
                __atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
            return;
        }
    }
    rt_m *m = mget();
    if (m == NULL) {
        int64_t id = rt_sched.mnext++;
        rt_sched.mcount++;
        rt_lock_release(&rt_sched.lock);
        newm(p, spinning, id);
        return;
    }
    rt_lock_release(&rt_sched.lock);
    m->spinning = spinning;
    m->nextp = p;
    rt_note_wakeup(&m->park);
}

void rt_wakep(void) {
    if (RT_LOAD(&rt_sched.npidle) == 0)
        return;
    if (RT_LOAD(&rt_sched.nmspinning) != 0 || !RT_CAS(&rt_sched.nmspinning, 0, 1))
        return;
    rt_startm(NULL, true);
}

void rt_handoffp(rt_p *p) {
    if (!rt_runq_empty(p) || RT_LOAD(&rt_sched.runqsize) > 0) {
        rt_startm(p, false);
        return;
    }
    if (RT_LOAD(&rt_sched.nmspinning) + RT_LOAD(&rt_sched.npidle) == 0 &&
        RT_CAS(&rt_sched.nmspinning, 0, 1)) {
        rt_startm(p, true);
        return;
    }
    rt_lock_acquire(&rt_sched.lock);
    rt_pidleput(p);
    rt_lock_release(&rt_sched.lock);
}

/* ---- Gs: allocation, the all-G list, free lists ---------------------------------- */

rt_allgs *rt_allgs_get(void) {
    return RT_LOAD(&rt_sched.allgs);
}

/* Appends g to allgs. A grown array replaces the old one, which is leaked
 * on purpose: the GC callback and fatal-error traces read it lock-free
 * (at most 2x the final size in total). */
static void allgadd(rt_g *g) {
    rt_lock_acquire(&rt_sched.allglock);
    rt_allgs *a = rt_sched.allgs;
    if (a == NULL || a->n == a->cap) {
        int64_t cap = a ? a->cap * 2 : 1024;
        rt_allgs *na = malloc(sizeof *na + (size_t)cap * sizeof(rt_g *));
        if (na == NULL)
            rt_throw("out of memory (allgs)");
        na->cap = cap;
        na->n = a ? a->n : 0;
        if (a != NULL)
            memcpy(na->g, a->g, (size_t)a->n * sizeof(rt_g *));
        RT_STORE(&rt_sched.allgs, na);
        a = na;
    }
    a->g[a->n] = g;
    RT_STORE(&a->n, a->n + 1);
    rt_gc_cover_gs(a->n);
    rt_lock_release(&rt_sched.allglock);
}

/* Dead Gs to reuse. Each P keeps a list; when it reaches
 * RT_GFREE_LOCAL_MAX, half of it moves to the global list as one batch,
 * and a P that runs out takes one batch back. A batch is a chain through
 * schedlink, and the global list is a stack of batch heads through
 * gfreebatch, so either move is O(1) under gfreelock: with several Ps,
 * one creates Gs and another ends them, and walking cold Gs one at a time
 * under the lock was a sixth of a spawn-heavy program's time. G structs
 * are GC-uncollectable (the collector scans them: fn, arg, argbuf, param,
 * frames point into the heap) and are never freed. */
enum { GFREE_BATCH = RT_GFREE_LOCAL_MAX / 2 };

static rt_g *gfget(rt_p *p) {
    if (p != NULL && p->gfree == NULL && RT_LOAD(&rt_sched.gfree) != NULL) {
        rt_lock_acquire(&rt_sched.gfreelock);
        rt_g *batch = rt_sched.gfree;
        if (batch != NULL)
            rt_sched.gfree = batch->gfreebatch;
        rt_lock_release(&rt_sched.gfreelock);
        if (batch != NULL) {
            p->gfree = batch;
            p->ngfree = GFREE_BATCH;
        }
    }
    if (p != NULL && p->gfree != NULL) {
        rt_g *g = p->gfree;
        p->gfree = g->schedlink;
        p->ngfree--;
        g->schedlink = NULL;
        return g;
    }
    rt_g *g = calloc(1, sizeof *g);     /* never freed; gc.c marks its fields */
    if (g == NULL)
        rt_throw("out of memory (G)");
    g->status = RT_G_DEAD;
    allgadd(g);
    return g;
}

static void gfput(rt_p *p, rt_g *g) {
    g->schedlink = p->gfree;
    p->gfree = g;
    if (++p->ngfree < RT_GFREE_LOCAL_MAX)
        return;
    rt_g *keep = p->gfree;              /* the newest half stays: warmer */
    for (int i = 1; i < p->ngfree - GFREE_BATCH; i++)
        keep = keep->schedlink;
    rt_g *batch = keep->schedlink;
    keep->schedlink = NULL;
    p->ngfree -= GFREE_BATCH;
    rt_lock_acquire(&rt_sched.gfreelock);
    batch->gfreebatch = rt_sched.gfree;
    RT_STORE(&rt_sched.gfree, batch);
    rt_lock_release(&rt_sched.gfreelock);
}

/* Goroutine ids and the live count without a shared atomic per G (with
 * several Ps one cache line would bounce between them at every go
 * statement and every exit): a P owned by the caller takes ids in
 * batches, as Go's goidcache does, and keeps its own count, which
 * rt_numgoroutine sums. */
enum { GOID_BATCH = 16 };

static int64_t newgoid(rt_p *p) {
    if (p == NULL)
        return __atomic_fetch_add(&rt_sched.goidgen, 1, __ATOMIC_RELAXED);
    if (p->goidnext == p->goidend) {
        p->goidnext = __atomic_fetch_add(&rt_sched.goidgen, GOID_BATCH, __ATOMIC_RELAXED);
        p->goidend = p->goidnext + GOID_BATCH;
    }
    return p->goidnext++;
}

static void count_g(rt_p *p, int64_t d) {
    if (p != NULL)
        RT_STORE(&p->ngoroutines, p->ngoroutines + d);
    else
        __atomic_add_fetch(&rt_sched.ngoroutines, d, __ATOMIC_SEQ_CST);
}

/* A dead G gives back its stack and forgets its heap references. The
 * stack fields are cleared top first: the GC callback trusts a G's range
 * only when lo < sp <= hi. */
static size_t stack_size(const rt_g *g) {
    return g->mainstack ? RT_MAIN_STACK_SIZE : RT_STACK_SIZE;
}

static void gdestroy(rt_p *p, rt_g *g) {
    rt_stack_release_segments(g);
    void *hi = g->stack_hi;
    RT_STORE(&g->stack_hi, NULL);
    g->stack_lo = NULL;
    g->sp = NULL;
    ASAN_FRESH((char *)hi - stack_size(g), stack_size(g));   /* before the pool hands it out again */
    if (g->mainstack)
        rt_stack_free_main(hi);
    else
        rt_stack_free(p, hi);
    g->mainstack = false;
    g->lockedext = 0;
    g->lockedinit = false;
    if (g == rt_sched.maing)            /* main called runtime.Goexit */
        rt_sched.maing = NULL;
    g->fn = NULL;
    g->arg = NULL;
    g->param = NULL;
    g->frames = NULL;
    g->panic = NULL;
    g->waitreason = NULL;
    g->preempt = false;
    g->selectdone = 0;
    RT_STORE(&g->status, RT_G_DEAD);
    count_g(p, -1);
    gfput(p, g);
}

/* Lays out a fresh stack so the first switch into g "returns" into
 * rt_coro_start (six zeroed callee-saved slots, then the return address;
 * rsp ends 16-byte aligned, as at a call). */
static void gstack_init(rt_p *p, rt_g *g) {
    char *hi = g->mainstack ? rt_stack_alloc_main() : rt_stack_alloc(p);
    size_t size = stack_size(g);
    void **sp = (void **)(hi - 72);
    for (int i = 0; i < 6; i++)
        sp[i] = NULL;
    sp[6] = (void *)rt_coro_start;
    sp[7] = NULL;
    sp[8] = NULL;
    g->sp = sp;
    g->stack_lo = hi - size;
    g->stackguard = g->mainstack ? rt_stack_main_guard(hi) : (uintptr_t)g->stack_lo + RT_STACK_GUARD;
    RT_STORE(&g->stack_hi, (void *)hi);
}

/* m's P if m is running it (not in a system call, not handed off). */
static rt_p *ownp(rt_m *m) {
    rt_p *p = m != NULL ? m->p : NULL;
    return p != NULL && p->m == m && RT_LOAD(&p->status) == RT_P_RUNNING ? p : NULL;
}

static rt_g *ginit_id(rt_g *g, int64_t id, void (*fn)(void *), void *arg) {
    g->fn = fn;
    g->arg = arg;
    g->id = id;
    g->nspawned = 0;
    RT_STORE(&g->status, RT_G_RUNNABLE);
    return g;
}

/* p: the caller's own P, or NULL. */
static rt_g *ginit(rt_g *g, rt_p *p, void (*fn)(void *), void *arg) {
    count_g(p, 1);
    return ginit_id(g, newgoid(p), fn, arg);
}

/* A spawner that outruns the Ps running what it spawns. Go's go
 * statement costs about as much as running and ending a small goroutine
 * (it allocates the stack), so its queues stay near a thousand Gs; ours
 * does not, and with several Ps one loop of go statements filled the
 * global queue with 30,000-70,000 Gs (304 bytes each, and every one a
 * cache miss when taken) while the other Ps drained it. A goroutine that
 * has run more than SPAWN_STREAK go statements yields when more than
 * SPAWN_BACKLOG Gs per P are queued, so its own P helps. The streak spares
 * trees of goroutines that each spawn a few children and wait (skynet):
 * their queue is as long, but it is the program's real parallelism, and
 * yielding every node there made the tree run breadth-first (4x the time
 * and the memory). With one P nothing changes: Go runs a spawner there
 * until it blocks or its time slice ends, and programs can tell. */
enum { SPAWN_STREAK = 64, SPAWN_BACKLOG = 2048 };

static bool spawn_backlogged(void) {
    rt_g *g = rt_getg();   /* NULL on g0 (AfterFunc's go), which cannot yield */
    if (g == NULL)
        return false;
    if (g->nspawned < SPAWN_STREAK) {
        g->nspawned++;
        return false;
    }
    int procs = RT_LOAD(&rt_sched.gomaxprocs);
    return procs > 1 && RT_LOAD(&rt_sched.runqsize) > (int64_t)SPAWN_BACKLOG * procs;
}

/* Queues g, made by the go statement whose rt_go* call returns to gopc. */
static void gstart(rt_g *g, rt_p *p, void *gopc) {
    g->gopc = (uintptr_t)gopc;
    if (p != NULL) {
        rt_runqput(p, g, true);
    } else {
        rt_lock_acquire(&rt_sched.lock);
        rt_globrunqput(g, false);
        rt_lock_release(&rt_sched.lock);
    }
    rt_wakep();
    if (p != NULL && spawn_backlogged())
        rt_gosched();
}

void rt_go(void (*fn)(void *arg), void *arg) {
    if (fn == rt_go_func0 && arg == NULL)
        rt_fatal("go of nil func value");
    rt_p *p = ownp(rt_getm());
    gstart(ginit(gfget(p), p, fn, arg), p, __builtin_return_address(0));
}

void rt_go_args(void (*fn)(void *arg), const void *args, size_t size) {
    void *heap = size > RT_G_ARGBUF ? rt_alloc((int64_t)size) : NULL;
    rt_p *p = ownp(rt_getm());
    rt_g *g = gfget(p);
    void *arg = heap != NULL ? heap : (void *)g->argbuf;
    memcpy(arg, args, size);
    gstart(ginit(g, p, fn, arg), p, __builtin_return_address(0));
}

void rt_go_func0(void *f) {
    rt_func *fn = RT_NILCHK((rt_func *)f);
    ((void (*)(rt_func *))fn->fn)(fn);
}

/* ---- running and switching --------------------------------------------------------- */

static void exit_direct(rt_g *g);

/* First C code on a fresh goroutine stack (called by rt_coro_start). */
_Noreturn void rt_gentry(void);
_Noreturn void rt_gentry(void) {
    ASAN_FINISH(NULL);
    rt_g *g = rt_getg();
    g->fn(g->arg);
    if (g == rt_sched.maing) {
        rt_wait_for_panics();
        rt_exit(0);
    }
    exit_direct(g);
    rt_switch_to_g0(RT_MA_EXIT);
    rt_throw("dead goroutine resumed");
}

static void finish_direct(void);

void rt_switch_to_g0(int action) {
    rt_m *m = rt_getm();
    rt_g *g = m->curg;
    m->action = action;
    ASAN_START(action == RT_MA_EXIT ? NULL : &g->asan_fake, m->g0_lo, m->g0_hi);
    rt_coro_switch(&g->sp, m->g0sp);
    ASAN_FINISH(g->asan_fake);
    finish_direct();
}

/* g is about to run: a preemption asked for while it ran before is
 * already satisfied, since it left its M, so it starts with its own
 * guard, as Go's execute clears gp.preempt. (Carried over, the flag
 * cost a needless yield at the next check, and until that check it kept
 * the G off rt_park's direct hand-off: bench_micro's switchers, which
 * have no checks, went through g0 on every switch once sysmon had asked.) */
static inline void start_slice(rt_g *g) {
    g->preempt = false;
    rt_set_stackguard(g->stackguard);
}

/* On g0: run g until it switches back. */
static void execute(rt_m *m, rt_g *g, bool inherit) {
    rt_p *p = m->p;
    if (!inherit)
        p->schedtick++;
    m->curg = g;
    g->m = m;
    RT_STORE(&g->status, RT_G_RUNNING);
    if (g->stack_hi == NULL)
        gstack_init(p, g);
    start_slice(g);
    set_tls_g(g);
    ASAN_START(&m->asan_fake, g->stack_lo, g->stack_hi);
    rt_coro_switch(&m->g0sp, g->sp);
    ASAN_FINISH(m->asan_fake);
    set_tls_g(NULL);
}

/* g has switched out to park: mark it WAITING, then let unlockf release
 * what its wakers lock; if unlockf says no, g runs again. */
static inline void park_done(rt_m *m, rt_g *g) {
    RT_STORE(&g->status, RT_G_WAITING);
    if (m->unlockf != NULL && !m->unlockf(g, m->unlockarg)) {
        RT_STORE(&g->status, RT_G_RUNNABLE);
        rt_runqput(m->p, g, true);
    }
}

/* On g0, right after m->curg switched back: finish what it asked for. */
static void after_switch(rt_m *m) {
    rt_g *g = m->curg;
    m->curg = NULL;
    g->m = NULL;
    switch (m->action) {
    case RT_MA_PARK:
        park_done(m, g);
        break;
    case RT_MA_GOSCHED:
    case RT_MA_PREEMPT:
    case RT_MA_SYSCALL_NOP:
        RT_STORE(&g->status, RT_G_RUNNABLE);
        rt_lock_acquire(&rt_sched.lock);
        rt_globrunqput(g, false);
        rt_lock_release(&rt_sched.lock);
        break;
    case RT_MA_EXIT:
        gdestroy(m->p, g);
        break;
    default:
        rt_throw("after_switch: bad action");
    }
    m->action = RT_MA_NONE;
    m->unlockf = NULL;
    m->unlockarg = NULL;
}

/* ---- finding work ------------------------------------------------------------------- */

static uint32_t fastrand(rt_p *p) {
    p->rand ^= p->rand << 13;
    p->rand ^= p->rand >> 7;
    p->rand ^= p->rand << 17;
    return (uint32_t)p->rand;
}

/* Four passes over the other Ps in random order; the last also runs their
 * expired timers and may take their runnext. */
static rt_g *stealwork(rt_m *m, bool *inherit) {
    rt_p *p = m->p;
    int n = RT_LOAD(&rt_sched.nallp);
    for (int pass = 0; pass < 4; pass++) {
        bool last = pass == 3;
        uint32_t start = fastrand(p) % (uint32_t)n;
        for (int k = 0; k < n; k++) {
            rt_p *victim = RT_LOAD(&rt_sched.allp[(start + (uint32_t)k) % (uint32_t)n]);
            if (victim == p)
                continue;
            if (last && RT_LOAD(&victim->timers) != NULL) {
                rt_timers_run(victim, rt_nanotime());
                rt_g *g = rt_runqget(p, inherit);
                if (g != NULL)
                    return g;
            }
            uint32_t st = RT_LOAD(&victim->status);
            if (st == RT_P_IDLE || st == RT_P_RETIRED)
                continue;
            rt_g *g = rt_runqsteal(p, victim, last);
            if (g != NULL) {
                *inherit = false;
                return g;
            }
        }
    }
    return NULL;
}

/* A P past GOMAXPROCS gives its queue to the global one and retires. */
static void retirep(rt_m *m) {
    rt_p *p = releasep(m);
    bool inh;
    rt_g *g;
    rt_lock_acquire(&rt_sched.lock);
    while ((g = rt_runqget(p, &inh)) != NULL)
        rt_globrunqput(g, rt_g_started(g));
    RT_STORE(&p->status, RT_P_RETIRED);
    rt_lock_release(&rt_sched.lock);
    if (m->spinning) {
        m->spinning = false;
        __atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
    }
    rt_wakep();
}

/* Go's findrunnable: blocks until there is a G to run; returns with m->p
 * held. */
static rt_g *findrunnable(rt_m *m, bool *inherit) {
    rt_g *g;
top:
    if (m->p == NULL)
        stopm(m);
    rt_p *p = m->p;
    if (p->id >= RT_LOAD(&rt_sched.gomaxprocs)) {
        retirep(m);
        goto top;
    }
    if (RT_LOAD(&p->timers) != NULL)
        rt_timers_run(p, rt_nanotime());
    if (p->schedtick % 61 == 0 && RT_LOAD(&rt_sched.runqsize) > 0) {
        rt_lock_acquire(&rt_sched.lock);
        g = rt_globrunqget(p, 1, p->schedtick % 122 == 0);
        rt_lock_release(&rt_sched.lock);
        if (g != NULL) {
            *inherit = false;
            return g;
        }
    }
    if ((g = rt_runqget(p, inherit)) != NULL)
        return g;
    if (RT_LOAD(&rt_sched.runqsize) > 0) {
        rt_lock_acquire(&rt_sched.lock);
        g = rt_globrunqget(p, 0, false);
        rt_lock_release(&rt_sched.lock);
        if (g != NULL) {
            *inherit = false;
            return g;
        }
    }
    if (rt_netpoll_waiters() > 0 && RT_LOAD(&rt_sched.lastpoll) != 0 && rt_netpoll(0) > 0)
        goto top;
    int busy = RT_LOAD(&rt_sched.gomaxprocs) - RT_LOAD(&rt_sched.npidle);
    if (m->spinning || 2 * RT_LOAD(&rt_sched.nmspinning) < busy) {
        if (!m->spinning) {
            m->spinning = true;
            __atomic_add_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
        }
        if ((g = stealwork(m, inherit)) != NULL)
            return g;
    }

    /* Nothing: give up the P, then re-check before sleeping. */
    rt_lock_acquire(&rt_sched.lock);
    if (rt_sched.runqsize > 0) {
        g = rt_globrunqget(p, 0, false);
        rt_lock_release(&rt_sched.lock);
        *inherit = false;
        return g;
    }
    rt_pidleput(releasep(m));
    rt_lock_release(&rt_sched.lock);
    bool was_spinning = m->spinning;
    if (m->spinning) {
        m->spinning = false;
        if (__atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
            rt_throw("findrunnable: negative nmspinning");
    }
    if (was_spinning) {
        /* Work submitted while we still counted as spinning saw no need
         * to wake anybody: look again, the global queue included. */
        int n = RT_LOAD(&rt_sched.nallp);
        for (int i = -1; i < n; i++) {
            if (i < 0 ? RT_LOAD(&rt_sched.runqsize) == 0 : rt_runq_empty(RT_LOAD(&rt_sched.allp[i])))
                continue;
            rt_lock_acquire(&rt_sched.lock);
            rt_p *np = rt_pidleget();
            rt_lock_release(&rt_sched.lock);
            if (np != NULL) {
                rt_acquirep(m, np);
                m->spinning = true;
                __atomic_add_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
                goto top;
            }
            break;
        }
    }
    int64_t until = rt_timers_next();
    if ((rt_netpoll_waiters() > 0 || until != 0) &&
        __atomic_exchange_n(&rt_sched.lastpoll, 0, __ATOMIC_ACQ_REL) != 0) {
        int64_t delay = -1;
        if (until != 0) {
            delay = until - rt_nanotime();
            if (delay < 0)
                delay = 0;
        }
        rt_netpoll(delay);              /* takes a P, if one is idle, then readies */
        RT_STORE(&rt_sched.lastpoll, rt_nanotime());
        /* An M that went idle while we polled saw lastpoll 0 and stopped,
         * leaving its P to us: take it now, or nobody polls. */
        rt_netpoll_woke();
        goto top;                       /* without a P, top stops m */
    }
    if (until != 0) {
        /* Another M polls. If it computed its deadline before a timer
         * earlier than it was added (wake_for then saw no poller and only
         * woke us), it would sleep past that timer: break its wait. */
        int64_t poller_until = rt_netpoll_until();
        if (poller_until == 0 || poller_until > until)
            rt_netpoll_break();
    }
    stopm(m);
    goto top;
}

/* The M blocked in rt_netpoll woke up with timers to fire or Gs to
 * ready: it takes an idle P first, as Go's findrunnable does, so those Gs
 * go to its own queue and run on it, instead of to the global queue with
 * another M woken to run them while this one goes back to sleep. */
void rt_netpoll_woke(void) {
    rt_m *m = rt_getm();
    if (m == NULL || m->p != NULL)
        return;
    rt_lock_acquire(&rt_sched.lock);
    rt_p *np = rt_pidleget();
    rt_lock_release(&rt_sched.lock);
    if (np != NULL)
        rt_acquirep(m, np);
}

static void resetspinning(rt_m *m) {
    m->spinning = false;
    if (__atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
        rt_throw("resetspinning: negative nmspinning");
    rt_wakep();
}

/* Go's freezetheworld: once a fatal error or panic starts printing, the
 * other goroutines stop at their next check or scheduling point, so they
 * neither print after the panic's first line nor act on what the dying
 * goroutine's deferred calls did (a closed connection, a closed channel).
 * A frozen M sleeps until the printer exits the process. The print lock
 * is no hazard: a frozen G holding it is waited for only a bounded time
 * (print.c). */
void rt_freeze_world(void) {
    RT_STORE(&rt_sched.frozen, true);
    rt_p *own = ownp(rt_getm());
    int np = RT_LOAD(&rt_sched.nallp);
    for (int i = 0; i < np; i++) {
        rt_p *p = RT_LOAD(&rt_sched.allp[i]);
        if (p != own)
            rt_preemptone(p);
    }
}

static _Noreturn void schedule_loop(rt_m *m) {
    for (;;) {
        m->ndirect = 0;
        bool inherit = false;
        rt_g *g = findrunnable(m, &inherit);
        if (m->spinning)
            resetspinning(m);
        while (RT_LOAD(&rt_sched.frozen))
            pause();
        execute(m, g, inherit);
        after_switch(m);
    }
}

/* ---- the sched.h API ------------------------------------------------------------------ */

/* Direct hand-off. A G that parks right after readying its partner (an
 * unbuffered channel hand-off, a token passed around a ring) finds that
 * partner in its P's runnext; going through g0 and schedule_loop would
 * only take it from there. So rt_park switches straight to it, as Go's
 * runnext "inherits the time slice", and the partner, first thing once it
 * runs, finishes the parking (finish_direct: status WAITING, then unlockf)
 * exactly as after_switch would on g0: the parked G's context is saved
 * before anything can wake it; a G that ends is freed the same way
 * (exit_direct). Only started Gs qualify (a new G needs its
 * stack set up on g0), and every DIRECT_MAX hand-offs the M goes through
 * schedule_loop anyway, so timers, the global queue and the network are
 * still looked at; sysmon's preemption of a long run is unchanged (the
 * P's schedtick does not move, as with an inherited time slice). */
enum { DIRECT_MAX = 61 };

static inline rt_g *direct_next(rt_m *m, rt_g *g) {
    rt_p *p = m->p;
    if (p == NULL || m->ndirect >= DIRECT_MAX || g->preempt)
        return NULL;
    rt_g *next = RT_LOAD(&p->runnext);
    if (next == NULL || next->stack_hi == NULL || !rt_runnext_take(p, next))
        return NULL;
    m->ndirect++;
    return next;
}

static void finish_direct(void) {
    rt_m *m = rt_getm();
    rt_g *prev = m->parkedg;
    if (prev == NULL)
        return;
    m->parkedg = NULL;
    prev->m = NULL;
    if (m->action == RT_MA_EXIT)
        gdestroy(m->p, prev);
    else
        park_done(m, prev);
    m->action = RT_MA_NONE;
    m->unlockf = NULL;
    m->unlockarg = NULL;
}

/* Switches from g, which parks or exits (action), straight to next. */
static void switch_direct(rt_m *m, rt_g *g, rt_g *next, int action) {
    m->action = action;
    m->parkedg = g;
    m->curg = next;
    next->m = m;
    RT_STORE(&next->status, RT_G_RUNNING);
    start_slice(next);
    set_tls_g(next);
    ASAN_START(action == RT_MA_EXIT ? NULL : &g->asan_fake, next->stack_lo, next->stack_hi);
    rt_coro_switch(&g->sp, next->sp);
    ASAN_FINISH(g->asan_fake);
    finish_direct();
}

void rt_park(const char *reason, bool (*unlockf)(rt_g *g, void *arg), void *arg) {
    rt_m *m = rt_getm();
    m->curg->waitreason = reason;   /* read only once the status says WAITING */
    m->unlockf = unlockf;
    m->unlockarg = arg;
    rt_g *next = direct_next(m, m->curg);
    if (next == NULL)
        rt_switch_to_g0(RT_MA_PARK);
    else
        switch_direct(m, m->curg, next, RT_MA_PARK);
}

/* A goroutine that ends right after readying another (a child sending
 * its result to its parent) hands over the same way; the next G frees
 * its stack (gdestroy) once it runs on its own. */
static void exit_direct(rt_g *g) {
    rt_m *m = rt_getm();
    rt_g *next = direct_next(m, g);
    if (next != NULL)
        switch_direct(m, g, next, RT_MA_EXIT);
}

/* g may still be on its way to g0 when a waker that does not use unlockf
 * finds it: wait for after_switch to mark it WAITING. */
static __attribute__((noinline)) void wait_parked(rt_g *g) {
    for (int spins = 0; RT_LOAD(&g->status) == RT_G_RUNNING; spins++) {
        if (spins > 1000)
            rt_usleep(1);
    }
    if (RT_LOAD(&g->status) != RT_G_WAITING)
        rt_throw("runtime: rt_ready of a goroutine that is not waiting");
}

void rt_ready(rt_g *g) {
    if (RT_LOAD(&g->status) != RT_G_WAITING)
        wait_parked(g);
    RT_STORE(&g->status, RT_G_RUNNABLE);
    rt_p *p = ownp(rt_getm());
    if (p != NULL) {
        rt_runqput(p, g, true);
    } else {
        rt_lock_acquire(&rt_sched.lock);
        rt_globrunqput(g, true);
        rt_lock_release(&rt_sched.lock);
    }
    if (RT_LOAD(&rt_sched.npidle) != 0)
        rt_wakep();
}

/* Go's injectglist: as many Gs as there are idle Ps to the global queue,
 * with an M started for each, and the rest to the caller's own run queue;
 * all to the global queue from a thread without a P (the poller). */
void rt_ready_list(rt_g **gs, int n) {
    if (n <= 0)
        return;
    for (int i = 0; i < n; i++) {
        wait_parked(gs[i]);
        RT_STORE(&gs[i]->status, RT_G_RUNNABLE);
    }
    rt_p *p = ownp(rt_getm());
    int idle = RT_LOAD(&rt_sched.npidle);
    int nglobal = p == NULL || idle > n ? n : idle;
    if (nglobal > 0) {
        rt_lock_acquire(&rt_sched.lock);
        for (int i = 0; i < nglobal; i++)
            rt_globrunqput(gs[i], true);
        rt_lock_release(&rt_sched.lock);
    }
    for (int i = 0; i < nglobal && RT_LOAD(&rt_sched.npidle) > 0; i++)
        rt_startm(NULL, false);
    for (int i = nglobal; i < n; i++)
        rt_runqput(p, gs[i], false);
}

void rt_gosched(void) {
    rt_switch_to_g0(RT_MA_GOSCHED);
}

void rt_morestack(void) {
    rt_g *g = rt_getg();
    if (g == NULL)
        return;
    if (g->preempt || rt_load_stackguard() == UINTPTR_MAX) {
        g->preempt = false;
        rt_set_stackguard(g->stackguard);
        rt_switch_to_g0(RT_MA_PREEMPT);
    }
}

/* The finalizer goroutine's id, 0 until taken: by os's init, or by the
 * one call of rt_go_finalizer (finalizer.c starts it once); package
 * initialisation runs before any other goroutine could race either. */
static int64_t fingid;

void rt_finalizer_goid(void) {
    if (fingid == 0)
        fingid = newgoid(ownp(rt_getg() != NULL ? rt_getg()->m : NULL));
}

void rt_go_finalizer(void (*fn)(void *), void *arg) {
    rt_finalizer_goid();
    rt_p *p = ownp(rt_getm());
    gstart(ginit_id(gfget(p), fingid, fn, arg), p, __builtin_return_address(0));
}

void rt_init_done(void) {
    rt_getg()->lockedinit = false;
}

_Noreturn void rt_goexit(void) {
    rt_switch_to_g0(RT_MA_EXIT);
    rt_throw("dead goroutine resumed");
}

int64_t rt_numgoroutine(void) {
    int64_t n = RT_LOAD(&rt_sched.ngoroutines);
    int np = RT_LOAD(&rt_sched.nallp);
    for (int i = 0; i < np; i++)
        n += RT_LOAD(&RT_LOAD(&rt_sched.allp[i])->ngoroutines);
    return n;
}

rt_p *rt_curp(void) {
    rt_m *m = rt_getm();
    return m != NULL ? m->p : NULL;
}

int rt_p_index(rt_p *p) {
    return p->id;
}

int rt_gomaxprocs(void) {
    return RT_LOAD(&rt_sched.gomaxprocs);
}

int rt_nprocs_created(void) {
    return RT_LOAD(&rt_sched.nallp);
}

rt_p *rt_p_at(int i) {
    return RT_LOAD(&rt_sched.allp[i]);
}

void **rt_p_timer_slot(rt_p *p) {
    return &p->timers;
}

void rt_wakeup(void) {
    if (RT_LOAD(&rt_sched.lastpoll) == 0)
        rt_netpoll_break();
    rt_wakep();
}

int rt_ncpu(void) {
    return rt_sched.ncpu;
}

static rt_p *newp(int id) {
    rt_p *p = calloc(1, sizeof *p);
    if (p == NULL)
        rt_throw("out of memory (P)");
    p->id = id;
    p->status = RT_P_RETIRED;
    p->rand = 0x9e3779b97f4a7c15ull * (uint64_t)(id + 1);
    return p;
}

/* Go's procresize without stopping the world: new Ps join the idle list;
 * Ps past the new count retire when their M next schedules (retirep) or
 * as they would go idle (rt_pidleput). */
int rt_set_gomaxprocs(int n) {
    rt_lock_acquire(&rt_sched.lock);
    int old = rt_sched.gomaxprocs;
    if (n <= 0 || n == old) {
        rt_lock_release(&rt_sched.lock);
        return old;
    }
    if (n > RT_MAXPROCS)
        n = RT_MAXPROCS;
    for (int i = rt_sched.nallp; i < n; i++)
        RT_STORE(&rt_sched.allp[i], newp(i));
    if (n > rt_sched.nallp)
        RT_STORE(&rt_sched.nallp, n);
    RT_STORE(&rt_sched.gomaxprocs, n);
    if (n > old) {
        for (int i = n - 1; i >= old; i--)
            if (RT_LOAD(&rt_sched.allp[i]->status) == RT_P_RETIRED)
                rt_pidleput(rt_sched.allp[i]);
    } else {
        rt_p **link = &rt_sched.pidle;
        while (*link != NULL) {
            rt_p *p = *link;
            if (p->id >= n) {
                *link = p->link;
                __atomic_sub_fetch(&rt_sched.npidle, 1, __ATOMIC_SEQ_CST);
                RT_STORE(&p->status, RT_P_RETIRED);
            } else {
                link = &p->link;
            }
        }
    }
    rt_lock_release(&rt_sched.lock);
    if (rt_sched.started)
        rt_wakep();
    return old;
}

static int count_cpus(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* ---- program start and exit -------------------------------------------------------------- */

static void main_thunk(void *arg) {
    (void)arg;
    main_entry();
}

int rt_start(int argc, char **argv, void (*entry)(void)) {
    rt_argc = argc;
    rt_argv = argv;
    main_entry = entry;
    rt_gc_init();
    rt_sched.ncpu = count_cpus();
    int procs = rt_sched.ncpu;
    const char *env = getenv("GOMAXPROCS");
    if (env != NULL && atoi(env) > 0)
        procs = atoi(env);
    m0.id = 0;
    rt_sched.mcount = 1;
    rt_sched.mnext = 1;
    RT_STORE(&rt_sched.allm, &m0);
    rt_mstart_thread(&m0);
    rt_stack_signals_init();
    rt_sigpipe_init();
    rt_signal_drop_init();
    rt_trace_init();
    rt_set_gomaxprocs(procs);
    RT_STORE(&rt_sched.lastpoll, rt_nanotime());
    rt_lock_acquire(&rt_sched.lock);
    rt_p *p0 = rt_pidleget();
    rt_lock_release(&rt_sched.lock);
    rt_acquirep(&m0, p0);
    rt_sched.goidgen = 1;
    rt_g *g1 = gfget(p0);
    g1->mainstack = true;
    g1->lockedinit = true;
    rt_sched.maing = g1;
    ginit(g1, NULL, main_thunk, NULL);
    /* Go's runtime has started goroutines 2-4 by now (forcegc, bgsweep,
     * scavenger); the finalizer goroutine takes the next id when package
     * os sets its first finalizer (rt_finalizer_goid). */
    rt_sched.goidgen = 5;
    /* Two of those (forcegc, bgsweep) ran from P0's ring before main.main,
     * so Go's P0 starts the program at schedtick 2. Starting at 0 would
     * make main's first Gosched meet the every-61st-tick check of the
     * global queue and take main straight back, where Go runs the
     * goroutine main just started ("hello hello world" for Go's
     * "hello world hello"). */
    p0->schedtick = 2;
    rt_runqput(p0, g1, true);
    rt_sched.started = true;
    rt_sysmon_start();
    schedule_loop(&m0);
}

_Noreturn void rt_exit(int code) {
    rt_flush_output();
    fflush(stdout);
    fflush(stderr);
    _exit(code);
}
