/* finalizer.c: runtime.SetFinalizer on Boehm's finalization.
 *
 * Go runs finalizers on one goroutine of its own, after a collection
 * finds their objects unreachable, an object before the objects it
 * points to. Boehm's GC_register_finalizer has that order; a collection
 * queues the finalizers it finds due, and with finalize-on-demand set
 * Boehm then calls our notifier instead of running them wherever memory
 * is being allocated. The first SetFinalizer sets that, and starts the
 * finalizer goroutine (rt_go_finalizer: Go's id for it, not counted by
 * NumGoroutine). The goroutine parks until notified, then runs the queue
 * (GC_invoke_finalizers), one finalizer at a time.
 *
 * The notifier runs after a collection, outside the collector's lock, on
 * the thread that allocated or called runtime.GC. On a goroutine it
 * readies the finalizer goroutine; on a scheduler stack (no goroutine)
 * it only notes the work, which the next notifier call or runtime.GC
 * hands over (finalizer_kick).
 *
 * Calling a finalizer: its type is only known by its name ("func(*main.T)
 * error"), so SetFinalizer checks the argument against that spelling as
 * Go checks types (fin_check), and the call passes the object (as the
 * pointer, or as an interface value {type, pointer}) followed by spare
 * out pointers for results after the first (csc's calling convention:
 * the first result is returned, each further one stored through an out
 * pointer; a callee ignores arguments it does not take). A first result
 * returned in memory would need a hidden pointer argument, so a result
 * type that C might return that way (arrays, structs, slices, and named
 * types, whose underlying type the name does not tell) is refused.
 */
#include "finalizer.h"
#include "sched.h"

#include <gc.h>
#include <stdio.h>
#include <string.h>

enum { NOUT = 8, OUTSIZE = 4096 };

/* A registered finalizer: Boehm keeps it (client data) alive with the
 * finalizer, and the closure with it. */
typedef struct fin {
    rt_func *fn;
    const rt_type *iface_type;  /* non-NULL: pass {iface_type, obj} */
    intptr_t offset;            /* of obj in the block Boehm knows (tiny values) */
} fin;

/* The finalizer goroutine's wake-up: pending work, and the goroutine
 * while parked waiting for it. */
static rt_lock wake_lock;
static bool work_pending;
static rt_g *parked;

static bool park_unlock(rt_g *g, void *arg) {
    (void)g;
    rt_lock_release(arg);
    return true;
}

static void wait_for_work(void) {
    rt_lock_acquire(&wake_lock);
    while (!work_pending) {
        parked = rt_getg();
        rt_park(RT_WAIT_FINALIZER, park_unlock, &wake_lock);
        rt_lock_acquire(&wake_lock);
    }
    work_pending = false;
    rt_lock_release(&wake_lock);
}

/* Hands noted work to the finalizer goroutine; a goroutine only. */
static void finalizer_kick(void) {
    rt_lock_acquire(&wake_lock);
    rt_g *g = NULL;
    if (work_pending) {
        g = parked;
        parked = NULL;
    }
    rt_lock_release(&wake_lock);
    if (g != NULL)
        rt_ready(g);
}

static void GC_CALLBACK notify(void) {
    rt_lock_acquire(&wake_lock);
    work_pending = true;
    rt_lock_release(&wake_lock);
    if (rt_getg() != NULL)
        finalizer_kick();
}

static void finalizer_goroutine(void *arg) {
    (void)arg;
    for (;;) {
        wait_for_work();
        GC_invoke_finalizers();
    }
}

/* Results after the first land here; only this goroutine calls
 * finalizers, one at a time. A result larger than OUTSIZE bytes would
 * overrun its slot (no finalizer seen in practice returns one). */
static _Alignas(16) char outbuf[NOUT][OUTSIZE];

typedef void (*ptr_call)(rt_func *, void *, void *, void *, void *, void *,
                         void *, void *, void *, void *);
typedef void (*iface_call)(rt_func *, rt_iface, void *, void *, void *, void *,
                           void *, void *, void *, void *);

static void GC_CALLBACK run_finalizer(void *base, void *cd) {
    fin *f = cd;
    void *obj = (char *)base + f->offset;
    char (*o)[OUTSIZE] = outbuf;
    if (f->iface_type != NULL)
        ((iface_call)f->fn->fn)(f->fn, (rt_iface){f->iface_type, obj}, o[0], o[1], o[2], o[3],
                                o[4], o[5], o[6], o[7]);
    else
        ((ptr_call)f->fn->fn)(f->fn, obj, o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7]);
}

/* Sets finalize-on-demand and starts the goroutine, once; a racing
 * caller yields until that is done, so no finalizer is registered while
 * Boehm would still run it on an allocating thread. */
