/* gen_intrin.c: calls the code generator open-codes instead of calling the
 * stdlib's C implementation (as gc does for the same functions).
 *
 * Only body-less functions of the stdlib qualify; their C definitions stay
 * in libcsrt.a for function values and C callers, and the open-coded form
 * must mean exactly the same:
 *   sync/atomic  {Add,Load,Store,Swap,CompareAndSwap}{Int32,Int64,Uint32,
 *                Uint64,Uintptr}: rt_ops.h's RT_ATOMIC_* macros, the ones
 *                stdlib/sync/atomic/atomic.c is written with (a nil
 *                address panics; sequentially consistent).
 *   math         Sqrt, Abs, Copysign: GCC builtins, one instruction each
 *                (csc compiles with -fno-math-errno, so __builtin_sqrt of
 *                a negative number is the NaN Go wants, with no libm call).
 *   math/bits    OnesCount* (rt_ops.h's rt_popcount: POPCNT when the
 *                CPU has it), LeadingZeros*, TrailingZeros*, Len*,
 *                ReverseBytes*: GCC builtins; Reverse*, and Add, Sub,
 *                Mul, Div in their 64-bit and uint forms: rt_ops.h's
 *                rt_bits_* helpers. stdlib/math/bits/bits.c defines them
 *                the same way (the unsuffixed forms are the 64-bit ones;
 *                clz/ctz are undefined at 0, so 0 is tested first).
 *   sync         (*Mutex).Lock and Unlock, (*RWMutex).RLock and RUnlock
 *                (cs_gen_method_intrinsic): rt_ops.h's RT_MUTEX_* and
 *                RT_RWMUTEX_* macros, the uncontended CAS, increment or
 *                decrement inline and sync.c's slow paths out of line. They still
 *                call, so a caller stays a non-leaf (cs_gen_is_intrinsic_call
 *                looks at functions only).
 *   strings      sameAddress (Builder's copy check): rt_ops.h's
 *                rt_same_address, as stdlib/strings/strings.c's.
 * The arguments are the C call's: the Go arguments, evaluated in Go's
 * order (gen_call.c spills them), then an out pointer for each result
 * after the first. Each appears once in the expansion.
 */
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

static bool has_prefix(const char *s, const char *p, const char **rest)
{
    size_t n = strlen(p);
    if (strncmp(s, p, n) != 0)
        return false;
    *rest = s + n;
    return true;
}

static const char *atomic_op(const char *name, const char **a, int n)
{
    static const char *const types[] = {"Int32", "Int64", "Uint32", "Uint64", "Uintptr", NULL};
    const char *t;
    const char *fmt = NULL;
    int want = 0;
    if (has_prefix(name, "CompareAndSwap", &t))
        fmt = "RT_ATOMIC_CAS(%s, %s, %s)", want = 3;
    else if (has_prefix(name, "Add", &t))
        fmt = "RT_ATOMIC_ADD(%s, %s)", want = 2;
    else if (has_prefix(name, "Load", &t))
        fmt = "RT_ATOMIC_LOAD(%s)", want = 1;
    else if (has_prefix(name, "Store", &t))
        fmt = "RT_ATOMIC_STORE(%s, %s)", want = 2;
    else if (has_prefix(name, "Swap", &t))
        fmt = "RT_ATOMIC_SWAP(%s, %s)", want = 2;
    if (!fmt || n != want)
        return NULL;
    for (int i = 0; types[i]; i++)
        if (strcmp(t, types[i]) == 0)
            return cs_gen_fmt(fmt, a[0], n > 1 ? a[1] : "", n > 2 ? a[2] : "");
    return NULL;
}

static const char *math_op(const char *name, const char **a, int n)
{
    if (n == 1 && strcmp(name, "Sqrt") == 0)
        return cs_gen_fmt("__builtin_sqrt(%s)", a[0]);
    if (n == 1 && strcmp(name, "Abs") == 0)
        return cs_gen_fmt("__builtin_fabs(%s)", a[0]);
    if (n == 2 && strcmp(name, "Copysign") == 0)
        return cs_gen_fmt("__builtin_copysign(%s, %s)", a[0], a[1]);
    return NULL;
}

/* The width in bits that suffix names ("" is uint's, 64), or 0. */
static int width_suffix(const char *suffix)
{
    static const char *const names[] = {"", "8", "16", "32", "64"};
    static const int widths[] = {64, 8, 16, 32, 64};
    for (int i = 0; i < 5; i++)
        if (strcmp(suffix, names[i]) == 0)
            return widths[i];
    return 0;
}

/* The 64-bit (and uint) forms of the arithmetic with two results: the
 * helper's arguments are the C call's. */
