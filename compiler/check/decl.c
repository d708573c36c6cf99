/* Package-level declarations: collection, lazy resolution, function
 * bodies, init order, unused imports.
 *
 * cs_check_package runs in phases:
 *   1. collect: every package-level name goes into the package scope (imports
 *      into their file's scope) with a DeclInfo (CsSym.info) saying where it
 *      is declared; named types get their CsType right away so that methods
 *      (attached in this phase too) and pointers to them need no resolution;
 *   2. resolve every object in source order; cs_decl_resolve is re-entered
 *      from expression checking whenever an identifier names an unresolved
 *      object (colouring unresolved -> resolving -> done detects cycles);
 *      one DeclInfo is shared by all names of a VARSPEC/CONSTSPEC, which is
 *      resolved as a whole;
 *   3. check function bodies in source order;
 *   4. init order: while checking initialisers and bodies, references to
 *      package-level vars and funcs are recorded as dependencies of the
 *      DeclInfo being checked; VARSPECs are emitted in the spec's order
 *      (earliest ready spec first, dependencies followed through functions);
 *   5. unused imports, and `func main` in package main.
 */
#include <string.h>
#include "check.h"

typedef struct Saved {
    CsScope *scope, *file_scope;
    CsNode *func; CsType *sig; DeclInfo *decl;
    int64_t iota; bool has_iota;
    CsNode *breakable, *loop; struct Label *labels;
    bool in_type_decl;
} Saved;

static Saved save(Checker *c)
{
    return (Saved){c->scope, c->file_scope, c->func, c->sig, c->decl, c->iota, c->has_iota,
                   c->breakable, c->loop, c->labels, c->in_type_decl};
}

static void restore(Checker *c, Saved s)
{
    c->scope = s.scope; c->file_scope = s.file_scope; c->func = s.func; c->sig = s.sig;
    c->decl = s.decl; c->iota = s.iota; c->has_iota = s.has_iota;
    c->breakable = s.breakable; c->loop = s.loop; c->labels = s.labels;
    c->in_type_decl = s.in_type_decl;
}

/* All package-level objects of the package being checked, in source order. */
static DeclInfo **objs; static int nobjs, cobjs;

static DeclInfo *new_info(CsSym *sym, CsNode *spec, CsScope *fs)
{
    DeclInfo *d = cs_check_alloc(sizeof *d);
    d->sym = sym;
    d->spec = spec;
    d->file_scope = fs;
    d->order = nobjs;
    if (nobjs == cobjs) {
        cobjs = cobjs ? cobjs * 2 : 64;
        DeclInfo **o = cs_check_alloc(sizeof(DeclInfo *) * cobjs);
        if (nobjs) memcpy(o, objs, sizeof(DeclInfo *) * nobjs);
        objs = o;
    }
    objs[nobjs++] = d;
    return d;
}

static void declare_global(Checker *c, CsSym *sym, CsNode *ident)
{
    sym->global = true;
    sym->pkg = c->pkg;
    if (ident) { ident->sym = sym; }
    if (!strcmp(sym->name, "_")) return;
    if (sym->kind != CS_SYM_FUNC &&
        (!strcmp(sym->name, "init") || (!strcmp(sym->name, "main") && !strcmp(c->pkg->path, "main")))) {
        cs_check_errorf(sym->pos, "cannot declare %s - must be func", sym->name);
        return;
    }
    CsSym *old = cs_scope_insert(c->pkg->scope, sym);
    if (old) {
        cs_check_errorf(sym->pos, "%s redeclared in this block", sym->name);
        return;
    }
    /* a package-level name may not clash with an import of any file */
}

void cs_check_declare(Checker *c, CsSym *sym, CsNode *ident)
{
    sym->pkg = c->pkg;
    sym->func = c->func;
    if (ident) {
        ident->sym = sym;
        ident->ty = sym->type;
    }
    if (!strcmp(sym->name, "_")) return;
    CsSym *old = cs_scope_insert(c->scope, sym);
    if (old) cs_check_errorf(sym->pos, "%s redeclared in this block", sym->name);
}

/* ---- phase 1: collection --------------------------------------------------- */
static CsPackage *find_pkg(Checker *c, const char *path)
{
    for (int i = 0; i < c->prog->npkgs; i++)
        if (!strcmp(c->prog->pkgs[i]->path, path)) return c->prog->pkgs[i];
    return NULL;
}

