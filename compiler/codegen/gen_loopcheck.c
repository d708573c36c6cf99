/* gen_loopcheck.c: where a loop checks for preemption.
 *
 * A goroutine must reach an RT_CHECK() soon after sysmon asks it to yield
 * (issue 4: `for {}` must not starve the others at GOMAXPROCS=1), so loops
 * check at their back-edges. A check per iteration costs a compare and a
 * branch and, being a call to gcc, keeps it from vectorising or unrolling
 * the loop (Go 1.14+ needs none: it preempts by signal). So a loop gets
 * one of three plans:
 *
 *   NONE    an innermost loop with a light body and a constant trip count
 *           of at most CHUNK: no check. The enclosing loop's check, or the
 *           function's entry check, came at most CHUNK light iterations ago
 *           (a leaf function has neither, but its caller checked).
 *   CHUNKS  an innermost counted loop with a light body:
 *               for i := a; i < n; i += s    (or i > n; i -= s)
 *               for i := a; i <= n; i += s   (or i >= n; i -= s)
 *               for ... := range array, *array or slice
 *           (s one, i++ and i--, or a positive constant or a plain local)
 *           runs as chunks of at most CHUNK iterations, each a plain C
 *           loop, with one check before each chunk. A step of one toward
 *           an excluded bound runs `for (; i < stop; i++)` with stop =
 *           min(n, i + CHUNK), which gcc can vectorise; any other runs the
 *           chunk's iteration count (chunk_by_count).
 *   EACH    anything else (for {}, for cond {}, ranges over strings, maps
 *           and channels, loops holding loops): a check per iteration.
 *
 * A light body takes bounded time per iteration without checking: it
 * holds no loop, function literal, label or goto (a backward goto is a
 * loop), go, defer, select or channel operation, nothing whose cost grows
 * with its operands (copy, make, append(s, t...), string concatenation
 * and comparison, conversions to strings and slices, print, map indexes
 * with string keys), and calls only functions that check at entry,
 * leaves that are light themselves (gen_func.c's cs_gen_is_leaf), or the
 * C functions of math, math/bits and sync/atomic (a few instructions
 * each). CHUNK light iterations then take well under a millisecond,
 * far below sysmon's 10 ms.
 *
 * Chunking runs exactly the iterations of the original loop: i, n and s
 * are plain locals (or constants, or n is len of a plain local slice or
 * string, either maybe plus or minus a constant, or a range's own
 * temporaries) that the body does not assign
 * (gen_prove.c's tests), so a chunk stops where the condition would fail
 * or earlier, and i never steps past n inside a chunk (what it does after
 * the last step, wrapping included, the outer loop's condition sees as
 * Go's would). Distances |n - i| are taken in uint64_t, exact for every
 * integer type while i is on the near side of n. `break` leaves both C
 * loops by goto (gen_stmt.c), `continue` is the inner loop's.
 */
#include <string.h>
#include "check.h"
#include "gen_int.h"

enum { CHUNK = 1024 };

/* ---- light bodies --------------------------------------------------------------------- */

static bool light_callee(CsNode *call);

static bool is_string(CsType *t)
{
    return t && cs_gen_under(t)->kind == CS_TY_STRING;
}

/* A call whose cost does not grow with its operands. */
static bool light_call(CsNode *n)
{
    if (n->is_conversion) {
        CsTypeKind k = cs_gen_under(n->ty)->kind;
        return k != CS_TY_STRING && k != CS_TY_SLICE;
    }
    switch (n->builtin) {
    case CS_BI_NONE:
        return light_callee(n);
    case CS_BI_APPEND:
        return !n->has_ellipsis;
    case CS_BI_LEN: case CS_BI_CAP: case CS_BI_NEW: case CS_BI_PANIC: case CS_BI_DELETE:
    case CS_BI_RECOVER:
        return true;
    default:        /* copy, make, print, close, ... */
        return false;
    }
}

static bool is_compare(CsOp op)
{
    return op == CS_OP_EQ || op == CS_OP_NE || op == CS_OP_LT || op == CS_OP_LE || op == CS_OP_GT ||
           op == CS_OP_GE;
}

