/* Built-in function calls: argument counts and types per the spec, the
 * constant cases of len/cap, and the result type. n->builtin says which
 * builtin a CALL invokes (CsBuiltin); untyped arguments are converted to
 * the type the builtin needs (make's sizes to int, print's to defaults).
 */
#include <string.h>
#include "check.h"

static CsType *under(CsType *t) { return cs_type_underlying(t); }

static const char *bi_name(int bi)
{
    static const char *names[] = {
        [CS_BI_APPEND] = "append", [CS_BI_CAP] = "cap", [CS_BI_CLOSE] = "close", [CS_BI_COPY] = "copy",
        [CS_BI_DELETE] = "delete", [CS_BI_LEN] = "len", [CS_BI_MAKE] = "make", [CS_BI_NEW] = "new",
        [CS_BI_PANIC] = "panic", [CS_BI_PRINT] = "print", [CS_BI_PRINTLN] = "println",
        [CS_BI_RECOVER] = "recover", [CS_BI_COMPLEX] = "complex", [CS_BI_REAL] = "real", [CS_BI_IMAG] = "imag",
    };
    return names[bi];
}

/* Does the expression contain a call or a receive (len of such an array is not constant)? */
static bool has_call_or_recv(CsNode *n)
{
    if (!n) return false;
    if (n->kind == CS_ND_CALL && !n->is_conversion) return true;
    if (n->kind == CS_ND_UNARY && n->op == CS_OP_RECV) return true;
    if (n->kind == CS_ND_FUNCLIT) return false;
    return has_call_or_recv(n->expr) || has_call_or_recv(n->lhs) || has_call_or_recv(n->rhs) ||
           has_call_or_recv(n->index) || has_call_or_recv(n->lo) || has_call_or_recv(n->hi);
}

static bool size_arg(Checker *c, CsNode *a, const char *what)
{
    cs_check_expr(c, a);
    if (a->mode == CS_MODE_INVALID) return false;
    if (a->cv) {
        if (!cs_const_is_int_valued(a->cv) || a->cv->kind == CS_CV_STRING || a->cv->kind == CS_CV_BOOL) {
            if (a->cv->kind == CS_CV_FLOAT)
                cs_check_errorf(SP(a), "%s truncated to int", cs_operand_string(c, a));
            else
                cs_check_errorf(SP(a), "cannot convert %s to type int", cs_operand_string(c, a));
            return false;
        }
        int64_t v;
        if (!cs_const_to_int64(a->cv, &v) || v < 0) {
            cs_check_errorf(SP(a), "invalid argument: index %s must not be negative", cs_operand_string(c, a));
            return false;
        }
    } else if (!cs_type_is_integer(a->ty)) {
        cs_check_errorf(SP(a), "cannot convert %s to type int", cs_operand_string(c, a));
        return false;
    }
    if (cs_type_is_untyped(a->ty)) return cs_check_convert_untyped(c, a, cs_type_basic(CS_TY_INT));
    return true;
}

