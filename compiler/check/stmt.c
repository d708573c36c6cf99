/* Statements and function bodies.
 *
 * Scopes: a function's parameters and its body's top-level declarations
 * share one scope (so `func f(x int) { x := 1 }` is a redeclaration); every
 * block, if/for/switch/select statement and case clause opens its own.
 * Closing a scope reports its unused local variables.
 * Branches: break/continue get `target` = the FOR/RANGE/SWITCH/TYPESWITCH/
 * SELECT they leave or continue; fallthrough's target is its SWITCH.
 * Labels are per function; a labelled break/continue must name an
 * enclosing labelled statement. Terminating statements follow the spec,
 * for "missing return".
 * Type switch clauses: each CASE's `sym` is the clause's own copy of the
 * bound variable (v in `switch v := x.(type)`), typed per the clause.
 */
#include <string.h>
#include "check.h"

typedef struct Label {
    CsSym *sym;
    CsNode *stmt;           /* the LABELED node */
    bool active;            /* we are inside its statement */
    struct Label *next;
} Label;

static CsType *under(CsType *t) { return cs_type_underlying(t); }

void cs_check_open_scope(Checker *c)
{
    c->scope = cs_scope_new(c->scope, c->func);
}

static void report_unused(CsScope *s)
{
    for (int i = 0; i < s->norder; i++) {
        CsSym *v = s->order[i];
        if (v->kind == CS_SYM_VAR && !v->used && !v->is_param && !v->is_result && !v->global)
            cs_check_errorf(v->pos, "declared and not used: %s", v->name);
    }
}

void cs_check_close_scope(Checker *c)
{
    report_unused(c->scope);
    c->scope = c->scope->parent;
}

static void stmt(Checker *c, CsNode *n);

void cs_check_stmt_list(Checker *c, CsNode *list)
{
    for (CsNode *s = list; s; s = s->next) stmt(c, s);
}

void cs_check_block(Checker *c, CsNode *block)
{
    cs_check_open_scope(c);
    cs_check_stmt_list(c, block->list);
    cs_check_close_scope(c);
}

/* ---- terminating statements ------------------------------------------------- */
static bool has_break(CsNode *n, CsNode *target)
{
    if (!n) return false;
    if (n->kind == CS_ND_BRANCH) return n->branch == CS_BR_BREAK && n->target == target;
    if (n->kind == CS_ND_FUNCLIT) return false;
    for (CsNode *k = n->list; k; k = k->next)
        if (k->kind >= CS_ND_BLOCK && has_break(k, target)) return true;
    if (n->kind == CS_ND_CASE || n->kind == CS_ND_BLOCK || n->kind == CS_ND_SWITCH ||
        n->kind == CS_ND_TYPESWITCH || n->kind == CS_ND_SELECT)
        for (CsNode *k = n->body; k; k = k->next)
            if (has_break(k, target)) return true;
    if (n->kind == CS_ND_IF) return has_break(n->body, target) || has_break(n->els, target);
    if (n->kind == CS_ND_FOR || n->kind == CS_ND_RANGE || n->kind == CS_ND_LABELED) return has_break(n->body, target);
    return false;
}

static CsNode *last_stmt(CsNode *list)
{
    CsNode *last = NULL;
    for (CsNode *s = list; s; s = s->next)
        if (s->kind != CS_ND_EMPTY) last = s;
    return last;
}

bool cs_check_terminating(CsNode *s)
{
    if (!s) return false;
    switch (s->kind) {
    case CS_ND_RETURN: return true;
    case CS_ND_BRANCH: return s->branch == CS_BR_GOTO;
    case CS_ND_EXPRSTMT: {
        CsNode *e = s->expr;
        while (e->kind == CS_ND_PAREN) e = e->expr;
        return e->kind == CS_ND_CALL && e->builtin == CS_BI_PANIC;
    }
    case CS_ND_BLOCK: return cs_check_terminating(last_stmt(s->list));
    case CS_ND_IF: return s->els && cs_check_terminating(s->body) && cs_check_terminating(s->els);
    case CS_ND_FOR: return !s->cond && !has_break(s->body, s);
    case CS_ND_LABELED: return cs_check_terminating(s->body);
    case CS_ND_SWITCH: case CS_ND_TYPESWITCH: case CS_ND_SELECT: {
        bool has_default = s->kind == CS_ND_SELECT;
        for (CsNode *cl = s->body; cl; cl = cl->next) {
            if (s->kind != CS_ND_SELECT && !cl->list) has_default = true;
            CsNode *last = last_stmt(cl->body);
            if (has_break(cl, s)) return false;
            if (last && last->kind == CS_ND_BRANCH && last->branch == CS_BR_FALLTHROUGH) continue;
            if (!cs_check_terminating(last)) return false;
        }
        return has_default;
    }
    default: return false;
    }
}

