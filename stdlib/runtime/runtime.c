/* runtime.c: package runtime's body-less functions (runtime.cs). */
#include "finalizer.h"
#include "rt.h"
#include "sched.h"
#include "trace.h"

#include <gc.h>
#include <string.h>

void runtime_Gosched(void) {
    rt_gosched();
}

/* The traceback starts at Stack's caller, as in Go. */
int64_t runtime_Stack(rt_slice buf, bool all) {
    rt_slice t = rt_traceback_bytes(all, "runtime.Stack");
    int64_t n = t.len < buf.len ? t.len : buf.len;
    if (n > 0)
        memcpy(buf.ptr, t.ptr, (size_t)n);
    return n;
}

int64_t runtime_NumGoroutine(void) {
    return rt_numgoroutine();
}

int64_t runtime_GOMAXPROCS(int64_t n) {
    return rt_set_gomaxprocs(n > 1 << 20 ? 1 << 20 : (int)n);
}

int64_t runtime_NumCPU(void) {
    return rt_ncpu();
}

void runtime_GC(void) {
    GC_gcollect();
    rt_finalizer_after_gc();
}

void runtime_LockOSThread(void) {
    rt_getg()->lockedext++;
}

void runtime_UnlockOSThread(void) {
    rt_g *g = rt_getg();
    if (g->lockedext != 0)
        g->lockedext--;
}

void runtime_Goexit(void) {
    rt_goexit_unwind();
    rt_goexit();
}