static void import_one(Checker *c, CsNode *im, CsScope *fs)
{
    CsPackage *p = find_pkg(c, im->lit);
    if (!p) {
        cs_check_errorf(im->pos, "could not import %s (package not found)", im->lit);
        return;
    }
    const char *name = im->name ? im->name : p->name;
    if (!strcmp(name, "_")) return;
    if (!strcmp(name, ".")) {
        cs_check_errorf(im->pos, "dot imports are not supported");
        return;
    }
    CsSym *s = cs_sym_new(CS_SYM_PKG, name, im->pos);
    s->imported = p;
    s->decl = im;
    s->pkg = c->pkg;
    im->sym = s;
    if (cs_scope_insert(fs, s)) cs_check_errorf(im->pos, "%s redeclared in this block", name);
}

static void collect_imports(Checker *c, CsNode *file, CsScope *fs)
{
    for (CsNode *d = file->list; d; d = d->next) {
        if (d->kind == CS_ND_IMPORT) import_one(c, d, fs);
        else if (d->kind == CS_ND_GENDECL && d->decl_kind == CS_DECL_IMPORT)
            for (CsNode *im = d->list; im; im = im->next)
                if (im->kind == CS_ND_IMPORT) import_one(c, im, fs);
    }
}

static CsNode *recv_base(CsNode *t)
{
    while (t && (t->kind == CS_ND_PAREN || t->kind == CS_ND_STAR)) t = t->expr;
    return t;
}

static void collect_decl(Checker *c, CsNode *d, CsScope *fs, CsNode **methods)
{
    if (d->kind == CS_ND_FUNCDECL) {
        CsSym *s = cs_sym_new(CS_SYM_FUNC, d->name, d->pos);
        d->sym = s;
        s->decl = d;
        s->pkg = c->pkg;
        s->global = true;
        s->info = new_info(s, d, fs);
        if (!d->body && !strcmp(c->pkg->path, "main"))
            cs_check_errorf(d->pos, "missing function body");
        if (d->recv) {
            *methods = cs_ast_list_append(*methods, cs_ast_new(CS_ND_DECLSTMT, d->pos));
            CsNode *last = *methods;
            while (last->next) last = last->next;
            last->decl = d;
            return;
        }
        if (!strcmp(d->name, "init")) {
            if (d->type->params || d->type->results)
                cs_check_errorf(d->pos, "func init must have no arguments and no return values");
            s->used = true;
            return;
        }
        if (!strcmp(d->name, "main") && !strcmp(c->pkg->path, "main") &&
            (d->type->params || d->type->results))
            cs_check_errorf(d->pos, "func main must have no arguments and no return values");
        declare_global(c, s, NULL);
        return;
    }
    if (d->kind != CS_ND_GENDECL) return;
    CsNode *ctype = NULL, *cvalues = NULL;
    for (CsNode *spec = d->list; spec; spec = spec->next) {
        DeclInfo *shared = NULL;
        switch (spec->kind) {
        case CS_ND_CONSTSPEC:
            if (spec->list || spec->type) { ctype = spec->type; cvalues = spec->list; }
            for (CsNode *nm = spec->names; nm; nm = nm->next) {
                CsSym *s = cs_sym_new(CS_SYM_CONST, nm->name, nm->pos);
                s->decl = spec;
                if (!shared) {
                    shared = new_info(s, spec, fs);
                    shared->ctype = ctype;
                    shared->cvalues = cvalues;
                }
                s->info = shared;
                declare_global(c, s, nm);
            }
            break;
        case CS_ND_VARSPEC:
            for (CsNode *nm = spec->names; nm; nm = nm->next) {
                CsSym *s = cs_sym_new(CS_SYM_VAR, nm->name, nm->pos);
                s->decl = spec;
                s->used = true;
                if (!shared) shared = new_info(s, spec, fs);
                s->info = shared;
                declare_global(c, s, nm);
            }
            break;
        case CS_ND_TYPESPEC: {
            CsSym *s = cs_sym_new(CS_SYM_TYPE, spec->name, spec->pos);
            s->decl = spec;
            s->info = new_info(s, spec, fs);
            if (!spec->is_alias) s->type = cs_type_named(spec->name, c->pkg, s);
            spec->sym = s;
            declare_global(c, s, NULL);
            break;
        }
        default:
            break;
        }
    }
}