/* ---- simple statements --------------------------------------------------------- */
static void expr_stmt(Checker *c, CsNode *n)
{
    CsNode *e = n->expr;
    cs_check_multi(c, e);
    if (e->mode == CS_MODE_INVALID) return;
    CsNode *x = e;
    while (x->kind == CS_ND_PAREN) x = x->expr;
    if (x->kind == CS_ND_CALL && !x->is_conversion) {
        switch (x->builtin) {
        case CS_BI_APPEND: case CS_BI_CAP: case CS_BI_LEN: case CS_BI_MAKE: case CS_BI_NEW:
            break;
        default:
            if (e->mode == CS_MODE_COMMAOK) e->mode = CS_MODE_VALUE;
            return;
        }
    }
    if (x->kind == CS_ND_UNARY && x->op == CS_OP_RECV) {
        e->mode = x->mode = CS_MODE_VALUE;
        return;
    }
    cs_check_errorf(SP(e), "%s is not used", cs_operand_string(c, e));
    if (e->mode == CS_MODE_COMMAOK) e->mode = CS_MODE_VALUE;
}

static void send_stmt(Checker *c, CsNode *n)
{
    cs_check_expr(c, n->lhs);
    cs_check_expr(c, n->rhs);
    if (n->lhs->mode == CS_MODE_INVALID || n->rhs->mode == CS_MODE_INVALID) return;
    CsType *u = under(n->lhs->ty);
    if (!u || u->kind != CS_TY_CHAN) {
        cs_check_errorf(SP(n), "invalid operation: cannot send to non-channel %s", cs_operand_string(c, n->lhs));
        return;
    }
    if (u->chandir == CS_CHAN_RECV) {
        cs_check_errorf(SP(n), "invalid operation: cannot send to receive-only channel %s",
                        cs_operand_string(c, n->lhs));
        return;
    }
    cs_check_assignable_as(c, n->rhs, u->elem, cs_elem_type_source(cs_type_source(n->lhs)), "send");
}

static void incdec(Checker *c, CsNode *n)
{
    CsNode *x = n->expr;
    cs_check_expr(c, x);
    if (x->mode == CS_MODE_INVALID) return;
    if (!cs_type_is_numeric(x->ty)) {
        cs_check_errorf(SP(n), "invalid operation: %s%s (non-numeric type %s)", cs_expr_string(x),
                        n->op == CS_OP_INC ? "++" : "--", cs_type_str(x->ty, c->pkg));
        return;
    }
    if (x->mode != CS_MODE_VAR && x->mode != CS_MODE_MAPINDEX)
        cs_check_errorf(SP(x), "cannot assign to %s (neither addressable nor a map index expression)",
                        cs_expr_string(x));
}

/* A bare return returns the named results, so none may be shadowed there. */
static void check_results_in_scope(Checker *c, CsNode *ret, CsNode *results)
{
    for (CsNode *f = results; f; f = f->next)
        for (CsNode *nm = f->names; nm; nm = nm->next)
            if (nm->sym && strcmp(nm->name, "_") && cs_scope_lookup(c->scope, nm->name) != nm->sym)
                cs_check_errorf(ret->pos, "result parameter %s not in scope at return", nm->name);
}

