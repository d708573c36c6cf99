/* gen_trace.c: the traceback name table, rt_functab (runtime/rt.h).
 *
 * Run-time panics and goroutine dumps name CS functions the way Go does
 * ("main.f", "main.(*T).M", "main.main.func1", "main.init.0"). The runtime
 * (runtime/symtab.c) finds the ELF symbol of each return address it unwinds
 * and looks the symbol's name up in this table, which the generated program
 * defines: {C name, Go name, .cs file, line of the func keyword, has
 * arguments}, sorted by C name (strcmp order) so the runtime can
 * binary-search it without sorting at start-up. The line of the statement
 * executing in a frame comes from the line table csc appends after
 * linking (compiler/linetab.c, fed by cs_gen_pos's //line comments); the
 * func line here is what a frame prints where that table has no line.
 *
 * The table holds names, not addresses: taking the address of every
 * function would keep static functions alive and could change what gcc
 * inlines or clones; names cost the generated code nothing. GCC's clones
 * and split parts ("f.constprop.0", "f.cold") share the name before the
 * dot, which the runtime strips.
 *
 * Entries:
 *   - every FUNCDECL (body-less stdlib ones included: C implements them
 *     under the same name); methods are "P.T.M" or "P.(*T).M" from the
 *     receiver as written; init functions "P.init.K", K counting from 0 in
 *     source order per package, as gc numbers them;
 *   - P_init, package P's variable initialisers (gen.c), as "P.init" at
 *     its first initialised variable's line;
 *   - closures: gen_func.c names a func literal `<enclosing C name>_funcN`,
 *     N counting in generation order (func literals and method-value
 *     wrappers share the counter). They are found among the prototypes
 *     (cs_gen->protos) and named as gc 1.19 does, each function literal
 *     counting the literals directly inside it from 1 in source order:
 *     "P.F.funcK" for the K-th literal in top-level function F,
 *     "P.glob..funcK" in P_init, and a literal
 *     nested in another adds ".K" to its name ("P.F.func2.1"). A closure
 *     gets F's file and line;
 *   - not rt_user_main: it calls P_init, the init functions and main.main,
 *     none of them inlined (gen_func.c), and is hidden as Go hides
 *     runtime.main.
 * KEEP IN SYNC: gen_func.c (closure names, prototype text), gen_name.c
 * (function names), runtime/symtab.c (lookup).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "gen_int.h"

enum { MAX_DEPTH = 16 };     /* deeper closures stay unnamed */

typedef struct Entry {
    const char *cname, *name, *file;
    int line;
    bool args;
    bool closure;
    bool varinit;           /* P_init */
    const char *pkgpath;    /* P_init: P */
    /* closures only */
    const char *parent;     /* C name of the enclosing function */
    long n;                 /* the N of `_funcN` */
    struct Entry *root;     /* the enclosing FUNCDECL or P_init */
    int depth;              /* 1: directly inside root */
} Entry;

typedef struct Table {
    Entry *e;
    int n, cap;
} Table;

static Entry *add(Table *t, Entry e)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->e = realloc(t->e, (size_t)t->cap * sizeof *t->e);
    }
    t->e[t->n] = e;
    return &t->e[t->n++];
}

static Entry *find(Table *t, const char *cname)
{
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->e[i].cname, cname) == 0)
            return &t->e[i];
    return NULL;
}

/* Absolute path of source file `id`, as Go prints it; one realpath per
 * file. */
static const char *file_path(int id)
{
    static const char **paths;
    static int npaths;
    if (id >= npaths) {
        int n = id + 16;
        paths = realloc(paths, (size_t)n * sizeof *paths);
        memset(paths + npaths, 0, (size_t)(n - npaths) * sizeof *paths);
        npaths = n;
    }
    if (!paths[id]) {
        const char *name = cs_diag_file_name(id);
        char buf[PATH_MAX];
        paths[id] = name && realpath(name, buf) ? cs_gen_fmt("%s", buf) : name ? name : "?";
    }
    return paths[id];
}

/* ---- functions and methods -------------------------------------------------- */

static const char *decl_name(CsPackage *pkg, CsNode *d, int *ninit)
{
    if (d->recv) {
        CsNode *rt = d->recv->type;
        while (rt->kind == CS_ND_PAREN)
            rt = rt->expr;
        const char *tn = d->sym->recv_type ? d->sym->recv_type->name : "?";
        return rt->kind == CS_ND_STAR ? cs_gen_fmt("%s.(*%s).%s", pkg->path, tn, d->name)
                                      : cs_gen_fmt("%s.%s.%s", pkg->path, tn, d->name);
    }
    if (strcmp(d->name, "init") == 0)
        return cs_gen_fmt("%s.init.%d", pkg->path, (*ninit)++);
    return cs_gen_fmt("%s.%s", pkg->path, d->name);
}

static void add_decls(Table *t, CsPackage *pkg)
{
    int ninit = 0;
    for (CsNode *f = pkg->files; f; f = f->next)
        for (CsNode *d = f->list; d; d = d->next) {
            if (d->kind != CS_ND_FUNCDECL || !d->sym || !d->sym->cname)
                continue;
            CsType *sig = d->sym->type;
            add(t, (Entry){.cname = d->sym->cname,
                           .name = decl_name(pkg, d, &ninit),
                           .file = file_path(d->pos.file),
                           .line = d->pos.line,
                           .args = d->recv != NULL || (sig && sig->nparams > 0)});
        }
}

static void add_var_init(Table *t, CsPackage *pkg)
{
    CsNode *first = cs_gen_first_var_init(pkg);
    if (!first)
        return;
    add(t, (Entry){.cname = cs_gen_var_init_name(pkg),
                   .name = cs_gen_fmt("%s.init", pkg->path),
                   .file = file_path(first->pos.file),
                   .line = first->pos.line,
                   .varinit = true,
                   .pkgpath = pkg->path});
}

