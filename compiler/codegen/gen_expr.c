/* gen_expr.c: expressions (operators, selectors, indexing, slicing,
 * literals, conversions). Calls and built-ins are in gen_call.c.
 *
 * Every function returns C expression text that evaluates the operand once.
 * An operand needed twice (s in s.ptr[rt_index(i, s.len)]) is used as is
 * when cs_gen_is_simple says re-evaluation is free of effects, else it goes
 * into a temporary inside a statement expression. An expression with a
 * call or receive is generated inside an order scope (gen_order.c): the
 * parts gc evaluates first are temporaries by then, so C's unspecified
 * operand order cannot show.
 *
 * Constants come from the checker (n->cv): integers as decimal literals
 * (INT64_MIN and values above INT64_MAX spelled with <stdint.h> macros),
 * floats with 17 significant digits, strings as RT_STR("...") with octal
 * escapes (so no escape can swallow a following digit).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "gen_int.h"

/* ---- overrides (go/defer thunks re-emit built-in calls on saved operands; a
 * deferred closure's record in the frame) -- */
typedef struct Override { CsNode *n; const char *c; struct Override *next; } Override;
static Override *overrides;

void cs_gen_override(CsNode *n, const char *c)
{
    Override *o = calloc(1, sizeof *o);
    o->n = n;
    o->c = c;
    o->next = overrides;
    overrides = o;
}

void cs_gen_drop_override(CsNode *n)
{
    for (Override **p = &overrides; *p; p = &(*p)->next)
        if ((*p)->n == n) {
            *p = (*p)->next;
            return;
        }
}

bool cs_gen_is_overridden(CsNode *n)
{
    for (Override *o = overrides; o; o = o->next)
        if (o->n == n)
            return true;
    return false;
}

void *cs_gen_override_mark(void)
{
    return overrides;
}

void cs_gen_override_restore(void *mark)
{
    overrides = mark;
}

/* ---- constants ------------------------------------------------------------------ */

/* A C literal of the constant's own width: C gives an int64 or uint64
 * literal its type, and a 32-bit operand combined with one is promoted to
 * 64 bits (u32 <= ^(u32 & 4294967295) compared as int64, i32 *
 * -2147483648 did not wrap), so the 32-bit extremes are spelt with a
 * 32-bit type; narrower constants fit in int, which C's promotion and the
 * generated casts already treat as Go does. */
static const char *int_lit(__int128 v, CsType *t)
{
    CsTypeKind k = t ? cs_gen_under(t)->kind : CS_TY_INT;
    if (k == CS_TY_UINT32 && v > 0x7fffffff)
        return cs_gen_fmt("UINT32_C(%llu)", (unsigned long long)v);
    if (k == CS_TY_INT32 && v == INT32_MIN)
        return "INT32_MIN";
    bool uns = k == CS_TY_UINT || k == CS_TY_UINT64 || k == CS_TY_UINTPTR;
    if (uns) {
        unsigned long long u = (unsigned long long)v;
        if (u > 0x7fffffffULL)
            return cs_gen_fmt("UINT64_C(%llu)", u);
        return cs_gen_fmt("%llu", u);
    }
    long long s = (long long)v;
    if (s == INT64_MIN)
        return "INT64_MIN";
    if (s > 0x7fffffffLL || s < -0x7fffffffLL)
        return cs_gen_fmt("INT64_C(%lld)", s);
    if (s < 0)
        return cs_gen_fmt("(%lld)", s);
    return cs_gen_fmt("%lld", s);
}

static const char *float_lit(long double v, CsType *t)
{
    bool f32 = t && cs_gen_under(t)->kind == CS_TY_FLOAT32;
    double d = f32 ? (double)(float)v : (double)v;
    if (isinf(d))
        return d > 0 ? "(1.0/0.0)" : "(-1.0/0.0)";
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", d);
    if (!strpbrk(buf, ".eEn"))
        strcat(buf, ".0");
    if (f32)
        return cs_gen_fmt("%sf", buf);
    return d < 0 ? cs_gen_fmt("(%s)", buf) : cs_gen_fmt("%s", buf);
}

static const char *str_lit(const char *s, int64_t len)
{
    CsBuf b = {0};
    cs_buf_puts(&b, "RT_STR(\"");
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            cs_buf_printf(&b, "\\%c", c);
        else if (c == '\n')
            cs_buf_puts(&b, "\\n");
        else if (c == '\t')
            cs_buf_puts(&b, "\\t");
        else if (c < 0x20 || c >= 0x7f || c == '?')
            cs_buf_printf(&b, "\\%03o", c);
        else
            cs_buf_printf(&b, "%c", c);
    }
    cs_buf_puts(&b, "\")");
    return b.s;
}

const char *cs_gen_const(CsConst *cv, CsType *t)
{
    CsType *u = t ? cs_gen_under(t) : NULL;
    if (u && u->kind == CS_TY_INTERFACE) {
        /* a constant converted to an interface: box its default type */
        CsType *d;
        switch (cv->kind) {
        case CS_CV_BOOL: d = cs_type_basic(CS_TY_BOOL); break;
        case CS_CV_INT: d = cs_type_basic(CS_TY_INT); break;
        case CS_CV_FLOAT: d = cs_type_basic(CS_TY_FLOAT64); break;
        default: d = cs_type_basic(CS_TY_STRING); break;
        }
        return cs_gen_convert(cs_gen_const(cv, d), d, t);
    }
    switch (cv->kind) {
    case CS_CV_BOOL:
        return cv->b ? "true" : "false";
    case CS_CV_STRING:
        return str_lit(cv->s, cv->slen);
    case CS_CV_INT:
        if (u && (u->kind == CS_TY_FLOAT32 || u->kind == CS_TY_FLOAT64 || u->kind == CS_TY_UNTYPED_FLOAT))
            return float_lit((long double)cv->i, t);
        return int_lit(cv->i, t);
    case CS_CV_FLOAT:
        if (u && u->kind != CS_TY_FLOAT32 && u->kind != CS_TY_FLOAT64 && u->kind != CS_TY_UNTYPED_FLOAT)
            return int_lit((__int128)cv->f, t);
        return float_lit(cv->f, t);
    }
    return "0";
}

/* ---- helpers ---------------------------------------------------------------------- */

