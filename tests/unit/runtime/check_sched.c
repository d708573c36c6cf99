/* The scheduler proper: run queues and stealing under contention at
 * GOMAXPROCS=2 (every G runs exactly once, both Ps do work), the global
 * queues when a local ring overflows and which of them goes first,
 * preemption of a goroutine spinning in a loop (sysmon + RT_CHECK),
 * sysmon sleeping while every P is idle, system calls handing the P off,
 * changing GOMAXPROCS, go statement arguments copied into the G (or the
 * heap) and kept alive there, and the fatal deadlock reports (exit
 * status 2). */
#include "schedtest.h"

#include <gc.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

void time_Sleep(int64_t d);     /* stdlib/time */

/* ---- run queues and stealing ---------------------------------------------------- */

enum { NWORK = 20000 };
static twait work_done;
static int64_t hits[NWORK];
static int64_t per_m[64];

static void work_item(void *arg) {
    intptr_t i = (intptr_t)arg;
    __atomic_add_fetch(&hits[i], 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&per_m[rt_getm()->id % 64], 1, __ATOMIC_RELAXED);
    volatile int spin = 0;          /* a little work so stealing pays off */
    for (int k = 0; k < 2000; k++)
        spin += k;
    if (i % 7 == 0)
        rt_gosched();
    twait_done(&work_done);
}

RT_TEST(test_steal_2, 2) {
    /* more than a ring's worth at once: the overflow goes global */
    twait_add(&work_done, NWORK);
    for (intptr_t i = 0; i < NWORK; i++)
        GO(work_item, i);
    twait_wait(&work_done);
    for (int i = 0; i < NWORK; i++)
        ck_assert_int_eq(hits[i], 1);
    int ms = 0;
    for (int i = 0; i < 64; i++)
        ms += per_m[i] > 0;
    ck_assert_int_ge(ms, 2);
}

/* Spawners on both Ps feeding each other's queues. */
static twait spawners;

static void spawner(void *arg) {
    intptr_t base = (intptr_t)arg;
    for (intptr_t i = 0; i < NWORK / 4; i++)
        GO(work_item, base + i);
    twait_done(&spawners);
}

RT_TEST(test_contention_2, 2) {
    twait_add(&work_done, NWORK);
    twait_add(&spawners, 4);
    for (intptr_t k = 0; k < 4; k++)
        GO(spawner, k * (NWORK / 4));
    twait_wait(&spawners);
    twait_wait(&work_done);
    for (int i = 0; i < NWORK; i++)
        ck_assert_int_eq(hits[i], 1);
}

/* ---- preemption ------------------------------------------------------------------ */

static int stop_spinning;

static void spinner(void *arg) {
    (void)arg;
    while (!__atomic_load_n(&stop_spinning, __ATOMIC_RELAXED))
        RT_CHECK();
}

RT_TEST(test_preempt_spinner_1, 1) {
    GO(spinner, NULL);
    rt_gosched();           /* the spinner runs; only sysmon can get us back */
    __atomic_store_n(&stop_spinning, 1, __ATOMIC_RELAXED);
}

/* ---- system calls --------------------------------------------------------------------- */

static int in_syscall_done;

static void blocking_call(void *arg) {
    rt_entersyscall();
    usleep(300 * 1000);
    rt_exitsyscall();
    __atomic_store_n(&in_syscall_done, 1, __ATOMIC_RELEASE);
    twait_done(arg);
}

RT_TEST(test_syscall_handoff_1, 1) {
    static twait w;
    twait_add(&w, 1);
    GO(blocking_call, &w);
    rt_gosched();           /* blocking_call enters its 300 ms call */
    for (int i = 0; i < 100; i++)
        rt_gosched();       /* we run meanwhile: sysmon retook the P */
    ck_assert_int_eq(__atomic_load_n(&in_syscall_done, __ATOMIC_ACQUIRE), 0);
    twait_wait(&w);
    ck_assert_int_eq(in_syscall_done, 1);
}

