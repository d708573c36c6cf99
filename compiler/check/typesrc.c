/* Where a type was spelled. byte and rune are the very types uint8 and
 * int32 (types.c), so a CsType cannot say which name the program used;
 * gc's messages keep the source's name ("value of type []byte", "as []byte
 * value in argument to os.WriteFile"). These functions find the type
 * expression that gave an operand, or a called function's parameter, its
 * type; cs_type_str_as spells a type after it. NULL means "no such
 * expression" and the plain spelling is used: they only ever affect
 * messages, never typing.
 */
#include <string.h>
#include "check.h"

/* Deeper than this the walk through initialisers gives up (var a = b;
 * var b = a is an initialisation cycle the checker reports: no hang here). */
enum { MAX_DEPTH = 16 };

static CsNode *source(CsNode *n, int depth);

/* byte and rune are uint8 and int32 themselves, so t alone cannot say which
 * name the source used; the type expression can, also inside []byte or
 * map[rune]int, and gc keeps that name in its messages. */
const char *cs_type_str_as(Checker *c, CsType *t, CsNode *texpr)
{
    while (texpr && texpr->kind == CS_ND_PAREN) texpr = texpr->expr;
    if (!texpr || texpr->ty != t)
        return cs_type_str(t, c->pkg);
    switch (texpr->kind) {
    case CS_ND_IDENT:
        if ((!texpr->sym || !texpr->sym->pkg) && (!strcmp(texpr->name, "byte") || !strcmp(texpr->name, "rune")))
            return texpr->name;
        break;
    case CS_ND_SLICETYPE:
        return cs_check_sprintf("[]%s", cs_type_str_as(c, t->elem, texpr->type));
    case CS_ND_ARRAYTYPE:
        return cs_check_sprintf("[%lld]%s", (long long)t->len, cs_type_str_as(c, t->elem, texpr->type));
    case CS_ND_MAPTYPE:
        return cs_check_sprintf("map[%s]%s", cs_type_str_as(c, t->key, texpr->key),
                                cs_type_str_as(c, t->elem, texpr->value));
    case CS_ND_STAR:
        return cs_check_sprintf("*%s", cs_type_str_as(c, t->elem, texpr->expr));
    case CS_ND_CHANTYPE: {
        const char *dir = t->chandir == CS_CHAN_SEND ? "chan<- " : t->chandir == CS_CHAN_RECV ? "<-chan " : "chan ";
        return cs_check_sprintf("%s%s", dir, cs_type_str_as(c, t->elem, texpr->type));
    }
    default:
        break;
    }
    return cs_type_str(t, c->pkg);
}

/* Stand-ins for the names a string's bytes and runes have in gc ("value of
 * type byte" for s[i]); cs_type_str_as reads only kind, name, sym and ty. */
static CsNode *universe_name(const char *name, CsTypeKind kind)
{
    static CsNode byte_name, rune_name;
    CsNode *n = kind == CS_TY_UINT8 ? &byte_name : &rune_name;
    n->kind = CS_ND_IDENT;
    n->name = name;
    n->ty = cs_type_basic(kind);
    return n;
}

/* The expression spelling the elements of operand: a slice's, array's or
 * map's element type as its type expression gives it, a string's byte (rune
 * when ranging). */
static CsNode *elem_source(CsNode *operand, bool range, int depth)
{
    if (operand->ty && cs_type_is_string(operand->ty))
        return range ? universe_name("rune", CS_TY_INT32) : universe_name("byte", CS_TY_UINT8);
    CsNode *x = source(operand, depth + 1);
    while (x && x->kind == CS_ND_PAREN) x = x->expr;
    if (!x) return NULL;
    return cs_elem_type_source(x);
}

