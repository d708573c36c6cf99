/* micro.c: the runtime's costs in nanoseconds per operation, with the
 * lower bound beside them.
 *
 *   bare swap        rt_coro_switch between two plain stacks, no scheduler:
 *                    the floor for any goroutine switch
 *   switch           two goroutines waking each other and blocking
 *                    (rt_ready, rt_park): one context switch from a
 *                    goroutine to the other through the scheduler, as in
 *                    every channel hand-off, without the channel
 *   gosched          two goroutines yielding to each other (GOMAXPROCS=1):
 *                    runtime.Gosched, which as in Go goes through the
 *                    global queue and its lock
 *   spawn+exit       rt_go of an empty function, run to completion, in
 *                    batches of 256 waited for in turn
 *   chan hand-off    one message over an unbuffered channel between two
 *                    goroutines (half a ping-pong round trip)
 *   buffered         send then receive on a buffered channel, one goroutine
 *   select 2 cases   a two-case select with one case ready
 *
 * Usage: bench_micro [iterations]   (default 2000000; GOMAXPROCS=1 advised)
 * Linked against libcsrt like a CS program, with its own entry function.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include "sched.h"

void rt_coro_switch(void **save, void *to);   /* coro_amd64.S */
void rt_user_main(void) {}                    /* unused: main() below */

static int64_t iters = 2000000;

static double ns_per(int64_t start, int64_t n) {
    return (double)(rt_nanotime() - start) / (double)n;
}

/* ---- bare swap --------------------------------------------------------- */
static void *main_sp, *peer_sp;

static void peer_loop(void) {
    for (;;)
        rt_coro_switch(&peer_sp, main_sp);
}

static double bench_bare_swap(void) {
    size_t size = 64 * 1024;
    char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    /* A fresh context is six register slots and a return address; after the
     * ret, rsp must be 8 mod 16 as at any function entry. */
    uintptr_t *top = (uintptr_t *)(((uintptr_t)(stack + size) & ~(uintptr_t)15) - 8);
    *--top = (uintptr_t)peer_loop;
    for (int i = 0; i < 6; i++)
        *--top = 0;
    peer_sp = top;
    int64_t start = rt_nanotime();
    for (int64_t i = 0; i < iters; i++)
        rt_coro_switch(&main_sp, peer_sp);
    double ns = ns_per(start, 2 * iters);       /* two switches per loop */
    munmap(stack, size);
    return ns;
}

/* ---- scheduler and channels ---------------------------------------------- */
static rt_chan *done;

static void signal_done(void) {
    bool v = true;
    rt_chansend(done, &v);
}

static void wait_done(void) {
    bool v;
    rt_chanrecv(done, &v);
}

static void yielder(void *arg) {
    for (int64_t i = 0; i < iters; i++)
        rt_gosched();
    signal_done();
}

static double bench_gosched(void) {
    int64_t start = rt_nanotime();
    rt_go(yielder, NULL);
    rt_go(yielder, NULL);
    wait_done();
    wait_done();
    return ns_per(start, 2 * iters);
}

static rt_g *switchers[2];

/* Each readies the other and blocks, iters times; the first waits for the
 * second to exist, and the one that stops last wakes the other. */
static void switcher(void *arg);

static void switcher_loop(int me) {
    for (int64_t i = 0; i < iters; i++) {
        rt_ready(switchers[1 - me]);
        rt_park("switch", NULL, NULL);
    }
    if (me == 1)
        rt_ready(switchers[0]);
    signal_done();
}

static void switcher(void *arg) {
    int me = (int)(intptr_t)arg;
    switchers[me] = rt_getg();
    if (me == 0) {
        rt_go(switcher, (void *)1);
        rt_park("switch", NULL, NULL);
    }
    switcher_loop(me);
}

static double bench_switch(void) {
    int64_t start = rt_nanotime();
    rt_go(switcher, (void *)0);
    wait_done();
    wait_done();
    return ns_per(start, 2 * iters);
}

/* Spawned in batches of SPAWN_BATCH, each waited for before the next, so
 * dead goroutines' G structs and stacks are reused as in a program that
 * keeps spawning (all iters at once would measure a heap of 2M queued
 * goroutines instead). */
enum { SPAWN_BATCH = 256 };
static int64_t spawned, batch_end;

static void empty(void *arg) {
    if (__atomic_add_fetch(&spawned, 1, __ATOMIC_RELAXED) == batch_end)
        signal_done();
}

static double bench_spawn(void) {
    spawned = 0;
    int64_t start = rt_nanotime();
    for (int64_t i = 0; i < iters; i += SPAWN_BATCH) {
        int64_t n = iters - i < SPAWN_BATCH ? iters - i : SPAWN_BATCH;
        batch_end = i + n;
        for (int64_t k = 0; k < n; k++)
            rt_go(empty, NULL);
        wait_done();
    }
    return ns_per(start, iters);
}

static rt_chan *ping, *pong;

static void ponger(void *arg) {
    int64_t v;
    for (int64_t i = 0; i < iters; i++) {
        rt_chanrecv(ping, &v);
        rt_chansend(pong, &v);
    }
}

static double bench_handoff(void) {
    ping = rt_makechan(&rt_type_int, 0);
    pong = rt_makechan(&rt_type_int, 0);
    rt_go(ponger, NULL);
    int64_t start = rt_nanotime();
    for (int64_t v = 0; v < iters; v++) {
        rt_chansend(ping, &v);
        rt_chanrecv(pong, &v);
    }
    return ns_per(start, 2 * iters);
}

static double bench_buffered(void) {
    rt_chan *c = rt_makechan(&rt_type_int, 1);
    int64_t start = rt_nanotime();
    for (int64_t v = 0; v < iters; v++) {
        rt_chansend(c, &v);
        rt_chanrecv(c, &v);
    }
    return ns_per(start, iters);
}

static double bench_select(void) {
    rt_chan *a = rt_makechan(&rt_type_int, 1);
    rt_chan *b = rt_makechan(&rt_type_int, 1);
    int64_t one = 1, got;
    bool ok;
    rt_chansend(a, &one);
    int64_t start = rt_nanotime();
    for (int64_t i = 0; i < iters; i++) {
        rt_scase cases[2] = {{a, &got, RT_SELECT_RECV}, {b, &got, RT_SELECT_RECV}};
        rt_select(cases, 2, false, &ok);
        rt_chansend(a, &one);
    }
    return ns_per(start, iters);
}

static void run_all(void) {
    done = rt_makechan(&rt_type_bool, 0);
    printf("%-18s %8.1f ns\n", "bare swap", bench_bare_swap());
    printf("%-18s %8.1f ns\n", "switch", bench_switch());
    printf("%-18s %8.1f ns\n", "gosched", bench_gosched());
    printf("%-18s %8.1f ns\n", "spawn+exit", bench_spawn());
    printf("%-18s %8.1f ns\n", "chan hand-off", bench_handoff());
    printf("%-18s %8.1f ns  (send + receive)\n", "buffered", bench_buffered());
    printf("%-18s %8.1f ns  (includes one buffered send)\n", "select 2 cases", bench_select());
    fflush(stdout);
}

int main(int argc, char **argv) {
    if (argc > 1)
        iters = atoll(argv[1]);
    if (iters <= 0) {
        fprintf(stderr, "usage: bench_micro [iterations > 0]\n");
        return 2;
    }
    return rt_start(argc, argv, run_all);
}
