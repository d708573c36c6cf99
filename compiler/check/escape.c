/* The escape step: decides which local variables live on the heap.
 *
 * Rule (deliberately simple and conservative): a local variable, parameter
 * or result escapes iff
 *   - it is captured by a function literal (CsSym.captured: referenced from
 *     a FUNCLIT other than the function declaring it), or
 *   - its address is taken (CsSym.addr_taken): &x, &x.f / &x[i] of a struct
 *     or array variable, the implicit &x of a pointer-receiver method call
 *     x.M(), or slicing an array variable x[:], or
 *   - its value is big (over BIG_LOCAL bytes, by a rough size estimate):
 *     a goroutine's first stack is small (runtime/stack.c) and a frame
 *     that big would make its function start on a new stack segment;
 *     Go itself moves such variables to the heap.
 * Everything else stays a C local. No flow analysis: an address that never
 * leaves the frame still moves the variable to the heap; that costs an
 * allocation, never correctness. Goroutine stacks are scanned by the GC, so
 * pointers from heap cells to heap cells are all we need.
 *
 * Runs after a successful check (the flags are set by expr.c, selector.c
 * and assign.c); codegen reads CsSym.escapes. Globals never escape (they
 * are static storage already).
 */
#include "check.h"

static void visit(CsNode *n);

static void visit_list(CsNode *n)
{
    for (; n; n = n->next) visit(n);
}

enum { BIG_LOCAL = 16 << 10 };

/* An estimate of t's size in bytes, saturating a little above cap. */
static int64_t size_estimate(CsType *t, int64_t cap)
{
    t = cs_type_underlying(t);
    switch (t->kind) {
    case CS_TY_STRING: case CS_TY_INTERFACE: return 16;
    case CS_TY_SLICE: return 24;
    case CS_TY_ARRAY: {
        int64_t e = size_estimate(t->elem, cap);
        return e == 0 ? 0 : t->len > (cap + 1) / e ? cap + 1 : t->len * e;
    }
    case CS_TY_STRUCT: {
        int64_t sum = 0;
        for (int i = 0; i < t->nfields && sum <= cap; i++) sum += size_estimate(t->fields[i].type, cap);
        return sum;
    }
    default: return 8;
    }
}

bool cs_type_is_big(CsType *t)
{
    return t && size_estimate(t, BIG_LOCAL) > BIG_LOCAL;
}

int64_t cs_type_size_estimate(CsType *t)
{
    return t ? size_estimate(t, (int64_t)1 << 40) : 0;
}

static void mark(CsSym *s)
{
    if (s && s->kind == CS_SYM_VAR && !s->global)
        s->escapes = s->captured || s->addr_taken || cs_type_is_big(s->type);
}

static void visit(CsNode *n)
{
    if (!n) return;
    if (n->kind == CS_ND_IDENT) { mark(n->sym); return; }
    if (n->kind == CS_ND_CASE) mark(n->sym);
    visit(n->expr); visit(n->lhs); visit(n->rhs); visit(n->type);
    visit_list(n->list); visit_list(n->names); visit_list(n->body);
    visit(n->init); visit(n->cond); visit(n->post); visit(n->els);
    visit(n->key); visit(n->value); visit(n->index);
    visit(n->lo); visit(n->hi); visit(n->max); visit(n->len);
    visit_list(n->params); visit_list(n->results); visit_list(n->recv);
    visit(n->decl);
}

void cs_escape_package(CsPackage *pkg)
{
    for (CsNode *f = pkg->files; f; f = f->next) visit_list(f->list);
}
