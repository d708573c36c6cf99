/* gc.c: Boehm GC integration: goroutine stacks as roots.
 *
 * Boehm scans each registered thread from the stack pointer its suspend
 * signal saw up to the thread's registered stack bottom, so that bottom
 * must belong to the stack the thread is on at that moment, and every
 * goroutine stack that is not on a CPU must be pushed by us (RUNTIME_NOTES
 * §2-3). Crystal keeps this right by calling GC_set_stackbottom around
 * every switch under a lock; we keep the switch path free of it instead
 * and settle everything while the world is stopped:
 *
 *  1. Our handler wraps Boehm's suspend-signal handler and records, per M,
 *     the interrupted stack pointer (from the signal's ucontext) with the
 *     collection number.
 *  2. Our push_other_roots callback (world stopped, allocation lock held)
 *     finds, for each M, the stack that contains that sp: the thread's own
 *     (g0) stack, its current G's, or any G's (an M stopped in the middle
 *     of rt_coro_switch may be on either side). It sets the M's Boehm stack
 *     bottom to that stack's top (GC_set_stackbottom with the handle from
 *     GC_get_my_stackbottom) and notes that stack as "on CPU".
 *  3. It pushes [g->sp, g->stack_hi) of every other G with a stack
 *     (GC_push_all_eager). A switched-out G's callee-saved registers are on
 *     its stack above its sp (coro_amd64.S), so they are covered. A G whose
 *     stack fields are being rewritten is skipped unless lo < sp <= hi
 *     (proc.c writes them in an order that keeps that test safe).
 *  4. It chains to the previous callback (GC_push_all_stacks), which scans
 *     the threads with the bottoms just set.
 *  5. A G running on a chained stack segment (morestack.c) also has the
 *     stacks it left, each pushed from the sp it left there; a stopped
 *     thread's sp is looked up among those ranges too.
 * The collecting thread is not signalled; its sp is the callback's frame.
 * G structs are GC_MALLOC_UNCOLLECTABLE, so their fields are roots.
 *
 * Pacing: Boehm lets the program allocate (2 * pointer-holding live
 * data + pointer-free live data / 4 + 2 * thread stacks) / divisor bytes
 * between collections (alloc.c, min_bytes_allocd). With the divisor at
 * 2 that is about the live data again: the heap peaks near twice the
 * live data, Go's GOGC=100. Boehm's default of 3 collects half again as
 * often; 1 lets the heap reach three times the live data (spawn at
 * GOMAXPROCS=2 then peaks at 1.6x Go's RSS). The GC_FREE_SPACE_DIVISOR
 * environment variable still overrides it.
 */
#include "proc.h"
#include "stack.h"

#include <gc.h>
#include <gc/gc_mark.h>
#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>

static GC_push_other_roots_proc prev_push;
static struct sigaction prev_suspend;

enum { MAX_ONCPU = 8192 };
static uintptr_t oncpu[MAX_ONCPU];      /* used only inside the callback */

static void suspend_handler(int sig, siginfo_t *si, void *ucv) {
    rt_m *m = rt_getm();
    if (m != NULL) {
        ucontext_t *uc = ucv;
        m->gc_sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
        m->gc_epoch = GC_get_gc_no();
    }
    if (prev_suspend.sa_flags & SA_SIGINFO)
        prev_suspend.sa_sigaction(sig, si, ucv);
    else if (prev_suspend.sa_handler != SIG_DFL && prev_suspend.sa_handler != SIG_IGN)
        prev_suspend.sa_handler(sig);
}

/* The top of the stack holding sp: m's current G's, m's own, or (m was
 * stopped halfway through a switch) any G's. */
