/* sync.c: the body-less methods of stdlib/sync/sync.cs.
 *
 * Mutex, RWMutex, WaitGroup and Once follow Go 1.19's sync package
 * algorithms (mutex.go without spinning, rwmutex.go, waitgroup.go,
 * once.go); goroutines wait on the runtime's semaphores
 * (runtime/sema.c). Mutex: Lock is one CAS 0 -> locked when free; a
 * waiter is counted in the state before it sleeps, and the semaphore
 * remembers a release that comes before the sleep, so no wake-up is lost. Misuse fails as Go does: fatal errors for unlocking what is
 * not locked, panics for WaitGroup misuse.
 */
#include "rt.h"
#include "chan_internal.h"

/* KEEP IN SYNC: stdlib/sync/sync.cs. */
typedef struct sync_Mutex {
    int32_t state;
    uint32_t sema;
} sync_Mutex;
typedef struct sync_RWMutex {
    sync_Mutex w;
    uint32_t writerSem, readerSem;
    int32_t readerCount, readerWait;
} sync_RWMutex;
typedef struct sync_WaitGroup {
    uint64_t state;
    uint32_t sema;
} sync_WaitGroup;
typedef struct sync_Once {
    uint32_t done;
    sync_Mutex m;
} sync_Once;
typedef rt_notifylist sync_notifyList;
_Static_assert(sizeof(sync_Mutex) == 8, "sync.cs Mutex layout");
_Static_assert(sizeof(sync_notifyList) == 32, "sync.cs notifyList layout");
_Static_assert(sizeof(sync_RWMutex) == 24, "sync.cs RWMutex layout");
_Static_assert(sizeof(sync_WaitGroup) == 16, "sync.cs WaitGroup layout");
_Static_assert(sizeof(sync_Once) == 12, "sync.cs Once layout");

#define SC __ATOMIC_SEQ_CST
#define CAS(p, oldp, new) __atomic_compare_exchange_n(p, oldp, new, false, SC, SC)

/* ---- Mutex ----------------------------------------------------------------------
 * Go's two modes. Normal: a woken waiter competes with newcomers (which
 * usually win: they are already running); WOKEN tells Unlock that a waiter
 * is already on its way, so it wakes no second one. A waiter that has waited
 * over 1 ms sets STARVING: Unlock then hands the mutex straight to the
 * first waiter (the locked bit stays clear but newcomers queue instead of
 * taking it), until a waiter that waited less than 1 ms, or the last one,
 * switches back to normal. */

enum { LOCKED = 1, WOKEN = 2, STARVING = 4, WAITER_SHIFT = 3, WAITER = 1 << WAITER_SHIFT };
#define STARVATION_NS 1000000

/* Lock after the CAS failed; called from sync_Mutex_Lock and from the
 * generated code's open-coded Lock (rt_ops.h's RT_MUTEX_LOCK). */
void sync_Mutex_lockSlow(sync_Mutex *m) {
    int64_t wait_start = 0;
    bool starving = false, awoke = false;
    int32_t old = __atomic_load_n(&m->state, SC);
    for (;;) {
        int32_t new = old;
        if (!(old & STARVING))
            new |= LOCKED;      /* try to take it (never from a starving waiter) */
        if (old & (LOCKED | STARVING))
            new += WAITER;      /* or queue */
        if (starving && (old & LOCKED))
            new |= STARVING;
        if (awoke) {
            if (!(new & WOKEN))
                rt_fatal("sync: inconsistent mutex state");
            new &= ~WOKEN;
        }
        if (!CAS(&m->state, &old, new))
            continue;           /* old was reloaded */
        if (!(old & (LOCKED | STARVING)))
            return;             /* took it */
        bool requeue = wait_start != 0;
        if (!wait_start)
            wait_start = rt_nanotime();
        rt_semacquire(&m->sema, requeue, RT_WAIT_SEMACQUIRE);
        starving = starving || rt_nanotime() - wait_start > STARVATION_NS;
        old = __atomic_load_n(&m->state, SC);
        if (old & STARVING) {
            /* handed to us: take it and leave the queue */
            if ((old & (LOCKED | WOKEN)) || old < WAITER)
                rt_fatal("sync: inconsistent mutex state");
            int32_t delta = LOCKED - WAITER;
            if (!starving || (old >> WAITER_SHIFT) == 1)
                delta -= STARVING;
            __atomic_add_fetch(&m->state, delta, SC);
            return;
        }
        awoke = true;
    }
}

