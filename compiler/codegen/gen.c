/* gen.c: the code generator's driver. cs_gen_program walks the packages in
 * dependency order, generates every function with a body, static so that
 * gcc drops the unreachable ones (body-less stdlib functions only get a
 * prototype: libcsrt.a implements them), the package variables and
 * rt_user_main, then assembles the output sections:
 *
 *   #include "rt.h"
 *   type forward typedefs, struct bodies       (gen_type.c)
 *   closure / go / defer records               (gen_func.c)
 *   prototypes of every C function
 *   descriptor forward declarations
 *   package variables, function-value records
 *   method tables of the descriptors            (gen_type.c)
 *   interface call dispatch                     (gen_dispatch.c)
 *   descriptor definitions, method wrappers
 *   function bodies
 *   P_init per package P: its variable initialisers (gc's "P.init")
 *   rt_user_main: P_init and init()s per package, then main.main
 *   rt_functab: names for tracebacks             (gen_trace.c)
 *
 * Descriptors and types are written last because generating anything
 * (including descriptors themselves) can register more of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

Gen *cs_gen;

/* ---- buffers ------------------------------------------------------------------ */

static void reserve(CsBuf *b, size_t n)
{
    if (b->len + n + 1 <= b->cap)
        return;
    while (b->len + n + 1 > b->cap)
        b->cap = b->cap ? 2 * b->cap : 256;
    b->s = realloc(b->s, b->cap);
}

