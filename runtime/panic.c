/* panic.c: defer, panic, recover, runtime.Goexit, the run-time error
 * values (runtime.Error) and fatal-error printing.
 *
 * Model. A function with `defer` owns an rt_frame on its C stack, linked
 * from g->frames (innermost first) while it runs; its pending deferred
 * calls are open-coded (bits of fr->pending, records in the function's
 * own frame, made by the function itself on a normal return) or recorded
 * on a LIFO list (rt_chan.h). A panic is a record on g->panic (newest
 * first, `link` to older ones still active). rt_panic pushes a record and
 * unwinds: it makes the innermost frame's pending calls one by one, then
 * unlinks that frame and goes on with the next, all on top of the
 * panicking stack, as Go's gopanic does. With no frame left the goroutine
 * dies: the panics are printed in Go's format and the process exits 2.
 * Nothing is longjmped to unless a panic is recovered, so a function whose
 * deferred calls cannot recover needs no setjmp at all.
 *
 * runtime.Goexit (rt_goexit_unwind, then proc.c's rt_goexit) unwinds with
 * a record marked goexit that recover() ignores.
 *
 * Per frame, `panic` is the record making its calls (NULL on a normal
 * return) and `in_defer` is set while one of its deferred calls runs:
 *   - a new panic that unwinds into a frame whose deferred call was running
 *     on behalf of an older panic aborts that older panic (Go's "aborted":
 *     it is still printed, as "panic: old" then "\tpanic: new"); the older
 *     unwind, further down the C stack, never resumes;
 *   - recover() succeeds when the innermost frame running a deferred call
 *     is one the current panic is unwinding, that frame catches (codegen
 *     makes a frame catch when one of its deferred callees may call
 *     recover) and recover's caller is that deferred function itself, not
 *     a helper it calls (called_by_defer);
 *   - after the deferred call returns with its panic recovered, the panic
 *     and any aborted ones below it are dropped, the frame's remaining
 *     calls run as on a normal return, and the panic longjmps into the
 *     frame (rt_catchframe), whose function then returns normally.
 * A frame remembers the stack segment it lives on (morestack.c): a panic
 * raised on a deeper segment lands there with the goroutine's stack bounds
 * still describing the deeper one, and rt_frame_pop unchains first.
 * Deferred calls are unlinked (bit cleared, node popped) before they run,
 * so a panic in one of them goes on with the rest.
 *
 * Run-time errors are values of runtime.errorString ("runtime error: "
 * prefix), runtime.plainError (no prefix: "send on closed channel") and
 * runtime.boundsError (index/slice messages), *runtime.TypeAssertionError
 * (failed x.(T)), each with Error and
 * RuntimeError methods, as in Go's runtime/error.go.
 */
#include "chan_internal.h"
#include "stack.h"
#include "symtab.h"
#include "trace.h"

#include <setjmp.h>
#include <unwind.h>
#include <stdio.h>
#include <unistd.h>

typedef struct panicrec {
    rt_iface arg;
    struct panicrec *link;      /* the older panic still active, if any */
    bool recovered;
    bool aborted;
    bool goexit;                /* runtime.Goexit, not a panic */
    uintptr_t sigpc;            /* a nil dereference's pc, for the signal line; else 0 */
    uintptr_t sigaddr;          /* and the address it read */
    bool printing;              /* fatal: its panics' values are being made text */
} panicrec;


_Noreturn static void fatalpanic(rt_g *g);

/* How many panics (not Goexits) are running deferred calls, program-wide;
 * rt_wait_for_panics reads it. A panic counts from its start until it is
 * recovered (or dropped, aborted, by a recovered one) or the program dies. */
static uint32_t running_panics;

static void panic_done(const panicrec *p) {
    if (!p->goexit)
        __atomic_fetch_sub(&running_panics, 1, __ATOMIC_SEQ_CST);
}

/* ---- frames and defers ------------------------------------------------------ */

