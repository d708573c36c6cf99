/* gen_stmt.c: statements.
 *
 * Control flow maps onto C as directly as Go's semantics allow:
 *   - for loops are C for loops; `continue` is C's when the post statement
 *     fits in the for header, else a goto to a label before the post;
 *   - switch becomes an if/else-if chain (case expressions are evaluated
 *     top to bottom, default last, as Go does), or, when a case falls
 *     through, tests that goto numbered case bodies;
 *   - break out of a switch/select, and labeled break/continue, are gotos
 *     to labels after the statement (brk_N) or before the post (cont_N);
 *     a break/continue of the innermost loop is C's own;
 *   - range evaluates its operand once into a temporary and keeps the
 *     iteration variables outside the C loop (Go 1.19: one variable per
 *     loop, shared by closures of all iterations).
 * RT_CHECK() goes at the top of a loop body (preemption, stack check), or
 * before each chunk of a chunked loop's iterations, or nowhere in a short
 * light loop (gen_loopcheck.c). A chunked loop is two C loops, so its
 * `break` is a goto.
 */
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

typedef struct StmtInfo {
    int brk, cont;          /* label numbers, 0 until needed */
    bool cont_c;            /* `continue` may be C's */
    bool chunked;           /* two C loops (CS_LOOP_CHECK_CHUNKS): `break` is a goto */
} StmtInfo;

static StmtInfo *sinfo(CsNode *n)
{
    if (!n->gen)
        n->gen = calloc(1, sizeof(StmtInfo));
    return n->gen;
}

void cs_gen_line(const char *fmt, ...)
{
    GenFunc *f = cs_gen->fn;
    for (int i = 0; i < f->indent + 1; i++)
        cs_buf_puts(&f->body, "    ");
    va_list ap;
    va_start(ap, fmt);
    char *s;
    if (vasprintf(&s, fmt, ap) < 0)
        abort();
    va_end(ap);
    cs_buf_puts(&f->body, s);
    cs_buf_puts(&f->body, "\n");
    free(s);
}

/* Where the line changes: `#line N "file.cs"` with -g (gdb steps through
 * the .cs), else a `//line file.cs:N` comment, from which csc's line table
 * (compiler/linetab.c) maps C lines back to .cs lines exactly. */
void cs_gen_pos(CsPos pos)
{
    GenFunc *f = cs_gen->fn;
    if (pos.file == 0 || (pos.line == f->cur_line && pos.file == f->cur_file))
        return;
    f->cur_line = pos.line;
    f->cur_file = pos.file;
    const char *file = cs_diag_file_name(pos.file);
    if (cs_gen->opt->line_directives)
        cs_buf_printf(&f->body, "#line %d \"%s\"\n", pos.line, file);
    else
        cs_buf_printf(&f->body, "//line %s:%d\n", file, pos.line);
}

/* c without one pair of enclosing parentheses, for if/for headers (clang
 * warns about `if ((a == b))`). */
static const char *cond_text(const char *c)
{
    size_t n = strlen(c);
    if (n < 2 || c[0] != '(' || c[n - 1] != ')' || c[1] == '{')
        return c;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i] == '(')
            depth++;
        else if (c[i] == ')' && --depth == 0 && i != n - 1)
            return c;
        else if (c[i] == '"' || c[i] == '\'')
            return c;   /* literals could hold parentheses */
    }
    return cs_gen_fmt("%.*s", (int)n - 2, c + 1);
}

static void open_block(const char *fmt, const char *arg)
{
    cs_gen_line(fmt, arg);
    cs_gen->fn->indent++;
}

/* Leaves a C block: its local names become free for sibling blocks. */
void cs_gen_dedent(void)
{
    GenFunc *f = cs_gen->fn;
    f->indent--;
    while (f->names && f->names->level > f->indent)
        f->names = f->names->next;
}

static void close_block(const char *s)
{
    cs_gen_dedent();
    cs_gen_line("%s", s);
}

void cs_gen_block(CsNode *list)
{
    for (CsNode *s = list; s; s = s->next)
        cs_gen_stmt(s);
}

static bool is_blank(CsNode *n)
{
    return n->kind == CS_ND_IDENT && strcmp(n->name, "_") == 0;
}

static bool is_map_index(CsNode *n)
{
    n = cs_gen_unparen(n);
    return n->kind == CS_ND_INDEX && cs_gen_under(n->expr->ty)->kind == CS_TY_MAP;
}

/* The value of rhs for a single assignment. An array read through a slice
 * converted to an array pointer (*(*[N]T)(s)) may overlap the place it is
 * stored to, which C's struct assignment does not allow: it goes through a
 * temporary first. */
static const char *assigned_value(CsNode *rhs)
{
    CsNode *u = cs_gen_unparen(rhs);
    if (u->kind != CS_ND_STAR)
        return cs_gen_expr(rhs);
    CsNode *p = cs_gen_unparen(u->expr);
    if (p->kind != CS_ND_CALL || !p->is_conversion || cs_gen_under(p->list->ty)->kind != CS_TY_SLICE)
        return cs_gen_expr(rhs);
    const char *t = cs_gen_temp();
    cs_gen_line("%s = %s;", cs_gen_decl(rhs->ty, t), cs_gen_expr(rhs));
    return t;
}

/* Opens an order scope (gen_order.c) over a statement's places (left-hand
 * sides, a send's channel) and then its values, and writes what gc
 * evaluates first; false, and nothing opened, when none has a call. A
 * single value for several places (a, b = f()) is evaluated last. The
 * statement is then generated as usual and closes the scope
 * (cs_gen_order_end). */
static bool order_stmt(GenOrder *o, CsNode *places, CsNode *values)
{
    if (!cs_gen_list_has_call(places) && !cs_gen_list_has_call(values))
        return false;
    cs_gen_order_begin(o);
    for (CsNode *l = places; l; l = l->next)
        cs_gen_order_value(o, l, NULL);
    if (values && !values->next && places->next) {
        cs_gen_order_operands(o, values);
    } else {
        CsNode *l = places;
        for (CsNode *r = values; r; r = r->next, l = l ? l->next : NULL)
            cs_gen_order_value(o, r, l && !is_blank(l) ? l->ty : NULL);
    }
    if (o->pre.len)
        cs_gen_line("%s", o->pre.s);
    return true;
}

/* ---- declarations and assignments ---------------------------------------------- */

void cs_gen_declare(CsSym *sym, const char *init)
{
    const char *name = cs_gen_local_name(sym);
    if (cs_gen_is_heap(sym)) {
        cs_gen_line("%s = %s(sizeof(%s));", cs_gen_decl(cs_type_ptr(sym->type), name),
                    cs_gen_has_pointers(sym->type) ? "rt_alloc" : "rt_alloc_noscan", cs_gen_ctype(sym->type));
        if (init)
            cs_gen_line("*%s = %s;", name, init);
    } else {
        cs_gen_line("%s = %s;", cs_gen_decl(sym->type, name), init ? init : cs_gen_zero(sym->type));
    }
}