bool cs_gen_list_has_call(CsNode *l)
{
    for (; l; l = l->next)
        if (cs_gen_has_call(l))
            return true;
    return false;
}

/* Does evaluating n call a function or receive (observable order)? */
bool cs_gen_has_call(CsNode *n)
{
    if (!n || n->cv || n->mode == CS_MODE_TYPE)
        return false;
    switch (n->kind) {
    case CS_ND_CALL:
        if (n->builtin == CS_BI_LEN || n->builtin == CS_BI_CAP || n->is_conversion)
            return cs_gen_list_has_call(n->list);
        return true;
    case CS_ND_UNARY:
        return n->op == CS_OP_RECV || cs_gen_has_call(n->expr);
    case CS_ND_FUNCLIT: case CS_ND_IDENT:
        return false;
    case CS_ND_COMPOSITE:
        return cs_gen_list_has_call(n->list);
    case CS_ND_KEYVALUE:
        return cs_gen_has_call(n->lhs) || cs_gen_has_call(n->rhs);
    default:
        return cs_gen_has_call(n->expr) || cs_gen_has_call(n->lhs) || cs_gen_has_call(n->rhs) ||
               cs_gen_has_call(n->index) || cs_gen_has_call(n->lo) || cs_gen_has_call(n->hi) ||
               cs_gen_has_call(n->max);
    }
}

/* Can n be evaluated twice without effects or much cost? */
bool cs_gen_is_simple(CsNode *n)
{
    if (!n)
        return true;
    if (n->cv)
        return true;
    switch (n->kind) {
    case CS_ND_IDENT:
        return true;
    case CS_ND_PAREN:
        return cs_gen_is_simple(n->expr);
    case CS_ND_SELECTOR:
        if (n->expr->mode == CS_MODE_PKG)
            return !n->sym || n->sym->kind != CS_SYM_FUNC;
        return (!n->sym || n->sym->kind == CS_SYM_VAR) && cs_gen_is_simple(n->expr);
    default:
        return false;
    }
}

/* Emits `T t = c;` into *pre and returns t. */
static const char *spill(CsBuf *pre, CsType *t, const char *c)
{
    const char *tmp = cs_gen_temp();
    cs_buf_printf(pre, "%s = %s; ", cs_gen_decl(t, tmp), c);
    return tmp;
}

/* Wraps `pre` and the result `c` into a statement expression when needed. */
static const char *wrap(CsBuf *pre, const char *c)
{
    if (!pre->s || !pre->len)
        return c;
    return cs_gen_fmt("({ %s%s; })", pre->s, c);
}

/* A C operand for n that may be used several times. */
static const char *once(CsBuf *pre, CsNode *n)
{
    const char *c = cs_gen_expr(n);
    if (cs_gen_is_simple(n))
        return c;
    return spill(pre, n->ty, c);
}

/* ---- variables ------------------------------------------------------------------ */

bool cs_gen_is_heap(CsSym *sym)
{
    if (sym->global)
        return false;
    if (sym->escapes || (sym->captured && !sym->by_value))
        return true;
    return sym->is_result && sym->func && cs_gen_func_catches(sym->func);
}

const char *cs_gen_var_ref(CsSym *sym)
{
    if (sym->global)
        return cs_gen_global_name(sym);
    const char *name = cs_gen_local_name(sym);
    if (cs_gen_is_heap(sym))
        return cs_gen_fmt("(*%s)", name);
    return name;
}

/* ---- conversions ------------------------------------------------------------------ */

static bool is_untyped(CsType *t)
{
    return t->kind >= CS_TY_UNTYPED_BOOL && t->kind <= CS_TY_UNTYPED_NIL;
}

/* A struct or array value c of type `from` as one of type `to` with the same
 * underlying type: C spells the two as different struct types (P and an
 * anonymous struct_N, or two named types), so the bits are reinterpreted. */
static const char *retype(const char *c, CsType *from, CsType *to)
{
    CsTypeKind k = cs_gen_under(to)->kind;
    if ((k != CS_TY_STRUCT && k != CS_TY_ARRAY) || strcmp(cs_gen_ctype(from), cs_gen_ctype(to)) == 0)
        return c;
    const char *t = cs_gen_temp();
    return cs_gen_fmt("({ %s = %s; *(%s *)&%s; })", cs_gen_decl(from, t), c, cs_gen_ctype(to), t);
}

/* c of type from as type to; `on_stack`: an interface's box may be a C
 * compound literal, which lives until the enclosing block ends (for a
 * call argument that leak.c found the callee does not keep). */
static const char *convert(const char *c, CsType *from, CsType *to, bool on_stack)
{
    if (!to || !from || from == to)
        return c;
    if (cs_gen_is_iface(to) && !cs_gen_is_iface(from)) {
        if (from->kind == CS_TY_UNTYPED_NIL)
            return "(rt_iface){}";
        if (is_untyped(from))
            from = cs_type_default(from);
        cs_gen_note_boxed(from);
        /* a pointer-shaped value is the interface's data word itself:
         * no call (visitor.cs passing `e` on: 8% of its time in rt_box) */
        if (cs_gen_is_direct(from))
            return cs_gen_fmt("((rt_iface){%s, (void *)(%s)})", cs_gen_rtt(from), c);
        if (on_stack)
            return cs_gen_fmt("((rt_iface){%s, (%s[]){%s}})", cs_gen_rtt(from), cs_gen_ctype(from), c);
        return cs_gen_fmt("rt_box(%s, (%s[]){%s})", cs_gen_rtt(from), cs_gen_ctype(from), c);
    }
    if (from->kind == CS_TY_UNTYPED_NIL)
        return cs_gen_zero(to);
    return retype(c, from, to);
}

const char *cs_gen_convert(const char *c, CsType *from, CsType *to)
{
    return convert(c, from, to, false);
}

static const char *expr_to(CsNode *n, CsType *to, bool on_stack)
{
    if (n->cv && to && !cs_gen_is_iface(n->ty))
        return convert(cs_gen_const(n->cv, n->ty), n->ty, to, on_stack);
    const char *lit = cs_gen_slicelit_index(n);
    if (lit)
        return convert(lit, n->ty, to, on_stack);
    /* a big value in memory is boxed straight from where it is: a copy
     * on the stack first could overflow it (a 128 MiB struct) */
    if (to && cs_gen_is_iface(to) && !cs_gen_is_iface(n->ty) && n->mode == CS_MODE_VAR &&
        cs_type_size_estimate(n->ty) >= 1024) {
        cs_gen_note_boxed(n->ty);
        return cs_gen_fmt("rt_box(%s, &%s)", cs_gen_rtt(n->ty), cs_gen_expr(n));
    }
    return convert(cs_gen_expr(n), n->ty, to, on_stack);
}

