/* Assignability, implicit conversion of untyped values, and the
 * statements and declarations that assign: =, op=, :=, var and const specs.
 *
 * cs_check_convert_untyped gives an untyped expression its final type and
 * pushes that type down through the non-constant untyped operators
 * (comparisons' results, shifts of untyped constants by a variable count,
 * &&, ||, !) so codegen never meets an untyped type. Constant nodes get
 * their value converted (cv) and need no descent.
 *
 * Counting rules of multi-assignments: n = n pairwise; n = 1 call with n
 * results; 2 = 1 comma-ok form (map index, type assertion, receive), whose
 * right-hand side is then marked CS_MODE_COMMAOK for codegen.
 */
#include <string.h>
#include "check.h"

static CsType *under(CsType *t) { return cs_type_underlying(t); }

static void set_type(CsNode *n, CsType *t)
{
    n->ty = t;
    if (n->cv) {
        CsConst *v = cs_const_represent(n->cv, t, NULL);
        if (v) n->cv = v;
        return;
    }
    switch (n->kind) {
    case CS_ND_PAREN: set_type(n->expr, t); break;
    case CS_ND_UNARY: if (n->op != CS_OP_RECV && n->op != CS_OP_ADDR) set_type(n->expr, t); break;
    case CS_ND_BINARY:
        if (n->op >= CS_OP_EQ && n->op <= CS_OP_GE) break;
        if (n->op == CS_OP_SHL || n->op == CS_OP_SHR) { set_type(n->lhs, t); break; }
        set_type(n->lhs, t);
        set_type(n->rhs, t);
        break;
    default: break;
    }
}

/* The non-constant shift of an untyped constant inside the untyped
 * non-constant expression n (through parentheses and arithmetic), which
 * takes the type n is converted to; NULL if there is none. */
static CsNode *untyped_shift(CsNode *n)
{
    if (!n || n->cv || !n->ty || !cs_type_is_untyped(n->ty))
        return NULL;
    switch (n->kind) {
    case CS_ND_PAREN:
        return untyped_shift(n->expr);
    case CS_ND_UNARY:
        return n->op == CS_OP_NEG || n->op == CS_OP_POS || n->op == CS_OP_BITNOT ? untyped_shift(n->expr) : NULL;
    case CS_ND_BINARY:
        if (n->op == CS_OP_SHL || n->op == CS_OP_SHR)
            return n;
        if (n->op >= CS_OP_LAND)
            return NULL;
        CsNode *s = untyped_shift(n->lhs);
        return s ? s : untyped_shift(n->rhs);
    default:
        return NULL;
    }
}

static bool convert(Checker *c, CsNode *n, CsType *t, const char *context)
{
    CsType *from = n->ty;
    if (!cs_type_is_untyped(from)) return true;
    if (!t) {
        if (from->kind == CS_TY_UNTYPED_NIL) {
            cs_check_errorf(SP(n), "use of untyped nil in %s", context ? context : "assignment");
            n->mode = CS_MODE_INVALID;
            return false;
        }
        t = cs_type_default(from);
    }
    CsType *u = under(t);
    if (!u) return false;
    if (u->kind == CS_TY_INTERFACE) {
        if (from->kind == CS_TY_UNTYPED_NIL) { n->ty = t; return true; }
        /* an untyped value assigned to an interface takes its default type */
        t = cs_type_default(from);
        u = t;
    }
    if (from->kind == CS_TY_UNTYPED_NIL) {
        if (!cs_type_has_nil(t)) goto mismatch;
        n->ty = t;
        return true;
    }
    bool ok = (cs_type_is_numeric(from) && cs_type_is_numeric(u)) || (cs_type_is_string(from) && cs_type_is_string(u)) ||
              (cs_type_is_boolean(from) && cs_type_is_boolean(u));
    if (!ok) goto mismatch;
    if (n->cv) {
        bool trunc = false;
        CsConst *v = cs_const_represent(n->cv, t, &trunc);
        if (!v) {
            const char *val = "";
            const char *es = cs_expr_string(n), *vs = cs_const_string_typed(n->cv, from);
            if (strcmp(es, vs)) val = cs_check_sprintf(" %s", vs);
            if (context)
                cs_check_errorf(SP(n), "cannot use %s (%s constant%s) as %s value in %s (%s)", es,
                                cs_type_str(from, c->pkg), val, cs_type_str_as(c, t, c->target_texpr), context,
                                trunc ? "truncated" : "overflows");
            /* an operand converted for an operator: gc names the basic type */
            else if (trunc)
                cs_check_errorf(SP(n), "%s (%s constant) truncated to %s", es, cs_type_str(from, c->pkg),
                                cs_type_str_as(c, u, c->target_texpr));
            else
                cs_check_errorf(SP(n), "%s (%s constant%s) overflows %s", es, cs_type_str(from, c->pkg), val,
                                cs_type_str_as(c, u, c->target_texpr));
            n->mode = CS_MODE_INVALID;
            return false;
        }
    } else if (from->kind != CS_TY_UNTYPED_BOOL && !cs_type_is_integer(u)) {
        CsNode *s = untyped_shift(n);
        if (s) {
            cs_check_errorf(SP(s), "invalid operation: %s (shift of type %s)", cs_expr_string(s),
                            cs_type_str_as(c, t, c->target_texpr));
            n->mode = CS_MODE_INVALID;
            return false;
        }
    }
    set_type(n, t);
    return true;
mismatch:
    if (context) {
        cs_check_errorf(SP(n), "cannot use %s as %s value in %s", cs_operand_string(c, n), cs_type_str_as(c, t, c->target_texpr),
                        context);
    } else {
        cs_check_errorf(SP(n), "cannot convert %s to %s", cs_operand_string(c, n), cs_type_str_as(c, t, c->target_texpr));
    }
    n->mode = CS_MODE_INVALID;
    return false;
}

