/* gen_order.c: gc's order of evaluation inside one expression or statement.
 *
 * The spec fixes only the order of calls, method calls, receives and the
 * operators && and ||; csc's rule is to do what gc does (Go 1.19's
 * cmd/compile/internal/walk/order.go). gc first evaluates, left to right
 * and operands before their parent, the parts of an expression that are
 * calls or behave like them into temporaries: calls, receives, len and
 * cap, append, copy, make, new, recover, slicing, []byte(s) and []rune(s),
 * x && y and x || y as a whole, type assertions to non-pointer-shaped
 * types, map literals, and a few operands that its runtime takes by
 * address (an operand boxed into an interface or compared as a struct or
 * array, a map key of a "slow" key type) when they are not addressable or
 * are a local variable. The rest of the expression (variables, field
 * selections, indexing, arithmetic) is evaluated afterwards, so in
 * fmt.Println(s[len(s)-1], shrink()) len(s) is read before shrink runs
 * and s after.
 *
 * csc does the same, but only where an expression contains a call or a
 * receive (otherwise nothing but the order of two panics is observable,
 * and the C stays as it was). An order scope walks the expression in gc's
 * order, evaluates each such part into a temporary (C text in the scope's
 * `pre`) and overrides the part's node with the temporary's name; the
 * expression is then generated as usual and only reads. While a scope is
 * open (cs_gen_ordering) nested expressions open none of their own; the
 * right operand of && and ||, a map literal's entries and every statement
 * (closure bodies) are evaluated on their own and get fresh scopes.
 *
 * Invariant: every C text generated inside a scope evaluates no call or
 * receive except through a temporary of the scope's `pre` or of a fresh
 * scope nested in a part evaluated there, so C's unspecified operand
 * order never shows.
 */
#include <string.h>
#include "gen_int.h"

static bool ordering;

bool cs_gen_ordering(void)
{
    return ordering;
}

void cs_gen_order_begin(GenOrder *o)
{
    o->pre = (CsBuf){0};
    o->mark = cs_gen_override_mark();
    o->was_ordering = ordering;
    ordering = true;
}

void cs_gen_order_end(GenOrder *o)
{
    cs_gen_override_restore(o->mark);
    ordering = o->was_ordering;
}

bool cs_gen_order_suspend(void)
{
    bool was = ordering;
    ordering = false;
    return was;
}

void cs_gen_order_resume(bool was)
{
    ordering = was;
}

const char *cs_gen_expr_alone(CsNode *n)
{
    bool was = cs_gen_order_suspend();
    const char *c = cs_gen_expr(n);
    cs_gen_order_resume(was);
    return c;
}

/* ---- what gc evaluates first ------------------------------------------------- */

static bool is_string_type(CsType *t)
{
    CsTypeKind k = cs_gen_under(t)->kind;
    return k == CS_TY_STRING || k == CS_TY_UNTYPED_STRING;
}

/* Is the type pointer-shaped, stored in an interface's data word
 * (gc's types.IsDirectIface)? */
static bool direct_iface(CsType *t)
{
    t = cs_gen_under(t);
    switch (t->kind) {
    case CS_TY_PTR: case CS_TY_MAP: case CS_TY_CHAN: case CS_TY_FUNC: case CS_TY_UNSAFEPTR:
        return true;
    case CS_TY_ARRAY:
        return t->len == 1 && direct_iface(t->elem);
    case CS_TY_STRUCT:
        return t->nfields == 1 && direct_iface(t->fields[0].type);
    default:
        return false;
    }
}

/* Does gc evaluate n into a temporary of its own (order.go's copyExpr
 * cases)? n is not a constant. */
static bool evaluated_first(CsNode *n)
{
    switch (n->kind) {
    case CS_ND_CALL:
        if (n->is_conversion)   /* []byte(s), []rune(s) */
            return cs_gen_under(n->ty)->kind == CS_TY_SLICE && n->list && is_string_type(n->list->ty);
        switch (n->builtin) {
        case CS_BI_NONE:
            return n->mode != CS_MODE_NOVALUE && n->ty && n->ty->kind != CS_TY_TUPLE;
        case CS_BI_LEN: case CS_BI_CAP: case CS_BI_APPEND: case CS_BI_COPY: case CS_BI_MAKE:
        case CS_BI_NEW: case CS_BI_RECOVER:
            return true;
        default:
            return false;
        }
    case CS_ND_SLICE:
        return true;
    case CS_ND_UNARY:
        return n->op == CS_OP_RECV;
    case CS_ND_BINARY:
        return n->op == CS_OP_LAND || n->op == CS_OP_LOR;
    case CS_ND_TYPEASSERT:
        return !direct_iface(n->ty);
    case CS_ND_COMPOSITE:
        return cs_gen_under(n->ty)->kind == CS_TY_MAP;
    default:
        return false;
    }
}

