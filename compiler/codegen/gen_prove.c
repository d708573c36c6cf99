/* gen_prove.c: indexes that a counted loop keeps in range, emitted without
 * rt_index (what Go's prove pass does for the same shapes). gcc cannot do
 * it: with -fwrapv, `i < len(s) - 1` does not tell it `i < len(s)`.
 *
 * Shapes. In
 *     for i := L; i < len(s) - C; i++ { body }     (or i <= len(s) - C, or no - C)
 *     for i := L; i + C < len(s); i++ { body }     (i + C1 < len(s) - C2: C = C1 + C2)
 *     for i := range s { body }                    (L = 0, C = 0)
 * with L and C non-negative integer constants, i stays in [L, len(s) - C - 1]
 * (one less at the top for <=) while the body runs, so s[i + d] is in range
 * for every constant d in [-L, C] ([-L, C - 1] for <=); i + C cannot wrap
 * (i counts up from L by ones and the loop ends at len(s) - C at the
 * latest). That holds when s is a local slice or string variable and neither s nor i can change inside
 * the loop except through the post statement's i++: neither is assigned
 * (=, op=, ++, :=, range) in the body, neither has its address taken or is
 * captured by a closure (the only other ways to write a local).
 *
 * Invariant: `facts` holds one entry per enclosing loop of the function
 * being generated whose shape matched, pushed by cs_gen_prove_enter before
 * its body is generated and popped by cs_gen_prove_leave after. Facts are
 * keyed by symbol, so nested closures (generated meanwhile) cannot match
 * them: a closure that names s or i would have captured it.
 */
#include <string.h>
#include "gen_int.h"

typedef struct Fact {
    CsSym *s, *i;
    int64_t lo, hi;     /* s[i + d] is in range for lo <= d <= hi */
} Fact;

enum { MAX_FACTS = 32 };        /* deeper nests just keep their checks */
static Fact facts[MAX_FACTS];
static int nfacts;

/* A non-negative integer constant below 2^31 (so sums cannot overflow). */
static bool small_const(CsNode *n, int64_t *v)
{
    if (!n->cv || n->cv->kind != CS_CV_INT || n->cv->i < 0 || n->cv->i >= ((__int128)1 << 31))
        return false;
    *v = (int64_t)n->cv->i;
    return true;
}

CsSym *cs_gen_plain_local(CsNode *n)
{
    n = cs_gen_unparen(n);
    if (n->kind != CS_ND_IDENT || !n->sym || n->sym->kind != CS_SYM_VAR)
        return NULL;
    CsSym *v = n->sym;
    return v->global || v->captured || v->addr_taken ? NULL : v;
}

static bool sliceish(CsSym *s)
{
    CsType *u = cs_gen_under(s->type);
    return u->kind == CS_TY_SLICE || u->kind == CS_TY_STRING;
}

/* s in `len(s)`, if n is that and s a plain local slice or string. */
static CsSym *len_of(CsNode *n)
{
    n = cs_gen_unparen(n);
    if (n->kind != CS_ND_CALL || n->builtin != CS_BI_LEN || !n->list || n->list->next)
        return NULL;
    CsSym *s = cs_gen_plain_local(n->list);
    return s && sliceish(s) ? s : NULL;
}

/* ---- does the body write s or i? ---------------------------------------------------- */

typedef struct Writes {
    CsSym *a, *b;
    bool found;
} Writes;

static void note_target(CsNode *t, Writes *w)
{
    t = cs_gen_unparen(t);
    if (t->kind == CS_ND_IDENT && (t->sym == w->a || t->sym == w->b))
        w->found = true;
}

static void find_write(CsNode *n, void *ctx)
{
    Writes *w = ctx;
    switch (n->kind) {
    case CS_ND_ASSIGN:
        for (CsNode *l = n->lhs; l; l = l->next)
            note_target(l, w);
        break;
    case CS_ND_INCDEC:
        note_target(n->expr, w);
        break;
    case CS_ND_RANGE:
        if (n->key)
            note_target(n->key, w);
        if (n->value)
            note_target(n->value, w);
        break;
    default:
        break;
    }
}

