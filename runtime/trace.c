/* trace.c: goroutine dumps and scheduler tracing.
 *
 *  - rt_traceback_all: "goroutine N [state]:" blocks, Go's layout after a
 *    fatal error or panic (blank line between blocks). We have no real
 *    tracebacks; goroutine 1 gets the "main.main()" line Go prints first.
 *  - SIGQUIT (kill -QUIT, ^\): "SIGQUIT: quit", every goroutine, exit 2.
 *  - GODEBUG=schedtrace=N: sysmon prints a line every N ms, as Go's
 *    schedtrace: "SCHED 1004ms: gomaxprocs=2 idleprocs=1 threads=4
 *    spinningthreads=0 idlethreads=1 runqueue=0 [0 0]".
 * Everything here writes with write(2) through small async-signal-safe
 * formatters: dumps run from signal handlers and with locks held.
 */
#include "proc.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

int64_t rt_schedtrace_ms;
static int64_t start_time;

void rt_write_str(int fd, const char *s) {
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

void rt_write_int(int fd, int64_t v) {
    char buf[24], *p = buf + sizeof buf;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    *--p = 0;
    do
        *--p = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
        *--p = '-';
    rt_write_str(fd, p);
}

void rt_write_hex(int fd, uint64_t v) {
    char buf[20], *p = buf + sizeof buf;
    *--p = 0;
    do
        *--p = "0123456789abcdef"[v & 15];
    while ((v >>= 4) != 0);
    rt_write_str(fd, p);
}

static const char *state_of(rt_g *g, uint32_t st) {
    switch (st) {
    case RT_G_RUNNABLE: return "runnable";
    case RT_G_RUNNING: return "running";
    case RT_G_SYSCALL: return "syscall";
    case RT_G_WAITING: return g->waitreason ? g->waitreason : "waiting";
    default: return NULL;
    }
}

static void write_g(int fd, rt_g *g, const char *state, bool first) {
    if (!first)
        rt_write_str(fd, "\n");
    rt_write_str(fd, "goroutine ");
    rt_write_int(fd, g->id);
    rt_write_str(fd, " [");
    rt_write_str(fd, state);
    rt_write_str(fd, "]:\n");
    if (g == rt_sched.maing)
        rt_write_str(fd, "main.main()\n");
}

void rt_traceback_all(int fd, rt_g *cur) {
    bool first = true;
    if (cur != NULL) {
        write_g(fd, cur, "running", true);
        first = false;
    }
    rt_allgs *a = rt_allgs_get();
    for (int64_t i = 0; a != NULL && i < a->n; i++) {
        rt_g *g = a->g[i];
        const char *st = state_of(g, __atomic_load_n(&g->status, __ATOMIC_ACQUIRE));
        if (g == cur || st == NULL)
            continue;
        write_g(fd, g, st, first);
        first = false;
    }
}

static void on_sigquit(int sig) {
    (void)sig;
    rt_write_str(2, "SIGQUIT: quit\n\n");
    rt_traceback_all(2, NULL);
    rt_exit(2);
}

void rt_schedtrace(int64_t now) {
    int np = rt_gomaxprocs();
    rt_write_str(2, "SCHED ");
    rt_write_int(2, (now - start_time) / 1000000);
    rt_write_str(2, "ms: gomaxprocs=");
    rt_write_int(2, np);
    rt_write_str(2, " idleprocs=");
    rt_write_int(2, __atomic_load_n(&rt_sched.npidle, __ATOMIC_ACQUIRE));
    rt_write_str(2, " threads=");
    rt_write_int(2, rt_sched.mcount + 1);
    rt_write_str(2, " spinningthreads=");
    rt_write_int(2, __atomic_load_n(&rt_sched.nmspinning, __ATOMIC_ACQUIRE));
    rt_write_str(2, " idlethreads=");
    rt_write_int(2, rt_sched.nmidle);
    rt_write_str(2, " runqueue=");
    rt_write_int(2, __atomic_load_n(&rt_sched.runqsize, __ATOMIC_ACQUIRE));
    rt_write_str(2, " [");
    for (int i = 0; i < np; i++) {
        if (i > 0)
            rt_write_str(2, " ");
        rt_write_int(2, rt_runq_len(rt_p_at(i)));
    }
    rt_write_str(2, "]\n");
}

void rt_trace_init(void) {
    start_time = rt_nanotime();
    const char *dbg = getenv("GODEBUG");
    const char *s = dbg ? strstr(dbg, "schedtrace=") : NULL;
    if (s != NULL)
        rt_schedtrace_ms = atoll(s + strlen("schedtrace="));
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigquit;
    sa.sa_flags = SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGQUIT, &sa, NULL);
}