/* The map operand, key pointer of m[k] on the left of an assignment. */
static const char *map_slot(CsNode *lhs)
{
    lhs = cs_gen_unparen(lhs);
    CsType *mt = cs_gen_under(lhs->expr->ty);
    return cs_gen_fmt("(*(%s *)rt_mapassign(%s, %s, (%s[]){%s}))", cs_gen_ctype(mt->elem),
                      cs_gen_rtt(lhs->expr->ty), cs_gen_expr(lhs->expr), cs_gen_ctype(mt->key),
                      cs_gen_expr_to(lhs->index, mt->key));
}

void cs_gen_assign_to(CsNode *lhs, const char *val, CsType *vty)
{
    if (is_blank(lhs)) {
        cs_gen_line("(void)(%s);", val);
        return;
    }
    val = cs_gen_convert(val, vty, lhs->ty);
    if (is_map_index(lhs)) {
        if (strchr(val, '(')) {     /* Go evaluates the value before inserting */
            const char *t = cs_gen_temp();
            cs_gen_line("%s = %s;", cs_gen_decl(lhs->ty, t), val);
            val = t;
        }
        cs_gen_line("%s = %s;", map_slot(lhs), val);
        return;
    }
    cs_gen_line("%s = %s;", cs_gen_expr(lhs), val);
}

/* Is ident `id` of a := a new variable? */
static bool is_new(CsNode *id)
{
    return id->kind == CS_ND_IDENT && id->sym && !is_blank(id) && !id->sym->global && !id->sym->cname;
}

/* Evaluates the operands of a non-identifier left-hand side u into
 * temporaries now and returns the lvalue that stores into it later: Go
 * evaluates index operands on the left before the values on the right. */
static const char *lhs_slot(CsNode *u)
{
    if (is_map_index(u)) {
        CsType *mt = cs_gen_under(u->expr->ty);
        const char *m = cs_gen_temp(), *k = cs_gen_temp();
        cs_gen_line("%s = %s;", cs_gen_decl(u->expr->ty, m), cs_gen_expr(u->expr));
        cs_gen_line("%s = %s;", cs_gen_decl(mt->key, k), cs_gen_expr_to(u->index, mt->key));
        return cs_gen_fmt("(*(%s *)rt_mapassign(%s, %s, &%s))", cs_gen_ctype(mt->elem),
                          cs_gen_rtt(u->expr->ty), m, k);
    }
    const char *p = cs_gen_temp();
    cs_gen_line("%s = &%s;", cs_gen_decl(cs_type_ptr(u->ty), p), cs_gen_expr(u));
    return cs_gen_fmt("(*%s)", p);
}

/* m[k] op= r, with r's C expression given, as gc 1.19 orders it: m, k
 * and r are evaluated first (a panic there leaves no new entry). An
 * integer / or % then computes the new value from m[k] before assigning
 * it, so a division by zero leaves no entry either; every other op finds
 * or makes the entry once and updates it in place (so a negative shift
 * count panics after the entry exists, as in Go). */
static void map_op_assign(CsNode *n, const char *r, bool shift)
{
    CsNode *u = cs_gen_unparen(n->lhs);
    CsType *t = n->lhs->ty, *mt = cs_gen_under(u->expr->ty);
    const char *rtt = cs_gen_rtt(u->expr->ty);
    const char *m = cs_gen_temp(), *k = cs_gen_temp(), *rv = cs_gen_temp();
    open_block("{%s", "");
    cs_gen_line("%s = %s;", cs_gen_decl(u->expr->ty, m), cs_gen_expr(u->expr));
    cs_gen_line("%s = %s;", cs_gen_decl(mt->key, k), cs_gen_expr_to(u->index, mt->key));
    CsType *rt = shift ? n->rhs->ty : t;
    if (rt->kind >= CS_TY_UNTYPED_BOOL && rt->kind <= CS_TY_UNTYPED_NIL)
        rt = cs_type_default(rt);
    cs_gen_line("%s = %s;", cs_gen_decl(rt, rv), r);
    CsTypeKind tk = cs_gen_under(t)->kind;
    if ((n->op == CS_OP_DIV || n->op == CS_OP_REM) && tk >= CS_TY_INT && tk <= CS_TY_UINTPTR) {
        const char *v = cs_gen_temp();
        const char *old = cs_gen_fmt("(*(%s *)rt_mapaccess1(%s, %s, &%s))", cs_gen_ctype(t), rtt, m, k);
        cs_gen_line("%s = %s;", cs_gen_decl(t, v), cs_gen_arith(n->op, old, rv, t, n->rhs, n->rhs->ty));
        cs_gen_line("*(%s *)rt_mapassign(%s, %s, &%s) = %s;", cs_gen_ctype(t), rtt, m, k, v);
    } else {
        const char *p = cs_gen_temp();
        cs_gen_line("%s = rt_mapassign(%s, %s, &%s);", cs_gen_decl(cs_type_ptr(t), p), rtt, m, k);
        cs_gen_line("*%s = %s;", p, cs_gen_arith(n->op, cs_gen_fmt("*%s", p), rv, t, n->rhs, n->rhs->ty));
    }
    close_block("}");
}

static void op_assign(CsNode *n)
{
    CsNode *lhs = n->lhs, *rhs = n->rhs;
    CsType *t = lhs->ty;
    bool shift = n->op == CS_OP_SHL || n->op == CS_OP_SHR;
    GenOrder o;
    bool ordered = order_stmt(&o, lhs, rhs);
    const char *r = shift ? cs_gen_expr(rhs) : cs_gen_expr_to(rhs, t);
    if (is_map_index(lhs)) {
        map_op_assign(n, r, shift);
        if (ordered)
            cs_gen_order_end(&o);
        return;
    }
    if (!cs_gen_is_simple(lhs)) {
        open_block("{%s", "");
        const char *p = cs_gen_temp();
        const char *slot = cs_gen_expr(lhs);
        cs_gen_line("%s = &%s;", cs_gen_decl(cs_type_ptr(t), p), slot);
        cs_gen_line("*%s = %s;", p, cs_gen_arith(n->op, cs_gen_fmt("*%s", p), r, t, rhs, rhs->ty));
        close_block("}");
        if (ordered)
            cs_gen_order_end(&o);
        return;
    }
    const char *l = cs_gen_expr(lhs);
    CsTypeKind k = cs_gen_under(t)->kind;
    bool plain_op = n->op == CS_OP_ADD || n->op == CS_OP_SUB || n->op == CS_OP_MUL || n->op == CS_OP_AND ||
                    n->op == CS_OP_OR || n->op == CS_OP_XOR;
    bool wide = k == CS_TY_INT || k == CS_TY_INT64 || k == CS_TY_UINT || k == CS_TY_UINT64 ||
                k == CS_TY_INT32 || k == CS_TY_UINT32 || k == CS_TY_UINTPTR || k == CS_TY_FLOAT64 ||
                k == CS_TY_FLOAT32;
    if (plain_op && wide)
        cs_gen_line("%s %s= %s;", l, cs_op_name(n->op), r);
    else
        cs_gen_line("%s = %s;", l, cs_gen_arith(n->op, l, r, t, rhs, rhs->ty));
    if (ordered)
        cs_gen_order_end(&o);
}

