/* stack.h: goroutine stacks (see stack.c for the design and the numbers).
 * Owner: the scheduler. */
#ifndef RT_STACK_H
#define RT_STACK_H

#include "proc.h"

enum {
    RT_STACK_SIZE = 1 << 20,            /* virtual size of a goroutine stack */
    RT_STACK_GUARD = 64 << 10,          /* room below the last checked frame */
    RT_STACKS_PER_CHUNK = 256,          /* stacks per mmap'd chunk */
};
#define RT_MAIN_STACK_SIZE ((size_t)1 << 30)  /* goroutine 1: Go's 1 GB limit */

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
/* "fatal error: stack overflow" with the goroutine trace; exit 2. */
_Noreturn void rt_stack_overflow(void);

#endif
