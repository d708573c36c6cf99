/* trace.c: goroutine dumps and scheduler tracing.
 *
 *  - Tracebacks in Go's layout: "goroutine N [state]:", then per CS frame
 *    "main.f(...)" (Go's inlined-frame spelling; "()" for functions without
 *    arguments) and "\t/abs/file.cs:LINE +0xOFF", innermost first, at most
 *    100 frames, then "created by main.main" and the go statement's
 *    "\t/abs/file.cs:LINE +0xOFF" for a goroutine started by one. LINE is
 *    that of the statement executing in the frame: the call in outer
 *    frames, the panicking, faulting or blocking statement in the
 *    innermost. A CS function gcc inlined gets a frame of its own, as Go
 *    prints its inlined frames: "main.g(...)" and its line, no offset.
 *  - rt_traceback_panic prints after a panic's message, rt_traceback_fatal
 *    after a fatal error's (every goroutine, the current one first, blocks
 *    separated by a blank line), both as GOTRACEBACK says (below).
 *  - SIGQUIT (kill -QUIT, ^\): "SIGQUIT: quit", every goroutine, exit 2
 *    (Go ignores GOTRACEBACK there too); first, with its frames, the one
 *    running on the thread the signal reached (a spinning program shows
 *    where it spins). A thread running no goroutine sends the signal on
 *    to one that does. SIGILL, SIGTRAP, SIGABRT, SIGSTKFLT and SIGSYS dump
 *    the same way under their Go names, as Go does (without its PC line).
 *  - GODEBUG=schedtrace=N is schedtrace.c's.
 *
 * Frames come from frames.c (the CS frames Go would show, with their .cs
 * lines); a switched-out goroutine is walked from its saved sp through
 * rt_trace_parked (trace_amd64.S). Nothing of this costs anything before a
 * traceback is printed.
 *
 * Limits: without the line table (a stripped binary, no libdw when csc
 * ran) or where it has no line (runtime frames, a function's prologue), a
 * frame prints its function's func line. A panic's frames are those left
 * when it is printed: panic.c longjmps to each frame with defers before
 * running them, so the frames below the outermost such frame are gone and
 * that frame shows the line where its deferred calls ran (Go runs deferred
 * calls on top of the panicking stack and prints it all, the deferred call
 * that panicked again included). An inlined function called from
 * a wrapper or go thunk (C without a .cs line) shows its caller's func
 * line. A goroutine running on another thread than the one printing (or
 * in a system call) gets
 * Go's "goroutine running on other thread; stack unavailable" (Go stops
 * most of them first and prints their frames); goroutines parked during a
 * SIGQUIT dump are read while others may resume them (Go stops the world).
 * Arguments print as "(...)", never their values (Go's hex words): gcc
 * passes them in registers it reuses, -g1 records no locations, and
 * keeping them would cost every call. GOTRACEBACK=system and =crash print no runtime frames
 * (Go's level 2 does), and a crash dump then dies of SIGABRT without
 * Go's second, signal-handler dump.
 *
 * Everything here writes with write(2) through small async-signal-safe
 * formatters: dumps run from signal handlers and with locks held.
 */
#include "proc.h"
#include "frames.h"
#include "trace.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>


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

/* How a goroutine's header calls its state; NULL: it is not shown. */
static const char *state_of(rt_g *g, uint32_t st) {
    switch (st) {
    case RT_G_RUNNABLE: return "runnable";
    case RT_G_RUNNING: return "running";
    case RT_G_SYSCALL: return "syscall";
    case RT_G_WAITING:
        if (g->waitreason != NULL && strcmp(g->waitreason, RT_WAIT_FINALIZER) == 0)
            return NULL;    /* the finalizer goroutine, idle: Go hides it */
        return g->waitreason ? g->waitreason : "waiting";
    default: return NULL;
    }
}

/* ---- frames ------------------------------------------------------------------- */

enum { MAX_FRAMES = 100 };

typedef struct walk {
    int fd;
    int printed;
    const char *after;      /* skip frames through the one of this function */
} walk;

