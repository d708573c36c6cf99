/* Field and method lookup through embedded fields, and interface
 * satisfaction.
 *
 * cs_lookup follows the spec's selector rule: a breadth-first walk over the
 * embedding tree, depth by depth; the shallowest match wins and two matches
 * at the same depth are ambiguous. The walk records the indices of the
 * embedded fields it went through (codegen's field_path) and whether it
 * went through a pointer (the root *T or an embedded *E): pointer-receiver
 * methods are in the method set of the value only in that case.
 * Unexported names are visible only from the package that declared the
 * named type they were found in (or anywhere, for unnamed struct types).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

typedef struct Cand { CsType *t; int path[CS_FIELD_PATH_MAX]; int depth; bool indirect; } Cand;

static bool exported(const char *name) { return isupper((unsigned char)name[0]); }

static CsType *resolved(Checker *c, CsType *t)
{
    if (t && t->kind == CS_TY_NAMED && !t->underlying && t->decl) cs_decl_resolve(c, t->decl);
    return t;
}

CsMethod *cs_find_method(CsType *named, const char *name)
{
    for (int i = 0; i < named->nmethods; i++)
        if (!strcmp(named->methods[i].name, name)) return &named->methods[i];
    return NULL;
}

Lookup cs_lookup(Checker *c, CsType *t, const char *name, CsPackage *from)
{
    Lookup r = {0};
    bool ind = false, fields_only = false, too_deep = false;
    resolved(c, t);
    if (t && t->kind == CS_TY_NAMED && t->underlying && cs_type_underlying(t)->kind == CS_TY_PTR) {
        /* a named pointer type has no methods, not even promoted ones;
         * fields of its base are visible */
        t = cs_type_underlying(t);
        fields_only = true;
    }
    if (t && t->kind == CS_TY_PTR) {
        t = resolved(c, t->elem);
        ind = true;
        if (cs_type_is_interface(t)) return r;  /* no methods on *interface */
    }
    /* the candidates at this depth and the next, in growable arrays */
    Cand *cur = cs_check_alloc(sizeof(Cand)), *next = NULL;
    int ncur = 0, ccur = 1, nnext, cnext = 0;
    cur[ncur++] = (Cand){.t = t, .indirect = ind};
    CsType *seen[64]; int nseen = 0;
    while (ncur) {
        nnext = 0;
        int found = 0;
        Lookup hit = {0};
        for (int i = 0; i < ncur; i++) {
            Cand *cd = &cur[i];
            CsType *ct = resolved(c, cd->t);
            if (!ct) continue;
            bool dup = false;
            for (int k = 0; k < nseen; k++) dup |= seen[k] == ct;
            if (dup) continue;
            if (nseen < 64) seen[nseen++] = ct;
            CsPackage *owner = ct->kind == CS_TY_NAMED ? ct->pkg : from;
            bool visible = exported(name) || owner == from || !owner;
            if (ct->kind == CS_TY_NAMED) {
                CsMethod *m = cs_find_method(ct, name);
                if (m && visible) {
                    found++;
                    hit = (Lookup){.kind = LK_METHOD, .depth = cd->depth, .indirect = cd->indirect,
                                   .method = m, .recv = ct};
                    memcpy(hit.path, cd->path, sizeof hit.path);
                    continue;
                }
            }
            CsType *u = cs_type_underlying(ct);
            if (!u) continue;
            if (u->kind == CS_TY_STRUCT) {
                for (int f = 0; f < u->nfields; f++) {
                    CsField *fd = &u->fields[f];
                    if (!strcmp(fd->name, name) && visible && strcmp(name, "_")) {
                        found++;
                        hit = (Lookup){.kind = LK_FIELD, .depth = cd->depth + 1, .indirect = cd->indirect,
                                       .field = fd, .recv = ct};
                        memcpy(hit.path, cd->path, sizeof hit.path);
                        hit.path[cd->depth] = f;
                    } else if (fd->embedded && cd->depth + 2 > CS_FIELD_PATH_MAX) {
                        too_deep = true;
                    } else if (fd->embedded) {
                        if (nnext == cnext) {
                            cnext = cnext ? 2 * cnext : 16;
                            Cand *grown = cs_check_alloc(sizeof(Cand) * cnext);
                            if (nnext) memcpy(grown, next, sizeof(Cand) * nnext);
                            free(next);
                            next = grown;
                        }
                        Cand *n = &next[nnext++];
                        *n = *cd;
                        n->path[cd->depth] = f;
                        n->depth = cd->depth + 1;
                        CsType *ft = fd->type;
                        if (ft->kind == CS_TY_PTR) { ft = ft->elem; n->indirect = true; }
                        n->t = ft;
                    }
                }
            } else if (u->kind == CS_TY_INTERFACE) {
                for (int m = 0; m < u->nmethods; m++) {
                    if (!strcmp(u->methods[m].name, name) && visible) {
                        found++;
                        hit = (Lookup){.kind = LK_METHOD, .depth = cd->depth, .indirect = cd->indirect,
                                       .method = &u->methods[m], .recv = ct};
                        memcpy(hit.path, cd->path, sizeof hit.path);
                    }
                }
            }
        }
        if (found > 1) hit = (Lookup){.kind = LK_AMBIGUOUS};
        if (found) { r = hit; break; }
        Cand *done = cur; int cdone = ccur;
        cur = next; ccur = cnext; ncur = nnext;
        next = done; cnext = cdone;
    }
    free(cur);
    free(next);
    if (r.kind == LK_NONE)
        r.too_deep = too_deep;
    if (fields_only && r.kind == LK_METHOD)
        return (Lookup){0};
    return r;
}

