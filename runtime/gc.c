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
 *  3. The stacks of the other Gs are marked by the collector's markers, in
 *     parallel: allgs is covered by "chunk" objects of a kind of our own
 *     whose mark procedure scans [g->sp, g->stack_hi) of GS_PER_CHUNK
 *     consecutive Gs. A switched-out G's callee-saved registers are on its
 *     stack above its sp (coro_amd64.S), so they are covered. A G whose
 *     stack fields are being rewritten is skipped unless lo < sp <= hi
 *     (proc.c writes them in an order that keeps that test safe).
 *  4. It chains to the previous callback (GC_push_all_stacks), which scans
 *     the threads with the bottoms just set.
 *  5. A G running on a chained stack segment (morestack.c) also has the
 *     stacks it left, each scanned from the sp it left there; a stopped
 *     thread's sp is looked up among those ranges too.
 * The collecting thread is not signalled; its sp is the callback's frame.
 * G structs are malloc'ed and never freed; the chunks mark their heap
 * fields with their stacks.
 *
 * Why chunks, and why the G structs left the GC heap: both used to be
 * marked by one thread while the other marker waited. GC_push_all_eager
 * reads every stack on the collecting thread, and Boehm marks from
 * uncollectable objects (the G structs were) before its parallel markers
 * start. With 100,000 sleeping goroutines (bench/lateness.cs) the pauses
 * were 16-23 ms on a loaded machine, 3-10 ms of it reading stacks; with
 * chunks the largest is 5-8 ms on a quiet one (GC_PRINT_STATS, bench/
 * NOTES.md). The chunk procedure prefetches the next G and its stack
 * top: the work is mostly cache misses. A chunk pushes
 * what its Gs hold, and the markers drain that before they take the
 * next chunk. The chunks are reachable from root blocks of our own, so
 * the markers reach them after the callback has run; should one be
 * marked earlier (a stray pointer from an uncollectable object), its
 * procedure does not trust the on-CPU list of a previous collection and
 * scans every G from its saved sp, which covers more, never less.
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
static uintptr_t oncpu[MAX_ONCPU];      /* written by the callback, read by the markers */

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

/* A floor on the allocation between collections. Without one, a program
 * with little live data collected every few hundred KiB (prodcons: 180
 * stop-the-world collections for 48 MB allocated). Go's floor is a 4 MiB
 * heap goal, and so is ours. (It was 1 MiB while each go statement
 * allocated its record and closure: at 4 MiB spawn's peak RSS at
 * GOMAXPROCS=2 then went above Go's. Go statements now allocate
 * nothing, and 100,000 goroutines sleeping once (bench/lateness.cs)
 * allocate less than 4 MiB: no collection pauses their wake-ups; with
 * 1 MiB one did, by up to 5-15 ms at GOMAXPROCS=1.) */
enum { MIN_BYTES_BETWEEN_GCS = 4 << 20 };

/* Go counts goroutine stacks in its heap goal (GOGC applies to heap,
 * stacks and globals); Boehm knows nothing of ours, nor of the malloc'ed
 * G structs the chunks scan. Their bytes, counted when a collection's
 * marking ends, become the floor until the next one, so a program with
 * many blocked goroutines collects as seldom as when the Gs were in the
 * GC heap (daisychain, 100,000 goroutines: 3-4 collections, as before;
 * with the floor taken one collection late, 5). */
static size_t goroutine_root_bytes;

static void GC_CALLBACK pace(GC_EventType ev) {
    if (ev != GC_EVENT_MARK_END)
        return;
    size_t root_bytes = __atomic_exchange_n(&goroutine_root_bytes, 0, __ATOMIC_RELAXED);
    GC_set_min_bytes_allocd(root_bytes > MIN_BYTES_BETWEEN_GCS ? root_bytes : MIN_BYTES_BETWEEN_GCS);
}

/* The on-CPU list is valid for the collection whose number + 1 is here. */
static GC_word oncpu_valid;
static int noncpu;

