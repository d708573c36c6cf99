/* Channels: unbuffered hand-off, buffered FIFO, zero-size elements,
 * close semantics (draining, waking receivers and senders, Go's panics),
 * close racing with sends at GOMAXPROCS=2 (no value lost or duplicated),
 * and 100,000 goroutines through one channel. */
#include "rtcheck.h"
#include "chan_internal.h"

static const rt_type empty_struct = {.kind = RT_KIND_STRUCT, .flags = RT_TFLAG_COMPARABLE,
                                     .size = 0, .align = 1, .name = RT_STR("struct {}")};

static int64_t recv_int(rt_chan *c, bool *ok) {
    int64_t v = -1;
    bool r = rt_chanrecv(c, &v);
    if (ok)
        *ok = r;
    return v;
}

static void send_int(rt_chan *c, int64_t v) {
    rt_chansend(c, &v);
}

/* ---- hand-off and FIFO ----------------------------------------------------------- */

enum { N = 20000 };

static void count_up(void *c) {
    for (int64_t i = 0; i < N; i++)
        send_int(c, i);
    rt_chanclose(c);
}

static void check_sequence(rt_chan *c) {
    bool ok;
    for (int64_t i = 0; i < N; i++) {
        ck_assert_int_eq(recv_int(c, &ok), i);
        ck_assert(ok);
    }
    ck_assert_int_eq(recv_int(c, &ok), 0);
    ck_assert(!ok);
}

RT_TEST(test_handoff_1, 1) {
    rt_chan *c = rt_makechan(&rt_type_int, 0);
    GO(count_up, c);
    check_sequence(c);
}

RT_TEST(test_handoff_2, 2) {
    rt_chan *c = rt_makechan(&rt_type_int, 0);
    GO(count_up, c);
    check_sequence(c);
}

RT_TEST(test_buffered_fifo, 2) {
    rt_chan *c = rt_makechan(&rt_type_int, 7);
    ck_assert_int_eq(rt_chancap(c), 7);
    ck_assert_int_eq(rt_chanlen(c), 0);
    send_int(c, 10);
    send_int(c, 11);
    ck_assert_int_eq(rt_chanlen(c), 2);
    ck_assert_int_eq(recv_int(c, NULL), 10);
    ck_assert_int_eq(recv_int(c, NULL), 11);
    GO(count_up, c);
    check_sequence(c);
    ck_assert_int_eq(rt_chanlen(NULL), 0);
    ck_assert_int_eq(rt_chancap(NULL), 0);
}

static void tick3(void *c) {
    char dummy = 0;
    for (int i = 0; i < 3; i++)
        rt_chansend(c, &dummy);
}

RT_TEST(test_zero_size, 2) {
    rt_chan *b = rt_makechan(&empty_struct, 3);
    char x = 0;
    for (int i = 0; i < 3; i++)
        rt_chansend(b, &x);
    ck_assert_int_eq(rt_chanlen(b), 3);
    for (int i = 0; i < 3; i++)
        ck_assert(rt_chanrecv(b, &x));
    ck_assert_int_eq(rt_chanlen(b), 0);
    rt_chan *u = rt_makechan(&empty_struct, 0);
    GO(tick3, u);
    for (int i = 0; i < 3; i++)
        ck_assert(rt_chanrecv(u, NULL));
}

/* ---- close ------------------------------------------------------------------------- */

RT_TEST(test_close_drains, 1) {
    rt_chan *c = rt_makechan(&rt_type_int, 3);
    send_int(c, 1);
    send_int(c, 2);
    rt_chanclose(c);
    bool ok;
    ck_assert_int_eq(recv_int(c, &ok), 1);
    ck_assert(ok);
    ck_assert_int_eq(recv_int(c, &ok), 2);
    ck_assert(ok);
    ck_assert_int_eq(recv_int(c, &ok), 0);
    ck_assert(!ok);
    ck_assert_int_eq(recv_int(c, &ok), 0);
    ck_assert(!ok);
}

static int queued(rt_chan *c, bool senders) {
    rt_lock_acquire(&c->lock);
    int n = 0;
    for (rt_waiter *w = (senders ? c->sendq : c->recvq).first; w; w = w->next)
        n++;
    rt_lock_release(&c->lock);
    return n;
}

static void wait_queued(rt_chan *c, bool senders, int n) {
    while (queued(c, senders) < n)
        rt_gosched();
}

typedef struct pair {
    rt_chan *c, *results;
} pair;

static void receiver(void *arg) {
    pair *p = arg;
    bool ok;
    int64_t v = recv_int(p->c, &ok);
    send_int(p->results, ok ? 1000 + v : v);
}

RT_TEST(test_close_wakes_receivers, 2) {
    enum { R = 50 };
    pair *p = rt_alloc(sizeof *p);
    p->c = rt_makechan(&rt_type_int, 0);
    p->results = rt_makechan(&rt_type_int, R);
    for (int i = 0; i < R; i++)
        GO(receiver, p);
    wait_queued(p->c, false, R);
    rt_chanclose(p->c);
    for (int i = 0; i < R; i++)
        ck_assert_int_eq(recv_int(p->results, NULL), 0);    /* zero value, !ok */
}

static void do_send(void *c) {
    send_int(c, 7);
}

static void sender_reports(void *arg) {
    pair *p = arg;
    rt_iface v = catch_panic(do_send, p->c);
    rt_string s = rt_string_from_c(panic_text(v));
    rt_chansend(p->results, &s);
}