/* "\t/abs/file.cs:LINE", then " +0xOFF" unless off is -1 (an inlined
 * frame: Go prints no offset), then a newline. */
static void write_pos(int fd, const char *file, int32_t line, intptr_t off) {
    rt_write_str(fd, "\t");
    rt_write_str(fd, file);
    rt_write_str(fd, ":");
    rt_write_int(fd, line);
    if (off >= 0) {
        rt_write_str(fd, " +0x");
        rt_write_hex(fd, (uint64_t)off);
    }
    rt_write_str(fd, "\n");
}

/* Where pc, an instruction of sf (a return address minus 1), comes from:
 * the line table's line, else sf's func line. */
static void pos_of(const rt_symfunc *sf, uintptr_t pc, const char **file, int32_t *line) {
    *file = sf->fn->file;
    *line = sf->fn->line;
    rt_symtab_line(pc, file, line);
}

static bool write_frame(const rt_csframe *f, void *arg) {
    walk *w = arg;
    if (w->after != NULL) {
        if (strcmp(f->fn->name, w->after) == 0)
            w->after = NULL;
        return true;
    }
    if (w->printed == MAX_FRAMES) {
        rt_write_str(w->fd, "...additional frames elided...\n");
        return false;
    }
    rt_write_str(w->fd, f->fn->name);
    rt_write_str(w->fd, f->fn->args || f->off < 0 ? "(...)\n" : "()\n");
    write_pos(w->fd, f->file, f->line, f->off);
    w->printed++;
    return true;
}

static void walk_stack(void *w) {
    rt_csframes_walk(write_frame, w);
}

/* Prints "created by F" and the position of the go statement that
 * started g: where its rt_go call returns to (a go statement of a func
 * value calls it directly), else (the call is in a go thunk) the func line
 * of the function the thunk belongs to. F is the innermost CS function
 * there, one gcc inlined included. */
static void write_creator(int fd, rt_g *g) {
    rt_symfunc sf;
    bool at_call = g->gopc != 0 && rt_symtab_find(g->gopc - 1, &sf) && sf.kind != RT_SYM_GO_THUNK;
    if (!at_call && (g->fn == NULL || !rt_symtab_find((uintptr_t)g->fn, &sf) || sf.kind != RT_SYM_GO_THUNK))
        return;
    rt_inlined in[1];
    rt_write_str(fd, "created by ");
    rt_write_str(fd, at_call && rt_symtab_inlined(g->gopc - 1, in, 1) > 0 ? in[0].fn->name : sf.fn->name);
    rt_write_str(fd, "\n");
    const char *file = sf.fn->file;
    int32_t line = sf.fn->line;
    if (at_call)
        pos_of(&sf, g->gopc - 1, &file, &line);
    write_pos(fd, file, line, at_call ? (intptr_t)(g->gopc - sf.start) : 0);
}

/* Frames of g, which is the caller (here: those after function after's,
 * if after is not NULL) or switched out; then its creator. A switched-out
 * g whose saved return address (slot 6, see trace_amd64.S) is
 * rt_coro_start has not run yet: no frames. */
static void write_frames(int fd, rt_g *g, bool here, const char *after) {
    walk w = {.fd = fd, .after = here ? after : NULL};
    if (here)
        walk_stack(&w);
    else if (g->sp != NULL && ((void **)g->sp)[6] != (void *)rt_coro_start)   /* not a fresh stack */
        rt_trace_parked(g->sp, walk_stack, &w);
    if (w.printed == 0 && g == rt_sched.maing)
        rt_write_str(fd, "main.main()\n");
    write_creator(fd, g);
}

/* ---- goroutines ---------------------------------------------------------------- */

static void write_header(int fd, rt_g *g, const char *state) {
    rt_write_str(fd, "goroutine ");
    rt_write_int(fd, g->id);
    rt_write_str(fd, " [");
    rt_write_str(fd, state);
    if (g->lockedext != 0 || g->lockedinit)
        rt_write_str(fd, ", locked to thread");
    rt_write_str(fd, "]:\n");
}