/* Is n addressable in gc's sense (ir.IsAddressable), counting the parts
 * evaluated first as the temporaries they become? */
static bool addressable(CsNode *n)
{
    n = cs_gen_unparen(n);
    if (evaluated_first(n))
        return true;
    switch (n->kind) {
    case CS_ND_IDENT:
        return n->sym && n->sym->kind == CS_SYM_VAR;
    case CS_ND_STAR:
        return true;
    case CS_ND_SELECTOR:
        if (n->expr->mode == CS_MODE_PKG)
            return n->sym && n->sym->kind == CS_SYM_VAR;
        if (n->sym && n->sym->kind == CS_SYM_FUNC)
            return false;
        return n->field_depth > 0 || cs_gen_under(n->expr->ty)->kind == CS_TY_PTR || addressable(n->expr);
    case CS_ND_INDEX:
        switch (cs_gen_under(n->expr->ty)->kind) {
        case CS_TY_SLICE: case CS_TY_PTR: return true;
        case CS_TY_ARRAY: return addressable(n->expr);
        default: return false;     /* strings, maps */
        }
    default:
        return false;
    }
}

/* May gc hand n's address to its runtime as is (order.go's isaddrokay):
 * addressable and not a local variable? */
static bool addr_okay(CsNode *n)
{
    CsNode *u = cs_gen_unparen(n);
    if (u->kind == CS_ND_IDENT)
        return u->sym && u->sym->kind == CS_SYM_VAR && u->sym->global;
    return addressable(u);
}

/* Does gc box a value of type t into an interface through its address
 * (convT, convTnoptr: not 2-, 4- or 8-byte plain data, not a lone string
 * or slice)? */
static bool boxed_by_addr(CsType *t)
{
    t = cs_gen_under(t);
    switch (t->kind) {
    case CS_TY_BOOL: case CS_TY_INT8: case CS_TY_UINT8: case CS_TY_UNSAFEPTR:
    case CS_TY_PTR: case CS_TY_MAP: case CS_TY_CHAN: case CS_TY_FUNC:
        return true;
    case CS_TY_STRUCT:
        return t->nfields != 1 || boxed_by_addr(t->fields[0].type);
    case CS_TY_ARRAY:
        return t->len != 1 || boxed_by_addr(t->elem);
    default:        /* 2-, 4- and 8-byte numbers, strings, slices, interfaces */
        return false;
    }
}

/* Size of a type compared as plain memory without padding, else -1. */
static int64_t plain_size(CsType *t)
{
    t = cs_gen_under(t);
    switch (t->kind) {
    case CS_TY_INT8: case CS_TY_UINT8: return 1;
    case CS_TY_INT16: case CS_TY_UINT16: return 2;
    case CS_TY_INT32: case CS_TY_UINT32: return 4;
    case CS_TY_INT: case CS_TY_INT64: case CS_TY_UINT: case CS_TY_UINT64: case CS_TY_UINTPTR:
    case CS_TY_PTR: case CS_TY_CHAN: case CS_TY_UNSAFEPTR:
        return 8;
    case CS_TY_ARRAY: {
        int64_t e = plain_size(t->elem);
        return e < 0 ? -1 : e * t->len;
    }
    case CS_TY_STRUCT: {
        int64_t off = 0;
        for (int i = 0; i < t->nfields; i++) {
            int64_t f = plain_size(t->fields[i].type);
            if (f < 0 || (f && off % (f >= 8 ? 8 : f)))
                return -1;
            off += f;
        }
        return off;
    }
    default:
        return -1;
    }
}

/* How gc's order pass treats the key of m[k], m of type mt
 * (order.go's mapKeyTemp). */
typedef enum {
    KEY_AS_IS,          /* string, 4- or 8-byte integer, pointer: passed by value */
    KEY_BY_ADDR,        /* other keys (gc's mapslow): copied unless addr_okay */
    KEY_COPIED,         /* other 4- or 8-byte plain keys: copied into an integer */
} KeyUse;

