/* Goroutine basics: the raw context switch, starting and ending
 * goroutines (100,000 of them), parking and readying with unlockf,
 * goroutine ids, and the cost of a park/ready round trip. */
#include "schedtest.h"

#include <time.h>

/* ---- raw rt_coro_switch, no scheduler -------------------------------------- */

static void *main_sp, *co_sp;
static int steps;


static void coro_body(void) {
    for (;;) {
        steps++;
        rt_coro_switch(&co_sp, main_sp);
    }
}

START_TEST(test_raw_switch) {
    enum { SIZE = 64 << 10 };
    char *stack = aligned_alloc(16, SIZE);
    /* same frame layout proc.c builds: 6 register slots, return address */
    void **sp = (void **)(stack + SIZE - 72);
    memset(sp, 0, 9 * sizeof(void *));
    sp[6] = (void *)coro_body;
    co_sp = sp;
    for (int i = 0; i < 1000; i++)
        rt_coro_switch(&main_sp, co_sp);
    ck_assert_int_eq(steps, 1000);
    enum { N = 2000000 };
    struct timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);   /* CPU time: the machine is shared */
    for (int i = 0; i < N; i++)
        rt_coro_switch(&main_sp, co_sp);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    ck_assert_int_eq(steps, 1000 + N);
    fprintf(stderr, "rt_coro_switch: %.1f ns CPU\n",
            ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / (2.0 * N));
}
END_TEST

/* ---- spawn and exit --------------------------------------------------------- */

enum { NSPAWN = 100000 };
static twait spawned;
static int64_t ran;

static void spawn_one(void *arg) {
    __atomic_add_fetch(&ran, (int64_t)(intptr_t)arg, __ATOMIC_RELAXED);
    twait_done(&spawned);
}

static void spawn_many(void) {
    twait_add(&spawned, NSPAWN);
    for (int i = 0; i < NSPAWN; i++)
        GO(spawn_one, (intptr_t)1);
    twait_wait(&spawned);
    ck_assert_int_eq(__atomic_load_n(&ran, __ATOMIC_RELAXED), NSPAWN);
    /* The last ones may still be between twait_done and their exit on the
     * other P, whose thread a loaded machine may not run for a while:
     * give them up to 30 s of wall time to end. */
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    do {
        rt_gosched();
        clock_gettime(CLOCK_MONOTONIC, &now);
    } while (rt_numgoroutine() > 1 && now.tv_sec - start.tv_sec < 30);
    ck_assert_int_eq(rt_numgoroutine(), 1);
}

RT_TEST(test_spawn_100k_1, 1) {
    spawn_many();
}

RT_TEST(test_spawn_100k_2, 2) {
    spawn_many();
}

/* Ids 2-4 are Go's system goroutines; 5 is the finalizer goroutine's only
 * in programs that import os (rt_finalizer_goid), and this one does not. */
static void check_id(void *arg) {
    ck_assert_ptr_nonnull(rt_getg());
    ck_assert_int_eq(rt_getg()->id, 5);
    twait_done(arg);
}

RT_TEST(test_ids, 1) {
    ck_assert_int_eq(rt_getg()->id, 1);
    ck_assert_int_eq(rt_numgoroutine(), 1);
    static twait w;
    twait_add(&w, 1);
    GO(check_id, &w);
    twait_wait(&w);
}

/* ---- park / ready ------------------------------------------------------------ */

typedef struct pingpong {
    rt_lock lock;
    rt_g *parked;       /* the side waiting for its turn */
    int64_t turn, rounds;
} pingpong;

static bool pp_unlock(rt_g *g, void *arg) {
    (void)g;
    rt_lock_release(&((pingpong *)arg)->lock);
    return true;
}

/* Takes turns with the other side: waits until turn == me, passes it on. */
static void pp_play(pingpong *pp, int64_t me) {
    for (int64_t i = 0; i < pp->rounds; i++) {
        rt_lock_acquire(&pp->lock);
        while (pp->turn != me) {
            pp->parked = rt_getg();
            rt_park(RT_WAIT_CHAN_RECV, pp_unlock, pp);
            rt_lock_acquire(&pp->lock);
        }
        pp->turn = 1 - me;
        rt_g *other = pp->parked;
        pp->parked = NULL;
        rt_lock_release(&pp->lock);
        if (other != NULL)
            rt_ready(other);
    }
}

static void pp_side(void *arg) {
    pp_play(arg, 1);
}

static double pingpong_ns(int64_t rounds) {
    static pingpong pp;
    memset(&pp, 0, sizeof pp);
    pp.rounds = rounds;
    struct timespec a, b;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);  /* CPU time: the machine is shared */
    GO(pp_side, &pp);
    pp_play(&pp, 0);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    return ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / (double)(2 * rounds);
}

RT_TEST(test_park_ready_1, 1) {
    double ns = pingpong_ns(200000);
    fprintf(stderr, "park/ready hand-off (GOMAXPROCS=1): %.1f ns CPU\n", ns);
}

RT_TEST(test_park_ready_2, 2) {
    double ns = pingpong_ns(100000);
    fprintf(stderr, "park/ready hand-off (GOMAXPROCS=2): %.1f ns CPU\n", ns);
}

static bool refuse(rt_g *g, void *arg) {
    (void)g;
    ++*(int *)arg;
    return false;
}

RT_TEST(test_unlockf_false_resumes, 1) {
    int calls = 0;
    rt_park(RT_WAIT_SELECT, refuse, &calls);
    ck_assert_int_eq(calls, 1);
}

static void yielder(void *arg) {
    int64_t *log = arg;
    for (int i = 0; i < 3; i++) {
        log[__atomic_fetch_add(&log[0], 1, __ATOMIC_RELAXED) + 1] = 2;
        rt_gosched();
    }
}

RT_TEST(test_gosched_interleaves, 1) {
    static int64_t log[16];
    GO(yielder, log);
    for (int i = 0; i < 3; i++) {
        rt_gosched();
        log[__atomic_fetch_add(&log[0], 1, __ATOMIC_RELAXED) + 1] = 1;
    }
    rt_gosched();
    ck_assert_int_eq(log[0], 6);
    for (int i = 1; i < 6; i++)
        ck_assert_int_ne(log[i], log[i + 1]);
}

static Suite *coro_suite(void) {
    Suite *s = suite_create("coro");
    TCase *tc = tcase_create("switch");
    tcase_add_test(tc, test_raw_switch);
    suite_add_tcase(s, tc);
    tc = tcase_create("spawn");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_spawn_100k_1, 0);
    tcase_add_exit_test(tc, test_spawn_100k_2, 0);
    tcase_add_exit_test(tc, test_ids, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("park");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_park_ready_1, 0);
    tcase_add_exit_test(tc, test_park_ready_2, 0);
    tcase_add_exit_test(tc, test_unlockf_false_resumes, 0);
    tcase_add_exit_test(tc, test_gosched_interleaves, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(coro_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
