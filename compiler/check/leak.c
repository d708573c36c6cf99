/* Leak summaries: which pointer parameters let their pointee's address
 * outlive the call, and which address uses (&x, the implicit &x of x.M(),
 * x[:] of an array) let a local's address leave its frame. escape.c moves
 * a local to the heap only for the latter (CsSym.addr_escapes); a plain
 * CsSym.addr_taken no longer does.
 *
 * A pointer parameter or pointer receiver p of a FUNCDECL is non-leaking
 * (CsSym.param_leaks false) when every use of it in the body is
 *   - a dereference or element/field access through it (*p, p.f, p[i] on an
 *     array pointer, p.f.g, len(p), range p), read or written: the place,
 *     never its address,
 *   - a comparison with nil or another pointer,
 *   - a direct argument for a non-leaking parameter of a statically known
 *     FUNCDECL with a body, or the receiver of a call of a method whose
 *     pointer receiver is non-leaking (also through promotion: the address
 *     is then p's or inside *p).
 * A func parameter f is non-leaking in the same way when every use of it is
 * a call f(...) (not in a go or defer statement), a comparison with nil, or
 * a direct argument for a non-leaking parameter as above. A function
 * literal that is the direct argument for such a parameter is marked
 * stack_closure: its closure record can live in the caller's frame, as Go's
 * escape analysis keeps `once.Do(func() {...})` and sort.Search's
 * predicate on the stack. The mark is recomputed by every pass (each pass
 * visits each literal once, as a safe argument or not), so the last
 * pass's answer stands.
 *
 * Anything else leaks p: assigning, returning, storing or appending it, a
 * composite literal, conversions (to interfaces too), channel sends, capture
 * by a function literal (any use from a FUNCLIT), method values, calls of
 * func values, interface methods, builtins, body-less (C) functions (those
 * of c_keeps excepted), variadic parameters, go and defer arguments, taking
 * &p (the callee could read p back through it), and any address inside *p
 * (&p.f, p.arr[:]) that is not itself such a direct argument. Values read through a non-leaking
 * pointer may go anywhere, which is why a stack address is never stored in
 * memory: every store of one is an assignment, and so a leak.
 *
 * Summaries are a greatest fixpoint: every parameter starts non-leaking and
 * each pass over the package's bodies removes the ones with a disqualifying
 * use, until a pass changes nothing (recursion included). Packages are done
 * in dependency order (check.c), so a callee in an imported package already
 * has its final summary. The last pass sees the final summaries, and marks
 * addr_escapes on each local whose address use is not a non-leaking argument
 * or receiver (marks from earlier passes are a subset of the last's).
 *
 * A stack address may outlive nothing but its own frame's callees: csc's
 * goroutine stacks are never moved (runtime/morestack.c) and the GC scans
 * them conservatively, so such a pointer stays valid while the call runs.
 */
#include "check.h"

#include <string.h>

static CsNode *cur_func;    /* the FUNCDECL or FUNCLIT whose body is scanned */
static bool changed;        /* a summary changed in this pass */

static void scan(CsNode *n);
static void in_func(CsNode *fn, CsNode *body);

static CsNode *unparen(CsNode *n)
{
    while (n && n->kind == CS_ND_PAREN) n = n->expr;
    return n;
}

static CsTypeKind kind_of(CsType *t)
{
    CsType *u = t ? cs_type_underlying(t) : NULL;
    return u ? u->kind : CS_TY_INVALID;
}

/* A pointer or func parameter: the kinds whose leaking is tracked. */
static bool is_ptr_param(CsSym *s)
{
    CsTypeKind k = s ? kind_of(s->type) : CS_TY_INVALID;
    return s && s->kind == CS_SYM_VAR && s->is_param && !s->global && (k == CS_TY_PTR || k == CS_TY_FUNC);
}

/* n names a pointer parameter of the function being scanned (not one
 * captured from an enclosing function). */
static bool own_param(CsNode *n)
{
    n = unparen(n);
    return n && n->kind == CS_ND_IDENT && is_ptr_param(n->sym) && n->sym->func == cur_func;
}

static void leak(CsSym *s)
{
    if (!is_ptr_param(s) || s->param_leaks) return;
    s->param_leaks = true;
    changed = true;
}

static void scan_list(CsNode *n)
{
    for (; n; n = n->next) scan(n);
}

static void scan_children(CsNode *n)
{
    scan(n->expr); scan(n->lhs); scan(n->rhs);
    scan_list(n->list); scan_list(n->names); scan_list(n->body);
    scan(n->init); scan(n->cond); scan(n->post); scan(n->els);
    scan(n->key); scan(n->value); scan(n->index);
    scan(n->lo); scan(n->hi); scan(n->max);
    scan(n->decl);
}

/* ---- places and addresses ------------------------------------------------ */

