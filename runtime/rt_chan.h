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
 * A function containing `defer` owns an rt_frame on its C stack, linked
 * into its goroutine's frame list (innermost first) from its entry to its
 * exit. Its deferred calls are kept one of two ways, never both in one
 * frame:
 *
 *  - open-coded (codegen, when no defer statement of the function is in a
 *    loop: each runs at most once per call, in source order): defer
 *    statement i stores the callee and arguments it evaluates in record i,
 *    a local of the function, and sets bit i of fr.pending. The frame's
 *    `open` table gives, per bit, the thunk making the call and the
 *    record's offset from the frame (a deferred closure's own record may
 *    be in the frame too). The normal return makes the pending calls
 *    itself, highest bit first, clearing each bit before its call, with
 *    in_defer set (so that recover() in them does not reach a panic that
 *    an outer frame's deferred call is running under);
 *  - recorded: rt_defer_push(fr, thunk, record) links heap nodes LIFO
 *    (defers in loops; runtime C code).
 *
 * A panic (rt_panic) makes the pending calls of each frame in turn,
 * innermost frame first, on top of the panicking stack, and unlinks the
 * frames it has finished; with no frame left it prints Go's message and
 * the goroutine trace and exits 2. Nothing longjmps unless a panic is
 * recovered: only a frame that `catches` (the head of an rt_catchframe,
 * which setjmps at entry) can be recovered into. When a deferred call of
 * such a frame recovers, the panic makes the frame's remaining calls as
 * on a normal return, then longjmps to jb, and the function returns
 * normally with the results the deferred calls left (codegen keeps them in
 * memory). recover() called from a deferred call of a frame that does not
 * catch returns nil: Go's recover stops a panic only when called directly
 * by the deferred function, so codegen makes a frame catch exactly when
 * one of its deferred callees may be a function that calls recover.
 *
 *     struct F_frame_ { rt_frame fr; struct F_defer1 d0; } fr_;
 *     rt_frame_push(&fr_.fr, F_open_, false);
 *     ... `defer` fills fr_.d0 and sets fr_.fr.pending |= 1;
 *         `return` stores the results and jumps to exit_ ...
 *   exit_:
 *     fr_.fr.in_defer = true;
 *     if (fr_.fr.pending & 1) { fr_.fr.pending &= ~1u; ...call from fr_.d0... }
 *     rt_frame_unlink(&fr_.fr);  // rt_frame_pop(): recorded calls or catching
 *     return results;
 *
 * A catching function declares `struct { rt_catchframe cf; ... } fr_`,
 * pushes &fr_.cf.fr with catches = true and runs its body under
 * `if (RT_FRAME_SETJMP(&fr_.cf) == 0) { body }`; a recovered panic lands
 * at exit_ with nothing pending. */
typedef struct rt_defer {
    struct rt_defer *link;
    void (*fn)(void *arg);
    void *arg;
} rt_defer;
typedef struct rt_opendefer {
    void (*fn)(void *arg);      /* the thunk: makes the call from the record */
    size_t off;                 /* the record's offset from the frame */
} rt_opendefer;
typedef struct rt_frame {
    struct rt_frame *prev;
    struct rt_frame **top;      /* the goroutine's list head, where it is linked */
    rt_defer *defers;           /* recorded calls, newest first */
    const rt_opendefer *open;   /* open-coded calls, by bit (NULL if none) */
    uint32_t pending;           /* bit i: open[i] is to be called */
    bool in_defer;              /* one of its deferred calls is running */
    bool catches;               /* the head of an rt_catchframe */
    void *panic;                /* panic.c: the panic making its calls */
    void *seg;                  /* panic.c: the stack segment the frame lives on */
} rt_frame;
typedef struct rt_catchframe {
    rt_frame fr;
    jmp_buf jb;
} rt_catchframe;
#define RT_FRAME_SETJMP(cf) _setjmp((cf)->jb)
void rt_frame_push(rt_frame *fr, const rt_opendefer *open, bool catches);
void rt_defer_push(rt_frame *fr, void (*fn)(void *arg), void *arg);
void rt_frame_pop(rt_frame *fr);
/* rt_frame_pop of a frame that does not catch and has no recorded calls,
 * once its open-coded calls are made: all that is left is the unlinking. */
static inline void rt_frame_unlink(rt_frame *fr) {
    *fr->top = fr->prev;
}
/* panic(v) */
_Noreturn void rt_panic(rt_iface v);
/* recover(): the current panic's value if called from a deferred call while
 * panicking (and stops the panic), else a nil interface. */
rt_iface rt_recover(void);
/* recover() in a function literal that is only ever called as a deferred
 * call (`defer func() { ... }()`): direct by construction, no stack walk. */
rt_iface rt_recover_direct(void);
/* recover() as generated code calls it. rt_recover tells a direct call by
 * the frame above its caller, so the caller must not tail-call it (a
 * `return recover()` helper would vanish from the stack and pass for the
 * deferred function): the empty asm reading the result comes after. */
#define RT_RECOVER() \
    ({ rt_iface recovered_ = rt_recover(); __asm__ volatile("" : : "r"(&recovered_) : "memory"); recovered_; })

/* ---- run-time errors (all panic with a runtime.Error value) ---------------- */
_Noreturn void rt_panic_index(int64_t i, int64_t len);          /* index out of range [i] with length len */
/* slice bounds out of range, in Go's five forms: */
_Noreturn void rt_panic_slice_hi(int64_t hi, int64_t bound, bool is_cap); /* [:hi] with capacity|length bound */
_Noreturn void rt_panic_slice_lohi(int64_t lo, int64_t hi);     /* [lo:hi] */
_Noreturn void rt_panic_slice3_max(int64_t max, int64_t cap);   /* [::max] with capacity cap */
_Noreturn void rt_panic_slice3_max_len(int64_t max, int64_t len); /* [::max] with length len (arrays) */
_Noreturn void rt_panic_slice3_himax(int64_t hi, int64_t max);  /* [:hi:max] */
_Noreturn void rt_panic_slice3_lohi(int64_t lo, int64_t hi);    /* [lo:hi:] */
_Noreturn void rt_panic_divide(void);                           /* integer divide by zero */
_Noreturn void rt_panic_overflow(void);                         /* integer overflow (bits.Div*) */
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