bool cs_check_convert_untyped(Checker *c, CsNode *n, CsType *t)
{
    return convert(c, n, t, NULL);
}

bool cs_check_convert_untyped_in(Checker *c, CsNode *n, CsType *t, const char *context)
{
    return convert(c, n, t, context);
}

bool cs_assignable_to(Checker *c, CsNode *x, CsType *t, const char **cause)
{
    CsType *v = x->ty;
    if (cause) *cause = NULL;
    if (!v || !t) return false;
    if (v == t) return true;
    CsType *vu = under(v), *tu = under(t);
    if (!vu || !tu) return false;
    if (cs_type_is_untyped(v)) {
        if (v->kind == CS_TY_UNTYPED_NIL) return cs_type_has_nil(t);
        if (tu->kind == CS_TY_INTERFACE) return tu->nmethods == 0 || (v = cs_type_default(v), false);
        if (x->cv) return cs_const_represent(x->cv, t, NULL) != NULL;
        return (cs_type_is_boolean(v) && cs_type_is_boolean(tu)) || (cs_type_is_numeric(v) && cs_type_is_numeric(tu)) ||
               (cs_type_is_string(v) && cs_type_is_string(tu));
    }
    if (vu == tu && (!cs_type_is_named(v) || !cs_type_is_named(t))) return true;
    if (tu->kind == CS_TY_INTERFACE) {
        const char *missing; bool wp, wt;
        if (cs_implements(c, v, t, &missing, &wp, &wt)) return true;
        if (cause) {
            if (wp)
                *cause = cs_check_sprintf("%s does not implement %s (method %s has pointer receiver)",
                                          cs_type_str(v, c->pkg), cs_type_str(t, c->pkg), missing);
            else if (wt)
                *cause = cs_check_sprintf("%s does not implement %s (wrong type for method %s)%s",
                                          cs_type_str(v, c->pkg), cs_type_str(t, c->pkg), missing,
                                          cs_wrong_method_detail(c, v, t, missing));
            else
                *cause = cs_check_sprintf("%s does not implement %s (missing method %s)", cs_type_str(v, c->pkg),
                                          cs_type_str(t, c->pkg), missing);
        }
        return false;
    }
    if (vu->kind == CS_TY_CHAN && tu->kind == CS_TY_CHAN && vu->chandir == CS_CHAN_BOTH && vu->elem == tu->elem &&
        (!cs_type_is_named(v) || !cs_type_is_named(t)))
        return true;
    if (cause && vu->kind == CS_TY_INTERFACE) {
        const char *missing; bool wp, wt;
        if (cs_implements(c, t, v, &missing, &wp, &wt)) *cause = "need type assertion";
    }
    return false;
}

