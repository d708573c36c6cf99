/* gen_maplit.c: big map literals as a loop over arrays.
 *
 * A map literal is, as in gc, its entries assigned one by one (gen_expr.c's
 * composite): a call of rt_mapassign per entry. For a big literal, gc
 * instead puts the keys and values in arrays and assigns them in a loop;
 * csc does the same from MIN_ENTRIES entries on, when every key is a
 * constant that can be static data (not an interface: boxing is a call).
 * The keys are a static read-only array; the values are one too when they
 * are all constants, else a heap array filled in source order, which needs
 * values without calls: then no value can observe the map (it has no name
 * yet) or be affected by an insertion, and a panic in a value leaves a map
 * nobody can reach, so filling all values before inserting any is
 * indistinguishable from interleaving. Besides being smaller code, this
 * spares gcc -O2 hundreds of calls in one function (package unicode's
 * Categories, Scripts and Properties: a fifth of the compile time of a
 * program importing strings).
 */
#include "gen_int.h"

enum { MIN_ENTRIES = 25 };

static bool applies(CsNode *lit, CsType *key, bool *const_vals)
{
    if (cs_ast_list_len(lit->list) < MIN_ENTRIES)
        return false;
    *const_vals = true;
    for (CsNode *e = lit->list; e; e = e->next) {
        if (!cs_gen_static_value(e->lhs, key) || cs_gen_has_call(e->rhs))
            return false;
        *const_vals = *const_vals && cs_gen_static_value(e->rhs, cs_gen_under(lit->ty)->elem);
    }
    return true;
}

/* Declares array arr of the keys (or values) of lit in b. */
static void static_array(CsBuf *b, CsNode *lit, CsType *t, const char *arr, bool keys)
{
    cs_buf_printf(b, "static const %s = { ", cs_gen_decl(t, cs_gen_fmt("%s[%d]", arr, cs_ast_list_len(lit->list))));
    for (CsNode *e = lit->list; e; e = e->next)
        cs_buf_printf(b, "%s, ", cs_gen_static_init(keys ? e->lhs : e->rhs, t));
    cs_buf_puts(b, "}; ");
}

const char *cs_gen_maplit_table(CsNode *lit)
{
    CsType *u = cs_gen_under(lit->ty);
    bool const_vals;
    if (!applies(lit, u->key, &const_vals))
        return NULL;
    int n = cs_ast_list_len(lit->list);
    const char *m = cs_gen_temp(), *keys = cs_gen_temp(), *vals = cs_gen_temp(), *i = cs_gen_temp();
    const char *rtt = cs_gen_rtt(lit->ty), *vt = cs_gen_ctype(u->elem);
    CsBuf b = {0};
    cs_buf_printf(&b, "({ rt_map *%s = rt_makemap(%s, %d); ", m, rtt, n);
    static_array(&b, lit, u->key, keys, true);
    if (const_vals) {
        static_array(&b, lit, u->elem, vals, false);
    } else {
        cs_buf_printf(&b, "%s *%s = %s(%d * sizeof(%s)); ", vt, vals,
                      cs_gen_has_pointers(u->elem) ? "rt_alloc" : "rt_alloc_noscan", n, vt);
        int k = 0;
        for (CsNode *e = lit->list; e; e = e->next, k++)
            cs_buf_printf(&b, "%s[%d] = %s; ", vals, k, cs_gen_expr_to(e->rhs, u->elem));
    }
    cs_buf_printf(&b, "for (int %s = 0; %s < %d; %s++) { *(%s *)rt_mapassign(%s, %s, &%s[%s]) = %s[%s]; } %s; })", i, i,
                  n, i, vt, rtt, m, keys, i, vals, i, m);
    return b.s;
}