static void return_stmt(Checker *c, CsNode *n)
{
    n->func = c->func;
    CsType *sig = c->sig;
    int want = sig ? sig->nresults : 0;
    int have = cs_ast_list_len(n->list);
    if (have == 0) {
        if (want == 0) return;
        /* bare return: named results */
        CsNode *fnt = c->func ? c->func->type : NULL;
        if (fnt && fnt->results && fnt->results->names) {
            check_results_in_scope(c, n, fnt->results);
            return;
        }
        cs_check_errorf(n->pos, "not enough return values\n\thave ()\n\twant %s",
                        cs_types_summary(c, sig->results, sig->nresults, false));
        return;
    }
    CsType **ts = cs_check_alloc(sizeof(CsType *) * (have + want + 1));
    CsNode *at = NULL;
    int nts = 0;
    if (have == 1 && want != 1) {
        CsNode *r = n->list;
        cs_check_multi(c, r);
        if (r->mode == CS_MODE_INVALID) return;
        if (r->mode == CS_MODE_COMMAOK) r->mode = CS_MODE_VALUE;
        if (r->mode == CS_MODE_NOVALUE) {
            cs_check_errorf(SP(r), "%s (no value) used as value", cs_expr_string(r));
            return;
        }
        if (r->ty && r->ty->kind == CS_TY_TUPLE) {
            if (r->ty->nparams == want) {
                for (int i = 0; i < want; i++)
                    cs_check_tuple_part(c, r, r->ty->params[i], sig->results[i], "return statement");
                return;
            }
            for (int i = 0; i < r->ty->nparams; i++) ts[nts++] = r->ty->params[i];
            at = r;
        } else {
            ts[nts++] = r->ty;
            at = r;
        }
    } else {
        int i = 0;
        for (CsNode *r = n->list; r; r = r->next, i++) {
            cs_check_expr_hint(c, r, i < want ? sig->results[i] : NULL);
            if (r->mode == CS_MODE_INVALID) return;
            ts[nts++] = r->ty;
        }
        if (have > want) { at = n->list; for (int k = 0; k < want; k++) at = at->next; }
        else { at = n->list; while (at->next) at = at->next; }
    }
    if (nts != want) {
        cs_check_errorf(SP(at), "%s return values\n\thave %s\n\twant %s", nts < want ? "not enough" : "too many",
                        cs_types_summary(c, ts, nts, false), cs_types_summary(c, sig ? sig->results : NULL, want, false));
        return;
    }
    int i = 0;
    for (CsNode *r = n->list; r; r = r->next, i++)
        if (r->mode != CS_MODE_INVALID)
            cs_check_assignable_as(c, r, sig->results[i], cs_result_type_source(n->func, i), "return statement");
}

static Label *find_label(Checker *c, const char *name)
{
    for (Label *l = c->labels; l; l = l->next)
        if (!strcmp(l->sym->name, name)) return l;
    return NULL;
}

static CsNode *fallthrough_ok;   /* the SWITCH a fallthrough may target right now */
static bool saw_goto;            /* labels of a function with a goto count as used */

static void branch(Checker *c, CsNode *n)
{
    switch (n->branch) {
    case CS_BR_GOTO:
        cs_check_errorf(SP(n), "goto is not supported");
        saw_goto = true;
        return;
    case CS_BR_FALLTHROUGH:
        if (!fallthrough_ok) {
            cs_check_errorf(SP(n), "fallthrough statement out of place");
            return;
        }
        n->target = fallthrough_ok;
        return;
    default:
        break;
    }
    bool brk = n->branch == CS_BR_BREAK;
    if (n->name) {
        Label *l = find_label(c, n->name);
        CsPos lp = n->pos;
        lp.col += brk ? 6 : 9;   /* the label follows "break " / "continue " */
        if (!l) {
            cs_check_errorf(lp, "%s label not defined: %s", brk ? "break" : "continue", n->name);
            return;
        }
        l->sym->used = true;
        CsNode *t = l->stmt->body;
        bool ok = l->active && t && (t->kind == CS_ND_FOR || t->kind == CS_ND_RANGE ||
                                     (brk && (t->kind == CS_ND_SWITCH || t->kind == CS_ND_TYPESWITCH ||
                                              t->kind == CS_ND_SELECT)));
        if (!ok) {
            cs_check_errorf(lp, "invalid %s label %s", brk ? "break" : "continue", n->name);
            return;
        }
        n->target = t;
        return;
    }
    if (brk) {
        if (!c->breakable) { cs_check_errorf(SP(n), "break is not in a loop, switch, or select"); return; }
        n->target = c->breakable;
    } else {
        if (!c->loop) { cs_check_errorf(SP(n), "continue is not in a loop"); return; }
        n->target = c->loop;
    }
}

static void labeled(Checker *c, CsNode *n)
{
    Label *old = find_label(c, n->name);
    CsSym *s = cs_sym_new(CS_SYM_LABEL, n->name, n->pos);
    s->decl = n;
    n->sym = s;
    if (!strcmp(n->name, "_")) s->used = true;
    if (old) cs_check_errorf(SP(n), "label %s already defined", n->name);
    Label *l = cs_check_alloc(sizeof *l);
    l->sym = s;
    l->stmt = n;
    l->active = true;
    l->next = c->labels;
    c->labels = l;
    stmt(c, n->body);
    l->active = false;
}

