/* trace.h: tracebacks (trace.c), beyond sched.h's rt_traceback_all.
 * Internal to the runtime. */
#ifndef RT_TRACE_H
#define RT_TRACE_H

#include "sched.h"

/* After a panic's "panic: ..." lines: as GOTRACEBACK says (trace.c), a
 * blank line and "goroutine N [running]:" with the frames of the calling
 * goroutine g, or every goroutine, g first; or nothing (none). With crash,
 * dies of SIGABRT afterwards. Async-signal-safe. */
void rt_traceback_panic(int fd, rt_g *g);

/* After a fatal error's "fatal error: ..." line: a blank line and every
 * goroutine, cur (the caller, or NULL) first, unless GOTRACEBACK=none;
 * with crash, dies of SIGABRT afterwards. Async-signal-safe. */
void rt_traceback_fatal(int fd, rt_g *cur);

/* "goroutine N [running]:" and the frames of the calling goroutine (those
 * through function after's left out, if after is not NULL), as Go's
 * runtime.Stack (runtime/debug.Stack), as a new []byte read back from an
 * in-memory file; empty if none can be made. With all, every other
 * goroutine follows, without its frames (see trace.c). */
rt_slice rt_traceback_bytes(bool all, const char *after);

/* Calls fn(arg) so that an unwinder started inside fn continues into the
 * goroutine switched out at saved stack pointer sp (trace_amd64.S). */
void rt_trace_parked(void *sp, void (*fn)(void *), void *arg);

#endif