const char *cs_gen_expr_to(CsNode *n, CsType *to)
{
    return expr_to(n, to, false);
}

/* A call argument n for a parameter of type to: boxed in this frame when
 * the callee does not keep the interface (leak.c's box_on_stack), as gc's
 * escape analysis does (sync.Map.Load's key, map[any] lookups). Values of
 * 1024 bytes or more in a variable are still boxed from where it is. */
const char *cs_gen_arg_to(CsNode *n, CsType *to)
{
    return expr_to(n, to, n->box_on_stack);
}

static bool is_int(CsType *t)
{
    CsTypeKind k = cs_gen_under(t)->kind;
    return (k >= CS_TY_INT && k <= CS_TY_UINTPTR) || k == CS_TY_UNTYPED_INT || k == CS_TY_UNTYPED_RUNE;
}

static bool is_unsigned(CsType *t)
{
    CsTypeKind k = cs_gen_under(t)->kind;
    return k >= CS_TY_UINT && k <= CS_TY_UINTPTR;
}

static bool is_float(CsType *t)
{
    CsTypeKind k = cs_gen_under(t)->kind;
    return k == CS_TY_FLOAT32 || k == CS_TY_FLOAT64 || k == CS_TY_UNTYPED_FLOAT;
}

static bool is_narrow(CsType *t)
{
    CsTypeKind k = cs_gen_under(t)->kind;
    return k == CS_TY_INT8 || k == CS_TY_INT16 || k == CS_TY_UINT8 || k == CS_TY_UINT16;
}

static bool is_string(CsType *t)
{
    CsTypeKind k = cs_gen_under(t)->kind;
    return k == CS_TY_STRING || k == CS_TY_UNTYPED_STRING;
}

static bool is_elem(CsType *t, CsTypeKind k)
{
    t = cs_gen_under(t);
    return t->kind == CS_TY_SLICE && cs_gen_under(t->elem)->kind == k;
}

/* T(x) for a non-constant x. */
static const char *conversion(CsNode *call)
{
    CsType *to = call->ty;
    CsNode *x = call->list;
    CsType *from = x->ty, *tu = cs_gen_under(to);
    const char *c = cs_gen_expr(x);
    const char *ct = cs_gen_ctype(to);
    if (cs_gen_is_iface(to))
        return cs_gen_convert(c, from, to);
    if (is_string(to)) {
        if (is_int(from))
            return cs_gen_fmt("rt_string_from_rune(%s)", c);
        if (is_elem(from, CS_TY_UINT8))
            return cs_gen_fmt("rt_string_from_bytes(%s)", c);
        if (is_elem(from, CS_TY_INT32))
            return cs_gen_fmt("rt_string_from_runes(%s)", c);
        return c;
    }
    if (is_string(from)) {
        /* Go gives a constant operand's result cap == len */
        if (is_elem(to, CS_TY_UINT8))
            return cs_gen_fmt(x->cv ? "rt_bytes_from_literal(%s)" : "rt_bytes_from_string(%s)", c);
        if (is_elem(to, CS_TY_INT32))
            return cs_gen_fmt(x->cv ? "rt_runes_from_literal(%s)" : "rt_runes_from_string(%s)", c);
    }
    if (is_float(from) && is_int(to)) {
        if (tu->kind == CS_TY_UINT64 || tu->kind == CS_TY_UINT || tu->kind == CS_TY_UINTPTR)
            return cs_gen_fmt("((%s)rt_f2u64(%s))", ct, c);
        bool via32 = tu->kind == CS_TY_INT8 || tu->kind == CS_TY_INT16 || tu->kind == CS_TY_INT32 ||
                     tu->kind == CS_TY_UINT8 || tu->kind == CS_TY_UINT16;
        return cs_gen_fmt(via32 ? "((%s)rt_f2i32(%s))" : "((%s)rt_f2i64(%s))", ct, c);
    }
    if ((is_int(from) || is_float(from)) && (is_int(to) || is_float(to)))
        return cs_gen_fmt("((%s)%s)", ct, c);
    if (strcmp(cs_gen_ctype(from), ct) == 0)
        return c;
    if (tu->kind == CS_TY_PTR && cs_gen_under(from)->kind == CS_TY_SLICE)
        return cs_gen_fmt("((%s)rt_slice_array_ptr(%s, %lld))", ct, c,
                          (long long)cs_gen_under(tu->elem)->len);
    if (tu->kind == CS_TY_PTR || tu->kind == CS_TY_UNSAFEPTR)
        return cs_gen_fmt("((%s)%s)", ct, c);
    return retype(c, from, to);
}

/* ---- comparisons ---------------------------------------------------------------- */

/* a == b (eq) or a != b on values of type t. */
const char *cs_gen_equal(const char *a, const char *b, CsType *t, bool eq)
{
    CsType *u = cs_gen_under(t);
    const char *r;
    switch (u->kind) {
    case CS_TY_STRING: case CS_TY_UNTYPED_STRING:
        r = cs_gen_fmt("rt_streq(%s, %s)", a, b);
        break;
    case CS_TY_INTERFACE:
        r = cs_gen_fmt("rt_iface_eq(%s, %s)", a, b);
        break;
    case CS_TY_STRUCT: case CS_TY_ARRAY:
        r = cs_gen_fmt("rt_equal(%s, (%s[]){%s}, (%s[]){%s})", cs_gen_rtt(t), cs_gen_ctype(t), a,
                       cs_gen_ctype(t), b);
        break;
    default:
        return cs_gen_fmt("(%s %s %s)", a, eq ? "==" : "!=", b);
    }
    return eq ? r : cs_gen_fmt("!%s", r);
}

static bool is_nil(CsNode *n)
{
    while (n->kind == CS_ND_PAREN)
        n = n->expr;
    return (n->ty && n->ty->kind == CS_TY_UNTYPED_NIL) ||
           (n->kind == CS_ND_IDENT && n->sym && n->sym->kind == CS_SYM_NIL);
}

