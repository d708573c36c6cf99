/* gen_ifconv.c: small ifs emitted without a branch.
 *
 *     if c { x = e1; y op= e2 }       (two or three such assignments)
 *
 * becomes, when every target is a plain local integer (gen_prove.c's
 * cs_gen_plain_local) and every right-hand side can be evaluated whether
 * or not c holds (no call, index, dereference, division or variable
 * shift: nothing that could panic or have an effect),
 *
 *     { int64_t m = -(int64_t)(c);  x = x ^ ((x ^ (e1)) & m);  ... }
 *
 * m is all ones when c holds and zero otherwise, so each target gets its
 * new value or keeps its old one, in the original order (a later
 * right-hand side sees an earlier target's new value). gcc 12 compiles
 * such an if as a branch, even in hand-written C, because it predicts
 * `x < 0` false; on random data the branch is mispredicted half the time.
 * Go's SSA turns the same if into CMOVs (branchelim), so this follows Go:
 * pidigitsnat's borrow loop `if t < 0 { t += 1 << 32; borrow = 1 }`.
 * Single assignments are left to gcc, which if-converts those itself.
 */
#include "check.h"
#include "gen_int.h"

enum { MAX_ASSIGNS = 3 };

/* A constant shift count below 64. */
static bool small_shift(CsNode *n)
{
    return n->cv && n->cv->kind == CS_CV_INT && n->cv->i >= 0 && n->cv->i < 64;
}

/* Whether evaluating n can neither panic nor have an effect. */
static bool safe(CsNode *n)
{
    if (n->cv)
        return true;
    switch (n->kind) {
    case CS_ND_IDENT:
        return n->sym && n->sym->kind == CS_SYM_VAR && !n->sym->global && cs_type_is_integer(n->ty);
    case CS_ND_PAREN:
        return safe(n->expr);
    case CS_ND_UNARY:
        return (n->op == CS_OP_NEG || n->op == CS_OP_POS || n->op == CS_OP_BITNOT) && safe(n->expr);
    case CS_ND_BINARY:
        switch (n->op) {
        case CS_OP_ADD: case CS_OP_SUB: case CS_OP_MUL: case CS_OP_AND: case CS_OP_OR: case CS_OP_XOR:
        case CS_OP_ANDNOT:
            return cs_type_is_integer(n->ty) && safe(n->lhs) && safe(n->rhs);
        case CS_OP_SHL: case CS_OP_SHR:
            return cs_type_is_integer(n->ty) && safe(n->lhs) && small_shift(n->rhs);
        default:
            return false;
        }
    case CS_ND_CALL:    /* integer to integer conversion */
        return n->is_conversion && cs_type_is_integer(n->ty) && n->list && !n->list->next &&
               safe(n->list);
    default:
        return false;
    }
}

static bool selectable_op(CsOp op)
{
    return op == CS_OP_NONE || op == CS_OP_ADD || op == CS_OP_SUB || op == CS_OP_MUL || op == CS_OP_AND ||
           op == CS_OP_OR || op == CS_OP_XOR || op == CS_OP_ANDNOT;
}

static bool selectable(CsNode *s)
{
    if (s->kind != CS_ND_ASSIGN || s->define || !selectable_op(s->op) || !s->lhs || s->lhs->next ||
        !s->rhs || s->rhs->next)
        return false;
    CsSym *x = cs_gen_plain_local(s->lhs);
    return x && cs_type_is_integer(x->type) && safe(s->rhs);
}

static bool convertible(CsNode *n)
{
    if (n->init || n->els)
        return false;
    int count = 0;
    for (CsNode *s = n->body->list; s; s = s->next, count++)
        if (!selectable(s))
            return false;
    return count >= 2 && count <= MAX_ASSIGNS;
}

bool cs_gen_if_select(CsNode *n)
{
    if (!convertible(n))
        return false;
    cs_gen_pos(n->pos);
    const char *m = cs_gen_temp();
    cs_gen_line("{");
    cs_gen_line("    int64_t %s = -(int64_t)(%s);", m, cs_gen_expr(n->cond));
    for (CsNode *s = n->body->list; s; s = s->next) {
        CsType *t = s->lhs->ty;
        const char *x = cs_gen_expr(s->lhs), *e = cs_gen_expr_to(s->rhs, t);
        if (s->op != CS_OP_NONE)
            e = cs_gen_arith(s->op, x, e, t, s->rhs, s->rhs->ty);
        cs_gen_pos(s->pos);
        cs_gen_line("    %s = (%s)(%s ^ ((%s ^ (%s)) & %s));", x, cs_gen_ctype(t), x, x, e, m);
    }
    cs_gen_line("}");
    return true;
}
