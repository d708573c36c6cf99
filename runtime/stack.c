/* stack.c: goroutine stacks, and the fault handler that reports overflow.
 *
 * Why small, lazily committed first stacks. C code takes the addresses of
 * locals and Boehm scans conservatively, so stacks can never move: Go's
 * copying growth is out. Each goroutine starts on one contiguous
 * RT_STACK_SIZE (64 KiB) range of virtual memory, mmap'd MAP_NORESERVE
 * and MADV_NOHUGEPAGE: the kernel commits 4 KiB pages only when touched,
 * so a goroutine that blocks after a few calls costs one page. When a
 * call would go below the guard, the callee runs on a chained 1 MiB
 * segment (morestack.c), so recursion still goes as deep as Go's 1 GB.
 * Why so small: on the paravirtualised test machines every freshly
 * touched page costs about 10 us, and with 1 MiB stacks every two
 * goroutines also needed a fresh page-table page (100,000 blocked
 * goroutines: 29-36 s with 1 MiB stacks, 43-53 s with 8 MiB ones); at
 * 64 KiB a page-table page serves 32 goroutines.
 * Goroutine 1 gets RT_MAIN_STACK_SIZE (1 GiB, Go's limit) in a mapping of
 * its own and never chains, so deep recursion in main works as in Go.
 *
 * Why no guard page per stack. A PROT_NONE page splits the mapping into
 * two VMAs per stack and vm.max_map_count is 65530, which would cap us near
 * 32K goroutines (§7). Instead stacks are carved from 256 MiB chunks (one
 * mmap, one guard page at the bottom of the chunk: two VMAs per 4096
 * stacks) and overflow is caught in software: codegen puts RT_CHECK() at
 * every function entry and loop back-edge, comparing the stack pointer
 * with rt_stackguard = stack_lo + RT_STACK_GUARD. The 32 KiB below the
 * guard is headroom for C code called from the deepest checked frame
 * (libc, Boehm's allocator and collector, which clears up to 16 KiB below
 * its sp, and signal frames). A function whose big locals and temporaries
 * exceed that margin has codegen's estimate of them in its entry check.
 * The guard pages that do exist (chunk bottoms, goroutine 1's stack)
 * turn a fault into "fatal error: stack overflow" through the SIGSEGV
 * handler, which runs on a per-M sigaltstack.
 *
 * Memory for a million blocked goroutines: a touched stack page, the G
 * (about 200 bytes) and 1/32 of a page-table page: about 4.5 GiB, well
 * under 24 GiB (check_stack.c measures RSS; 64 GiB of address space).
 *
 * Reuse: stacks are never unmapped. A dead goroutine's stack goes to its
 * P's cache (RT_STACK_CACHE), spilling half to the global pool when full;
 * allocation takes from the P's cache, then refills half a cache from the
 * pool, then carves fresh stacks from the current chunk. A goroutine that
 * has never run has no stack (proc.c allocates at first run). Pooled
 * stacks keep their pages (no MADV_DONTNEED): reuse is then free, and the
 * touched part of a stack is small. The free-list link lives in the
 * stack's own top word.
 *
 * Fresh stacks are carved sixteen at a time (half a P's cache), and their
 * top pages, which every goroutine touches at its first run, are
 * committed then in one system call (prefault_tops): cheaper than sixteen
 * page faults on this VM (timers: system time 0.15 s to 0.08 s at
 * GOMAXPROCS=1; skynet 0.98 s to 0.78 s).
 */
#include "stack.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <ucontext.h>
#include <unistd.h>

static struct {
    rt_lock lock;
    void *free;                 /* list of stack tops, linked through hi[-1] */
    int64_t nfree;
    char *chunk;                /* current chunk, carving upwards */
    int ncarved;                /* stacks carved from it */
    int64_t inuse;              /* [atomic] */
} pool;

#define LINK(hi) (((void **)(hi))[-1])

/* Small pages only, goroutine 1's stack included: a transparent huge page
 * at its top would add 2 MiB to every program's RSS. */