static void find_heavy(CsNode *n, void *ctx)
{
    bool *light = ctx;
    switch (n->kind) {
    case CS_ND_FOR: case CS_ND_RANGE: case CS_ND_FUNCLIT: case CS_ND_GO: case CS_ND_DEFER:
    case CS_ND_SELECT: case CS_ND_SEND: case CS_ND_LABELED:
        *light = false;
        break;
    case CS_ND_BRANCH:
        if (n->branch == CS_BR_GOTO)
            *light = false;
        break;
    case CS_ND_UNARY:
        if (n->op == CS_OP_RECV)
            *light = false;
        break;
    case CS_ND_CALL:
        if (n->mode != CS_MODE_TYPE && !light_call(n))
            *light = false;
        break;
    case CS_ND_BINARY:
        if ((n->op == CS_OP_ADD || is_compare(n->op)) && is_string(n->lhs->ty))
            *light = false;
        break;
    case CS_ND_ASSIGN:
        if (n->op == CS_OP_ADD && is_string(n->lhs->ty))
            *light = false;
        break;
    case CS_ND_INDEX: {
        CsType *u = n->expr->ty ? cs_gen_under(n->expr->ty) : NULL;
        if (u && u->kind == CS_TY_MAP && is_string(u->key))
            *light = false;
        break;
    }
    default:
        break;
    }
}

static bool light(CsNode *body)
{
    bool ok = true;
    cs_gen_walk(body, find_heavy, &ok, true);
    return ok;
}

/* A function that checks at entry is a check; a leaf must be light
 * itself (its own calls go to functions that call nothing, so this
 * recursion ends there). */
static bool light_callee(CsNode *call)
{
    CsNode *decl = cs_gen_callee_decl(call);
    if (!decl)
        return false;       /* a func value or an interface method */
    if (!decl->body) {
        CsSym *fn = cs_gen_unparen(call->expr)->sym;
        const char *p = fn && fn->pkg ? fn->pkg->path : "";
        return !strcmp(p, "math") || !strcmp(p, "math/bits") || !strcmp(p, "sync/atomic");
    }
    return !cs_gen_is_leaf(decl) || light(decl->body);
}

/* ---- counted loops ---------------------------------------------------------------------- */

/* The range of integer type t. */
static void int_range(CsType *t, __int128 *lo, __int128 *hi)
{
    int bits = (int)cs_type_size_bits(t);
    if (cs_type_is_unsigned(t)) {
        *lo = 0;
        *hi = ((__int128)1 << bits) - 1;
    } else {
        *lo = -((__int128)1 << (bits - 1));
        *hi = ((__int128)1 << (bits - 1)) - 1;
    }
}

static bool int_const(CsNode *n, __int128 *v)
{
    if (!n->cv || n->cv->kind != CS_CV_INT)
        return false;
    *v = n->cv->i;
    return true;
}

/* Whether n is a constant (*cst), or a plain local or len of a plain
 * local slice or string (*s: that local), maybe plus or minus a constant. */
static bool invariant_bound(CsNode *n, CsSym **s, bool *cst)
{
    *s = NULL;
    *cst = n->cv != NULL;
    if (*cst)
        return true;
    CsNode *u = cs_gen_unparen(n);
    if (u->kind == CS_ND_BINARY && (u->op == CS_OP_ADD || u->op == CS_OP_SUB) && u->rhs->cv)
        u = cs_gen_unparen(u->lhs);
    bool len = u->kind == CS_ND_CALL && u->builtin == CS_BI_LEN && u->list && !u->list->next;
    if (len) {
        u = u->list;
        CsTypeKind k = u->ty ? cs_gen_under(u->ty)->kind : CS_TY_INVALID;
        if (k != CS_TY_SLICE && k != CS_TY_STRING)
            return false;   /* a map's or channel's length changes */
    }
    *s = cs_gen_plain_local(u);
    return *s != NULL;
}

static CsLoopCheck each(void)
{
    return (CsLoopCheck){.kind = CS_LOOP_CHECK_EACH};
}

static CsLoopCheck none(void)
{
    return (CsLoopCheck){.kind = CS_LOOP_CHECK_NONE};
}

/* The constant start of i, when init sets it to one. */
static bool const_start(CsNode *init, CsSym *i, __int128 *v)
{
    return init && init->kind == CS_ND_ASSIGN && init->op == CS_OP_NONE && !init->lhs->next &&
           init->rhs && !init->rhs->next && cs_gen_plain_local(init->lhs) == i && int_const(init->rhs, v);
}

/* The counted variable of post (i++, i--, i += s, i -= s), its direction
 * and its step (*step NULL: one; *ssym: s when a plain local). */
static CsSym *post_step(CsNode *post, bool *down, CsNode **step, CsSym **ssym)
{
    *step = NULL;
    *ssym = NULL;
    *down = false;
    if (post->kind == CS_ND_INCDEC) {
        *down = post->op == CS_OP_DEC;
        return cs_gen_plain_local(post->expr);
    }
    if (post->kind != CS_ND_ASSIGN || post->define || (post->op != CS_OP_ADD && post->op != CS_OP_SUB) ||
        post->lhs->next || !post->rhs || post->rhs->next)
        return NULL;
    *down = post->op == CS_OP_SUB;
    *step = post->rhs;
    __int128 v;
    if (int_const(post->rhs, &v))
        return v > 0 ? cs_gen_plain_local(post->lhs) : NULL;
    *ssym = cs_gen_plain_local(post->rhs);
    return *ssym ? cs_gen_plain_local(post->lhs) : NULL;
}