static void attach_method(Checker *c, CsNode *fd)
{
    CsNode *base = recv_base(fd->recv->type);
    CsSym *ts = base && base->kind == CS_ND_IDENT ? cs_scope_lookup_local(c->pkg->scope, base->name) : NULL;
    if (!ts && base && base->kind == CS_ND_IDENT && cs_scope_lookup(cs_universe, base->name)) {
        CsNode *at = fd->recv->names ? fd->recv->names : fd->recv;
        cs_check_errorf(at->pos, "cannot define new methods on non-local type %s", base->name);
        return;
    }
    if (!ts || ts->kind != CS_SYM_TYPE || !ts->type || ts->type->kind != CS_TY_NAMED) {
        if (base && base->kind == CS_ND_IDENT && !ts)
            cs_check_errorf(base->pos, "undefined: %s", base->name);
        else if (base)
            cs_check_errorf(base->pos, "invalid receiver type %s", cs_expr_string(base));
        return;
    }
    CsType *t = ts->type;
    if (!strcmp(fd->name, "_")) return;
    if (cs_find_method(t, fd->name)) {
        cs_check_errorf(fd->pos, "method %s.%s already declared", t->name, fd->name);
        return;
    }
    CsMethod *ms = cs_check_alloc(sizeof(CsMethod) * (t->nmethods + 1));
    if (t->nmethods) memcpy(ms, t->methods, sizeof(CsMethod) * t->nmethods);
    CsNode *rt = fd->recv->type;
    while (rt->kind == CS_ND_PAREN) rt = rt->expr;
    ms[t->nmethods] = (CsMethod){.name = fd->name, .func = fd->sym, .ptr_recv = rt->kind == CS_ND_STAR};
    t->methods = ms;
    t->nmethods++;
    fd->sym->recv_type = t;
    fd->sym->used = true;
}

/* ---- phase 2: resolution ------------------------------------------------------ */
void cs_decl_use(Checker *c, CsSym *sym)
{
    DeclInfo *d = c->decl, *dep = sym->info;
    if (!d || !dep || (sym->kind != CS_SYM_VAR && sym->kind != CS_SYM_FUNC)) return;
    /* another package's objects are initialised already and cannot
     * reach back: only this package's count (init_order sizes its sets
     * by them) */
    if (sym->pkg != c->pkg) return;
    for (int i = 0; i < d->ndeps; i++) if (d->deps[i] == dep) return;
    if (d->ndeps == d->cdeps) {
        d->cdeps = d->cdeps ? d->cdeps * 2 : 4;
        DeclInfo **o = cs_check_alloc(sizeof(DeclInfo *) * d->cdeps);
        if (d->ndeps) memcpy(o, d->deps, sizeof(DeclInfo *) * d->ndeps);
        d->deps = o;
    }
    d->deps[d->ndeps++] = dep;
}

static void resolve_func(Checker *c, CsSym *sym, DeclInfo *d)
{
    CsNode *fd = d->spec;
    CsType *sig = cs_check_signature(c, fd->type, NULL, NULL);
    sym->type = sig;
    if (fd->recv) {
        /* check the receiver type expression */
        CsType *rt = cs_check_type(c, fd->recv->type);
        CsType *base = sym->recv_type ? cs_type_underlying(sym->recv_type) : NULL;
        if (base && (base->kind == CS_TY_PTR || base->kind == CS_TY_INTERFACE)) {
            CsNode *at = fd->recv->names ? fd->recv->names : fd->recv->type;
            cs_check_errorf(at->pos, "invalid receiver type %s (pointer or interface type)", sym->recv_type->name);
        }
        if (rt && sym->recv_type) {
            CsMethod *m = cs_find_method(sym->recv_type, fd->name);
            if (m && m->func == sym) m->sig = sig;
        }
    }
}

