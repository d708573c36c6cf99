/* morestack.c: what happens when a goroutine runs out of stack.
 *
 * Why segments. A goroutine's first stack is small (RT_STACK_SIZE of
 * address space carved from a shared chunk; a goroutine that blocks after
 * a few calls touches one page of it), yet Go programs recurse deep in
 * goroutines (Go allows 1 GB). Go copies a stack that is too small into a
 * bigger one, but C frames hold pointers into themselves and the GC scans
 * conservatively, so our stacks can never move. Instead, when a function
 * entry finds its frame (less codegen's estimate of its big locals) below
 * the guard, the function is called again on a new segment chained to the
 * current one and returns what that call returned. gcc's -fsplit-stack
 * chains per frame the same way, but needs gold and breaks calls into
 * uninstrumented C; here codegen emits per function a record of its
 * parameters and a thunk that makes the call (rt_sched.h, gen_func.c), and
 * C code called from generated code runs in the RT_STACK_GUARD headroom
 * that every stack keeps below its guard.
 *
 * A segment's top holds its rt_seg record: the bounds and guard of the
 * stack it was entered from and the stack pointer left there. g->seg is
 * the innermost record; g->stack_lo/hi/stackguard always describe the
 * stack g runs on, so the switch code (proc.c), the fault handler and ASan
 * need nothing else. The GC (gc.c) pushes each left stack from its saved
 * sp, and looks for a stopped thread's sp among the chained ranges too, so
 * a collection at any point of the switch sees every live frame.
 *
 * Leaving: the normal return restores the left stack's bounds; a panic
 * that longjmps to a frame on an older stack unchains when it lands
 * (rt_frame_pop); a dead goroutine gives everything back (proc.c). Hot
 * split (a loop calling across the boundary): the segment last left stays
 * in g->segcache, so entering it again costs a stack switch, not an mmap.
 * Free segments of the standard size are pooled (up to SEG_POOL_MAX, pages
 * kept); bigger ones, made for huge frames, are unmapped at once.
 *
 * Limits: the limit is Go's 1e9 bytes until runtime/debug.SetMaxStack
 * changes it; overflow stops the program with Go's "goroutine stack
 * exceeds N-byte limit". Goroutine 1 runs on one 1 GiB mapping and never
 * chains: its guard sits the limit below its top (or at the mapping's
 * bottom), so reaching the guard is reaching the limit. Other goroutines
 * overflow when the stack they hold plus the frame that asked for more
 * would pass the limit; counting the frame, not the whole new segment,
 * lets a goroutine use about as much as Go's doubling stacks allow under
 * a small limit (1 MiB: Go's stack stops at 1 MiB, ours at the first
 * stack plus one segment).
 */
#include "stack.h"

#include <sys/mman.h>

typedef struct rt_seg {
    struct rt_seg *prev;        /* record of the stack left; NULL: the first stack */
    char *base;                 /* the mapping [base, base + size); the record is at its top */
    size_t size;
    size_t total;               /* bytes of stack g holds, this segment included */
    void *left_lo, *left_hi;    /* the stack left, and its guard */
    uintptr_t left_guard;
    void *left_sp;              /* sp there, stored by rt_seg_call; NULL before */
    void (*thunk)(void *);      /* the call to make on this segment */
    void *rec;
    void *asan_fake;            /* ASan: the left stack's fake stack */
    struct rt_seg *next_free;   /* pool link */
} rt_seg;

enum { SEG_RECORD_SPACE = (sizeof(rt_seg) + 63) & ~63, SEG_POOL_MAX = 16 };

static struct {
    rt_lock lock;
    rt_seg *free;
    int nfree;
} pool;

/* coro_amd64.S: stores rsp in *left_sp, then calls entry(arg) with rsp =
 * top, and returns on the old stack. */
void rt_seg_call(void (*entry)(void *), void *arg, void *top, void **left_sp);

static rt_seg *seg_map(size_t size) {
    char *base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED)
        rt_throw("out of memory allocating goroutine stacks");
    madvise(base, size, MADV_NOHUGEPAGE);
    rt_seg *s = (rt_seg *)(base + size - SEG_RECORD_SPACE);
    s->base = base;
    s->size = size;
    return s;
}

static size_t max_stack = RT_STACK_LIMIT;

size_t rt_stack_max(void) {
    return RT_LOAD(&max_stack);
}

uintptr_t rt_stack_main_guard(void *hi) {
    uintptr_t top = (uintptr_t)hi, lo = top - RT_MAIN_STACK_SIZE, limit = rt_stack_max();
    uintptr_t floor = limit < RT_MAIN_STACK_SIZE ? top - limit : lo;
    return floor + RT_STACK_GUARD < top ? floor + RT_STACK_GUARD : top;
}

/* Goroutine 1's guard follows the limit; if it is the caller, so does the
 * running M's copy (otherwise goroutine 1 picks it up when next switched
 * in). */
size_t rt_stack_set_max(size_t bytes) {
    size_t prev = __atomic_exchange_n(&max_stack, bytes, __ATOMIC_ACQ_REL);
    rt_g *g = RT_LOAD(&rt_sched.maing), *self = rt_getg();
    if (g == NULL || !g->mainstack)
        return prev;
    RT_STORE(&g->stackguard, rt_stack_main_guard(g->stack_hi));
    if (g == self)
        rt_set_stackguard(g->preempt ? UINTPTR_MAX : g->stackguard);
    return prev;
}