bool cs_check_assignable_as(Checker *c, CsNode *n, CsType *t, CsNode *texpr, const char *context)
{
    CsNode *saved = c->target_texpr;
    c->target_texpr = texpr;
    bool ok = cs_check_assignable(c, n, t, context);
    c->target_texpr = saved;
    return ok;
}

bool cs_check_assignable(Checker *c, CsNode *n, CsType *t, const char *context)
{
    if (n->mode == CS_MODE_INVALID || !t || t->kind == CS_TY_INVALID) return false;
    if (cs_type_is_untyped(n->ty)) {
        if (!convert(c, n, t, context)) return false;
    }
    const char *cause = NULL;
    if (cs_assignable_to(c, n, t, &cause)) return true;
    cs_check_errorf(SP(n), "cannot use %s as %s value in %s%s%s", cs_operand_string(c, n), cs_type_str_as(c, t, c->target_texpr),
                    context, cause ? ": " : "", cause ? cause : "");
    return false;
}

void cs_check_use_lhs(CsNode *lhs)
{
    for (CsNode *l = lhs; l; l = l->next) {
        CsNode *x = l;
        while (x->kind == CS_ND_PAREN) x = x->expr;
        if (x->kind == CS_ND_IDENT && x->sym && x->sym->kind == CS_SYM_VAR) x->sym->used = true;
    }
}

/* ---- right-hand sides --------------------------------------------------------- */
/* gc's "assignment mismatch": a lone call on the right is named by what it
 * calls ("but f returns 1 value"), whatever it calls. */
static void mismatch_error(CsNode *rhs, int nl, int nvals)
{
    CsNode *f = rhs;
    while (f->kind == CS_ND_PAREN) f = f->expr;
    if (!rhs->next && f->kind == CS_ND_CALL)
        cs_check_errorf(SP(rhs), "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
                        nl == 1 ? "" : "s", cs_expr_string(f->expr), nvals, nvals == 1 ? "" : "s");
    else
        cs_check_errorf(SP(rhs), "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s",
                        nvals, nvals == 1 ? "" : "s");
}

/* Checks the rhs list for nl receivers; fills types[] (nl entries) with the
 * value types or NULL on error. Returns false on a count mismatch (reported). */
static bool check_rhs(Checker *c, CsNode *rhs, int nl, CsType **types, CsType **hints, bool is_decl)
{
    int nr = cs_ast_list_len(rhs);
    if (nr == 1 && nl != 1) {
        cs_check_multi(c, rhs);
        if (rhs->mode == CS_MODE_INVALID) { for (int i = 0; i < nl; i++) types[i] = NULL; return true; }
        if (rhs->ty && rhs->ty->kind == CS_TY_TUPLE) {
            if (rhs->ty->nparams != nl) {
                mismatch_error(rhs, nl, rhs->ty->nparams);
                return false;
            }
            for (int i = 0; i < nl; i++) types[i] = rhs->ty->params[i];
            return true;
        }
        CsNode *r = rhs;
        while (r->kind == CS_ND_PAREN) r = r->expr;
        bool commaok = rhs->mode == CS_MODE_COMMAOK || rhs->mode == CS_MODE_MAPINDEX;
        if (nl == 2 && commaok) {
            rhs->mode = CS_MODE_COMMAOK;
            if (r != rhs) r->mode = CS_MODE_COMMAOK;
            types[0] = rhs->ty;
            types[1] = cs_type_basic(CS_TY_UNTYPED_BOOL);
            return true;
        }
        if (rhs->mode == CS_MODE_COMMAOK) rhs->mode = CS_MODE_VALUE;
        if (rhs->mode == CS_MODE_NOVALUE)
            cs_check_errorf(SP(rhs), "%s (no value) used as value", cs_expr_string(rhs));
        else
            mismatch_error(rhs, nl, 1);
        return false;
    }
    if (nr == 1 && nl == 1 && !is_decl) {
        cs_check_expr_raw(c, rhs, hints ? hints[0] : NULL, false);
        if (rhs->mode != CS_MODE_INVALID && rhs->ty && rhs->ty->kind == CS_TY_TUPLE) {
            mismatch_error(rhs, 1, rhs->ty->nparams);
            rhs->mode = CS_MODE_INVALID;
            types[0] = NULL;
            return false;
        }
        if (rhs->mode == CS_MODE_NOVALUE) {
            cs_check_errorf(SP(rhs), "%s (no value) used as value", cs_expr_string(rhs));
            rhs->mode = CS_MODE_INVALID;
        } else if (rhs->mode != CS_MODE_INVALID) {
            cs_check_single_value(c, rhs);
        }
        types[0] = rhs->mode == CS_MODE_INVALID ? NULL : rhs->ty;
        return true;
    }
    int i = 0;
    for (CsNode *r = rhs; r; r = r->next, i++) {
        cs_check_expr_hint(c, r, hints && i < nl ? hints[i] : NULL);
        if (i < nl) types[i] = r->mode == CS_MODE_INVALID ? NULL : r->ty;
    }
    if (nr != nl) {
        if (nr == 1 && nl == 1) return true;
        mismatch_error(rhs, nl, nr == 1 && rhs->ty && rhs->ty->kind == CS_TY_TUPLE ? rhs->ty->nparams : nr);
        return false;
    }
    return true;
}