void rt_frame_push(rt_frame *fr, const rt_opendefer *open, bool catches) {
    rt_g *g = rt_getg();
    fr->prev = g->frames;
    fr->top = &g->frames;
    fr->defers = NULL;
    fr->open = open;
    fr->pending = 0;
    fr->in_defer = false;
    fr->catches = catches;
    fr->panic = NULL;
    fr->seg = g->seg;
    g->frames = fr;
}

void rt_defer_push(rt_frame *fr, void (*fn)(void *arg), void *arg) {
    rt_defer *d = rt_alloc((int64_t)sizeof(rt_defer));
    d->fn = fn;
    d->arg = arg;
    d->link = fr->defers;
    fr->defers = d;
}

/* Unlinks the frame's newest pending deferred call and makes it; false if
 * there was none. */
static bool call_next(rt_frame *fr) {
    void (*fn)(void *);
    void *arg;
    if (fr->pending) {
        int i = 31 - __builtin_clz(fr->pending);
        fr->pending &= ~(1u << i);
        fn = fr->open[i].fn;
        arg = (char *)fr + fr->open[i].off;
    } else if (fr->defers) {
        rt_defer *d = fr->defers;
        fr->defers = d->link;
        fn = d->fn;
        arg = d->arg;
    } else {
        return false;
    }
    fr->in_defer = true;
    fn(arg);
    fr->in_defer = false;
    return true;
}

/* p was recovered by a deferred call of fr (which catches): drop it and
 * the panics it aborted, finish fr's calls as on a normal return and
 * return into fr's function. */
_Noreturn static void recovered(rt_g *g, rt_frame *fr, panicrec *p) {
    panic_done(p);
    panicrec *q = p->link;
    while (q && q->aborted) {
        panic_done(q);
        q = q->link;
    }
    g->panic = q;
    fr->panic = NULL;
    while (call_next(fr))
        ;
    longjmp(((rt_catchframe *)fr)->jb, 1);
}

_Noreturn static void unwind(rt_g *g, panicrec *p) {
    rt_frame *fr;
    while ((fr = g->frames) != NULL) {
        if (fr->in_defer && fr->panic && fr->panic != p)
            ((panicrec *)fr->panic)->aborted = true;
        fr->panic = p;
        while (call_next(fr))
            if (p->recovered)
                recovered(g, fr, p);
        g->frames = fr->prev;
    }
    if (p->goexit) {
        g->panic = p->link;
        rt_goexit();
    }
    fatalpanic(g);
}

/* A normal return, or a recovered panic's landing. */
void rt_frame_pop(rt_frame *fr) {
    rt_g *g = rt_getg();
    if (g->seg != fr->seg)              /* recovered on a deeper segment */
        rt_stack_unchain_to(g, fr->seg);
    while (call_next(fr))
        ;
    g->frames = fr->prev;
}

/* ---- panic / recover / Goexit -------------------------------------------------- */

static void start_panic(rt_iface v, bool goexit, uintptr_t sigpc, uintptr_t sigaddr) {
    rt_g *g = rt_getg();
    panicrec *p = rt_alloc((int64_t)sizeof(panicrec));
    p->arg = v;
    p->goexit = goexit;
    p->sigpc = sigpc;
    p->sigaddr = sigaddr;
    p->link = g->panic;
    g->panic = p;
    if (!goexit)
        __atomic_fetch_add(&running_panics, 1, __ATOMIC_SEQ_CST);
    unwind(g, p);
}

void rt_panic(rt_iface v) {
    start_panic(v, false, 0, 0);
    __builtin_unreachable();
}

/* Runs the deferred calls as a panic would, but recover() ignores it; with
 * frames to unwind it does not return: the last unwind step ends the
 * goroutine through the scheduler's rt_goexit itself. */
void rt_goexit_unwind(void) {
    if (rt_getg()->frames)
        start_panic((rt_iface){0}, true, 0, 0);
}

