/* The C half of package os/signal (signal.cs): the handler that records a
 * signal, and the pipe through which it wakes the watching goroutine.
 *
 * The handler only does async-signal-safe things: an atomic OR into the
 * pending mask (bit n-1 for signal n) and a one-byte write to the pipe,
 * which is non-blocking, so a full pipe (a burst of signals not yet
 * read) loses a byte, never a signal: the mask still holds it. The pipe
 * is made by the first Notify, under signal.cs's mutex, before it starts
 * the goroutine that reads it and before any handler that writes to it
 * is installed. */
#include "rt.h"
#include "proc.h"
#include "netpoll.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

static uint64_t pending;
static int wake_w = -1;
static rt_pollfd *wake_pd;

static void on_signal(int sig, siginfo_t *si, void *uc) {
    (void)si, (void)uc;
    int saved = errno;
    __atomic_fetch_or(&pending, (uint64_t)1 << (sig - 1), __ATOMIC_SEQ_CST);
    char b = 0;
    if (write(wake_w, &b, 1) < 0) {
        /* full: the reader has a byte to wake on already */
    }
    errno = saved;
}

void os_signal_openWakePipe(void) {
    int fds[2], err = 0;
    if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) < 0)
        rt_throw("os/signal: pipe2 failed");
    wake_pd = rt_poll_open(fds[0], &err);
    if (wake_pd == NULL)
        rt_throw("os/signal: cannot poll its pipe");
    wake_w = fds[1];
}

void os_signal_enable(int64_t sig) {
    rt_signal_set((int)sig, on_signal, SA_RESTART | SA_ONSTACK);
}

void os_signal_disable(int64_t sig) {
    rt_signal_restore((int)sig);
}

void os_signal_ignore(int64_t sig) {
    rt_signal_ignore((int)sig);
}

bool os_signal_isIgnored(int64_t sig) {
    struct sigaction sa;
    return sigaction((int)sig, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN;
}

/* Whether sig is one the collector stops threads with (gc.c). */
bool os_signal_reserved(int64_t sig) {
    return sig == RT_GC_SUSPEND_SIGNAL || sig == RT_GC_RESTART_SIGNAL;
}

/* Parks until at least one signal is pending; returns and clears them. */
uint64_t os_signal_waitSignals(void) {
    char buf[64];
    for (;;) {
        uint64_t got = __atomic_exchange_n(&pending, 0, __ATOMIC_SEQ_CST);
        if (got != 0)
            return got;
        int err = 0;
        rt_poll_read(wake_pd, buf, sizeof buf, &err);
    }
}