/* Returns the rhs node for position i when the rhs list is pairwise. */
static CsNode *rhs_at(CsNode *rhs, int nl, int i)
{
    if (cs_ast_list_len(rhs) != nl) return NULL;
    for (; i > 0 && rhs; i--) rhs = rhs->next;
    return rhs;
}

bool cs_check_tuple_part(Checker *c, CsNode *call, CsType *t, CsType *want, const char *context)
{
    if (cs_type_is_untyped(t)) return true;  /* comma-ok bool */
    CsNode part = *call;
    part.mode = CS_MODE_VALUE;
    part.ty = t;
    return cs_check_assignable(c, &part, want, context);
}

/* Assigns the value at i (type t, node r or NULL for tuple parts of the
 * single right-hand side src) to lhs l. */
static void assign_var(Checker *c, CsNode *l, CsNode *r, CsNode *src, CsType *t, const char *context)
{
    if (!t) return;
    if (l->ty == NULL || l->mode == CS_MODE_INVALID) {
        /* the target was already reported: nil on the right is no second error */
        if (r && cs_type_is_untyped(r->ty) && r->ty->kind != CS_TY_UNTYPED_NIL)
            cs_check_convert_untyped(c, r, NULL);
        return;
    }
    if (r) {
        if (!cs_check_assignable_as(c, r, l->ty, cs_type_source(l), context)) cs_check_use_lhs(l);
        return;
    }
    if (cs_type_is_untyped(t)) {        /* comma-ok bool */
        if (!cs_type_is_boolean(l->ty))
            cs_check_errorf(SP(src), "cannot use %s (untyped bool value) as %s value in %s", cs_expr_string(src),
                            cs_type_str(l->ty, c->pkg), context);
        return;
    }
    cs_check_tuple_part(c, src, t, l->ty, context);
}

/* Checks an assignment target; returns false if it cannot be assigned. */
static void check_lhs(Checker *c, CsNode *l)
{
    CsNode *x = l;
    while (x->kind == CS_ND_PAREN) x = x->expr;
    if (x->kind == CS_ND_IDENT && !strcmp(x->name, "_")) {
        l->mode = CS_MODE_VAR;
        l->ty = NULL;
        x->mode = CS_MODE_VAR;
        return;
    }
    if (x->kind == CS_ND_IDENT) {
        cs_check_ident_lhs(c, x);
        if (x != l) { l->mode = x->mode; l->ty = x->ty; l->sym = x->sym; }
    } else {
        cs_check_expr(c, l);
    }
    if (l->mode == CS_MODE_INVALID) return;
    if (l->mode != CS_MODE_VAR && l->mode != CS_MODE_MAPINDEX) {
        CsNode *s = x;
        if (s->kind == CS_ND_SELECTOR && s->expr->mode == CS_MODE_MAPINDEX)
            cs_check_errorf(SP(l), "cannot assign to struct field %s in map", cs_expr_string(l));
        else if (x->kind == CS_ND_INDEX && cs_type_is_string(x->expr->ty))
            cs_check_errorf(SP(l), "cannot assign to %s (neither addressable nor a map index expression)", cs_expr_string(l));
        else
            cs_check_errorf(SP(l), "cannot assign to %s (neither addressable nor a map index expression)", cs_expr_string(l));
        l->mode = CS_MODE_INVALID;
    }
}

