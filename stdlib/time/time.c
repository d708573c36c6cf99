/* time.c: the body-less functions of stdlib/time/time.cs: clocks, Sleep,
 * and the bridge from time.Timer/Ticker's runtimeTimer to the runtime's
 * timer heaps (runtime/timer.h).
 *
 * A cs_timer is the CS runtimeTimer: an rt_timer whose callback `fire`
 * either sends Now() on `c` without blocking (Go's sendTime, through
 * rt_select with a default) or, when c is nil (AfterFunc), starts `fn` in
 * a new goroutine (Go's goFunc). `fire` runs on the scheduler's stack, so it must not block.
 *
 * LoadLocation (zoneinfo.cs) reads zone files through time_readFile.
 *
 * Sleep parks the goroutine with reason "sleep" on its own timer (one per
 * G, embedded in it: g->sleeptimer). The timer is armed in the
 * park's unlock callback, after the G is fully parked, so the wake-up can
 * never overtake the park (Go's resetForSleep).
 */
#include "fdio.h"
#include "rt.h"
#include "sched.h"
#include "timer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* KEEP IN SYNC: stdlib/time/time.cs Time. */
typedef struct time_Time {
    int64_t sec, nsec, mono;
    bool local;
} time_Time;
_Static_assert(sizeof(time_Time) == 4 * 8, "time.cs Time layout");

/* KEEP IN SYNC: stdlib/time/time.cs runtimeTimer. */
typedef struct cs_timer {
    rt_timer r;
    rt_chan *c;
    rt_func *fn;
} cs_timer;
_Static_assert(sizeof(cs_timer) == 9 * 8, "time.cs runtimeTimer layout");

