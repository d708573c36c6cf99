/* trace.h: tracebacks (trace.c), beyond sched.h's rt_traceback_all.
 * Internal to the runtime. */
#ifndef RT_TRACE_H
#define RT_TRACE_H

#include "sched.h"

/* Prints "goroutine N [running]:" and the frames of the calling goroutine
 * g, Go's traceback of a panicking goroutine. Async-signal-safe. */
void rt_traceback_running(int fd, rt_g *g);

/* Calls fn(arg) so that an unwinder started inside fn continues into the
 * goroutine switched out at saved stack pointer sp (trace_amd64.S). */
void rt_trace_parked(void *sp, void (*fn)(void *), void *arg);

#endif