/* The C lvalue of lhs when x names the same slice variable or field and
 * that lives in memory (a field, a global, a heap cell), else NULL. */
static const char *same_slice_place(CsNode *lhs, CsNode *x)
{
    lhs = cs_gen_unparen(lhs);
    x = cs_gen_unparen(x);
    if (is_blank(lhs) || !cs_gen_is_simple(lhs) || !cs_gen_is_simple(x) || lhs->cv || x->cv ||
        cs_gen_under(lhs->ty)->kind != CS_TY_SLICE ||
        (lhs->kind == CS_ND_IDENT && !lhs->sym->global && !cs_gen_is_heap(lhs->sym)))
        return NULL;
    const char *l = cs_gen_expr(lhs);
    return strcmp(l, cs_gen_expr(x)) == 0 ? l : NULL;     /* the same C lvalue: the same variable */
}

/* `x = append(x, v...)` and `x = x[:n]` with x in memory (and no calls
 * among the operands) update x in place, as Go does: the common case
 * stores only x.len. Copying the whole slice header out and back made
 * the next statement's load wait on a store it could not forward from
 * (a VM's push and pop: three times slower). */
static bool slice_in_place(CsNode *n)
{
    if (n->define || n->lhs->next || n->rhs->next)
        return false;
    CsNode *r = cs_gen_unparen(n->rhs);
    const char *l, *p = NULL;
    if (r->kind == CS_ND_CALL && r->builtin == CS_BI_APPEND && !r->has_ellipsis && r->list &&
        r->list->next && (l = same_slice_place(n->lhs, r->list))) {
        for (CsNode *a = r->list->next; a; a = a->next)
            if (cs_gen_has_call(a))
                return false;
        CsType *elem = cs_gen_under(r->ty)->elem;
        const char *ec = cs_gen_ctype(elem);
        int k = cs_ast_list_len(r->list) - 1, i = 0;
        open_block("{%s", "");
        p = cs_gen_temp();
        cs_gen_line("rt_slice *%s = &%s;", p, l);     /* Go's order: x, then the values */
        const char **vals = calloc(k + 1, sizeof *vals);
        for (CsNode *a = r->list->next; a; a = a->next, i++) {
            vals[i] = cs_gen_temp();
            cs_gen_line("%s = %s;", cs_gen_decl(elem, vals[i]), cs_gen_expr_to(a, elem));
        }
        cs_gen_line("if (__builtin_expect((uint64_t)(%s->len + %d) <= (uint64_t)%s->cap, 1)) %s->len += %d;", p, k, p, p, k);
        cs_gen_line("else *%s = rt_growslice(*%s, sizeof(%s), %s->len + %d, %s);", p, p, ec, p, k,
                    cs_gen_has_pointers(elem) ? "true" : "false");
        for (i = 0; i < k; i++)
            cs_gen_line("((%s *)%s->ptr)[%s->len - %d] = %s;", ec, p, p, k - i, vals[i]);
        close_block("}");
        return true;
    }
    if (r->kind == CS_ND_SLICE && !r->slice3 && r->hi && !cs_gen_has_call(r->hi) &&
        (!r->lo || (r->lo->cv && r->lo->cv->kind == CS_CV_INT && r->lo->cv->i == 0)) && (l = same_slice_place(n->lhs, r->expr))) {
        /* lo = 0: only len changes; rt_slice2's checks reduce to hi <= cap */
        const char *h = cs_gen_temp();
        p = cs_gen_temp();
        open_block("{%s", "");
        cs_gen_line("rt_slice *%s = &%s;", p, l);
        cs_gen_line("int64_t %s = %s;", h, cs_gen_expr(r->hi));
        cs_gen_line("if (__builtin_expect((uint64_t)%s > (uint64_t)%s->cap, 0)) rt_panic_slice_hi(%s, %s->cap, true);",
                    h, p, h, p);
        cs_gen_line("%s->len = %s;", p, h);
        close_block("}");
        return true;
    }
    return false;
}

/* a, b = f() (or a comma-ok form): the call, then the operands of the
 * places on the left (so `p, *p = f()` stores through the old p, as gc
 * does), then the stores. */
static void assign_multi(CsNode *n, int nl)
{
    const char **names = calloc(nl + 1, sizeof *names);
    CsType **types = calloc(nl + 1, sizeof *types);
    const char **slots = calloc(nl + 1, sizeof *slots);
    cs_gen_line("%s", cs_gen_multi(n->rhs, nl, names, types));
    int i = 0;
    for (CsNode *l = n->lhs; l; l = l->next, i++) {
        CsNode *u = cs_gen_unparen(l);
        if (!is_blank(u) && u->kind != CS_ND_IDENT)
            slots[i] = lhs_slot(u);
    }
    i = 0;
    for (CsNode *l = n->lhs; l; l = l->next, i++) {
        if (n->define && is_new(l))
            cs_gen_declare(l->sym, cs_gen_convert(names[i], types[i], l->sym->type));
        else if (slots[i])
            cs_gen_line("%s = %s;", slots[i], cs_gen_convert(names[i], types[i], l->ty));
        else if (!is_blank(l))
            cs_gen_assign_to(l, names[i], types[i]);
    }
}

