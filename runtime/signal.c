/* signal.c: how the runtime installs its signal handlers.
 *
 * Every handler the runtime owns (stack overflow and faults in stack.c,
 * SIGQUIT's goroutine dump in trace.c, the do-nothing SIGPIPE handler in
 * fdio.c) takes the three-argument form, blocks nothing extra while it
 * runs, and is installed here. Handlers that may run on a goroutine stack
 * near its guard ask for SA_ONSTACK: each M has an alternate signal stack
 * (stack.c). Boehm's suspend signal is different: gc.c wraps the handler
 * Boehm installed, so it copies that one's settings itself.
 */
#include "proc.h"

#include <signal.h>
#include <string.h>

void rt_signal_install(int sig, rt_signal_handler handler, int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | flags;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}