/* ---- closures ------------------------------------------------------------------ */

static bool ident_char(char c)
{
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The identifier ending at line[paren - line - 1]. */
static const char *ident_before(const char *line, const char *paren)
{
    const char *s = paren;
    while (s > line && ident_char(s[-1]))
        s--;
    return s;
}

/* The '(' opening the parameter list of prototype line[0:end), past any
 * `__attribute__((...))` before the name; NULL if none. */
static const char *params_paren(const char *line, const char *end)
{
    static const char attr[] = "__attribute__";
    const char *p = line;
    while ((p = memchr(p, '(', (size_t)(end - p)))) {
        const char *s = ident_before(line, p);
        if ((size_t)(p - s) != strlen(attr) || strncmp(s, attr, strlen(attr)) != 0)
            return p;
        int depth = 0;
        do
            depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
        while (++p < end && depth > 0);
    }
    return NULL;
}

/* One prototype line "[static ][__attribute__((...)) ]R name(params);": a
 * closure when name ends in _funcN; its arguments are those after the
 * closure record self_. */
static void add_closure(Table *t, const char *line, const char *end)
{
    const char *paren = params_paren(line, end);
    if (!paren)
        return;
    const char *s = ident_before(line, paren);
    const char *d = paren;
    while (d > s && d[-1] >= '0' && d[-1] <= '9')
        d--;
    if (d == paren || d - s < 6 || strncmp(d - 5, "_func", 5) != 0)
        return;
    const char *self = "rt_func *self_)";
    add(t, (Entry){.cname = strndup(s, (size_t)(paren - s)),
                   .parent = strndup(s, (size_t)(d - 5 - s)),
                   .n = strtol(d, NULL, 10),
                   .closure = true,
                   .args = strncmp(paren + 1, self, strlen(self)) != 0});
}

/* Links closures whose parent is linked to their root function; returns
 * how many it linked. */
static int link_closures(Table *t)
{
    int linked = 0;
    for (int i = 0; i < t->n; i++) {
        Entry *c = &t->e[i];
        if (!c->closure || c->root)
            continue;
        Entry *p = find(t, c->parent);
        if (!p || (p->closure && !p->root) || (p->closure ? p->depth : 0) == MAX_DEPTH)
            continue;
        c->root = p->closure ? p->root : p;
        c->depth = (p->closure ? p->depth : 0) + 1;
        linked++;
    }
    return linked;
}

/* c's rank among the closures generated directly inside its parent:
 * their _funcN counter also counts method-value wrappers, gc's does not. */
static int sibling_rank(const Table *t, const Entry *c)
{
    int rank = 0;
    for (int j = 0; j < t->n; j++)
        if (t->e[j].closure && strcmp(t->e[j].parent, c->parent) == 0 && t->e[j].n <= c->n)
            rank++;
    return rank;
}

/* Names closures outermost first, so a nested one finds its parent's name. */
static void name_closures(Table *t)
{
    for (int depth = 1; depth <= MAX_DEPTH; depth++)
        for (int i = 0; i < t->n; i++) {
            Entry *c = &t->e[i];
            if (!c->root || c->depth != depth)
                continue;
            int rank = sibling_rank(t, c);
            if (depth > 1)
                c->name = cs_gen_fmt("%s.%d", find(t, c->parent)->name, rank);
            else if (c->root->varinit)
                c->name = cs_gen_fmt("%s.glob..func%d", c->root->pkgpath, rank);
            else
                c->name = cs_gen_fmt("%s.func%d", c->root->name, rank);
            c->file = c->root->file;
            c->line = c->root->line;
        }
}

static void add_closures(Table *t)
{
    const char *s = cs_gen->protos.s;
    while (s && *s) {
        const char *end = strchr(s, '\n');
        if (!end)
            end = s + strlen(s);
        add_closure(t, s, end);
        s = *end ? end + 1 : end;
    }
    while (link_closures(t) > 0)
        ;
    name_closures(t);
}

/* ---- output ------------------------------------------------------------------- */

static int by_cname(const void *a, const void *b)
{
    return strcmp(((const Entry *)a)->cname, ((const Entry *)b)->cname);
}

/* A C string literal; octal escapes for anything unusual in a path. */
static const char *c_string(const char *s)
{
    CsBuf b = {0};
    cs_buf_puts(&b, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '?')
            cs_buf_printf(&b, "\\%03o", c);
        else
            cs_buf_printf(&b, "%c", c);
    }
    cs_buf_puts(&b, "\"");
    return b.s;
}

void cs_gen_trace_table(CsProgram *prog)
{
    Table t = {0};
    for (int i = 0; i < prog->npkgs; i++) {
        add_decls(&t, prog->pkgs[i]);
        add_var_init(&t, prog->pkgs[i]);
    }
    add_closures(&t);
    qsort(t.e, (size_t)t.n, sizeof *t.e, by_cname);
    CsBuf *b = &cs_gen->funcs;
    cs_buf_puts(b, "\nconst rt_funcinfo rt_functab[] = {\n");
    int n = 0;
    for (int i = 0; i < t.n; i++) {
        Entry *e = &t.e[i];
        if (!e->name || (i > 0 && strcmp(e->cname, t.e[i - 1].cname) == 0))
            continue;
        cs_buf_printf(b, "    {\"%s\", %s, %s, %d, %d},\n", e->cname, c_string(e->name), c_string(e->file),
                      e->line, e->args);
        n++;
    }
    if (n == 0)
        cs_buf_puts(b, "    {0},\n");
    cs_buf_printf(b, "};\nconst int64_t rt_nfunctab = %d;\n", n);
    free(t.e);
}