/* Go: recover stops a panic only when called directly by the deferred
 * function the panic runs, not by a function that one calls. Codegen keeps
 * every function that calls recover out of line, and defer thunks never
 * inline their callee (gen_func.c), so the frame above recover's caller
 * tells: a frame symtab.c cannot name (the defer thunk, or the runtime) or
 * a wrapper around the caller (a method value's function included) means
 * direct; another CS function means not.
 * A caller symtab.c cannot name (C code such as fmt's, or an executable
 * without symbols) is trusted. */
typedef struct caller_walk {
    uintptr_t caller_pc;        /* the return address into recover's caller */
    const rt_funcinfo *grown;   /* the frame before was this function's f_grow_ */
    bool seen, direct;
} caller_walk;

static _Unwind_Reason_Code caller_frame(struct _Unwind_Context *ctx, void *arg) {
    caller_walk *w = arg;
    uintptr_t ip = _Unwind_GetIP(ctx);
    if (ip == 0)
        return _URC_END_OF_STACK;
    if (!w->seen) {
        w->seen = ip == w->caller_pc;
        return _URC_NO_REASON;
    }
    rt_symfunc sf;
    bool named = rt_symtab_find(ip - 1, &sf);
    if (named && (sf.kind == RT_SYM_WRAPPER || sf.kind == RT_SYM_METHOD_VALUE))
        return _URC_NO_REASON;
    /* a deferred function that grew its stack (or was preempted) at its
     * entry check runs again from its f_grow_ frame: that frame and the
     * first call's beyond it are the same call, not a caller */
    if (named && sf.kind == RT_SYM_GROW) {
        w->grown = sf.fn;
        return _URC_NO_REASON;
    }
    if (named && w->grown == sf.fn) {
        w->grown = NULL;
        return _URC_NO_REASON;
    }
    w->direct = !named;
    return _URC_END_OF_STACK;
}

static bool called_by_defer(uintptr_t caller_pc) {
    rt_symfunc sf;
    if (!rt_symtab_find(caller_pc - 1, &sf))
        return true;
    caller_walk w = {caller_pc, NULL, false, false};
    _Unwind_Backtrace(caller_frame, &w);
    return w.direct || !w.seen;
}

/* The panic recover() may stop (its deferred call is running in the frame
 * that catches it), or NULL. */
static panicrec *recoverable(rt_g *g) {
    panicrec *p = g->panic;
    if (!p || p->goexit || p->recovered)
        return NULL;
    rt_frame *f = g->frames;
    while (f && !f->in_defer)
        f = f->prev;
    return f && f->panic == p && f->catches ? p : NULL;
}

static rt_iface stop_panic(panicrec *p) {
    p->recovered = true;
    return p->arg;
}

rt_iface rt_recover(void) {
    panicrec *p = recoverable(rt_getg());
    if (!p || !called_by_defer((uintptr_t)__builtin_return_address(0)))
        return (rt_iface){0};
    return stop_panic(p);
}

rt_iface rt_recover_direct(void) {
    panicrec *p = recoverable(rt_getg());
    return p ? stop_panic(p) : (rt_iface){0};
}

/* ---- runtime.Error values ---------------------------------------------------- */

static rt_string gc_string(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    uint8_t *s = rt_alloc_noscan((int64_t)(la + lb));
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    return (rt_string){s, (int64_t)(la + lb)};
}

static void runtime_error_marker(void *data) {}

static rt_string errorString_Error(void *data) {
    rt_string s = *(rt_string *)data;
    static const char prefix[] = "runtime error: ";
    uint8_t *b = rt_alloc_noscan((int64_t)sizeof(prefix) - 1 + s.len);
    memcpy(b, prefix, sizeof(prefix) - 1);
    memcpy(b + sizeof(prefix) - 1, s.ptr, (size_t)s.len);
    return (rt_string){b, (int64_t)sizeof(prefix) - 1 + s.len};
}

static rt_string plainError_Error(void *data) {
    return *(rt_string *)data;
}
#define typeAssertionError_Error plainError_Error