static KeyUse key_use(CsType *mt)
{
    CsType *k = cs_gen_under(cs_gen_under(mt)->key);
    switch (k->kind) {
    case CS_TY_STRING: case CS_TY_INT32: case CS_TY_UINT32: case CS_TY_INT: case CS_TY_INT64:
    case CS_TY_UINT: case CS_TY_UINT64: case CS_TY_UINTPTR: case CS_TY_PTR: case CS_TY_CHAN:
    case CS_TY_UNSAFEPTR:
        return KEY_AS_IS;
    default: {
        int64_t size = plain_size(k);      /* the element size limit is not modelled */
        return size == 4 || size == 8 ? KEY_COPIED : KEY_BY_ADDR;
    }
    }
}

/* ---- the walk ------------------------------------------------------------------ */

/* Evaluates n into a temporary now; n reads as the temporary from here on. */
static void spill(GenOrder *o, CsNode *n)
{
    CsType *t = n->ty;
    if (t->kind >= CS_TY_UNTYPED_BOOL && t->kind <= CS_TY_UNTYPED_STRING)
        t = cs_type_default(t);
    const char *tmp = cs_gen_temp();
    cs_buf_printf(&o->pre, "%s = %s; ", cs_gen_decl(t, tmp), cs_gen_expr(n));
    cs_gen_override(n, tmp);
}

static void walk(GenOrder *o, CsNode *n, CsType *to);

/* Operand n of a node that needs its address (map key, struct compare). */
static void walk_by_addr(GenOrder *o, CsNode *n, CsType *to)
{
    walk(o, n, to);
    if (!n->cv && !addr_okay(n))
        spill(o, cs_gen_unparen(n));
}

/* Key k of a map of type mt (m[k], delete(m, k)). */
static void walk_key(GenOrder *o, CsNode *k, CsType *mt)
{
    KeyUse use = key_use(mt);
    if (use == KEY_BY_ADDR) {
        walk_by_addr(o, k, cs_gen_under(mt)->key);
        return;
    }
    walk(o, k, cs_gen_under(mt)->key);
    if (use == KEY_COPIED && !k->cv && !cs_gen_is_overridden(cs_gen_unparen(k)))
        spill(o, cs_gen_unparen(k));
}

static void walk_call(GenOrder *o, CsNode *n)
{
    CsNode *a = n->list;
    if (n->is_conversion) {
        walk(o, a, n->ty);
        return;
    }
    if (n->builtin) {
        CsType *u = a ? cs_gen_under(a->ty) : NULL;
        if (n->builtin == CS_BI_DELETE) {
            walk(o, a, NULL);
            walk_key(o, a->next, u);
            return;
        }
        if (n->builtin == CS_BI_APPEND && a) {
            walk(o, a, NULL);
            if (cs_gen_is_append_of_make(n)) {
                walk(o, a->next->list->next, NULL);
                return;
            }
            CsType *elem = n->has_ellipsis ? NULL : cs_gen_under(n->ty)->elem;
            for (a = a->next; a; a = a->next)
                walk(o, a, elem);
            return;
        }
        for (; a; a = a->next)
            walk(o, a, n->builtin == CS_BI_PANIC ? cs_ty_any : NULL);
        return;
    }
    CsNode *callee = cs_gen_unparen(n->expr);
    if (callee->kind == CS_ND_SELECTOR && callee->expr->mode != CS_MODE_PKG &&
        callee->expr->mode != CS_MODE_TYPE && callee->sym && callee->sym->kind == CS_SYM_FUNC)
        walk(o, callee->expr, NULL);            /* the receiver */
    else if (!(callee->sym && callee->sym->kind == CS_SYM_FUNC))
        walk(o, callee, NULL);                  /* a func value */
    CsType *sig = cs_gen_under(callee->ty);
    int np = sig->nparams, i = 0;
    for (; a; a = a->next, i++) {
        bool multi = a->ty && a->ty->kind == CS_TY_TUPLE;      /* f(g()), g with several results */
        CsType *pt = NULL;
        if (!multi && sig->variadic && i >= np - 1 && !n->has_ellipsis)
            pt = cs_gen_under(sig->params[np - 1])->elem;
        else if (!multi && i < np)
            pt = sig->params[i];
        walk(o, a, pt);
    }
}

