/* select: default, nil channels, receiving from closed channels, roughly
 * uniform choice among ready cases, blocking selects woken by sends,
 * receives and close, send on a closed channel, selects with many cases
 * (nil and duplicate channels among them), and select storms at
 * GOMAXPROCS=2 (selects over the same channels in opposite orders, every
 * value delivered exactly once, no deadlock). */
#include "rtcheck.h"
#include "chan_internal.h"

static void send_int(rt_chan *c, int64_t v) {
    rt_chansend(c, &v);
}

static int64_t recv_int(rt_chan *c) {
    int64_t v = -1;
    rt_chanrecv(c, &v);
    return v;
}

static int queued_receivers(rt_chan *c) {
    rt_lock_acquire(&c->lock);
    int n = 0;
    for (rt_waiter *w = c->recvq.first; w; w = w->next)
        n++;
    rt_lock_release(&c->lock);
    return n;
}

RT_TEST(test_default, 1) {
    rt_chan *c = rt_makechan(&rt_type_int, 1);
    int64_t v = 5, got = 0;
    bool ok = false;
    rt_scase recv1[] = {{c, &got, RT_SELECT_RECV}};
    ck_assert_int_eq(rt_select(recv1, 1, true, &ok), -1);          /* empty */
    rt_scase send1[] = {{c, &v, RT_SELECT_SEND}};
    ck_assert_int_eq(rt_select(send1, 1, true, NULL), 0);
    ck_assert_int_eq(rt_select(send1, 1, true, NULL), -1);         /* full */
    ck_assert_int_eq(rt_select(recv1, 1, true, &ok), 0);
    ck_assert(ok);
    ck_assert_int_eq(got, 5);
    ck_assert_int_eq(rt_select(NULL, 0, true, NULL), -1);
    /* nil channels never fire */
    rt_scase nils[] = {{NULL, &got, RT_SELECT_RECV}, {NULL, &v, RT_SELECT_SEND}};
    ck_assert_int_eq(rt_select(nils, 2, true, &ok), -1);
    ck_assert_int_eq(rt_select(nils, 1, true, &ok), -1);
    /* closed: receive the zero value, !ok */
    rt_chanclose(c);
    got = 9;
    rt_scase two[] = {{NULL, &v, RT_SELECT_SEND}, {c, &got, RT_SELECT_RECV}};
    ck_assert_int_eq(rt_select(two, 2, false, &ok), 1);
    ck_assert(!ok);
    ck_assert_int_eq(got, 0);
    got = 9;
    ck_assert_int_eq(rt_select(recv1, 1, true, &ok), 0);
    ck_assert(!ok);
    ck_assert_int_eq(got, 0);
}

RT_TEST(test_fairness, 1) {
    enum { ROUNDS = 30000, K = 3 };
    rt_chan *c[K];
    int64_t counts[K] = {0}, v = 0;
    rt_scase cases[K];
    for (int i = 0; i < K; i++) {
        c[i] = rt_makechan(&rt_type_int, 1);
        send_int(c[i], i);
        cases[i] = (rt_scase){c[i], &v, RT_SELECT_RECV};
    }
    for (int r = 0; r < ROUNDS; r++) {
        bool ok;
        int i = rt_select(cases, K, false, &ok);
        ck_assert(i >= 0 && i < K && ok && v == i);
        counts[i]++;
        send_int(c[i], i);      /* keep every case ready */
    }
    for (int i = 0; i < K; i++) {
        ck_assert_int_gt(counts[i], ROUNDS / K * 9 / 10);
        ck_assert_int_lt(counts[i], ROUNDS / K * 11 / 10);
    }
}

typedef struct duo {
    rt_chan *a, *b;
} duo;

static void send_b_later(void *arg) {
    duo *d = arg;
    for (int i = 0; i < 3; i++)
        rt_gosched();
    send_int(d->b, 42);
}

static void recv_a_later(void *arg) {
    duo *d = arg;
    for (int i = 0; i < 3; i++)
        rt_gosched();
    send_int(d->b, recv_int(d->a));
}

static void close_b_later(void *arg) {
    duo *d = arg;
    rt_gosched();
    rt_chanclose(d->b);
}

RT_TEST(test_blocking_wakeups, 2) {
    duo *d = rt_alloc(sizeof *d);
    d->a = rt_makechan(&rt_type_int, 0);
    d->b = rt_makechan(&rt_type_int, 0);
    int64_t got = 0, out = 77;
    bool ok;
    /* woken by a send */
    GO(send_b_later, d);
    rt_scase cases[] = {{d->a, &got, RT_SELECT_RECV}, {d->b, &got, RT_SELECT_RECV}};
    ck_assert_int_eq(rt_select(cases, 2, false, &ok), 1);
    ck_assert(ok);
    ck_assert_int_eq(got, 42);
    /* woken by a receive: our send case wins */
    GO(recv_a_later, d);
    rt_scase cases2[] = {{d->b, &got, RT_SELECT_RECV}, {d->a, &out, RT_SELECT_SEND}};
    ck_assert_int_eq(rt_select(cases2, 2, false, &ok), 1);
    ck_assert_int_eq(recv_int(d->b), 77);
    /* woken by close; the same channel twice */
    GO(close_b_later, d);
    got = 5;
    rt_scase cases3[] = {{d->b, &got, RT_SELECT_RECV}, {d->a, &got, RT_SELECT_RECV},
                         {d->b, &got, RT_SELECT_RECV}};
    int i = rt_select(cases3, 3, false, &ok);
    ck_assert(i == 0 || i == 2);
    ck_assert(!ok);
    ck_assert_int_eq(got, 0);
}

enum { MANY = 40 };