/* a, b = x, y: the places' operands, then all values, then the stores. */
static void assign_parallel(CsNode *n, int nl, int nr)
{
    bool all_new = n->define;
    for (CsNode *l = n->lhs; l; l = l->next)
        if (!is_new(l) && !is_blank(l))
            all_new = false;
    if (all_new) {
        CsNode *r = n->rhs;
        for (CsNode *l = n->lhs; l; l = l->next, r = r->next) {
            if (is_blank(l))
                cs_gen_line("(void)(%s);", cs_gen_expr(r));
            else
                cs_gen_declare(l->sym, cs_gen_expr_to(r, l->sym->type));
        }
        return;
    }
    if (n->define)
        for (CsNode *l = n->lhs; l; l = l->next)
            if (is_new(l))
                cs_gen_declare(l->sym, NULL);
    open_block("{%s", "");
    const char **slots = calloc(nl + 1, sizeof *slots);
    int i = 0;
    for (CsNode *l = n->lhs; l; l = l->next, i++) {
        CsNode *u = cs_gen_unparen(l);
        if (is_blank(u) || u->kind == CS_ND_IDENT)
            continue;
        slots[i] = lhs_slot(u);
    }
    const char **vals = calloc(nr + 1, sizeof *vals);
    i = 0;
    CsNode *l = n->lhs;
    for (CsNode *r = n->rhs; r; r = r->next, l = l->next, i++) {
        vals[i] = cs_gen_temp();
        CsType *t = is_blank(l) ? (r->ty->kind >= CS_TY_UNTYPED_BOOL ? cs_type_default(r->ty) : r->ty) : l->ty;
        cs_gen_line("%s = %s;", cs_gen_decl(t, vals[i]), cs_gen_expr_to(r, t));
    }
    i = 0;
    for (l = n->lhs; l; l = l->next, i++) {
        if (is_blank(l))
            continue;
        if (slots[i])
            cs_gen_line("%s = %s;", slots[i], vals[i]);
        else
            cs_gen_line("%s = %s;", cs_gen_expr(l), vals[i]);
    }
    close_block("}");
}

static void assign(CsNode *n)
{
    if (n->op != CS_OP_NONE) {
        op_assign(n);
        return;
    }
    if (slice_in_place(n))
        return;
    int nl = cs_ast_list_len(n->lhs), nr = cs_ast_list_len(n->rhs);
    CsNode *u = cs_gen_unparen(n->lhs);
    if (nl == 1 && n->define && is_new(n->lhs)) {
        cs_gen_declare(n->lhs->sym, cs_gen_expr_to(n->rhs, n->lhs->sym->type));
        return;
    }
    if (nl == 1 && (is_blank(u) || u->kind == CS_ND_IDENT)) {
        cs_gen_assign_to(n->lhs, cs_gen_expr(n->rhs), n->rhs->ty);
        return;
    }
    GenOrder o;
    bool ordered = order_stmt(&o, n->lhs, n->rhs);
    if (nl == 1)
        cs_gen_assign_to(n->lhs, assigned_value(n->rhs), n->rhs->ty);
    else if (nr == 1)
        assign_multi(n, nl);
    else
        assign_parallel(n, nl, nr);
    if (ordered)
        cs_gen_order_end(&o);
}

static void incdec(CsNode *n)
{
    const char *op = n->op == CS_OP_INC ? "++" : "--";
    GenOrder o;
    bool ordered = order_stmt(&o, n->expr, NULL);
    if (is_map_index(n->expr))
        cs_gen_line("%s%s;", map_slot(n->expr), op);
    else
        cs_gen_line("%s%s;", cs_gen_expr(n->expr), op);
    if (ordered)
        cs_gen_order_end(&o);
}

static void var_decl(CsNode *spec)
{
    int nnames = cs_ast_list_len(spec->names);
    if (spec->list && nnames > 1 && cs_ast_list_len(spec->list) == 1) {
        const char **names = calloc(nnames + 1, sizeof *names);
        CsType **types = calloc(nnames + 1, sizeof *types);
        cs_gen_line("%s", cs_gen_multi(spec->list, nnames, names, types));
        int i = 0;
        for (CsNode *id = spec->names; id; id = id->next, i++)
            if (!is_blank(id))
                cs_gen_declare(id->sym, cs_gen_convert(names[i], types[i], id->sym->type));
        return;
    }
    CsNode *v = spec->list;     /* gc: value by value, each on its own */
    for (CsNode *id = spec->names; id; id = id->next) {
        if (is_blank(id)) {
            if (v)
                cs_gen_line("(void)(%s);", cs_gen_expr(v));
        } else {
            cs_gen_declare(id->sym, v ? cs_gen_expr_to(v, id->sym->type) : NULL);
        }
        if (v)
            v = v->next;
    }
}

/* ---- if, for, range ---------------------------------------------------------------- */

static void if_stmt(CsNode *n, bool is_else)
{
    if (!is_else && cs_gen_if_select(n))
        return;
    if (n->init) {
        if (is_else)
            open_block("} else {%s", "");
        else
            open_block("{%s", "");
        cs_gen_stmt(n->init);
        is_else = false;
    }
    cs_gen_pos(n->pos);
    open_block(is_else ? "} else if (%s) {" : "if (%s) {", cond_text(cs_gen_expr(n->cond)));
    cs_gen_block(n->body->list);
    cs_gen_dedent();
    if (n->els) {
        if (n->els->kind == CS_ND_IF) {
            if_stmt(n->els, true);
        } else {
            open_block("} else {%s", "");
            cs_gen_block(n->els->list);
            close_block("}");
        }
    } else {
        cs_gen_line("}");
    }
    if (n->init)
        close_block("}");
}

/* The post statement as a C expression for the for header, or NULL. */
static const char *post_expr(CsNode *p)
{
    if (!p)
        return "";
    if (p->kind == CS_ND_INCDEC && !is_map_index(p->expr) && cs_gen_is_simple(p->expr))
        return cs_gen_fmt("%s%s", cs_gen_expr(p->expr), p->op == CS_OP_INC ? "++" : "--");
    if (p->kind == CS_ND_ASSIGN && !p->define && p->lhs && !p->lhs->next && p->rhs && !p->rhs->next &&
        !is_blank(p->lhs) && !is_map_index(p->lhs) && cs_gen_is_simple(p->lhs)) {
        const char *l = cs_gen_expr(p->lhs);
        if (p->op == CS_OP_NONE)
            return cs_gen_fmt("%s = %s", l, cs_gen_expr_to(p->rhs, p->lhs->ty));
        bool shift = p->op == CS_OP_SHL || p->op == CS_OP_SHR;
        const char *r = shift ? cs_gen_expr(p->rhs) : cs_gen_expr_to(p->rhs, p->lhs->ty);
        return cs_gen_fmt("%s = %s", l, cs_gen_arith(p->op, l, r, p->lhs->ty, p->rhs, p->rhs->ty));
    }
    return NULL;
}

/* The body of loop n, checking at the top when its plan says EACH. */
static void loop_body(CsNode *n, CsNode *body, const CsLoopCheck *lc)
{
    GenFunc *f = cs_gen->fn;
    CsNode *saved = f->loop;
    f->loop = n;
    if (cs_gen->opt->preempt_checks && lc->kind == CS_LOOP_CHECK_EACH)
        cs_gen_line("RT_CHECK();");
    cs_gen_block(body->list);
    f->loop = saved;
    if (sinfo(n)->cont)
        cs_gen_line("cont_%d:;", sinfo(n)->cont);
}

