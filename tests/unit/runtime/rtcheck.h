/* rtcheck.h: helpers for runtime unit tests that need goroutines.
 *
 * RT_TEST(name, procs) { body } defines a Check test whose body runs as
 * goroutine 1 of a runtime started with GOMAXPROCS=procs. The runtime
 * exits the process when the body returns, so register these with
 * tcase_add_exit_test(tc, name, 0): exit status 0 is a pass, a failed
 * ck_assert (exit 1 in fork mode) or a Go panic (exit 2) a failure.
 * RT_CHECK_PROCS=n in the environment runs every test with GOMAXPROCS=n.
 *
 * catch_panic(fn, arg) calls fn(arg) under a frame whose deferred call
 * recovers; it returns the recovered value (type NULL: no panic).
 * panic_text gives a recovered value's text: a string as is, an error
 * through its Error method.
 */
#ifndef RTCHECK_H
#define RTCHECK_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "sched.h"

static inline void rt_run(void (*entry)(void), int procs) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d", procs);
    /* RT_CHECK_PROCS overrides, to shake the tests on more threads */
    setenv("GOMAXPROCS", getenv("RT_CHECK_PROCS") ? getenv("RT_CHECK_PROCS") : buf, 1);
    static char *argv[] = {"check", NULL};
    exit(rt_start(1, argv, entry));
}

#define RT_TEST(name, procs) \
    static void name##_body(void); \
    START_TEST(name) { rt_run(name##_body, procs); } \
    END_TEST \
    static void name##_body(void)

static void catch_recover(void *arg) {
    *(rt_iface *)arg = rt_recover();
}

static inline rt_iface catch_panic(void (*fn)(void *), void *arg) {
    rt_iface *caught = rt_alloc((int64_t)sizeof(rt_iface));
    rt_catchframe cf;
    rt_frame_push(&cf.fr, NULL, true);
    rt_defer_push(&cf.fr, catch_recover, caught);
    if (RT_FRAME_SETJMP(&cf) == 0)
        fn(arg);
    rt_frame_pop(&cf.fr);
    return *caught;
}

static inline const char *panic_text(rt_iface v) {
    if (!v.type)
        return "<no panic>";
    if (rt_type_identical(v.type, &rt_type_string))
        return rt_cstring(*(rt_string *)v.data);
    void *m = rt_iface_method(v, RT_STR("Error"));
    if (!m)
        return "<not an error>";
    return rt_cstring(((rt_string(*)(void *))m)(v.data));
}

/* go fn(arg) with a small heap argument. */
#define GO(fn, arg) rt_go(fn, (void *)(arg))

#endif
