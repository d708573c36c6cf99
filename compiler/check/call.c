/* Calls and conversions.
 *
 * A CALL is a conversion when its function is a type (is_conversion), a
 * built-in call when it names a builtin (builtin.c sets n->builtin), and
 * otherwise a call of a func value; is_method_call marks x.M(...) with M a
 * method (then the SELECTOR carries the receiver handling). f(g()) with a
 * multi-value g spreads g's results over f's parameters. The call's `ty` is
 * the single result, a TUPLE for several, and mode NOVALUE for none.
 */
#include <string.h>
#include "check.h"

static CsType *under(CsType *t) { return cs_type_underlying(t); }

static bool is_bytes_or_runes(CsType *t)
{
    CsType *u = under(t);
    if (!u || u->kind != CS_TY_SLICE) return false;
    CsType *e = under(u->elem);
    return e->kind == CS_TY_UINT8 || e->kind == CS_TY_INT32;
}

static bool convertible(Checker *c, CsNode *x, CsType *t)
{
    if (cs_assignable_to(c, x, t, NULL)) return true;
    CsType *v = x->ty, *vu = under(v), *tu = under(t);
    if (!vu || !tu) return false;
    if (cs_type_identical_ignore_tags(vu, tu)) return true;
    if (vu->kind == CS_TY_PTR && tu->kind == CS_TY_PTR && v->kind != CS_TY_NAMED && t->kind != CS_TY_NAMED &&
        cs_type_identical_ignore_tags(under(vu->elem), under(tu->elem)))
        return true;
    if (cs_type_is_numeric(vu) && cs_type_is_numeric(tu)) return true;
    if (cs_type_is_string(tu) && (cs_type_is_integer(vu) || is_bytes_or_runes(vu))) return true;
    if (cs_type_is_string(vu) && is_bytes_or_runes(tu)) return true;
    if (vu->kind == CS_TY_SLICE && tu->kind == CS_TY_PTR && under(tu->elem)->kind == CS_TY_ARRAY &&
        under(tu->elem)->elem == vu->elem)
        return true;
    return false;
}

static const char *utf8(int64_t r, int *len)
{
    static char b[5];
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) { b[0] = r; *len = 1; }
    else if (r < 0x800) { b[0] = 0xC0 | (r >> 6); b[1] = 0x80 | (r & 0x3F); *len = 2; }
    else if (r < 0x10000) { b[0] = 0xE0 | (r >> 12); b[1] = 0x80 | ((r >> 6) & 0x3F); b[2] = 0x80 | (r & 0x3F); *len = 3; }
    else { b[0] = 0xF0 | (r >> 18); b[1] = 0x80 | ((r >> 12) & 0x3F); b[2] = 0x80 | ((r >> 6) & 0x3F); b[3] = 0x80 | (r & 0x3F); *len = 4; }
    return b;
}