static char *map_stack_region(size_t size) {
    char *base = mmap(NULL, size, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED)
        rt_throw("out of memory allocating goroutine stacks");
    madvise(base, size, MADV_NOHUGEPAGE);
    mprotect(base, (size_t)getpagesize(), PROT_NONE);
    return base;
}

/* Takes n stacks into out[]: pooled ones first, then fresh ones carved
 * from the chunk; returns how many are fresh. pool.lock held. */
static int pool_take(void **out, int n) {
    int k = 0;
    while (k < n && pool.free != NULL) {
        out[k++] = pool.free;
        pool.free = LINK(pool.free);
        pool.nfree--;
    }
    int pooled = k;
    while (k < n) {
        if (pool.chunk == NULL || pool.ncarved == RT_STACK_CHUNK / RT_STACK_SIZE) {
            pool.chunk = map_stack_region(RT_STACK_CHUNK);
            pool.ncarved = 0;
        }
        out[k++] = pool.chunk + (size_t)RT_STACK_SIZE * ++pool.ncarved;
    }
    return n - pooled;
}

/* Commits the top page of each fresh stack in one system call
 * (process_madvise with MADV_POPULATE_WRITE on this process: Linux 6.15's
 * PIDFD_SELF), falling back to one madvise per stack, then to nothing
 * (the first touch faults the page in, as before). On this VM a first
 * touch costs about 13.5 us through the fault handler, 9.3 us through
 * madvise and 7.6 us when 16 pages share one call; the page is touched
 * at the goroutine's first run in any case. */
static void prefault_tops(void **tops, int n) {
    enum { MADV_POPULATE_WRITE_ = 23, PIDFD_SELF_PROCESS_ = -10001, TOP_PAGE = 4096 };
    static int mode;            /* [relaxed] 0 batched, 1 per stack, 2 off */
    int m = __atomic_load_n(&mode, __ATOMIC_RELAXED);
    if (m == 0) {
        struct iovec iov[RT_STACK_CACHE];
        for (int i = 0; i < n; i++)
            iov[i] = (struct iovec){(char *)tops[i] - TOP_PAGE, TOP_PAGE};
        if (syscall(SYS_process_madvise, PIDFD_SELF_PROCESS_, iov, (size_t)n,
                    MADV_POPULATE_WRITE_, 0) >= 0)
            return;
        __atomic_store_n(&mode, m = 1, __ATOMIC_RELAXED);
    }
    for (int i = 0; m == 1 && i < n; i++)
        if (madvise((char *)tops[i] - TOP_PAGE, TOP_PAGE, MADV_POPULATE_WRITE_) != 0)
            __atomic_store_n(&mode, m = 2, __ATOMIC_RELAXED);
}

void *rt_stack_alloc(rt_p *p) {
    __atomic_fetch_add(&pool.inuse, 1, __ATOMIC_RELAXED);
    if (p == NULL) {
        void *hi;
        rt_lock_acquire(&pool.lock);
        pool_take(&hi, 1);
        rt_lock_release(&pool.lock);
        return hi;
    }
    if (p->nstackcache == 0) {
        enum { N = RT_STACK_CACHE / 2 };
        rt_lock_acquire(&pool.lock);
        int fresh = pool_take(p->stackcache, N);
        rt_lock_release(&pool.lock);
        prefault_tops(p->stackcache + N - fresh, fresh);
        p->nstackcache = N;
    }
    return p->stackcache[--p->nstackcache];
}

void rt_stack_free(rt_p *p, void *hi) {
    __atomic_fetch_sub(&pool.inuse, 1, __ATOMIC_RELAXED);
    if (p != NULL && p->nstackcache < RT_STACK_CACHE) {
        p->stackcache[p->nstackcache++] = hi;
        return;
    }
    rt_lock_acquire(&pool.lock);
    if (p != NULL) {            /* spill half the cache, then cache hi */
        while (p->nstackcache > RT_STACK_CACHE / 2) {
            void *s = p->stackcache[--p->nstackcache];
            LINK(s) = pool.free;
            pool.free = s;
            pool.nfree++;
        }
        p->stackcache[p->nstackcache++] = hi;
    } else {
        LINK(hi) = pool.free;
        pool.free = hi;
        pool.nfree++;
    }
    rt_lock_release(&pool.lock);
}