CsLoopCheck cs_gen_for_check(CsNode *n)
{
    CsNode *cond = n->cond ? cs_gen_unparen(n->cond) : NULL, *post = n->post, *step;
    if (!cond || !post || cond->kind != CS_ND_BINARY)
        return each();
    bool down, cst;
    CsSym *ss, *s, *i = post_step(post, &down, &step, &ss);
    bool excl = cond->op == (down ? CS_OP_GT : CS_OP_LT), incl = cond->op == (down ? CS_OP_GE : CS_OP_LE);
    if ((!excl && !incl) || !i || cs_gen_plain_local(cond->lhs) != i || !cs_type_is_integer(i->type) ||
        !invariant_bound(cond->rhs, &s, &cst) || s == i || ss == i || !light(n->body) ||
        cs_gen_writes(n->body, i, s ? s : i) || (ss && cs_gen_writes(n->body, ss, ss)))
        return each();
    __int128 end = cst ? cond->rhs->cv->i : 0, lo, hi, start;
    int_range(i->type, &lo, &hi);
    if (cst && incl && !step && (down ? end > lo : end < hi)) {
        end += down ? -1 : 1;           /* i <= K is i < K + 1 */
        incl = false;
    }
    if (cst && !incl && !step && const_start(n->init, i, &start) && (down ? start - end : end - start) <= CHUNK)
        return none();
    CsConst c = {.kind = CS_CV_INT, .i = end};
    return (CsLoopCheck){
        .kind = CS_LOOP_CHECK_CHUNKS,
        .var = cs_gen_expr(cond->lhs),
        .bound = cst ? cs_gen_const(&c, i->type) : cs_gen_expr_to(cond->rhs, i->type),
        .step = step ? cs_gen_expr_to(step, i->type) : NULL,
        .type = i->type,
        .down = down,
        .incl = incl,
    };
}

CsLoopCheck cs_gen_range_check(CsNode *n, const char *index, const char *len, int64_t const_len)
{
    if (!light(n->body))
        return each();
    if (const_len >= 0 && const_len <= CHUNK)
        return none();
    return (CsLoopCheck){.kind = CS_LOOP_CHECK_CHUNKS, .var = index, .bound = len,
                         .type = cs_type_basic(CS_TY_INT)};
}

/* A step of one toward an excluded bound: the chunk ends where i does,
 * stop = min(n, i + CHUNK), and the inner loop is `for (; i < stop; i++)`,
 * a plain counted loop for gcc. */
static const char *chunk_to_stop(const CsLoopCheck *c, const char *post)
{
    const char *stop = cs_gen_temp(), *t = cs_gen_ctype(c->type);
    const char *from = c->down ? c->var : c->bound, *to = c->down ? c->bound : c->var;
    cs_gen_line("%s %s = (uint64_t)(%s) - (uint64_t)(%s) > %d ? (%s)(%s %s %d) : (%s);", t, stop, from, to, CHUNK,
                t, c->var, c->down ? "-" : "+", CHUNK, c->bound);
    return cs_gen_fmt("for (; %s %s %s; %s) {", c->var, c->down ? ">" : "<", stop, post);
}

/* Any other step s, or an included bound: the inner loop runs the number
 * of iterations the condition holds for, at most CHUNK. With d = |n - i|
 * (i is on the near side of n, so d is exact in uint64_t) that is
 * ceil(d / s) (excluded) or d / s + 1 (included). A step that is not
 * positive never ends the loop: one iteration a chunk, so each checks. */
static const char *chunk_by_count(const CsLoopCheck *c, const char *post)
{
    const char *d = cs_gen_temp(), *k = cs_gen_temp(), *s = c->step ? c->step : "1";
    const char *from = c->down ? c->var : c->bound, *to = c->down ? c->bound : c->var;
    cs_gen_line("uint64_t %s = ((uint64_t)(%s) - (uint64_t)(%s))%s;", d, from, to, c->incl ? "" : " - 1");
    cs_gen_line("uint64_t %s = !((%s) > 0) ? 1 : %s / (uint64_t)(%s) >= %d ? %d : %s / (uint64_t)(%s) + 1;", k, s,
                d, s, CHUNK, CHUNK, d, s);
    return cs_gen_fmt("for (; %s != 0; %s--, %s) {", k, k, post);
}

const char *cs_gen_chunk_begin(const CsLoopCheck *c, const char *post)
{
    cs_gen_line("RT_CHECK();");
    return c->step || c->incl ? chunk_by_count(c, post) : chunk_to_stop(c, post);
}