void cs_decl_resolve(Checker *c, CsSym *sym)
{
    DeclInfo *d = sym ? sym->info : NULL;
    if (!d || d->state == DECL_DONE) return;
    if (d->state == DECL_RESOLVING) {
        if (sym->kind == CS_SYM_CONST || (sym->kind == CS_SYM_VAR && !c->func)) {
            cs_check_errorf(d->sym->pos, "initialization loop for %s", d->sym->name);
            d->state = DECL_DONE;
            if (!sym->type) sym->type = cs_type_basic(CS_TY_INVALID);
        } else if (sym->kind == CS_SYM_TYPE && sym->decl->is_alias) {
            cs_check_errorf(sym->pos, "invalid recursive type %s", sym->name);
            d->state = DECL_DONE;
            sym->type = cs_type_basic(CS_TY_INVALID);
        }
        return;
    }
    d->state = DECL_RESOLVING;
    Saved sv = save(c);
    c->scope = c->file_scope = d->file_scope;
    c->func = NULL; c->sig = NULL;
    c->breakable = c->loop = NULL; c->labels = NULL;
    c->has_iota = false;
    c->in_type_decl = false;
    c->decl = d;
    switch (sym->kind) {
    case CS_SYM_CONST:
        c->iota = d->spec->iota;
        c->has_iota = true;
        cs_check_const_spec(c, d->spec, d->ctype, d->cvalues);
        break;
    case CS_SYM_VAR:
        cs_check_var_spec(c, d->spec, true);
        break;
    case CS_SYM_TYPE:
        c->decl = NULL;
        c->in_type_decl = true;
        cs_check_type_spec(c, d->spec, sym);
        break;
    case CS_SYM_FUNC:
        c->decl = NULL;
        resolve_func(c, sym, d);
        break;
    default:
        break;
    }
    restore(c, sv);
    d->state = DECL_DONE;
}

void cs_check_type_spec(Checker *c, CsNode *spec, CsSym *sym)
{
    if (spec->is_alias) {
        CsType *t = cs_check_type(c, spec->type);
        sym->type = t ? t : cs_type_basic(CS_TY_INVALID);
        return;
    }
    CsType *named = sym->type;
    CsType *u = cs_check_type(c, spec->type);
    if (!named->underlying) {
        if (!u) u = cs_type_basic(CS_TY_INVALID);
        named->underlying = cs_type_underlying(u);
        if (!named->underlying) {
            /* type A B where B is still being resolved: a cycle, reported
             * at the declaration that started it, as gc does */
            CsPos at = u->kind == CS_TY_NAMED && u->decl ? u->decl->pos : spec->pos;
            cs_check_errorf(at, "invalid recursive type %s", u->kind == CS_TY_NAMED ? u->name : spec->name);
            named->underlying = cs_type_basic(CS_TY_INVALID);
        }
    }
    /* fields and methods may not share a name */
    CsType *su = named->underlying;
    if (su->kind == CS_TY_STRUCT)
        for (int i = 0; i < named->nmethods; i++)
            for (int f = 0; f < su->nfields; f++)
                if (!strcmp(su->fields[f].name, named->methods[i].name))
                    cs_check_errorf(named->methods[i].func->pos, "field and method with the same name %s",
                                    named->methods[i].name);
}

/* ---- phase 3: bodies ------------------------------------------------------------ */
static void check_funcdecl_body(Checker *c, CsNode *fd)
{
    if (!fd->body) return;
    DeclInfo *d = fd->sym->info;
    Saved sv = save(c);
    c->scope = c->file_scope = d->file_scope;
    c->decl = d;
    cs_check_func_body(c, fd, fd->sym->type, fd->recv, fd->body);
    restore(c, sv);
}

/* ---- phase 4: init order ------------------------------------------------------------ */
/* Appends to *out the VARSPEC infos that d depends on, following funcs. */
static void var_deps(DeclInfo *d, DeclInfo **out, int *n, int cap, DeclInfo **seen, int *nseen)
{
    for (int i = 0; i < d->ndeps; i++) {
        DeclInfo *x = d->deps[i];
        bool dup = false;
        for (int k = 0; k < *nseen; k++) dup |= seen[k] == x;
        if (dup) continue;
        seen[(*nseen)++] = x;
        if (x->spec->kind == CS_ND_VARSPEC) { if (*n < cap) out[(*n)++] = x; }
        else var_deps(x, out, n, cap, seen, nseen);
    }
}

static bool reaches_self(DeclInfo *start, DeclInfo *d, DeclInfo **seen, int *nseen)
{
    for (int i = 0; i < d->ndeps; i++) {
        DeclInfo *x = d->deps[i];
        if (x == start) return true;
        bool dup = false;
        for (int k = 0; k < *nseen; k++) dup |= seen[k] == x;
        if (dup) continue;
        seen[(*nseen)++] = x;
        if (reaches_self(start, x, seen, nseen)) return true;
    }
    return false;
}