void cs_check_assign_stmt(Checker *c, CsNode *n)
{
    if (n->op != CS_OP_NONE) {
        /* x op= y */
        CsNode tmp = {.kind = CS_ND_BINARY, .op = n->op, .lhs = n->lhs, .rhs = n->rhs, .pos = n->pos,
                      .define = true};
        CsNode *save_next = n->lhs->next;
        n->lhs->next = NULL;
        cs_check_expr_raw(c, &tmp, NULL, false);
        n->lhs->next = save_next;
        if (tmp.mode == CS_MODE_INVALID) return;
        if (n->lhs->mode != CS_MODE_VAR && n->lhs->mode != CS_MODE_MAPINDEX) {
            cs_check_errorf(SP(n->lhs), "cannot assign to %s (neither addressable nor a map index expression)",
                            cs_expr_string(n->lhs));
            return;
        }
        if (cs_type_is_untyped(tmp.ty)) set_type(&tmp, n->lhs->ty);
        return;
    }
    int nl = cs_ast_list_len(n->lhs);
    CsType **types = cs_check_alloc(sizeof(CsType *) * (nl + 1));
    if (n->define) {
        /* := */
        bool any_new = false, bad = false;
        CsSym **news = cs_check_alloc(sizeof(CsSym *) * (nl + 1));
        int i = 0;
        for (CsNode *l = n->lhs; l; l = l->next, i++) {
            if (l->kind != CS_ND_IDENT) {
                cs_check_expr(c, l);
                cs_check_errorf(SP(l), "non-name %s on left side of :=", cs_expr_string(l));
                bad = true;
                continue;
            }
            for (CsNode *p = n->lhs; p != l; p = p->next)
                if (p->kind == CS_ND_IDENT && !strcmp(p->name, l->name) && strcmp(l->name, "_")) {
                    cs_check_errorf(SP(l), "%s repeated on left side of :=", l->name);
                    bad = true;
                }
            if (!strcmp(l->name, "_")) { l->mode = CS_MODE_VAR; continue; }
            CsSym *old = cs_scope_lookup_local(c->scope, l->name);
            if (old && old->kind == CS_SYM_VAR) {
                l->sym = old;
                l->mode = CS_MODE_VAR;
                l->ty = old->type;
                if (old->func && old->func != c->func) old->captured = true;
                continue;
            }
            CsSym *s = cs_sym_new(CS_SYM_VAR, l->name, l->pos);
            s->decl = n;
            news[i] = s;
            any_new = true;
        }
        bool ok = check_rhs(c, n->rhs, nl, types, NULL, false);
        if (!any_new && !bad) cs_check_errorf(SP(n), "no new variables on left side of :=");
        i = 0;
        for (CsNode *l = n->lhs; l; l = l->next, i++) {
            CsNode *r = rhs_at(n->rhs, nl, i);
            if (news[i]) {
                CsType *t = ok ? types[i] : NULL;
                if (t && r && cs_type_is_untyped(t)) {
                    if (!convert(c, r, NULL, "assignment")) t = NULL; else t = r->ty;
                } else if (t) t = cs_type_default(t);
                if (t && t->kind == CS_TY_UNTYPED_NIL) t = NULL;
                if (!t) news[i]->used = true;
                news[i]->type = t ? t : cs_type_basic(CS_TY_INVALID);
                l->mode = CS_MODE_VAR;
                cs_check_declare(c, news[i], l);
                l->ty = news[i]->type;
            } else if (ok && types[i]) {
                if (l->kind == CS_ND_IDENT && !strcmp(l->name, "_")) {
                    if (r && cs_type_is_untyped(r->ty)) cs_check_convert_untyped(c, r, NULL);
                    continue;
                }
                assign_var(c, l, r, n->rhs, types[i], "assignment");
            }
        }
        if (!ok) {
            for (int k = 0; k < nl; k++) if (news[k]) news[k]->used = true;
            cs_check_use_lhs(n->lhs);
        }
        return;
    }
    /* plain = */
    for (CsNode *l = n->lhs; l; l = l->next) check_lhs(c, l);
    CsType **hints = cs_check_alloc(sizeof(CsType *) * (nl + 1));
    int i = 0;
    for (CsNode *l = n->lhs; l; l = l->next, i++) hints[i] = l->mode == CS_MODE_INVALID ? NULL : l->ty;
    if (!check_rhs(c, n->rhs, nl, types, hints, false)) { cs_check_use_lhs(n->lhs); return; }
    i = 0;
    for (CsNode *l = n->lhs; l; l = l->next, i++) {
        CsNode *r = rhs_at(n->rhs, nl, i);
        CsNode *x = l;
        while (x->kind == CS_ND_PAREN) x = x->expr;
        if (x->kind == CS_ND_IDENT && !strcmp(x->name, "_")) {
            if (r && r->mode != CS_MODE_INVALID && cs_type_is_untyped(r->ty)) {
                if (r->ty->kind == CS_TY_UNTYPED_NIL) {
                    cs_check_errorf(SP(r), "use of untyped nil in assignment");
                    continue;
                }
                cs_check_convert_untyped(c, r, NULL);
            }
            continue;
        }
        if (!types[i]) { cs_check_use_lhs(l); continue; }
        assign_var(c, l, r, n->rhs, types[i], "assignment");
    }
}