void *rt_stack_alloc_main(void) {
    return map_stack_region(RT_MAIN_STACK_SIZE) + RT_MAIN_STACK_SIZE;
}

void rt_stack_free_main(void *hi) {
    munmap((char *)hi - RT_MAIN_STACK_SIZE, RT_MAIN_STACK_SIZE);
}

int64_t rt_stack_inuse(void) {
    return __atomic_load_n(&pool.inuse, __ATOMIC_RELAXED);
}

int64_t rt_stack_pooled(void) {
    return __atomic_load_n(&pool.nfree, __ATOMIC_RELAXED);
}

/* ---- overflow and fault reporting ------------------------------------------ */

_Noreturn void rt_stack_overflow(void) {
    rt_write_str(2, "runtime: goroutine stack exceeds ");
    rt_write_int(2, (int64_t)rt_stack_max());
    rt_write_str(2, "-byte limit\nfatal error: stack overflow\n\n");
    rt_traceback_all(2, rt_getg());
    rt_exit(2);
}

/* panic.c's nil-dereference panic; weak so the scheduler links alone. */
extern void rt_panic_nil_at(uintptr_t addr) __attribute__((weak));

static void write_signal_line(int sig, siginfo_t *si, uintptr_t pc) {
    rt_write_str(2, sig == SIGBUS ? "[signal SIGBUS: bus error code=0x"
                                  : "[signal SIGSEGV: segmentation violation code=0x");
    rt_write_hex(2, (uint64_t)si->si_code);
    rt_write_str(2, " addr=0x");
    rt_write_hex(2, (uint64_t)(uintptr_t)si->si_addr);
    rt_write_str(2, " pc=0x");
    rt_write_hex(2, pc);
    rt_write_str(2, "]\n\n");
}

static void on_fault(int sig, siginfo_t *si, void *ucv) {
    ucontext_t *uc = ucv;
    uintptr_t addr = (uintptr_t)si->si_addr;
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    rt_g *g = rt_getg();
    uintptr_t lo = g ? (uintptr_t)g->stack_lo : 0, hi = g ? (uintptr_t)g->stack_hi : 0;
    bool on_gstack = g != NULL && sp >= lo - RT_STACK_GUARD && sp < hi;
    if (on_gstack && (sp < lo + (uintptr_t)getpagesize() * 2 ||
                      (addr < lo + RT_STACK_GUARD && addr + RT_STACK_GUARD >= lo)))
        rt_stack_overflow();
    if (g != NULL && sig == SIGSEGV && addr < 4096 && on_gstack && rt_panic_nil_at != NULL) {
        /* Make the faulting code "call" rt_panic_nil_at(addr), as Go's
         * sigpanic injection does: the panic then unwinds the goroutine
         * normally. */
        sp -= 8;
        *(uintptr_t *)sp = pc;
        uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
        uc->uc_mcontext.gregs[REG_RDI] = (greg_t)addr;
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)rt_panic_nil_at;
        return;
    }
    if (addr < 4096) {
        rt_write_str(2, "panic: runtime error: invalid memory address or nil pointer dereference\n");
    } else {
        rt_write_str(2, "unexpected fault address 0x");
        rt_write_hex(2, addr);
        rt_write_str(2, "\nfatal error: fault\n");
    }
    write_signal_line(sig, si, pc);
    rt_traceback_all(2, g);
    rt_exit(2);
}

void rt_stack_signals_init(void) {
    rt_signal_install(SIGSEGV, on_fault, SA_ONSTACK);
    rt_signal_install(SIGBUS, on_fault, SA_ONSTACK);
}

void rt_stack_thread_init(rt_m *m) {
    enum { ALTSTACK_SIZE = 64 << 10 };
    stack_t ss = {.ss_sp = malloc(ALTSTACK_SIZE), .ss_size = ALTSTACK_SIZE, .ss_flags = 0};
    if (ss.ss_sp == NULL)
        rt_throw("out of memory (signal stack)");
    sigaltstack(&ss, NULL);
    m->altstack = ss.ss_sp;
}