static void walk_composite(GenOrder *o, CsNode *n)
{
    CsType *u = cs_gen_under(n->ty);
    if (u->kind == CS_TY_PTR)       /* elided &T{...} */
        u = cs_gen_under(u->elem);
    if (u->kind == CS_TY_MAP)       /* its entries are stored one by one */
        return;
    int i = 0;
    for (CsNode *e = n->list; e; e = e->next, i++) {
        CsNode *v = e->kind == CS_ND_KEYVALUE ? e->rhs : e;
        CsType *t = u->elem;
        if (u->kind == CS_TY_STRUCT) {
            int f = i;
            if (e->kind == CS_ND_KEYVALUE)
                for (f = 0; f < u->nfields && strcmp(u->fields[f].name, e->lhs->name) != 0; f++)
                    ;
            t = f < u->nfields ? u->fields[f].type : NULL;
        }
        walk(o, v, t);
    }
}

static void walk_binary(GenOrder *o, CsNode *n)
{
    if (n->op == CS_OP_LAND || n->op == CS_OP_LOR) {
        walk(o, n->lhs, NULL);      /* the right operand is evaluated on its own */
        return;
    }
    bool cmp = n->op == CS_OP_EQ || n->op == CS_OP_NE || n->op == CS_OP_LT || n->op == CS_OP_LE ||
               n->op == CS_OP_GT || n->op == CS_OP_GE;
    if (!cmp) {
        walk(o, n->lhs, NULL);
        walk(o, n->rhs, NULL);
        return;
    }
    CsType *t = cs_gen_is_iface(n->rhs->ty) ? n->rhs->ty : n->lhs->ty;
    CsTypeKind k = cs_gen_under(t)->kind;
    if (k == CS_TY_STRUCT || k == CS_TY_ARRAY) {
        walk_by_addr(o, n->lhs, NULL);
        walk_by_addr(o, n->rhs, NULL);
        return;
    }
    walk(o, n->lhs, t);
    walk(o, n->rhs, t);
}

/* Walks n's operands in gc's order (order.go's expr1), evaluating those
 * gc evaluates first. */
static void walk_operands(GenOrder *o, CsNode *n)
{
    switch (n->kind) {
    case CS_ND_CALL:
        walk_call(o, n);
        break;
    case CS_ND_SLICE: {
        walk(o, n->expr, NULL);
        CsNode *bounds[3] = {n->lo, n->hi, n->max};
        for (int i = 0; i < 3; i++) {   /* gc's cheapExpr on each bound */
            if (!bounds[i])
                continue;
            walk(o, bounds[i], NULL);
            CsNode *b = cs_gen_unparen(bounds[i]);
            if (!b->cv && b->kind != CS_ND_IDENT && !evaluated_first(b))
                spill(o, b);
        }
        break;
    }
    case CS_ND_INDEX: {
        walk(o, n->expr, NULL);
        CsType *xt = cs_gen_under(n->expr->ty);
        if (xt->kind == CS_TY_MAP)
            walk_key(o, n->index, xt);
        else
            walk(o, n->index, NULL);
        break;
    }
    case CS_ND_SELECTOR:
        if (n->expr->mode != CS_MODE_PKG)
            walk(o, n->expr, NULL);
        break;
    case CS_ND_STAR: case CS_ND_UNARY: case CS_ND_TYPEASSERT:
        walk(o, n->expr, NULL);
        break;
    case CS_ND_BINARY:
        walk_binary(o, n);
        break;
    case CS_ND_COMPOSITE:
        walk_composite(o, n);
        break;
    default:        /* identifiers, function literals */
        break;
    }
}

/* Walks n's operands, then evaluates n itself now where gc does; `to` is
 * the type n is converted to (an interface boxes n), or NULL. */
static void walk(GenOrder *o, CsNode *n, CsType *to)
{
    if (!n || n->cv || n->mode == CS_MODE_TYPE || cs_gen_is_overridden(n))
        return;     /* constant, or evaluated already */
    if (n->kind == CS_ND_PAREN) {
        walk(o, n->expr, to);
        return;
    }
    walk_operands(o, n);
    if (evaluated_first(n))
        spill(o, n);
    else if (to && cs_gen_is_iface(to) && !cs_gen_is_iface(n->ty) && n->ty->kind != CS_TY_UNTYPED_NIL &&
             boxed_by_addr(n->ty->kind >= CS_TY_UNTYPED_BOOL ? cs_type_default(n->ty) : n->ty) &&
             !addr_okay(n))
        spill(o, n);
}

void cs_gen_order_operands(GenOrder *o, CsNode *n)
{
    n = cs_gen_unparen(n);
    if (!n->cv && !cs_gen_is_overridden(n))
        walk_operands(o, n);
}

void cs_gen_order_value(GenOrder *o, CsNode *n, CsType *to)
{
    walk(o, n, to);
}