static void start_once(void) {
    enum { NOT_STARTED, STARTING, STARTED };
    static int state;
    int expected = NOT_STARTED;
    if (__atomic_load_n(&state, __ATOMIC_ACQUIRE) == STARTED)
        return;
    if (__atomic_compare_exchange_n(&state, &expected, STARTING, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
        GC_set_finalizer_notifier(notify);
        GC_set_finalize_on_demand(1);
        rt_go_finalizer(finalizer_goroutine, NULL);
        __atomic_store_n(&state, STARTED, __ATOMIC_RELEASE);
        return;
    }
    while (__atomic_load_n(&state, __ATOMIC_ACQUIRE) != STARTED)
        rt_gosched();
}

void rt_finalizer_after_gc(void) {
    finalizer_kick();
}

/* ---- SetFinalizer's checks ---------------------------------------------- */

static _Noreturn void fail(const char *a, const char *b, const char *c, const char *d) {
    char msg[1024];
    snprintf(msg, sizeof msg, "runtime.SetFinalizer: %s%s%s%s", a, b, c, d);
    rt_fatal(msg);
}

static _Noreturn void cannot_pass(const char *oname, const char *fname, const char *why) {
    char msg[1024];
    snprintf(msg, sizeof msg, "runtime.SetFinalizer: cannot pass %s to finalizer %s%s", oname, fname, why);
    rt_fatal(msg);
}

/* The end of the type spelled at s: at depth 0, the first ',' or the
 * unmatched ')' (or the end). */
static const char *type_end(const char *s) {
    int depth = 0;
    for (; *s != '\0'; s++) {
        if (*s == '(' || *s == '[' || *s == '{')
            depth++;
        else if ((*s == ')' || *s == ']' || *s == '}') && depth-- == 0)
            return s;
        else if (*s == ',' && depth == 0)
            return s;
    }
    return s;
}

static bool spelled(const char *s, const char *end, const char *name) {
    size_t n = strlen(name);
    return (size_t)(end - s) == n && strncmp(s, name, n) == 0;
}

static bool has_prefix(const char *s, const char *p) {
    return strncmp(s, p, strlen(p)) == 0;
}

/* Whether C returns a first result spelled [r, end) in registers. */
static bool returned_in_registers(const char *r, const char *end) {
    static const char *const kinds[] = {
        "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
        "uint32", "uint64", "uintptr", "byte", "rune", "float32", "float64", "string",
        "error", "any", "unsafe.Pointer", NULL,
    };
    static const char *const prefixes[] = {"*", "map[", "chan ", "<-chan ", "func(", "interface {", NULL};
    for (int i = 0; kinds[i] != NULL; i++)
        if (spelled(r, end, kinds[i]))
            return true;
    for (int i = 0; prefixes[i] != NULL; i++)
        if (has_prefix(r, prefixes[i]))
            return true;
    return false;
}

/* The first result's spelling in the finalizer type's name, after its
 * parameter list at params_end (")"): [*r, return) or NULL for none. */
static const char *first_result(const char *params_end, const char **r) {
    const char *s = params_end + 1;
    if (*s != ' ')
        return NULL;
    s++;
    if (*s == '(')
        s++;
    *r = s;
    return type_end(s);
}

/* Checks that a finalizer of type ft can take an object of pointer type
 * ot, as Go checks it but on the types' spellings, and returns how to
 * pass it: NULL as the pointer, else as an interface value of dynamic
 * type ot. The parameter must be ot or an interface (a named parameter
 * type other than ot is taken for an interface: the spelling cannot tell,
 * and Go refuses a named pointer type there anyway). */
static const rt_type *fin_check(const rt_type *ot, const rt_type *ft) {
    const char *fname = rt_cstring(ft->name), *oname = rt_cstring(ot->name);
    const char *p = fname + strlen("func(");
    const char *pend = type_end(p);
    if (has_prefix(p, "..."))
        cannot_pass(oname, fname, " because dotdotdot");
    if (pend == p || *pend != ')')
        cannot_pass(oname, fname, "");
    const char *r, *rend = first_result(pend, &r);
    if (rend != NULL && !returned_in_registers(r, rend))
        fail("csc cannot call finalizer ", fname, ": its first result may be returned in memory", "");
    if (spelled(p, pend, oname))
        return NULL;
    if (*p == '*' || has_prefix(p, "[") || has_prefix(p, "map[") || has_prefix(p, "func(") ||
        has_prefix(p, "chan ") || has_prefix(p, "<-chan ") || has_prefix(p, "struct {"))
        cannot_pass(oname, fname, "");
    return ot;
}

/* func SetFinalizer(obj any, finalizer any) */
void runtime_SetFinalizer(rt_iface obj, rt_iface finalizer) {
    if (obj.type == NULL)
        fail("first argument is nil", "", "", "");
    if (obj.type->kind != RT_KIND_PTR)
        fail("first argument is ", rt_cstring(obj.type->name), ", not pointer", "");
    if (obj.data == NULL)
        fail("pointer not in allocated block", "", "", "");
    void *base = GC_base(obj.data);
    if (base == NULL)
        return;     /* a global, or a zero-sized value: Go ignores those too */
    if (!rt_alloc_begins_at(base, obj.data) && obj.type->elem->size >= 16)    /* Go's maxTinySize */
        fail("pointer not at beginning of allocated block", "", "", "");
    GC_finalization_proc old_fn;
    void *old_cd;
    if (finalizer.type == NULL) {
        GC_register_finalizer(base, NULL, NULL, &old_fn, &old_cd);
        return;
    }
    if (finalizer.type->kind != RT_KIND_FUNC)
        fail("second argument is ", rt_cstring(finalizer.type->name), ", not a function", "");
    fin *f = rt_alloc(sizeof *f);
    f->fn = finalizer.data;
    f->iface_type = fin_check(obj.type, finalizer.type);
    f->offset = (char *)obj.data - (char *)base;
    start_once();
    GC_register_finalizer(base, run_finalizer, f, &old_fn, &old_cd);
    if (old_fn != NULL) {
        GC_register_finalizer(base, old_fn, old_cd, &old_fn, &old_cd);
        fail("finalizer already set", "", "", "");
    }
}
