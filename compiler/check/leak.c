/* Leak summaries: which pointer, slice and interface parameters let their pointee's address
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
 * a direct argument for a non-leaking parameter as above, the receiver of
 * a method of a func type counting as one (a method value f.M copies f
 * into its closure, so it leaks f). A function
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
 * of c_keeps excepted), variadic parameters, go and defer arguments, taking &p (the callee could
 * read p back through it), and any address inside *p (&p.f, p.arr[:]) that
 * is not itself such a direct argument or a slice whose elements are only
 * copied (copy's operands, append's spread source, string(x[i:])); the
 * same holds for slicing a local array. Values read through a non-leaking
 * pointer may go anywhere, which is why a stack address is never stored in
 * memory: every store of one is an assignment, and so a leak.
 *
 * A slice parameter s points to its array as a pointer parameter to its
 * pointee, and is non-leaking when every use of it is an element access
 * s[i] (s[i].f, read or written: the place, not its address), len, cap,
 * range, a comparison with nil, or s or s[i:j] as an operand whose
 * elements are only copied or as a direct argument for a non-leaking
 * slice parameter or value receiver (elements_only). So the array of
 * `var fixed [22]byte` passed as fixed[:] to binary.PutUint64 and
 * bytes.Buffer.Write stays in its frame. Reassigning s, appending to it,
 * slicing it elsewhere, &s[i], method values and the rest leak it.
 *
 * An interface parameter p is non-leaking when every use of it is
 *   - the key of a map read (m[p], v, ok := m[p]) or of delete(m, p), never
 *     of a map element assigned, incremented or ranged into,
 *   - an operand of == or != (the values are compared, not kept),
 *   - the operand of a type assertion to a non-interface type (the value
 *     comes out by copy, or is the pointer-shaped data word itself, which
 *     is never a box),
 *   - a direct argument for a non-leaking interface parameter.
 * Anything else (an interface method call, an assertion to an interface, a
 * type switch, assigning, returning, capturing, &p) leaks it. A call that
 * converts a value to such a parameter may then box it in its own frame:
 * the argument's CsNode.box_on_stack, set on every pass (so the last pass's
 * final summaries decide) and never on go or defer arguments. Only values
 * that are boxed reach a box, so the data word of a non-interface
 * assertion is never one; a pointer to a local converted to an interface
 * is a leaking address use, so it never reaches one either.
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

/* A parameter whose summary is tracked: a pointer, a func, a slice (a
 * pointer to its array) or an interface. */
static bool is_tracked_param(CsSym *s)
{
    if (!s || s->kind != CS_SYM_VAR || !s->is_param || s->global) return false;
    CsTypeKind k = kind_of(s->type);
    return k == CS_TY_PTR || k == CS_TY_FUNC || k == CS_TY_SLICE || k == CS_TY_INTERFACE;
}

/* n names a tracked parameter of kind k of the function being scanned (not
 * one captured from an enclosing function). */
static bool own_param_of(CsNode *n, CsTypeKind k)
{
    n = unparen(n);
    return n && n->kind == CS_ND_IDENT && is_tracked_param(n->sym) && n->sym->func == cur_func &&
           kind_of(n->sym->type) == k;
}

/* A pointer or func parameter (the kinds safe_arg passes on). */
static bool own_param(CsNode *n) { return own_param_of(n, CS_TY_PTR) || own_param_of(n, CS_TY_FUNC); }
static bool own_slice_param(CsNode *n) { return own_param_of(n, CS_TY_SLICE); }
static bool own_iface_param(CsNode *n) { return own_param_of(n, CS_TY_INTERFACE); }

/* A place rooted here is inside memory a non-leaking parameter points to. */
static bool own_root(CsNode *n) { return own_param(n) || own_slice_param(n); }

