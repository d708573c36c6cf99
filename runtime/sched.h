/* sched.h: the scheduler's internal interface, shared by the runtime's own
 * files (channels, select, sync, timers, netpoll, syscalls). Generated code
 * never includes it (it sees rt_sched.h).
 *
 * Model (Go's G-M-P, see proc.c's top comment for the full story):
 *   G  a goroutine: its stack, saved context, status and wait bookkeeping;
 *   M  an OS thread that runs Gs; it must hold a P to run user code;
 *   P  a processor: a local run queue, a runnext slot, a timer heap.
 *      GOMAXPROCS Ps exist.
 *
 * Parking protocol (as Go's gopark/goready): a G that must wait records
 * itself in some wait queue under that queue's lock, then calls rt_park
 * with an unlock function. rt_park switches to the scheduler and only then
 * calls unlockf, so a waker that takes the lock afterwards always finds the
 * G fully parked. rt_ready(g) makes a parked G runnable (into the current
 * P's runnext slot, so a hand-off partner runs next).
 *
 * Lock order (outermost first): sched.lock > channel locks (by address,
 * select) > P timer locks > netpoll descriptor locks. rt_lock is a leaf
 * spinlock-then-futex mutex; never park while holding one except through
 * rt_park's unlockf.
 *
 * Owner: runtime/proc.c (scheduler), stack.c, coro_amd64.S, sysmon.c.
 */
#ifndef RT_SCHED_INTERNAL_H
#define RT_SCHED_INTERNAL_H

#include "rt.h"

/* ---- low-level locks ---------------------------------------------------- */
typedef struct rt_lock { uint32_t key; } rt_lock;   /* zero = unlocked */
/* The uncontended paths inline (a channel hand-off takes two locks);
 * waiting and waking are in lock.c. Key: 0 free, 1 held, 2 held with
 * possible sleepers. */