static void init_order(Checker *c)
{
    CsNode *list = NULL;
    int nvars = 0;
    DeclInfo **vars = cs_check_alloc(sizeof(DeclInfo *) * (nobjs + 1));
    for (int i = 0; i < nobjs; i++)
        if (objs[i]->spec->kind == CS_ND_VARSPEC) vars[nvars++] = objs[i];
    DeclInfo **seen = cs_check_alloc(sizeof(DeclInfo *) * (nobjs + 1));
    DeclInfo **deps = cs_check_alloc(sizeof(DeclInfo *) * (nobjs + 1));
    for (int i = 0; i < nvars; i++) {
        int ns = 0;
        if (vars[i]->spec->list && reaches_self(vars[i], vars[i], seen, &ns)) {
            cs_check_errorf(vars[i]->sym->pos, "initialization loop for %s", vars[i]->sym->name);
            return;
        }
    }
    for (int done = 0; done < nvars;) {
        int pick = -1;
        for (int i = 0; i < nvars && pick < 0; i++) {
            if (vars[i]->emitted) continue;
            int nd = 0, ns = 0;
            var_deps(vars[i], deps, &nd, nobjs, seen, &ns);
            bool ready = true;
            for (int k = 0; k < nd; k++) if (deps[k] != vars[i] && !deps[k]->emitted) ready = false;
            if (ready) pick = i;
        }
        if (pick < 0) return;   /* a cycle, reported above */
        vars[pick]->emitted = true;
        CsNode *w = cs_ast_new(CS_ND_DECLSTMT, vars[pick]->spec->pos);
        w->decl = vars[pick]->spec;
        list = cs_ast_list_append(list, w);
        done++;
    }
    for (int i = 0; i < nobjs; i++) {
        CsNode *fd = objs[i]->spec;
        if (fd->kind == CS_ND_FUNCDECL && !fd->recv && !strcmp(fd->name, "init")) {
            CsNode *w = cs_ast_new(CS_ND_DECLSTMT, fd->pos);
            w->decl = fd;
            list = cs_ast_list_append(list, w);
        }
    }
    c->pkg->inits = list;
}

/* ---- the package ---------------------------------------------------------------------- */
void cs_check_package(Checker *c, CsPackage *pkg)
{
    c->pkg = pkg;
    pkg->scope = cs_scope_new(cs_universe, NULL);
    nobjs = 0;
    int nfiles = cs_ast_list_len(pkg->files);
    CsScope **fscopes = cs_check_alloc(sizeof(CsScope *) * (nfiles + 1));
    CsNode *methods = NULL;
    int fi = 0;
    for (CsNode *f = pkg->files; f; f = f->next, fi++) {
        fscopes[fi] = cs_scope_new(pkg->scope, NULL);
        collect_imports(c, f, fscopes[fi]);
        for (CsNode *d = f->list; d; d = d->next) collect_decl(c, d, fscopes[fi], &methods);
    }
    for (CsNode *m = methods; m; m = m->next) attach_method(c, m->decl);
    /* imports and package-level names may not clash */
    for (int i = 0; i < nfiles; i++)
        for (int k = 0; k < fscopes[i]->norder; k++) {
            CsSym *im = fscopes[i]->order[k];
            CsSym *g = cs_scope_lookup_local(pkg->scope, im->name);
            if (g) cs_check_errorf(g->pos, "%s already declared through import of package", im->name);
        }
    for (int i = 0; i < nobjs; i++) cs_decl_resolve(c, objs[i]->sym);
    for (int i = 0; i < nobjs; i++) {
        CsNode *fd = objs[i]->spec;
        if (fd->kind == CS_ND_FUNCDECL) check_funcdecl_body(c, fd);
    }
    init_order(c);
    for (int i = 0; i < nfiles; i++)
        for (int k = 0; k < fscopes[i]->norder; k++) {
            CsSym *im = fscopes[i]->order[k];
            if (im->used) continue;
            CsPos at = im->pos;
            if (im->decl->name) at.col -= (int)strlen(im->decl->name) + 1;   /* the alias before the path */
            if (im->decl->name)
                cs_check_errorf(at, "\"%s\" imported as %s and not used", im->decl->lit, im->name);
            else
                cs_check_errorf(im->pos, "\"%s\" imported and not used", im->decl->lit);
        }
    if (!strcmp(pkg->path, "main")) {
        /* Go's linker says so, only for a program that type-checks */
        if (!cs_scope_lookup_local(pkg->scope, "main") && cs_check_nerrors() == 0)
            cs_check_errorf((CsPos){0}, "function main is undeclared in the main package");
    }
    pkg->checked = true;
}