static void leak(CsSym *s)
{
    if (!is_tracked_param(s) || s->param_leaks) return;
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

/* s[i] of one of this function's slice parameters: inside s's array. */
static bool is_param_elem(CsNode *ix)
{
    return ix->kind == CS_ND_INDEX && own_slice_param(ix->expr);
}

/* Strips the links of a place that stay inside one variable or pointee
 * (fields, array elements, dereferences), scanning the index operands;
 * returns what is left: the variable, the pointer, or another operand. */
static CsNode *place_root(CsNode *n)
{
    for (;;) {
        n = unparen(n);
        if (n->kind == CS_ND_SELECTOR && is_field(n)) n = n->expr;
        else if (is_array_index(n) || is_param_elem(n)) { scan(n->index); n = n->expr; }
        else if (n->kind == CS_ND_STAR) n = n->expr;
        else return n;
    }
}

/* n's storage is read or written, its address not taken. */
static void place(CsNode *n)
{
    CsNode *root = place_root(n);
    if (!own_root(root)) scan(root);
}

/* The address of place x is taken; `safe` when it goes straight to a
 * non-leaking parameter or receiver. */
static void addr_use(CsNode *x, bool safe)
{
    CsSym *v = cs_check_var_of(x);
    if (v && !v->global) {
        if (!safe) v->addr_escapes = true;
        if (is_tracked_param(v)) leak(v);   /* &p: p's value becomes readable elsewhere */
    }
    CsNode *root = place_root(x);
    if (!own_root(root)) scan(root);
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

/* Slice a's elements are only read or written through it (the source
 * spread into append, either operand of copy, the operand of string(...),
 * an argument for a non-leaking slice parameter): slicing an array for it
 * takes an address that goes nowhere, as `append(b, digits[i:]...)` of a
 * local `var digits [20]byte` in a formatting helper, and one of this
 * function's slice parameters, or a slice of one, passes on. */
static void elements_only(CsNode *a)
{
    CsNode *x = unparen(a);
    if (own_slice_param(x)) return;
    if (x->kind == CS_ND_SLICE && (kind_of(x->expr->ty) == CS_TY_ARRAY || own_slice_param(x->expr))) {
        if (kind_of(x->expr->ty) == CS_TY_ARRAY) addr_use(x->expr, true);
        scan(x->lo); scan(x->hi); scan(x->max);
    } else {
        scan(a);
    }
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

/* The kind of parameter FUNCDECL fd keeps from leaking at position i
 * (-1: the receiver): CS_TY_PTR, CS_TY_FUNC, CS_TY_SLICE or
 * CS_TY_INTERFACE, else CS_TY_INVALID. Only those kinds can be kept: an
 * argument for any other (a variadic slice, a struct) is copied or stored. */
static CsTypeKind keeps(CsNode *fd, int i)
{
    if (!fd) return CS_TY_INVALID;
    if (i < 0) {
        CsSym *r = fd->recv && fd->recv->names ? fd->recv->names->sym : NULL;
        if (r && r->param_leaks) return CS_TY_INVALID;
        return r && kind_of(r->type) == CS_TY_SLICE ? CS_TY_SLICE : CS_TY_PTR;
    }
    CsType *sig = fd->sym ? fd->sym->type : NULL;
    if (!sig || sig->kind != CS_TY_FUNC || i >= sig->nparams || (sig->variadic && i == sig->nparams - 1))
        return CS_TY_INVALID;
    CsTypeKind k = kind_of(sig->params[i]);
    if (k != CS_TY_PTR && k != CS_TY_FUNC && k != CS_TY_SLICE && k != CS_TY_INTERFACE) return CS_TY_INVALID;
    CsSym *s = param_sym(fd, i);
    return !s || !s->param_leaks ? k : CS_TY_INVALID;
}

/* n is the whole argument for an interface parameter that does not leak:
 * one of this function's own such parameters passes on, any other value
 * is scanned as usual (a pointer converted to the interface leaks, since
 * the callee may assert it back out). */
static void iface_arg(CsNode *n)
{
    if (!own_iface_param(n)) scan(n);
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

/* Method declaration d (NULL: unknown) takes a pointer receiver, or may:
 * decided by the receiver's type, as `func (t (*T)) M()` is one too. */
static bool has_ptr_recv(CsNode *d)
{
    CsType *rt = d && d->kind == CS_ND_FUNCDECL && d->recv && d->recv->type ? d->recv->type->ty : NULL;
    return !rt || kind_of(rt) == CS_TY_PTR;
}

/* The receiver of a static method call through selector sel; `kept`: the
 * kind of receiver the method keeps from leaking (keeps). */
static void receiver(CsNode *sel, CsTypeKind kept)
{
    bool ptr_recv = has_ptr_recv(sel->sym->decl);
    bool safe = kept == CS_TY_PTR;
    if (kind_of(sel->expr->ty) == CS_TY_SLICE && !ptr_recv) {   /* a copy of the slice: its array shared */
        if (kept == CS_TY_SLICE) elements_only(sel->expr);
        else scan(sel->expr);
    } else if (sel->implicit_addr) addr_use(sel->expr, safe);
    else if (!ptr_recv && kind_of(sel->expr->ty) == CS_TY_FUNC) {   /* the func value itself is passed */
        if (kept != CS_TY_INVALID) safe_arg(sel->expr);
        else scan(sel->expr);
    } else if (ptr_recv && safe) safe_arg(sel->expr);
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
    } else if (n->builtin == CS_BI_COPY && !leak_all && n->list && n->list->next) {
        elements_only(n->list);
        elements_only(n->list->next);
        return;
    } else if (n->builtin == CS_BI_APPEND && n->has_ellipsis && !leak_all && n->list && n->list->next) {
        scan(n->list);              /* the result may be the first operand's array */
        elements_only(n->list->next);
        return;
    } else if (n->is_conversion && kind_of(n->ty) == CS_TY_STRING && !leak_all && n->list && !n->list->next) {
        scan(f);
        elements_only(n->list);
        return;
    } else if (n->builtin == CS_BI_DELETE && !leak_all && n->list && n->list->next) {
        scan(n->list);              /* the key is looked up, not kept */
        iface_arg(n->list->next);
        return;
    } else if (n->is_conversion) {
        scan(f);
    } else if (f->kind == CS_ND_SELECTOR && f->sym && f->sym->kind == CS_SYM_FUNC && f->sym->recv_type &&
               f->expr->mode != CS_MODE_TYPE) {
        fd = decl_of(f->sym);
        receiver(f, leak_all ? CS_TY_INVALID : keeps(fd, -1));
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
        CsTypeKind k = leak_all || n->has_ellipsis ? CS_TY_INVALID : c_fn ? CS_TY_PTR : keeps(fd, i);
        a->box_on_stack = k == CS_TY_INTERFACE;
        if (k == CS_TY_PTR || k == CS_TY_FUNC) safe_arg(a);
        else if (k == CS_TY_SLICE) elements_only(a);
        else if (k == CS_TY_INTERFACE) iface_arg(a);
        else scan(a);
    }
}

/* ---- interface parameters ------------------------------------------------- */

static bool is_map_index(CsNode *n)
{
    n = unparen(n);
    return n->kind == CS_ND_INDEX && kind_of(n->expr->ty) == CS_TY_MAP;
}

/* lhs is a place assigned to: a map element keyed by an interface
 * parameter stores that key in the map. */
static void stored(CsNode *lhs)
{
    if (lhs && is_map_index(lhs) && own_iface_param(unparen(lhs)->index)) leak(unparen(lhs)->index->sym);
}

static void stored_list(CsNode *lhs)
{
    for (; lhs; lhs = lhs->next) stored(lhs);
}

/* An operand of == or !=: interface parameters are only compared, slice
 * parameters only with nil. */
static void compared(CsNode *n)
{
    if (!own_iface_param(n) && !own_slice_param(n)) scan(n);
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
    else if (n->sym && n->sym->kind == CS_SYM_FUNC && n->sym->recv_type && kind_of(n->expr->ty) != CS_TY_PTR &&
             kind_of(n->expr->ty) != CS_TY_SLICE && kind_of(n->expr->ty) != CS_TY_FUNC)
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
        if (n->kind == CS_ND_STAR || is_array_index(n) || is_param_elem(n)) place(n);
        else { scan(n->expr); if (!is_map_index(n)) scan(n->index); else iface_arg(n->index); }
        return;
    case CS_ND_BINARY:
        if ((n->op == CS_OP_EQ || n->op == CS_OP_NE) && ptr_or_nil(n->lhs) && ptr_or_nil(n->rhs)) {
            safe_arg(n->lhs); safe_arg(n->rhs);
        } else if (n->op == CS_OP_EQ || n->op == CS_OP_NE) {
            compared(n->lhs); compared(n->rhs);
        } else {
            scan(n->lhs); scan(n->rhs);
        }
        return;
    case CS_ND_TYPEASSERT:          /* to a non-interface type: a copy or the data word */
        if (n->type && kind_of(n->ty) != CS_TY_INTERFACE && own_iface_param(n->expr)) return;
        scan(n->expr);
        return;
    case CS_ND_ASSIGN:
        stored_list(n->lhs);
        scan_children(n);
        return;
    case CS_ND_INCDEC:
        stored(n->expr);
        scan(n->expr);
        return;
    case CS_ND_CALL: call(n, false); return;
    case CS_ND_RANGE:               /* over an array pointer: its elements, read */
        if (kind_of(n->expr->ty) == CS_TY_PTR || own_slice_param(n->expr)) place(n->expr);
        else scan(n->expr);
        stored(n->key); stored(n->value);
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
