/* Package sync and sync/atomic through their C entry points: a mutex
 * counter at GOMAXPROCS=2, TryLock, RWMutex exclusion, WaitGroup (and its
 * negative-counter panic), atomics, Cond's notify list, atomic.Value,
 * Mutex starvation mode, and the fatal error for unlocking an unlocked
 * mutex. Once is CS code (sync.cs), covered by tests/golden/sync/once*. */
#include "rtcheck.h"
#include "chan_internal.h"

/* KEEP IN SYNC: stdlib/sync/sync.cs */
typedef struct sync_Mutex { int32_t state; uint32_t sema; } sync_Mutex;
typedef struct sync_RWMutex {
    sync_Mutex w;
    uint32_t writerSem, readerSem;
    int32_t readerCount, readerWait;
} sync_RWMutex;
typedef struct sync_WaitGroup { uint64_t state; uint32_t sema; } sync_WaitGroup;
void sync_Mutex_Lock(sync_Mutex *m);
bool sync_Mutex_TryLock(sync_Mutex *m);
void sync_Mutex_Unlock(sync_Mutex *m);
void sync_RWMutex_RLock(sync_RWMutex *rw);
void sync_RWMutex_RUnlock(sync_RWMutex *rw);
void sync_RWMutex_Lock(sync_RWMutex *rw);
void sync_RWMutex_Unlock(sync_RWMutex *rw);
bool sync_RWMutex_TryLock(sync_RWMutex *rw);
bool sync_RWMutex_TryRLock(sync_RWMutex *rw);
void sync_WaitGroup_Add(sync_WaitGroup *wg, int64_t delta);
void sync_WaitGroup_Wait(sync_WaitGroup *wg);
int64_t sync_atomic_AddInt64(int64_t *addr, int64_t delta);
int64_t sync_atomic_LoadInt64(int64_t *addr);
void sync_atomic_StoreInt64(int64_t *addr, int64_t val);
int64_t sync_atomic_SwapInt64(int64_t *addr, int64_t val);
bool sync_atomic_CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t val);
uint32_t sync_atomic_AddUint32(uint32_t *addr, uint32_t delta);

static void done(sync_WaitGroup *wg) {
    sync_WaitGroup_Add(wg, -1);
}

/* ---- Mutex ---------------------------------------------------------------------- */

enum { WORKERS = 4, ITERS = 50000 };

typedef struct shared {
    sync_Mutex mu;
    sync_RWMutex rw;
    sync_WaitGroup wg;
    int64_t counter;
    int64_t readers, writers;   /* inside the RWMutex (atomics) */
    int64_t atomic;
} shared;

static void mutex_worker(void *arg) {
    shared *s = arg;
    for (int i = 0; i < ITERS; i++) {
        sync_Mutex_Lock(&s->mu);
        int64_t v = s->counter;
        if (i % 1000 == 0)
            rt_gosched();   /* park others on the mutex now and then */
        s->counter = v + 1;
        sync_Mutex_Unlock(&s->mu);
    }
    done(&s->wg);
}

RT_TEST(test_mutex_counter, 2) {
    shared *s = rt_alloc(sizeof *s);
    sync_WaitGroup_Add(&s->wg, WORKERS);
    for (int i = 0; i < WORKERS; i++)
        GO(mutex_worker, s);
    sync_WaitGroup_Wait(&s->wg);
    ck_assert_int_eq(s->counter, WORKERS * ITERS);
    ck_assert_int_eq(s->mu.state, 0);
    ck_assert(sync_Mutex_TryLock(&s->mu));
    ck_assert(!sync_Mutex_TryLock(&s->mu));
    sync_Mutex_Unlock(&s->mu);
}

typedef struct hog {
    sync_Mutex mu;
    int64_t stop;
} hog;

static void hog_loop(void *arg) {
    hog *h = arg;
    while (!__atomic_load_n(&h->stop, __ATOMIC_SEQ_CST)) {
        sync_Mutex_Lock(&h->mu);
        for (volatile int i = 0; i < 100; i++)
            ;
        sync_Mutex_Unlock(&h->mu);
    }
}

/* Starvation mode: a goroutine that keeps re-locking cannot keep a waiter
 * out for long (Go hands the mutex over after 1 ms of waiting). The bound is
 * a second: a loaded machine can hold the waiter off the CPU for 180 ms. */
RT_TEST(test_mutex_starvation, 2) {
    hog *h = rt_alloc(sizeof *h);
    GO(hog_loop, h);
    GO(hog_loop, h);
    for (int i = 0; i < 20; i++) {
        int64_t t0 = rt_nanotime();
        sync_Mutex_Lock(&h->mu);
        ck_assert_int_lt(rt_nanotime() - t0, 1000 * 1000000);
        sync_Mutex_Unlock(&h->mu);
    }
    __atomic_store_n(&h->stop, 1, __ATOMIC_SEQ_CST);
}

RT_TEST(test_unlock_unlocked, 1) {
    sync_Mutex m = {0};
    sync_Mutex_Unlock(&m);      /* fatal error: exit 2 */
}

/* ---- RWMutex ----------------------------------------------------------------------- */

