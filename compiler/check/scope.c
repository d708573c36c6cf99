/* Scopes: a chain of hash tables from the innermost block out to the
 * universe. Each scope remembers the function it lies in (so that a
 * reference from a func literal to a variable of an enclosing function can
 * be recognised as a capture) and its symbols in insertion order (so that
 * "declared and not used" is reported in source order).
 */
#include <string.h>
#include "check.h"

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

CsScope *cs_scope_new(CsScope *parent, CsNode *func)
{
    CsScope *s = cs_check_alloc(sizeof *s);
    s->parent = parent;
    s->func = func;
    return s;
}

CsSym *cs_scope_lookup_local(CsScope *s, const char *name)
{
    if (!s->cap) return NULL;
    for (unsigned i = hash(name) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
        if (!s->tab[i]) return NULL;
        if (!strcmp(s->tab[i]->name, name)) return s->tab[i];
    }
}

CsSym *cs_scope_lookup(CsScope *s, const char *name)
{
    for (; s; s = s->parent) {
        CsSym *sym = cs_scope_lookup_local(s, name);
        if (sym) return sym;
    }
    return NULL;
}

static void grow(CsScope *s)
{
    CsSym **old = s->tab;
    int oldcap = s->cap;
    s->cap = oldcap ? oldcap * 2 : 8;
    s->tab = cs_check_alloc(sizeof(CsSym *) * s->cap);
    for (int i = 0; i < oldcap; i++) {
        if (!old[i]) continue;
        unsigned j = hash(old[i]->name) & (s->cap - 1);
        while (s->tab[j]) j = (j + 1) & (s->cap - 1);
        s->tab[j] = old[i];
    }
}

CsSym *cs_scope_insert(CsScope *s, CsSym *sym)
{
    CsSym *old = cs_scope_lookup_local(s, sym->name);
    if (old) return old;
    if ((s->n + 1) * 2 > s->cap) grow(s);
    unsigned j = hash(sym->name) & (s->cap - 1);
    while (s->tab[j]) j = (j + 1) & (s->cap - 1);
    s->tab[j] = sym;
    s->n++;
    if (s->norder == s->corder) {
        s->corder = s->corder ? s->corder * 2 : 8;
        CsSym **o = cs_check_alloc(sizeof(CsSym *) * s->corder);
        if (s->norder) memcpy(o, s->order, sizeof(CsSym *) * s->norder);
        s->order = o;
    }
    s->order[s->norder++] = sym;
    return NULL;
}
