/* frames.c: the CS frames of the running stack, for tracebacks (trace.c)
 * and runtime.Caller, Callers and FuncForPC (stdlib/runtime/callers.c).
 *
 * libgcc's _Unwind_Backtrace walks the stack from .eh_frame (no frame
 * pointers needed), through signal frames (faults) and stack segments
 * (rt_seg_call's CFI), and stops at rt_coro_start (its return address is
 * undefined). Called inside rt_trace_parked's fn, it walks a switched-out
 * goroutine instead. symtab.c names each return address and gives its line
 * and inlined functions (the address looked up is the return address minus
 * 1, inside the call). Go's frames follow from that: the CS functions gcc
 * inlined at a pc, innermost first, each at its line and the one around it
 * at the call, then the function holding the pc. Frames symtab cannot name
 * (runtime, libc, defer thunks) are skipped, as Go hides runtime frames;
 * so are go thunks and the functions of method values and expressions
 * (symtab.h), as Go hides its wrappers (the CS functions gcc inlined into
 * them still count), and a wrapper's frame right after the function it
 * wraps (gcc often inlines the function into it).
 * Stack growth (morestack.c) calls a function f again from its entry
 * check, on a new segment: the f_grow_ frame and the f frame (or inlined
 * f) beyond it are left out too, so f counts once, as in Go. Unless no
 * CS frame came before: then the walk started in the entry check itself
 * (the stack limit was reached, or a preempted f yields there), and f is
 * shown at its func line, as Go shows a function stopped in morestack.
 *
 * Limits: where the line table has no line (runtime frames, a function's
 * prologue, a stripped binary) a frame has its function's func line; an
 * inlined function called from a wrapper or go thunk (C without a .cs
 * line) has its caller's func line.
 */
#include "frames.h"

#include <unwind.h>

enum { MAX_INLINED = 16 };

typedef struct walk {
    rt_csframe_fn visit;
    void *arg;
    const rt_funcinfo *last;    /* last frame visited */
    const rt_funcinfo *grown;   /* the frame before was fn's f_grow_ */
} walk;

static bool visit(walk *w, const rt_csframe *f) {
    const rt_funcinfo *grown = w->grown;
    w->grown = NULL;
    if (f->fn == grown && w->last != NULL)
        return true;    /* f's entry check, which called f again: no call of its own */
    w->last = f->fn;
    if (f->fn != grown)
        return w->visit(f, w->arg);
    rt_csframe entry = *f;
    entry.file = f->fn->file;
    entry.line = f->fn->line;
    return w->visit(&entry, w->arg);
}

/* Frame k of those at code address pc (lookup address at: in the call,
 * or the faulting instruction): in[0..n-1] are the functions inlined
 * there, innermost first, and k == n is sf's function, which holds the
 * code. Each inlined frame is at its line, the one around it at the call. */
static void frame_at(const rt_symfunc *sf, uintptr_t pc, uintptr_t at, const rt_inlined *in,
                     int n, int k, rt_csframe *f) {
    *f = (rt_csframe){.fn = k < n ? in[k].fn : sf->fn, .file = sf->fn->file, .line = sf->fn->line,
                      .pc = pc, .off = k < n ? -1 : (intptr_t)(pc - sf->start),
                      .entry = sf->start, .depth = k};
    if (k == 0)
        rt_symtab_line(at, &f->file, &f->line);
    else if (in[k - 1].callline != 0)
        f->file = in[k - 1].callfile, f->line = in[k - 1].callline;
}

bool rt_csframe_at(uintptr_t pc, rt_csframe *out) {
    uintptr_t ip = pc & (((uintptr_t)1 << RT_PC_DEPTH_SHIFT) - 1);
    int k = (int)(pc >> RT_PC_DEPTH_SHIFT);
    rt_symfunc sf;
    if (ip == 0 || !rt_symtab_find(ip - 1, &sf))
        return false;
    rt_inlined in[MAX_INLINED];
    int n = rt_symtab_inlined(ip - 1, in, MAX_INLINED);
    frame_at(&sf, ip, ip - 1, in, n, k < n ? k : n, out);
    return true;
}

static _Unwind_Reason_Code on_frame(struct _Unwind_Context *ctx, void *arg) {
    walk *w = arg;
    int before = 0;
    uintptr_t ip = _Unwind_GetIPInfo(ctx, &before);
    uintptr_t at = before ? ip : ip - 1;    /* in the call (or the faulting instruction) */
    rt_symfunc sf;
    if (ip == 0)
        return _URC_END_OF_STACK;
    if (!rt_symtab_find(at, &sf))
        return _URC_NO_REASON;
    rt_inlined in[MAX_INLINED];
    int n = rt_symtab_inlined(at, in, MAX_INLINED);
    rt_csframe f;
    for (int i = 0; i < n; i++) {
        frame_at(&sf, ip, at, in, n, i, &f);
        if (!visit(w, &f))
            return _URC_END_OF_STACK;
    }
    if (sf.kind == RT_SYM_GO_THUNK || sf.kind == RT_SYM_METHOD_VALUE)
        return _URC_NO_REASON;
    if (sf.kind == RT_SYM_GROW) {
        w->grown = sf.fn;
        return _URC_NO_REASON;
    }
    if (sf.kind == RT_SYM_WRAPPER && w->last == sf.fn)
        return _URC_NO_REASON;
    frame_at(&sf, ip, at, in, n, n, &f);
    return visit(w, &f) ? _URC_NO_REASON : _URC_END_OF_STACK;
}

void rt_csframes_walk(rt_csframe_fn fn, void *arg) {
    walk w = {.visit = fn, .arg = arg};
    _Unwind_Backtrace(on_frame, &w);
}