/* c == nil (eq) or c != nil for a value c of type t. */
const char *cs_gen_nil_test(const char *c, CsType *t, bool eq)
{
    const char *op = eq ? "==" : "!=";
    switch (cs_gen_under(t)->kind) {
    case CS_TY_SLICE: return cs_gen_fmt("((%s).ptr %s NULL)", c, op);
    case CS_TY_INTERFACE: return cs_gen_fmt("((%s).type %s NULL)", c, op);
    default: return cs_gen_fmt("(%s %s NULL)", c, op);
    }
}

static const char *compare_nil(CsNode *x, bool eq)
{
    return cs_gen_nil_test(cs_gen_expr(x), x->ty, eq);
}

/* x converted to t where the value is not kept past its use: an operand
 * of a comparison, a map key looked up (not stored), an operand of a
 * concatenation that copies, or a switch tag compared with constants. string(b) of a
 * []byte then uses b's bytes in place, without the copy, as Go does
 * (slicebytetostringtmp); Go too reads b there, after the other
 * operands' calls. */
const char *cs_gen_borrowed_operand(CsNode *x, CsType *t)
{
    if (x->kind == CS_ND_CALL && x->is_conversion && !x->cv && is_string(t) && is_string(x->ty) &&
        is_elem(x->list->ty, CS_TY_UINT8))
        return cs_gen_fmt("rt_string_view_bytes(%s)", cs_gen_expr(x->list));
    return cs_gen_expr_to(x, t);
}

static const char *comparison(CsNode *n)
{
    CsNode *l = n->lhs, *r = n->rhs;
    bool eq = n->op == CS_OP_EQ;
    if (is_nil(r))
        return compare_nil(l, eq || n->op != CS_OP_NE);
    if (is_nil(l))
        return compare_nil(r, eq || n->op != CS_OP_NE);
    /* the operand type: an interface if either side is one */
    CsType *t = l->ty;
    if (cs_gen_is_iface(r->ty) || is_untyped(t))
        t = r->ty;
    if (is_untyped(t))
        t = cs_type_default(t);
    const char *vals[2] = {cs_gen_borrowed_operand(l, t), cs_gen_borrowed_operand(r, t)};
    const char *res;
    if (n->op == CS_OP_EQ || n->op == CS_OP_NE) {
        res = cs_gen_equal(vals[0], vals[1], t, eq);
    } else {
        const char *op = cs_op_name(n->op);
        if (is_string(t))
            res = cs_gen_fmt("(rt_strcmp(%s, %s) %s 0)", vals[0], vals[1], op);
        else
            res = cs_gen_fmt("(%s %s %s)", vals[0], op, vals[1]);
    }
    return res;
}

/* ---- arithmetic ------------------------------------------------------------------- */

static int type_bits(CsType *t)
{
    switch (cs_gen_under(t)->kind) {
    case CS_TY_INT8: case CS_TY_UINT8: return 8;
    case CS_TY_INT16: case CS_TY_UINT16: return 16;
    case CS_TY_INT32: case CS_TY_UINT32: return 32;
    default: return 64;
    }
}

static const char *narrow(CsType *t, const char *c)
{
    if (is_narrow(t))
        return cs_gen_fmt("((%s)%s)", cs_gen_ctype(t), c);
    return c;
}

/* Flattens a chain of string + into parts. */
/* The operands of the string + chain n in order, or -1 when there are
 * more than max. */
static int concat_parts(CsNode *n, CsNode **parts, int max)
{
    if (max <= 0)
        return -1;
    if (n->kind == CS_ND_PAREN && !n->cv)
        return concat_parts(n->expr, parts, max);
    if (n->kind == CS_ND_BINARY && n->op == CS_OP_ADD && !n->cv) {
        int k = concat_parts(n->lhs, parts, max);
        int r = k < 0 ? -1 : concat_parts(n->rhs, parts + k, max - k);
        return r < 0 ? -1 : k + r;
    }
    parts[0] = n;
    return 1;
}

/* Up to 64 operands become one rt_concatn; a longer chain is split at its
 * top + and each side concatenated on its own (which recurses here). */
static const char *concat(CsNode *n)
{
    CsNode *parts[64];
    int k = concat_parts(n, parts, 64);
    if (k < 0) {
        parts[0] = n->lhs;
        parts[1] = n->rhs;
        k = 2;
    }
    /* string(b) operands borrow b's bytes, as in gc, when a non-empty
     * constant operand guarantees that the result is a fresh copy
     * (rt_concatn returns a lone non-empty operand itself) */
    bool copies = false;
    for (int i = 0; i < k; i++)
        copies |= parts[i]->cv && parts[i]->cv->kind == CS_CV_STRING && parts[i]->cv->slen > 0;
    const char *vals[64];
    for (int i = 0; i < k; i++)
        vals[i] = copies ? cs_gen_borrowed_operand(parts[i], n->ty) : cs_gen_expr_to(parts[i], n->ty);
    if (k == 2)
        return cs_gen_fmt("rt_concat2(%s, %s)", vals[0], vals[1]);
    CsBuf b = {0};
    cs_buf_puts(&b, "rt_concatn((rt_string[]){");
    for (int i = 0; i < k; i++)
        cs_buf_printf(&b, "%s%s", i ? ", " : "", vals[i]);
    cs_buf_printf(&b, "}, %d)", k);
    return b.s;
}

/* x op y on C operands of type t (the result type; for shifts the left
 * operand's). `yn` is y's node when known (constant divisors, shift count
 * types), else NULL with yt the count's type. */
