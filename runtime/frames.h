/* frames.h: the CS frames of the running stack, as Go counts them
 * (frames.c). Internal to the runtime. */
#ifndef RT_FRAMES_H
#define RT_FRAMES_H

#include "symtab.h"

/* One CS frame: a function's activation, or a CS function gcc inlined
 * into one (Go's inlined frames). */
typedef struct rt_csframe {
    const rt_funcinfo *fn;
    const char *file;       /* the statement executing in the frame */
    int32_t line;
    uintptr_t pc;           /* return address (the faulting pc innermost) */
    intptr_t off;           /* pc - start of fn's code; -1: an inlined frame */
} rt_csframe;

/* Called per frame, innermost first; returns false to stop the walk. */
typedef bool (*rt_csframe_fn)(const rt_csframe *f, void *arg);

/* Calls visit(frame, arg) for each CS frame of the stack it is called on,
 * innermost first, until visit returns false or the stack ends. Frames of
 * runtime, libc and go/defer thunks are left out, and so is a wrapper's
 * frame right after the function it wraps. Async-signal-safe. */
void rt_csframes_walk(rt_csframe_fn visit, void *arg);

#endif