void rt_lock_acquire_slow(rt_lock *l);
void rt_lock_wake(rt_lock *l);
static inline void rt_lock_acquire(rt_lock *l) {
    uint32_t c = 0;
    if (!__atomic_compare_exchange_n(&l->key, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        rt_lock_acquire_slow(l);
}
static inline void rt_lock_release(rt_lock *l) {
    if (__atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE) == 2)
        rt_lock_wake(l);
}

/* ---- time ------------------------------------------------------------------- */
int64_t rt_nanotime(void);        /* CLOCK_MONOTONIC, ns */
int64_t rt_walltime(void);        /* CLOCK_REALTIME, ns since the epoch */

/* ---- goroutines -------------------------------------------------------------- */
typedef enum rt_gstatus {
    RT_G_IDLE, RT_G_RUNNABLE, RT_G_RUNNING, RT_G_WAITING, RT_G_SYSCALL, RT_G_DEAD,
} rt_gstatus;

/* Wait reasons, printed in traces: "goroutine 5 [chan receive]:" */
#define RT_WAIT_CHAN_RECV      "chan receive"
#define RT_WAIT_CHAN_SEND      "chan send"
#define RT_WAIT_CHAN_RECV_NIL  "chan receive (nil chan)"
#define RT_WAIT_CHAN_SEND_NIL  "chan send (nil chan)"
#define RT_WAIT_SELECT         "select"
#define RT_WAIT_SELECT_NOCASES "select (no cases)"
#define RT_WAIT_SLEEP          "sleep"
#define RT_WAIT_IO             "IO wait"
#define RT_WAIT_SEMACQUIRE     "semacquire"   /* sync.Mutex, WaitGroup */
#define RT_WAIT_SYNC_COND      "sync.Cond.Wait"
#define RT_WAIT_FINALIZER      "finalizer wait" /* Go's system goroutine: tracebacks hide it */

enum { RT_G_ARGBUF = 64 };      /* bytes of rt_g.argbuf */

typedef struct rt_g rt_g;
typedef struct rt_m rt_m;
typedef struct rt_p rt_p;

/* A run-time timer (timer.h has the model and the functions). */
typedef struct rt_timers rt_timers;     /* one P's heap (timer.c) */

typedef struct rt_timer {
    int64_t when;                       /* deadline, rt_nanotime ns */
    int64_t period;                     /* > 0: fire again every period ns */
    void (*f)(void *arg, uintptr_t seq);
    void *arg;
    uintptr_t seq;
    /* heap bookkeeping, under heap->lock; heap is NULL while stopped */
    rt_timers *heap;
    int64_t idx;
} rt_timer;

/* G structs are malloc'ed, outside the GC heap: gc.c marks, by name,
 * the fields that may point into it (arg, param, frames, panic, and
 * argbuf while arg points at it). A new such field must
 * be added there. */
struct rt_g {
    /* scheduler-owned (proc.c) */
    void *sp;                   /* saved stack pointer while switched out */
    void *stack_lo, *stack_hi;  /* bounds of the stack it runs on (NULL before first run) */
    uintptr_t stackguard;       /* stack_lo + margin; rt_stackguard while running */
    void *seg;                  /* morestack.c: the segment it runs on, NULL on its first stack */
    void *segcache;             /* morestack.c: a spare segment kept for the next overflow */
    int64_t id;                 /* goroutine id; main is 1 */
    uint32_t status;            /* rt_gstatus (atomic) */
    const char *waitreason;     /* RT_WAIT_* while WAITING */
    void (*fn)(void *);         /* entry */
    void *arg;
    rt_g *schedlink;            /* run queue / free list link */
    rt_g *gfreebatch;           /* dead, heading a batch of the global free list: the next batch */
    uintptr_t gopc;             /* return address of the rt_go call that made it ("created by") */
    rt_m *m;                    /* M running it, or NULL */
    bool preempt;               /* sysmon asked it to yield */
    uint32_t nspawned;          /* go statements it ran, counted up to SPAWN_STREAK */
    int64_t runstart;           /* nanotime when it last started running */
    /* wait bookkeeping, used by chan.c / select.c / sync (under their locks) */
    void *param;                /* what the waker hands over (e.g. the winning sudog) */
    uint32_t selectdone;        /* select: the first waker CASes 0 -> 1 */
    /* panic/defer (panic.c) */
    rt_frame *frames;           /* innermost frame with defers */
    void *panic;                /* current panic record, or NULL */
    /* time.Sleep's timer (stdlib/time/time.c). Embedded, not allocated:
     * 100,000 goroutines that each sleep once (bench/lateness.cs) then
     * allocate nothing, so no collection pauses their wake-ups. It holds
     * no GC pointer (f is code, arg this G, heap a timer heap). */
    rt_timer sleeptimer;
    /* scheduler-owned, continued */
    bool mainstack;             /* goroutine 1: the big stack (stack.c) */
    /* Thread locks, only shown by tracebacks as ", locked to thread"
     * (goroutines here never own a thread): runtime.LockOSThread's count,
     * and goroutine 1's lock while packages initialise (Go's runtime.main
     * holds one until main.main). A dead G forgets both. */
    uint32_t lockedext;
    bool lockedinit;
    void *asan_fake;            /* ASan fake stack while switched out */
    /* The go statement's argument block (rt_go_args copies it here when it
     * fits; arg then points here), a func literal's closure record
     * included: most go statements then allocate nothing. It lives until
     * the goroutine exits (gdestroy clears arg; a G is reused only after
     * that). Size: of the 418 go statements with a block in tests/golden,
     * tests/stress and bench, 77% need at most 32 bytes, 95% 48, 99% 64
     * (the rest 72-80). 64 bytes (G grew from 192 to 256 bytes; the
     * sleep timer then made it 304) are small next to its 64 KiB stack,
     * and leave room for closure records that capture values rather
     * than cells. */
    _Alignas(16) void *argbuf[RT_G_ARGBUF / sizeof(void *)];
};

/* The running goroutine, or NULL on a scheduler stack (g0) or a foreign
 * thread. asm volatile: never cached across a switch. */
extern __thread rt_g *rt_tls_g;
static inline __attribute__((always_inline)) rt_g *rt_getg(void) {
    rt_g *g;
#if defined(__x86_64__)
    __asm__ volatile("movq %%fs:rt_tls_g@tpoff, %0" : "=r"(g));
#else
    __asm__ volatile("" ::: "memory");
    g = rt_tls_g;
#endif
    return g;
}

/* Park the running G with `reason`; after the switch, on the scheduler's
 * stack, unlockf(g, arg) runs (usually releasing the lock that protects the
 * wait queue). If unlockf returns false the G is resumed at once. unlockf
 * may be NULL. */
void rt_park(const char *reason, bool (*unlockf)(rt_g *g, void *arg), void *arg);
/* Make a parked G runnable; it runs next on this P (runnext) when called
 * from a goroutine, else it goes to a run queue and an idle P is woken. */
void rt_ready(rt_g *g);
/* runtime.Gosched: put the current G on the global queue and reschedule. */
void rt_gosched(void);
/* Number of live (not dead) user goroutines. */
int64_t rt_numgoroutine(void);
/* Takes the id Go's finalizer goroutine gets when the first finalizer is
 * set (os.NewFile); later calls do nothing. */
void rt_finalizer_goid(void);
/* Starts Go's finalizer goroutine (call once): fn(arg) runs with the id
 * above, and NumGoroutine does not count it (Go's is a system goroutine
 * while it waits). fn must never return. */
void rt_go_finalizer(void (*fn)(void *), void *arg);
/* Ends the running goroutine now (after runtime.Goexit ran its defers).
 * Goroutine 1 ending this way leaves the others running; when they are
 * all gone: "fatal error: no goroutines (main called runtime.Goexit) -
 * deadlock!". */
_Noreturn void rt_goexit(void);
/* Provided by panic.c (weak no-op default in proc.c): runs every pending
 * deferred call of the running goroutine, innermost frame first, as Go's
 * runtime.Goexit does (recover() returns nil in them), then returns. */
void rt_goexit_unwind(void);
/* Provided by panic.c (weak no-op default in proc.c): called when main.main
 * returns, before the exit 0. While another goroutine runs the deferred
 * calls of a panic, or prints a fatal one, main waits for it (as Go's
 * runtime.main does), so that panic still ends the program with status 2. */
void rt_wait_for_panics(void);
/* Stops the other goroutines at their next check or scheduling point,
 * for good: the caller prints a fatal error or panic and exits. */
void rt_freeze_world(void);
/* Prints "goroutine N [state]:" blocks for every live goroutine to fd,
 * `cur` first as [running] (Go's traceback after a fatal error or
 * panic). cur may be NULL. */
void rt_traceback_all(int fd, rt_g *cur);
/* Provided by whoever buffers stdout (weak no-op default in proc.c): called
 * by rt_exit before the process ends. */
void rt_flush_output(void);
/* The command line as given to rt_start (os.Args). */
extern int rt_argc;
extern char **rt_argv;

/* ---- blocking system calls (Go's entersyscall/exitsyscall) -------------------
 * Bracket any call that may block in the kernel (read/write on files,
 * pipes, stdin). While inside, sysmon may hand the P to another M so other
 * goroutines keep running; rt_exitsyscall reacquires a P (maybe another). */
void rt_entersyscall(void);
void rt_exitsyscall(void);

/* ---- hooks the scheduler calls (implemented in timer.c and netpoll.c) ---------
 * rt_timers_run: run the expired timers of P `p` (readying Gs / running
 * AfterFunc goroutines); returns the earliest remaining deadline (nanotime)
 * of p's heap, or 0 if it has none. Called from the scheduler loop.
 * rt_timers_next: the earliest deadline over all Ps, or 0.
 * rt_timers_first: the earliest deadline of p's heap, or 0 (lock-free).
 * rt_timers_len: how many timers p's heap holds (read racily: schedtrace).
 * rt_netpoll(delay): poll the network; delay < 0 blocks until an event or
 * rt_netpoll_break, 0 does not block, > 0 blocks up to delay ns. Readies the
 * Gs whose fds are ready by calling rt_ready_list, and runs every P's due
 * timers; returns how many Gs the fds readied. After the wait, before
 * readying anything (timers included), it calls rt_netpoll_woke (proc.c),
 * which gives a polling M without a P an idle P.
 * rt_netpoll_waiters: how many Gs are parked in the netpoller (deadlock
 * detection: any means "not deadlocked").
 * rt_netpoll_until: the deadline (nanotime) the blocked poller sleeps
 * until, INT64_MAX for no timeout, 0 if none sleeps (yet): a new, earlier
 * timer must break its wait. */
struct rt_p_timers;
int64_t rt_timers_run(rt_p *p, int64_t now);
int64_t rt_timers_next(void);
int64_t rt_timers_first(rt_p *p);
int64_t rt_timers_len(rt_p *p);
int rt_netpoll(int64_t delay_ns);
void rt_netpoll_woke(void);
void rt_netpoll_break(void);
int64_t rt_netpoll_waiters(void);
int64_t rt_netpoll_until(void);
void rt_ready_list(rt_g **gs, int n);
/* Creates the poller and raises RLIMIT_NOFILE (netpoll.c); idempotent, and
 * run lazily by the first rt_netpoll / fd registration. The scheduler may
 * call it once at start-up. Timer placement: a timer lives on the heap of
 * the P that started it; rt_netpoll with a non-zero delay runs the due
 * timers of every P itself when it returns (the deadline it slept for may
 * be an idle P's), readying their Gs from the M without a P. */
void rt_netpoll_init(void);

/* The current P (while running a G), its index, and GOMAXPROCS. */
rt_p *rt_curp(void);
int rt_p_index(rt_p *p);
int rt_gomaxprocs(void);
/* runtime.GOMAXPROCS(n): n > 0 changes it; returns the previous value. */
int rt_set_gomaxprocs(int n);
/* Ps ever created (>= GOMAXPROCS; those past it are retired but may still
 * hold timers) and the i-th of them, 0 <= i < rt_nprocs_created(). */
int rt_nprocs_created(void);
rt_p *rt_p_at(int i);
/* CPUs usable by this process (runtime.NumCPU). */
int rt_ncpu(void);
/* Each P owns an opaque timer heap slot for timer.c. */
void **rt_p_timer_slot(rt_p *p);
/* Wake an idle M to run the scheduler (e.g. an earlier timer was added
 * while all Ps sleep in netpoll: also calls rt_netpoll_break). */
void rt_wakeup(void);

#endif