static bool is_field(CsNode *sel)
{
    return sel->kind == CS_ND_SELECTOR && (!sel->sym || sel->sym->kind != CS_SYM_VAR) && !sel->implicit_addr &&
           sel->expr->mode != CS_MODE_TYPE && !(sel->sym && sel->sym->kind == CS_SYM_FUNC);
}

static bool is_array_index(CsNode *ix)
{
    if (ix->kind != CS_ND_INDEX) return false;
    CsTypeKind k = kind_of(ix->expr->ty);
    return k == CS_TY_ARRAY || (k == CS_TY_PTR && kind_of(cs_type_underlying(ix->expr->ty)->elem) == CS_TY_ARRAY);
}

/* Strips the links of a place that stay inside one variable or pointee
 * (fields, array elements, dereferences), scanning the index operands;
 * returns what is left: the variable, the pointer, or another operand. */
static CsNode *place_root(CsNode *n)
{
    for (;;) {
        n = unparen(n);
        if (n->kind == CS_ND_SELECTOR && is_field(n)) n = n->expr;
        else if (is_array_index(n)) { scan(n->index); n = n->expr; }
        else if (n->kind == CS_ND_STAR) n = n->expr;
        else return n;
    }
}

/* n's storage is read or written, its address not taken. */
static void place(CsNode *n)
{
    CsNode *root = place_root(n);
    if (!own_param(root)) scan(root);
}

/* The address of place x is taken; `safe` when it goes straight to a
 * non-leaking parameter or receiver. */
static void addr_use(CsNode *x, bool safe)
{
    CsSym *v = cs_check_var_of(x);
    if (v && !v->global) {
        if (!safe) v->addr_escapes = true;
        if (is_ptr_param(v)) leak(v);   /* &p: p's value becomes readable elsewhere */
    }
    CsNode *root = place_root(x);
    if (!own_param(root)) scan(root);
    else if (!safe) leak(root->sym);
}

/* n is the whole argument for a parameter or receiver that does not leak. */
static void safe_arg(CsNode *n)
{
    n = unparen(n);
    if (own_param(n)) return;
    if (n->kind == CS_ND_FUNCLIT) {
        n->stack_closure = true;
        in_func(n, n->body);
        return;
    }
    if (n->kind == CS_ND_UNARY && n->op == CS_OP_ADDR && unparen(n->expr)->kind != CS_ND_COMPOSITE)
        addr_use(n->expr, true);
    else
        scan(n);
}

/* ---- calls ---------------------------------------------------------------- */

/* The symbol of FUNCDECL fd's i-th parameter (NULL when unnamed). */
static CsSym *param_sym(CsNode *fd, int i)
{
    for (CsNode *f = fd->type->params; f; f = f->next) {
        int count = f->names ? cs_ast_list_len(f->names) : 1;
        if (i < count) {
            CsNode *nm = f->names;
            for (int k = 0; nm && k < i; k++) nm = nm->next;
            return nm ? nm->sym : NULL;
        }
        i -= count;
    }
    return NULL;
}

static CsNode *decl_of(CsSym *fn)
{
    CsNode *d = fn && fn->kind == CS_SYM_FUNC ? fn->decl : NULL;
    return d && d->kind == CS_ND_FUNCDECL && d->body ? d : NULL;
}

/* Does FUNCDECL fd keep its i-th parameter (-1: the receiver) from
 * leaking? Only a pointer parameter can: an argument for any other
 * (an interface, a variadic slice) is converted or stored. */
static bool keeps(CsNode *fd, int i)
{
    if (!fd) return false;
    if (i < 0) {
        CsSym *r = fd->recv && fd->recv->names ? fd->recv->names->sym : NULL;
        return !r || !r->param_leaks;
    }
    CsType *sig = fd->sym ? fd->sym->type : NULL;
    if (!sig || sig->kind != CS_TY_FUNC || i >= sig->nparams || (sig->variadic && i == sig->nparams - 1) ||
        (kind_of(sig->params[i]) != CS_TY_PTR && kind_of(sig->params[i]) != CS_TY_FUNC))
        return false;
    CsSym *s = param_sym(fd, i);
    return !s || !s->param_leaks;
}

/* Body-less (C) functions known to keep no pointer argument: strings.
 * sameAddress (Builder's copy check) stores its argument's address as a
 * number it only compares, so a Builder may stay on the stack. */
static bool c_keeps(CsSym *fn)
{
    return fn && fn->kind == CS_SYM_FUNC && !fn->recv_type && fn->pkg && fn->decl &&
           fn->decl->kind == CS_ND_FUNCDECL && !fn->decl->body && strcmp(fn->pkg->path, "strings") == 0 &&
           strcmp(fn->name, "sameAddress") == 0;
}