CsNode *cs_elem_type_source(CsNode *x)
{
    while (x && x->kind == CS_ND_PAREN) x = x->expr;
    if (!x) return NULL;
    if (x->kind == CS_ND_SLICETYPE || x->kind == CS_ND_ARRAYTYPE || x->kind == CS_ND_CHANTYPE) return x->type;
    if (x->kind == CS_ND_MAPTYPE) return x->value;
    return NULL;
}

/* The type expression, or else the source of the value, that declared
 * variable s: one of names, typed by type or by the same index of values. */
static CsNode *from_names(CsSym *s, CsNode *names, CsNode *type, CsNode *values, int depth)
{
    int i = 0;
    for (CsNode *nm = names; nm; nm = nm->next, i++) {
        if (nm->sym != s) continue;
        if (type) return type;
        for (; values && i > 0; i--) values = values->next;
        return source(values, depth + 1);
    }
    return NULL;
}

static CsNode *var_source(CsSym *s, int depth)
{
    CsNode *d = s->decl;
    if (!d) return NULL;
    switch (d->kind) {
    case CS_ND_FIELD:       /* a parameter or result */
        return d->type && d->type->kind != CS_ND_ELLIPSIS ? d->type : NULL;
    case CS_ND_VARSPEC:
        return from_names(s, d->names, d->type, d->list, depth);
    case CS_ND_ASSIGN:      /* x := value */
        return d->define && cs_ast_list_len(d->lhs) == cs_ast_list_len(d->rhs)
                   ? from_names(s, d->lhs, NULL, d->rhs, depth) : NULL;
    case CS_ND_RANGE:       /* for k, v := range x: v has x's element type */
        return d->value && d->value->sym == s && d->expr ? elem_source(d->expr, true, depth) : NULL;
    default:
        return NULL;
    }
}

static CsNode *source(CsNode *n, int depth)
{
    while (n && n->kind == CS_ND_PAREN) n = n->expr;
    if (!n || depth > MAX_DEPTH) return NULL;
    switch (n->kind) {
    case CS_ND_CALL:
        if (n->builtin == CS_BI_MAKE) return n->list;
        return n->is_conversion ? n->expr : NULL;
    case CS_ND_COMPOSITE:
        return n->type;
    case CS_ND_IDENT:
        return n->sym && n->sym->kind == CS_SYM_VAR ? var_source(n->sym, depth) : NULL;
    case CS_ND_INDEX:
        return n->expr ? elem_source(n->expr, false, depth) : NULL;
    default:
        return NULL;
    }
}

CsNode *cs_type_source(CsNode *n)
{
    return source(n, 0);
}

/* The type expression of the i-th of a list of FIELDs, counting names. */
static CsNode *field_type(CsNode *fields, int i, bool variadic_elem)
{
    for (CsNode *p = fields; p; p = p->next) {
        int k = p->names ? cs_ast_list_len(p->names) : 1;
        if (i >= k) { i -= k; continue; }
        if (p->type && p->type->kind == CS_ND_ELLIPSIS) return variadic_elem ? p->type->type : NULL;
        return p->type;
    }
    return NULL;
}

CsNode *cs_result_type_source(CsNode *fn, int i)
{
    return fn && fn->type ? field_type(fn->type->results, i, false) : NULL;
}

CsNode *cs_param_type_source(CsNode *f, int i, bool variadic_elem)
{
    while (f && f->kind == CS_ND_PAREN) f = f->expr;
    if (!f || (f->kind != CS_ND_IDENT && f->kind != CS_ND_SELECTOR) || !f->sym || f->sym->kind != CS_SYM_FUNC)
        return NULL;
    CsNode *d = f->sym->decl;
    if (!d || d->kind != CS_ND_FUNCDECL || !d->type) return NULL;
    /* a method expression T.M takes the receiver first */
    if (f->kind == CS_ND_SELECTOR && f->expr->mode == CS_MODE_TYPE && d->recv) {
        if (i == 0) return d->recv->type;
        i--;
    }
    return field_type(d->type->params, i, variadic_elem);
}
