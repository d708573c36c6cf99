/* Expressions: identifiers, literals, operators, index/slice, composite
 * and function literals, type assertions. Calls, conversions and builtins
 * are in call.c/builtin.c, selectors in selector.c, untyped conversion in
 * assign.c.
 *
 * Every expression node leaves here with `mode` set; `ty` set unless the
 * mode is INVALID/PKG/BUILTIN/NOVALUE; `cv` set when it is a constant.
 * Untyped results keep an untyped `ty` until the context converts them
 * (cs_check_convert_untyped). An operand with an error has mode INVALID
 * and its parents go quietly INVALID too (one error per mistake).
 * Comma-ok capable expressions (x.(T), <-c) get mode COMMAOK here; the
 * single-value entry point turns that into VALUE, and assign.c sets
 * COMMAOK back on the right-hand side that really is used in the two-value
 * form (m[k] included).
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

void cs_check_typexpr(Checker *c, CsNode *n);

void cs_check_mark_invalid(CsNode *n)
{
    n->mode = CS_MODE_INVALID;
}

static bool invalid(CsNode *n) { return n->mode == CS_MODE_INVALID; }
static void single_value(Checker *c, CsNode *n);

static CsType *under(CsType *t) { return cs_type_underlying(t); }

/* ---- identifiers --------------------------------------------------------- */
static void ident(Checker *c, CsNode *n, bool mark_used)
{
    if (!strcmp(n->name, "_")) {
        cs_check_errorf(SP(n), "cannot use _ as value");
        n->mode = CS_MODE_INVALID;
        return;
    }
    CsSym *s = cs_scope_lookup(c->scope, n->name);
    if (!s) {
        cs_check_errorf(SP(n), "undefined: %s", n->name);
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->sym = s;
    if (s->info) cs_decl_resolve(c, s);
    if (s->kind == CS_SYM_TYPE && !s->pkg && !s->type) {
        cs_check_errorf(n->pos, "complex numbers are not supported");
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (s->kind == CS_SYM_VAR && s->type && s->type->kind == CS_TY_INVALID) {
        s->used = true;
        n->mode = CS_MODE_INVALID;
        return;
    }
    switch (s->kind) {
    case CS_SYM_PKG:
        s->used = true;
        n->mode = CS_MODE_PKG;
        return;
    case CS_SYM_CONST:
        s->used = true;
        if (!s->pkg && !strcmp(s->name, "iota")) {
            if (!c->has_iota) {
                cs_check_errorf(SP(n), "cannot use iota outside constant declaration");
                n->mode = CS_MODE_INVALID;
                return;
            }
            n->mode = CS_MODE_VALUE;
            n->ty = cs_type_basic(CS_TY_UNTYPED_INT);
            n->cv = cs_const_int(c->iota);
            return;
        }
        if (!s->type || !s->cv) { n->mode = CS_MODE_INVALID; return; }
        n->mode = CS_MODE_VALUE;
        n->ty = s->type;
        n->cv = s->cv;
        return;
    case CS_SYM_TYPE:
        s->used = true;
        if (!s->type) { n->mode = CS_MODE_INVALID; return; }
        n->mode = CS_MODE_TYPE;
        n->ty = s->type;
        return;
    case CS_SYM_VAR:
        if (mark_used) s->used = true;
        if (!s->global && s->func && s->func != c->func) s->captured = true;
        if (s->global) cs_decl_use(c, s);
        if (!s->type) { n->mode = CS_MODE_INVALID; return; }
        n->mode = CS_MODE_VAR;
        n->ty = s->type;
        return;
    case CS_SYM_FUNC:
        s->used = true;
        cs_decl_use(c, s);
        if (!s->type || cs_check_signature_broken(s->type)) { n->mode = CS_MODE_INVALID; return; }
        n->mode = CS_MODE_VALUE;
        n->ty = s->type;
        return;
    case CS_SYM_BUILTIN:
        n->mode = CS_MODE_BUILTIN;
        n->builtin = s->builtin;
        return;
    case CS_SYM_NIL:
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_basic(CS_TY_UNTYPED_NIL);
        return;
    default:
        n->mode = CS_MODE_INVALID;
        return;
    }
}

void cs_check_ident_lhs(Checker *c, CsNode *n)
{
    ident(c, n, false);
}

/* ---- literals -------------------------------------------------------------- */
/* gc refuses number literals over 10,000 characters (types2's limit). */
static bool too_long(CsNode *n)
{
    size_t len = strlen(n->lit);
    if (len <= 10000) return false;
    cs_check_errorf(SP(n), "excessively long constant: %.10s... (%zu chars)", n->lit, len);
    n->mode = CS_MODE_INVALID;
    return true;
}

static int digit_value(char ch)
{
    return isdigit((unsigned char)ch) ? ch - '0' : tolower((unsigned char)ch) - 'a' + 10;
}

/* The literal's digits in unsigned __int128; false when they overflow it. */
static bool digits_u128(const char *s, int base, unsigned __int128 *v)
{
    *v = 0;
    for (; *s; s++)
        if (*s != '_' && (__builtin_mul_overflow(*v, (unsigned)base, v) ||
                          __builtin_add_overflow(*v, (unsigned)digit_value(*s), v)))
            return false;
    return true;
}

/* The literal's digits in long double; false when that is not exact,
 * unless the value is past gc's 512-bit constants anyway: then it stays,
 * rounded, for a use to report as overflowing (as gc reports only uses). */
static bool digits_long_double(const char *s, int base, long double *f)
{
    bool exact = true;
    *f = 0;
    for (; *s; s++) {
        if (*s == '_') continue;
        long double p;
        exact = cs_const_exact_mul(*f, base, &p) && exact;
        exact = cs_const_exact_add(p, digit_value(*s), f) && exact;
    }
    return exact || *f >= 0x1p513L;
}

static void int_lit(CsNode *n)
{
    if (too_long(n)) return;
    const char *s = n->lit;
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { base = 16; s += 2; }
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) { base = 2; s += 2; }
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) { base = 8; s += 2; }
    else if (s[0] == '0' && s[1]) { base = 8; s += 1; }
    n->mode = CS_MODE_VALUE;
    n->ty = cs_type_basic(CS_TY_UNTYPED_INT);
    unsigned __int128 v;
    long double f;
    if (digits_u128(s, base, &v)) {
        if (v < (unsigned __int128)1 << 127) { n->cv = cs_const_int((__int128)v); return; }
        f = (long double)v;
        if (f < 0x1p128L && (unsigned __int128)f == v) { n->cv = cs_const_float(f); return; }
    } else if (digits_long_double(s, base, &f)) {
        /* beyond what we represent exactly as an integer: held as a float */
        n->cv = cs_const_float(f);
        return;
    }
    cs_check_errorf(SP(n), "constant %s is beyond csc's range for integer constants", n->lit);
    n->mode = CS_MODE_INVALID;
}