static void rw_reader(void *arg) {
    shared *s = arg;
    for (int i = 0; i < ITERS / 5; i++) {
        sync_RWMutex_RLock(&s->rw);
        __atomic_add_fetch(&s->readers, 1, __ATOMIC_SEQ_CST);
        ck_assert_int_eq(__atomic_load_n(&s->writers, __ATOMIC_SEQ_CST), 0);
        if (i % 500 == 0)
            rt_gosched();
        __atomic_sub_fetch(&s->readers, 1, __ATOMIC_SEQ_CST);
        sync_RWMutex_RUnlock(&s->rw);
    }
    done(&s->wg);
}

static void rw_writer(void *arg) {
    shared *s = arg;
    for (int i = 0; i < ITERS / 10; i++) {
        sync_RWMutex_Lock(&s->rw);
        ck_assert_int_eq(__atomic_add_fetch(&s->writers, 1, __ATOMIC_SEQ_CST), 1);
        ck_assert_int_eq(__atomic_load_n(&s->readers, __ATOMIC_SEQ_CST), 0);
        s->counter++;
        if (i % 100 == 0)
            rt_gosched();
        __atomic_sub_fetch(&s->writers, 1, __ATOMIC_SEQ_CST);
        sync_RWMutex_Unlock(&s->rw);
    }
    done(&s->wg);
}

RT_TEST(test_rwmutex, 2) {
    shared *s = rt_alloc(sizeof *s);
    sync_WaitGroup_Add(&s->wg, 6);
    for (int i = 0; i < 4; i++)
        GO(rw_reader, s);
    for (int i = 0; i < 2; i++)
        GO(rw_writer, s);
    sync_WaitGroup_Wait(&s->wg);
    ck_assert_int_eq(s->counter, 2 * (ITERS / 10));
    ck_assert(sync_RWMutex_TryRLock(&s->rw));
    ck_assert(!sync_RWMutex_TryLock(&s->rw));
    sync_RWMutex_RUnlock(&s->rw);
    ck_assert(sync_RWMutex_TryLock(&s->rw));
    ck_assert(!sync_RWMutex_TryRLock(&s->rw));
    sync_RWMutex_Unlock(&s->rw);
}

/* ---- WaitGroup ----------------------------------------------------------------------- */

static void wg_worker(void *arg) {
    shared *s = arg;
    rt_gosched();
    sync_atomic_AddInt64(&s->atomic, 1);
    done(&s->wg);
}

static void wg_waiter(void *arg) {
    shared *s = arg;
    sync_WaitGroup_Wait(&s->wg);
    ck_assert_int_eq(sync_atomic_LoadInt64(&s->atomic), 1000);
    sync_atomic_AddInt64(&s->counter, 1);
}

RT_TEST(test_waitgroup, 2) {
    shared *s = rt_alloc(sizeof *s);
    sync_WaitGroup_Wait(&s->wg);    /* zero: returns at once */
    sync_WaitGroup_Add(&s->wg, 1000);
    for (int i = 0; i < 3; i++)
        GO(wg_waiter, s);
    for (int i = 0; i < 1000; i++)
        GO(wg_worker, s);
    sync_WaitGroup_Wait(&s->wg);
    ck_assert_int_eq(sync_atomic_LoadInt64(&s->atomic), 1000);
    while (sync_atomic_LoadInt64(&s->counter) < 3)
        rt_gosched();
    /* reusable */
    sync_WaitGroup_Add(&s->wg, 1);
    done(&s->wg);
    sync_WaitGroup_Wait(&s->wg);
}

static void wg_negative(void *wg) {
    done(wg);
}

RT_TEST(test_waitgroup_negative, 1) {
    sync_WaitGroup *wg = rt_alloc(sizeof *wg);
    rt_iface v = catch_panic(wg_negative, wg);
    ck_assert(rt_type_identical(v.type, &rt_type_string));
    ck_assert_str_eq(panic_text(v), "sync: negative WaitGroup counter");
}

/* ---- atomics ------------------------------------------------------------------------------ */

static void atomic_worker(void *arg) {
    shared *s = arg;
    for (int i = 0; i < ITERS; i++) {
        sync_atomic_AddInt64(&s->atomic, 1);
        int64_t old;
        do
            old = sync_atomic_LoadInt64(&s->counter);
        while (!sync_atomic_CompareAndSwapInt64(&s->counter, old, old + 2));
    }
    done(&s->wg);
}

RT_TEST(test_atomics, 2) {
    shared *s = rt_alloc(sizeof *s);
    sync_WaitGroup_Add(&s->wg, WORKERS);
    for (int i = 0; i < WORKERS; i++)
        GO(atomic_worker, s);
    sync_WaitGroup_Wait(&s->wg);
    ck_assert_int_eq(s->atomic, WORKERS * ITERS);
    ck_assert_int_eq(s->counter, 2 * WORKERS * ITERS);
    ck_assert_int_eq(sync_atomic_SwapInt64(&s->atomic, 5), WORKERS * ITERS);
    sync_atomic_StoreInt64(&s->counter, -1);
    ck_assert_int_eq(sync_atomic_LoadInt64(&s->counter), -1);
    ck_assert(!sync_atomic_CompareAndSwapInt64(&s->counter, 0, 1));
    uint32_t u = 0;
    ck_assert_uint_eq(sync_atomic_AddUint32(&u, (uint32_t)-1), 0xffffffffu);
}

