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
    uintptr_t entry;        /* start of the code holding pc (of the function
                               the frame's function is inlined into, if so) */
    int32_t depth;          /* which function at pc: 0 the innermost inlined
                               one, up to the one holding the code */
} rt_csframe;

/* Called per frame, innermost first; returns false to stop the walk. */
typedef bool (*rt_csframe_fn)(const rt_csframe *f, void *arg);

/* Calls visit(frame, arg) for each CS frame of the stack it is called on,
 * innermost first, until visit returns false or the stack ends. Frames of
 * runtime, libc and go/defer thunks are left out, and so is a wrapper's
 * frame right after the function it wraps. Async-signal-safe. */
void rt_csframes_walk(rt_csframe_fn visit, void *arg);

/* A frame as one number (runtime.Callers' program counters): its return
 * address, with its depth above bit RT_PC_DEPTH_SHIFT (user addresses
 * are below 2^47 on amd64), so that each of the frames gcc inlined at one
 * address has a pc of its own, as Go's inlined frames do. */
enum { RT_PC_DEPTH_SHIFT = 48 };
static inline uintptr_t rt_csframe_pc(const rt_csframe *f) {
    return f->pc | (uintptr_t)f->depth << RT_PC_DEPTH_SHIFT;
}

/* The frame a pc from rt_csframe_pc stands for (a depth past the last
 * names the function holding the code); false where no CS function
 * holds the code. */
bool rt_csframe_at(uintptr_t pc, rt_csframe *out);

#endif
