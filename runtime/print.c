/* The print and println built-ins: unbuffered writes to stderr in the
 * formats of Go's runtime (runtime/print.go), e.g. floats as
 * +1.500000e+000, interfaces as (0xtype,0xdata), slices as [len/cap]0xptr.
 * Codegen brackets one print/println statement with rt_print_lock/unlock
 * so concurrent statements do not interleave. The lock belongs to a
 * goroutine, not a thread (a goroutine may be preempted and resume on
 * another M between lock and unlock, so a pthread mutex would be wrong),
 * and is recursive (an argument may call code that prints). A waiter
 * spins with sched_yield for a bounded time and then prints anyway:
 * with GOMAXPROCS=1 the holder may need this very thread to finish, and
 * interleaved debug output beats a deadlock.
 */
#include <sched.h>
#include <stdatomic.h>
#include <unistd.h>

#include "value_internal.h"
#include "sched.h"

static _Atomic(void *) print_owner;
static int print_depth;             /* written only by the owner */
static __thread char thread_identity;

static void *self(void) {
    void *g = rt_getg();
    return g ? g : (void *)&thread_identity;
}

void rt_print_lock(void) {
    void *me = self();
    if (atomic_load(&print_owner) == me) {
        print_depth++;
        return;
    }
    for (int spins = 0; spins < 10000; spins++) {
        void *expected = NULL;
        if (atomic_compare_exchange_weak(&print_owner, &expected, me)) {
            print_depth = 1;
            return;
        }
        sched_yield();
    }
}

void rt_print_unlock(void) {
    if (atomic_load(&print_owner) == self() && --print_depth == 0)
        atomic_store(&print_owner, NULL);
}

static void out(const void *p, int64_t n) {
    const char *s = p;
    while (n > 0) {
        ssize_t w = write(2, s, (size_t)n);
        if (w <= 0)
            return;
        s += w;
        n -= w;
    }
}

void rt_print_bool(bool v) { v ? out("true", 4) : out("false", 5); }

void rt_print_uint(uint64_t v) {
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    out(buf + i, (int64_t)sizeof buf - i);
}

void rt_print_int(int64_t v) {
    if (v < 0) {
        out("-", 1);
        rt_print_uint(-(uint64_t)v);
    } else {
        rt_print_uint((uint64_t)v);
    }
}

static void print_hex(uint64_t v) {
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    buf[--i] = 'x';
    buf[--i] = '0';
    out(buf + i, (int64_t)sizeof buf - i);
}

/* Go's runtime printfloat: 7 significant digits, computed by repeated
 * scaling exactly as Go does so the last digit agrees. */
void rt_print_float(double v) {
    if (v != v) {
        out("NaN", 3);
        return;
    }
    if (v + v == v && v > 0) {
        out("+Inf", 4);
        return;
    }
    if (v + v == v && v < 0) {
        out("-Inf", 4);
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    out(buf, sizeof buf);
}

void rt_print_string(rt_string s) { out(s.ptr, s.len); }
void rt_print_pointer(const void *p) { print_hex((uintptr_t)p); }

void rt_print_iface(rt_iface x) {
    out("(", 1);
    print_hex((uintptr_t)x.type);
    out(",", 1);
    print_hex((uintptr_t)x.data);
    out(")", 1);
}

void rt_print_slice(rt_slice s) {
    out("[", 1);
    rt_print_int(s.len);
    out("/", 1);
    rt_print_int(s.cap);
    out("]", 1);
    print_hex((uintptr_t)s.ptr);
}

void rt_print_space(void) { out(" ", 1); }
void rt_print_nl(void) { out("\n", 1); }
