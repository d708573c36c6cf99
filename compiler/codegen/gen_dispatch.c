/* gen_dispatch.c: interface method calls that test for the few dynamic
 * types the whole program can put behind the interface.
 *
 * Why. x.M() through the method table is an indirect call. When one call
 * site rotates through several dynamic types (shapes[i&3].Area()), the
 * CPU predicts its target from the path of recent taken branches, in
 * which the methods themselves may leave too little trace: on AMD Zen 4
 * only bits 3:2 of each method's `ret` address count, so two methods
 * whose rets agree there make most such calls mispredict (bench/NOTES.md:
 * ifacecall 2x slower than Go, or Go 4x slower than itself after a
 * one-token change). Comparing the type word with each possible
 * descriptor turns the choice into conditional branches, which the
 * direction predictor follows from its own history, and the calls become
 * direct, so gcc can inline small methods.
 *
 * Which types. csc sees the whole program, and every conversion of a
 * concrete type to an interface in it goes through cs_gen_convert (or
 * cs_gen_expr_to's for big values), which notes the type here. A call
 * through interface I tests the noted types whose method sets hold all
 * of I's methods (same names and signatures) when there are at most
 * MAX_TESTS of them, in the order first noted. The
 * tests are exact (descriptor identity) and the method-table call stays
 * as the last case, so a dynamic type made elsewhere (the runtime's
 * errors, stdlib C code) still gets its method, and a nil interface still
 * panics in rt_imethod, after the arguments were evaluated as in Go.
 *
 * Emitted: per (I, method) a macro, called CSD_N(x.type, x.data, (a0),
 * ..., (out1), ...) (arguments in parentheses: a compound literal's commas
 * would split them), defined after the method tables, before any function
 * body: a statement expression that evaluates the arguments once into
 * typed locals, then tests and calls. A macro rather than an inline
 * function, so that all of it is on the call's line for tracebacks
 * (linetab.c maps C lines to .cs lines within the function they are in).
 * The tested entry is the descriptor's own mtab entry (cs_gen_mtab_wrapper),
 * so the direct call is the indirect one's target, not a second rendering
 * of it.
 */
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

/* More types than this: the method-table call alone (each test costs a
 * compare and a branch before it). */
enum { MAX_TESTS = 3 };

typedef struct Dispatch {
    CsType *iface;
    const char *name;
    CsType *sig;
    const char *cname;
    struct Dispatch *next;
} Dispatch;

static Dispatch *dispatches;
static int ndispatches;
static const char **boxed;      /* descriptors ("&rtt_N") in first-noted order */
static int nboxed, cboxed;

void cs_gen_note_boxed(CsType *t)
{
    const char *rtt = cs_gen_rtt(t);
    for (int i = 0; i < nboxed; i++)
        if (strcmp(boxed[i], rtt) == 0)
            return;
    if (nboxed == cboxed) {
        cboxed = cboxed ? 2 * cboxed : 32;
        boxed = realloc(boxed, cboxed * sizeof *boxed);
    }
    boxed[nboxed++] = rtt;
}

const char *cs_gen_dispatch(CsType *iface, const char *name, CsType *sig)
{
    for (Dispatch *d = dispatches; d; d = d->next)
        if (strcmp(d->name, name) == 0 && cs_type_identical(d->iface, iface))
            return d->cname;
    Dispatch *d = calloc(1, sizeof *d);
    *d = (Dispatch){iface, name, sig, cs_gen_fmt("CSD_%d", ndispatches++), dispatches};
    dispatches = d;
    cs_gen_selector(name);      /* numbered before cs_gen_emit_mtabs */
    return d->cname;
}

/* "(csd_d, csd_a0, ..., csd_o1, ...)": the call's arguments, as named in
 * the macro. */
static const char *call_args(CsType *sig)
{
    CsBuf b = {0};
    cs_buf_puts(&b, "(csd_d");
    for (int i = 0; i < sig->nparams; i++)
        cs_buf_printf(&b, ", csd_a%d", i);
    for (int i = 1; i < sig->nresults; i++)
        cs_buf_printf(&b, ", csd_o%d", i);
    cs_buf_puts(&b, ")");
    return b.s;
}

/* The noted types that implement d's interface, with their entries for
 * d's method; 0 when there are more than MAX_TESTS. */
static int tested_types(const Dispatch *d, const char **rtts, const char **entries)
{
    int n = 0;
    for (int i = 0; i < nboxed; i++) {
        const char *e = cs_gen_mtab_wrapper(boxed[i], d->iface, d->name);
        if (!e)
            continue;
        if (n == MAX_TESTS)
            return 0;
        rtts[n] = boxed[i];
        entries[n++] = e;
    }
    return n;
}

static void emit_one(CsBuf *b, const Dispatch *d)
{
    CsType *sig = d->sig;
    bool has_result = sig->nresults > 0;
    cs_buf_printf(b, "#define %s(T, D", d->cname);
    for (int i = 0; i < sig->nparams; i++)
        cs_buf_printf(b, ", A%d", i);
    for (int i = 1; i < sig->nresults; i++)
        cs_buf_printf(b, ", O%d", i);
    cs_buf_puts(b, ") ({ \\\n    const rt_type *csd_t = (T); void *csd_d = (D); \\\n");
    for (int i = 0; i < sig->nparams; i++)
        cs_buf_printf(b, "    %s = (A%d); \\\n", cs_gen_decl(sig->params[i], cs_gen_fmt("csd_a%d", i)), i);
    for (int i = 1; i < sig->nresults; i++)
        cs_buf_printf(b, "    %s *csd_o%d = (O%d); \\\n", cs_gen_ctype(sig->results[i]), i, i);
    if (has_result)
        cs_buf_printf(b, "    %s; \\\n", cs_gen_decl(sig->results[0], "csd_r"));
    const char *args = call_args(sig), *assign = has_result ? "csd_r = " : "";
    const char *rtts[MAX_TESTS], *entries[MAX_TESTS];
    int n = tested_types(d, rtts, entries);
    for (int i = 0; i < n; i++)
        cs_buf_printf(b, "    %sif (csd_t == %s) %s%s%s; \\\n", i ? "else " : "", rtts[i], assign, entries[i], args);
    cs_buf_printf(b, "    %s%s((%s)rt_imethod(csd_t, %d /* %s */))%s; \\\n", n ? "else " : "", assign,
                  cs_gen_fnptr_type(sig, "void *"), cs_gen_selector(d->name), d->name, args);
    cs_buf_printf(b, "    %s})\n", has_result ? "csd_r; " : "");
}

void cs_gen_emit_dispatch(void)
{
    for (const Dispatch *d = dispatches; d; d = d->next)
        emit_one(&cs_gen->dispatch, d);
}
