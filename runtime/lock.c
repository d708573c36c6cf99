/* lock.c: rt_lock (a spin-then-futex mutex), futex notes, and the raw
 * futex/sleep helpers the scheduler uses to put Ms to sleep.
 *
 * rt_lock is Drepper's three-state futex mutex ("Futexes Are Tricky",
 * mutex3): key 0 unlocked, 1 locked, 2 locked with possible sleepers. The
 * holder only pays a futex_wake when somebody may sleep. Before sleeping a
 * contender spins a little with PAUSE: the critical sections guarded by
 * rt_locks are a few hundred ns at most (queue manipulation), so a short
 * spin usually wins without a syscall. The spin is Go's lock2: 4 tries,
 * each after 30 PAUSEs. Trying after every PAUSE (as before) kept both
 * cores pulling the lock's cache line away from its holder: 8 goroutines
 * on one channel at GOMAXPROCS=2 (bench/extra/prodcons) ran in 0.87 s
 * against 0.48 s now, the sieve in 1.18 against 0.74 s.
 * rt_locks are leaves in the sense of
 * sched.h's lock order; holding one across rt_park is forbidden (except
 * through rt_park's unlockf).
 *
 * rt_note: one-shot event (Go's note). key 0 = clear, 1 = woken. One
 * sleeper at a time; rt_note_clear re-arms it.
 */
#include "proc.h"

#include <errno.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

void rt_futex_wait(uint32_t *addr, uint32_t val, int64_t ns) {
    struct timespec ts, *tsp = NULL;
    if (ns >= 0) {
        ts.tv_sec = ns / 1000000000;
        ts.tv_nsec = ns % 1000000000;
        tsp = &ts;
    }
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, tsp, NULL, 0);
}

void rt_futex_wake(uint32_t *addr, int n) {
    syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

void rt_usleep(int64_t us) {
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/* rt_lock_acquire (sched.h) found the lock held. */
void rt_lock_acquire_slow(rt_lock *l) {
    for (int i = 0; i < 4; i++) {
        for (int k = 0; k < 30; k++)
            cpu_relax();
        uint32_t c = 0;
        if (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == 0 &&
            __atomic_compare_exchange_n(&l->key, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return;
    }
    /* Announce a sleeper (2) and sleep until the holder releases. */
    while (__atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE) != 0)
        rt_futex_wait(&l->key, 2, -1);
}

/* rt_lock_release (sched.h) dropped a lock somebody may sleep on. */
void rt_lock_wake(rt_lock *l) {
    rt_futex_wake(&l->key, 1);
}

void rt_note_clear(rt_note *n) {
    __atomic_store_n(&n->key, 0, __ATOMIC_RELEASE);
}

void rt_note_wakeup(rt_note *n) {
    if (__atomic_exchange_n(&n->key, 1, __ATOMIC_RELEASE) == 0)
        rt_futex_wake(&n->key, 1);
}

void rt_note_sleep(rt_note *n) {
    while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0)
        rt_futex_wait(&n->key, 0, -1);
}

bool rt_note_tsleep(rt_note *n, int64_t ns) {
    if (ns < 0) {
        rt_note_sleep(n);
        return true;
    }
    int64_t deadline = rt_nanotime() + ns;
    while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0) {
        int64_t left = deadline - rt_nanotime();
        if (left <= 0)
            return false;
        rt_futex_wait(&n->key, 0, left);
    }
    return true;
}
