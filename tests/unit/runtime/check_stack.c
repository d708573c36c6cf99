/* Stacks: goroutines that have not run own no stack, dead ones give it
 * back for reuse, deep recursion works in goroutine 1 (1 GiB) and in
 * others (chained segments, morestack.c), data referenced only from a
 * frame on an older segment survives collections, overflow in a goroutine
 * is "fatal error: stack overflow" (exit 2), a nil
 * dereference fault becomes a recoverable Go panic, memory per
 * blocked goroutine, and the GC: data referenced only from parked
 * goroutines' stacks survives collections forced by other goroutines. */
#include "schedtest.h"
#include "stack.h"

#include <gc.h>

/* ---- pool reuse -------------------------------------------------------------------------- */

static void nop(void *arg) {
    twait_done(arg);
}

RT_TEST(test_pool_reuse, 1) {
    static twait w;
    int64_t base = rt_stack_inuse();        /* goroutine 1's is separate */
    twait_add(&w, 1);
    GO(nop, &w);
    ck_assert_int_eq(rt_stack_inuse(), base); /* not started: no stack */
    twait_wait(&w);
    for (int round = 0; round < 50; round++) {
        twait_add(&w, 100);
        for (int i = 0; i < 100; i++)
            GO(nop, &w);
        twait_wait(&w);
        rt_gosched();                       /* let the last one finish exiting */
    }
    ck_assert_int_le(rt_stack_inuse(), base + 1);
    /* 5000 goroutines ran; at most a hundred or so stacks ever existed */
    ck_assert_int_le(rt_stack_pooled(), RT_STACK_CACHE * 4);
}

/* ---- recursion and overflow -------------------------------------------------------------- */

/* Recursion as generated code does it (rt_sched.h): the entry check calls
 * the function again on a new segment when the stack runs low. The
 * volatile result keeps gcc -O2 from turning the recursion into a loop. */
static int64_t recurse(int64_t n);

struct recurse_rec { int64_t n, res; };

static void recurse_more(void *p) {
    struct recurse_rec *r = p;
    r->res = recurse(r->n);
}

static int64_t recurse(int64_t n) {
    if (RT_STACK_LOW(0)) {
        struct recurse_rec r = {n, 0};
        if (RT_MORESTACK(recurse_more, &r, 0))
            return r.res;
    }
    volatile char pad[64];
    pad[0] = (char)n;
    if (n == 0)
        return pad[0];
    volatile int64_t below = recurse(n - 1);
    return below + 1 + pad[0] * 0;
}

RT_TEST(test_deep_main, 1) {
    ck_assert_int_eq(recurse(1000000), 1000000);
}

static void deep(void *arg) {
    ck_assert_int_eq(recurse(200000), 200000);       /* ~25 MB: many segments */
    ck_assert_int_eq(recurse(1000), 1000);           /* again, from the cache */
    twait_done(arg);
}

RT_TEST(test_deep_goroutine, 1) {
    static twait w;
    twait_add(&w, 2);
    GO(deep, &w);
    GO(deep, &w);
    twait_wait(&w);
}

static void overflow(void *arg) {
    (void)arg;
    recurse(INT64_MAX);
}

RT_TEST(test_overflow_goroutine, 2) {
    static twait w;
    twait_add(&w, 1);
    GO(overflow, NULL);
    twait_wait(&w);
}

/* An object referenced only from a frame on an older segment survives
 * collections made on a newer one. */
static int64_t hold_deep(int64_t n);

struct hold_rec { int64_t n, res; };

static void hold_more(void *p) {
    struct hold_rec *r = p;
    r->res = hold_deep(r->n);
}

static int64_t hold_deep(int64_t n) {
    if (RT_STACK_LOW(0)) {
        struct hold_rec r = {n, 0};
        if (RT_MORESTACK(hold_more, &r, 0))
            return r.res;
    }
    volatile char pad[256];
    pad[0] = 1;
    if (n == 0) {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 20000; i++)
                memset(GC_MALLOC(16 * sizeof(uintptr_t)), 0xee, 16 * sizeof(uintptr_t));
            GC_gcollect();
        }
        return pad[0];
    }
    uintptr_t *volatile mine = GC_MALLOC(16 * sizeof(uintptr_t));
    for (int i = 0; i < 16; i++)
        mine[i] = (uintptr_t)n * 16 + (uintptr_t)i;
    int64_t r = hold_deep(n - 1) + pad[0];
    for (int i = 0; i < 16; i++)
        if (mine[i] != (uintptr_t)n * 16 + (uintptr_t)i)
            r = -1000000;
    return r;
}