/* ---- declarations ----------------------------------------------------------- */
int64_t cs_check_storage_size(CsType *t, int64_t *align)
{
    const int64_t max = (int64_t)1 << 62;
    t = cs_type_underlying(t);
    *align = 8;
    switch (t ? t->kind : CS_TY_INVALID) {
    case CS_TY_BOOL: case CS_TY_INT8: case CS_TY_UINT8: *align = 1; return 1;
    case CS_TY_INT16: case CS_TY_UINT16: *align = 2; return 2;
    case CS_TY_INT32: case CS_TY_UINT32: case CS_TY_FLOAT32: *align = 4; return 4;
    case CS_TY_STRING: case CS_TY_INTERFACE: return 16;
    case CS_TY_SLICE: return 24;
    case CS_TY_ARRAY: {
        int64_t e = cs_check_storage_size(t->elem, align);
        return e == 0 ? 0 : t->len > max / e ? max : t->len * e;
    }
    case CS_TY_STRUCT: {
        int64_t size = 0, a;
        *align = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t f = cs_check_storage_size(t->fields[i].type, &a);
            size = (size + a - 1) / a * a;
            size = f > max - size ? max : size + f;
            if (a > *align) *align = a;
        }
        /* a trailing zero-size field gets a byte, as in gc */
        if (t->nfields > 0 && size > 0 && cs_check_storage_size(t->fields[t->nfields - 1].type, &a) == 0) size++;
        return (size + *align - 1) / *align * *align;
    }
    default: return 8;
    }
}