void cs_buf_puts(CsBuf *b, const char *s)
{
    size_t n = strlen(s);
    reserve(b, n);
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

void cs_buf_printf(CsBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *cs_gen_fmt(const char *fmt, ...)
{
    va_list ap;
    char *s;
    va_start(ap, fmt);
    if (vasprintf(&s, fmt, ap) < 0)
        abort();
    va_end(ap);
    return s;
}

/* ---- package variables and initialisation ---------------------------------- */

static void gen_globals(CsPackage *pkg)
{
    for (CsNode *f = pkg->files; f; f = f->next)
        for (CsNode *d = f->list; d; d = d->next) {
            if (d->kind != CS_ND_GENDECL || d->decl_kind != CS_DECL_VAR)
                continue;
            for (CsNode *spec = d->list; spec; spec = spec->next)
                for (CsNode *id = spec->names; id; id = id->next) {
                    if (!id->sym)
                        continue;
                    cs_buf_printf(&cs_gen->globals, "%s;\n",
                                  cs_gen_decl(id->sym->type, cs_gen_global_name(id->sym)));
                }
        }
}

/* Package variable initialisation: the VARSPEC's values assigned in order. */
static void gen_var_init(CsNode *spec)
{
    if (!spec->list)
        return;
    cs_gen_pos(spec->pos);
    int nnames = cs_ast_list_len(spec->names);
    if (nnames > 1 && cs_ast_list_len(spec->list) == 1) {
        const char **names = calloc(nnames + 1, sizeof *names);
        CsType **types = calloc(nnames + 1, sizeof *types);
        cs_gen_line("%s", cs_gen_multi(spec->list, nnames, names, types));
        int i = 0;
        for (CsNode *id = spec->names; id; id = id->next, i++)
            if (id->sym && strcmp(id->name, "_") != 0)
                cs_gen_line("%s = %s;", cs_gen_global_name(id->sym),
                            cs_gen_convert(names[i], types[i], id->sym->type));
        return;
    }
    CsNode *v = spec->list;
    for (CsNode *id = spec->names; id && v; id = id->next, v = v->next) {
        if (strcmp(id->name, "_") == 0 || !id->sym)
            cs_gen_line("(void)(%s);", cs_gen_expr(v));
        else
            cs_gen_line("%s = %s;", cs_gen_global_name(id->sym), cs_gen_expr_to(v, id->sym->type));
    }
}

/* The first VARSPEC of pkg's initialisation order that assigns a value;
 * NULL if none does. */
CsNode *cs_gen_first_var_init(const CsPackage *pkg)
{
    for (CsNode *in = pkg->inits; in; in = in->next) {
        CsNode *d = in->kind == CS_ND_DECLSTMT ? in->decl : in;
        if (d->kind == CS_ND_VARSPEC && d->list)
            return d;
    }
    return NULL;
}

const char *cs_gen_var_init_name(const CsPackage *pkg)
{
    return cs_gen_fmt("%s_init", pkg->cprefix);
}

/* P_init: pkg's variable initialisers in order, a function of its own (not
 * inlined) so that tracebacks name its frames "P.init" and its function
 * literals "P.glob..funcN", as gc does. Package variables are initialised
 * before any init() runs (check/decl.c orders pkg->inits so). */
static void gen_var_inits(CsPackage *pkg)
{
    if (!cs_gen_first_var_init(pkg))
        return;
    GenFunc f = {0};
    f.cname = cs_gen_var_init_name(pkg);
    cs_gen->fn = &f;
    for (CsNode *in = pkg->inits; in; in = in->next) {
        CsNode *d = in->kind == CS_ND_DECLSTMT ? in->decl : in;
        if (d->kind == CS_ND_VARSPEC)
            gen_var_init(d);
    }
    cs_buf_printf(&cs_gen->funcs, "static __attribute__((noinline)) void %s(void)\n{\n%s}\n", f.cname, f.body.s);
    cs_gen->fn = NULL;
}

static void gen_user_main(CsProgram *prog)
{
    for (int i = 0; i < prog->npkgs; i++)
        gen_var_inits(prog->pkgs[i]);
    GenFunc f = {0};
    f.cname = "rt_user_main";
    cs_gen->fn = &f;
    for (int i = 0; i < prog->npkgs; i++) {
        CsPackage *pkg = prog->pkgs[i];
        cs_gen_line("/* package %s */", pkg->path);
        if (cs_gen_first_var_init(pkg))
            cs_gen_line("%s();", cs_gen_var_init_name(pkg));
        for (CsNode *in = pkg->inits; in; in = in->next) {
            CsNode *d = in->kind == CS_ND_DECLSTMT ? in->decl : in;
            if (d->kind == CS_ND_FUNCDECL && d->body)
                cs_gen_line("%s();", cs_gen_func_name(d->sym));
        }
    }
    CsSym *mainfn = NULL;
    for (CsNode *f2 = prog->main->files; f2; f2 = f2->next)
        for (CsNode *d = f2->list; d; d = d->next)
            if (d->kind == CS_ND_FUNCDECL && !d->recv && strcmp(d->name, "main") == 0)
                mainfn = d->sym;
    cs_gen_line("rt_init_done();");
    if (mainfn)
        cs_gen_line("%s();", cs_gen_func_name(mainfn));
    cs_buf_printf(&cs_gen->funcs, "void rt_user_main(void)\n{\n%s}\n", f.body.s ? f.body.s : "");
    cs_gen->fn = NULL;
}

static void out(FILE *fp, CsBuf *b, const char *banner)
{
    if (!b->s)
        return;
    if (banner)
        fprintf(fp, "\n/* ---- %s ---- */\n", banner);
    fputs(b->s, fp);
}

bool cs_gen_program(CsProgram *prog, FILE *fp, const CsGenOptions *opt)
{
    Gen g = {0};
    g.prog = prog;
    g.opt = opt;
    cs_gen = &g;
    for (int i = 0; i < prog->npkgs; i++)
        gen_globals(prog->pkgs[i]);
    for (int i = 0; i < prog->npkgs; i++)
        for (CsNode *f = prog->pkgs[i]->files; f; f = f->next)
            for (CsNode *d = f->list; d; d = d->next)
                if (d->kind == CS_ND_FUNCDECL)
                    cs_gen_funcdecl(d);
    gen_user_main(prog);
    cs_gen_emit_rtts();
    cs_gen_emit_mtabs();
    cs_gen_emit_dispatch();
    cs_gen_emit_types();
    cs_gen_trace_table(prog);
    cs_gen_prune();
    fputs("/* Generated by csc from CS sources. */\n#include \"rt.h\"\n", fp);
    out(fp, &g.types_fwd, "types");
    out(fp, &g.types_alias, NULL);
    out(fp, &g.types_def, NULL);
    out(fp, &g.records, "closure and goroutine records");
    out(fp, &g.protos, "functions");
    out(fp, &g.rtt_fwd, "type descriptors");
    out(fp, &g.globals, "package variables");
    out(fp, &g.mtabs, "method tables");
    out(fp, &g.dispatch, "interface call dispatch");
    out(fp, &g.rtt_def, "type descriptor definitions");
    out(fp, &g.funcs, "function bodies");
    if (g.wrappers.s)
        fputs("# 1 \"<csc register ABI wrappers>\"\n", fp);
    out(fp, &g.wrappers, NULL);
    cs_gen = NULL;
    return !g.failed;
}