void sync_Mutex_Lock(sync_Mutex *m) {
    int32_t old = 0;
    if (!CAS(&m->state, &old, LOCKED))
        sync_Mutex_lockSlow(m);
}

bool sync_Mutex_TryLock(sync_Mutex *m) {
    int32_t old = __atomic_load_n(&m->state, SC);
    return !(old & (LOCKED | STARVING)) && CAS(&m->state, &old, old | LOCKED);
}

void sync_Mutex_Unlock(sync_Mutex *m) {
    int32_t new = __atomic_sub_fetch(&m->state, LOCKED, SC);
    if (new != 0)
        sync_Mutex_unlockSlow(m, new);
}

/* Unlock after the decrement left new != 0 in the state (waiters, or
 * the mutex was not locked); also called from RT_MUTEX_UNLOCK. */
void sync_Mutex_unlockSlow(sync_Mutex *m, int32_t new) {
    if (((new + LOCKED) & LOCKED) == 0)
        rt_fatal("sync: unlock of unlocked mutex");
    if (new & STARVING) {
        rt_semrelease(&m->sema, true);      /* hand-off */
        return;
    }
    /* Wake one waiter unless none is left, or one is already awake, or a
     * newcomer holds the lock (its Unlock will do it). */
    int32_t old = new;
    while ((old >> WAITER_SHIFT) != 0 && !(old & (LOCKED | WOKEN | STARVING)))
        if (CAS(&m->state, &old, (old - WAITER) | WOKEN)) {
            rt_semrelease(&m->sema, false);
            return;
        }
}

/* ---- RWMutex --------------------------------------------------------------------- */

enum { MAX_READERS = 1 << 30 };

_Static_assert(offsetof(sync_RWMutex, readerCount) == RT_RWMUTEX_READERS_OFFSET, "rt_ops.h RWMutex layout");

/* RLock after the increment found a writer in; also from RT_RWMUTEX_RLOCK. */
void sync_RWMutex_rlockSlow(sync_RWMutex *rw) {
    rt_semacquire(&rw->readerSem, false, RT_WAIT_SEMACQUIRE);
}

void sync_RWMutex_RLock(sync_RWMutex *rw) {
    if (__atomic_add_fetch(&rw->readerCount, 1, SC) < 0)
        sync_RWMutex_rlockSlow(rw);
}

bool sync_RWMutex_TryRLock(sync_RWMutex *rw) {
    int32_t c = __atomic_load_n(&rw->readerCount, SC);
    while (c >= 0)
        if (CAS(&rw->readerCount, &c, c + 1))
            return true;
    return false;
}

void sync_RWMutex_RUnlock(sync_RWMutex *rw) {
    int32_t r = __atomic_sub_fetch(&rw->readerCount, 1, SC);
    if (r < 0)
        sync_RWMutex_runlockSlow(rw, r);
}

/* RUnlock after the decrement left r < 0 in readerCount (a writer waits,
 * or the lock was not read-locked); also from RT_RWMUTEX_RUNLOCK. */
void sync_RWMutex_runlockSlow(sync_RWMutex *rw, int32_t r) {
    if (r + 1 == 0 || r + 1 == -MAX_READERS)
        rt_fatal("sync: RUnlock of unlocked RWMutex");
    /* A writer waits: the last departing reader lets it in. */
    if (__atomic_sub_fetch(&rw->readerWait, 1, SC) == 0)
        rt_semrelease(&rw->writerSem, false);
}