/* Woken Gs before other queued ones, except at every other fairness
 * check. The Gs are never run: taken with max 1, none reaches the ring. */
RT_TEST(test_global_queues_1, 1) {
    static rt_g fake[4];
    rt_p *p = rt_curp();
    rt_lock_acquire(&rt_sched.lock);
    ck_assert_int_eq(rt_sched.runqsize, 0);
    rt_globrunqput(&fake[0], false);
    rt_globrunqput(&fake[1], true);
    rt_globrunqput(&fake[2], false);
    rt_globrunqput(&fake[3], true);
    ck_assert_int_eq(rt_sched.runqsize, 4);
    rt_g *order[4];
    order[0] = rt_globrunqget(p, 1, false);
    order[1] = rt_globrunqget(p, 1, true);
    order[2] = rt_globrunqget(p, 1, false);
    order[3] = rt_globrunqget(p, 1, false);
    ck_assert_int_eq(rt_sched.runqsize, 0);
    ck_assert_ptr_null(rt_globrunqget(p, 1, false));
    rt_lock_release(&rt_sched.lock);
    ck_assert_ptr_eq(order[0], &fake[1]);
    ck_assert_ptr_eq(order[1], &fake[0]);
    ck_assert_ptr_eq(order[2], &fake[3]);
    ck_assert_ptr_eq(order[3], &fake[2]);
}

/* While main sleeps every P is idle: sysmon must sleep on its note too
 * (seen by a thread outside the scheduler), and wake when main runs. */
static bool saw_sysmonwait;

static void *watch_sysmon(void *arg) {
    (void)arg;
    for (int i = 0; i < 5000 && !RT_LOAD(&rt_sched.sysmonwait); i++)
        rt_usleep(1000);
    RT_STORE(&saw_sysmonwait, RT_LOAD(&rt_sched.sysmonwait));
    return NULL;
}

RT_TEST(test_sysmon_idle_1, 1) {
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, watch_sysmon, NULL), 0);
    for (int i = 0; i < 100 && !RT_LOAD(&saw_sysmonwait); i++)
        time_Sleep(50 * 1000 * 1000);
    pthread_join(t, NULL);
    ck_assert(saw_sysmonwait);
    ck_assert(!RT_LOAD(&rt_sched.sysmonwait));
}

/* ---- GOMAXPROCS --------------------------------------------------------------------------- */

RT_TEST(test_gomaxprocs, 2) {
    ck_assert_int_eq(rt_gomaxprocs(), 2);
    ck_assert_int_eq(rt_set_gomaxprocs(0), 2);
    ck_assert_int_eq(rt_set_gomaxprocs(3), 2);
    ck_assert_int_eq(rt_gomaxprocs(), 3);
    twait_add(&work_done, 3000);
    for (intptr_t i = 0; i < 3000; i++)
        GO(work_item, i);
    twait_wait(&work_done);
    ck_assert_int_eq(rt_set_gomaxprocs(1), 3);
    twait_add(&work_done, 3000);
    for (intptr_t i = 3000; i < 6000; i++)
        GO(work_item, i);
    twait_wait(&work_done);
    for (int i = 0; i < 6000; i++)
        ck_assert_int_eq(hits[i], 1);
    ck_assert_int_ge(rt_ncpu(), 1);
}

/* ---- deadlock ----------------------------------------------------------------------------- */

static bool no_unlock(rt_g *g, void *arg) {
    (void)g;
    (void)arg;
    return true;
}

static void park_forever(void *arg) {
    (void)arg;
    rt_park(RT_WAIT_CHAN_SEND, no_unlock, NULL);
}

RT_TEST(test_deadlock_1, 1) {
    GO(park_forever, NULL);
    rt_park(RT_WAIT_CHAN_RECV, no_unlock, NULL);
}

RT_TEST(test_deadlock_2, 2) {
    for (int i = 0; i < 10; i++)
        GO(park_forever, NULL);
    rt_park(RT_WAIT_SELECT_NOCASES, no_unlock, NULL);
}

