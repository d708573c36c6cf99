/* rt_sched.h: goroutines as generated code sees them: starting one, the
 * preemption/stack check, and program start. Part of the rt.h contract.
 * Owner: the scheduler (runtime/sched.c, proc.c, stack.c, coro*.S).
 */
#ifndef RT_SCHED_H
#define RT_SCHED_H

/* go f(x): codegen packs the call into a record and a thunk; the new
 * goroutine runs fn(arg) and exits when it returns. rt_go_args copies the
 * record (size bytes at args, pointer-aligned) into the new G when it
 * fits there (sched.h RT_G_ARGBUF), else onto the heap, and runs fn on
 * the copy, which lives until fn returns. rt_go runs fn on arg itself. */
void rt_go(void (*fn)(void *arg), void *arg);
void rt_go_args(void (*fn)(void *arg), const void *args, size_t size);
/* The thunk for `go f()` when f is a func value with no parameters and no
 * results: arg is f (rt_func *); nil panics in the new goroutine. */
void rt_go_func0(void *f);

/* The stack/preemption guard of the running goroutine, kept per thread
 * (M). Codegen checks it at function entries (leaves aside) and loop
 * back-edges (short or chunked loops less often: gen_loopcheck.c): one
 * TLS load and a predicted branch. The load goes through asm volatile so
 * the compiler never caches the TLS address across a call (a goroutine may
 * resume on another thread). Sysmon requests a preemption by storing a
 * huge value into the guard, so every check then fails.
 *
 * Function entry: RT_STACK_LOW(est), est being codegen's bound on the
 * frame's big locals and temporaries (0 when they fit the headroom below
 * the guard). When it holds, the function returns what its cold helper
 * F_grow_ returns, which packs the parameters into a record and calls
 * RT_MORESTACK(thunk, &record, est): that yields if a preemption was asked
 * for and returns false if the stack is then fine (F_grow_ then calls
 * thunk(&record) itself), else it runs thunk(&record), which calls the
 * function again with the record's parameters and stores its results
 * there, on a new stack segment chained to this one, and returns true.
 * runtime/morestack.c; gen_func.c's entry_check.
 *
 * Loop back-edge: RT_CHECK(); only preemption can make it fail there. */
extern __thread uintptr_t rt_stackguard;
static inline __attribute__((always_inline)) uintptr_t rt_load_stackguard(void) {
    uintptr_t g;
#if defined(__x86_64__)
    __asm__ volatile("movq %%fs:rt_stackguard@tpoff, %0" : "=r"(g));
#else
    __asm__ volatile("" ::: "memory");
    g = rt_stackguard;
#endif
    return g;
}
/* The stack pointer, read without making the function keep a frame
 * pointer (as __builtin_frame_address would): one instruction fewer per
 * call in and out. It never lies above the frame address. */
static inline __attribute__((always_inline)) uintptr_t rt_sp(void) {
#if defined(__x86_64__)
    uintptr_t sp;
    __asm__("movq %%rsp, %0" : "=r"(sp));
    return sp;
#else
    return (uintptr_t)__builtin_frame_address(0);
#endif
}
#define RT_FRAME_LOW(est) (rt_sp() - (uintptr_t)(est))
#if defined(RT_BENCH_NO_CHECKS)
/* Measurement only (bench/run's fib row): no stack or preemption checks at
 * all; a program that recurses past its first stack then crashes. The
 * check becomes a test of a register an empty asm claims to set (it is
 * zero): gcc keeps the same code around it (the morestack branch and
 * its cold call), so the difference is the check's own load and compare
 * (and what gcc then inlines: it unrolls fib's recursion either way since
 * codegen hints self-recursive functions inline, gen_func.c). */
#define RT_STACK_LOW(est) __extension__({ \
    uintptr_t never_; \
    __asm__ volatile("xorl %k0, %k0" : "=r"(never_)); \
    __builtin_expect(never_ != 0, 0); \
})
#elif defined(__x86_64__)
/* A frame with no big parts (est 0, the common case) compares rsp with
 * the guard in TLS in one instruction, as RT_CHECK does: gcc need not
 * copy rsp into a register first. */
#define RT_STACK_LOW(est) __extension__({ \
    bool low_ = false; \
    if (__builtin_constant_p(est) && (est) == 0) { \
        __label__ below_, above_; \
        __asm__ goto("cmpq %%fs:rt_stackguard@tpoff, %%rsp\n\tjb %l0" ::: "cc" : below_); \
        goto above_; \
    below_: __attribute__((cold)); \
        low_ = true; \
    above_:; \
    } else { \
        low_ = RT_FRAME_LOW(est) < rt_load_stackguard(); \
    } \
    __builtin_expect(low_, 0); \
})
#else
#define RT_STACK_LOW(est) __builtin_expect(RT_FRAME_LOW(est) < rt_load_stackguard(), 0)
#endif
#define RT_MORESTACK(thunk, rec, est) rt_morestack_call((thunk), (rec), RT_FRAME_LOW(est), (est))
bool rt_morestack_call(void (*thunk)(void *rec), void *rec, uintptr_t low, uintptr_t est);

void rt_morestack(void);
#if defined(RT_BENCH_NO_CHECKS)
#define RT_CHECK() do { } while (0)
#elif defined(__x86_64__)
/* One compare of rsp with the guard in TLS, which takes no register (a
 * C test made gcc keep sp, and often the guard, in registers it then
 * spilled around the loop), and a cold call. heat2d's stencil loop:
 * 280 -> 255 ms. Without AVX the cold call goes through
 * rt_morestack_keepregs (check_amd64.S), which keeps every register, past
 * the red zone: gcc then need not keep the loop's values in callee-saved
 * registers or on the stack (scimark's sparse product: 0.24 -> 0.17 s). */
#if defined(__AVX__)
#define RT_CHECK_SLOW() rt_morestack()
#else
#define RT_CHECK_SLOW() \
    __asm__ volatile("leaq -128(%%rsp), %%rsp\n\tcall rt_morestack_keepregs\n\tleaq 128(%%rsp), %%rsp" \
                     ::: "memory", "cc")
#endif
#define RT_CHECK() do { \
    __label__ check_slow_, check_done_; \
    __asm__ goto("cmpq %%fs:rt_stackguard@tpoff, %%rsp\n\tjb %l0" ::: "cc" : check_slow_); \
    goto check_done_; \
check_slow_: __attribute__((cold)); \
    RT_CHECK_SLOW(); \
check_done_:; \
} while (0)
#else
#define RT_CHECK() do { \
    if (__builtin_expect(rt_sp() < rt_load_stackguard(), 0)) \
        rt_morestack(); \
} while (0)
#endif

/* Program start: the runtime's C main() initialises the GC and the
 * scheduler, then runs rt_user_main (emitted by codegen: package
 * initialisation in dependency order, then main.main) in goroutine 1, and
 * exits with status 0 when it returns (flushing os.Stdout). */
void rt_user_main(void);
/* Called by rt_user_main between package initialisation and main.main:
 * goroutine 1 drops the thread lock it held while initialising. */
void rt_init_done(void);

/* The runtime's C main() is `return rt_start(argc, argv, rt_user_main);`
 * (runtime/main.c, alone in its object file so unit tests can define their
 * own main and call rt_start with another entry). */
int rt_start(int argc, char **argv, void (*entry)(void));

/* Terminates the process with `code` after flushing buffered output. */
_Noreturn void rt_exit(int code);

#endif
