/* defer/panic/recover: LIFO defers on return, recover stopping a panic,
 * recover outside a panic, a panic inside a deferred call (recovered or
 * replacing the first), open-coded calls and frames that do not catch,
 * Go's run-time error texts and type names, and runtime.Goexit running
 * deferred calls. Printing of unrecovered panics
 * is covered by golden tests (tests/golden/panic). */
#include "rtcheck.h"
#include "chan_internal.h"

/* ---- defers on a normal return --------------------------------------------------- */

typedef struct trail {
    char s[64];
    int n;
} trail;

typedef struct entry {
    trail *l;
    char c;
} entry;

static void append(void *arg) {
    entry *e = arg;
    e->l->s[e->l->n++] = e->c;
}

static void defer_append(rt_frame *fr, trail *l, char c) {
    entry *e = rt_alloc(sizeof *e);
    *e = (entry){l, c};
    rt_defer_push(fr, append, e);
}

static void three_defers(trail *l) {
    rt_catchframe cf;
    rt_frame_push(&cf.fr, NULL, true);
    if (RT_FRAME_SETJMP(&cf) == 0) {
        defer_append(&cf.fr, l, 'a');
        defer_append(&cf.fr, l, 'b');
        defer_append(&cf.fr, l, 'c');
    }
    rt_frame_pop(&cf.fr);
}

RT_TEST(test_defer_order, 1) {
    trail *l = rt_alloc(sizeof *l);
    three_defers(l);
    ck_assert_str_eq(l->s, "cba");
    ck_assert_ptr_null(rt_recover().type);     /* not panicking */
    ck_assert_ptr_null(rt_getg()->frames);
}

/* ---- panics through frames ----------------------------------------------------------- */

static void panic_after_defers(void *arg) {
    trail *l = arg;
    rt_catchframe cf;
    rt_frame_push(&cf.fr, NULL, true);
    if (RT_FRAME_SETJMP(&cf) == 0) {
        defer_append(&cf.fr, l, 'x');
        defer_append(&cf.fr, l, 'y');
        rt_panic_string("first");
    }
    rt_frame_pop(&cf.fr);
    l->s[l->n++] = '!';     /* not reached: the panic goes on */
}

RT_TEST(test_recover, 1) {
    trail *l = rt_alloc(sizeof *l);
    rt_iface v = catch_panic(panic_after_defers, l);
    ck_assert_str_eq(panic_text(v), "first");
    ck_assert_str_eq(l->s, "yx");
    ck_assert_ptr_null(rt_getg()->panic);
    ck_assert_ptr_null(rt_getg()->frames);
    /* after recovery everything works again */
    v = catch_panic(panic_after_defers, l);
    ck_assert_str_eq(panic_text(v), "first");
    ck_assert_str_eq(l->s, "yxyx");
}

static void panic_second(void *arg) {
    rt_panic_string("second");
}

/* defer panic("second"); panic("first"): the recovered value is "second" */
static void panic_in_defer(void *arg) {
    rt_catchframe cf;
    rt_frame_push(&cf.fr, NULL, true);
    if (RT_FRAME_SETJMP(&cf) == 0) {
        rt_defer_push(&cf.fr, panic_second, NULL);
        rt_panic_string("first");
    }
    rt_frame_pop(&cf.fr);
}

static void recover_inside(void *arg) {
    trail *l = arg;
    rt_iface v = catch_panic(panic_second, NULL);   /* its own panic, recovered inside */
    ck_assert_str_eq(panic_text(v), "second");
    l->s[l->n++] = 'r';
}

/* a deferred call that panics and recovers internally: the first panic
 * continues */
static void defer_recovers_own(void *arg) {
    trail *l = arg;
    rt_catchframe cf;
    rt_frame_push(&cf.fr, NULL, true);
    if (RT_FRAME_SETJMP(&cf) == 0) {
        rt_defer_push(&cf.fr, recover_inside, l);
        rt_panic_string("first");
    }
    rt_frame_pop(&cf.fr);
}

RT_TEST(test_nested_panics, 1) {
    ck_assert_str_eq(panic_text(catch_panic(panic_in_defer, NULL)), "second");
    ck_assert_ptr_null(rt_getg()->panic);   /* the aborted first panic is gone too */
    trail *l = rt_alloc(sizeof *l);
    ck_assert_str_eq(panic_text(catch_panic(defer_recovers_own, l)), "first");
    ck_assert_str_eq(l->s, "r");
    ck_assert_ptr_null(rt_getg()->panic);
}

/* ---- open-coded calls, frames that do not catch --------------------------------------- */

typedef struct opened {
    rt_frame fr;
    entry d0, d1, d2;
} opened;

static const rt_opendefer opened_calls[] = {
    {append, offsetof(opened, d0)},
    {append, offsetof(opened, d1)},
    {append, offsetof(opened, d2)},
};

/* fills records 0 and 2 (as if defer statement 1 had not run), then
 * returns or panics: the pending calls run highest bit first either way */
static void open_frame(trail *l, bool panics) {
    opened o;
    rt_frame_push(&o.fr, opened_calls, false);
    o.d0 = (entry){l, 'a'};
    o.fr.pending |= 1;
    o.d2 = (entry){l, 'c'};
    o.fr.pending |= 4;
    if (panics)
        rt_panic_string("open");
    rt_frame_pop(&o.fr);
}