static void finish_later(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++)
        rt_gosched();
}

RT_TEST(test_goexit_main, 2) {
    GO(finish_later, NULL);
    rt_goexit();            /* the others end; then "no goroutines" */
}

/* ---- go statement arguments (rt_go_args) ------------------------------------------- */

/* A block as codegen makes one: pointers to heap objects the block alone
 * keeps alive (the creator drops its own copies), plus plain words. */
enum { NARGG = 200, OBJWORDS = 8 };
typedef struct small_args { uintptr_t *obj; int64_t i; } small_args;
typedef struct big_args { uintptr_t *obj; int64_t i; int64_t pad[RT_G_ARGBUF / 8]; } big_args;
static twait args_done;
static int64_t args_bad, args_inline;

static bool obj_ok(const uintptr_t *obj, int64_t i) {
    for (int k = 0; k < OBJWORDS; k++)
        if (obj[k] != (uintptr_t)(i * OBJWORDS + k))
            return false;
    return true;
}

static uintptr_t *new_obj(int64_t i) {
    uintptr_t *obj = rt_alloc(OBJWORDS * sizeof *obj);
    for (int k = 0; k < OBJWORDS; k++)
        obj[k] = (uintptr_t)(i * OBJWORDS + k);
    return obj;
}

static void check_small(void *arg) {
    small_args *a = arg;
    if (arg == (void *)rt_getg()->argbuf)
        __atomic_add_fetch(&args_inline, 1, __ATOMIC_RELAXED);
    if (!obj_ok(a->obj, a->i))
        __atomic_add_fetch(&args_bad, 1, __ATOMIC_RELAXED);
    twait_done(&args_done);
}

static void check_big(void *arg) {
    big_args *a = arg;
    if (arg == (void *)rt_getg()->argbuf || !obj_ok(a->obj, a->i) || a->pad[0] != a->i)
        __atomic_add_fetch(&args_bad, 1, __ATOMIC_RELAXED);
    twait_done(&args_done);
}

/* At GOMAXPROCS=1 none of the goroutines runs before the collections:
 * their objects are reachable only from the copies in the Gs (small) or
 * on the heap (big), and junk of the same size would reuse a block
 * freed too early. */
RT_TEST(test_go_args_1, 1) {
    twait_add(&args_done, 2 * NARGG);
    for (int64_t i = 0; i < NARGG; i++) {
        small_args s = {new_obj(i), i};
        rt_go_args(check_small, &s, sizeof s);     /* s's slot is reused next round */
        big_args b = {new_obj(NARGG + i), NARGG + i, {NARGG + i}};
        rt_go_args(check_big, &b, sizeof b);
    }
    for (int r = 0; r < 3; r++) {
        for (int k = 0; k < 20000; k++)
            memset(rt_alloc(OBJWORDS * sizeof(uintptr_t)), 0xee, OBJWORDS * sizeof(uintptr_t));
        GC_gcollect();
    }
    twait_wait(&args_done);
    ck_assert_int_eq(args_bad, 0);
    ck_assert_int_eq(args_inline, NARGG);
}

static Suite *sched_suite(void) {
    Suite *s = suite_create("sched");
    TCase *tc = tcase_create("queues");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_steal_2, 0);
    tcase_add_exit_test(tc, test_contention_2, 0);
    tcase_add_exit_test(tc, test_gomaxprocs, 0);
    tcase_add_exit_test(tc, test_global_queues_1, 0);
    tcase_add_exit_test(tc, test_go_args_1, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("sysmon");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_preempt_spinner_1, 0);
    tcase_add_exit_test(tc, test_syscall_handoff_1, 0);
    tcase_add_exit_test(tc, test_sysmon_idle_1, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("deadlock");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_deadlock_1, 2);
    tcase_add_exit_test(tc, test_deadlock_2, 2);
    tcase_add_exit_test(tc, test_goexit_main, 2);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(sched_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