/* The receiver of a static method call through selector sel. */
static void receiver(CsNode *sel, bool safe)
{
    CsNode *d = sel->sym->decl;
    bool ptr_recv = !d || d->kind != CS_ND_FUNCDECL || !d->recv || !d->recv->type ||
                    d->recv->type->kind == CS_ND_STAR;
    if (sel->implicit_addr) addr_use(sel->expr, safe);
    else if (ptr_recv && safe) safe_arg(sel->expr);
    else if (ptr_recv || kind_of(sel->expr->ty) == CS_TY_INTERFACE) scan(sel->expr);
    else place(sel->expr);
}

/* A call; `leak_all` for go and defer, whose arguments outlive the statement. */
static void call(CsNode *n, bool leak_all)
{
    CsNode *f = unparen(n->expr);
    CsNode *fd = NULL;
    bool c_fn = false;
    if (n->builtin == CS_BI_LEN || n->builtin == CS_BI_CAP) {
        place(n->list);             /* reads a length: *p of an array pointer p */
        return;
    } else if (n->is_conversion) {
        scan(f);
    } else if (f->kind == CS_ND_SELECTOR && f->sym && f->sym->kind == CS_SYM_FUNC && f->sym->recv_type &&
               f->expr->mode != CS_MODE_TYPE) {
        fd = decl_of(f->sym);
        receiver(f, !leak_all && keeps(fd, -1));
    } else if ((f->kind == CS_ND_IDENT || f->kind == CS_ND_SELECTOR) && f->sym && f->sym->kind == CS_SYM_FUNC &&
               !f->sym->recv_type) {
        fd = decl_of(f->sym);
        c_fn = c_keeps(f->sym);
    } else if (!leak_all && own_param(f)) {
        /* calling a func parameter does not leak it */
    } else {
        scan(f);
    }
    int i = 0;
    for (CsNode *a = n->list; a; a = a->next, i++) {
        if (!leak_all && !n->has_ellipsis && (c_fn || keeps(fd, i))) safe_arg(a);
        else scan(a);
    }
}

/* ---- the walk --------------------------------------------------------------- */

static void in_func(CsNode *fn, CsNode *body)
{
    CsNode *outer = cur_func;
    cur_func = fn;
    scan(body);
    cur_func = outer;
}

static bool ptr_or_nil(CsNode *n)
{
    CsTypeKind k = kind_of(n->ty);
    return k == CS_TY_PTR || k == CS_TY_FUNC || k == CS_TY_UNTYPED_NIL;
}

static void selector(CsNode *n)
{
    if (n->implicit_addr) addr_use(n->expr, false);            /* method value x.M */
    else if (is_field(n)) place(n);
    else if (n->sym && n->sym->kind == CS_SYM_FUNC && n->sym->recv_type && kind_of(n->expr->ty) != CS_TY_PTR)
        place(n->expr);                                         /* value-receiver method value: a copy */
    else scan(n->expr);
}

static void scan(CsNode *n)
{
    if (!n) return;
    switch (n->kind) {
    case CS_ND_IDENT:
        leak(n->sym);
        return;
    case CS_ND_FUNCDECL: in_func(n, n->body); return;
    case CS_ND_FUNCLIT: n->stack_closure = false; in_func(n, n->body); return;
    case CS_ND_UNARY:
        if (n->op == CS_OP_ADDR && unparen(n->expr)->kind != CS_ND_COMPOSITE) addr_use(n->expr, false);
        else scan(n->expr);
        return;
    case CS_ND_SLICE:
        if (kind_of(n->expr->ty) == CS_TY_ARRAY) addr_use(n->expr, false);
        else scan(n->expr);
        scan(n->lo); scan(n->hi); scan(n->max);
        return;
    case CS_ND_SELECTOR: selector(n); return;
    case CS_ND_INDEX:
    case CS_ND_STAR:
        if (n->kind == CS_ND_STAR || is_array_index(n)) place(n);
        else { scan(n->expr); scan(n->index); }
        return;
    case CS_ND_BINARY:
        if ((n->op == CS_OP_EQ || n->op == CS_OP_NE) && ptr_or_nil(n->lhs) && ptr_or_nil(n->rhs)) {
            safe_arg(n->lhs); safe_arg(n->rhs);
        } else {
            scan(n->lhs); scan(n->rhs);
        }
        return;
    case CS_ND_CALL: call(n, false); return;
    case CS_ND_RANGE:               /* over an array pointer: its elements, read */
        if (kind_of(n->expr->ty) == CS_TY_PTR) place(n->expr);
        else scan(n->expr);
        scan(n->key); scan(n->value); scan_list(n->body);
        return;
    case CS_ND_GO: case CS_ND_DEFER:
        if (unparen(n->expr)->kind == CS_ND_CALL) call(unparen(n->expr), true);
        else scan(n->expr);
        return;
    default:
        scan_children(n);
        return;
    }
}

void cs_leak_package(CsPackage *pkg)
{
    do {
        changed = false;
        cur_func = NULL;
        for (CsNode *f = pkg->files; f; f = f->next) scan_list(f->list);
    } while (changed);
}