RT_TEST(test_close_wakes_senders, 2) {
    enum { S = 20 };
    pair *p = rt_alloc(sizeof *p);
    p->c = rt_makechan(&rt_type_int, 0);
    p->results = rt_makechan(&rt_type_string, S);
    for (int i = 0; i < S; i++)
        GO(sender_reports, p);
    wait_queued(p->c, true, S);
    rt_chanclose(p->c);
    for (int i = 0; i < S; i++) {
        rt_string s;
        rt_chanrecv(p->results, &s);
        ck_assert_str_eq(rt_cstring(s), "send on closed channel");
    }
}

static void close_it(void *c) { rt_chanclose(c); }

static void check_panic(void (*fn)(void *), void *arg, const char *want) {
    rt_iface v = catch_panic(fn, arg);
    ck_assert_ptr_nonnull(v.type);
    ck_assert_str_eq(rt_cstring(v.type->name), "runtime.plainError");
    ck_assert_str_eq(panic_text(v), want);
}

RT_TEST(test_close_panics, 1) {
    check_panic(close_it, NULL, "close of nil channel");
    rt_chan *c = rt_makechan(&rt_type_int, 1);
    rt_chanclose(c);
    check_panic(close_it, c, "close of closed channel");
    check_panic(do_send, c, "send on closed channel");
    /* recovered: the goroutine goes on normally */
    ck_assert_int_eq(recv_int(c, NULL), 0);
}

/* ---- close racing with sends -------------------------------------------------------- */

enum { SENDERS = 8, PER_SENDER = 2000 };

typedef struct race {
    rt_chan *c, *done;
    int64_t next_id;
} race;

typedef struct race_sender {
    race *r;
    int64_t id;
    int64_t sent;
} race_sender;

static void race_send_all(void *arg) {
    race_sender *s = arg;
    for (; s->sent < PER_SENDER; s->sent++)
        send_int(s->r->c, s->id * PER_SENDER + s->sent);
}

static void race_sender_main(void *arg) {
    race_sender *s = arg;
    rt_iface v = catch_panic(race_send_all, s);
    if (v.type)
        ck_assert_str_eq(panic_text(v), "send on closed channel");
    send_int(s->r->done, s->id);
}

static void close_race(int64_t cap, int64_t before_close) {
    race *r = rt_alloc(sizeof *r);
    r->c = rt_makechan(&rt_type_int, cap);
    r->done = rt_makechan(&rt_type_int, SENDERS);
    race_sender *s[SENDERS];
    for (int i = 0; i < SENDERS; i++) {
        s[i] = rt_alloc(sizeof *s[i]);
        *s[i] = (race_sender){r, i, 0};
        GO(race_sender_main, s[i]);
    }
    int64_t next[SENDERS] = {0}, got = 0;
    bool ok;
    for (; got < before_close; got++) {
        int64_t v = recv_int(r->c, &ok);
        ck_assert(ok);
        ck_assert_int_eq(v % PER_SENDER, next[v / PER_SENDER]++);  /* per-sender FIFO, no duplicates */
    }
    rt_chanclose(r->c);
    for (;;) {
        int64_t v = recv_int(r->c, &ok);
        if (!ok)
            break;
        ck_assert_int_eq(v % PER_SENDER, next[v / PER_SENDER]++);
        got++;
    }
    int64_t sent = 0;
    for (int i = 0; i < SENDERS; i++)
        recv_int(r->done, NULL);
    for (int i = 0; i < SENDERS; i++) {
        ck_assert_int_eq(s[i]->sent, next[i]);    /* every completed send was received */
        sent += s[i]->sent;
    }
    ck_assert_int_eq(sent, got);
    ck_assert_int_lt(got, SENDERS * PER_SENDER);
}

RT_TEST(test_close_race_unbuffered, 2) {
    close_race(0, 5000);
}

RT_TEST(test_close_race_buffered, 2) {
    close_race(16, 5000);
}

/* ---- many goroutines ----------------------------------------------------------------- */

static void send_id(void *arg) {
    pair *p = arg;
    send_int(p->c, (int64_t)(intptr_t)p->results);
}

RT_TEST(test_100k_goroutines, 2) {
    enum { G = 100000 };
    rt_chan *c = rt_makechan(&rt_type_int, 0);
    for (intptr_t i = 0; i < G; i++) {
        pair *p = rt_alloc(sizeof *p);
        p->c = c;
        p->results = (rt_chan *)i;
        GO(send_id, p);
    }
    int64_t sum = 0;
    for (int i = 0; i < G; i++)
        sum += recv_int(c, NULL);
    ck_assert_int_eq(sum, (int64_t)G * (G - 1) / 2);
}

static Suite *chan_suite(void) {
    Suite *s = suite_create("chan");
    TCase *tc = tcase_create("basic");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_handoff_1, 0);
    tcase_add_exit_test(tc, test_handoff_2, 0);
    tcase_add_exit_test(tc, test_buffered_fifo, 0);
    tcase_add_exit_test(tc, test_zero_size, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("close");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_close_drains, 0);
    tcase_add_exit_test(tc, test_close_wakes_receivers, 0);
    tcase_add_exit_test(tc, test_close_wakes_senders, 0);
    tcase_add_exit_test(tc, test_close_panics, 0);
    tcase_add_exit_test(tc, test_close_race_unbuffered, 0);
    tcase_add_exit_test(tc, test_close_race_buffered, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("scale");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_100k_goroutines, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(chan_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
