/* The escape step: decides which local variables live on the heap, and
 * which captured ones closures copy instead.
 *
 * Rule (deliberately simple and conservative): a local variable, parameter
 * or result escapes iff
 *   - it is captured by a function literal (CsSym.captured: referenced from
 *     a FUNCLIT other than the function declaring it) and not captured by
 *     value (below), or
 *   - its address is taken (&x, &x.f / &x[i] of a struct or array
 *     variable, the implicit &x of a pointer-receiver method call x.M(), or
 *     slicing an array variable x[:]) in a way that may outlive the frame
 *     (CsSym.addr_escapes, leak.c): anything but a direct argument for a
 *     pointer parameter or receiver that the callee keeps from leaking, or
 *   - its value is big (over BIG_LOCAL bytes, by a rough size estimate):
 *     a goroutine's first stack is small (runtime/stack.c) and a frame
 *     that big would make its function start on a new stack segment;
 *     Go itself moves such variables to the heap.
 * Everything else stays a C local. No flow analysis beyond leak.c's
 * summaries: an address that never leaves the frame by any other route
 * (say, through a local pointer variable) still moves the variable to the
 * heap; that costs an allocation, never correctness. Goroutine stacks are
 * scanned by the GC and never move, so a pointer into a live frame held by
 * its callees is valid, and heap cells never point into a stack.
 *
 * Capture by value (CsSym.by_value), as Go's compiler does: a captured
 * variable that is never written after its declaration (CsSym.reassigned
 * false), whose address is never taken, that is not a named result, and
 * whose value is at most BY_VALUE_MAX bytes holds one value for its whole
 * life, so a copy in each closure's record cannot be told apart from the
 * variable. Writes are found syntactically, anywhere in the program:
 * an assignment (=, op=, ++/--, a := that redeclares it) whose target is the
 * variable or a part of it (a field, an array element: cs_check_var_of),
 * and range variables (Go 1.19 reuses them across iterations, `:=` or not).
 * A variable declared in a loop body is a new variable each iteration, so
 * its copies are exactly right.
 *
 * Runs after a successful check (the flags are set by expr.c, selector.c
 * and assign.c), in three walks: writes, leak.c's summaries (which set
 * addr_escapes), then the decisions; codegen
 * reads CsSym.escapes and CsSym.by_value. Globals never escape (they are
 * static storage already).
 */
#include "check.h"

typedef void Visit(CsNode *n);

static void walk(CsNode *n, Visit *visit);

static void walk_list(CsNode *n, Visit *visit)
{
    for (; n; n = n->next) walk(n, visit);
}

static void walk(CsNode *n, Visit *visit)
{
    if (!n) return;
    visit(n);
    if (n->kind == CS_ND_IDENT) return;
    walk(n->expr, visit); walk(n->lhs, visit); walk(n->rhs, visit); walk(n->type, visit);
    walk_list(n->list, visit); walk_list(n->names, visit); walk_list(n->body, visit);
    walk(n->init, visit); walk(n->cond, visit); walk(n->post, visit); walk(n->els, visit);
    walk(n->key, visit); walk(n->value, visit); walk(n->index, visit);
    walk(n->lo, visit); walk(n->hi, visit); walk(n->max, visit); walk(n->len, visit);
    walk_list(n->params, visit); walk_list(n->results, visit); walk_list(n->recv, visit);
    walk(n->decl, visit);
}

enum { BIG_LOCAL = 16 << 10, BY_VALUE_MAX = 128 };

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

/* ---- writes ------------------------------------------------------------------ */

static void written(CsNode *target)
{
    CsSym *s = target ? cs_check_var_of(target) : NULL;
    if (s) s->reassigned = true;
}

/* Marks the variables n writes (other than by declaring them). */
static void find_writes(CsNode *n)
{
    switch (n->kind) {
    case CS_ND_ASSIGN:
        for (CsNode *l = n->lhs; l; l = l->next)
            if (!n->define || (l->sym && l->sym->decl != n)) written(l);
        break;
    case CS_ND_INCDEC: written(n->expr); break;
    case CS_ND_RANGE: written(n->key); written(n->value); break;
    default: break;
    }
}

/* ---- decisions --------------------------------------------------------------- */

static bool copyable(CsSym *s)
{
    return s->captured && !s->reassigned && !s->addr_taken && !s->is_result &&
           cs_type_size_estimate(s->type) <= BY_VALUE_MAX;
}

static void decide(CsSym *s)
{
    if (!s || s->kind != CS_SYM_VAR || s->global) return;
    s->by_value = copyable(s);
    s->escapes = (s->captured && !s->by_value) || s->addr_escapes || cs_type_is_big(s->type);
}

static void find_vars(CsNode *n)
{
    if (n->kind == CS_ND_IDENT || n->kind == CS_ND_CASE) decide(n->sym);
}

void cs_escape_package(CsPackage *pkg)
{
    for (CsNode *f = pkg->files; f; f = f->next) walk_list(f->list, find_writes);
    cs_leak_package(pkg);
    for (CsNode *f = pkg->files; f; f = f->next) walk_list(f->list, find_vars);
}