typedef struct many {
    rt_chan *c[MANY];
} many;

static void send_to_13(void *arg) {
    many *m = arg;
    rt_gosched();
    send_int(m->c[13], 1313);
}

/* More cases than select.c keeps on the stack: heap sort, heap records. */
RT_TEST(test_many_cases, 2) {
    many *m = rt_alloc(sizeof *m);
    rt_scase cases[MANY];
    int64_t got[MANY];
    for (int i = 0; i < MANY; i++) {
        m->c[i] = rt_makechan(&rt_type_int, i % 3 == 0 ? 1 : 0);
        cases[i] = (rt_scase){m->c[i], &got[i], RT_SELECT_RECV};
    }
    cases[7].c = NULL;
    cases[20].c = m->c[21];     /* a duplicate channel */
    bool ok;
    ck_assert_int_eq(rt_select(cases, MANY, true, &ok), -1);
    send_int(m->c[30], 3030);
    ck_assert_int_eq(rt_select(cases, MANY, false, &ok), 30);
    ck_assert_int_eq(got[30], 3030);
    GO(send_to_13, m);
    ck_assert_int_eq(rt_select(cases, MANY, false, &ok), 13);
    ck_assert(ok);
    ck_assert_int_eq(got[13], 1313);
    for (int i = 0; i < MANY; i++)
        ck_assert_int_eq(queued_receivers(m->c[i]), 0);     /* all records unlinked */
}

static void select_send_closed(void *arg) {
    duo *d = arg;
    int64_t v = 1, got;
    rt_scase cases[] = {{d->a, &got, RT_SELECT_RECV}, {d->b, &v, RT_SELECT_SEND}};
    rt_select(cases, 2, false, NULL);
}

RT_TEST(test_send_closed, 2) {
    duo *d = rt_alloc(sizeof *d);
    d->a = rt_makechan(&rt_type_int, 0);
    d->b = rt_makechan(&rt_type_int, 0);
    /* blocked in select, woken by close */
    GO(close_b_later, d);
    rt_iface v = catch_panic(select_send_closed, d);
    ck_assert_str_eq(panic_text(v), "send on closed channel");
    /* already closed */
    v = catch_panic(select_send_closed, d);
    ck_assert_str_eq(panic_text(v), "send on closed channel");
}

/* ---- storms ------------------------------------------------------------------------ */

enum { CH = 4, WORKERS = 6, MSGS = 20000 };

typedef struct storm {
    rt_chan *c[CH];
    rt_chan *done;
    int64_t seen[WORKERS * MSGS];
} storm;

typedef struct worker {
    storm *s;
    int id;
} worker;

/* Sends MSGS distinct values, each through a select over all channels,
 * listing them forwards or backwards. */
static void storm_sender(void *arg) {
    worker *w = arg;
    rt_scase cases[CH];
    int64_t v;
    for (int m = 0; m < MSGS; m++) {
        v = (int64_t)w->id * MSGS + m;
        for (int i = 0; i < CH; i++) {
            int k = w->id % 2 ? i : CH - 1 - i;
            cases[i] = (rt_scase){w->s->c[k], &v, RT_SELECT_SEND};
        }
        rt_select(cases, CH, false, NULL);
    }
    send_int(w->s->done, 0);
}

/* Receives until it gets -1, counting each value. */
static void storm_receiver(void *arg) {
    worker *w = arg;
    rt_scase cases[CH];
    int64_t v;
    for (;;) {
        for (int i = 0; i < CH; i++) {
            int k = w->id % 2 ? i : CH - 1 - i;
            cases[i] = (rt_scase){w->s->c[k], &v, RT_SELECT_RECV};
        }
        bool ok;
        rt_select(cases, CH, false, &ok);
        ck_assert(ok);
        if (v < 0)
            break;
        __atomic_add_fetch(&w->s->seen[v], 1, __ATOMIC_RELAXED);
    }
    send_int(w->s->done, 1);
}

static void run_storm(int64_t cap) {
    storm *s = rt_alloc(sizeof *s);
    for (int i = 0; i < CH; i++)
        s->c[i] = rt_makechan(&rt_type_int, i % 2 ? cap : 0);
    s->done = rt_makechan(&rt_type_int, 2 * WORKERS);
    for (int i = 0; i < WORKERS; i++) {
        worker *a = rt_alloc(sizeof *a), *b = rt_alloc(sizeof *b);
        *a = (worker){s, i};
        *b = (worker){s, i};
        GO(storm_sender, a);
        GO(storm_receiver, b);
    }
    for (int i = 0; i < WORKERS; i++)
        ck_assert_int_eq(recv_int(s->done), 0);     /* receivers run until told */
    for (int i = 0; i < WORKERS; i++)
        send_int(s->c[i % CH], -1);
    for (int i = 0; i < WORKERS; i++)
        ck_assert_int_eq(recv_int(s->done), 1);
    for (int64_t v = 0; v < WORKERS * MSGS; v++)
        ck_assert_int_eq(s->seen[v], 1);
}

RT_TEST(test_storm_unbuffered, 2) {
    run_storm(0);
}

RT_TEST(test_storm_buffered, 2) {
    run_storm(3);
}

static Suite *select_suite(void) {
    Suite *s = suite_create("select");
    TCase *tc = tcase_create("basic");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_default, 0);
    tcase_add_exit_test(tc, test_fairness, 0);
    tcase_add_exit_test(tc, test_blocking_wakeups, 0);
    tcase_add_exit_test(tc, test_send_closed, 0);
    tcase_add_exit_test(tc, test_many_cases, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("storm");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_storm_unbuffered, 0);
    tcase_add_exit_test(tc, test_storm_buffered, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(select_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