static void end_loop(CsNode *n)
{
    StmtInfo *si = sinfo(n);
    if (si->brk)
        cs_gen_line("brk_%d:;", si->brk);
}

/* `T i = v` when a for loop's init declares one stack variable, so it
 * can go into the C for header; else NULL. */
static const char *header_init(CsNode *init)
{
    if (!init || init->kind != CS_ND_ASSIGN || !init->define || init->lhs->next || init->rhs->next ||
        !is_new(init->lhs) || cs_gen_is_heap(init->lhs->sym) || cs_gen_has_call(init->rhs))
        return NULL;
    CsSym *s = init->lhs->sym;
    const char *v = cs_gen_expr_to(init->rhs, s->type);
    if (strstr(v, "({"))
        return NULL;
    return cs_gen_fmt("%s = %s", cs_gen_decl(s->type, cs_gen_local_name(s)), v);
}

static void for_stmt(CsNode *n)
{
    StmtInfo *si = sinfo(n);
    GenFunc *f = cs_gen->fn;
    f->indent++;    /* a header variable belongs to the loop's block */
    const char *hinit = header_init(n->init);
    f->indent--;
    bool block = n->init && !hinit;
    if (block) {
        open_block("{%s", "");
        cs_gen_stmt(n->init);
    }
    const char *post = post_expr(n->post);
    const char *cond = n->cond ? cond_text(cs_gen_expr(n->cond)) : "";
    CsLoopCheck lc = cs_gen_for_check(n);
    si->chunked = lc.kind == CS_LOOP_CHECK_CHUNKS && post && cs_gen->opt->preempt_checks;
    if (lc.kind == CS_LOOP_CHECK_CHUNKS && !si->chunked)
        lc.kind = CS_LOOP_CHECK_EACH;
    cs_gen_pos(n->pos);
    si->cont_c = post != NULL;
    if (si->chunked) {
        open_block("for (%s) {", cs_gen_fmt("%s; %s; ", hinit ? hinit : "", cond));
        open_block("%s", cs_gen_chunk_begin(&lc, post));
    } else if (post)
        open_block("for (%s) {", cs_gen_fmt("%s; %s; %s", hinit ? hinit : "", cond, post));
    else if (!hinit && !n->cond)
        open_block("for (;;) {%s", "");
    else
        open_block("for (%s) {", cs_gen_fmt("%s; %s; ", hinit ? hinit : "", cond));
    bool proven = cs_gen_prove_enter(n);
    loop_body(n, n->body, &lc);
    cs_gen_prove_leave(proven);
    if (!post)
        cs_gen_stmt(n->post);
    if (si->chunked)
        close_block("}");
    close_block("}");
    end_loop(n);
    if (block)
        close_block("}");
}

/* The iteration variables of a range: declared (:=) or assigned. */
static void range_vars(CsNode *n, const char *k, CsType *kt, const char *v, CsType *vt)
{
    bool both = n->key && !is_blank(n->key) && k && n->value && !is_blank(n->value) && v;
    CsNode *u = n->value ? cs_gen_unparen(n->value) : NULL;
    if (both && !n->define && u->kind != CS_ND_IDENT) {
        /* `for i, x[i] = range`: x[i]'s operands before i changes */
        const char *slot = lhs_slot(u);
        cs_gen_assign_to(n->key, k, kt);
        cs_gen_line("%s = %s;", slot, cs_gen_convert(v, vt, n->value->ty));
        return;
    }
    if (n->key && !is_blank(n->key) && k) {
        if (n->define)
            cs_gen_line("%s = %s;", cs_gen_var_ref(n->key->sym), k);
        else
            cs_gen_assign_to(n->key, k, kt);
    }
    if (n->value && !is_blank(n->value) && v) {
        if (n->define)
            cs_gen_line("%s = %s;", cs_gen_var_ref(n->value->sym), cs_gen_convert(v, vt, n->value->sym->type));
        else
            cs_gen_assign_to(n->value, v, vt);
    }
}

/* Is == reflexive on t (x == x for every x)? Not with floats or
 * interfaces (NaN) anywhere inside. */
