/* gen_name.c: C names for CS entities (mangling).
 *
 *   package-level function F of package P     P_F          (main_main, fmt_Println)
 *   method M of named type T                   P_T_M        (main_Point_String)
 *   init functions (several per package)       P_init_N
 *   package variable V                         P_V
 *   local variable x                           x, or x_2, x_3... when the
 *                                              name is taken in the same C
 *                                              function (Go shadowing:
 *                                              `x := x + 1` in an inner block
 *                                              must not refer to itself in C)
 *                                              or clashes with C
 *   temporaries, labels                        t_N, L_N (a trailing _ and
 *                                              a number never come from a
 *                                              renamed Go name: those get _2..)
 * Package prefixes make user globals disjoint from rt_*, libc and C
 * keywords; locals are checked against the C reserved words and the few
 * macros rt.h's headers define.
 *
 * In package main's global names (functions, methods, types, variables)
 * every '_' of the CS identifier is written "_0": a user's `func T_M()`
 * and method T.M would otherwise both be main_T_M, and `func f_more_()`
 * would be the name of f's morestack thunk (f_more_). Escaped, an
 * identifier's '_' is always followed by '0', which no separator or
 * generated suffix (_more_, _grow_, _open_, _funcN: a letter after the '_') is.
 * Stdlib packages keep their identifiers: their C side is written by
 * hand under those names, and their identifiers avoid '_'.
 */
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

static const char *const reserved[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do",
    "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline",
    "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned",
    "void", "volatile", "while", "asm", "typeof", "bool", "true", "false",
    "NULL", "errno", "stdin", "stdout", "stderr", "main", "assert", "setjmp",
    "longjmp", "jmp_buf", "memcpy", "memmove", "memset", "memcmp", "strlen",
    "offsetof", "alignof", "unix", "linux",
    NULL,
};

bool cs_gen_is_c_reserved(const char *name)
{
    for (int i = 0; reserved[i]; i++)
        if (strcmp(reserved[i], name) == 0)
            return true;
    if (name[0] == '_' && (name[1] == '_' || (name[1] >= 'A' && name[1] <= 'Z')))
        return true;
    if (strncmp(name, "rt_", 3) == 0 || strncmp(name, "RT_", 3) == 0)
        return true;
    /* our own temporaries t_N, and names ending in '_' (self_, env_...) */
    if (name[0] == 't' && name[1] == '_' && name[2] >= '0' && name[2] <= '9')
        return true;
    return name[strlen(name) - 1] == '_';
}

static bool name_used(GenFunc *f, const char *name)
{
    for (GenName *n = f->names; n; n = n->next)
        if (strcmp(n->name, name) == 0)
            return true;
    return false;
}

static void name_add(GenFunc *f, const char *name)
{
    GenName *n = calloc(1, sizeof *n);
    n->name = name;
    n->level = f->indent;
    n->next = f->names;
    f->names = n;
}

static const char *unique_local(const char *base)
{
    GenFunc *f = cs_gen->fn;
    const char *name = base;
    if (strcmp(base, "_") == 0)
        return cs_gen_temp();
    if (cs_gen_is_c_reserved(base) || name_used(f, base)) {
        for (int i = 2;; i++) {
            name = cs_gen_fmt("%s_%d", base, i);
            if (!name_used(f, name))
                break;
        }
    }
    name_add(f, name);
    return name;
}

const char *cs_gen_local_name(CsSym *var)
{
    if (!var->cname)
        var->cname = unique_local(var->name);
    return var->cname;
}

const char *cs_gen_temp(void)
{
    return cs_gen_fmt("t_%d", ++cs_gen->ntemps);
}

int cs_gen_label(void)
{
    return ++cs_gen->nlabels;
}

const char *cs_gen_ident(const CsPackage *pkg, const char *name)
{
    if (!pkg || strcmp(pkg->path, "main") != 0 || !strchr(name, '_'))
        return name;
    CsBuf b = {0};
    for (const char *c = name; *c; c++)
        cs_buf_puts(&b, *c == '_' ? "_0" : (char[]){*c, 0});
    return b.s;
}

const char *cs_gen_func_name(CsSym *fn)
{
    static int ninit;
    if (fn->cname)
        return fn->cname;
    const char *prefix = fn->pkg ? fn->pkg->cprefix : "rt";
    if (fn->recv_type) {
        CsType *rt = fn->recv_type;
        if (rt->kind == CS_TY_PTR)
            rt = rt->elem;
        fn->cname = cs_gen_fmt("%s_%s_%s", prefix, cs_gen_ident(rt->pkg, rt->name),
                               cs_gen_ident(fn->pkg, fn->name));
    } else if (strcmp(fn->name, "init") == 0 && fn->decl && fn->decl->kind == CS_ND_FUNCDECL) {
        fn->cname = cs_gen_fmt("%s_init_%d", prefix, ++ninit);
    } else {
        fn->cname = cs_gen_fmt("%s_%s", prefix, cs_gen_ident(fn->pkg, fn->name));
    }
    return fn->cname;
}

const char *cs_gen_global_name(CsSym *var)
{
    if (var->cname)
        return var->cname;
    if (strcmp(var->name, "_") == 0)
        var->cname = cs_gen_fmt("%s_blank_%d", var->pkg->cprefix, var->id);
    else
        var->cname = cs_gen_fmt("%s_%s", var->pkg->cprefix, cs_gen_ident(var->pkg, var->name));
    return var->cname;
}

const char *cs_gen_field_name(const char *name, int index)
{
    if (strcmp(name, "_") == 0)
        return cs_gen_fmt("blank_%d", index);
    if (cs_gen_is_c_reserved(name))
        return cs_gen_fmt("%s_", name);
    return name;
}
