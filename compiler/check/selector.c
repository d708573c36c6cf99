/* Selectors x.f: package members (fmt.Println), fields and methods with
 * promotion through embedded fields, method values and method
 * expressions (T.M, (*T).M).
 *
 * Annotations: sym is the package member or the method's FUNC symbol (NULL
 * for fields); field_path/field_depth list the embedded fields walked and,
 * for a field, the field itself; implicit_deref is set when x is a pointer
 * that is dereferenced to reach the field or a value-receiver method;
 * implicit_addr when a pointer-receiver method is selected on an
 * addressable value (x's address is then taken: escape analysis sees it).
 */
#include <ctype.h>
#include <string.h>
#include "check.h"

static void pkg_member(Checker *c, CsNode *n, CsSym *pkgsym)
{
    CsPackage *p = pkgsym->imported;
    pkgsym->used = true;
    n->expr->mode = CS_MODE_PKG;
    n->expr->sym = pkgsym;
    CsSym *s = p->scope ? cs_scope_lookup_local(p->scope, n->name) : NULL;
    if (!s) {
        cs_check_errorf(n->pos, "undefined: %s.%s", pkgsym->name, n->name);
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (!isupper((unsigned char)n->name[0])) {
        cs_check_errorf(n->pos, "name %s not exported by package %s", n->name, p->name);
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->sym = s;
    switch (s->kind) {
    case CS_SYM_CONST: n->mode = CS_MODE_VALUE; n->ty = s->type; n->cv = s->cv; break;
    case CS_SYM_TYPE: n->mode = CS_MODE_TYPE; n->ty = s->type; break;
    case CS_SYM_VAR: n->mode = CS_MODE_VAR; n->ty = s->type; break;
    case CS_SYM_FUNC: n->mode = CS_MODE_VALUE; n->ty = s->type; break;
    default: n->mode = CS_MODE_INVALID; break;
    }
    if (!n->ty && n->mode != CS_MODE_INVALID) n->mode = CS_MODE_INVALID;
}

/* gc's hint when the name exists with its first letter's case flipped:
 * ", but does have X" (p.x on a struct with field X). */
static const char *case_hint(Checker *c, CsType *t, const char *name)
{
    if (!isalpha((unsigned char)name[0])) return "";
    char *alt = cs_check_sprintf("%s", name);
    alt[0] = (char)(isupper((unsigned char)alt[0]) ? tolower((unsigned char)alt[0]) : toupper((unsigned char)alt[0]));
    Lookup lk = cs_lookup(c, t, alt, c->pkg);
    return lk.kind == LK_FIELD || lk.kind == LK_METHOD ? cs_check_sprintf(", but does have %s", alt) : "";
}

static void undefined(Checker *c, CsNode *n, CsType *t, bool too_deep)
{
    CsType *u = cs_type_underlying(t);
    if (u && u->kind == CS_TY_PTR && cs_type_is_interface(u->elem))
        cs_check_errorf(n->pos, "%s undefined (type %s is pointer to interface, not interface)",
                        cs_expr_string(n), cs_type_str(t, c->pkg));
    else if (too_deep)
        cs_check_errorf(n->pos, "%s undefined (type %s: embedding deeper than %d levels is not supported)",
                        cs_expr_string(n), cs_type_str(t, c->pkg), CS_FIELD_PATH_MAX - 1);
    else
        cs_check_errorf(n->pos, "%s undefined (type %s has no field or method %s%s)", cs_expr_string(n),
                        cs_type_str(t, c->pkg), n->name, case_hint(c, t, n->name));
    n->mode = CS_MODE_INVALID;
}

static int *path_copy(const int *path, int depth)
{
    int *p = cs_check_alloc(sizeof(int) * (size_t)(depth > 0 ? depth : 1));
    memcpy(p, path, sizeof(int) * (size_t)depth);
    return p;
}

/* T.M or (*T).M: a function taking the receiver first. */
static void method_expr(Checker *c, CsNode *n, CsType *t)
{
    Lookup lk = cs_lookup(c, t, n->name, c->pkg);
    if (lk.kind != LK_METHOD) {
        cs_check_errorf(n->pos, "%s undefined (type %s has no method %s)", cs_expr_string(n),
                        cs_type_str(t, c->pkg), n->name);
        n->mode = CS_MODE_INVALID;
        return;
    }
    CsType *sig = cs_method_sig(c, lk.method);
    if (!sig) { n->mode = CS_MODE_INVALID; return; }
    if (lk.method->ptr_recv && !lk.indirect && !cs_type_is_interface(t)) {
        cs_check_errorf(n->pos, "cannot call pointer method %s on %s", n->name, cs_type_str(t, c->pkg));
        n->mode = CS_MODE_INVALID;
        return;
    }
    CsType **ps = cs_check_alloc(sizeof(CsType *) * (sig->nparams + 1));
    ps[0] = t;
    for (int i = 0; i < sig->nparams; i++) ps[i + 1] = sig->params[i];
    n->sym = lk.method->func;
    if (n->sym) cs_decl_use(c, n->sym);
    n->field_path = path_copy(lk.path, lk.depth);
    n->field_depth = lk.depth;
    n->mode = CS_MODE_VALUE;
    n->ty = cs_type_func(ps, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
}

void cs_check_selector(Checker *c, CsNode *n, bool allow_type)
{
    CsNode *x = n->expr;
    if (x->kind == CS_ND_IDENT) {
        CsSym *s = cs_scope_lookup(c->scope, x->name);
        if (s && s->kind == CS_SYM_PKG) { pkg_member(c, n, s); return; }
    }
    cs_check_expr_raw(c, x, NULL, true);
    if (x->mode == CS_MODE_INVALID) { n->mode = CS_MODE_INVALID; return; }
    if (x->mode == CS_MODE_TYPE) { method_expr(c, n, x->ty); return; }
    if (x->mode == CS_MODE_COMMAOK) x->mode = CS_MODE_VALUE;
    if (x->mode != CS_MODE_VAR && x->mode != CS_MODE_VALUE && x->mode != CS_MODE_MAPINDEX) {
        cs_check_expr(c, x);   /* reports the misuse */
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (x->ty->kind == CS_TY_TUPLE) {
        cs_check_errorf(SP(x), "multiple-value %s (value of type %s) in single-value context", cs_expr_string(x),
                        cs_type_str(x->ty, c->pkg));
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (cs_type_is_untyped(x->ty)) cs_check_convert_untyped(c, x, NULL);
    CsType *t = x->ty;
    Lookup lk = cs_lookup(c, t, n->name, c->pkg);
    if (lk.kind == LK_AMBIGUOUS) {
        cs_check_errorf(SP(n), "ambiguous selector %s", cs_expr_string(n));
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (lk.kind == LK_NONE) {
        undefined(c, n, t, lk.too_deep);
        return;
    }
    CsType *u = cs_type_underlying(t);
    bool xptr = u && u->kind == CS_TY_PTR;
    n->field_path = path_copy(lk.path, lk.depth);
    if (lk.kind == LK_FIELD) {
        n->field_depth = lk.depth;
        n->implicit_deref = xptr;
        n->mode = (x->mode == CS_MODE_VAR || lk.indirect) ? CS_MODE_VAR : CS_MODE_VALUE;
        n->ty = lk.field->type;
        return;
    }
    /* a method */
    n->field_depth = lk.depth;
    CsType *sig = cs_method_sig(c, lk.method);
    if (!sig) { n->mode = CS_MODE_INVALID; return; }
    n->sym = lk.method->func;
    if (n->sym) cs_decl_use(c, n->sym);     /* init order follows method calls too */
    if (lk.method->ptr_recv && !lk.indirect) {
        if (x->mode != CS_MODE_VAR) {
            cs_check_errorf(n->pos, "cannot call pointer method %s on %s", n->name, cs_type_str(t, c->pkg));
            n->mode = CS_MODE_INVALID;
            return;
        }
        n->implicit_addr = true;
        /* &x for the receiver: the variable (or the struct holding the field) escapes */
        CsSym *v = cs_check_var_of(x);
        if (v) v->addr_taken = true;
    } else if (!lk.method->ptr_recv && xptr && !cs_type_is_interface(lk.recv)) {
        n->implicit_deref = true;
    }
    n->mode = CS_MODE_VALUE;
    n->ty = sig;
}