bool cs_check_builtin(Checker *c, CsNode *n, int bi)
{
    int na = cs_ast_list_len(n->list);
    CsNode *a0 = n->list, *a1 = a0 ? a0->next : NULL;
    const char *name = bi_name(bi);
    n->mode = CS_MODE_INVALID;
    if (bi == CS_BI_COMPLEX || bi == CS_BI_REAL || bi == CS_BI_IMAG) {
        bool quiet = false;
        for (CsNode *a = n->list; a; a = a->next) {
            cs_check_expr_raw(c, a, NULL, false);
            quiet |= a->mode == CS_MODE_INVALID;
        }
        if (!quiet) cs_check_errorf(SP(n->expr), "complex numbers are not supported");
        return false;
    }
    int min = 0, max = -1;
    switch (bi) {
    case CS_BI_LEN: case CS_BI_CAP: case CS_BI_CLOSE: case CS_BI_NEW: case CS_BI_PANIC:
        min = max = 1; break;
    case CS_BI_COPY: case CS_BI_DELETE: min = max = 2; break;
    case CS_BI_APPEND: min = 1; break;
    case CS_BI_MAKE: min = 1; max = 3; break;
    case CS_BI_RECOVER: min = max = 0; break;
    default: break;
    }
    if (n->has_ellipsis && bi != CS_BI_APPEND) {
        cs_check_errorf(SP(n), "invalid operation: invalid use of ... with built-in %s", name);
        for (CsNode *a = n->list; a; a = a->next) cs_check_expr(c, a);
        return false;
    }
    if (na < min || (max >= 0 && na > max)) {
        for (CsNode *a = n->list; a; a = a->next) cs_check_expr_raw(c, a, NULL, true);
        CsNode *at = na < min ? n : a0;
        if (na > max) for (int i = 0; i < max; i++) at = at->next;
        (void)at;
        cs_check_errorf(SP(n), "invalid operation: %s arguments for %s (expected %d, found %d)", na < min ? "not enough" : "too many",
                        cs_expr_string(n), na < min ? min : max, na);
        return false;
    }
    switch (bi) {
    case CS_BI_LEN: case CS_BI_CAP: {
        cs_check_expr(c, a0);
        if (a0->mode == CS_MODE_INVALID) return false;
        CsType *u = under(a0->ty);
        if (u->kind == CS_TY_PTR && under(u->elem)->kind == CS_TY_ARRAY) u = under(u->elem);
        bool ok = false;
        switch (u->kind) {
        case CS_TY_STRING: case CS_TY_UNTYPED_STRING: ok = bi == CS_BI_LEN; break;
        case CS_TY_ARRAY: case CS_TY_SLICE: case CS_TY_CHAN: ok = true; break;
        case CS_TY_MAP: ok = bi == CS_BI_LEN; break;
        default: break;
        }
        if (!ok) {
            cs_check_errorf(SP(a0), "invalid argument: %s for built-in %s", cs_operand_string(c, a0), name);
            return false;
        }
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_basic(CS_TY_INT);
        if (a0->cv && a0->cv->kind == CS_CV_STRING) n->cv = cs_const_int(a0->cv->slen);
        else if (u->kind == CS_TY_ARRAY && !has_call_or_recv(a0)) n->cv = cs_const_int(u->len);
        if (n->cv) n->ty = cs_type_basic(CS_TY_INT);
        if (cs_type_is_untyped(a0->ty)) cs_check_convert_untyped(c, a0, NULL);
        return true;
    }
    case CS_BI_CLOSE: {
        cs_check_expr(c, a0);
        if (a0->mode == CS_MODE_INVALID) return false;
        CsType *u = under(a0->ty);
        if (u->kind != CS_TY_CHAN) {
            cs_check_errorf(SP(a0), "invalid operation: cannot close non-channel %s", cs_operand_string(c, a0));
            return false;
        }
        if (u->chandir == CS_CHAN_RECV) {
            cs_check_errorf(SP(a0), "invalid operation: cannot close receive-only channel %s",
                            cs_operand_string(c, a0));
            return false;
        }
        n->mode = CS_MODE_NOVALUE;
        return true;
    }
    case CS_BI_NEW: {
        CsType *t = cs_check_type(c, a0);
        if (!t) return false;
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_ptr(t);
        return true;
    }
    case CS_BI_PANIC:
        cs_check_expr(c, a0);
        if (a0->mode == CS_MODE_INVALID) return false;
        if (a0->ty->kind == CS_TY_UNTYPED_NIL) {
            /* panic(nil) is legal: nil converts to interface{} */
            a0->ty = cs_ty_any;
        } else if (!cs_check_assignable(c, a0, cs_ty_any, "argument to panic")) return false;
        n->mode = CS_MODE_NOVALUE;
        return true;
    case CS_BI_PRINT: case CS_BI_PRINTLN: {
        bool ok = true;
        for (CsNode *a = n->list; a; a = a->next) {
            cs_check_expr(c, a);
            if (a->mode == CS_MODE_INVALID) { ok = false; continue; }
            if (a->ty->kind == CS_TY_UNTYPED_NIL) {
                cs_check_errorf(SP(a), "use of untyped nil in argument to built-in %s", name);
                ok = false;
                continue;
            }
            if (cs_type_is_untyped(a->ty)) ok &= cs_check_convert_untyped(c, a, NULL);
        }
        if (!ok) return false;
        n->mode = CS_MODE_NOVALUE;
        return true;
    }
    case CS_BI_RECOVER:
        n->mode = CS_MODE_VALUE;
        n->ty = cs_ty_any;
        return true;
    case CS_BI_MAKE: {
        CsType *t = cs_check_type(c, a0);
        if (!t) { for (CsNode *a = a1; a; a = a->next) cs_check_expr(c, a); return false; }
        CsType *u = under(t);
        int lo = 1, hi = 1;
        switch (u->kind) {
        case CS_TY_SLICE: lo = 2; hi = 3; break;
        case CS_TY_MAP: case CS_TY_CHAN: lo = 1; hi = 2; break;
        default:
            cs_check_errorf(SP(a0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                            cs_expr_string(a0));
            for (CsNode *a = a1; a; a = a->next) cs_check_expr(c, a);
            return false;
        }
        if (na < lo || na > hi) {
            cs_check_errorf(SP(n), "invalid operation: %s expects %d or %d arguments; found %d", cs_expr_string(n),
                            lo, hi, na);
            for (CsNode *a = a1; a; a = a->next) cs_check_expr(c, a);
            return false;
        }
        bool ok = true;
        for (CsNode *a = a1; a; a = a->next) ok &= size_arg(c, a, "size");
        if (!ok) return false;
        if (a1 && a1->next && a1->cv && a1->next->cv && a1->cv->i > a1->next->cv->i) {
            cs_check_errorf(SP(a1), "invalid argument: length and capacity swapped");
            return false;
        }
        n->mode = CS_MODE_VALUE;
        n->ty = t;
        return true;
    }
    case CS_BI_DELETE: {
        cs_check_expr(c, a0);
        if (a0->mode == CS_MODE_INVALID) { cs_check_expr(c, a1); return false; }
        CsType *u = under(a0->ty);
        if (u->kind != CS_TY_MAP) {
            cs_check_expr(c, a1);
            cs_check_errorf(SP(a0), "invalid argument: %s is not a map", cs_operand_string(c, a0));
            return false;
        }
        cs_check_expr_hint(c, a1, u->key);
        if (a1->mode == CS_MODE_INVALID) return false;
        if (!cs_check_assignable(c, a1, u->key, "argument to delete")) return false;
        n->mode = CS_MODE_NOVALUE;
        return true;
    }
    case CS_BI_COPY: {
        cs_check_expr(c, a0);
        cs_check_expr(c, a1);
        if (a0->mode == CS_MODE_INVALID || a1->mode == CS_MODE_INVALID) return false;
        CsType *d = under(a0->ty), *s = under(a1->ty);
        if (d->kind != CS_TY_SLICE) {
            cs_check_errorf(SP(a0), "invalid argument: copy expects slice arguments; found %s and %s",
                            cs_operand_string(c, a0), cs_operand_string(c, a1));
            return false;
        }
        bool ok = (s->kind == CS_TY_SLICE && s->elem == d->elem) ||
                  (cs_type_is_string(s) && under(d->elem)->kind == CS_TY_UINT8);
        if (!ok) {
            if (s->kind != CS_TY_SLICE && !cs_type_is_string(s))
                cs_check_errorf(SP(a0), "invalid argument: copy expects slice arguments; found %s and %s",
                                cs_operand_string(c, a0), cs_operand_string(c, a1));
            else
                cs_check_errorf(SP(a0), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                                cs_operand_string(c, a0), cs_operand_string(c, a1),
                                cs_type_str(d->elem, c->pkg),
                                /* gc names a string's elements byte, not uint8 */
                                s->kind == CS_TY_SLICE ? cs_type_str(s->elem, c->pkg) : "byte");
            return false;
        }
        if (cs_type_is_untyped(a1->ty)) cs_check_convert_untyped(c, a1, NULL);
        n->mode = CS_MODE_VALUE;
        n->ty = cs_type_basic(CS_TY_INT);
        return true;
    }
    case CS_BI_APPEND: {
        cs_check_expr(c, a0);
        if (a0->mode == CS_MODE_INVALID) { for (CsNode *a = a1; a; a = a->next) cs_check_expr(c, a); return false; }
        if (a0->ty->kind == CS_TY_UNTYPED_NIL) {
            for (CsNode *a = a1; a; a = a->next) cs_check_expr(c, a);
            cs_check_errorf(SP(a0), "first argument to append must be a slice; have untyped nil");
            return false;
        }
        CsType *u = under(a0->ty);
        if (u->kind != CS_TY_SLICE) {
            for (CsNode *a = a1; a; a = a->next) cs_check_expr(c, a);
            cs_check_errorf(SP(a0), "first argument to append must be a slice; have %s", cs_operand_string(c, a0));
            return false;
        }
        bool ok = true;
        if (n->has_ellipsis) {
            if (na != 2) {
                for (CsNode *a = a1; a; a = a->next) cs_check_expr(c, a);
                cs_check_errorf(SP(n), "can only use ... with final argument in list");
                return false;
            }
            cs_check_expr(c, a1);
            if (a1->mode == CS_MODE_INVALID) return false;
            if (cs_type_is_string(a1->ty) && under(u->elem)->kind == CS_TY_UINT8) {
                if (cs_type_is_untyped(a1->ty)) cs_check_convert_untyped(c, a1, NULL);
            } else if (a1->ty->kind == CS_TY_UNTYPED_NIL) {
                a1->ty = cs_type_slice(u->elem);
            } else {
                ok = cs_check_assignable(c, a1, cs_type_slice(u->elem), "argument to append");
            }
        } else {
            for (CsNode *a = a1; a; a = a->next) {
                cs_check_expr_hint(c, a, u->elem);
                if (a->mode == CS_MODE_INVALID) { ok = false; continue; }
                ok &= cs_check_assignable(c, a, u->elem, "argument to append");
            }
        }
        if (!ok) return false;
        n->mode = CS_MODE_VALUE;
        n->ty = a0->ty;
        return true;
    }
    default:
        return false;
    }
}
