/* stack.h: goroutine stacks and their segments (see stack.c and
 * morestack.c for the design and the numbers).
 * Owner: the scheduler. */
#ifndef RT_STACK_H
#define RT_STACK_H

#include "proc.h"

/* Sanitizer builds have much bigger frames (redzones) and ASan's own
 * reporting runs deep on the faulting stack. */
#if defined(__SANITIZE_ADDRESS__)
#define RT_STACK_SCALE 4
#else
#define RT_STACK_SCALE 1
#endif

enum {
    RT_STACK_SIZE = (64 << 10) * RT_STACK_SCALE,  /* a goroutine's first stack */
    RT_STACK_GUARD = (32 << 10) * RT_STACK_SCALE, /* room below the last checked frame */
    RT_SEG_SIZE = 1 << 20,                        /* a chained segment (morestack.c) */
    RT_STACK_CHUNK = 256 << 20,                   /* first stacks are carved from these */
};
#define RT_MAIN_STACK_SIZE ((size_t)1 << 30)  /* goroutine 1: Go's 1 GB limit */
#define RT_STACK_LIMIT ((size_t)1000000000)    /* Go's default limit (SetMaxStack changes it) */

/* A stack is identified by its top (hi); lo = hi - RT_STACK_SIZE. p's cache
 * is used when p is not NULL. Never fails (throws when out of memory). */
void *rt_stack_alloc(rt_p *p);
void rt_stack_free(rt_p *p, void *hi);
/* Goroutine 1's stack (guard page below it); its top. */
void *rt_stack_alloc_main(void);
void rt_stack_free_main(void *hi);
/* Stacks currently handed out and cached (tests, schedtrace). */
int64_t rt_stack_inuse(void);
int64_t rt_stack_pooled(void);
/* The most bytes of stack one goroutine may use (runtime/debug's
 * SetMaxStack, RT_STACK_LIMIT at start); setting it returns the previous
 * limit and moves goroutine 1's guard (morestack.c). */
size_t rt_stack_max(void);
size_t rt_stack_set_max(size_t bytes);
/* Goroutine 1's guard on its stack with top hi under the current limit. */
uintptr_t rt_stack_main_guard(void *hi);
/* "fatal error: stack overflow" with the goroutine trace; exit 2. */
_Noreturn void rt_stack_overflow(void);

/* Segments (morestack.c). The bounds of the stack range holding sp among
 * g's current stack and the ranges it chained from; false if none does
 * (GC callback, world stopped). */
bool rt_stack_find(rt_g *g, uintptr_t sp, uintptr_t *hi);
/* Calls fn with the used part of each range g chained from (GC mark
 * procedure, world stopped). */
void rt_stack_each_chained(rt_g *g, void (*fn)(void *ctx, void *lo, void *hi), void *ctx);
/* Gives back every segment of a dead g and restores its first stack's
 * bounds; also after a panic longjmps back to an older segment
 * (rt_stack_unchain_to). */
void rt_stack_release_segments(rt_g *g);
void rt_stack_unchain_to(rt_g *g, void *seg);

/* The running M's copy of its G's guard (rt_sched.h). */
static inline void rt_set_stackguard(uintptr_t v) {
#if defined(__x86_64__)
    __asm__ volatile("movq %0, %%fs:rt_stackguard@tpoff" ::"r"(v) : "memory");
#else
    __asm__ volatile("" ::: "memory");
    rt_stackguard = v;
    __asm__ volatile("" ::: "memory");
#endif
}

/* ASan fiber annotations for every switch between stacks. ASAN_FRESH
 * clears the poison a dead goroutine's stack still carries, when it is
 * freed: its last frames (the exit path switches away and never returns
 * through them) leave their redzones behind, and the next G's first
 * writes at the top of the stack met them as "stack-buffer-overflow".
 * Done at free, not when a stack is handed out: clearing a fresh stack's
 * 8 KiB of shadow made every blocked goroutine 37 KiB of RSS under ASan
 * (unit/check_stack's limit is 24). */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define ASAN_START(save, lo, hi) \
    __sanitizer_start_switch_fiber((save), (void *)(lo), (size_t)((uintptr_t)(hi) - (uintptr_t)(lo)))
#define ASAN_FINISH(save) __sanitizer_finish_switch_fiber((save), NULL, NULL)
#define ASAN_FRESH(lo, size) __asan_unpoison_memory_region((lo), (size))
#else
#define ASAN_START(save, lo, hi) ((void)0)
#define ASAN_FINISH(save) ((void)0)
#define ASAN_FRESH(lo, size) ((void)0)
#endif

#endif