CsType *cs_method_sig(Checker *c, CsMethod *m)
{
    if (!m->sig && m->func) {
        cs_decl_resolve(c, m->func);
        m->sig = m->func->type;
    }
    return m->sig;
}

static CsType *iface_method_sig(CsType *iu, const char *name)
{
    for (int k = 0; k < iu->nmethods; k++)
        if (!strcmp(iu->methods[k].name, name)) return iu->methods[k].sig;
    return NULL;
}

const char *cs_wrong_method_detail(Checker *c, CsType *t, CsType *iface, const char *name)
{
    CsType *iu = cs_type_underlying(iface), *tu = cs_type_underlying(t);
    CsType *want = iface_method_sig(iu, name), *have = NULL;
    if (tu && tu->kind == CS_TY_INTERFACE) {
        have = iface_method_sig(tu, name);
    } else {
        Lookup lk = cs_lookup(c, t, name, iface->kind == CS_TY_NAMED ? iface->pkg : c->pkg);
        if (lk.kind == LK_METHOD) have = cs_method_sig(c, lk.method);
    }
    if (!have || !want) return "";
    /* a signature spelled without its leading "func" */
    return cs_check_sprintf("\n\t\thave %s%s\n\t\twant %s%s", name, cs_type_str(have, c->pkg) + 4, name,
                            cs_type_str(want, c->pkg) + 4);
}

bool cs_implements(Checker *c, CsType *t, CsType *iface, const char **missing, bool *wrong_ptr,
                   bool *wrong_type)
{
    *missing = NULL;
    *wrong_ptr = *wrong_type = false;
    resolved(c, iface);
    CsType *iu = cs_type_underlying(iface);
    if (!iu || iu->kind != CS_TY_INTERFACE) return false;
    resolved(c, t);
    CsType *tu = cs_type_underlying(t);
    for (int i = 0; i < iu->nmethods; i++) {
        CsMethod *want = &iu->methods[i];
        if (tu && tu->kind == CS_TY_INTERFACE) {
            CsMethod *have = NULL;
            for (int k = 0; k < tu->nmethods; k++)
                if (!strcmp(tu->methods[k].name, want->name)) have = &tu->methods[k];
            if (!have) { *missing = want->name; return false; }
            if (have->sig != want->sig) { *missing = want->name; *wrong_type = true; return false; }
            continue;
        }
        /* an unexported method of an interface literal belongs to the
         * package being checked, where the literal is written */
        Lookup lk = cs_lookup(c, t, want->name, iface->kind == CS_TY_NAMED ? iface->pkg : c->pkg);
        if (lk.kind != LK_METHOD) {
            /* unexported interface methods: look up from the interface's package */
            *missing = want->name;
            return false;
        }
        CsType *sig = cs_method_sig(c, lk.method);
        if (sig != want->sig) { *missing = want->name; *wrong_type = true; return false; }
        if (lk.method->ptr_recv && !lk.indirect) { *missing = want->name; *wrong_ptr = true; return false; }
    }
    return true;
}