/* A segment with room for a frame of est bytes plus headroom. */
static rt_seg *seg_get(rt_g *g, uintptr_t est) {
    size_t size = RT_SEG_SIZE;
    size_t want = est + 2 * (size_t)RT_STACK_GUARD + SEG_RECORD_SPACE;
    if (want > size)
        size = (want + RT_SEG_SIZE - 1) & ~(size_t)(RT_SEG_SIZE - 1);
    rt_seg *in = g->seg;
    size_t held = in != NULL ? in->total : (size_t)((char *)g->stack_hi - (char *)g->stack_lo);
    if (held + est > rt_stack_max())
        rt_stack_overflow();
    rt_seg *s = NULL;
    if (size == RT_SEG_SIZE) {
        s = g->segcache;
        g->segcache = NULL;
        if (s == NULL && RT_LOAD(&pool.nfree) > 0) {
            rt_lock_acquire(&pool.lock);
            if ((s = pool.free) != NULL) {
                pool.free = s->next_free;
                pool.nfree--;
            }
            rt_lock_release(&pool.lock);
        }
    }
    if (s == NULL)
        s = seg_map(size);
    s->total = held + size;
    return s;
}

static void seg_free(rt_seg *s) {
    if (s->size == RT_SEG_SIZE) {
        rt_lock_acquire(&pool.lock);
        bool pooled = pool.nfree < SEG_POOL_MAX;
        if (pooled) {
            s->next_free = pool.free;
            pool.free = s;
            pool.nfree++;
        }
        rt_lock_release(&pool.lock);
        if (pooled)
            return;
    }
    munmap(s->base, s->size);
}

/* A segment g has left: kept for g's next overflow, or freed. */
static void seg_put(rt_g *g, rt_seg *s) {
    if (s->size == RT_SEG_SIZE && g->segcache == NULL)
        g->segcache = s;
    else
        seg_free(s);
}

/* g runs on [lo, hi) from now on (or will, right after this). */
static void set_bounds(rt_g *g, void *lo, void *hi, uintptr_t guard) {
    g->stack_lo = lo;
    g->stackguard = guard;
    RT_STORE(&g->stack_hi, hi);
}

/* Forgets g's innermost segment s: g's bounds become the stack left. */
static void pop(rt_g *g, rt_seg *s) {
    set_bounds(g, s->left_lo, s->left_hi, s->left_guard);
    RT_STORE(&g->seg, (void *)s->prev);
    seg_put(g, s);
}

/* First code on a new segment. */
static void seg_entry(void *arg) {
    rt_seg *s = arg;
    ASAN_FINISH(NULL);
    s->thunk(s->rec);
    ASAN_START(NULL, s->left_lo, s->left_hi);
}

bool rt_morestack_call(void (*thunk)(void *rec), void *rec, uintptr_t low, uintptr_t est) {
    rt_g *g = rt_getg();
    if (g == NULL)
        return false;
    rt_morestack();                     /* a preemption request: yield first */
    if (low >= g->stackguard)
        return false;
    if (g->mainstack)
        rt_stack_overflow();
    rt_seg *s = seg_get(g, est);
    s->prev = g->seg;
    s->left_lo = g->stack_lo;
    s->left_hi = g->stack_hi;
    s->left_guard = g->stackguard;
    s->left_sp = NULL;
    s->thunk = thunk;
    s->rec = rec;
    RT_STORE(&g->seg, (void *)s);
    set_bounds(g, s->base, s, (uintptr_t)s->base + RT_STACK_GUARD);
    rt_set_stackguard(g->preempt ? UINTPTR_MAX : g->stackguard);
    ASAN_START(&s->asan_fake, s->base, s);
    rt_seg_call(seg_entry, s, s, &s->left_sp);
    ASAN_FINISH(s->asan_fake);
    pop(g, s);
    rt_set_stackguard(g->preempt ? UINTPTR_MAX : g->stackguard);
    return true;
}

void rt_stack_unchain_to(rt_g *g, void *seg) {
    void *fake = NULL;
    while (g->seg != seg) {
        rt_seg *s = g->seg;
        fake = s->asan_fake;
        pop(g, s);
    }
    (void)fake;
    ASAN_START(NULL, g->stack_lo, g->stack_hi);
    ASAN_FINISH(fake);
    rt_set_stackguard(g->preempt ? UINTPTR_MAX : g->stackguard);
}

void rt_stack_release_segments(rt_g *g) {
    while (g->seg != NULL)
        pop(g, g->seg);
    rt_seg *spare = g->segcache;
    g->segcache = NULL;
    if (spare != NULL)
        seg_free(spare);
}

bool rt_stack_find(rt_g *g, uintptr_t sp, uintptr_t *hi) {
    if (g == NULL || g->stack_hi == NULL)
        return false;
    if (sp >= (uintptr_t)g->stack_lo && sp <= (uintptr_t)g->stack_hi) {
        *hi = (uintptr_t)g->stack_hi;
        return true;
    }
    for (rt_seg *s = g->seg; s != NULL; s = s->prev)
        if (sp >= (uintptr_t)s->left_lo && sp <= (uintptr_t)s->left_hi) {
            *hi = (uintptr_t)s->left_hi;
            return true;
        }
    return false;
}

void rt_stack_each_chained(rt_g *g, void (*fn)(void *ctx, void *lo, void *hi), void *ctx) {
    for (rt_seg *s = g->seg; s != NULL; s = s->prev)
        if (s->left_sp != NULL)
            fn(ctx, s->left_sp, s->left_hi);
}