bool cs_gen_writes(CsNode *body, CsSym *a, CsSym *b)
{
    Writes w = {a, b, false};
    cs_gen_walk(body, find_write, &w, true);
    return w.found;
}

/* ---- loop shapes ---------------------------------------------------------------------- */

/* Whether n is i or i + K (K a small constant, added to *c). */
static bool offset_of(CsNode *n, CsSym *i, int64_t *c)
{
    n = cs_gen_unparen(n);
    if (cs_gen_plain_local(n) == i)
        return true;
    int64_t k;
    if (n->kind != CS_ND_BINARY || n->op != CS_OP_ADD || cs_gen_plain_local(n->lhs) != i || !small_const(n->rhs, &k))
        return false;
    *c += k;
    return true;
}

/* `for i := L; i + C1 < len(s) - C2; i++` (C = C1 + C2): fills f. */
static bool counted_for(CsNode *n, Fact *f)
{
    CsNode *init = n->init, *cond = n->cond, *post = n->post;
    if (!init || !cond || !post || init->kind != CS_ND_ASSIGN || !init->define || init->lhs->next ||
        init->rhs->next || post->kind != CS_ND_INCDEC || post->op != CS_OP_INC)
        return false;
    CsSym *i = cs_gen_plain_local(init->lhs);
    int64_t lo, c = 0;
    if (!i || cs_gen_under(i->type)->kind != CS_TY_INT || !small_const(init->rhs, &lo))
        return false;
    CsSym *pi = cs_gen_plain_local(post->expr);
    cond = cs_gen_unparen(cond);
    if (pi != i || cond->kind != CS_ND_BINARY || (cond->op != CS_OP_LT && cond->op != CS_OP_LE) ||
        !offset_of(cond->lhs, i, &c))
        return false;
    CsNode *bound = cs_gen_unparen(cond->rhs);
    int64_t c2 = 0;
    if (bound->kind == CS_ND_BINARY && bound->op == CS_OP_SUB && !small_const(bound->rhs, &c2))
        return false;
    c += c2;
    CsSym *s = len_of(bound->kind == CS_ND_BINARY && bound->op == CS_OP_SUB ? bound->lhs : bound);
    int64_t hi = cond->op == CS_OP_LT ? c : c - 1;
    if (!s || hi < -lo)
        return false;
    *f = (Fact){s, i, -lo, hi};
    return true;
}

/* `for i := range s` over a plain local slice or string. */
static bool range_index(CsNode *n, Fact *f)
{
    if (!n->define || !n->key)
        return false;
    CsSym *i = cs_gen_plain_local(n->key), *s = cs_gen_plain_local(n->expr);
    if (!i || !s || !sliceish(s))
        return false;
    *f = (Fact){s, i, 0, 0};
    return true;
}

bool cs_gen_prove_enter(CsNode *loop)
{
    Fact f;
    bool shape = loop->kind == CS_ND_FOR ? counted_for(loop, &f) : range_index(loop, &f);
    if (!shape || nfacts == MAX_FACTS || cs_gen_writes(loop->body, f.s, f.i))
        return false;
    facts[nfacts++] = f;
    return true;
}

void cs_gen_prove_leave(bool entered)
{
    if (entered)
        nfacts--;
}

bool cs_gen_index_proven(CsNode *index)
{
    CsSym *s = cs_gen_plain_local(index->expr);
    if (!s || nfacts == 0)
        return false;
    CsNode *x = cs_gen_unparen(index->index);
    CsSym *i = cs_gen_plain_local(x);
    int64_t d = 0;
    if (!i && x->kind == CS_ND_BINARY && (x->op == CS_OP_ADD || x->op == CS_OP_SUB)) {
        int64_t k;
        if ((i = cs_gen_plain_local(x->lhs)) && small_const(x->rhs, &k))
            d = x->op == CS_OP_ADD ? k : -k;
        else if (x->op == CS_OP_ADD && (i = cs_gen_plain_local(x->rhs)) && small_const(x->lhs, &k))
            d = k;
        else
            return false;
    }
    if (!i)
        return false;
    for (int k = nfacts - 1; k >= 0; k--)
        if (facts[k].s == s && facts[k].i == i && facts[k].lo <= d && d <= facts[k].hi)
            return true;
    return false;
}