static void gc_deep(void *arg) {
    ck_assert_int_eq(hold_deep(20000), 20001);
    twait_done(arg);
}

RT_TEST(test_gc_across_segments, 1) {
    static twait w;
    twait_add(&w, 1);
    GO(gc_deep, &w);
    twait_wait(&w);
}

/* ---- faults -------------------------------------------------------------------------------- */

static void deref_nil(void *arg) {
    *(volatile int *)arg = 1;
}

RT_TEST(test_nil_fault_panics, 1) {
    rt_iface v = catch_panic(deref_nil, NULL);
    ck_assert_str_eq(panic_text(v), "runtime error: invalid memory address or nil pointer dereference");
    v = catch_panic(deref_nil, NULL);       /* the handler is still armed */
    ck_assert_ptr_nonnull(v.type);
}

RT_TEST(test_wild_fault_exits, 1) {
    deref_nil((void *)(uintptr_t)0xdead0000);
}

/* ---- memory per blocked goroutine ---------------------------------------------------------- */

static rt_lock block_lock;
static int64_t nblocked;
static rt_g *blocked_head;
static twait all_parked;

static bool block_unlock(rt_g *g, void *arg) {
    (void)arg;
    g->schedlink = NULL;
    g->param = blocked_head;        /* a list through param, under block_lock */
    blocked_head = g;
    nblocked++;
    rt_lock_release(&block_lock);
    twait_done(&all_parked);
    return true;
}

static void block(void *arg) {
    (void)arg;
    rt_lock_acquire(&block_lock);
    rt_park(RT_WAIT_CHAN_RECV, block_unlock, NULL);
}

RT_TEST(test_rss_20k, 2) {
    enum { N = 20000 };
    int64_t before = rss_bytes();
    twait_add(&all_parked, N);
    for (int i = 0; i < N; i++)
        GO(block, NULL);
    twait_wait(&all_parked);
    int64_t per = (rss_bytes() - before) / N;
    fprintf(stderr, "RSS per blocked goroutine: %lld bytes\n", (long long)per);
    ck_assert_int_lt(per, 24 * 1024);      /* a million fit in 24 GiB */
    rt_lock_acquire(&block_lock);
    rt_g *g = blocked_head;
    blocked_head = NULL;
    rt_lock_release(&block_lock);
    twait_add(&all_parked, 0);
    while (g != NULL) {
        rt_g *next = g->param;
        g->param = NULL;
        rt_ready(g);
        g = next;
    }
}

/* ---- GC roots on goroutine stacks ---------------------------------------------------------------- */

enum { NHOLDERS = 200, OBJWORDS = 16 };
static twait holders_parked, holders_done, churn_done;
static rt_lock hold_lock;
static rt_g *holders[NHOLDERS];
static int nheld;
static int64_t bad;

static bool hold_unlock(rt_g *g, void *arg) {
    holders[nheld++] = g;
    rt_lock_release(&hold_lock);
    twait_done(&holders_parked);
    return true;
}

/* Keeps its object only in locals on its own stack while parked. */
static void holder(void *arg) {
    uintptr_t tag = (uintptr_t)arg;
    uintptr_t *volatile obj = GC_MALLOC(OBJWORDS * sizeof(uintptr_t));
    for (int i = 0; i < OBJWORDS; i++)
        obj[i] = tag * 1000 + (uintptr_t)i;
    rt_lock_acquire(&hold_lock);
    rt_park(RT_WAIT_CHAN_RECV, hold_unlock, NULL);
    for (int i = 0; i < OBJWORDS; i++)
        if (obj[i] != tag * 1000 + (uintptr_t)i)
            __atomic_add_fetch(&bad, 1, __ATOMIC_RELAXED);
    twait_done(&holders_done);
}

/* Allocates same-sized objects, scribbles on them, and collects. */
static void churn(void *arg) {
    (void)arg;
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 20000; i++) {
            uintptr_t *p = GC_MALLOC(OBJWORDS * sizeof(uintptr_t));
            for (int k = 0; k < OBJWORDS; k++)
                p[k] = 0xdeadbeef;
        }
        GC_gcollect();
        rt_gosched();
    }
    twait_done(&churn_done);
}