const char *cs_gen_arith(CsOp op, const char *x, const char *y, CsType *t, CsNode *yn, CsType *yt)
{
    const char *sfx = cs_gen_int_suffix(t);
    switch (op) {
    case CS_OP_ADD: case CS_OP_SUB: case CS_OP_MUL: case CS_OP_AND: case CS_OP_OR: case CS_OP_XOR:
        if (op == CS_OP_ADD && is_string(t))
            return cs_gen_fmt("rt_concat2(%s, %s)", x, y);
        return narrow(t, cs_gen_fmt("(%s %s %s)", x, cs_op_name(op), y));
    case CS_OP_ANDNOT:
        return narrow(t, cs_gen_fmt("(%s & ~%s)", x, y));
    case CS_OP_DIV: case CS_OP_REM:
        if (is_float(t))
            return cs_gen_fmt("(%s / %s)", x, y);
        if (yn && yn->cv && yn->cv->kind == CS_CV_INT && yn->cv->i != 0 && yn->cv->i != -1)
            return narrow(t, cs_gen_fmt("(%s %s %s)", x, op == CS_OP_DIV ? "/" : "%", y));
        return cs_gen_fmt("rt_%s_%s(%s, %s)", op == CS_OP_DIV ? "div" : "mod", sfx, x, y);
    case CS_OP_SHL: case CS_OP_SHR: {
        CsType *ct = yn ? yn->ty : yt;
        if (yn && yn->cv && yn->cv->kind == CS_CV_INT && yn->cv->i >= 0 &&
            yn->cv->i < type_bits(t) && (is_unsigned(t) || op == CS_OP_SHR))
            return narrow(t, cs_gen_fmt("(%s %s %s)", x, op == CS_OP_SHL ? "<<" : ">>", y));
        const char *cnt;
        if (yn && yn->cv)
            cnt = cs_gen_fmt("%lld", (long long)(yn->cv->i > 1000 ? 1000 : yn->cv->i));
        else if (ct && !is_unsigned(ct))
            cnt = cs_gen_fmt("rt_shift_count(%s)", y);
        else
            cnt = cs_gen_fmt("(uint64_t)%s", y);
        return cs_gen_fmt("rt_%s_%s(%s, %s)", op == CS_OP_SHL ? "shl" : "shr", sfx, x, cnt);
    }
    default:
        cs_gen->failed = true;
        return x;
    }
}

static const char *binary(CsNode *n)
{
    switch (n->op) {
    case CS_OP_LAND:
        return cs_gen_fmt("(%s && %s)", cs_gen_expr(n->lhs), cs_gen_expr_alone(n->rhs));
    case CS_OP_LOR:
        return cs_gen_fmt("(%s || %s)", cs_gen_expr(n->lhs), cs_gen_expr_alone(n->rhs));
    case CS_OP_EQ: case CS_OP_NE: case CS_OP_LT: case CS_OP_LE: case CS_OP_GT: case CS_OP_GE:
        return comparison(n);
    default:
        break;
    }
    if (n->op == CS_OP_ADD && is_string(n->ty))
        return concat(n);
    bool shift = n->op == CS_OP_SHL || n->op == CS_OP_SHR;
    const char *x = cs_gen_expr_to(n->lhs, n->ty);
    const char *y = shift ? cs_gen_expr(n->rhs) : cs_gen_expr_to(n->rhs, n->ty);
    return cs_gen_arith(n->op, x, y, n->ty, n->rhs, NULL);
}

static const char *unary(CsNode *n)
{
    switch (n->op) {
    case CS_OP_NOT:
        return cs_gen_fmt("(!%s)", cs_gen_expr(n->expr));
    case CS_OP_NEG:
        if (is_float(n->ty))
            return cs_gen_fmt("(-%s)", cs_gen_expr(n->expr));
        return narrow(n->ty, cs_gen_fmt("(-%s)", cs_gen_expr(n->expr)));
    case CS_OP_POS:
        return cs_gen_expr(n->expr);
    case CS_OP_BITNOT:
        return narrow(n->ty, cs_gen_fmt("(~%s)", cs_gen_expr(n->expr)));
    case CS_OP_ADDR:
        return cs_gen_addr(n->expr);
    case CS_OP_RECV: {
        const char *t = cs_gen_temp();
        return cs_gen_fmt("({ %s = %s; rt_chanrecv(%s, &%s); %s; })", cs_gen_decl(n->ty, t),
                          cs_gen_zero(n->ty), cs_gen_expr(n->expr), t, t);
    }
    default:
        cs_gen->failed = true;
        return "0";
    }
}

/* ---- selectors, indexing, slicing ---------------------------------------------- */

/* base.f (or base->f through a pointer, nil-checked) for field i of type t. */
static const char *field(const char *base, CsType **t, int idx)
{
    CsType *u = cs_gen_under(*t);
    const char *r;
    if (u->kind == CS_TY_PTR) {
        u = cs_gen_under(u->elem);
        r = cs_gen_fmt("RT_NILCHK_FIELD(%s, %s)", base, cs_gen_field_name(u->fields[idx].name, idx));
    } else {
        r = cs_gen_fmt("%s.%s", base, cs_gen_field_name(u->fields[idx].name, idx));
    }
    *t = u->fields[idx].type;
    return r;
}

/* Walks the embedded fields of a selector: returns the C text of the value
 * the final field/method is selected from, its type in *t. `upto` is the
 * number of path entries to walk. */
const char *cs_gen_walk_path(CsNode *sel, int upto, CsType **t)
{
    *t = sel->expr->ty;
    const char *c = cs_gen_expr(sel->expr);
    for (int i = 0; i < upto; i++)
        c = field(c, t, sel->field_path[i]);
    return c;
}

int cs_gen_field_index(CsType *t, const char *name)
{
    CsType *u = cs_gen_under(t);
    if (u->kind == CS_TY_PTR)
        u = cs_gen_under(u->elem);
    for (int i = 0; i < u->nfields; i++)
        if (strcmp(u->fields[i].name, name) == 0)
            return i;
    return 0;
}

static const char *selector(CsNode *n)
{
    if (n->expr->mode == CS_MODE_PKG) {
        CsSym *s = n->sym;
        if (s->kind == CS_SYM_FUNC)
            return cs_gen_func_value(s);
        return cs_gen_global_name(s);
    }
    if (n->sym && n->sym->kind == CS_SYM_FUNC)
        return cs_gen_method_value(n);
    CsType *t;
    if (n->field_depth == 0) {
        t = n->expr->ty;
        return field(cs_gen_expr(n->expr), &t, cs_gen_field_index(t, n->name));
    }
    const char *c = cs_gen_walk_path(n, n->field_depth - 1, &t);
    return field(c, &t, n->field_path[n->field_depth - 1]);
}