static void traceback_running(int fd, rt_g *g, const char *after) {
    write_header(fd, g, "running");
    write_frames(fd, g, true, after);
}

/* The caller's traceback, then, with all, every other goroutine's header
 * and creator (their frames are left out: another thread may run them
 * while they would be read; Go stops the world instead). */
static void traceback_live(int fd, bool all, const char *after) {
    rt_g *self = rt_getg();
    traceback_running(fd, self, after);
    rt_allgs *a = rt_allgs_get();
    for (int64_t i = 0; all && a != NULL && i < a->n; i++) {
        rt_g *g = a->g[i];
        const char *st = state_of(g, __atomic_load_n(&g->status, __ATOMIC_ACQUIRE));
        if (g == self || st == NULL)
            continue;
        rt_write_str(fd, "\n");
        write_header(fd, g, st);
        write_creator(fd, g);
    }
}

rt_slice rt_traceback_bytes(bool all, const char *after) {
    rt_slice out = {NULL, 0, 0};
    int fd = memfd_create("stack", MFD_CLOEXEC);
    if (fd < 0)
        return out;
    traceback_live(fd, all, after);
    off_t n = lseek(fd, 0, SEEK_CUR);
    if (n > 0) {
        out.ptr = rt_alloc_noscan(n);
        out.len = out.cap = pread(fd, out.ptr, (size_t)n, 0);
        if (out.len < 0)
            out.len = out.cap = 0;
    }
    close(fd);
    return out;
}

void rt_traceback_all(int fd, rt_g *cur) {
    bool first = true;
    if (cur != NULL) {
        traceback_running(fd, cur, NULL);
        first = false;
    }
    rt_allgs *a = rt_allgs_get();
    for (int64_t i = 0; a != NULL && i < a->n; i++) {
        rt_g *g = a->g[i];
        uint32_t status = __atomic_load_n(&g->status, __ATOMIC_ACQUIRE);
        const char *st = state_of(g, status);
        if (g == cur || st == NULL)
            continue;
        if (!first)
            rt_write_str(fd, "\n");
        first = false;
        write_header(fd, g, st);
        if (status == RT_G_WAITING || status == RT_G_RUNNABLE) {
            write_frames(fd, g, false, NULL);
        } else {
            rt_write_str(fd, "\tgoroutine running on other thread; stack unavailable\n");
            write_creator(fd, g);
        }
    }
}

/* ---- GOTRACEBACK ------------------------------------------------------------------ */

/* Read at start-up as Go 1.19's setTraceback does: "none" level 0,
 * "single" or unset 1, "all" 1 and every goroutine, "system" 2 and all,
 * "crash" as system and then die of SIGABRT; a number is that level with
 * every goroutine, anything else level 0. Level 2 would add runtime
 * frames, which csc never prints: it acts as 1. */
static int tb_level = 1;
static bool tb_all, tb_crash;

static void read_gotraceback(void) {
    const char *v = getenv("GOTRACEBACK");
    if (v == NULL || *v == 0 || strcmp(v, "single") == 0)
        return;
    tb_all = true;
    if (strcmp(v, "none") == 0) {
        tb_level = 0;
        tb_all = false;
    } else if (strcmp(v, "system") == 0 || strcmp(v, "crash") == 0) {
        tb_level = 2;
        tb_crash = v[0] == 'c';
    } else if (strcmp(v, "all") != 0) {
        char *end;
        long n = strtol(v, &end, 10);
        tb_level = *end == 0 && end != v && n >= 0 && n <= UINT32_MAX ? (int)(n > 2 ? 2 : n) : 0;
    }
}

/* GOTRACEBACK=crash: Go's crash(), after the dump. */
static void maybe_crash(void) {
    if (!tb_crash)
        return;
    rt_flush_output();
    signal(SIGABRT, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGABRT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGABRT);
}

void rt_traceback_panic(int fd, rt_g *g) {
    if (tb_level == 0)
        return;
    rt_write_str(fd, "\n");
    if (tb_all)
        rt_traceback_all(fd, g);
    else
        traceback_running(fd, g, NULL);
    maybe_crash();
}