static bool on_cpu(uintptr_t hi) {
    if (oncpu_valid != GC_get_gc_no() + 1)
        return false;
    for (int k = 0; k < noncpu; k++)
        if (oncpu[k] == hi)
            return true;
    return false;
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
    noncpu = non;
    oncpu_valid = epoch + 1;
    if (prev_push != NULL)
        prev_push();
}

/* ---- Chunks: the goroutine stacks, marked by the markers ---------------- */

enum { GS_PER_CHUNK = 16 };

/* The first word is left alone: on a free list it is the link, and the
 * mark procedure may see such an object (gc_mark.h). 0 = not a chunk. */
typedef struct stack_chunk {
    GC_word link;
    int64_t first_plus1;               /* allgs index of its first G, + 1 */
} stack_chunk;

static int chunk_kind;

/* The chunks are reachable from blocks of pointers that are malloc'ed
 * and registered as roots (GC_add_roots), not from a table in the GC
 * heap: growing that table was a large GC allocation, and large
 * allocations are where black-listing hurts. */
enum { CHUNKS_PER_BLOCK = 4096, MAX_CHUNK_BLOCKS = 4096 };
static stack_chunk **chunk_blocks[MAX_CHUNK_BLOCKS];
static int64_t nchunks;

typedef struct mark_state {
    struct GC_ms_entry *msp, *lim;
    size_t bytes;                       /* scanned so far */
} mark_state;

/* Marks what v points into, if it points into an allocated object. A
 * word that only looks like one (a stale pointer to a freed block, an
 * address in the stacks' mappings among the heap's) is dropped here, not
 * handed to GC_mark_and_push, which would black-list its block: with
 * 100,000 goroutine stacks such near misses filled the black list's hash
 * table, and a large allocation then found no unlisted run of blocks,
 * grew the heap 8 MiB at a time and searched again, for minutes (stress/
 * rel_gc_blacklist). Without the listing a stale word may keep a block
 * allocated later at its address alive: more retention, never less. */
static void mark_word(mark_state *st, void *v, void **src) {
    if ((GC_word)v >= (GC_word)GC_least_plausible_heap_addr &&
        (GC_word)v <= (GC_word)GC_greatest_plausible_heap_addr && GC_base(v) != NULL)
        st->msp = GC_mark_and_push(v, st->msp, st->lim, src);
}

/* Conservative: reads whole stack ranges, ASan's redzones included. */
__attribute__((no_sanitize("address")))
static void mark_range(void *ctx, void *lo, void *hi) {
    mark_state *st = ctx;
    st->bytes += (size_t)((char *)hi - (char *)lo);
    for (void **p = lo; (void *)p < hi; p++)
        mark_word(st, *p, p);
}

/* A G field that may point into the GC heap; one into g's own stack
 * (a select's sudog, a frame with defers) is left alone. */
static void mark_field(mark_state *st, rt_g *g, void *const *field) {
    void *v = *field;
    if (v != NULL && (v < g->stack_lo || v >= g->stack_hi))
        mark_word(st, v, (void **)field);
}

/* g's heap fields (g is malloc'ed, not in the GC heap) and its stacks.
 * The fields are marked by name, not by a conservative scan of the
 * struct: sp, stack_lo, stack_hi and stackguard of 100,000 Gs are
 * 400,000 words that look like heap addresses (the stacks are mappings
 * among the heap's), and every such near miss goes into Boehm's black
 * list, whose hash table they filled: a 64 KiB allocation then searched
 * for unlisted blocks for minutes. A field added to rt_g that points
 * into the GC heap must be added here (sched.h says so). The argument
 * block in argbuf (any layout) is read word by word, through mark_word's
 * filter, only while arg points at it: a dead G's stale block is not. */