static const char *index_expr(CsNode *n)
{
    CsType *xt = cs_gen_under(n->expr->ty);
    CsBuf pre = {0};
    if (xt->kind == CS_TY_MAP)
        return cs_gen_fmt("(*(%s *)rt_mapaccess1(%s, %s, (%s[]){%s}))", cs_gen_ctype(xt->elem),
                          cs_gen_rtt(n->expr->ty), cs_gen_expr(n->expr), cs_gen_ctype(xt->key),
                          cs_gen_borrowed_operand(n->index, xt->key));
    bool const_idx = n->index->cv != NULL;
    if (xt->kind == CS_TY_ARRAY || (xt->kind == CS_TY_PTR && cs_gen_under(xt->elem)->kind == CS_TY_ARRAY)) {
        bool ptr = xt->kind == CS_TY_PTR;
        CsType *at = ptr ? cs_gen_under(xt->elem) : xt;
        const char *base = cs_gen_expr(n->expr);
        if (ptr)
            base = cs_gen_fmt("RT_NILCHK(%s)->a", base);
        else
            base = cs_gen_fmt("%s.a", base);
        const char *i = cs_gen_expr(n->index);
        if (!const_idx)
            i = cs_gen_fmt("rt_index(%s, %lld)", i, (long long)at->len);
        return cs_gen_fmt("%s[%s]", base, i);
    }
    /* slices and strings */
    const char *s = cs_gen_expr(n->expr), *i = cs_gen_expr(n->index);
    if (!cs_gen_is_simple(n->expr) && strncmp(s, "t_", 2) != 0)
        s = spill(&pre, n->expr->ty, s);
    if (!cs_gen_index_proven(n))
        i = cs_gen_fmt("rt_index(%s, %s.len)", i, s);
    if (xt->kind == CS_TY_STRING)
        return wrap(&pre, cs_gen_fmt("%s.ptr[%s]", s, i));
    if (pre.len)    /* keep it an lvalue */
        return cs_gen_fmt("(*({ %s(%s *)%s.ptr + %s; }))", pre.s, cs_gen_ctype(xt->elem), s, i);
    return cs_gen_fmt("((%s *)%s.ptr)[%s]", cs_gen_ctype(xt->elem), s, i);
}

static const char *slice_expr(CsNode *n)
{
    CsType *xt = cs_gen_under(n->expr->ty);
    CsBuf pre = {0};
    const char *base;
    CsType *elem;
    bool str = xt->kind == CS_TY_STRING, array = !str && xt->kind != CS_TY_SLICE;
    if (str) {
        base = once(&pre, n->expr);
        elem = NULL;
    } else if (xt->kind == CS_TY_SLICE) {
        base = once(&pre, n->expr);
        elem = xt->elem;
    } else {
        /* array (addressable) or pointer to array: view as a slice */
        CsType *at = xt->kind == CS_TY_PTR ? cs_gen_under(xt->elem) : xt;
        const char *a = xt->kind == CS_TY_PTR ? cs_gen_fmt("RT_NILCHK(%s)->a", cs_gen_expr(n->expr))
                                              : cs_gen_fmt("%s.a", cs_gen_expr(n->expr));
        base = cs_gen_fmt("(rt_slice){%s, %lld, %lld}", a, (long long)at->len, (long long)at->len);
        base = spill(&pre, cs_type_slice(at->elem), base);
        elem = at->elem;
    }
    const char *vals[3] = {n->lo ? cs_gen_expr(n->lo) : "0",
                           n->hi ? cs_gen_expr(n->hi) : cs_gen_fmt("%s.len", base),
                           n->max ? cs_gen_expr(n->max) : NULL};
    const char *r;
    if (str)
        r = cs_gen_fmt("rt_strslice(%s, %s, %s)", base, vals[0], vals[1]);
    else if (n->slice3)
        r = cs_gen_fmt("rt_%sslice3(%s, %s, %s, %s, sizeof(%s))", array ? "array_" : "", base, vals[0], vals[1],
                       vals[2], cs_gen_ctype(elem));
    else
        r = cs_gen_fmt("rt_%sslice2(%s, %s, %s, sizeof(%s))", array ? "array_" : "", base, vals[0], vals[1],
                       cs_gen_ctype(elem));
    return wrap(&pre, r);
}

static const char *type_assert(CsNode *n)
{
    CsType *t = n->ty;
    const char *x = cs_gen_expr(n->expr);
    const char *xt = cs_gen_rtt(n->expr->ty);
    if (cs_gen_is_iface(t))
        return cs_gen_fmt("rt_assert_iface(%s, %s, %s)", x, cs_gen_rtt(t), xt);
    const char *v = cs_gen_temp();
    const char *data = cs_gen_fmt("({ rt_iface %s = %s; rt_assert_to(%s.type, %s.data, %s, %s); })", v, x, v, v,
                                  cs_gen_rtt(t), xt);
    if (cs_gen_is_direct(t))
        return cs_gen_fmt("((%s)%s)", cs_gen_ctype(t), data);
    return cs_gen_fmt("(*(%s *)%s)", cs_gen_ctype(t), data);
}

/* ---- composite literals ------------------------------------------------------------- */

static const char *alloc_of(CsType *t, const char *count)
{
    return cs_gen_fmt("%s(%s * sizeof(%s))", cs_gen_has_pointers(t) ? "rt_alloc" : "rt_alloc_noscan",
                      count, cs_gen_ctype(t));
}

/* The elements of an array/slice literal: values and their indices. */
static int64_t elements(CsNode *lit, CsType *elem, const char ***vals, int64_t **idx, int *n)
{
    int cnt = cs_ast_list_len(lit->list);
    *vals = calloc(cnt + 1, sizeof **vals);
    *idx = calloc(cnt + 1, sizeof **idx);
    int64_t next = 0, max = 0;
    int k = 0;
    for (CsNode *e = lit->list; e; e = e->next, k++) {
        CsNode *v = e;
        if (e->kind == CS_ND_KEYVALUE) {
            next = (int64_t)e->lhs->cv->i;
            v = e->rhs;
        }
        (*vals)[k] = cs_gen_expr_to(v, elem);
        (*idx)[k] = next++;
        if (next > max)
            max = next;
    }
    *n = k;
    return max;
}

/* Stores entry e (k: v) of a map literal of type t into map m, as the
 * statement m[k] = v of its own. */