void cs_check_conversion(Checker *c, CsNode *n, CsType *t)
{
    CsNode *x = n->list;
    n->is_conversion = true;
    cs_check_expr_hint(c, x, t);
    if (x->mode == CS_MODE_INVALID) { n->mode = CS_MODE_INVALID; return; }
    CsType *tu = under(t);
    bool const_target = tu && tu->kind >= CS_TY_BOOL && tu->kind <= CS_TY_STRING;
    if (x->cv && const_target) {
        CsConst *v = NULL;
        if (cs_type_is_string(tu) && cs_type_is_integer(x->ty) && x->cv->kind == CS_CV_INT) {
            int len;
            int64_t r = x->cv->i > 0x7fffffff || x->cv->i < 0 ? 0xFFFD : (int64_t)x->cv->i;
            const char *s = utf8(r, &len);
            v = cs_const_string(s, len);
            if (cs_type_is_untyped(x->ty)) cs_check_convert_untyped(c, x, NULL);
        } else if ((cs_type_is_numeric(tu) && cs_type_is_numeric(x->ty)) ||
                   (cs_type_is_string(tu) && cs_type_is_string(x->ty)) ||
                   (cs_type_is_boolean(tu) && cs_type_is_boolean(x->ty))) {
            /* constants must be representable in the target type */
            v = cs_const_represent(x->cv, t, NULL);
            if (!v) {
                cs_check_errorf(SP(x), "cannot convert %s to type %s", cs_operand_string(c, x),
                                cs_type_str_as(c, t, n->expr));
                n->mode = CS_MODE_INVALID;
                return;
            }
            if (cs_type_is_untyped(x->ty)) {
                x->ty = t;
                x->cv = v;
            }
        }
        if (v) {
            n->mode = CS_MODE_VALUE;
            n->ty = t;
            n->cv = v;
            return;
        }
    }
    const char *xs = cs_operand_string(c, x);   /* before any implicit conversion */
    if (cs_type_is_untyped(x->ty)) {
        if (x->ty->kind == CS_TY_UNTYPED_NIL) {
            if (!cs_type_has_nil(t)) {
                cs_check_errorf(SP(x), "cannot convert nil to type %s", cs_type_str(t, c->pkg));
                n->mode = CS_MODE_INVALID;
                return;
            }
            x->ty = t;
        } else if (cs_type_is_interface(t) || !x->cv) {
            if (!cs_check_convert_untyped(c, x, cs_type_is_interface(t) ? NULL : t)) {
                n->mode = CS_MODE_INVALID;
                return;
            }
        } else {
            /* constant to a non-basic type, e.g. []byte("x") */
            cs_check_convert_untyped(c, x, NULL);
        }
    }
    if (!convertible(c, x, t)) {
        cs_check_errorf(SP(x), "cannot convert %s to type %s", xs, cs_type_str_as(c, t, n->expr));
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->mode = CS_MODE_VALUE;
    n->ty = t;
}

static const char *func_name(CsNode *f)
{
    return cs_expr_string(f);
}

static void count_error(Checker *c, CsNode *n, CsPos at, bool few, CsType *sig, CsNode *args, int nargs,
                        CsType **tys)
{
    CsType **have = cs_check_alloc(sizeof(CsType *) * (nargs + 1));
    int k = 0;
    if (tys) { for (int i = 0; i < nargs; i++) have[k++] = tys[i]; }
    else
        for (CsNode *a = args; a; a = a->next) have[k++] = a->mode != CS_MODE_INVALID ? a->ty : NULL;
    cs_check_errorf(at, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many",
                    func_name(n->expr), cs_types_summary(c, have, k, false),
                    cs_types_summary(c, sig->params, sig->nparams, sig->variadic));
}

void cs_check_call(Checker *c, CsNode *n)
{
    CsNode *f = n->expr;
    cs_check_expr_raw(c, f, NULL, true);
    if (f->mode == CS_MODE_INVALID) {
        for (CsNode *a = n->list; a; a = a->next) cs_check_expr_raw(c, a, NULL, true);
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (f->mode == CS_MODE_TYPE) {
        int na = cs_ast_list_len(n->list);
        if (na != 1 || n->has_ellipsis) {
            for (CsNode *a = n->list; a; a = a->next) cs_check_expr(c, a);
            cs_check_errorf(n->rbrace.line ? n->rbrace : n->pos, "%s argument%s in conversion to %s",
                            na == 0 ? "missing" : "too many", na == 0 ? "" : "s", cs_type_str(f->ty, c->pkg));
            n->mode = CS_MODE_INVALID;
            return;
        }
        cs_check_conversion(c, n, f->ty);
        return;
    }
    if (f->mode == CS_MODE_BUILTIN) {
        n->builtin = f->builtin;
        cs_check_builtin(c, n, f->builtin);
        return;
    }
    if (f->mode == CS_MODE_COMMAOK) f->mode = CS_MODE_VALUE;
    if (f->mode == CS_MODE_PKG || f->mode == CS_MODE_NOVALUE || f->ty->kind == CS_TY_TUPLE) {
        cs_check_expr(c, f);
        n->mode = CS_MODE_INVALID;
        return;
    }
    CsType *sig = under(f->ty);
    if (!sig || sig->kind != CS_TY_FUNC) {
        for (CsNode *a = n->list; a; a = a->next) cs_check_expr(c, a);
        cs_check_errorf(SP(n), "invalid operation: cannot call non-function %s", cs_operand_string(c, f));
        n->mode = CS_MODE_INVALID;
        return;
    }
    CsNode *fx = f;
    while (fx->kind == CS_ND_PAREN) fx = fx->expr;
    if (fx->kind == CS_ND_SELECTOR && fx->sym && fx->sym->kind == CS_SYM_FUNC && fx->sym->recv_type &&
        fx->expr->mode != CS_MODE_TYPE) {
        n->is_method_call = true;
        n->implicit_addr = fx->implicit_addr;
    }
    /* arguments */
    int nargs = cs_ast_list_len(n->list);
    bool ok = true;
    if (nargs == 1 && !n->has_ellipsis) {
        CsNode *a = n->list;
        cs_check_multi(c, a);
        if (a->mode == CS_MODE_COMMAOK) a->mode = CS_MODE_VALUE;
        if (a->mode == CS_MODE_NOVALUE) {
            cs_check_errorf(SP(a), "%s (no value) used as value", cs_expr_string(a));
            a->mode = CS_MODE_INVALID;
        }
        if (a->mode != CS_MODE_INVALID && a->ty && a->ty->kind == CS_TY_TUPLE) {
            /* f(g()) */
            CsType *tt = a->ty;
            int np = sig->nparams;
            if ((!sig->variadic && tt->nparams != np) || (sig->variadic && tt->nparams < np - 1)) {
                count_error(c, n, SP(a), tt->nparams < np, sig, NULL, tt->nparams, tt->params);
                n->mode = CS_MODE_INVALID;
                return;
            }
            for (int i = 0; i < tt->nparams; i++) {
                CsType *pt = sig->variadic && i >= np - 1 ? sig->params[np - 1]->elem : sig->params[i];
                CsNode tmp = {.kind = CS_ND_BAD, .mode = CS_MODE_VALUE, .ty = tt->params[i], .pos = a->pos};
                const char *cause = NULL;
                if (!cs_assignable_to(c, &tmp, pt, &cause)) {
                    cs_check_errorf(SP(a), "cannot use %s (value of type %s) as %s value in argument to %s%s%s",
                                    cs_expr_string(a), cs_type_str(tt->params[i], c->pkg), cs_type_str(pt, c->pkg),
                                    func_name(f), cause ? ": " : "", cause ? cause : "");
                    ok = false;
                }
            }
            goto result;
        }
        if (a->mode == CS_MODE_INVALID) ok = false;
    } else {
        for (CsNode *a = n->list; a; a = a->next) {
            int i = 0;
            for (CsNode *b = n->list; b != a; b = b->next) i++;
            CsType *hint = NULL;
            if (i < sig->nparams) hint = sig->params[i];
            if (sig->variadic && i >= sig->nparams - 1 && !n->has_ellipsis) hint = sig->params[sig->nparams - 1]->elem;
            cs_check_expr_hint(c, a, hint);
            if (a->mode == CS_MODE_INVALID) ok = false;
        }
    }
    if (n->has_ellipsis && !sig->variadic) {
        cs_check_errorf(SP(n), "cannot use ... in call to non-variadic %s", func_name(f));
        n->mode = CS_MODE_INVALID;
        return;
    }
    {
        int np = sig->nparams;
        bool few = sig->variadic && !n->has_ellipsis ? nargs < np - 1 : nargs < np;
        bool many = sig->variadic && !n->has_ellipsis ? false : nargs > np;
        if (few || many) {
            CsNode *at = n->list;
            if (many) { for (int i = 0; i < np; i++) at = at->next; }
            else if (at) { while (at->next) at = at->next; }
            count_error(c, n, at ? SP(at) : SP(n), few, sig, n->list, nargs, NULL);
            n->mode = CS_MODE_INVALID;
            return;
        }
        int i = 0;
        for (CsNode *a = n->list; a; a = a->next, i++) {
            if (a->mode == CS_MODE_INVALID) continue;
            CsType *pt = sig->params[i < np ? i : np - 1];
            bool elem = sig->variadic && i >= np - 1 && !n->has_ellipsis;
            if (elem) pt = sig->params[np - 1]->elem;
            if (!cs_check_assignable_as(c, a, pt, cs_param_type_source(f, i < np ? i : np - 1, elem),
                                        cs_check_sprintf("argument to %s", func_name(f))))
                ok = false;
        }
    }
result:
    (void)ok;
    if (sig->nresults == 0) { n->mode = CS_MODE_NOVALUE; n->ty = NULL; }
    else if (sig->nresults == 1) { n->mode = CS_MODE_VALUE; n->ty = sig->results[0]; }
    else { n->mode = CS_MODE_VALUE; n->ty = cs_type_tuple(sig->results, sig->nresults); }
}