/* ---- compound statements ------------------------------------------------------- */
static void cond(Checker *c, CsNode *e, const char *what)
{
    cs_check_expr(c, e);
    if (e->mode == CS_MODE_INVALID) return;
    if (!cs_type_is_boolean(e->ty)) {
        cs_check_errorf(SP(e), "non-boolean condition in %s statement", what);
        return;
    }
    if (cs_type_is_untyped(e->ty)) cs_check_convert_untyped(c, e, NULL);
}

static void if_stmt(Checker *c, CsNode *n)
{
    cs_check_open_scope(c);
    if (n->init) stmt(c, n->init);
    cond(c, n->cond, "if");
    cs_check_block(c, n->body);
    if (n->els) stmt(c, n->els);
    cs_check_close_scope(c);
}

static void enter_breakable(Checker *c, CsNode *n, CsNode **sb, CsNode **sl, bool loop)
{
    *sb = c->breakable;
    *sl = c->loop;
    c->breakable = n;
    if (loop) c->loop = n;
}

static void for_stmt(Checker *c, CsNode *n)
{
    cs_check_open_scope(c);
    if (n->init) stmt(c, n->init);
    if (n->cond) cond(c, n->cond, "for");
    if (n->post) {
        if (n->post->kind == CS_ND_ASSIGN && n->post->define)
            cs_check_errorf(n->post->pos, "cannot declare in post statement of for loop");
        else stmt(c, n->post);
    }
    CsNode *sb, *sl;
    CsNode *sft = fallthrough_ok;
    fallthrough_ok = NULL;
    enter_breakable(c, n, &sb, &sl, true);
    cs_check_block(c, n->body);
    c->breakable = sb; c->loop = sl;
    fallthrough_ok = sft;
    cs_check_close_scope(c);
}

static void range_stmt(Checker *c, CsNode *n)
{
    cs_check_open_scope(c);
    CsNode *x = n->expr;
    cs_check_expr(c, x);
    CsType *kt = NULL, *vt = NULL;
    bool ok = x->mode != CS_MODE_INVALID;
    if (ok) {
        CsType *u = under(x->ty);
        switch (u->kind) {
        case CS_TY_STRING: case CS_TY_UNTYPED_STRING:
            kt = cs_type_basic(CS_TY_INT); vt = cs_type_basic(CS_TY_INT32);
            if (cs_type_is_untyped(x->ty)) cs_check_convert_untyped(c, x, NULL);
            break;
        case CS_TY_ARRAY: case CS_TY_SLICE:
            kt = cs_type_basic(CS_TY_INT); vt = u->elem; break;
        case CS_TY_PTR:
            if (under(u->elem)->kind == CS_TY_ARRAY) { kt = cs_type_basic(CS_TY_INT); vt = under(u->elem)->elem; break; }
            ok = false; break;
        case CS_TY_MAP: kt = u->key; vt = u->elem; break;
        case CS_TY_CHAN:
            kt = u->elem;
            if (u->chandir == CS_CHAN_SEND) {
                cs_check_errorf(SP(x), "cannot range over %s (receive from send-only channel)",
                                cs_operand_string(c, x));
                kt = NULL;
                ok = false;
                goto vars;
            }
            if (n->value) {
                cs_check_errorf(SP(n->value), "range over %s permits only one iteration variable",
                                cs_operand_string(c, x));
                ok = false;
                goto vars;
            }
            break;
        default: ok = false; break;
        }
        if (!ok) cs_check_errorf(SP(x), "cannot range over %s", cs_operand_string(c, x));
    }
vars:;
    CsNode *lhs[2] = {n->key, n->value};
    CsType *ts[2] = {kt, vt};
    bool any_new = false;   /* define: a variable other than _ (types2's words and positions) */
    for (int i = 0; i < 2; i++) {
        CsNode *l = lhs[i];
        if (!l) continue;
        if (n->define) {
            if (l->kind != CS_ND_IDENT) {
                cs_check_errorf(SP(l), "cannot declare %s", cs_expr_string(l));
                continue;
            }
            any_new |= strcmp(l->name, "_") != 0;
            CsSym *s = cs_sym_new(CS_SYM_VAR, l->name, l->pos);
            s->decl = n;
            s->type = ts[i] ? ts[i] : cs_type_basic(CS_TY_INVALID);
            if (!ts[i]) s->used = true;
            l->mode = CS_MODE_VAR;
            cs_check_declare(c, s, l);
            l->ty = s->type;
        } else {
            CsNode *x2 = l;
            while (x2->kind == CS_ND_PAREN) x2 = x2->expr;
            if (x2->kind == CS_ND_IDENT && !strcmp(x2->name, "_")) { l->mode = CS_MODE_VAR; continue; }
            if (x2->kind == CS_ND_IDENT) cs_check_ident_lhs(c, x2); else cs_check_expr(c, l);
            if (x2 != l) { l->mode = x2->mode; l->ty = x2->ty; }
            if (l->mode == CS_MODE_INVALID || !ts[i]) continue;
            if (l->mode != CS_MODE_VAR && l->mode != CS_MODE_MAPINDEX) {
                cs_check_errorf(SP(l), "cannot assign to %s (neither addressable nor a map index expression)",
                                cs_expr_string(l));
                continue;
            }
            CsNode tmp = {.kind = CS_ND_BAD, .mode = CS_MODE_VALUE, .ty = ts[i], .pos = l->pos};
            const char *cause;
            if (!cs_assignable_to(c, &tmp, l->ty, &cause))
                cs_check_errorf(SP(l), "cannot use %s (value of type %s) as %s value in range", cs_expr_string(l),
                                cs_type_str(ts[i], c->pkg), cs_type_str(l->ty, c->pkg));
        }
    }
    if (n->define && !any_new)
        cs_check_errorf(n->pos, "no new variables on left side of :=");
    CsNode *sb, *sl;
    CsNode *sft = fallthrough_ok;
    fallthrough_ok = NULL;
    enter_breakable(c, n, &sb, &sl, true);
    cs_check_block(c, n->body);
    c->breakable = sb; c->loop = sl;
    fallthrough_ok = sft;
    cs_check_close_scope(c);
}