static const char *map_entry(const char *m, CsNode *e, CsType *t)
{
    CsType *u = cs_gen_under(t);
    bool calls = cs_gen_has_call(e->lhs) || cs_gen_has_call(e->rhs);
    bool was = cs_gen_order_suspend();
    GenOrder o;
    if (calls) {
        cs_gen_order_begin(&o);
        cs_gen_order_value(&o, e->lhs, u->key);
        cs_gen_order_value(&o, e->rhs, u->elem);
    }
    const char *c = cs_gen_fmt("*(%s *)rt_mapassign(%s, %s, (%s[]){%s}) = %s;", cs_gen_ctype(u->elem),
                               cs_gen_rtt(t), m, cs_gen_ctype(u->key), cs_gen_expr_to(e->lhs, u->key),
                               cs_gen_expr_to(e->rhs, u->elem));
    if (calls) {
        cs_gen_order_end(&o);
        c = cs_gen_fmt("%s%s", o.pre.s ? o.pre.s : "", c);
    }
    cs_gen_order_resume(was);
    return c;
}

static const char *composite(CsNode *n)
{
    CsType *t = n->ty;
    CsType *u = cs_gen_under(t);
    if (u->kind == CS_TY_PTR) {     /* elided &T{...} inside another literal */
        const char *p = cs_gen_temp();
        CsType *et = u->elem;
        n->ty = et;
        const char *v = composite(n);
        n->ty = t;
        return cs_gen_fmt("({ %s = %s; *%s = %s; %s; })", cs_gen_decl(t, p), alloc_of(et, "1"), p, v, p);
    }
    const char *ct = cs_gen_ctype(t);
    CsBuf pre = {0}, b = {0};
    switch (u->kind) {
    case CS_TY_STRUCT: {
        int cnt = cs_ast_list_len(n->list);
        const char **vals = calloc(cnt + 1, sizeof *vals);
        int *fi = calloc(cnt + 1, sizeof *fi);
        int k = 0;
        for (CsNode *e = n->list; e; e = e->next, k++) {
            CsNode *v = e;
            fi[k] = k;
            if (e->kind == CS_ND_KEYVALUE) {
                fi[k] = cs_gen_field_index(t, e->lhs->name);
                v = e->rhs;
            }
            vals[k] = cs_gen_expr_to(v, u->fields[fi[k]].type);
        }
        cs_buf_printf(&b, "(%s){", ct);
        for (int i = 0; i < k; i++)
            cs_buf_printf(&b, "%s.%s = %s", i ? ", " : "",
                          cs_gen_field_name(u->fields[fi[i]].name, fi[i]), vals[i]);
        cs_buf_puts(&b, "}");
        return b.s;
    }
    case CS_TY_ARRAY: {
        const char **vals;
        int64_t *idx;
        int k;
        elements(n, u->elem, &vals, &idx, &k);
        cs_buf_printf(&b, "(%s){{", ct);
        for (int i = 0; i < k; i++)
            cs_buf_printf(&b, "%s[%lld] = %s", i ? ", " : "", (long long)idx[i], vals[i]);
        cs_buf_puts(&b, "}}");
        return b.s;
    }
    case CS_TY_SLICE: {
        const char *copied = cs_gen_slicelit_heap(n);
        if (copied)
            return copied;
        const char **vals;
        int64_t *idx;
        int k;
        int64_t len = elements(n, u->elem, &vals, &idx, &k);
        if (len == 0)
            return cs_gen_fmt("(rt_slice){%s, 0, 0}", alloc_of(u->elem, "0"));
        const char *p = cs_gen_temp();
        cs_buf_printf(&pre, "%s = %s; ", cs_gen_decl(cs_type_ptr(u->elem), p),
                      alloc_of(u->elem, cs_gen_fmt("%lld", (long long)len)));
        for (int i = 0; i < k; i++)
            cs_buf_printf(&pre, "%s[%lld] = %s; ", p, (long long)idx[i], vals[i]);
        return cs_gen_fmt("({ %s(rt_slice){%s, %lld, %lld}; })", pre.s, p, (long long)len, (long long)len);
    }
    case CS_TY_MAP: {
        const char *table = cs_gen_maplit_table(n);
        if (table)
            return table;
        const char *m = cs_gen_temp();
        const char *rtt = cs_gen_rtt(t);
        cs_buf_printf(&pre, "rt_map *%s = rt_makemap(%s, %d); ", m, rtt, cs_ast_list_len(n->list));
        for (CsNode *e = n->list; e; e = e->next)    /* as gc: m[k] = v, one by one */
            cs_buf_printf(&pre, "%s ", map_entry(m, e, t));
        return cs_gen_fmt("({ %s%s; })", pre.s, m);
    }
    default:
        cs_gen->failed = true;
        return "0";
    }
}

/* ---- addresses ------------------------------------------------------------------------ */

const char *cs_gen_addr(CsNode *n)
{
    switch (n->kind) {
    case CS_ND_PAREN:
        return cs_gen_addr(n->expr);
    case CS_ND_IDENT:
        if (n->sym && n->sym->kind == CS_SYM_VAR) {
            if (!n->sym->global && cs_gen_is_heap(n->sym))
                return cs_gen_local_name(n->sym);
            return cs_gen_fmt("&%s", cs_gen_var_ref(n->sym));
        }
        break;
    case CS_ND_STAR:
        return cs_gen_fmt("RT_NILCHK(%s)", cs_gen_expr(n->expr));
    case CS_ND_COMPOSITE: {
        const char *p = cs_gen_temp();
        CsType *pt = cs_type_ptr(n->ty);
        return cs_gen_fmt("({ %s = %s; *%s = %s; %s; })", cs_gen_decl(pt, p), alloc_of(n->ty, "1"), p,
                          composite(n), p);
    }
    case CS_ND_SELECTOR: case CS_ND_INDEX:
        if (n->mode == CS_MODE_VAR)
            return cs_gen_fmt("RT_NONNULL(&%s)", cs_gen_expr(n));
        break;
    default:
        break;
    }
    /* not addressable in C: a heap copy */
    const char *p = cs_gen_temp();
    return cs_gen_fmt("({ %s = %s; *%s = %s; %s; })", cs_gen_decl(cs_type_ptr(n->ty), p),
                      alloc_of(n->ty, "1"), p, cs_gen_expr(n), p);
}

/* ---- multi-value expressions ---------------------------------------------------------- */

static const char *multi(CsNode *n, int count, const char **names, CsType **types);