static uintptr_t stack_top_of(rt_m *m, uintptr_t sp, rt_allgs *a) {
    uintptr_t hi;
    if (rt_stack_find(m->curg, sp, &hi))
        return hi;
    if (sp >= m->g0_lo && sp < m->g0_hi)
        return (uintptr_t)m->gc_stackbottom;
    for (int64_t i = 0; a != NULL && i < a->n; i++)
        if (rt_stack_find(a->g[i], sp, &hi))
            return hi;
    return (uintptr_t)m->gc_stackbottom;
}

static void push_range(void *lo, void *hi) {
    GC_push_all_eager(lo, hi);
}

static void push_goroutine_stacks(void) {
    rt_allgs *a = rt_allgs_get();
    rt_m *self = rt_getm();
    GC_word epoch = GC_get_gc_no();
    int non = 0;
    for (rt_m *m = __atomic_load_n(&rt_sched.allm, __ATOMIC_ACQUIRE); m != NULL; m = m->alllink) {
        if (m->gc_handle == NULL)
            continue;
        uintptr_t sp = m == self ? (uintptr_t)__builtin_frame_address(0)
                       : m->gc_epoch == epoch ? m->gc_sp : 0;
        uintptr_t top = sp != 0 ? stack_top_of(m, sp, a) : (uintptr_t)m->gc_stackbottom;
        struct GC_stack_base sb = {.mem_base = (void *)top};
        GC_set_stackbottom(m->gc_handle, &sb);
        if (top != (uintptr_t)m->gc_stackbottom && non < MAX_ONCPU)
            oncpu[non++] = top;
    }
    for (int64_t i = 0; a != NULL && i < a->n; i++) {
        rt_g *g = a->g[i];
        rt_stack_push_chained(g, push_range);
        uintptr_t hi = (uintptr_t)__atomic_load_n(&g->stack_hi, __ATOMIC_ACQUIRE);
        uintptr_t lo = (uintptr_t)g->stack_lo, sp = (uintptr_t)g->sp;
        if (hi == 0 || sp <= lo || sp > hi)
            continue;
        bool running = false;
        for (int k = 0; k < non && !running; k++)
            running = oncpu[k] == hi;
        if (!running)
            GC_push_all_eager((void *)sp, (void *)hi);
    }
    if (prev_push != NULL)
        prev_push();
}

/* A floor on the allocation between collections. Without one, a program
 * with little live data collected every few hundred KiB (prodcons: 180
 * stop-the-world collections for 48 MB allocated). Go's floor is a 4 MiB
 * heap goal; at 4 MiB here, spawn's peak RSS at GOMAXPROCS=2 went above
 * Go's (8-22 MiB against 19), at 1 MiB it is 4-5 MiB and prodcons keeps
 * its gain (0.51 s against 0.49 s at 4 MiB and 0.87 s without). */
enum { MIN_BYTES_BETWEEN_GCS = 1 << 20 };

void rt_gc_init(void) {
    if (getenv("GC_FREE_SPACE_DIVISOR") == NULL)
        GC_set_free_space_divisor(2);
    GC_set_min_bytes_allocd(MIN_BYTES_BETWEEN_GCS);
    GC_INIT();
    GC_allow_register_threads();
    prev_push = GC_get_push_other_roots();
    GC_set_push_other_roots(push_goroutine_stacks);
    int sig = GC_get_suspend_signal();
    if (sig > 0 && sigaction(sig, NULL, &prev_suspend) == 0) {
        struct sigaction sa = prev_suspend;
        sa.sa_sigaction = suspend_handler;
        sa.sa_flags |= SA_SIGINFO;
        sigaction(sig, &sa, NULL);
    }
}

/* On m's thread, before it first switches to a goroutine. The handle is
 * published last: the callback ignores Ms without one (Boehm's own
 * bottom is right for a thread that never left its stack). */
void rt_gc_register_m(rt_m *m) {
    struct GC_stack_base sb;
    void *h = GC_get_my_stackbottom(&sb);
    m->gc_stackbottom = sb.mem_base;
    __atomic_store_n(&m->gc_handle, h, __ATOMIC_RELEASE);
}