/* ---- Cond (its CS Wait: take a ticket, unlock, wait, lock) --------------------------- */

typedef struct queue {
    sync_Mutex mu;
    rt_notifylist cond;
    int64_t items, consumed, closed;
    sync_WaitGroup wg;
} queue;

static void cond_wait(queue *q) {
    uint32_t t = rt_notifylist_add(&q->cond);
    sync_Mutex_Unlock(&q->mu);
    rt_notifylist_wait(&q->cond, t);
    sync_Mutex_Lock(&q->mu);
}

static void consumer(void *arg) {
    queue *q = arg;
    sync_Mutex_Lock(&q->mu);
    for (;;) {
        while (q->items == 0 && !q->closed)
            cond_wait(q);
        if (q->items == 0)
            break;
        q->items--;
        q->consumed++;
    }
    sync_Mutex_Unlock(&q->mu);
    done(&q->wg);
}

RT_TEST(test_cond, 2) {
    enum { CONSUMERS = 8, ITEMS = 20000 };
    queue *q = rt_alloc(sizeof *q);
    sync_WaitGroup_Add(&q->wg, CONSUMERS);
    for (int i = 0; i < CONSUMERS; i++)
        GO(consumer, q);
    for (int i = 0; i < ITEMS; i++) {
        sync_Mutex_Lock(&q->mu);
        q->items++;
        sync_Mutex_Unlock(&q->mu);
        rt_notifylist_notify_one(&q->cond);
        if (i % 64 == 0)
            rt_gosched();
    }
    sync_Mutex_Lock(&q->mu);
    q->closed = 1;
    sync_Mutex_Unlock(&q->mu);
    rt_notifylist_notify_all(&q->cond);
    sync_WaitGroup_Wait(&q->wg);
    ck_assert_int_eq(q->consumed, ITEMS);
}

/* ---- atomic.Value ------------------------------------------------------------------ */

typedef struct sync_atomic_Value { rt_iface *p; } sync_atomic_Value;
rt_iface sync_atomic_Value_Load(sync_atomic_Value *v);
void sync_atomic_Value_Store(sync_atomic_Value *v, rt_iface val);
rt_iface sync_atomic_Value_Swap(sync_atomic_Value *v, rt_iface val);
bool sync_atomic_Value_CompareAndSwap(sync_atomic_Value *v, rt_iface old, rt_iface val);

static rt_iface int_value(int64_t i) {
    return rt_box(&rt_type_int, &i);
}

static void store_string(void *v) {
    rt_string s = RT_STR("x");
    sync_atomic_Value_Store(v, rt_box(&rt_type_string, &s));
}

static void store_nil(void *v) {
    sync_atomic_Value_Store(v, (rt_iface){0});
}

RT_TEST(test_atomic_value, 1) {
    sync_atomic_Value *v = rt_alloc(sizeof *v);
    ck_assert_ptr_null(sync_atomic_Value_Load(v).type);
    ck_assert_str_eq(panic_text(catch_panic(store_nil, v)), "sync/atomic: store of nil value into Value");
    ck_assert(!sync_atomic_Value_CompareAndSwap(v, int_value(1), int_value(2)));
    ck_assert(sync_atomic_Value_CompareAndSwap(v, (rt_iface){0}, int_value(2)));
    ck_assert_int_eq(*(int64_t *)sync_atomic_Value_Load(v).data, 2);
    sync_atomic_Value_Store(v, int_value(3));
    ck_assert_int_eq(*(int64_t *)sync_atomic_Value_Swap(v, int_value(4)).data, 3);
    ck_assert(!sync_atomic_Value_CompareAndSwap(v, int_value(3), int_value(5)));
    ck_assert(sync_atomic_Value_CompareAndSwap(v, int_value(4), int_value(5)));
    ck_assert_int_eq(*(int64_t *)sync_atomic_Value_Load(v).data, 5);
    ck_assert_str_eq(panic_text(catch_panic(store_string, v)),
                     "sync/atomic: store of inconsistently typed value into Value");
}

static Suite *sync_suite(void) {
    Suite *s = suite_create("sync");
    TCase *tc = tcase_create("sync");
    tcase_set_timeout(tc, 30);
    tcase_add_exit_test(tc, test_mutex_counter, 0);
    tcase_add_exit_test(tc, test_mutex_starvation, 0);
    tcase_add_exit_test(tc, test_unlock_unlocked, 2);
    tcase_add_exit_test(tc, test_rwmutex, 0);
    tcase_add_exit_test(tc, test_waitgroup, 0);
    tcase_add_exit_test(tc, test_waitgroup_negative, 0);
    tcase_add_exit_test(tc, test_atomics, 0);
    tcase_add_exit_test(tc, test_cond, 0);
    tcase_add_exit_test(tc, test_atomic_value, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(sync_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
