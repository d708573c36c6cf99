/* signal.c: how the runtime installs its signal handlers, and how
 * package os/signal takes a signal over and gives it back.
 *
 * Every handler the runtime owns (stack overflow and faults in stack.c,
 * SIGQUIT's goroutine dump in trace.c, the do-nothing SIGPIPE handler in
 * fdio.c) takes the three-argument form and is installed here once at
 * start-up; that handler is the signal's default from then on. os/signal's
 * Notify replaces it with its own (rt_signal_set), Ignore with SIG_IGN,
 * and Stop or Reset put the default back (rt_signal_restore): the
 * runtime's handler, or SIG_DFL for a signal the runtime leaves alone.
 *
 * Every handler, os/signal's too, blocks every signal while it runs, as
 * Go's setsig does. A signal taken while a handler runs on the M's
 * alternate stack would nest there, and the collector's suspend signal
 * nested so records an sp on that stack: the collector then scanned from
 * it up to the thread's stack bottom, and the running goroutine's stack
 * only from the sp it last saved (a storm of signals during allocation
 * crashed: tests/golden/os/signal_collector).
 *
 * As in Go, a signal whose default would end the program but that Go
 * treats as only a notification (SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU,
 * SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, the real-time signals from
 * 35) gets a do-nothing handler at start-up (rt_signal_drop_init): it is
 * dropped unless Notify asked for it, and a child that execs gets
 * SIG_DFL back. Only signals still at SIG_DFL then are taken, so the
 * collector's (RT_GC_SUSPEND_SIGNAL, RT_GC_RESTART_SIGNAL: proc.h) and
 * an inherited SIG_IGN stay. Handlers that may run
 * on a goroutine stack near its guard ask for SA_ONSTACK: each M has an
 * alternate signal stack (stack.c). Boehm's suspend signal is different:
 * gc.c wraps the handler Boehm installed, so it copies that one's
 * settings itself.
 */
#include "proc.h"

#include <signal.h>
#include <string.h>

static struct {
    rt_signal_handler handler;
    int flags;
} defaults[NSIG];

void rt_signal_set(int sig, rt_signal_handler handler, int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | flags;
    sigfillset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

void rt_signal_install(int sig, rt_signal_handler handler, int flags) {
    defaults[sig].handler = handler;
    defaults[sig].flags = flags;
    rt_signal_set(sig, handler, flags);
}

static void set_disposition(int sig, void (*disposition)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = disposition;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

void rt_signal_restore(int sig) {
    if (defaults[sig].handler != NULL)
        rt_signal_set(sig, defaults[sig].handler, defaults[sig].flags);
    else
        set_disposition(sig, SIG_DFL);
}

void rt_signal_ignore(int sig) {
    set_disposition(sig, SIG_IGN);
}

static void dropped(int sig, siginfo_t *si, void *uc) {
    (void)sig, (void)si, (void)uc;
}

static void drop_if_default(int sig) {
    struct sigaction old;
    if (sigaction(sig, NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL)
        rt_signal_install(sig, dropped, SA_RESTART | SA_ONSTACK);
}

void rt_signal_drop_init(void) {
    static const int notify_only[] = {SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ,
                                      SIGVTALRM, SIGPROF, SIGIO, SIGPWR};
    for (size_t i = 0; i < sizeof notify_only / sizeof notify_only[0]; i++)
        drop_if_default(notify_only[i]);
    for (int sig = SIGRTMIN > 35 ? SIGRTMIN : 35; sig <= SIGRTMAX; sig++)
        drop_if_default(sig);
}