static void case_body(Checker *c, CsNode *cl, CsNode *sw, bool can_fall)
{
    cs_check_open_scope(c);
    CsNode *sft = fallthrough_ok;
    CsNode *last = NULL;
    for (CsNode *s = cl->body; s; s = s->next) last = s;
    for (CsNode *s = cl->body; s; s = s->next) {
        /* only the case's own last statement may fall through, not one
         * nested in a block there */
        bool is_fall = s->kind == CS_ND_BRANCH && s->branch == CS_BR_FALLTHROUGH;
        fallthrough_ok = (s == last && can_fall && is_fall) ? sw : NULL;
        if (s == last && s->kind == CS_ND_BRANCH && s->branch == CS_BR_FALLTHROUGH && !can_fall && sw &&
            sw->kind == CS_ND_SWITCH) {
            cs_check_errorf(s->pos, "cannot fallthrough final case in switch");
            continue;
        }
        if (s->kind == CS_ND_BRANCH && s->branch == CS_BR_FALLTHROUGH && sw && sw->kind == CS_ND_TYPESWITCH) {
            cs_check_errorf(s->pos, "cannot fallthrough in type switch");
            continue;
        }
        stmt(c, s);
    }
    fallthrough_ok = sft;
    cs_check_close_scope(c);
}

/* A second default clause `dup` in a switch or select whose first is `first`. */
static void multiple_defaults(CsNode *first, CsNode *dup)
{
    char at[512];
    cs_diag_pos_format(first->pos, at, sizeof at);
    cs_check_errorf(dup->pos, "multiple defaults (first at %s)", at);
}

/* Two constant cases are duplicates when value and type agree: in a
 * switch on an interface, 1, T(1) and 1.0 are three different cases.
 * Like gc, only integer, float and string constants are checked: Go accepts
 * `case 1 > 2:` next to `case false:`. */
static bool same_case(const void *a, const void *b)
{
    const CsNode *x = a, *y = b;
    return cs_const_same(x->cv, y->cv) && cs_type_identical(x->ty, y->ty);
}