/* Runs (never parks) while the other P collects: its object is reachable
 * only from its registers and its stack, which Boehm scans through the
 * M's stack bottom that gc.c points at this goroutine's stack. */
static int churning;

static void busy_holder(void *arg) {
    (void)arg;
    uintptr_t *obj = GC_MALLOC(OBJWORDS * sizeof(uintptr_t));
    for (int i = 0; i < OBJWORDS; i++)
        obj[i] = 7777 + (uintptr_t)i;
    while (__atomic_load_n(&churning, __ATOMIC_ACQUIRE)) {
        RT_CHECK();
        for (int i = 0; i < OBJWORDS; i++)
            if (obj[i] != 7777 + (uintptr_t)i)
                __atomic_add_fetch(&bad, 1, __ATOMIC_RELAXED);
    }
    twait_done(&holders_done);
}

static void gc_roots(void) {
    twait_add(&holders_parked, NHOLDERS);
    twait_add(&holders_done, NHOLDERS);
    for (uintptr_t i = 0; i < NHOLDERS; i++)
        GO(holder, i + 1);
    twait_wait(&holders_parked);
    twait_add(&churn_done, 2);
    twait_add(&holders_done, 1);
    __atomic_store_n(&churning, 1, __ATOMIC_RELEASE);
    GO(busy_holder, NULL);
    GO(churn, NULL);
    GO(churn, NULL);
    twait_wait(&churn_done);
    __atomic_store_n(&churning, 0, __ATOMIC_RELEASE);
    rt_lock_acquire(&hold_lock);
    int n = nheld;
    nheld = 0;
    rt_lock_release(&hold_lock);
    for (int i = 0; i < n; i++)
        rt_ready(holders[i]);
    twait_wait(&holders_done);
    ck_assert_int_eq(bad, 0);
}

RT_TEST(test_gc_roots_1, 1) {
    gc_roots();
}

RT_TEST(test_gc_roots_2, 2) {
    gc_roots();
}

/* Goroutines that switch constantly while keeping a list reachable only
 * from their stacks, as collections stop the world at random points
 * (some Ms halfway through a switch). */
typedef struct node { struct node *next; uintptr_t v; } node;
static int storming;
static twait storm_done;

static node *build(uintptr_t n) {
    node *l = NULL;
    for (uintptr_t i = 0; i < n; i++) {
        node *x = GC_MALLOC(sizeof *x);
        x->v = i;
        x->next = l;
        l = x;
    }
    return l;
}

static void stormer(void *arg) {
    (void)arg;
    node *volatile l = build(64);
    for (int round = 0; __atomic_load_n(&storming, __ATOMIC_ACQUIRE); round++) {
        rt_gosched();
        uintptr_t want = 63;
        for (node *x = l; x != NULL; x = x->next, want--)
            if (x->v != want)
                __atomic_add_fetch(&bad, 1, __ATOMIC_RELAXED);
        if (round % 16 == 0)
            l = build(64);
    }
    twait_done(&storm_done);
}

RT_TEST(test_gc_switch_storm_2, 2) {
    __atomic_store_n(&storming, 1, __ATOMIC_RELEASE);
    twait_add(&storm_done, 8);
    for (int i = 0; i < 8; i++)
        GO(stormer, NULL);
    for (int i = 0; i < 100; i++) {
        GC_gcollect();
        rt_gosched();
    }
    __atomic_store_n(&storming, 0, __ATOMIC_RELEASE);
    twait_wait(&storm_done);
    ck_assert_int_eq(bad, 0);
}

static Suite *stack_suite(void) {
    Suite *s = suite_create("stack");
    TCase *tc = tcase_create("pool");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_pool_reuse, 0);
    tcase_add_exit_test(tc, test_rss_20k, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("overflow");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_deep_main, 0);
    tcase_add_exit_test(tc, test_deep_goroutine, 0);
    tcase_add_exit_test(tc, test_overflow_goroutine, 2);
    tcase_add_exit_test(tc, test_nil_fault_panics, 0);
    tcase_add_exit_test(tc, test_wild_fault_exits, 2);
    suite_add_tcase(s, tc);
    tc = tcase_create("gc");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_gc_roots_1, 0);
    tcase_add_exit_test(tc, test_gc_across_segments, 0);
    tcase_add_exit_test(tc, test_gc_roots_2, 0);
    tcase_add_exit_test(tc, test_gc_switch_storm_2, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(stack_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
