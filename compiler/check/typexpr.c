/* Type expressions: turns the type syntax of ast.h into interned CsTypes.
 *
 * Named types referenced here may still be unresolved (their declaration is
 * being resolved further up the stack): that is fine behind a pointer,
 * slice, map, channel or function, but a struct field or array element
 * whose type is still being resolved is an "invalid recursive type".
 * Behind such an indirection, a type declaration does not even start to
 * resolve a package-level type it names (cs_check_indirect_type): phase 2
 * of decl.c gets to it in its turn. Otherwise `type E struct{ l *L }`
 * would resolve L, and L's field `root E` would find E still resolving
 * (container/list's Element and List). Map keys stay eager: their
 * comparability is checked on the spot.
 * Function signatures optionally declare their parameters and results in a
 * scope (for bodies); the parameters' IDENT nodes get their symbols.
 */
#include <string.h>
#include "check.h"

static bool in_progress(CsType *t)
{
    return t && t->kind == CS_TY_NAMED && !t->underlying && t->decl && t->decl->info &&
           ((DeclInfo *)t->decl->info)->state == DECL_RESOLVING;
}

static void check_complete(Checker *c, CsType *t, CsPos pos)
{
    if (in_progress(t)) {
        cs_check_errorf(t->decl->pos, "invalid recursive type %s", t->name);
        ((DeclInfo *)t->decl->info)->state = DECL_DONE;
        t->underlying = cs_type_basic(CS_TY_INVALID);
    }
}

/* Takes n as the named type it names, without resolving it, when it is
 * an identifier naming a package-level defined type not yet resolved and
 * a type declaration is being resolved; reports whether it did. */
bool cs_check_deferred_type_name(Checker *c, CsNode *n)
{
    if (!c->in_type_decl || n->kind != CS_ND_IDENT) return false;
    CsSym *s = cs_scope_lookup(c->scope, n->name);
    DeclInfo *d = s ? s->info : NULL;
    if (!s || s->kind != CS_SYM_TYPE || !d || d->state != DECL_UNRESOLVED || s->decl->is_alias ||
        !s->type || s->type->kind != CS_TY_NAMED)
        return false;
    s->used = true;
    n->sym = s;
    n->mode = CS_MODE_TYPE;
    n->ty = s->type;
    return true;
}

/* The type of an element reached through an indirection. An array there
 * needs no complete element either (type P *[4]Q; type Q P). */
CsType *cs_check_indirect_type(Checker *c, CsNode *n)
{
    if (n->kind == CS_ND_ARRAYTYPE && n->len && c->in_type_decl) {
        int64_t len = cs_check_array_len(c, n->len);
        CsType *et = cs_check_indirect_type(c, n->type);
        if (!et || len < 0) {
            n->mode = CS_MODE_INVALID;
            return NULL;
        }
        n->mode = CS_MODE_TYPE;
        n->ty = cs_type_array(et, len);
        return n->ty;
    }
    return cs_check_deferred_type_name(c, n) ? n->ty : cs_check_type(c, n);
}

CsType *cs_check_type(Checker *c, CsNode *n)
{
    cs_check_expr_raw(c, n, NULL, true);
    if (n->mode == CS_MODE_TYPE) return n->ty;
    if (n->mode != CS_MODE_INVALID)
        cs_check_errorf(SP(n), "%s is not a type", n->kind == CS_ND_IDENT || n->kind == CS_ND_SELECTOR
                                                        ? cs_operand_string(c, n) : cs_expr_string(n));
    n->mode = CS_MODE_INVALID;
    return NULL;
}

int64_t cs_check_array_len(Checker *c, CsNode *len)
{
    cs_check_expr(c, len);
    if (len->mode == CS_MODE_INVALID) return -1;
    if (!len->cv) {
        cs_check_errorf(SP(len), "array length %s must be constant", cs_operand_string(c, len));
        return -1;
    }
    int64_t v;
    if (!cs_type_is_integer(len->ty) && !(cs_type_is_untyped(len->ty) && cs_const_is_int_valued(len->cv))) {
        cs_check_errorf(SP(len), "array length %s must be integer", cs_expr_string(len));
        return -1;
    }
    if (!cs_const_to_int64(len->cv, &v) || v < 0) {
        cs_check_errorf(SP(len), "invalid array length %s", cs_operand_string(c, len));
        return -1;
    }
    if (cs_type_is_untyped(len->ty)) cs_check_convert_untyped(c, len, cs_type_basic(CS_TY_INT));
    return v;
}

