/* Expression spelling for error messages, as go/types' ExprString and
 * operand descriptions print them: "s + x", "f(a, b)", "T{…}",
 * "x (variable of type int)", "1.5 (untyped float constant)",
 * "c (constant 5 of type int)", "nil".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

typedef struct Buf { char *s; size_t n, cap; } Buf;

static void puts_(Buf *b, const char *s)
{
    size_t k = strlen(s);
    if (b->n + k + 1 > b->cap) {
        b->cap = (b->n + k + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, k + 1);
    b->n += k;
}

static void expr(Buf *b, CsNode *n);

static void list(Buf *b, CsNode *l)
{
    for (; l; l = l->next) {
        expr(b, l);
        if (l->next) puts_(b, ", ");
    }
}

static void fields(Buf *b, CsNode *l)
{
    for (CsNode *f = l; f; f = f->next) {
        for (CsNode *nm = f->names; nm; nm = nm->next) {
            puts_(b, nm->name);
            puts_(b, nm->next ? ", " : " ");
        }
        expr(b, f->type);
        if (f->next) puts_(b, ", ");
    }
}

static void expr(Buf *b, CsNode *n)
{
    if (!n) return;
    switch (n->kind) {
    case CS_ND_IDENT: puts_(b, n->name); break;
    case CS_ND_INTLIT: case CS_ND_FLOATLIT: case CS_ND_IMAGLIT: case CS_ND_RUNELIT: case CS_ND_STRLIT:
        puts_(b, n->lit ? n->lit : "?");
        break;
    case CS_ND_COMPOSITE:
        expr(b, n->type);
        puts_(b, n->list ? "{…}" : "{}");
        break;
    case CS_ND_KEYVALUE: expr(b, n->lhs); puts_(b, ": "); expr(b, n->rhs); break;
    case CS_ND_FUNCLIT:     /* gc's short form: func(x int) bool {…} */
        puts_(b, "func("); fields(b, n->type->params); puts_(b, ")");
        if (n->type->results) { puts_(b, " "); if (n->type->results->next || n->type->results->names) { puts_(b, "("); fields(b, n->type->results); puts_(b, ")"); } else expr(b, n->type->results->type); }
        puts_(b, n->body && n->body->list ? " {…}" : " {}");
        break;
    case CS_ND_PAREN: puts_(b, "("); expr(b, n->expr); puts_(b, ")"); break;
    case CS_ND_SELECTOR: expr(b, n->expr); puts_(b, "."); puts_(b, n->name); break;
    case CS_ND_INDEX: expr(b, n->expr); puts_(b, "["); expr(b, n->index); puts_(b, "]"); break;
    case CS_ND_SLICE:
        expr(b, n->expr); puts_(b, "[");
        expr(b, n->lo); puts_(b, ":"); expr(b, n->hi);
        if (n->slice3) { puts_(b, ":"); expr(b, n->max); }
        puts_(b, "]");
        break;
    case CS_ND_TYPEASSERT:
        expr(b, n->expr); puts_(b, ".(");
        if (n->type) expr(b, n->type); else puts_(b, "type");
        puts_(b, ")");
        break;
    case CS_ND_CALL:
        expr(b, n->expr); puts_(b, "("); list(b, n->list);
        if (n->has_ellipsis) puts_(b, "...");
        puts_(b, ")");
        break;
    case CS_ND_STAR: puts_(b, "*"); expr(b, n->expr); break;
    case CS_ND_UNARY: puts_(b, cs_op_name(n->op)); expr(b, n->expr); break;
    case CS_ND_BINARY:
        expr(b, n->lhs); puts_(b, " "); puts_(b, cs_op_name(n->op)); puts_(b, n->define ? "= " : " ");
        expr(b, n->rhs);
        break;
    case CS_ND_ARRAYTYPE:
        puts_(b, "["); if (n->len) expr(b, n->len); else puts_(b, "..."); puts_(b, "]"); expr(b, n->type);
        break;
    case CS_ND_SLICETYPE: puts_(b, "[]"); expr(b, n->type); break;
    case CS_ND_MAPTYPE: puts_(b, "map["); expr(b, n->key); puts_(b, "]"); expr(b, n->value); break;
    case CS_ND_CHANTYPE:
        puts_(b, n->chandir == CS_CHAN_SEND ? "chan<- " : n->chandir == CS_CHAN_RECV ? "<-chan " : "chan ");
        expr(b, n->type);
        break;
    case CS_ND_FUNCTYPE:
        puts_(b, "func("); fields(b, n->params); puts_(b, ")");
        if (n->results) { puts_(b, " "); if (n->results->next || n->results->names) { puts_(b, "("); fields(b, n->results); puts_(b, ")"); } else expr(b, n->results->type); }
        break;
    case CS_ND_STRUCTTYPE: puts_(b, "struct{"); if (n->list) puts_(b, "…"); puts_(b, "}"); break;
    case CS_ND_INTERFACETYPE: puts_(b, "interface{"); if (n->list) puts_(b, "…"); puts_(b, "}"); break;
    case CS_ND_ELLIPSIS: puts_(b, "..."); expr(b, n->type); break;
    default: puts_(b, "?"); break;
    }
}

