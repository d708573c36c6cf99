/* rt_chan.h: channels, select, defer/panic/recover and run-time errors as
 * generated code sees them. Part of the rt.h contract.
 * Owner: runtime/chan.c, select.c, panic.c.
 */
#ifndef RT_CHAN_H
#define RT_CHAN_H

#include <setjmp.h>

/* ---- channels -------------------------------------------------------------
 * elem: the element type's descriptor (size). Values move through pointers
 * to the sender's/receiver's own storage (often C locals on goroutine
 * stacks), copied directly to a waiting partner when there is one. */
rt_chan *rt_makechan(const rt_type *elem, int64_t size);
void rt_chansend(rt_chan *c, const void *elem);     /* c <- v; nil c blocks forever */
/* v, ok := <-c. elem may be NULL (<-c as a statement); on a closed and
 * drained channel stores the zero value and returns false. */
bool rt_chanrecv(rt_chan *c, void *elem);
void rt_chanclose(rt_chan *c);
int64_t rt_chanlen(rt_chan *c);
int64_t rt_chancap(rt_chan *c);

/* ---- select -----------------------------------------------------------------
 * One rt_scase per case in source order (default excluded). For a send,
 * elem points at the value to send; for a receive, at storage for the
 * value (or NULL). Returns the index of the chosen case, or -1 if
 * `has_default` and none was ready. *recv_ok is set for a receive case.
 * An empty select with no default (ncases == 0) blocks forever. */
enum { RT_SELECT_SEND = 1, RT_SELECT_RECV = 2 };
typedef struct rt_scase {
    rt_chan *c;
    void *elem;
    int dir;                /* RT_SELECT_SEND / RT_SELECT_RECV */
} rt_scase;
int rt_select(rt_scase *cases, int ncases, bool has_default, bool *recv_ok);

/* ---- defer / panic / recover -------------------------------------------------
 * A function containing `defer` owns an rt_frame on its C stack:
 *
 *     rt_frame fr;
 *     rt_frame_push(&fr);
 *     if (RT_FRAME_SETJMP(&fr) == 0) {
 *         ... body; `return` stores results and jumps to the exit label ...
 *     }
 *   exit:
 *     rt_frame_pop(&fr);   // runs pending defers LIFO; returns normally if
 *                          // there is no panic or it was recovered, else
 *                          // keeps unwinding to the next frame (no return)
 *     return results;
 *
 * `defer f(args)` evaluates f and args at once and records them:
 * rt_defer_push(&fr, thunk, record). A panic (rt_panic) longjmps to the
 * innermost frame; when no frame is left it prints Go's message and the
 * goroutine trace and exits 2. Results must survive the longjmp: codegen
 * keeps them in memory the body writes through a pointer (or volatile). */
typedef struct rt_defer {
    struct rt_defer *link;
    void (*fn)(void *arg);
    void *arg;
} rt_defer;
typedef struct rt_frame {
    struct rt_frame *prev;
    rt_defer *defers;
    void *panic;            /* panic.c: the panic unwinding into this frame */
    bool in_defer;          /* panic.c: one of its deferred calls is running */
    void *seg;              /* panic.c: the stack segment the frame lives on */
    jmp_buf jb;
} rt_frame;
#define RT_FRAME_SETJMP(fr) _setjmp((fr)->jb)
void rt_frame_push(rt_frame *fr);
void rt_defer_push(rt_frame *fr, void (*fn)(void *arg), void *arg);
void rt_frame_pop(rt_frame *fr);
/* panic(v) */
_Noreturn void rt_panic(rt_iface v);
/* recover(): the current panic's value if called from a deferred call while
 * panicking (and stops the panic), else a nil interface. */
rt_iface rt_recover(void);

/* ---- run-time errors (all panic with a runtime.Error value) ---------------- */
_Noreturn void rt_panic_index(int64_t i, int64_t len);          /* index out of range [i] with length len */
/* slice bounds out of range, in Go's five forms: */
_Noreturn void rt_panic_slice_hi(int64_t hi, int64_t bound, bool is_cap); /* [:hi] with capacity|length bound */
_Noreturn void rt_panic_slice_lohi(int64_t lo, int64_t hi);     /* [lo:hi] */
_Noreturn void rt_panic_slice3_max(int64_t max, int64_t cap);   /* [::max] with capacity cap */
_Noreturn void rt_panic_slice3_himax(int64_t hi, int64_t max);  /* [:hi:max] */
_Noreturn void rt_panic_slice3_lohi(int64_t lo, int64_t hi);    /* [lo:hi:] */
_Noreturn void rt_panic_divide(void);                           /* integer divide by zero */
_Noreturn void rt_panic_nil(void);                              /* invalid memory address or nil pointer dereference */
_Noreturn void rt_panic_shift(void);                            /* negative shift amount */
_Noreturn void rt_panic_msg(const char *msg);                   /* panic with a plain runtime error string */
/* Non-runtime-error panics with a string value, e.g. "assignment to entry in
 * nil map", "send on closed channel": Go prints them as "panic: <msg>" but
 * they are runtime.Error values ("runtime error: " is NOT prefixed for
 * these plain errors in Go's output: they are plainError). */
_Noreturn void rt_panic_plain(const char *msg);
/* A failed x.(T): "interface conversion: ...", of type *runtime.TypeAssertionError. */
_Noreturn void rt_panic_assert(const char *msg);

/* fatal error: <msg>, goroutine trace, exit 2 (deadlock, stack overflow...) */
_Noreturn void rt_fatal(const char *msg);
/* A runtime bug: "fatal error: runtime: <msg>", exit 2. */
_Noreturn void rt_throw(const char *msg);

#endif