static void open_panics(void *arg) {
    open_frame(arg, true);
}

static void recover_here(void *arg) {
    trail *l = arg;
    l->s[l->n++] = rt_recover().type ? 'R' : 'n';
}

/* a deferred call of a frame that does not catch cannot recover */
static void no_catch_recover(void *arg) {
    rt_frame fr;
    rt_frame_push(&fr, NULL, false);
    rt_defer_push(&fr, recover_here, arg);
    rt_panic_string("kept");
}

RT_TEST(test_open_coded, 1) {
    trail *l = rt_alloc(sizeof *l);
    open_frame(l, false);
    ck_assert_str_eq(l->s, "ca");
    ck_assert_str_eq(panic_text(catch_panic(open_panics, l)), "open");
    ck_assert_str_eq(l->s, "caca");
    ck_assert_str_eq(panic_text(catch_panic(no_catch_recover, l)), "kept");
    ck_assert_str_eq(l->s, "cacan");
    ck_assert_ptr_null(rt_getg()->frames);
    ck_assert_ptr_null(rt_getg()->panic);
}

/* ---- run-time errors ------------------------------------------------------------------- */

typedef struct rterr {
    int kind;
} rterr;

static void raise(void *arg) {
    switch (((rterr *)arg)->kind) {
    case 0: rt_panic_index(5, 3);
    case 1: rt_panic_index(-1, 3);
    case 2: rt_panic_slice_hi(7, 4, true);
    case 3: rt_panic_slice_hi(7, 4, false);
    case 4: rt_panic_slice_lohi(3, 2);
    case 5: rt_panic_slice3_max(9, 4);
    case 6: rt_panic_slice3_himax(5, 4);
    case 7: rt_panic_slice3_lohi(3, 1);
    case 8: rt_panic_divide();
    case 9: rt_panic_nil();
    case 10: rt_panic_shift();
    case 11: rt_panic_plain("assignment to entry in nil map");
    case 12: rt_panic_msg("makeslice: len out of range");
    }
}

RT_TEST(test_runtime_errors, 1) {
    static const struct {
        const char *text, *type;
    } want[] = {
        {"runtime error: index out of range [5] with length 3", "runtime.boundsError"},
        {"runtime error: index out of range [-1]", "runtime.boundsError"},
        {"runtime error: slice bounds out of range [:7] with capacity 4", "runtime.boundsError"},
        {"runtime error: slice bounds out of range [:7] with length 4", "runtime.boundsError"},
        {"runtime error: slice bounds out of range [3:2]", "runtime.boundsError"},
        {"runtime error: slice bounds out of range [::9] with capacity 4", "runtime.boundsError"},
        {"runtime error: slice bounds out of range [:5:4]", "runtime.boundsError"},
        {"runtime error: slice bounds out of range [3:1:]", "runtime.boundsError"},
        {"runtime error: integer divide by zero", "runtime.errorString"},
        {"runtime error: invalid memory address or nil pointer dereference", "runtime.errorString"},
        {"runtime error: negative shift amount", "runtime.errorString"},
        {"assignment to entry in nil map", "runtime.plainError"},
        {"runtime error: makeslice: len out of range", "runtime.errorString"},
    };
    for (int i = 0; i < (int)(sizeof want / sizeof want[0]); i++) {
        rterr e = {i};
        rt_iface v = catch_panic(raise, &e);
        ck_assert_str_eq(panic_text(v), want[i].text);
        ck_assert_str_eq(rt_cstring(v.type->name), want[i].type);
        ck_assert_ptr_nonnull(rt_iface_method(v, RT_STR("RuntimeError")));
    }
}

/* ---- Goexit ---------------------------------------------------------------------------- */

typedef struct gx {
    trail l;
    rt_chan *done;
    bool recovered_something;
} gx;

static void gx_recover(void *arg) {
    gx *x = arg;
    x->recovered_something = rt_recover().type != NULL;
    x->l.s[x->l.n++] = 'd';
}

static void gx_body(void *arg) {
    gx *x = arg;
    rt_catchframe cf;
    rt_frame_push(&cf.fr, NULL, true);
    if (RT_FRAME_SETJMP(&cf) == 0) {
        rt_defer_push(&cf.fr, gx_recover, x);
        rt_chanclose(x->done);  /* lets main go on once we are gone */
        rt_goexit_unwind();
        rt_goexit();
    }
    rt_frame_pop(&cf.fr);
    x->l.s[x->l.n++] = '!';     /* not reached */
}

RT_TEST(test_goexit, 2) {
    gx *x = rt_alloc(sizeof *x);
    x->done = rt_makechan(&rt_type_int, 0);
    GO(gx_body, x);
    rt_chanrecv(x->done, NULL);
    while (rt_numgoroutine() > 1)
        rt_gosched();
    ck_assert_str_eq(x->l.s, "d");
    ck_assert(!x->recovered_something);
}

static Suite *panic_suite(void) {
    Suite *s = suite_create("panic");
    TCase *tc = tcase_create("panic");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_defer_order, 0);
    tcase_add_exit_test(tc, test_recover, 0);
    tcase_add_exit_test(tc, test_nested_panics, 0);
    tcase_add_exit_test(tc, test_open_coded, 0);
    tcase_add_exit_test(tc, test_runtime_errors, 0);
    tcase_add_exit_test(tc, test_goexit, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(panic_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