const char *cs_gen_multi(CsNode *n, int count, const char **names, CsType **types)
{
    if (cs_gen_ordering() || !cs_gen_has_call(n))
        return multi(n, count, names, types);
    GenOrder o;
    cs_gen_order_begin(&o);
    cs_gen_order_operands(&o, n);
    const char *c = multi(n, count, names, types);
    cs_gen_order_end(&o);
    return o.pre.s ? cs_gen_fmt("%s%s", o.pre.s, c) : c;
}

static const char *multi(CsNode *n, int count, const char **names, CsType **types)
{
    while (n->kind == CS_ND_PAREN)
        n = n->expr;
    CsBuf b = {0};
    if (n->kind == CS_ND_CALL) {
        CsType *tt = n->ty;
        const char **outs = calloc(count + 1, sizeof *outs);
        for (int i = 0; i < count; i++) {
            types[i] = tt->kind == CS_TY_TUPLE ? tt->params[i] : tt;
            names[i] = cs_gen_temp();
            if (i > 0) {
                cs_buf_printf(&b, "%s; ", cs_gen_decl(types[i], names[i]));
                outs[i - 1] = cs_gen_fmt("&%s", names[i]);
            }
        }
        cs_buf_printf(&b, "%s = %s;", cs_gen_decl(types[0], names[0]), cs_gen_call(n, outs));
        return b.s;
    }
    for (int i = 0; i < 2; i++)
        names[i] = cs_gen_temp();
    types[1] = cs_type_basic(CS_TY_BOOL);
    if (n->kind == CS_ND_INDEX) {
        CsType *mt = cs_gen_under(n->expr->ty);
        types[0] = mt->elem;
        const char *m = cs_gen_expr(n->expr);
        const char *k = cs_gen_borrowed_operand(n->index, mt->key);
        cs_buf_printf(&b, "bool %s; %s = *(%s *)rt_mapaccess2(%s, %s, (%s[]){%s}, &%s);", names[1],
                      cs_gen_decl(types[0], names[0]), cs_gen_ctype(types[0]), cs_gen_rtt(n->expr->ty), m,
                      cs_gen_ctype(mt->key), k, names[1]);
    } else if (n->kind == CS_ND_TYPEASSERT) {
        CsType *t = n->type ? n->type->ty : n->ty;
        types[0] = t;
        const char *x = spill(&b, n->expr->ty, cs_gen_expr(n->expr));
        if (cs_gen_is_iface(t)) {
            cs_buf_printf(&b, "bool %s = %s.type && rt_implements(%s.type, %s); ", names[1], x, x,
                          cs_gen_rtt(t));
            cs_buf_printf(&b, "rt_iface %s = %s ? %s : (rt_iface){};", names[0], names[1], x);
        } else {
            cs_buf_printf(&b, "bool %s = %s; ", names[1], cs_gen_type_is(x, t));
            const char *v = cs_gen_is_direct(t) ? cs_gen_fmt("(%s)%s.data", cs_gen_ctype(t), x)
                                                : cs_gen_fmt("*(%s *)%s.data", cs_gen_ctype(t), x);
            cs_buf_printf(&b, "%s = %s ? %s : %s;", cs_gen_decl(t, names[0]), names[1], v, cs_gen_zero(t));
        }
    } else {    /* <-c */
        types[0] = cs_gen_under(n->expr->ty)->elem;
        cs_buf_printf(&b, "%s = %s; bool %s = rt_chanrecv(%s, &%s);", cs_gen_decl(types[0], names[0]),
                      cs_gen_zero(types[0]), names[1], cs_gen_expr(n->expr), names[0]);
    }
    return b.s;
}

/* ---- dispatch ---------------------------------------------------------------------------- */

static const char *dispatch(CsNode *n);

/* n with a call or receive: in an order scope of its own. */
static const char *ordered(CsNode *n)
{
    GenOrder o;
    cs_gen_order_begin(&o);
    cs_gen_order_operands(&o, n);
    const char *c = dispatch(n);
    cs_gen_order_end(&o);
    if (!o.pre.len)
        return c;
    if (n->mode == CS_MODE_VAR)     /* keep it an lvalue */
        return cs_gen_fmt("(*({ %s&%s; }))", o.pre.s, c);
    return cs_gen_fmt("({ %s%s; })", o.pre.s, c);
}

const char *cs_gen_expr(CsNode *n)
{
    for (Override *o = overrides; o; o = o->next)
        if (o->n == n)
            return o->c;
    if (n->cv && n->mode != CS_MODE_TYPE)
        return cs_gen_const(n->cv, n->ty);
    if (!cs_gen_ordering() && cs_gen_has_call(n))
        return ordered(n);
    return dispatch(n);
}

static const char *dispatch(CsNode *n)
{
    switch (n->kind) {
    case CS_ND_PAREN:
        return cs_gen_expr(n->expr);
    case CS_ND_IDENT:
        if (!n->sym)
            break;
        switch (n->sym->kind) {
        case CS_SYM_VAR: return cs_gen_var_ref(n->sym);
        case CS_SYM_FUNC: return cs_gen_func_value(n->sym);
        case CS_SYM_NIL: return cs_gen_zero(n->ty);
        default: break;
        }
        break;
    case CS_ND_FUNCLIT: return cs_gen_funclit(n);
    case CS_ND_COMPOSITE: return composite(n);
    case CS_ND_SELECTOR: return selector(n);
    case CS_ND_INDEX: return index_expr(n);
    case CS_ND_SLICE: return slice_expr(n);
    case CS_ND_TYPEASSERT: return type_assert(n);
    case CS_ND_CALL:
        if (n->is_conversion)
            return conversion(n);
        if (n->builtin)
            return cs_gen_builtin(n);
        return cs_gen_call(n, NULL);
    case CS_ND_STAR:
        if (cs_gen_is_self_pointer(n->expr->ty))
            return cs_gen_fmt("(*(%s *)RT_NILCHK(%s))", cs_gen_ctype(n->ty), cs_gen_expr(n->expr));
        return cs_gen_fmt("(*RT_NILCHK(%s))", cs_gen_expr(n->expr));
    case CS_ND_UNARY: return unary(n);
    case CS_ND_BINARY: return binary(n);
    default: break;
    }
    cs_error_at(n->pos, "internal error: codegen cannot translate %s", cs_node_kind_name(n->kind));
    cs_gen->failed = true;
    return "0";
}