/* Seconds from January 1, year 1 to the Unix epoch (time.cs unixToInternal). */
enum { UNIX_TO_INTERNAL = (1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400 };

int64_t time_now(int64_t *mono) {
    *mono = rt_nanotime();
    return rt_walltime();
}

int64_t time_runtimeNano(void) {
    return rt_nanotime();
}

static time_Time now_time(void) {
    int64_t mono, wall = time_now(&mono);
    return (time_Time){wall / 1000000000 + UNIX_TO_INTERNAL, wall % 1000000000, mono, true};
}

/* ---- Local time zone ------------------------------------------------------------ *
 * Which zone Local is follows Go's initLocal: TZ unset is /etc/localtime
 * ("Local"); TZ empty or "UTC" is UTC; TZ ":x" is "x"; an absolute path or
 * a name under a zoneinfo directory is that zone, named by TZ. A zone Go
 * cannot load (no such file: a POSIX rule like "JST-9", a typo) makes
 * Local UTC named "UTC", where the C library would honour or mangle it.
 * When the zone loads, localtime_r (which reads the same file) gives the
 * offsets. The choice is made once; a racing first call computes the same. */

/* KEEP IN SYNC: zoneinfo.cs zoneDirs (LoadLocation). */
static const char *zone_dirs[] = {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"};

/* The Location name for Local, or NULL when Local falls back to UTC. */
static const char *local_choose(void) {
    const char *tz = getenv("TZ");
    if (tz == NULL)
        return access("/etc/localtime", R_OK) == 0 ? "Local" : NULL;
    if (tz[0] == ':')
        tz++;
    if (tz[0] == 0 || strcmp(tz, "UTC") == 0)
        return NULL;
    if (tz[0] == '/') {
        if (access(tz, R_OK) != 0)
            return NULL;
        return strcmp(tz, "/etc/localtime") == 0 ? "Local" : tz;
    }
    for (size_t i = 0; i < sizeof zone_dirs / sizeof zone_dirs[0]; i++) {
        char path[4096];
        if (snprintf(path, sizeof path, "%s%s", zone_dirs[i], tz) < (int)sizeof path &&
            access(path, R_OK) == 0)
            return tz;
    }
    return NULL;
}

static int local_state;             /* 0: not chosen, 1: a zone, 2: UTC */
static const char *local_name;

static bool local_is_utc(void) {
    int st = __atomic_load_n(&local_state, __ATOMIC_ACQUIRE);
    if (st == 0) {
        const char *name = local_choose();
        local_name = name != NULL ? name : "UTC";
        st = name != NULL ? 1 : 2;
        __atomic_store_n(&local_state, st, __ATOMIC_RELEASE);
    }
    return st == 2;
}

rt_string time_localName(void) {
    local_is_utc();
    return rt_string_from_c(local_name);
}

bool time_localIsDST(int64_t sec) {
    time_t t = (time_t)sec;
    struct tm tm;
    return !local_is_utc() && localtime_r(&t, &tm) != NULL && tm.tm_isdst > 0;
}

rt_string time_localZone(int64_t sec, int64_t *offset) {
    time_t t = (time_t)sec;
    struct tm tm;
    if (local_is_utc() || localtime_r(&t, &tm) == NULL) {
        *offset = 0;
        return RT_STR("UTC");
    }
    *offset = tm.tm_gmtoff;
    return rt_string_from_c(tm.tm_zone != NULL ? tm.tm_zone : "");
}

/* ---- Zone files (zoneinfo.cs) -------------------------------------------------- */

/* The whole file at path, read with rt_fd_read (in the syscall state); on
 * failure nil and the errno, Go's readFile's error (EINVAL for a path
 * holding a NUL byte, as Go's open). */
rt_slice time_readFile(rt_string path, int64_t *errnum) {
    rt_slice data = {0};
    if (memchr(path.ptr, 0, (size_t)path.len) != NULL) {
        *errnum = EINVAL;
        return data;
    }
    int err = 0, fd = open(rt_cstring(path), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *errnum = errno;
        return data;
    }
    for (;;) {
        if (data.len == data.cap) {
            int64_t cap = data.cap == 0 ? 4096 : 2 * data.cap;
            void *p = rt_alloc_noscan(cap);
            memcpy(p, data.ptr, (size_t)data.len);
            data.ptr = p;
            data.cap = cap;
        }
        int64_t n = rt_fd_read(fd, (char *)data.ptr + data.len, data.cap - data.len, &err);
        if (n <= 0)
            break;
        data.len += n;
    }
    close(fd);
    *errnum = err;
    return err != 0 ? (rt_slice){0} : data;
}

rt_string time_errnoText(int64_t e) {
    return rt_errstr((int)e);
}

rt_string time_getenv(rt_string key) {
    const char *v = getenv(rt_cstring(key));
    return v != NULL ? rt_string_from_c(v) : (rt_string){0};
}

/* ---- Sleep -------------------------------------------------------------------- */

static void sleep_wake(void *arg, uintptr_t seq) {
    rt_ready(arg);
}

static bool sleep_arm(rt_g *g, void *arg) {
    rt_timer_start(arg);
    return true;
}

void time_Sleep(int64_t d) {
    if (d <= 0)
        return;
    rt_g *g = rt_getg();
    rt_timer *t = &g->sleeptimer;
    t->when = rt_timer_when(d);
    t->period = 0;
    t->f = sleep_wake;
    t->arg = g;
    rt_park(RT_WAIT_SLEEP, sleep_arm, t);
}

/* ---- Timer / Ticker / AfterFunc ------------------------------------------------- */

static void run_func(void *arg) {
    rt_func *fn = arg;
    ((void (*)(rt_func *))fn->fn)(fn);
}

/* An AfterFunc timer has no channel; its nil func fails only when it
 * fires, as Go's `go f()` in goFunc does. */
static void fire(void *arg, uintptr_t seq) {
    cs_timer *t = arg;
    if (t->c == NULL) {
        if (t->fn == NULL)
            rt_fatal("go of nil func value");
        rt_go(run_func, t->fn);
        return;
    }
    time_Time now = now_time();
    rt_scase send = {.c = t->c, .elem = &now, .dir = RT_SELECT_SEND};
    bool ok;
    rt_select(&send, 1, true, &ok);
}

void time_startTimer(cs_timer *t, int64_t when, int64_t period) {
    t->r.when = when;
    t->r.period = period;
    t->r.f = fire;
    t->r.arg = t;
    rt_timer_start(&t->r);
}

bool time_stopTimer(cs_timer *t) {
    return rt_timer_stop(&t->r);
}

bool time_resetTimer(cs_timer *t, int64_t when, int64_t period) {
    return rt_timer_reset(&t->r, when, period);
}