static bool reflexive(CsType *t)
{
    t = cs_gen_under(t);
    switch (t->kind) {
    case CS_TY_FLOAT32: case CS_TY_FLOAT64: case CS_TY_INTERFACE:
        return false;
    case CS_TY_ARRAY:
        return reflexive(t->elem);
    case CS_TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!reflexive(t->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

static bool same_var(CsNode *a, CsNode *b)
{
    a = cs_gen_unparen(a);
    b = cs_gen_unparen(b);
    return a->kind == CS_ND_IDENT && b->kind == CS_ND_IDENT && a->sym && a->sym == b->sym;
}

/* `for k := range m { delete(m, k) }` with m a variable and reflexive keys
 * (so every delete finds its entry): gc's map-clear idiom, one call. */
static bool map_clear_idiom(CsNode *n)
{
    CsNode *body = n->body ? n->body->list : NULL;
    CsNode *d = body ? cs_gen_unparen(body->kind == CS_ND_EXPRSTMT ? body->expr : body) : NULL;
    return cs_gen_under(n->expr->ty)->kind == CS_TY_MAP && n->define && n->key && !is_blank(n->key) &&
           (!n->value || is_blank(n->value)) && body && !body->next && d->kind == CS_ND_CALL &&
           d->builtin == CS_BI_DELETE && same_var(d->list, n->expr) && same_var(d->list->next, n->key) &&
           reflexive(cs_gen_under(n->expr->ty)->key);
}

static void range_stmt(CsNode *n)
{
    if (map_clear_idiom(n)) {
        cs_gen_line("rt_mapclear(%s);", cs_gen_expr(n->expr));
        end_loop(n);
        return;
    }
    StmtInfo *si = sinfo(n);
    si->cont_c = true;
    CsType *xt = n->expr->ty, *u = cs_gen_under(xt);
    bool want_v = n->value && !is_blank(n->value);
    CsLoopCheck lc = {.kind = CS_LOOP_CHECK_EACH};
    open_block("{%s", "");
    const char *x = cs_gen_temp(), *i = cs_gen_temp();
    CsType *it = cs_type_basic(CS_TY_INT);
    bool heap_copy = u->kind == CS_TY_ARRAY && want_v && cs_type_is_big(xt);
    if (heap_copy) {            /* Go's copy of a big array: not on the stack */
        cs_gen_line("%s = %s(sizeof(%s));", cs_gen_decl(cs_type_ptr(xt), x),
                    cs_gen_has_pointers(xt) ? "rt_alloc" : "rt_alloc_noscan", cs_gen_ctype(xt));
        cs_gen_line("*%s = %s;", x, cs_gen_expr(n->expr));
    } else if (u->kind == CS_TY_PTR || u->kind == CS_TY_ARRAY) {
        if (u->kind == CS_TY_PTR || want_v)
            cs_gen_line("%s = %s;", cs_gen_decl(xt, x), cs_gen_expr(n->expr));
        else if (cs_gen_has_call(n->expr))
            cs_gen_line("(void)(%s);", cs_gen_expr(n->expr));
    } else {
        const char *lit = cs_gen_slicelit_range(n->expr);
        cs_gen_line("%s = %s;", cs_gen_decl(xt, x), lit ? lit : cs_gen_expr(n->expr));
    }
    if (n->define) {
        if (n->key && !is_blank(n->key))
            cs_gen_declare(n->key->sym, NULL);
        if (want_v)
            cs_gen_declare(n->value->sym, NULL);
    }
    cs_gen_pos(n->pos);
    switch (u->kind) {
    case CS_TY_ARRAY: case CS_TY_PTR: case CS_TY_SLICE: {
        const char *len, *elem;
        CsType *et;
        if (u->kind == CS_TY_SLICE) {
            len = cs_gen_fmt("%s.len", x);
            et = u->elem;
            elem = cs_gen_fmt("((%s *)%s.ptr)[%s]", cs_gen_ctype(et), x, i);
        } else {
            CsType *at = u->kind == CS_TY_PTR ? cs_gen_under(u->elem) : u;
            len = cs_gen_fmt("%lld", (long long)at->len);
            et = at->elem;
            elem = u->kind == CS_TY_PTR ? cs_gen_fmt("RT_NILCHK(%s)->a[%s]", x, i)
                   : cs_gen_fmt(heap_copy ? "%s->a[%s]" : "%s.a[%s]", x, i);
        }
        int64_t const_len = u->kind == CS_TY_SLICE ? -1 : (u->kind == CS_TY_PTR ? cs_gen_under(u->elem) : u)->len;
        lc = cs_gen_range_check(n, i, len, const_len);
        si->chunked = lc.kind == CS_LOOP_CHECK_CHUNKS && cs_gen->opt->preempt_checks;
        if (si->chunked) {
            open_block("for (int64_t %s) {", cs_gen_fmt("%s = 0; %s < %s; ", i, i, len));
            open_block("%s", cs_gen_chunk_begin(&lc, cs_gen_fmt("%s++", i)));
        } else {
            open_block("for (int64_t %s) {", cs_gen_fmt("%s = 0; %s < %s; %s++", i, i, len, i));
        }
        range_vars(n, i, it, want_v ? elem : NULL, et);
        break;
    }
    case CS_TY_STRING: {
        const char *w = cs_gen_temp(), *r = cs_gen_temp();
        cs_gen_line("int64_t %s = 0;", w);
        open_block("for (int64_t %s) {", cs_gen_fmt("%s = 0; %s < %s.len; %s += %s", i, i, x, i, w));
        cs_gen_line("int32_t %s = rt_nextrune(%s, %s, &%s);", r, x, i, w);
        range_vars(n, i, it, r, cs_type_basic(CS_TY_INT32));
        break;
    }
    case CS_TY_MAP: {
        const char *iter = cs_gen_temp();
        cs_gen_line("rt_mapiter %s;", iter);
        cs_gen_line("rt_mapiterinit(%s, %s, &%s);", cs_gen_rtt(xt), x, iter);
        open_block("while (rt_mapiternext(&%s)) {", iter);
        range_vars(n, cs_gen_fmt("*(%s *)%s.key", cs_gen_ctype(u->key), iter), u->key,
                   cs_gen_fmt("*(%s *)%s.val", cs_gen_ctype(u->elem), iter), u->elem);
        break;
    }
    case CS_TY_CHAN: {
        open_block("for (;;) {%s", "");
        const char *v = cs_gen_temp();
        cs_gen_line("%s = %s;", cs_gen_decl(u->elem, v), cs_gen_zero(u->elem));
        cs_gen_line("if (!rt_chanrecv(%s, &%s))", x, v);
        cs_gen_line("    break;");
        range_vars(n, v, u->elem, NULL, NULL);
        break;
    }
    default:
        cs_error_at(n->pos, "internal error: range over %s", cs_type_string(xt));
        cs_gen->failed = true;
        open_block("{%s", "");
    }
    bool proven = cs_gen_prove_enter(n);
    loop_body(n, n->body, &lc);
    cs_gen_prove_leave(proven);
    if (si->chunked)
        close_block("}");
    close_block("}");
    end_loop(n);
    close_block("}");
}

/* ---- switch ------------------------------------------------------------------------- */

static bool has_fallthrough(CsNode *sw)
{
    for (CsNode *c = sw->body; c; c = c->next)
        for (CsNode *s = c->body; s; s = s->next)
            if (s->kind == CS_ND_BRANCH && s->branch == CS_BR_FALLTHROUGH)
                return true;
    return false;
}

/* The condition of an expression-switch case. */
static const char *case_cond(CsNode *c, const char *tag, CsType *tt)
{
    CsBuf b = {0};
    for (CsNode *e = c->list; e; e = e->next) {
        const char *one;
        if (!tag && cs_gen_is_iface(e->ty))      /* switch { case i: } means i == true */
            one = cs_gen_equal(cs_gen_convert("true", cs_type_basic(CS_TY_BOOL), e->ty), cs_gen_expr(e), e->ty, true);
        else if (!tag)
            one = cs_gen_expr(e);
        else if (cs_gen_is_iface(e->ty) && !cs_gen_is_iface(tt))
            one = cs_gen_equal(cs_gen_convert(tag, tt, e->ty), cs_gen_expr(e), e->ty, true);
        else if (e->ty->kind == CS_TY_UNTYPED_NIL || (cs_gen_unparen(e)->kind == CS_ND_IDENT && cs_gen_unparen(e)->sym &&
                                                      cs_gen_unparen(e)->sym->kind == CS_SYM_NIL))
            one = cs_gen_nil_test(tag, tt, true);
        else
            one = cs_gen_equal(tag, cs_gen_expr_to(e, tt), tt, true);
        cs_buf_printf(&b, "%s%s", b.len ? " || " : "", one);
    }
    return b.s ? b.s : "false";
}

/* Are all of switch n's case values constants? Then every comparison is
 * made before any case body runs and nothing in between can change the
 * tag's operands, so `switch string(b)` may read b in place (gc does the
 * same). */
static bool constant_cases(CsNode *n)
{
    for (CsNode *c = n->body; c; c = c->next)
        for (CsNode *e = c->list; e; e = e->next)
            if (!e->cv)
                return false;
    return true;
}

static void switch_stmt(CsNode *n)
{
    GenFunc *f = cs_gen->fn;
    StmtInfo *si = sinfo(n);
    open_block("{%s", "");
    if (n->init)
        cs_gen_stmt(n->init);
    const char *tag = NULL;
    CsType *tt = NULL;
    if (n->expr) {
        tt = n->expr->ty;
        if (tt->kind >= CS_TY_UNTYPED_BOOL && tt->kind <= CS_TY_UNTYPED_STRING)
            tt = cs_type_default(tt);
        tag = cs_gen_temp();
        cs_gen_line("%s = %s;", cs_gen_decl(tt, tag),
                    constant_cases(n) ? cs_gen_borrowed_operand(n->expr, tt) : cs_gen_expr_to(n->expr, tt));
    }
    CsNode *deflt = NULL;
    if (!has_fallthrough(n)) {
        bool first = true;
        for (CsNode *c = n->body; c; c = c->next) {
            if (!c->list) {
                deflt = c;
                continue;
            }
            cs_gen_pos(c->pos);
            if (first)
                open_block("if (%s) {", cond_text(case_cond(c, tag, tt)));
            else {
                cs_gen_dedent();
                open_block("} else if (%s) {", cond_text(case_cond(c, tag, tt)));
            }
            first = false;
            cs_gen_block(c->body);
        }
        if (deflt) {
            if (first)
                open_block("{%s", "");
            else {
                cs_gen_dedent();
                open_block("} else {%s", "");
            }
            first = false;
            cs_gen_block(deflt->body);
        }
        if (!first)
            close_block("}");
    } else {
        int ncases = cs_ast_list_len(n->body);
        int *labels = calloc(ncases + 1, sizeof *labels);
        int k = 0;
        for (CsNode *c = n->body; c; c = c->next, k++) {
            labels[k] = cs_gen_label();
            if (!c->list)
                deflt = c;
            else
                cs_gen_line("if (%s) goto case_%d;", cond_text(case_cond(c, tag, tt)), labels[k]);
        }
        if (!si->brk)
            si->brk = cs_gen_label();
        k = 0;
        for (CsNode *c = n->body; c; c = c->next, k++)
            if (c == deflt)
                cs_gen_line("goto case_%d;", labels[k]);
        if (!deflt)
            cs_gen_line("goto brk_%d;", si->brk);
        k = 0;
        int saved = f->fall_label;
        for (CsNode *c = n->body; c; c = c->next, k++) {
            f->fall_label = labels[k + 1];
            open_block("case_%s: {", cs_gen_fmt("%d", labels[k]));
            cs_gen_block(c->body);
            close_block("}");
            cs_gen_line("goto brk_%d;", si->brk);
        }
        f->fall_label = saved;
    }
    close_block("}");
    end_loop(n);
}

/* The symbol a type switch binds in case c (v := x.(type)). */
static CsSym *case_sym(CsNode *c)
{
    return c->sym;
}

static void type_switch(CsNode *n)
{
    open_block("{%s", "");
    if (n->init)
        cs_gen_stmt(n->init);
    CsNode *ta = cs_gen_unparen(n->expr);
    const char *x = cs_gen_temp();
    cs_gen_line("rt_iface %s = %s;", x, cs_gen_expr(ta->expr));
    CsNode *deflt = NULL;
    bool first = true;
    for (CsNode *c = n->body; c; c = c->next) {
        if (!c->list) {
            deflt = c;
            continue;
        }
        CsBuf b = {0};
        for (CsNode *e = c->list; e; e = e->next) {
            CsType *t = e->ty;
            const char *one;
            if (t->kind == CS_TY_UNTYPED_NIL || (e->sym && e->sym->kind == CS_SYM_NIL))
                one = cs_gen_fmt("%s.type == NULL", x);
            else if (cs_gen_is_iface(t))
                one = cs_gen_fmt("(%s.type && rt_implements(%s.type, %s))", x, x, cs_gen_rtt(t));
            else
                one = cs_gen_type_is(x, t);
            cs_buf_printf(&b, "%s%s", b.len ? " || " : "", one);
        }
        cs_gen_pos(c->pos);
        if (first)
            open_block("if (%s) {", cond_text(b.s));
        else {
            cs_gen_dedent();
            open_block("} else if (%s) {", cond_text(b.s));
        }
        first = false;
        CsSym *v = case_sym(c);
        if (v && n->body->sym && v != n->body->sym)
            v->cname = cs_gen_local_name(n->body->sym);  /* disjoint C blocks: one name */
        if (v) {
            CsType *t = v->type;
            const char *val = x;
            if (!cs_gen_is_iface(t))
                val = cs_gen_is_direct(t) ? cs_gen_fmt("(%s)%s.data", cs_gen_ctype(t), x)
                                          : cs_gen_fmt("*(%s *)%s.data", cs_gen_ctype(t), x);
            cs_gen_declare(v, val);
        }
        cs_gen_block(c->body);
    }
    if (deflt) {
        if (first)
            open_block("{%s", "");
        else {
            cs_gen_dedent();
            open_block("} else {%s", "");
        }
        first = false;
        CsSym *v = case_sym(deflt);
        if (v && n->body->sym && v != n->body->sym)
            v->cname = cs_gen_local_name(n->body->sym);
        if (v)
            cs_gen_declare(v, x);
        cs_gen_block(deflt->body);
    }
    if (!first)
        close_block("}");
    close_block("}");
    end_loop(n);
}

/* ---- select ------------------------------------------------------------------------- */

/* Go compiles a select with one communication (and perhaps a default)
 * into that operation alone, at its case's position: a trace of a goroutine
 * blocked or panicking there names the case's line, not the select's. */
static void select_stmt(CsNode *n)
{
    int ncases = 0;
    CsNode *deflt = NULL, *lone = NULL;
    for (CsNode *c = n->body; c; c = c->next) {
        if (c->init) {
            ncases++;
            lone = c;
        } else
            deflt = c;
    }
    open_block("{%s", "");
    const char *sc = cs_gen_temp(), *ok = cs_gen_temp(), *idx = cs_gen_temp();
    if (ncases)
        cs_gen_line("rt_scase %s[%d];", sc, ncases);
    cs_gen_line("bool %s = false;", ok);
    const char **bufs = calloc(ncases + 1, sizeof *bufs);
    CsType **btypes = calloc(ncases + 1, sizeof *btypes);
    int k = 0;
    for (CsNode *c = n->body; c; c = c->next) {
        CsNode *s = c->init;
        if (!s)
            continue;
        if (s->kind == CS_ND_SEND) {
            CsType *et = cs_gen_under(s->lhs->ty)->elem;
            const char *ch = cs_gen_temp(), *v = cs_gen_temp();
            cs_gen_line("%s = %s;", cs_gen_decl(s->lhs->ty, ch), cs_gen_expr(s->lhs));
            cs_gen_line("%s = %s;", cs_gen_decl(et, v), cs_gen_expr_to(s->rhs, et));
            cs_gen_line("%s[%d] = (rt_scase){%s, &%s, RT_SELECT_SEND};", sc, k, ch, v);
        } else {
            CsNode *recv = cs_gen_unparen(s->kind == CS_ND_EXPRSTMT ? s->expr : s->rhs);
            CsType *et = cs_gen_under(recv->expr->ty)->elem;
            bufs[k] = cs_gen_temp();
            btypes[k] = et;
            cs_gen_line("%s = %s;", cs_gen_decl(et, bufs[k]), cs_gen_zero(et));
            cs_gen_line("%s[%d] = (rt_scase){%s, &%s, RT_SELECT_RECV};", sc, k, cs_gen_expr(recv->expr), bufs[k]);
        }
        k++;
    }
    cs_gen_pos(ncases == 1 ? lone->pos : n->pos);
    cs_gen_line("int %s = rt_select(%s, %d, %s, &%s);", idx, ncases ? sc : "NULL", ncases,
                deflt ? "true" : "false", ok);
    k = 0;
    bool first = true;
    for (CsNode *c = n->body; c; c = c->next) {
        if (!c->init)
            continue;
        if (first)
            open_block("if (%s) {", cs_gen_fmt("%s == %d", idx, k));
        else {
            cs_gen_dedent();
            open_block("} else if (%s) {", cs_gen_fmt("%s == %d", idx, k));
        }
        first = false;
        CsNode *s = c->init;
        if (s->kind == CS_ND_ASSIGN) {
            const char *vals[2] = {bufs[k], ok};
            CsType *types[2] = {btypes[k], cs_type_basic(CS_TY_BOOL)};
            int i = 0;
            for (CsNode *l = s->lhs; l && i < 2; l = l->next, i++) {
                if (s->define && is_new(l))
                    cs_gen_declare(l->sym, cs_gen_convert(vals[i], types[i], l->sym->type));
                else if (!is_blank(l))
                    cs_gen_assign_to(l, vals[i], types[i]);
            }
        }
        cs_gen_block(c->body);
        k++;
    }
    if (deflt) {
        if (first)
            open_block("{%s", "");
        else {
            cs_gen_dedent();
            open_block("} else {%s", "");
        }
        first = false;
        cs_gen_block(deflt->body);
    }
    if (!first)
        close_block("}");
    close_block("}");
    end_loop(n);
}

/* ---- branches ------------------------------------------------------------------------ */

static void branch(CsNode *n)
{
    GenFunc *f = cs_gen->fn;
    if (n->branch == CS_BR_FALLTHROUGH) {
        cs_gen_line("goto case_%d;", f->fall_label);
        return;
    }
    CsNode *t = n->target;
    if (t && t->kind == CS_ND_LABELED)
        t = t->body;
    if (!t) {
        cs_error_at(n->pos, "internal error: branch without target");
        cs_gen->failed = true;
        return;
    }
    StmtInfo *si = sinfo(t);
    bool loop = t->kind == CS_ND_FOR || t->kind == CS_ND_RANGE;
    if (n->branch == CS_BR_BREAK) {
        if (loop && t == f->loop && !si->chunked) {
            cs_gen_line("break;");
            return;
        }
        if (!si->brk)
            si->brk = cs_gen_label();
        cs_gen_line("goto brk_%d;", si->brk);
        return;
    }
    if (t == f->loop && si->cont_c) {
        cs_gen_line("continue;");
        return;
    }
    if (!si->cont)
        si->cont = cs_gen_label();
    cs_gen_line("goto cont_%d;", si->cont);
}

/* ---- dispatch ------------------------------------------------------------------------ */

static void stmt(CsNode *n);

/* Every statement is evaluated on its own, also inside an expression's
 * order scope (a function literal's body). */
void cs_gen_stmt(CsNode *n)
{
    bool was = cs_gen_order_suspend();
    stmt(n);
    cs_gen_order_resume(was);
}

static void stmt(CsNode *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case CS_ND_EMPTY:
        return;
    case CS_ND_BLOCK:
        open_block("{%s", "");
        cs_gen_block(n->list);
        close_block("}");
        return;
    case CS_ND_LABELED:
        cs_gen_stmt(n->body);
        return;
    case CS_ND_IF: if_stmt(n, false); return;
    case CS_ND_FOR: for_stmt(n); return;
    case CS_ND_RANGE: range_stmt(n); return;
    case CS_ND_SWITCH: switch_stmt(n); return;
    case CS_ND_TYPESWITCH: type_switch(n); return;
    case CS_ND_SELECT: select_stmt(n); return;
    case CS_ND_BRANCH: cs_gen_pos(n->pos); branch(n); return;
    default:
        break;
    }
    cs_gen_pos(n->pos);
    switch (n->kind) {
    case CS_ND_EXPRSTMT: {
        CsNode *e = cs_gen_unparen(n->expr);
        if (e->kind == CS_ND_UNARY && e->op == CS_OP_RECV)
            cs_gen_line("rt_chanrecv(%s, NULL);", cs_gen_expr(e->expr));
        else if (e->kind == CS_ND_CALL && !e->builtin)
            cs_gen_line("%s;", cs_gen_expr(e));
        else
            cs_gen_line("(void)(%s);", cs_gen_expr(e));
        return;
    }
    case CS_ND_SEND: {
        CsType *et = cs_gen_under(n->lhs->ty)->elem;
        GenOrder o;
        bool ordered = order_stmt(&o, n->lhs, n->rhs);
        cs_gen_line("rt_chansend(%s, (%s[]){%s});", cs_gen_expr(n->lhs), cs_gen_ctype(et),
                    cs_gen_expr_to(n->rhs, et));
        if (ordered)
            cs_gen_order_end(&o);
        return;
    }
    case CS_ND_INCDEC: incdec(n); return;
    case CS_ND_ASSIGN: assign(n); return;
    case CS_ND_GO: case CS_ND_DEFER: cs_gen_go_defer(n); return;
    case CS_ND_RETURN: cs_gen_return(n); return;
    case CS_ND_DECLSTMT:
        if (n->decl->decl_kind == CS_DECL_VAR)
            for (CsNode *s = n->decl->list; s; s = s->next)
                var_decl(s);
        return;
    default:
        cs_error_at(n->pos, "internal error: codegen cannot translate %s", cs_node_kind_name(n->kind));
        cs_gen->failed = true;
    }
}