static CsType *struct_type(Checker *c, CsNode *n)
{
    int cap = 8, nf = 0;
    CsField *fs = cs_check_alloc(sizeof(CsField) * cap);
    for (CsNode *f = n->list; f; f = f->next) {
        CsNode *te = f->type;
        CsType *ft = cs_check_type(c, te);
        if (!ft) ft = cs_type_basic(CS_TY_INVALID);
        const char *tag = NULL;
        if (f->tag && f->tag->str) tag = cs_const_string_of(cs_const_string(f->tag->str, f->tag->strlen));
        CsNode *names = f->names;
        CsNode anon = {0};
        if (!names) {
            /* embedded: T, *T, pkg.T */
            CsNode *base = te;
            if (base->kind == CS_ND_STAR) base = base->expr;
            if (base->kind == CS_ND_PAREN) base = base->expr;
            anon.name = base->kind == CS_ND_SELECTOR ? base->name : base->kind == CS_ND_IDENT ? base->name : "?";
            anon.pos = te->pos;
            names = &anon;
            CsType *bt = ft->kind == CS_TY_PTR ? ft->elem : ft;
            if (ft->kind == CS_TY_PTR && cs_type_underlying(bt) && cs_type_underlying(bt)->kind == CS_TY_PTR)
                cs_check_errorf(SP(te), "embedded field type cannot be a pointer to an interface");
        } else {
            check_complete(c, ft, te->pos);
        }
        if (!f->names) check_complete(c, ft, te->pos);
        for (CsNode *nm = names; nm; nm = nm == &anon ? NULL : nm->next) {
            for (int i = 0; i < nf; i++)
                if (!strcmp(fs[i].name, nm->name) && strcmp(nm->name, "_"))
                    cs_check_errorf(SP(nm), "%s redeclared", nm->name);
            if (nf == cap) {
                CsField *o = cs_check_alloc(sizeof(CsField) * cap * 2);
                memcpy(o, fs, sizeof(CsField) * cap);
                fs = o; cap *= 2;
            }
            fs[nf++] = (CsField){.name = nm->name, .type = ft, .embedded = !f->names,
                                 .exported = nm->name[0] >= 'A' && nm->name[0] <= 'Z', .tag = tag};
        }
    }
    return cs_type_struct(fs, nf);
}

static CsType *interface_type(Checker *c, CsNode *n)
{
    int cap = 8, nm = 0;
    CsMethod *ms = cs_check_alloc(sizeof(CsMethod) * cap);
    for (CsNode *f = n->list; f; f = f->next) {
        CsMethod *add = NULL; int nadd = 0;
        CsMethod one;
        if (f->names) {
            CsType *sig = cs_check_signature(c, f->type, NULL, NULL);
            one = (CsMethod){.name = f->names->name, .sig = sig};
            add = &one; nadd = 1;
        } else {
            CsType *et = cs_check_type(c, f->type);
            if (!et) continue;
            if (in_progress(et)) {
                cs_check_errorf(et->decl->pos, "invalid recursive type %s", et->name);
                continue;
            }
            CsType *eu = cs_type_underlying(et);
            if (!eu || eu->kind != CS_TY_INTERFACE) {
                cs_check_errorf(SP(f->type), "cannot use %s as interface (not an interface)",
                                cs_type_str(et, c->pkg));
                continue;
            }
            add = eu->methods; nadd = eu->nmethods;
        }
        for (int k = 0; k < nadd; k++) {
            bool dup = false;
            for (int i = 0; i < nm; i++) {
                if (strcmp(ms[i].name, add[k].name)) continue;
                dup = true;
                if (f->names || ms[i].sig != add[k].sig)
                    cs_check_errorf(f->pos, "duplicate method %s", add[k].name);
            }
            if (dup) continue;
            if (nm == cap) {
                CsMethod *o = cs_check_alloc(sizeof(CsMethod) * cap * 2);
                memcpy(o, ms, sizeof(CsMethod) * cap);
                ms = o; cap *= 2;
            }
            ms[nm] = add[k];
            ms[nm].func = NULL;
            nm++;
        }
    }
    return cs_type_interface(ms, nm);
}