static void switch_stmt(Checker *c, CsNode *n)
{
    cs_check_open_scope(c);
    if (n->init) stmt(c, n->init);
    CsNode *tag = n->expr;
    if (tag) {
        cs_check_expr_default(c, tag);
        if (tag->mode != CS_MODE_INVALID && !cs_type_comparable(tag->ty) && !cs_type_has_nil(tag->ty)) {
            cs_check_errorf(SP(tag), "cannot switch on %s", cs_operand_string(c, tag));
            tag->mode = CS_MODE_INVALID;
        }
    }
    CsNode *sb, *sl;
    enter_breakable(c, n, &sb, &sl, false);
    c->loop = sl;
    CsNode *dflt = NULL;
    CsKeySet seen = {.same = same_case};
    for (CsNode *cl = n->body; cl; cl = cl->next) {
        if (!cl->list) {
            if (dflt) multiple_defaults(dflt, cl);
            dflt = cl;
        }
        for (CsNode *e = cl->list; e; e = e->next) {
            cs_check_expr(c, e);
            if (e->mode == CS_MODE_INVALID) continue;
            if (tag) {
                if (tag->mode == CS_MODE_INVALID) continue;
                /* e == tag must be a valid comparison */
                if (cs_type_is_untyped(e->ty)) {
                    if (!cs_check_convert_untyped(c, e, tag->ty)) continue;
                }
                const char *cause;
                if (!cs_assignable_to(c, e, tag->ty, &cause) && !cs_assignable_to(c, tag, e->ty, &cause)) {
                    cs_check_errorf(SP(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                                    cs_expr_string(e), cs_expr_string(tag), cs_type_str(e->ty, c->pkg),
                                    cs_type_str(tag->ty, c->pkg));
                    continue;
                }
            } else {
                if (cs_type_is_untyped(e->ty) && !cs_check_convert_untyped(c, e, cs_type_basic(CS_TY_BOOL)))
                    continue;
                CsNode truth = {.kind = CS_ND_BAD, .mode = CS_MODE_VALUE, .ty = cs_type_basic(CS_TY_BOOL)};
                const char *cause;
                bool iface_ok = cs_type_is_interface(e->ty) && cs_assignable_to(c, &truth, e->ty, &cause);
                if (!cs_type_is_boolean(e->ty) && !iface_ok) {
                    cs_check_errorf(SP(e), "invalid case %s in switch on true (mismatched types %s and bool)",
                                    cs_expr_string(e), cs_type_str(e->ty, c->pkg));
                    continue;
                }
                if (cs_type_is_untyped(e->ty)) cs_check_convert_untyped(c, e, NULL);
            }
            if (e->cv && e->cv->kind != CS_CV_BOOL && !cs_keyset_add(&seen, cs_const_hash(e->cv), e))
                cs_check_errorf(SP(e), "duplicate case %s in expression switch", cs_operand_string(c, e));
        }
        case_body(c, cl, n, cl->next != NULL);
    }
    cs_keyset_free(&seen);
    c->breakable = sb; c->loop = sl;
    cs_check_close_scope(c);
}

static void type_switch(Checker *c, CsNode *n)
{
    cs_check_open_scope(c);
    if (n->init) stmt(c, n->init);
    CsNode *ta = n->expr;
    CsNode *x = ta->expr;
    cs_check_expr(c, x);
    bool ok = x->mode != CS_MODE_INVALID;
    if (ok && !cs_type_is_interface(x->ty)) {
        cs_check_errorf(SP(x), "%s is not an interface", cs_operand_string(c, x));
        ok = false;
    }
    ta->mode = ok ? CS_MODE_VALUE : CS_MODE_INVALID;
    ta->ty = ok ? x->ty : NULL;
    CsNode *sb, *sl;
    enter_breakable(c, n, &sb, &sl, false);
    c->loop = sl;
    CsSym **clause_syms = cs_check_alloc(sizeof(CsSym *) * (cs_ast_list_len(n->body) + 1));
    int ncl = 0;
    CsNode *dflt = NULL;
    CsType **seen = NULL; int nseen = 0, cseen = 0;
    bool seen_nil = false;
    for (CsNode *cl = n->body; cl; cl = cl->next) {
        if (!cl->list) {
            if (dflt) multiple_defaults(dflt, cl);
            dflt = cl;
        }
        CsType *single = NULL;
        int ntypes = 0;
        for (CsNode *e = cl->list; e; e = e->next) {
            ntypes++;
            cs_check_expr_raw(c, e, NULL, true);
            if (e->mode == CS_MODE_INVALID) continue;
            if (e->mode == CS_MODE_VALUE && e->ty && e->ty->kind == CS_TY_UNTYPED_NIL) {
                if (seen_nil) cs_check_errorf(SP(e), "duplicate case nil in type switch");
                seen_nil = true;
                single = NULL;
                continue;
            }
            if (e->mode != CS_MODE_TYPE) {
                cs_check_errorf(SP(e), "%s is not a type", cs_expr_string(e));
                continue;
            }
            single = e->ty;
            if (ok && !cs_type_is_interface(e->ty)) {
                const char *missing; bool wp, wt;
                if (!cs_implements(c, e->ty, x->ty, &missing, &wp, &wt))
                    cs_check_errorf(SP(e), "impossible type switch case: %s cannot have dynamic type %s (%s%s)%s",
                                    cs_operand_string(c, x), cs_type_str(e->ty, c->pkg),
                                    wp ? "method " : wt ? "wrong type for method " : "missing method ",
                                    wp ? cs_check_sprintf("%s has pointer receiver", missing) : missing,
                                    wt ? cs_wrong_method_detail(c, e->ty, x->ty, missing) : "");
            }
            for (int i = 0; i < nseen; i++)
                if (seen[i] == e->ty) cs_check_errorf(SP(e), "duplicate case %s in type switch", cs_expr_string(e));
            if (nseen == cseen) {
                cseen = cseen ? cseen * 2 : 8;
                CsType **o = cs_check_alloc(sizeof(CsType *) * cseen);
                if (nseen) memcpy(o, seen, sizeof(CsType *) * nseen);
                seen = o;
            }
            seen[nseen++] = e->ty;
        }
        cs_check_open_scope(c);
        if (n->name) {
            CsSym *s = cs_sym_new(CS_SYM_VAR, n->name, n->pos);
            s->decl = n;
            s->type = ntypes == 1 && single ? single : (ok ? x->ty : cs_type_basic(CS_TY_INVALID));
            s->pkg = c->pkg;
            s->func = c->func;
            cl->sym = s;
            clause_syms[ncl++] = s;
            cs_scope_insert(c->scope, s);
        }
        case_body(c, cl, n, false);
        c->scope = c->scope->parent;   /* the bound variable's use is reported below */
    }
    if (n->name) {
        bool used = false;
        for (int i = 0; i < ncl; i++) used |= clause_syms[i]->used;
        CsPos at = n->pos;
        at.col += 7;    /* the name follows "switch " */
        if (!used) cs_check_errorf(at, "declared and not used: %s", n->name);
        for (int i = 0; i < ncl; i++) clause_syms[i]->used = true;
    }
    c->breakable = sb; c->loop = sl;
    cs_check_close_scope(c);
}

static bool is_recv(CsNode *e)
{
    while (e && e->kind == CS_ND_PAREN) e = e->expr;
    return e && e->kind == CS_ND_UNARY && e->op == CS_OP_RECV;
}

static void select_stmt(Checker *c, CsNode *n)
{
    CsNode *sb, *sl;
    enter_breakable(c, n, &sb, &sl, false);
    c->loop = sl;
    CsNode *dflt = NULL;
    for (CsNode *cl = n->body; cl; cl = cl->next) {
        cs_check_open_scope(c);
        CsNode *comm = cl->init;
        if (!comm) {
            if (dflt) multiple_defaults(dflt, cl);
            dflt = cl;
        } else {
            bool valid = comm->kind == CS_ND_SEND ||
                         (comm->kind == CS_ND_EXPRSTMT && is_recv(comm->expr)) ||
                         (comm->kind == CS_ND_ASSIGN && comm->op == CS_OP_NONE && comm->rhs && !comm->rhs->next &&
                          is_recv(comm->rhs) && cs_ast_list_len(comm->lhs) <= 2);
            if (!valid) cs_check_errorf(SP(comm), "select case must be receive, send or assign recv");
            stmt(c, comm);
        }
        CsNode *sft = fallthrough_ok;
        fallthrough_ok = NULL;
        cs_check_stmt_list(c, cl->body);
        fallthrough_ok = sft;
        cs_check_close_scope(c);
    }
    c->breakable = sb; c->loop = sl;
}

static void decl_stmt(Checker *c, CsNode *n)
{
    CsNode *d = n->decl;
    CsNode *ctype = NULL, *cvalues = NULL;
    for (CsNode *spec = d->list; spec; spec = spec->next) {
        switch (spec->kind) {
        case CS_ND_VARSPEC: cs_check_var_spec(c, spec, false); break;
        case CS_ND_CONSTSPEC:
            if (spec->list || spec->type) { ctype = spec->type; cvalues = spec->list; }
            cs_check_const_spec(c, spec, ctype, cvalues);
            break;
        case CS_ND_TYPESPEC: {
            CsSym *s = cs_sym_new(CS_SYM_TYPE, spec->name, spec->pos);
            s->decl = spec;
            spec->sym = s;
            s->used = true;
            if (!spec->is_alias) {
                /* a resolution state, so that typexpr.c can see T struct{ T } */
                DeclInfo *d = cs_check_alloc(sizeof *d);
                d->sym = s;
                d->spec = spec;
                d->state = DECL_RESOLVING;
                s->info = d;
                s->type = cs_type_named(spec->name, c->pkg, s);
                cs_check_declare(c, s, NULL);
                cs_check_type_spec(c, spec, s);
                d->state = DECL_DONE;
            } else {
                cs_check_type_spec(c, spec, s);
                cs_check_declare(c, s, NULL);
            }
            break;
        }
        default: break;
        }
    }
}

static void go_defer(Checker *c, CsNode *n, const char *what)
{
    n->func = c->func;
    CsNode *e = n->expr;
    while (e->kind == CS_ND_PAREN) e = e->expr;
    if (e->kind != CS_ND_CALL) {
        cs_check_expr(c, n->expr);
        cs_check_errorf(SP(n->expr), "expression in %s must be function call", what);
        return;
    }
    cs_check_multi(c, n->expr);
    if (e->mode == CS_MODE_INVALID) return;
    if (e->is_conversion) {
        cs_check_errorf(SP(n->expr), "%s requires function call, not conversion", what);
        return;
    }
    switch (e->builtin) {
    case CS_BI_APPEND: case CS_BI_CAP: case CS_BI_LEN: case CS_BI_MAKE: case CS_BI_NEW:
        cs_check_errorf(SP(n->expr), "%s discards result of %s", what, cs_operand_string(c, e));
        return;
    default: break;
    }
    if (n->expr->mode == CS_MODE_COMMAOK) n->expr->mode = CS_MODE_VALUE;
}

static void stmt(Checker *c, CsNode *n)
{
    switch (n->kind) {
    case CS_ND_BLOCK: cs_check_block(c, n); break;
    case CS_ND_EMPTY: break;
    case CS_ND_EXPRSTMT: expr_stmt(c, n); break;
    case CS_ND_SEND: send_stmt(c, n); break;
    case CS_ND_INCDEC: incdec(c, n); break;
    case CS_ND_ASSIGN: cs_check_assign_stmt(c, n); break;
    case CS_ND_GO: go_defer(c, n, "go"); break;
    case CS_ND_DEFER: go_defer(c, n, "defer"); break;
    case CS_ND_RETURN: return_stmt(c, n); break;
    case CS_ND_BRANCH: branch(c, n); break;
    case CS_ND_LABELED: labeled(c, n); break;
    case CS_ND_IF: if_stmt(c, n); break;
    case CS_ND_SWITCH: switch_stmt(c, n); break;
    case CS_ND_TYPESWITCH: type_switch(c, n); break;
    case CS_ND_SELECT: select_stmt(c, n); break;
    case CS_ND_FOR: for_stmt(c, n); break;
    case CS_ND_RANGE: range_stmt(c, n); break;
    case CS_ND_DECLSTMT: decl_stmt(c, n); break;
    default:
        cs_check_errorf(SP(n), "unexpected %s in statement list", cs_node_kind_name(n->kind));
        break;
    }
}

/* ---- function bodies ----------------------------------------------------------- */
void cs_check_func_body(Checker *c, CsNode *fn, CsType *sig, CsNode *recv, CsNode *body)
{
    CsScope *saved_scope = c->scope;
    CsNode *saved_func = c->func, *sb = c->breakable, *sl = c->loop, *sft = fallthrough_ok;
    CsType *saved_sig = c->sig;
    Label *saved_labels = c->labels;
    if (fn->kind == CS_ND_FUNCDECL) {
        /* a fresh scope holding receiver and parameters */
        c->scope = cs_scope_new(c->scope, fn);
        cs_check_signature(c, fn->type, recv, c->scope);
    }
    /* FUNCLIT: cs_check_funclit already made the scope and declared params */
    c->func = fn;
    c->sig = sig;
    c->breakable = c->loop = NULL;
    c->labels = NULL;
    fallthrough_ok = NULL;
    bool sgoto = saw_goto;
    saw_goto = false;
    cs_check_stmt_list(c, body->list);
    if (sig && sig->nresults > 0 && !cs_check_terminating(body))
        cs_check_errorf(body->rbrace, "missing return");
    for (Label *l = c->labels; l; l = l->next)
        if (!l->sym->used && !saw_goto) cs_check_errorf(l->sym->pos, "label %s defined and not used", l->sym->name);
    report_unused(c->scope);
    c->scope = saved_scope;
    c->func = saved_func;
    c->sig = saved_sig;
    c->breakable = sb; c->loop = sl;
    c->labels = saved_labels;
    fallthrough_ok = sft;
    saw_goto = sgoto;
}