void cs_check_var_spec(Checker *c, CsNode *spec, bool global)
{
    int nl = cs_ast_list_len(spec->names);
    CsType *t = NULL;
    if (spec->type) {
        t = cs_check_type(c, spec->type);
        if (!t) t = cs_type_basic(CS_TY_INVALID);
    }
    CsSym **syms = cs_check_alloc(sizeof(CsSym *) * (nl + 1));
    int i = 0;
    for (CsNode *nm = spec->names; nm; nm = nm->next, i++) {
        if (global) syms[i] = nm->sym;
        else {
            syms[i] = cs_sym_new(CS_SYM_VAR, nm->name, nm->pos);
            syms[i]->decl = spec;
        }
    }
    bool ok = true;
    if (spec->list) {
        CsType **types = cs_check_alloc(sizeof(CsType *) * (nl + 1));
        CsType **hints = cs_check_alloc(sizeof(CsType *) * (nl + 1));
        for (int k = 0; k < nl; k++) hints[k] = t;
        CsNode *saved_texpr = c->target_texpr;
        c->target_texpr = spec->type;
        ok = check_rhs(c, spec->list, nl, types, hints, true);
        i = 0;
        for (CsNode *nm = spec->names; nm; nm = nm->next, i++) {
            CsNode *r = rhs_at(spec->list, nl, i);
            CsType *vt = ok ? types[i] : NULL;
            if (!vt) { syms[i]->used = true; syms[i]->type = t ? t : cs_type_basic(CS_TY_INVALID); continue; }
            if (t) {
                if (r) {
                    if (!cs_check_assignable(c, r, t, "variable declaration")) syms[i]->used = true;
                } else if (cs_type_is_untyped(vt)) {
                    /* comma-ok bool; gc words it as an assignment here too */
                    if (!cs_type_is_boolean(t))
                        cs_check_errorf(SP(spec->list), "cannot use %s (untyped bool value) as %s value in assignment",
                                        cs_expr_string(spec->list), cs_type_str(t, c->pkg));
                } else {
                    cs_check_tuple_part(c, spec->list, vt, t, "assignment");    /* as gc words it */
                }
                syms[i]->type = t;
            } else {
                if (r && cs_type_is_untyped(vt)) {
                    if (vt->kind == CS_TY_UNTYPED_NIL) {
                        cs_check_errorf(SP(r), "use of untyped nil in variable declaration");
                        syms[i]->used = true;
                        syms[i]->type = cs_type_basic(CS_TY_INVALID);
                        continue;
                    }
                    if (!convert(c, r, NULL, "variable declaration")) {
                        syms[i]->used = true;
                        syms[i]->type = cs_type_basic(CS_TY_INVALID);
                        continue;
                    }
                    vt = r->ty;
                }
                syms[i]->type = cs_type_default(vt);
            }
        }
        c->target_texpr = saved_texpr;
    } else {
        for (i = 0; i < nl; i++) syms[i]->type = t;
    }
    if (!ok) for (i = 0; i < nl; i++) syms[i]->used = true;
    i = 0;
    for (CsNode *nm = spec->names; nm; nm = nm->next, i++) {
        if (!syms[i]->type) syms[i]->type = cs_type_basic(CS_TY_INVALID);
        nm->mode = CS_MODE_VAR;
        nm->ty = syms[i]->type;
        if (!global) cs_check_declare(c, syms[i], nm);
        /* static storage that big fails at link time: refuse it as gc does */
        int64_t align, size = global ? cs_check_storage_size(syms[i]->type, &align) : 0;
        if (size > 2000000000)
            cs_check_errorf(nm->pos, "%s.%s: symbol too large (%lld bytes > 2000000000 bytes)",
                            c->pkg->path, nm->name, (long long)size);
    }
}

void cs_check_const_spec(Checker *c, CsNode *spec, CsNode *ctype, CsNode *cvalues)
{
    CsType *t = NULL;
    bool had_iota = c->has_iota;
    int64_t old_iota = c->iota;
    c->has_iota = true;
    c->iota = spec->iota;
    if (ctype) {
        t = cs_check_type(c, ctype);
        CsType *u = t ? cs_type_underlying(t) : NULL;
        if (t && (!u || u->kind < CS_TY_BOOL || u->kind > CS_TY_STRING)) {
            cs_check_errorf(ctype->pos, "invalid constant type %s", cs_type_str(t, c->pkg));
            t = NULL;
        }
    }
    CsNode *v = cvalues;
    int i = 0;
    for (CsNode *nm = spec->names; nm; nm = nm->next, i++) {
        CsSym *s = nm->sym && nm->sym->kind == CS_SYM_CONST && nm->sym->decl == spec ? nm->sym : NULL;
        if (!s) {
            s = cs_sym_new(CS_SYM_CONST, nm->name, nm->pos);
            s->decl = spec;
        }
        s->type = cs_type_basic(CS_TY_INVALID);
        s->cv = NULL;
        if (!v) {
            cs_check_errorf(SP(nm), "missing init expr for %s", nm->name);
        } else {
            cs_check_expr(c, v);
            if (v->mode != CS_MODE_INVALID) {
                if (!v->cv) {
                    cs_check_errorf(SP(v), "%s is not constant", cs_operand_string(c, v));
                } else if (t) {
                    if (cs_check_assignable(c, v, t, "constant declaration")) {
                        s->type = t;
                        s->cv = v->cv;
                    }
                } else {
                    s->type = v->ty;
                    s->cv = v->cv;
                }
            }
            v = v->next;
        }
        s->used = true;
        nm->mode = CS_MODE_VALUE;
        nm->ty = s->type;
        nm->cv = s->cv;
        if (!s->cv) s->type = cs_type_basic(CS_TY_INVALID);
        if (!nm->sym || nm->sym != s) {
            if (!c->func && nm->sym) { /* global: symbol made at collection */ }
            else cs_check_declare(c, s, nm);
        }
        s->used = true;
    }
    if (v && cvalues == spec->list) cs_check_errorf(SP(v), "extra init expr");
    c->has_iota = had_iota;
    c->iota = old_iota;
}
