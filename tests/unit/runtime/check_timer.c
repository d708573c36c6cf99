/* Timers: heap ordering under random starts, stops and resets; periodic
 * re-arming that drops missed ticks; Sleep accuracy for one goroutine and
 * for 10,000 sleeping at once; and a timer that must fire while its own P
 * is busy and the other M sleeps in the poller until a later deadline.
 * Time bounds are generous (a loaded 2-core machine): they catch "never"
 * and "a whole extra deadline late", not jitter. */
#include "rtcheck.h"
#include "sched.h"
#include "timer.h"

void time_Sleep(int64_t d);         /* stdlib/time/time.c */

#define MS 1000000LL

/* ---- heap ordering ------------------------------------------------------------ */

enum { NT = 3000 };
static rt_timer timers[NT];
static int fired[NT], nfired;

static void record(void *arg, uintptr_t seq) {
    fired[nfired++] = (int)(intptr_t)arg;
}

RT_TEST(test_heap_order, 1) {
    int64_t base = rt_nanotime() + 3600LL * 1000 * MS;  /* an hour away: only we run them */
    uint64_t rnd = 12345;
    for (int i = 0; i < NT; i++) {
        rnd = rnd * 6364136223846793005ULL + 1442695040888963407ULL;
        timers[i] = (rt_timer){.when = base + (int64_t)(rnd >> 40), .f = record,
                               .arg = (void *)(intptr_t)i};
        rt_timer_start(&timers[i]);
    }
    ck_assert_int_ge(rt_timers_count(), NT);
    int stopped = 0;
    for (int i = 0; i < NT; i += 7) {
        ck_assert(rt_timer_stop(&timers[i]));
        ck_assert(!rt_timer_stop(&timers[i]));
        stopped++;
    }
    for (int i = 3; i < NT; i += 11) {
        bool was_active = timers[i].heap != NULL;
        ck_assert_int_eq(rt_timer_reset(&timers[i], base + (int64_t)(i % 97) * 1000, 0), was_active);
        if (!was_active)
            stopped--;
    }
    nfired = 0;
    rt_timers_run(rt_curp(), base + (1LL << 40));
    ck_assert_int_eq(nfired, NT - stopped);
    for (int k = 1; k < nfired; k++)
        ck_assert_int_le(timers[fired[k - 1]].when, timers[fired[k]].when);
    for (int k = 0; k < nfired; k++)
        ck_assert(timers[fired[k]].heap == NULL);
    ck_assert(!rt_timer_stop(&timers[fired[0]]));      /* already fired */
}

/* ---- periodic -------------------------------------------------------------------- */

static int ticks;

static void tick(void *arg, uintptr_t seq) {
    ticks++;
}

RT_TEST(test_periodic_drops_missed_ticks, 1) {
    int64_t base = rt_nanotime() + 3600LL * 1000 * MS;
    rt_timer t = {.when = base, .period = 1000 * MS, .f = tick};
    rt_timer_start(&t);
    rt_timers_run(rt_curp(), base + 3500 * MS);        /* 3.5 periods late */
    ck_assert_int_eq(ticks, 1);                        /* one tick, not four */
    ck_assert_int_eq(t.when, base + 4000 * MS);        /* next one on the grid */
    ck_assert(rt_timer_reset(&t, base + 10 * MS, 5 * MS));
    rt_timers_run(rt_curp(), base + 10 * MS);
    ck_assert_int_eq(ticks, 2);
    ck_assert_int_eq(t.when, base + 15 * MS);
    ck_assert(rt_timer_stop(&t));
    ck_assert(!rt_timer_stop(&t));
}

/* ---- sleeping ---------------------------------------------------------------------- */

RT_TEST(test_sleep_one, 2) {
    for (int i = 0; i < 3; i++) {
        int64_t t0 = rt_nanotime();
        time_Sleep(20 * MS);
        int64_t dt = rt_nanotime() - t0;
        ck_assert_int_ge(dt, 20 * MS);
        ck_assert_int_lt(dt, 2000 * MS);    /* woke at all: a loaded machine adds 100s of ms */
    }
    int64_t t0 = rt_nanotime();
    time_Sleep(0);
    time_Sleep(-5);
    ck_assert_int_lt(rt_nanotime() - t0, 1000 * MS);   /* no timer: load alone delays it */
}

enum { NSLEEP = 10000 };
static int64_t lateness[NSLEEP];
static int64_t woke;

static rt_chan *start_gate;

/* Waits at the gate first, so the cost of creating 10,000 stacks is not
 * counted as timer lateness. */
static void sleeper(void *arg) {
    int i = (int)(intptr_t)arg;
    int64_t d = (1 + i % 20) * MS;
    rt_chanrecv(start_gate, NULL);
    int64_t t0 = rt_nanotime();
    time_Sleep(d);
    lateness[i] = rt_nanotime() - t0 - d;
    __atomic_add_fetch(&woke, 1, __ATOMIC_RELEASE);
}

RT_TEST(test_many_sleepers, 2) {
    start_gate = rt_makechan(&rt_type_int, 0);
    for (int i = 0; i < NSLEEP; i++)
        GO(sleeper, (intptr_t)i);
    time_Sleep(50 * MS);
    rt_chanclose(start_gate);
    int64_t t0 = rt_nanotime();
    while (__atomic_load_n(&woke, __ATOMIC_ACQUIRE) < NSLEEP) {
        time_Sleep(5 * MS);
        ck_assert_int_lt(rt_nanotime() - t0, 20000 * MS);
    }
    int64_t max = 0, sum = 0;
    for (int i = 0; i < NSLEEP; i++) {
        ck_assert_int_ge(lateness[i], 0);
        if (lateness[i] > max)
            max = lateness[i];
        sum += lateness[i];
    }
    fprintf(stderr, "many_sleepers: %d goroutines, mean lateness %.2f ms, max %.2f ms\n",
            NSLEEP, (double)sum / NSLEEP / MS, (double)max / MS);
    ck_assert_int_lt(max, 10000 * MS);       /* "woke at all", not jitter */
}

/* ---- waking the poller ---------------------------------------------------------------- */

static int64_t fired_at;

static void mark(void *arg, uintptr_t seq) {
    __atomic_store_n(&fired_at, rt_nanotime(), __ATOMIC_RELEASE);
}

static void long_sleeper(void *arg) {
    time_Sleep(3000 * MS);
}

/* The other M sleeps in netpoll until long_sleeper's deadline (3 s); this
 * goroutine then starts a 20 ms timer and keeps its own P busy: the timer
 * must still fire about on time. */
RT_TEST(test_earlier_timer_wakes_poller, 2) {
    GO(long_sleeper, 0);
    time_Sleep(50 * MS);
    rt_timer t = {.when = rt_timer_when(20 * MS), .f = mark};
    int64_t t0 = rt_nanotime();
    rt_timer_start(&t);
    while (__atomic_load_n(&fired_at, __ATOMIC_ACQUIRE) == 0 && rt_nanotime() - t0 < 2500 * MS)
        RT_CHECK();
    ck_assert_int_ne(fired_at, 0);
    ck_assert_int_lt(fired_at - t0, 1000 * MS);
}

static Suite *timer_suite(void) {
    Suite *s = suite_create("timer");
    TCase *tc = tcase_create("heap");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_heap_order, 0);
    tcase_add_exit_test(tc, test_periodic_drops_missed_ticks, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("sleep");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_sleep_one, 0);
    tcase_add_exit_test(tc, test_many_sleepers, 0);
    tcase_add_exit_test(tc, test_earlier_timer_wakes_poller, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(timer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