static const char *bits_wide_op(const char *name, const char **a, int n)
{
    static const struct {
        const char *name, *helper;
        int nargs;
    } ops[] = {
        {"Add", "rt_bits_add64", 4},
        {"Sub", "rt_bits_sub64", 4},
        {"Mul", "rt_bits_mul64", 3},
        {"Div", "rt_bits_div64", 4},
    };
    const char *t;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (!has_prefix(name, ops[i].name, &t) || width_suffix(t) != 64 || n != ops[i].nargs)
            continue;
        return cs_gen_fmt("%s(%s, %s, %s%s%s)", ops[i].helper, a[0], a[1], a[2], n == 4 ? ", " : "",
                          n == 4 ? a[3] : "");
    }
    return NULL;
}

/* The non-zero test needs the argument twice: it goes through a temporary. */
static const char *bits_op(const char *name, const char **a, int n)
{
    const char *t;
    int w;
    if (n != 1)
        return bits_wide_op(name, a, n);
    if (has_prefix(name, "OnesCount", &t) && width_suffix(t))
        return cs_gen_fmt("rt_popcount(%s)", a[0]);
    if (has_prefix(name, "ReverseBytes", &t) && (w = width_suffix(t)))
        return cs_gen_fmt("__builtin_bswap%d(%s)", w, a[0]);
    if (has_prefix(name, "Reverse", &t) && (w = width_suffix(t)))
        return cs_gen_fmt("((uint%d_t)rt_bits_reverse(%s, %d))", w, a[0], w);
    const char *x = cs_gen_temp();
    if (has_prefix(name, "Len", &t) && width_suffix(t))
        return cs_gen_fmt("({ uint64_t %s = %s; (int64_t)(%s ? 64 - __builtin_clzll(%s) : 0); })",
                          x, a[0], x, x);
    if (has_prefix(name, "LeadingZeros", &t) && (w = width_suffix(t)))
        return cs_gen_fmt("({ uint64_t %s = %s; (int64_t)(%s ? __builtin_clzll(%s) - %d : %d); })",
                          x, a[0], x, x, 64 - w, w);
    if (has_prefix(name, "TrailingZeros", &t) && (w = width_suffix(t)))
        return cs_gen_fmt("({ uint64_t %s = %s; (int64_t)(%s ? __builtin_ctzll(%s) : %d); })",
                          x, a[0], x, x, w);
    return NULL;
}

const char *cs_gen_intrinsic(CsSym *fn, const char **args, int nargs)
{
    if (!fn || !fn->pkg || fn->recv_type || !fn->decl || fn->decl->kind != CS_ND_FUNCDECL || fn->decl->body)
        return NULL;
    if (strcmp(fn->pkg->path, "sync/atomic") == 0)
        return atomic_op(fn->name, args, nargs);
    if (strcmp(fn->pkg->path, "math") == 0)
        return math_op(fn->name, args, nargs);
    if (strcmp(fn->pkg->path, "math/bits") == 0)
        return bits_op(fn->name, args, nargs);
    if (strcmp(fn->pkg->path, "strings") == 0 && strcmp(fn->name, "sameAddress") == 0 && nargs == 1)
        return cs_gen_fmt("rt_same_address(%s)", args[0]);
    return NULL;
}

const char *cs_gen_method_intrinsic(CsSym *fn, const char *recv, int nargs)
{
    static const struct { const char *type, *method, *macro; } ops[] = {
        {"Mutex", "Lock", "RT_MUTEX_LOCK"},
        {"Mutex", "Unlock", "RT_MUTEX_UNLOCK"},
        {"RWMutex", "RLock", "RT_RWMUTEX_RLOCK"},
        {"RWMutex", "RUnlock", "RT_RWMUTEX_RUNLOCK"},
    };
    if (!fn || !fn->pkg || !fn->recv_type || !fn->decl || fn->decl->kind != CS_ND_FUNCDECL ||
        fn->decl->body || nargs != 0 || strcmp(fn->pkg->path, "sync") != 0 ||
        fn->recv_type->kind != CS_TY_NAMED)
        return NULL;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(fn->recv_type->name, ops[i].type) == 0 && strcmp(fn->name, ops[i].method) == 0)
            return cs_gen_fmt("%s(%s)", ops[i].macro, recv);
    return NULL;
}

bool cs_gen_is_intrinsic_call(CsNode *call)
{
    CsNode *callee = cs_gen_unparen(call->expr);
    if ((callee->kind != CS_ND_IDENT && callee->kind != CS_ND_SELECTOR) || !callee->sym ||
        callee->sym->kind != CS_SYM_FUNC)
        return false;
    CsType *sig = cs_gen_under(callee->ty);
    int n = sig->nparams + (sig->nresults > 1 ? sig->nresults - 1 : 0);
    const char **args = calloc(n + 1, sizeof *args);
    for (int i = 0; i < n; i++)
        args[i] = "0";
    bool open_coded = cs_gen_intrinsic(callee->sym, args, n) != NULL;
    free(args);
    return open_coded;
}