const char *cs_expr_string(CsNode *n)
{
    Buf b = {0};
    puts_(&b, "");
    expr(&b, n);
    return b.s;
}

const char *cs_operand_string(Checker *c, CsNode *n)
{
    const char *es = cs_expr_string(n);
    if (n->mode == CS_MODE_VALUE && n->ty && n->ty->kind == CS_TY_UNTYPED_NIL) return "nil";
    const char *mode;
    switch (n->mode) {
    case CS_MODE_VAR: mode = "variable"; break;
    case CS_MODE_MAPINDEX: mode = "map index expression"; break;
    case CS_MODE_COMMAOK: mode = "comma, ok expression"; break;
    case CS_MODE_NOVALUE: mode = "no value"; break;
    case CS_MODE_TYPE: mode = "type"; break;
    case CS_MODE_BUILTIN: mode = "built-in"; break;
    default: mode = n->cv ? "constant" : "value"; break;
    }
    if (n->mode == CS_MODE_NOVALUE || n->mode == CS_MODE_TYPE)
        return cs_check_sprintf("%s (%s)", es, mode);
    const char *val = "";
    if (n->cv) {
        const char *vs = cs_const_string_typed(n->cv, n->ty);
        if (strcmp(vs, es)) val = cs_check_sprintf(" %s", vs);
    }
    if (n->ty && cs_type_is_untyped(n->ty))
        return cs_check_sprintf("%s (%s %s%s)", es, cs_type_str(n->ty, c->pkg), mode, val);
    return cs_check_sprintf("%s (%s%s of type %s)", es, mode, val,
                            n->ty ? cs_type_str_as(c, n->ty, cs_type_source(n)) : "invalid type");
}

CsPos cs_start_pos(CsNode *n)
{
    for (;;) {
        switch (n->kind) {
        case CS_ND_BINARY: case CS_ND_KEYVALUE: n = n->lhs; continue;
        case CS_ND_SEND: n = n->lhs; continue;
        case CS_ND_INDEX: case CS_ND_SLICE: case CS_ND_SELECTOR: case CS_ND_CALL: case CS_ND_TYPEASSERT:
        case CS_ND_EXPRSTMT:
            n = n->expr; continue;
        case CS_ND_INCDEC:
            if (n->expr->pos.line < n->pos.line ||
                (n->expr->pos.line == n->pos.line && n->expr->pos.col < n->pos.col)) { n = n->expr; continue; }
            return n->pos;
        case CS_ND_COMPOSITE: if (n->type) { n = n->type; continue; } return n->pos;
        default: return n->pos;
        }
    }
}

const char *cs_types_summary(Checker *c, CsType **ts, int n, bool variadic)
{
    Buf b = {0};
    puts_(&b, "(");
    for (int i = 0; i < n; i++) {
        if (i) puts_(&b, ", ");
        CsType *t = ts[i];
        if (!t) puts_(&b, "invalid type");
        else if (cs_type_is_untyped(t)) {
            if (cs_type_is_numeric(t)) puts_(&b, "number");
            else puts_(&b, cs_type_str(t, c->pkg) + strlen("untyped "));
        } else if (variadic && i == n - 1 && t->kind == CS_TY_SLICE) {
            puts_(&b, "...");
            puts_(&b, cs_type_str(t->elem, c->pkg));
        } else puts_(&b, cs_type_str(t, c->pkg));
    }
    puts_(&b, ")");
    return b.s;
}