static void mark_g(rt_g *g, mark_state *st) {
    mark_field(st, g, &g->arg);
    if (g->arg == (void *)g->argbuf)    /* a live go statement's arguments, word by word */
        for (size_t i = 0; i < sizeof g->argbuf / sizeof *g->argbuf; i++)
            mark_word(st, g->argbuf[i], &g->argbuf[i]);
    mark_field(st, g, &g->param);
    mark_field(st, g, (void *const *)&g->frames);
    mark_field(st, g, &g->panic);
    st->bytes += sizeof *g;
    rt_stack_each_chained(g, mark_range, st);
    uintptr_t hi = (uintptr_t)__atomic_load_n(&g->stack_hi, __ATOMIC_ACQUIRE);
    uintptr_t lo = (uintptr_t)g->stack_lo, sp = (uintptr_t)g->sp;
    if (hi == 0 || sp <= lo || sp > hi || on_cpu(hi))
        return;
    mark_range(st, (void *)sp, (void *)hi);
}

static struct GC_ms_entry *mark_chunk(GC_word *addr, struct GC_ms_entry *msp,
                                      struct GC_ms_entry *lim, GC_word env) {
    (void)env;
    stack_chunk *c = (stack_chunk *)addr;
    rt_allgs *a = rt_allgs_get();
    if (c->first_plus1 <= 0 || a == NULL)
        return msp;
    mark_state st = {msp, lim, 0};
    int64_t first = c->first_plus1 - 1, end = first + GS_PER_CHUNK;
    if (end > a->n)
        end = a->n;
    for (int64_t i = first; i < end; i++) {
        if (i + 2 < end)
            __builtin_prefetch(a->g[i + 2]);
        if (i + 1 < end)
            __builtin_prefetch(a->g[i + 1]->sp);
        mark_g(a->g[i], &st);
    }
    __atomic_fetch_add(&goroutine_root_bytes, st.bytes, __ATOMIC_RELAXED);
    return st.msp;
}

/* Makes sure allgs[0, n) is covered by chunks (under allglock). */
void rt_gc_cover_gs(int64_t n) {
    while (nchunks * GS_PER_CHUNK < n) {
        int64_t b = nchunks / CHUNKS_PER_BLOCK;
        if (b == MAX_CHUNK_BLOCKS)
            rt_throw("too many goroutines");
        if (chunk_blocks[b] == NULL) {
            stack_chunk **blk = calloc(CHUNKS_PER_BLOCK, sizeof *blk);
            if (blk == NULL)
                rt_throw("out of memory (GC chunks)");
            GC_add_roots(blk, blk + CHUNKS_PER_BLOCK);
            chunk_blocks[b] = blk;
        }
        stack_chunk *c = GC_generic_malloc(sizeof *c, chunk_kind);
        if (c == NULL)
            rt_throw("out of memory (GC chunks)");
        c->first_plus1 = nchunks * GS_PER_CHUNK + 1;
        chunk_blocks[b][nchunks % CHUNKS_PER_BLOCK] = c;
        nchunks++;
    }
}

void rt_gc_init(void) {
    if (getenv("GC_FREE_SPACE_DIVISOR") == NULL)
        GC_set_free_space_divisor(2);
    GC_set_min_bytes_allocd(MIN_BYTES_BETWEEN_GCS);
    GC_set_suspend_signal(RT_GC_SUSPEND_SIGNAL);
    GC_set_thr_restart_signal(RT_GC_RESTART_SIGNAL);
    GC_INIT();
    /* a Go program's stderr carries no collector warnings ("Repeated
     * allocation of very large block" under black-listing) */
    GC_set_warn_proc(GC_ignore_warn_proc);
    GC_allow_register_threads();
    prev_push = GC_get_push_other_roots();
    GC_set_push_other_roots(push_goroutine_stacks);
    GC_set_on_collection_event(pace);
    chunk_kind = (int)GC_new_kind(GC_new_free_list(), GC_MAKE_PROC(GC_new_proc(mark_chunk), 0), 0, 1);
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