/* Go's boundsError: x is the faulting index/bound, y the limit. */
typedef enum { B_INDEX, B_SLICE_ALEN, B_SLICE_ACAP, B_SLICE_B, B_SLICE3_ALEN, B_SLICE3_ACAP,
               B_SLICE3_B, B_SLICE3_C, B_CONVERT } bcode;
typedef struct bounds_error {
    int64_t x;
    int64_t y;
    bool is_signed;
    uint8_t code;
} bounds_error;

static const char *const bounds_fmt[] = {
    [B_INDEX] = "index out of range [%x] with length %y",
    [B_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
    [B_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
    [B_SLICE_B] = "slice bounds out of range [%x:%y]",
    [B_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
    [B_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
    [B_SLICE3_B] = "slice bounds out of range [:%x:%y]",
    [B_SLICE3_C] = "slice bounds out of range [%x:%y:]",
    [B_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};
/* When x < 0 the limit is beside the point. */
static const char *const bounds_neg_fmt[] = {
    [B_INDEX] = "index out of range [%x]",
    [B_SLICE_ALEN] = "slice bounds out of range [:%x]",
    [B_SLICE_ACAP] = "slice bounds out of range [:%x]",
    [B_SLICE_B] = "slice bounds out of range [%x:]",
    [B_SLICE3_ALEN] = "slice bounds out of range [::%x]",
    [B_SLICE3_ACAP] = "slice bounds out of range [::%x]",
    [B_SLICE3_B] = "slice bounds out of range [:%x:]",
    [B_SLICE3_C] = "slice bounds out of range [%x::]",
    [B_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

static rt_string boundsError_Error(void *data) {
    const bounds_error *e = data;
    const char *f = e->is_signed && e->x < 0 ? bounds_neg_fmt[e->code] : bounds_fmt[e->code];
    char buf[128];
    size_t n = 0;
    for (; *f && n < sizeof(buf) - 24; f++) {
        if (*f == '%' && (f[1] == 'x' || f[1] == 'y')) {
            n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%lld",
                                  (long long)(f[1] == 'x' ? e->x : e->y));
            f++;
        } else {
            buf[n++] = *f;
        }
    }
    buf[n] = 0;
    return gc_string("runtime error: ", buf);
}

#define ERROR_METHODS(T) \
    static const rt_method T##_methods[] = { \
        {RT_STR("Error"), (void *)T##_Error, RT_STR("func() string")}, \
        {RT_STR("RuntimeError"), (void *)runtime_error_marker, RT_STR("func()")}, \
    }
ERROR_METHODS(errorString);
ERROR_METHODS(plainError);
ERROR_METHODS(typeAssertionError);
ERROR_METHODS(boundsError);
#define ERROR_MTAB(T) \
    { [RT_SEL_ERROR] = (void *)T##_Error, [RT_SEL_RUNTIMEERROR] = (void *)runtime_error_marker }

static const rt_type errorString_type = {
    .kind = RT_KIND_STRING, .flags = RT_TFLAG_NAMED | RT_TFLAG_COMPARABLE,
    .size = sizeof(rt_string), .align = 8, .name = RT_STR("runtime.errorString"),
    .methods = errorString_methods, .nmethods = 2, .mtab = ERROR_MTAB(errorString),
};
static const rt_type plainError_type = {
    .kind = RT_KIND_STRING, .flags = RT_TFLAG_NAMED | RT_TFLAG_COMPARABLE,
    .size = sizeof(rt_string), .align = 8, .name = RT_STR("runtime.plainError"),
    .methods = plainError_methods, .nmethods = 2, .mtab = ERROR_MTAB(plainError),
};
/* Go's is a struct behind a pointer; only its name and message show. */
static const rt_type typeAssertionError_type = {
    .kind = RT_KIND_STRING, .flags = RT_TFLAG_NAMED | RT_TFLAG_COMPARABLE,
    .size = sizeof(rt_string), .align = 8, .name = RT_STR("*runtime.TypeAssertionError"),
    .methods = typeAssertionError_methods, .nmethods = 2, .mtab = ERROR_MTAB(typeAssertionError),
};
static const rt_field boundsError_fields[] = {
    {RT_STR("x"), &rt_type_int64, offsetof(bounds_error, x), false, false},
    {RT_STR("y"), &rt_type_int, offsetof(bounds_error, y), false, false},
    {RT_STR("signed"), &rt_type_bool, offsetof(bounds_error, is_signed), false, false},
    {RT_STR("code"), &rt_type_uint8, offsetof(bounds_error, code), false, false},
};
static const rt_type boundsError_type = {
    .kind = RT_KIND_STRUCT, .flags = RT_TFLAG_NAMED | RT_TFLAG_COMPARABLE,
    .size = sizeof(bounds_error), .align = 8, .name = RT_STR("runtime.boundsError"),
    .fields = boundsError_fields, .nfields = 4,
    .methods = boundsError_methods, .nmethods = 2, .mtab = ERROR_MTAB(boundsError),
};

static const rt_string memory_error = RT_STR("invalid memory address or nil pointer dereference");

static rt_iface string_value(const rt_type *t, const char *msg) {
    rt_string *s = rt_alloc((int64_t)sizeof(rt_string));
    *s = gc_string(msg, "");
    return (rt_iface){t, s};
}

_Noreturn static void panic_bounds(bcode code, int64_t x, int64_t y) {
    bounds_error *e = rt_alloc((int64_t)sizeof(bounds_error));
    *e = (bounds_error){x, y, true, (uint8_t)code};
    rt_panic((rt_iface){&boundsError_type, e});
}

void rt_panic_index(int64_t i, int64_t len) { panic_bounds(B_INDEX, i, len); }
void rt_panic_slice_hi(int64_t hi, int64_t bound, bool is_cap) {
    panic_bounds(is_cap ? B_SLICE_ACAP : B_SLICE_ALEN, hi, bound);
}
void rt_panic_slice_lohi(int64_t lo, int64_t hi) { panic_bounds(B_SLICE_B, lo, hi); }
void rt_panic_slice3_max(int64_t max, int64_t cap) { panic_bounds(B_SLICE3_ACAP, max, cap); }
void rt_panic_slice3_max_len(int64_t max, int64_t len) { panic_bounds(B_SLICE3_ALEN, max, len); }
void rt_panic_slice3_himax(int64_t hi, int64_t max) { panic_bounds(B_SLICE3_B, hi, max); }
void rt_panic_slice3_lohi(int64_t lo, int64_t hi) { panic_bounds(B_SLICE3_C, lo, hi); }
void rt_panic_convert(int64_t arraylen, int64_t len) { panic_bounds(B_CONVERT, arraylen, len); }

void rt_panic_msg(const char *msg) { rt_panic(string_value(&errorString_type, msg)); }
void rt_panic_plain(const char *msg) { rt_panic(string_value(&plainError_type, msg)); }
void rt_panic_assert(const char *msg) { rt_panic(string_value(&typeAssertionError_type, msg)); }
void rt_panic_divide(void) { rt_panic_msg("integer divide by zero"); }
void rt_panic_overflow(void) { rt_panic_msg("integer overflow"); }
void rt_panic_shift(void) { rt_panic_msg("negative shift amount"); }

/* Called by a nil check or, from stack.c's fault handler, in place of the
 * faulting instruction: either way the return address is the pc that
 * Go's signal line names. */
_Noreturn static void panic_nil(uintptr_t pc, uintptr_t addr) {
    start_panic((rt_iface){&errorString_type, (void *)&memory_error}, false, pc, addr);
    __builtin_unreachable();
}

void rt_panic_nil(void) {
    panic_nil((uintptr_t)__builtin_extract_return_addr(__builtin_return_address(0)), 0);
}

/* Go reads a field of a nil pointer without a check when its offset is
 * below the 4 KiB that are never mapped, and faults at that offset;
 * above them an explicit check faults at 0. */
void rt_panic_nil_at(uintptr_t addr) {
    panic_nil((uintptr_t)__builtin_extract_return_addr(__builtin_return_address(0)), addr < 4096 ? addr : 0);
}

void rt_panic_string(const char *s) {
    rt_panic(string_value(&rt_type_string, s));
}

/* ---- printing --------------------------------------------------------------------- */

static void puts2(const char *s) {
    rt_print_string((rt_string){(const uint8_t *)s, (int64_t)strlen(s)});
}

static uint32_t dying;
static __thread bool dying_here;

/* Only the first goroutine to die prints; any other waits for the exit.
 * The thread that is printing can only come back here by failing to
 * print (a fault while walking a corrupt stack): as Go's startpanic_m at
 * m.dying 2, it says so and exits rather than waiting for itself. */
static void die_begin(void) {
    uint32_t zero = 0;
    if (dying_here) {
        puts2("stack trace unavailable\n");
        rt_exit(2);
    }
    if (!__atomic_compare_exchange_n(&dying, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        for (;;)
            pause();
    dying_here = true;
    rt_freeze_world();
}

/* Go's runtime.main: a panic whose deferred calls are still running gets a
 * little time to reach its end; one being printed is waited for, main
 * parked for good (the printer exits 2). Go yields 1000 times; CS's yields
 * are cheaper, so it yields for up to 100ms instead, which a thread the OS
 * preempted for a while still fits in. */
void rt_wait_for_panics(void) {
    int64_t until = rt_nanotime() + 100 * 1000 * 1000;
    while (__atomic_load_n(&running_panics, __ATOMIC_SEQ_CST) != 0 &&
           __atomic_load_n(&dying, __ATOMIC_SEQ_CST) == 0 && rt_nanotime() < until)
        rt_gosched();
    if (__atomic_load_n(&dying, __ATOMIC_SEQ_CST) != 0)
        rt_park("panicwait", NULL, NULL);
}

/* Go's preprintpanics: error and Stringer values become their text. */
static void panic_text(panicrec *p) {
    if (!p->arg.type)
        return;
    static const char *const names[] = {"Error", "String"};
    for (int i = 0; i < 2; i++) {
        void *m = rt_iface_method(p->arg, (rt_string){(const uint8_t *)names[i],
                                                      (int64_t)strlen(names[i])});
        if (m) {
            rt_string *s = rt_alloc((int64_t)sizeof(rt_string));
            *s = ((rt_string(*)(void *))m)(p->arg.data);
            p->arg = (rt_iface){&rt_type_string, s};
            return;
        }
    }
}

/* Go's printany: basic values as print() shows them, named basic types as
 * T(v), anything else as (T) address. */
static void print_value(rt_iface v) {
    const rt_type *t = v.type;
    if (!t) {
        puts2("nil");
        return;
    }
    bool named = (t->flags & RT_TFLAG_NAMED) && memchr(t->name.ptr, '.', (size_t)t->name.len);
    if (named && t->kind >= RT_KIND_BOOL && t->kind <= RT_KIND_STRING) {
        rt_print_string(t->name);
        puts2(t->kind == RT_KIND_STRING ? "(\"" : "(");
    }
    const void *d = v.data;
    switch (t->kind) {
    case RT_KIND_BOOL: rt_print_bool(*(const bool *)d); break;
    case RT_KIND_INT: case RT_KIND_INT64: rt_print_int(*(const int64_t *)d); break;
    case RT_KIND_INT8: rt_print_int(*(const int8_t *)d); break;
    case RT_KIND_INT16: rt_print_int(*(const int16_t *)d); break;
    case RT_KIND_INT32: rt_print_int(*(const int32_t *)d); break;
    case RT_KIND_UINT: case RT_KIND_UINT64: case RT_KIND_UINTPTR:
        rt_print_uint(*(const uint64_t *)d); break;
    case RT_KIND_UINT8: rt_print_uint(*(const uint8_t *)d); break;
    case RT_KIND_UINT16: rt_print_uint(*(const uint16_t *)d); break;
    case RT_KIND_UINT32: rt_print_uint(*(const uint32_t *)d); break;
    case RT_KIND_FLOAT32: rt_print_float(*(const float *)d); break;
    case RT_KIND_FLOAT64: rt_print_float(*(const double *)d); break;
    case RT_KIND_STRING: rt_print_string(*(const rt_string *)d); break;
    default:
        puts2("(");
        rt_print_string(t->name);
        puts2(") ");
        rt_print_pointer(d);
        return;
    }
    if (named)
        puts2(t->kind == RT_KIND_STRING ? "\")" : ")");
}

/* Go's printpanics: oldest first, each later one tab-indented. */
static void print_panics(panicrec *p) {
    if (p->link) {
        print_panics(p->link);
        if (!p->link->goexit)
            puts2("\t");
    }
    if (p->goexit)
        return;
    puts2("panic: ");
    print_value(p->arg);
    if (p->recovered)
        puts2(" [recovered]");
    puts2("\n");
}

static void print_goroutine(rt_g *g) {
    if (g)
        rt_traceback_panic(2, g);
}

/* A panic escaped an Error or String method that preprinting called: as
 * in Go's preprintpanics, a fatal error naming the escaping value, unless
 * it is nil, which Go's recover there takes for no panic: then the panics
 * print as they are. */
static void preprint_failed(rt_g *g, panicrec *printing) {
    rt_iface v = ((panicrec *)g->panic)->arg;
    if (!v.type) {
        g->panic = printing;
        return;
    }
    static const char prefix[] = "panic while printing panic value: ";
    rt_string what = v.type == &rt_type_string ? *(rt_string *)v.data : v.type->name;
    const char *type = v.type == &rt_type_string ? "" : "type ";
    size_t n = sizeof prefix - 1 + strlen(type) + (size_t)what.len;
    char *msg = rt_alloc_noscan((int64_t)n + 1);
    snprintf(msg, n + 1, "%s%s%.*s", prefix, type, (int)what.len, (const char *)what.ptr);
    rt_fatal(msg);
}

_Noreturn static void fatalpanic(rt_g *g) {
    /* Go's runtime.main drops the initialisation thread lock in a deferred
     * call, which has run by now: a panic escaping init prints "[running]". */
    g->lockedinit = false;
    panicrec *top = g->panic, *printing = NULL;
    for (panicrec *p = top->link; p; p = p->link)
        if (p->printing)
            printing = p;
    if (printing) {
        preprint_failed(g, printing);
    } else {
        top->printing = true;
        for (panicrec *p = g->panic; p; p = p->link)
            panic_text(p);
    }
    panicrec *sig = g->panic;
    while (sig != NULL && sig->sigpc == 0)
        sig = sig->link;
    die_begin();
    rt_print_lock();
    print_panics(g->panic);
    if (sig != NULL) {
        puts2("[signal SIGSEGV: segmentation violation code=0x1 addr=0x");
        rt_write_hex(2, sig->sigaddr);
        puts2(" pc=0x");
        rt_write_hex(2, sig->sigpc);
        puts2("]\n");
    }
    print_goroutine(g);
    rt_print_unlock();
    rt_exit(2);
}

/* ---- fatal errors ----------------------------------------------------------------- */

_Noreturn static void fatal(const char *prefix, const char *msg) {
    die_begin();
    rt_print_lock();
    puts2("fatal error: ");
    puts2(prefix);
    puts2(msg);
    puts2("\n");
    rt_traceback_fatal(2, rt_getg());
    rt_print_unlock();
    rt_exit(2);
}

void rt_fatal(const char *msg) {
    fatal("", msg);
}

void rt_throw(const char *msg) {
    fatal(strncmp(msg, "runtime: ", 9) == 0 ? "" : "runtime: ", msg);
}
