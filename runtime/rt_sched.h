/* rt_sched.h: goroutines as generated code sees them: starting one, the
 * preemption/stack check, and program start. Part of the rt.h contract.
 * Owner: the scheduler (runtime/sched.c, proc.c, stack.c, coro*.S).
 */
#ifndef RT_SCHED_H
#define RT_SCHED_H

/* go f(x): codegen packs the call into a heap record and a thunk; the new
 * goroutine runs fn(arg) and exits when it returns. */
void rt_go(void (*fn)(void *arg), void *arg);

/* The stack/preemption guard of the running goroutine, kept per thread
 * (M). RT_CHECK() is placed by codegen at every function entry and loop
 * back-edge: one TLS load and a predicted branch. When the stack pointer is
 * below the guard, rt_morestack() runs: it yields if sysmon asked for a
 * preemption (it stores a huge value into the guard), else reports
 * "fatal error: stack overflow". The load goes through asm volatile so the
 * compiler never caches the TLS address across a call (a goroutine may
 * resume on another thread). */
extern __thread uintptr_t rt_stackguard;
void rt_morestack(void);
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
#define RT_CHECK() do { \
    if (__builtin_expect((uintptr_t)__builtin_frame_address(0) < rt_load_stackguard(), 0)) \
        rt_morestack(); \
} while (0)

/* Program start: the runtime's C main() initialises the GC and the
 * scheduler, then runs rt_user_main (emitted by codegen: package
 * initialisation in dependency order, then main.main) in goroutine 1, and
 * exits with status 0 when it returns (flushing os.Stdout). */
void rt_user_main(void);

/* The runtime's C main() is `return rt_start(argc, argv, rt_user_main);`
 * (runtime/main.c, alone in its object file so unit tests can define their
 * own main and call rt_start with another entry). */
int rt_start(int argc, char **argv, void (*entry)(void));

/* Terminates the process with `code` after flushing buffered output. */
_Noreturn void rt_exit(int code);

#endif