void sync_RWMutex_Lock(sync_RWMutex *rw) {
    sync_Mutex_Lock(&rw->w);
    /* Announce the writer; r readers are still inside. */
    int32_t r = __atomic_add_fetch(&rw->readerCount, -MAX_READERS, SC) + MAX_READERS;
    if (r != 0 && __atomic_add_fetch(&rw->readerWait, r, SC) != 0)
        rt_semacquire(&rw->writerSem, false, RT_WAIT_SEMACQUIRE);
}

bool sync_RWMutex_TryLock(sync_RWMutex *rw) {
    if (!sync_Mutex_TryLock(&rw->w))
        return false;
    int32_t zero = 0;
    if (!CAS(&rw->readerCount, &zero, -MAX_READERS)) {
        sync_Mutex_Unlock(&rw->w);
        return false;
    }
    return true;
}

void sync_RWMutex_Unlock(sync_RWMutex *rw) {
    int32_t r = __atomic_add_fetch(&rw->readerCount, MAX_READERS, SC);
    if (r >= MAX_READERS)
        rt_fatal("sync: Unlock of unlocked RWMutex");
    for (int32_t i = 0; i < r; i++)   /* the readers that queued behind us */
        rt_semrelease(&rw->readerSem, false);
    sync_Mutex_Unlock(&rw->w);
}

/* ---- WaitGroup ----------------------------------------------------------------------- */

void sync_WaitGroup_Add(sync_WaitGroup *wg, int64_t delta) {
    uint64_t state = __atomic_add_fetch(&wg->state, (uint64_t)delta << 32, SC);
    int32_t v = (int32_t)(state >> 32);
    uint32_t w = (uint32_t)state;
    if (v < 0)
        rt_panic_string("sync: negative WaitGroup counter");
    if (w != 0 && delta > 0 && v == (int32_t)delta)
        rt_panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    if (v > 0 || w == 0)
        return;
    /* The counter hit zero with waiters: nobody may touch the state now
     * but us. Reset it and wake them all. */
    if (__atomic_load_n(&wg->state, SC) != state)
        rt_panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    __atomic_store_n(&wg->state, 0, SC);
    for (; w != 0; w--)
        rt_semrelease(&wg->sema, false);
}

void sync_WaitGroup_Wait(sync_WaitGroup *wg) {
    uint64_t state = __atomic_load_n(&wg->state, SC);
    for (;;) {
        if ((int32_t)(state >> 32) == 0)
            return;
        if (CAS(&wg->state, &state, state + 1)) {
            rt_semacquire(&wg->sema, false, RT_WAIT_SEMACQUIRE);
            if (__atomic_load_n(&wg->state, SC) != 0)
                rt_panic_string("sync: WaitGroup is reused before previous Wait has returned");
            return;
        }
    }
}

/* ---- Cond's notify list and copy check (the rest of Cond is CS) ------------------------- */

/* Whether *c holds c's own address, recording it on first use; a copy of
 * a used Cond holds its original's. */
bool sync_sameAddress(uintptr_t *c) {
    uintptr_t self = (uintptr_t)c, zero = 0;
    return __atomic_load_n(c, SC) == self || CAS(c, &zero, self) || __atomic_load_n(c, SC) == self;
}

uint32_t sync_notifyListAdd(sync_notifyList *l) {
    return rt_notifylist_add(l);
}

void sync_notifyListWait(sync_notifyList *l, uint32_t t) {
    rt_notifylist_wait(l, t);
}

void sync_notifyListNotifyOne(sync_notifyList *l) {
    rt_notifylist_notify_one(l);
}

void sync_notifyListNotifyAll(sync_notifyList *l) {
    rt_notifylist_notify_all(l);
}