void rt_traceback_fatal(int fd, rt_g *cur) {
    if (tb_level == 0)
        return;
    rt_write_str(fd, "\n");
    rt_traceback_all(fd, cur);
    maybe_crash();
}

/* ---- signals and tracing ------------------------------------------------------------- */

/* The goroutine a signal interrupted on this thread, if it was running
 * its own code (not the scheduler's on g0, not a system call's): the dump
 * prints it first, "[running]" with its frames walked from the handler
 * through the signal frame, as Go prints the goroutine it interrupted. */
static rt_g *interrupted_g(void *ucv) {
    ucontext_t *uc = ucv;
    rt_g *g = rt_getg();
    if (g == NULL || __atomic_load_n(&g->status, __ATOMIC_ACQUIRE) != RT_G_RUNNING)
        return NULL;
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    return sp >= (uintptr_t)g->stack_lo && sp < (uintptr_t)g->stack_hi ? g : NULL;
}

/* The signals that Go answers with a dump of every goroutine and exit
 * status 2 (its _SigThrow ones), with the line Go prints first. */
static const struct {
    int sig;
    const char *line;
} fatal_signals[] = {
    {SIGQUIT, "SIGQUIT: quit\n\n"},
    {SIGILL, "SIGILL: illegal instruction\n\n"},
    {SIGTRAP, "SIGTRAP: trace trap\n\n"},
    {SIGABRT, "SIGABRT: abort\n\n"},
    {SIGSTKFLT, "SIGSTKFLT: stack fault\n\n"},
    {SIGSYS, "SIGSYS: bad system call\n\n"},
};
#define NFATAL_SIGNALS (sizeof fatal_signals / sizeof fatal_signals[0])

/* SIGQUIT sent to the process (kill, ^\) reaches whichever thread the
 * kernel picks: perhaps sysmon, or an M on g0 or in a system call, while a
 * goroutine spins on another M. It is sent on to an M running a goroutine,
 * whose dump then starts with that goroutine's frames, as Go's (which
 * stops every thread) does. Sent on once only (a tgkill from this
 * process): false where no other M runs a goroutine, and the receiving
 * thread dumps. */
static bool send_to_running_m(int sig, siginfo_t *si) {
    if (sig != SIGQUIT || (si->si_code == SI_TKILL && si->si_pid == getpid()))
        return false;
    rt_m *self = rt_tls_m;
    for (rt_m *m = __atomic_load_n(&rt_sched.allm, __ATOMIC_ACQUIRE); m != NULL; m = m->alllink) {
        rt_g *g = __atomic_load_n(&m->curg, __ATOMIC_RELAXED);
        pid_t tid = __atomic_load_n(&m->tid, __ATOMIC_ACQUIRE);
        if (m != self && tid != 0 && g != NULL &&
            __atomic_load_n(&g->status, __ATOMIC_ACQUIRE) == RT_G_RUNNING)
            return tgkill(getpid(), tid, sig) == 0;
    }
    return false;
}

/* A process-directed signal can reach several threads at once (timeout(1)
 * sends SIGQUIT to the child and to its process group): the first one
 * dumps and exits, the others wait for that. */
static void on_fatal_signal(int sig, siginfo_t *si, void *uc) {
    static uint32_t dying;
    if (interrupted_g(uc) == NULL && send_to_running_m(sig, si))
        return;
    if (__atomic_exchange_n(&dying, 1, __ATOMIC_ACQ_REL) != 0)
        for (;;)
            pause();
    for (size_t i = 0; i < NFATAL_SIGNALS; i++)
        if (fatal_signals[i].sig == sig)
            rt_write_str(2, fatal_signals[i].line);
    rt_traceback_all(2, interrupted_g(uc));
    rt_exit(2);
}

void rt_trace_init(void) {
    read_gotraceback();
    rt_schedtrace_init();
    for (size_t i = 0; i < NFATAL_SIGNALS; i++)
        rt_signal_install(fatal_signals[i].sig, on_fatal_signal, SA_ONSTACK);
}