/* Collects the types of a FIELD list (params or results); declares names. */
static CsType **field_types(Checker *c, CsNode *list, int *n, bool *variadic, bool results,
                            CsScope *declare_in, CsNode *fn)
{
    int cap = 4, k = 0;
    CsType **ts = cs_check_alloc(sizeof(CsType *) * cap);
    for (CsNode *f = list; f; f = f->next) {
        CsNode *te = f->type;
        CsType *t;
        if (te->kind == CS_ND_ELLIPSIS) {
            if (results || f->next || (f->names && f->names->next)) {
                cs_check_errorf(SP(te), "can only use ... with final parameter in list");
            }
            if (variadic) *variadic = true;
            CsType *et = cs_check_indirect_type(c, te->type);
            t = cs_type_slice(et ? et : cs_type_basic(CS_TY_INVALID));
            te->mode = CS_MODE_TYPE;
            te->ty = t;
        } else {
            t = cs_check_indirect_type(c, te);
            if (!t) t = cs_type_basic(CS_TY_INVALID);
        }
        int count = f->names ? cs_ast_list_len(f->names) : 1;
        for (int i = 0; i < count; i++) {
            if (k == cap) {
                CsType **o = cs_check_alloc(sizeof(CsType *) * cap * 2);
                memcpy(o, ts, sizeof(CsType *) * cap);
                ts = o; cap *= 2;
            }
            ts[k++] = t;
        }
        if (declare_in) {
            for (CsNode *nm = f->names; nm; nm = nm->next) {
                CsSym *s = cs_sym_new(CS_SYM_VAR, nm->name, nm->pos);
                s->type = t;
                s->decl = f;
                s->func = fn;
                s->is_param = !results;
                s->is_result = results;
                s->used = true;   /* parameters are never "declared and not used" */
                s->pkg = c->pkg;
                nm->sym = s;
                nm->mode = CS_MODE_VAR;
                nm->ty = t;
                if (strcmp(nm->name, "_")) {
                    CsSym *old = cs_scope_insert(declare_in, s);
                    if (old) cs_check_errorf(SP(nm), "%s redeclared in this block", nm->name);
                }
            }
        }
    }
    *n = k;
    return ts;
}

/* A parameter or result whose type failed to resolve (already reported)
 * makes the whole signature broken: uses of it must not report again. */
static bool broken(CsType *t)
{
    return !t || t->kind == CS_TY_INVALID ||
           (t->kind == CS_TY_SLICE && (!t->elem || t->elem->kind == CS_TY_INVALID));
}

bool cs_check_signature_broken(CsType *sig)
{
    for (int i = 0; i < sig->nparams; i++)
        if (broken(sig->params[i])) return true;
    for (int i = 0; i < sig->nresults; i++)
        if (broken(sig->results[i])) return true;
    return false;
}

CsType *cs_check_signature(Checker *c, CsNode *ftype, CsNode *recv, CsScope *declare_in)
{
    int np, nr;
    bool variadic = false;
    CsNode *fn = declare_in ? declare_in->func : NULL;
    if (recv) {
        int nrecv;
        field_types(c, recv, &nrecv, NULL, false, declare_in, fn);
    }
    CsType **ps = field_types(c, ftype->params, &np, &variadic, false, declare_in, fn);
    CsType **rs = field_types(c, ftype->results, &nr, NULL, true, declare_in, fn);
    CsType *t = cs_type_func(ps, np, rs, nr, variadic);
    ftype->mode = CS_MODE_TYPE;
    ftype->ty = t;
    return t;
}

/* Called by cs_check_expr_raw for the type-expression node kinds. */
void cs_check_typexpr(Checker *c, CsNode *n)
{
    CsType *t = NULL;
    switch (n->kind) {
    case CS_ND_ARRAYTYPE: {
        if (!n->len) {
            cs_check_errorf(SP(n), "invalid use of [...] array (outside a composite literal)");
            break;
        }
        int64_t len = cs_check_array_len(c, n->len);
        CsType *et = cs_check_type(c, n->type);
        if (!et || len < 0) break;
        check_complete(c, et, n->type->pos);
        t = cs_type_array(et, len);
        break;
    }
    case CS_ND_SLICETYPE: {
        CsType *et = cs_check_indirect_type(c, n->type);
        if (et) t = cs_type_slice(et);
        break;
    }
    case CS_ND_MAPTYPE: {
        CsType *kt = cs_check_type(c, n->key);
        CsType *vt = cs_check_indirect_type(c, n->value);
        if (!kt || !vt) break;
        if (!in_progress(kt) && !cs_type_comparable(kt) && cs_type_underlying(kt)) {
            cs_check_errorf(SP(n->key), "invalid map key type %s", cs_type_str(kt, c->pkg));
            break;
        }
        t = cs_type_map(kt, vt);
        break;
    }
    case CS_ND_CHANTYPE: {
        CsType *et = cs_check_indirect_type(c, n->type);
        int64_t align;
        /* gc's limit (a channel buffer slot); a recursive element type
         * still being resolved has no size yet and is not checked */
        if (et && !in_progress(et) && cs_check_storage_size(et, &align) >= 1 << 16)
            cs_check_errorf(SP(n), "channel element type too large (>64kB)");
        if (et) t = cs_type_chan(et, n->chandir);
        break;
    }
    case CS_ND_FUNCTYPE:
        t = cs_check_signature(c, n, NULL, NULL);
        if (cs_check_signature_broken(t)) t = NULL;
        break;
    case CS_ND_STRUCTTYPE:
        t = struct_type(c, n);
        break;
    case CS_ND_INTERFACETYPE:
        t = interface_type(c, n);
        break;
    case CS_ND_ELLIPSIS:
        cs_check_errorf(SP(n), "invalid use of ...");
        break;
    default:
        break;
    }
    n->mode = t ? CS_MODE_TYPE : CS_MODE_INVALID;
    n->ty = t;
}