static void float_lit(CsNode *n)
{
    if (too_long(n)) return;
    char *buf = cs_check_alloc(strlen(n->lit) + 1), *p = buf;
    for (const char *s = n->lit; *s; s++) if (*s != '_') *p++ = *s;
    n->mode = CS_MODE_VALUE;
    n->ty = cs_type_basic(CS_TY_UNTYPED_FLOAT);
    n->cv = cs_const_float(strtold(buf, NULL));
}

/* ---- operators ---------------------------------------------------------------- */
static bool is_comparison(CsOp op) { return op >= CS_OP_EQ && op <= CS_OP_GE; }

static int untyped_rank(CsType *t)
{
    switch (t->kind) {
    case CS_TY_UNTYPED_INT: return 1;
    case CS_TY_UNTYPED_RUNE: return 2;
    case CS_TY_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* Brings x and y to a common type where one or both are untyped (Go's
 * matchTypes). Returns false after reporting. */
/* Converts untyped n to the type of the other operand, whose type
 * expression spells that type in messages (byte stays byte). */
static bool convert_to_operand(Checker *c, CsNode *n, CsNode *other)
{
    CsNode *saved = c->target_texpr;
    c->target_texpr = cs_type_source(other);
    bool ok = cs_check_convert_untyped(c, n, other->ty);
    c->target_texpr = saved;
    return ok;
}

static bool match_types(Checker *c, CsNode *x, CsNode *y)
{
    bool ux = cs_type_is_untyped(x->ty), uy = cs_type_is_untyped(y->ty);
    if (ux && uy) {
        int rx = untyped_rank(x->ty), ry = untyped_rank(y->ty);
        if (rx && ry) {
            CsNode *lo = rx < ry ? x : y, *hi = rx < ry ? y : x;
            if (rx != ry) {
                lo->ty = hi->ty;
                if (lo->cv && lo->cv->kind == CS_CV_INT && hi->ty->kind == CS_TY_UNTYPED_FLOAT)
                    lo->cv = cs_const_float((long double)lo->cv->i);
            }
            return true;
        }
        return true;  /* equal, or a mismatch the caller reports */
    }
    if (ux && !uy) {
        if (x->ty->kind == CS_TY_UNTYPED_NIL && !cs_type_has_nil(y->ty)) return true;
        if (x->ty->kind != CS_TY_UNTYPED_NIL && !cs_type_is_interface(y->ty) &&
            ((cs_type_is_numeric(x->ty) && !cs_type_is_numeric(y->ty)) ||
             (cs_type_is_string(x->ty) && !cs_type_is_string(y->ty)) ||
             (cs_type_is_boolean(x->ty) && !cs_type_is_boolean(y->ty))))
            return true;
        return convert_to_operand(c, x, y);
    }
    if (uy && !ux) {
        if (y->ty->kind == CS_TY_UNTYPED_NIL && !cs_type_has_nil(x->ty)) return true;
        if (y->ty->kind != CS_TY_UNTYPED_NIL && !cs_type_is_interface(x->ty) &&
            ((cs_type_is_numeric(y->ty) && !cs_type_is_numeric(x->ty)) ||
             (cs_type_is_string(y->ty) && !cs_type_is_string(x->ty)) ||
             (cs_type_is_boolean(y->ty) && !cs_type_is_boolean(x->ty))))
            return true;
        return convert_to_operand(c, y, x);
    }
    return true;
}

static const char *op_allowed(CsOp op, CsType *t)
{
    switch (op) {
    case CS_OP_ADD: return cs_type_is_numeric(t) || cs_type_is_string(t) ? NULL : "";
    case CS_OP_SUB: case CS_OP_MUL: case CS_OP_DIV: case CS_OP_NEG: case CS_OP_POS:
        return cs_type_is_numeric(t) ? NULL : "";
    case CS_OP_REM: case CS_OP_AND: case CS_OP_OR: case CS_OP_XOR: case CS_OP_ANDNOT:
    case CS_OP_BITNOT:
        return cs_type_is_integer(t) ? NULL : "";
    case CS_OP_LAND: case CS_OP_LOR: case CS_OP_NOT:
        return cs_type_is_boolean(t) ? NULL : "";
    default: return NULL;
    }
}

/* A typed constant result must be representable in its type; like Go, the
 * message names the underlying basic type ("of type D) overflows int64"). */
static void check_typed_const(Checker *c, CsNode *n)
{
    if (!n->cv || cs_type_is_untyped(n->ty)) return;
    CsType *u = under(n->ty);
    if (!u || u->kind > CS_TY_STRING) return;
    CsConst *v = cs_const_represent(n->cv, n->ty, NULL);
    if (!v) {
        cs_check_errorf(SP(n), "%s (constant %s of type %s) overflows %s", cs_expr_string(n),
                        cs_const_string_typed(n->cv, n->ty), cs_type_str(n->ty, c->pkg), cs_type_str(u, c->pkg));
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->cv = v;
}

/* Why a struct or array type t cannot be compared, in Go's words: the
 * first field type that cannot be, or the array type itself. */
static const char *incomparable_cause(Checker *c, CsType *t)
{
    CsType *u = under(t);
    if (u->kind == CS_TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (!cs_type_comparable(u->fields[i].type))
                return cs_check_sprintf("struct containing %s cannot be compared",
                                        cs_type_str(u->fields[i].type, c->pkg));
    return cs_check_sprintf("%s cannot be compared", cs_type_str(u, c->pkg));
}

static void comparison(Checker *c, CsNode *n, CsNode *x, CsNode *y, bool xnil, bool ynil)
{
    const char *why = NULL;
    bool okx = cs_assignable_to(c, x, y->ty, NULL), oky = cs_assignable_to(c, y, x->ty, NULL);
    if (!okx && !oky) {
        cs_check_errorf(SP(y), "invalid operation: %s (mismatched types %s and %s)", cs_expr_string(n),
                        cs_type_str(x->ty, c->pkg), cs_type_str(y->ty, c->pkg));
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (n->op == CS_OP_EQ || n->op == CS_OP_NE) {
        CsNode *bad = NULL;
        if (xnil || ynil) {
            CsNode *other = xnil ? y : x;
            if (xnil && ynil) { why = "operator == not defined on nil"; bad = x; }
            else if (!cs_type_has_nil(other->ty)) bad = other;
        } else if (!cs_type_comparable(x->ty)) bad = x;
        else if (!cs_type_comparable(y->ty)) bad = y;
        if (bad) {
            CsType *u = under(bad->ty);
            if (!why) {
                if (u->kind == CS_TY_SLICE) why = "slice can only be compared to nil";
                else if (u->kind == CS_TY_MAP) why = "map can only be compared to nil";
                else if (u->kind == CS_TY_FUNC) why = "func can only be compared to nil";
                else if (u->kind == CS_TY_STRUCT || u->kind == CS_TY_ARRAY)
                    why = incomparable_cause(c, bad->ty);
                else why = cs_check_sprintf("mismatched types %s and %s", cs_type_str(x->ty, c->pkg),
                                            cs_type_str(y->ty, c->pkg));
            }
            cs_check_errorf(SP(bad), "invalid operation: %s (%s)", cs_expr_string(n), why);
            n->mode = CS_MODE_INVALID;
            return;
        }
    } else if (!cs_type_ordered(x->ty) || !cs_type_ordered(y->ty)) {
        CsNode *bad = !cs_type_ordered(x->ty) ? x : y;
        cs_check_errorf(SP(n), "invalid operation: %s (operator %s not defined on %s)", cs_expr_string(n),
                        cs_op_name(n->op), cs_operand_string(c, bad));
        n->mode = CS_MODE_INVALID;
        return;
    }
    /* untyped operands of a comparison with no typed partner take defaults */
    if (cs_type_is_untyped(x->ty) && !x->cv) cs_check_convert_untyped(c, x, NULL);
    if (cs_type_is_untyped(y->ty) && !y->cv) cs_check_convert_untyped(c, y, NULL);
    n->mode = CS_MODE_VALUE;
    n->ty = cs_type_basic(CS_TY_UNTYPED_BOOL);
    if (x->cv && y->cv) {
        n->cv = cs_const_bool(cs_const_compare(n->op, x->cv, y->cv));
    } else {
        /* a constant compared with a typed value: give it the other's type */
        if (cs_type_is_untyped(x->ty)) cs_check_convert_untyped(c, x, NULL);
        if (cs_type_is_untyped(y->ty)) cs_check_convert_untyped(c, y, NULL);
    }
}

static void shift(Checker *c, CsNode *n, CsNode *x, CsNode *y)
{
    /* the count */
    if (y->cv) {
        if (!cs_const_is_int_valued(y->cv)) {
            if (y->cv->kind == CS_CV_FLOAT && cs_type_is_untyped(y->ty))
                cs_check_errorf(SP(y), "%s truncated to uint", cs_operand_string(c, y));
            else
                cs_check_errorf(SP(y), "invalid shift count %s", cs_operand_string(c, y));
            n->mode = CS_MODE_INVALID;
            return;
        }
        int64_t cnt;
        if (!cs_const_to_int64(y->cv, &cnt) || cnt < 0) {
            cs_check_errorf(SP(y), cnt < 0 ? "invalid operation: negative shift count %s" : "invalid shift count %s",
                            cs_operand_string(c, y));
            n->mode = CS_MODE_INVALID;
            return;
        }
        if (cs_type_is_untyped(y->ty)) cs_check_convert_untyped(c, y, cs_type_basic(CS_TY_UINT));
    } else {
        if (!cs_type_is_integer(y->ty)) {
            cs_check_errorf(SP(y), "invalid operation: shift count %s must be integer", cs_operand_string(c, y));
            n->mode = CS_MODE_INVALID;
            return;
        }
        if (cs_type_is_untyped(y->ty)) cs_check_convert_untyped(c, y, cs_type_basic(CS_TY_UINT));
    }
    /* the shifted operand */
    if (x->cv && cs_type_is_untyped(x->ty)) {
        if (!cs_const_is_int_valued(x->cv)) {
            cs_check_errorf(SP(x), "invalid operation: shifted operand %s must be integer",
                            cs_operand_string(c, x));
            n->mode = CS_MODE_INVALID;
            return;
        }
        bool was_float = x->ty->kind == CS_TY_UNTYPED_FLOAT;
        if (was_float) {
            x->ty = cs_type_basic(CS_TY_UNTYPED_INT);
            x->cv = cs_const_represent(x->cv, x->ty, NULL);
        }
        if (y->cv) {
            int64_t cnt;
            cs_const_to_int64(y->cv, &cnt);
            n->mode = CS_MODE_VALUE;
            n->ty = x->ty;
            n->cv = cs_const_shift(n->op, x->cv, (uint64_t)cnt);
            if (!n->cv) {
                cs_check_errorf(n->pos, "constant shift overflow");
                n->mode = CS_MODE_INVALID;
            }
            return;
        }
        /* non-constant shift of an untyped constant: typed by the context,
         * where 1.0 << s still has float64 as its default type (an error) */
        n->mode = CS_MODE_VALUE;
        n->ty = was_float ? cs_type_basic(CS_TY_UNTYPED_FLOAT) : x->ty;
        return;
    }
    if (!cs_type_is_integer(x->ty)) {
        cs_check_errorf(SP(x), "invalid operation: shifted operand %s must be integer", cs_operand_string(c, x));
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->mode = CS_MODE_VALUE;
    n->ty = x->ty;
    if (x->cv && y->cv) {
        int64_t cnt;
        cs_const_to_int64(y->cv, &cnt);
        n->cv = cs_const_shift(n->op, x->cv, (uint64_t)cnt);
        if (!n->cv) {
            cs_check_errorf(n->pos, "constant shift overflow");
            n->mode = CS_MODE_INVALID;
            return;
        }
        if (n->cv->kind == CS_CV_FLOAT && n->cv->f != n->cv->f) {
            /* inf/inf, inf-inf: beyond long double (about 1e±4931) csc
             * keeps only an infinity, where Go is exact */
            cs_check_errorf(SP(n), "constant %s is beyond csc's range for float constants", cs_expr_string(n));
            n->mode = CS_MODE_INVALID;
            return;
        }
        check_typed_const(c, n);
    }
}

static void binary(Checker *c, CsNode *n)
{
    CsNode *x = n->lhs, *y = n->rhs;
    cs_check_expr(c, x);
    cs_check_expr(c, y);
    if (invalid(x) || invalid(y)) { n->mode = CS_MODE_INVALID; return; }
    if (n->op == CS_OP_SHL || n->op == CS_OP_SHR) { shift(c, n, x, y); return; }
    bool xnil = x->ty->kind == CS_TY_UNTYPED_NIL, ynil = y->ty->kind == CS_TY_UNTYPED_NIL;
    if (!match_types(c, x, y) || invalid(x) || invalid(y)) { n->mode = CS_MODE_INVALID; return; }
    if (is_comparison(n->op)) { comparison(c, n, x, y, xnil, ynil); return; }
    if (x->ty != y->ty) {
        /* untyped bool with named bool etc. were converted by match_types */
        cs_check_errorf(SP(n), "invalid operation: %s (mismatched types %s and %s)", cs_expr_string(n),
                        cs_type_str(x->ty, c->pkg), cs_type_str(y->ty, c->pkg));
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (op_allowed(n->op, x->ty)) {
        cs_check_errorf(SP(n), "invalid operation: operator %s not defined on %s", cs_op_name(n->op),
                        cs_operand_string(c, x));
        n->mode = CS_MODE_INVALID;
        return;
    }
    if ((n->op == CS_OP_DIV || n->op == CS_OP_REM) && y->cv &&
        (x->cv || cs_type_is_integer(x->ty)) && y->cv->kind != CS_CV_STRING && y->cv->kind != CS_CV_BOOL &&
        ((y->cv->kind == CS_CV_INT && y->cv->i == 0) || (y->cv->kind == CS_CV_FLOAT && y->cv->f == 0))) {
        cs_check_errorf(SP(y), "invalid operation: division by zero");
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->mode = CS_MODE_VALUE;
    n->ty = x->ty;
    if (x->cv && y->cv) {
        const char *err;
        CsConst *a = x->cv, *b = y->cv;
        if (cs_type_is_integer(x->ty)) {   /* integer-valued floats back to __int128 where they fit */
            if (a->kind == CS_CV_FLOAT && a->f < 0x1p127L && a->f >= -0x1p127L) a = cs_const_int((__int128)a->f);
            if (b->kind == CS_CV_FLOAT && b->f < 0x1p127L && b->f >= -0x1p127L) b = cs_const_int((__int128)b->f);
        }
        n->cv = cs_const_binary(n->op, a, b, x->ty, &err);
        if (!n->cv && !strcmp(err, "inexact")) {
            cs_check_errorf(SP(n), "constant %s is beyond csc's range for integer constants", cs_expr_string(n));
            n->mode = CS_MODE_INVALID;
            return;
        }
        if (!n->cv) {
            cs_check_errorf(SP(n), "%s", !strcmp(err, "division by zero") ? "invalid operation: division by zero"
                                                                            : "constant overflow");
            n->mode = CS_MODE_INVALID;
            return;
        }
        if (n->cv->kind == CS_CV_FLOAT && n->cv->f != n->cv->f) {
            /* inf/inf, inf-inf: beyond long double (about 1e±4931) csc
             * keeps only an infinity, where Go is exact */
            cs_check_errorf(SP(n), "constant %s is beyond csc's range for float constants", cs_expr_string(n));
            n->mode = CS_MODE_INVALID;
            return;
        }
        check_typed_const(c, n);
    }
}

CsSym *cs_check_var_of(CsNode *x)
{
    for (;;) {
        if (x->kind == CS_ND_PAREN) x = x->expr;
        else if (x->kind == CS_ND_SELECTOR && !x->implicit_deref && x->expr->mode == CS_MODE_VAR &&
                 x->field_depth > 0 && (!x->sym || x->sym->kind != CS_SYM_VAR)) {
            /* a field of a struct variable: part of the variable, unless an
             * embedded pointer was crossed (then it lies elsewhere) */
            CsType *t = x->expr->ty;
            for (int i = 0; i + 1 < x->field_depth; i++) {
                CsType *u = cs_type_underlying(t);
                if (!u || u->kind != CS_TY_STRUCT) break;
                t = u->fields[x->field_path[i]].type;
                if (cs_type_underlying(t)->kind == CS_TY_PTR) return NULL;
            }
            x = x->expr;
        } else if (x->kind == CS_ND_INDEX && !x->implicit_deref && x->expr->ty &&
                   cs_type_underlying(x->expr->ty)->kind == CS_TY_ARRAY)
            x = x->expr;
        else break;
    }
    return x->kind == CS_ND_IDENT && x->sym && x->sym->kind == CS_SYM_VAR ? x->sym : NULL;
}

static void mark_addr_taken(CsNode *x)
{
    CsSym *s = cs_check_var_of(x);
    if (s) s->addr_taken = true;
}

static void unary(Checker *c, CsNode *n)
{
    CsNode *x = n->expr;
    if (n->op == CS_OP_ADDR) {
        CsNode *inner = x;
        while (inner->kind == CS_ND_PAREN) inner = inner->expr;
        if (inner->kind == CS_ND_COMPOSITE) {
            cs_check_expr(c, x);
            if (invalid(x)) { n->mode = CS_MODE_INVALID; return; }
            n->mode = CS_MODE_VALUE;
            n->ty = cs_type_ptr(x->ty);
            return;
        }
        cs_check_expr(c, x);
        if (invalid(x)) { n->mode = CS_MODE_INVALID; return; }
        if (x->mode != CS_MODE_VAR) {
            cs_check_errorf(SP(x), "invalid operation: cannot take address of %s", cs_operand_string(c, x));
            n->mode = CS_MODE_INVALID;
            return;
        }
        mark_addr_taken(x);
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_ptr(x->ty);
        return;
    }
    cs_check_expr(c, x);
    if (invalid(x)) { n->mode = CS_MODE_INVALID; return; }
    if (n->op == CS_OP_RECV) {
        CsType *u = under(x->ty);
        if (!u || u->kind != CS_TY_CHAN) {
            cs_check_errorf(SP(x), "invalid operation: cannot receive from non-channel %s", cs_operand_string(c, x));
            n->mode = CS_MODE_INVALID;
            return;
        }
        if (u->chandir == CS_CHAN_SEND) {
            cs_check_errorf(SP(x), "invalid operation: cannot receive from send-only channel %s",
                            cs_operand_string(c, x));
            n->mode = CS_MODE_INVALID;
            return;
        }
        n->mode = CS_MODE_COMMAOK;
        n->ty = u->elem;
        return;
    }
    if (op_allowed(n->op, x->ty)) {
        cs_check_errorf(SP(x), "invalid operation: operator %s not defined on %s", cs_op_name(n->op),
                        cs_operand_string(c, x));
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->mode = CS_MODE_VALUE;
    n->ty = x->ty;
    if (x->cv) {
        n->cv = cs_const_unary(n->op, x->cv, x->ty);
        if (!n->cv) {
            cs_check_errorf(SP(n), "constant %s is beyond csc's range for integer constants", cs_expr_string(n));
            n->mode = CS_MODE_INVALID;
            return;
        }
        check_typed_const(c, n);
    }
}

/* ---- index and slice ---------------------------------------------------------- */
/* Checks an index operand; returns its constant value or -1 (non-constant), -2 on error. */
static int64_t check_index(Checker *c, CsNode *i, int64_t length, const char *what)
{
    cs_check_expr(c, i);
    if (invalid(i)) return -2;
    if (i->cv) {
        if (!cs_const_is_int_valued(i->cv) || i->cv->kind == CS_CV_STRING || i->cv->kind == CS_CV_BOOL) {
            if (i->cv->kind == CS_CV_FLOAT && cs_type_is_untyped(i->ty))
                cs_check_errorf(SP(i), "%s truncated to int", cs_operand_string(c, i));
            else
                cs_check_errorf(SP(i), "invalid argument: %s %s must be integer", what, cs_operand_string(c, i));
            return -2;
        }
    } else if (!cs_type_is_integer(i->ty)) {
        cs_check_errorf(SP(i), "invalid argument: %s %s must be integer", what, cs_operand_string(c, i));
        return -2;
    }
    if (cs_type_is_untyped(i->ty) && !cs_check_convert_untyped(c, i, cs_type_basic(CS_TY_INT))) return -2;
    if (!i->cv) return -1;
    int64_t v;
    if (!cs_const_to_int64(i->cv, &v)) v = INT64_MAX;
    if (v < 0) {
        cs_check_errorf(SP(i), "invalid argument: %s %s must not be negative", what, cs_operand_string(c, i));
        return -2;
    }
    if (length >= 0 && v >= length) {
        cs_check_errorf(SP(i), "invalid argument: %s %s out of bounds [0:%lld]", what, cs_expr_string(i),
                        (long long)length);
        return -2;
    }
    return v;
}

static void index_expr(Checker *c, CsNode *n)
{
    CsNode *x = n->expr;
    cs_check_expr_raw(c, x, NULL, true);
    if (x->mode == CS_MODE_TYPE) {
        cs_check_errorf(SP(n), "generics are not supported");
        n->mode = CS_MODE_INVALID;
        return;
    }
    single_value(c, x);
    if (invalid(x)) { cs_check_expr(c, n->index); n->mode = CS_MODE_INVALID; return; }
    CsType *u = under(x->ty);
    switch (u->kind) {
    case CS_TY_STRING: case CS_TY_UNTYPED_STRING: {
        int64_t len = x->cv ? x->cv->slen : -1;
        if (check_index(c, n->index, len, "index") == -2) { n->mode = CS_MODE_INVALID; return; }
        if (cs_type_is_untyped(x->ty)) cs_check_convert_untyped(c, x, NULL);
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_basic(CS_TY_UINT8);
        return;
    }
    case CS_TY_ARRAY:
        if (check_index(c, n->index, u->len, "index") == -2) { n->mode = CS_MODE_INVALID; return; }
        n->mode = x->mode == CS_MODE_VAR ? CS_MODE_VAR : CS_MODE_VALUE;
        n->ty = u->elem;
        return;
    case CS_TY_PTR: {
        CsType *a = under(u->elem);
        if (a && a->kind == CS_TY_ARRAY) {
            if (check_index(c, n->index, a->len, "index") == -2) { n->mode = CS_MODE_INVALID; return; }
            n->mode = CS_MODE_VAR;
            n->ty = a->elem;
            n->implicit_deref = true;
            return;
        }
        break;
    }
    case CS_TY_SLICE:
        if (check_index(c, n->index, -1, "index") == -2) { n->mode = CS_MODE_INVALID; return; }
        n->mode = CS_MODE_VAR;
        n->ty = u->elem;
        return;
    case CS_TY_MAP:
        cs_check_expr_hint(c, n->index, u->key);
        if (invalid(n->index) || !cs_check_assignable(c, n->index, u->key, "map index")) {
            n->mode = CS_MODE_INVALID;
            return;
        }
        n->mode = CS_MODE_MAPINDEX;
        n->ty = u->elem;
        return;
    default:
        break;
    }
    cs_check_expr(c, n->index);
    cs_check_errorf(n->pos, "invalid operation: cannot index %s", cs_operand_string(c, x));
    n->mode = CS_MODE_INVALID;
}

static void slice_expr(Checker *c, CsNode *n)
{
    CsNode *x = n->expr;
    cs_check_expr(c, x);
    if (invalid(x)) { n->mode = CS_MODE_INVALID; return; }
    CsType *u = under(x->ty);
    int64_t length = -1;
    switch (u->kind) {
    case CS_TY_STRING: case CS_TY_UNTYPED_STRING:
        if (n->slice3) {
            cs_check_errorf(SP(n->max ? n->max : n), "invalid operation: 3-index slice of string");
            n->mode = CS_MODE_INVALID;
            return;
        }
        if (x->cv) length = x->cv->slen;
        if (cs_type_is_untyped(x->ty)) cs_check_convert_untyped(c, x, NULL);
        n->ty = x->ty;
        break;
    case CS_TY_ARRAY:
        if (x->mode != CS_MODE_VAR) {
            cs_check_errorf(SP(n), "invalid operation: %s (slice of unaddressable value)", cs_expr_string(n));
            n->mode = CS_MODE_INVALID;
            return;
        }
        mark_addr_taken(x);
        length = u->len;
        n->ty = cs_type_slice(u->elem);
        break;
    case CS_TY_PTR: {
        CsType *a = under(u->elem);
        if (a && a->kind == CS_TY_ARRAY) {
            length = a->len;
            n->ty = cs_type_slice(a->elem);
            n->implicit_deref = true;
            break;
        }
        goto bad;
    }
    case CS_TY_SLICE:
        n->ty = x->ty;
        break;
    default:
    bad:
        cs_check_errorf(SP(n), "cannot slice %s", cs_operand_string(c, x));
        n->mode = CS_MODE_INVALID;
        return;
    }
    int64_t v[3] = {-1, -1, -1};
    CsNode *ix[3] = {n->lo, n->hi, n->max};
    bool bad_ix = false;
    for (int i = 0; i < 3; i++) {
        if (!ix[i]) continue;
        v[i] = check_index(c, ix[i], length >= 0 ? length + 1 : -1, "index");
        if (v[i] == -2) bad_ix = true;
    }
    if (bad_ix) { n->mode = CS_MODE_INVALID; return; }
    for (int i = 0; i < 3; i++)
        for (int k = i + 1; k < 3; k++)
            if (v[i] >= 0 && v[k] >= 0 && v[i] > v[k]) {
                cs_check_errorf(SP(ix[k]), "invalid slice indices: %lld < %lld", (long long)v[k], (long long)v[i]);
                n->mode = CS_MODE_INVALID;
                return;
            }
    n->mode = CS_MODE_VALUE;
}

/* ---- composite literals ----------------------------------------------------------- */
/* texpr: the type expression spelling t in messages, or NULL */
static void elem_value(Checker *c, CsNode *v, CsType *t, CsNode *texpr, const char *ctx)
{
    cs_check_expr_hint(c, v, t);
    if (!invalid(v)) cs_check_assignable_as(c, v, t, texpr, ctx);
}

static void composite(Checker *c, CsNode *n, CsType *hint)
{
    CsType *t = NULL;
    bool elided_ptr = false;
    if (n->type) {
        if (n->type->kind == CS_ND_ARRAYTYPE && !n->type->len) {
            CsType *et = cs_check_type(c, n->type->type);
            if (!et) { n->mode = CS_MODE_INVALID; return; }
            /* length: max index + 1 */
            int64_t idx = 0, max = 0;
            for (CsNode *e = n->list; e; e = e->next) {
                if (e->kind == CS_ND_KEYVALUE) {
                    cs_check_expr(c, e->lhs);
                    int64_t k;
                    if (e->lhs->cv && cs_const_to_int64(e->lhs->cv, &k)) idx = k;
                }
                idx++;
                if (idx > max) max = idx;
            }
            t = cs_type_array(et, max);
            n->type->mode = CS_MODE_TYPE;
            n->type->ty = t;
        } else {
            t = cs_check_type(c, n->type);
        }
    } else if (hint) {
        t = hint;
        CsType *hu = under(hint);
        if (hu && hu->kind == CS_TY_PTR) { t = hu->elem; elided_ptr = true; }
    } else {
        cs_check_errorf(SP(n), "invalid composite literal type: missing type");
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (!t) { n->mode = CS_MODE_INVALID; return; }
    CsType *u = under(t);
    const char *ts = cs_type_str(t, c->pkg);
    switch (u ? u->kind : CS_TY_INVALID) {
    case CS_TY_STRUCT: {
        if (!n->list) break;
        bool keyed = n->list->kind == CS_ND_KEYVALUE;
        if (keyed) {
            bool *seen = cs_check_alloc(u->nfields + 1);
            for (CsNode *e = n->list; e; e = e->next) {
                if (e->kind != CS_ND_KEYVALUE) {
                    cs_check_errorf(SP(e), "mixture of field:value and value elements in struct literal");
                    cs_check_expr(c, e);
                    continue;
                }
                CsNode *k = e->lhs;
                int fi = -1;
                if (k->kind == CS_ND_IDENT)
                    for (int i = 0; i < u->nfields; i++)
                        if (!strcmp(u->fields[i].name, k->name)) fi = i;
                if (fi < 0) {
                    if (k->kind == CS_ND_IDENT)
                        cs_check_errorf(SP(k), "unknown field '%s' in struct literal of type %s", k->name, ts);
                    else
                        cs_check_errorf(SP(k), "invalid field name %s in struct literal", cs_expr_string(k));
                    cs_check_expr(c, e->rhs);
                    continue;
                }
                if (seen[fi]) cs_check_errorf(e->pos, "duplicate field name %s in struct literal", k->name);
                seen[fi] = true;
                if (!u->fields[fi].exported && t->kind == CS_TY_NAMED && t->pkg != c->pkg)
                    cs_check_errorf(SP(k), "cannot refer to unexported field %s in struct literal of type %s",
                                    k->name, ts);
                e->field_path = cs_check_alloc(sizeof(int));
                e->field_path[0] = fi;
                e->field_depth = 1;
                k->mode = CS_MODE_VALUE;
                k->ty = u->fields[fi].type;
                elem_value(c, e->rhs, u->fields[fi].type, NULL, "struct literal");
                e->mode = e->rhs->mode;
                e->ty = u->fields[fi].type;
            }
        } else {
            int i = 0;
            CsNode *e = n->list;
            for (; e; e = e->next, i++) {
                if (e->kind == CS_ND_KEYVALUE) {
                    cs_check_errorf(SP(e), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= u->nfields) {
                    cs_check_errorf(SP(e), "too many values in struct literal of type %s", ts);
                    break;
                }
                if (!u->fields[i].exported && t->kind == CS_TY_NAMED && t->pkg != c->pkg)
                    cs_check_errorf(SP(e), "implicit assignment to unexported field %s in struct literal of type %s",
                                    u->fields[i].name, ts);
                elem_value(c, e, u->fields[i].type, NULL, "struct literal");
            }
            if (!e && i < u->nfields)
                cs_check_errorf(n->rbrace, "too few values in struct literal of type %s", ts);
        }
        break;
    }
    case CS_TY_ARRAY: case CS_TY_SLICE: {
        /* without keys the indices only grow: no duplicates to look for */
        bool any_key = false;
        for (CsNode *e = n->list; e && !any_key; e = e->next)
            any_key = e->kind == CS_ND_KEYVALUE;
        int64_t idx = 0, nk = 0;
        int64_t *keys = any_key ? cs_check_alloc(sizeof(int64_t) * (cs_ast_list_len(n->list) + 1)) : NULL;
        CsKeySet seen = {.same = cs_int_same};
        for (CsNode *e = n->list; e; e = e->next) {
            CsNode *v = e;
            if (e->kind == CS_ND_KEYVALUE) {
                int64_t k = check_index(c, e->lhs, u->kind == CS_TY_ARRAY ? u->len : -1, "index");
                if (k == -1) {
                    cs_check_errorf(SP(e->lhs), "index %s must be integer constant", cs_expr_string(e->lhs));
                } else if (k >= 0) {
                    idx = k;
                }
                v = e->rhs;
            } else if (u->kind == CS_TY_ARRAY && idx >= u->len) {
                cs_check_errorf(SP(e), "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)u->len);
            }
            if (any_key) {
                keys[nk] = idx;
                if (!cs_keyset_add(&seen, cs_int_hash(idx), &keys[nk++]))
                    cs_check_errorf(e->pos, "duplicate index %lld in array or slice literal", (long long)idx);
            }
            elem_value(c, v, u->elem, cs_elem_type_source(n->type), "array or slice literal");
            if (e != v) { e->mode = v->mode; e->ty = v->ty; }
            idx++;
        }
        cs_keyset_free(&seen);
        break;
    }
    case CS_TY_MAP: {
        CsKeySet seen = {.same = cs_const_same};
        for (CsNode *e = n->list; e; e = e->next) {
            if (e->kind != CS_ND_KEYVALUE) {
                cs_check_errorf(SP(e), "missing key in map literal");
                cs_check_expr(c, e);
                continue;
            }
            elem_value(c, e->lhs, u->key, n->type && n->type->kind == CS_ND_MAPTYPE ? n->type->key : NULL, "map literal");
            if (e->lhs->cv && !cs_type_is_interface(u->key) &&
                !cs_keyset_add(&seen, cs_const_hash(e->lhs->cv), e->lhs->cv))
                cs_check_errorf(SP(e->lhs), "duplicate key %s in map literal", cs_const_string_of(e->lhs->cv));
            elem_value(c, e->rhs, u->elem, cs_elem_type_source(n->type), "map literal");
            e->mode = e->rhs->mode;
            e->ty = u->elem;
        }
        cs_keyset_free(&seen);
        break;
    }
    default:
        cs_check_errorf(SP(n), "invalid composite literal type %s", ts);
        n->mode = CS_MODE_INVALID;
        return;
    }
    n->mode = CS_MODE_VALUE;
    n->ty = t;
    if (elided_ptr) {
        n->ty = cs_type_ptr(t);
        n->implicit_addr = true;
    }
}

/* ---- function literals -------------------------------------------------------- */
void cs_check_funclit(Checker *c, CsNode *n)
{
    n->func = c->func;
    CsScope *outer = c->scope;
    CsScope *s = cs_scope_new(outer, n);
    CsType *sig = cs_check_signature(c, n->type, NULL, s);
    CsScope *saved_scope = c->scope;
    c->scope = s;
    cs_check_func_body(c, n, sig, NULL, n->body);
    c->scope = saved_scope;
    n->mode = cs_check_signature_broken(sig) ? CS_MODE_INVALID : CS_MODE_VALUE;
    n->ty = sig;
}

/* ---- type assertions ------------------------------------------------------------ */
static void type_assert(Checker *c, CsNode *n)
{
    CsNode *x = n->expr;
    cs_check_expr(c, x);
    if (!n->type) {
        cs_check_errorf(SP(n), "use of .(type) outside type switch");
        n->mode = CS_MODE_INVALID;
        return;
    }
    CsType *t = cs_check_type(c, n->type);
    if (invalid(x) || !t) { n->mode = CS_MODE_INVALID; return; }
    if (!cs_type_is_interface(x->ty)) {
        cs_check_errorf(SP(x), "invalid operation: %s is not an interface", cs_operand_string(c, x));
        n->mode = CS_MODE_INVALID;
        return;
    }
    if (!cs_type_is_interface(t)) {
        const char *missing; bool wp, wt;
        if (!cs_implements(c, t, x->ty, &missing, &wp, &wt)) {
            cs_check_errorf(SP(n), "impossible type assertion: %s\n\t%s does not implement %s (%s%s)%s",
                            cs_expr_string(n), cs_type_str(t, c->pkg), cs_type_str(x->ty, c->pkg),
                            wp ? "method " : wt ? "wrong type for method " : "missing method ",
                            wp ? cs_check_sprintf("%s has pointer receiver", missing) : missing,
                            wt ? cs_wrong_method_detail(c, t, x->ty, missing) : "");
            n->mode = CS_MODE_INVALID;
            return;
        }
    }
    n->mode = CS_MODE_COMMAOK;
    n->ty = t;
}

/* ---- dispatch ---------------------------------------------------------------------- */
void cs_check_expr_raw(Checker *c, CsNode *n, CsType *hint, bool allow_type)
{
    n->cv = NULL;
    switch (n->kind) {
    case CS_ND_BAD: n->mode = CS_MODE_INVALID; return;
    case CS_ND_IDENT: ident(c, n, true); return;
    case CS_ND_INTLIT: int_lit(n); return;
    case CS_ND_FLOATLIT: float_lit(n); return;
    case CS_ND_IMAGLIT:
        cs_check_errorf(SP(n), "complex numbers are not supported");
        n->mode = CS_MODE_INVALID;
        return;
    case CS_ND_RUNELIT:
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_basic(CS_TY_UNTYPED_RUNE);
        n->cv = cs_const_int(n->rune);
        return;
    case CS_ND_STRLIT:
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_basic(CS_TY_UNTYPED_STRING);
        n->cv = cs_const_string(n->str ? n->str : "", n->strlen);
        return;
    case CS_ND_COMPOSITE: composite(c, n, hint); return;
    case CS_ND_FUNCLIT: cs_check_funclit(c, n); return;
    case CS_ND_PAREN:
        cs_check_expr_raw(c, n->expr, hint, allow_type);
        n->mode = n->expr->mode;
        n->ty = n->expr->ty;
        n->cv = n->expr->cv;
        n->sym = n->expr->sym;
        n->builtin = n->expr->builtin;
        return;
    case CS_ND_SELECTOR: cs_check_selector(c, n, allow_type); return;
    case CS_ND_INDEX: index_expr(c, n); return;
    case CS_ND_SLICE: slice_expr(c, n); return;
    case CS_ND_TYPEASSERT: type_assert(c, n); return;
    case CS_ND_CALL: cs_check_call(c, n); return;
    case CS_ND_STAR: {
        CsNode *x = n->expr;
        if (x->kind == CS_ND_ARRAYTYPE) cs_check_indirect_type(c, x);
        else if (!cs_check_deferred_type_name(c, x)) cs_check_expr_raw(c, x, NULL, true);
        if (invalid(x)) { n->mode = CS_MODE_INVALID; return; }
        if (x->mode == CS_MODE_TYPE) {
            n->mode = CS_MODE_TYPE;
            n->ty = cs_type_ptr(x->ty);
            return;
        }
        single_value(c, x);
        if (invalid(x)) { n->mode = CS_MODE_INVALID; return; }
        if (x->ty->kind == CS_TY_UNTYPED_NIL) {
            cs_check_errorf(SP(x), "invalid operation: cannot indirect nil");
            n->mode = CS_MODE_INVALID;
            return;
        }
        CsType *u = under(x->ty);
        if (!u || u->kind != CS_TY_PTR) {
            cs_check_errorf(SP(x), "invalid operation: cannot indirect %s", cs_operand_string(c, x));
            n->mode = CS_MODE_INVALID;
            return;
        }
        n->mode = CS_MODE_VAR;
        n->ty = u->elem;
        return;
    }
    case CS_ND_UNARY: unary(c, n); return;
    case CS_ND_BINARY: binary(c, n); return;
    case CS_ND_KEYVALUE:
        cs_check_errorf(SP(n), "unexpected key:value expression");
        n->mode = CS_MODE_INVALID;
        return;
    case CS_ND_ARRAYTYPE: case CS_ND_SLICETYPE: case CS_ND_MAPTYPE: case CS_ND_CHANTYPE:
    case CS_ND_FUNCTYPE: case CS_ND_STRUCTTYPE: case CS_ND_INTERFACETYPE: case CS_ND_ELLIPSIS:
        cs_check_typexpr(c, n);
        return;
    default:
        cs_check_errorf(SP(n), "unexpected %s in expression", cs_node_kind_name(n->kind));
        n->mode = CS_MODE_INVALID;
        return;
    }
}

static void single_value(Checker *c, CsNode *n)
{
    switch (n->mode) {
    case CS_MODE_TYPE:
        cs_check_errorf(SP(n), "%s (type) is not an expression", cs_expr_string(n));
        n->mode = CS_MODE_INVALID;
        return;
    case CS_MODE_NOVALUE:
        cs_check_errorf(SP(n), "%s (no value) used as value", cs_expr_string(n));
        n->mode = CS_MODE_INVALID;
        return;
    case CS_MODE_BUILTIN:
        cs_check_errorf(SP(n), "%s (built-in function %s) must be called", cs_expr_string(n), n->sym ? n->sym->name : "");
        n->mode = CS_MODE_INVALID;
        return;
    case CS_MODE_PKG:
        cs_check_errorf(SP(n), "use of package %s not in selector", n->name ? n->name : cs_expr_string(n));
        n->mode = CS_MODE_INVALID;
        return;
    case CS_MODE_COMMAOK:
        n->mode = CS_MODE_VALUE;
        return;
    default:
        break;
    }
    if (n->mode != CS_MODE_INVALID && n->ty && n->ty->kind == CS_TY_TUPLE) {
        cs_check_errorf(SP(n), "multiple-value %s (value of type %s) in single-value context", cs_expr_string(n),
                        cs_type_str(n->ty, c->pkg));
        n->mode = CS_MODE_INVALID;
    }
}

void cs_check_single_value(Checker *c, CsNode *n) { single_value(c, n); }

void cs_check_expr_hint(Checker *c, CsNode *n, CsType *hint)
{
    cs_check_expr_raw(c, n, hint, false);
    single_value(c, n);
}

void cs_check_expr(Checker *c, CsNode *n) { cs_check_expr_hint(c, n, NULL); }

void cs_check_multi(Checker *c, CsNode *n)
{
    cs_check_expr_raw(c, n, NULL, false);
    if (n->mode == CS_MODE_COMMAOK || n->mode == CS_MODE_NOVALUE) return;
    if (n->mode != CS_MODE_INVALID && n->ty && n->ty->kind == CS_TY_TUPLE) return;
    single_value(c, n);
}

void cs_check_expr_default(Checker *c, CsNode *n)
{
    cs_check_expr(c, n);
    if (!invalid(n) && cs_type_is_untyped(n->ty)) cs_check_convert_untyped(c, n, NULL);
}

bool cs_check_addressable(CsNode *n) { return n->mode == CS_MODE_VAR; }
