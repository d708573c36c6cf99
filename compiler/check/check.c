/* The checker's entry point and its small services: error buffering,
 * allocation, symbol creation.
 *
 * Errors are buffered and printed sorted by position, as gc prints them:
 * the checker finds some errors late (unused variables and labels at the
 * end of a function, unused imports at the end of a package) and would
 * otherwise print them out of order. Identical errors at the same position
 * are printed once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

typedef struct Err { CsPos pos; char *msg; int seq; } Err;
static Err *errs;
static int nerrs, cerrs;

void *cs_check_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) { perror("csc"); exit(1); }
    return p;
}

char *cs_check_strdup(const char *s)
{
    size_t n = strlen(s);
    char *p = cs_check_alloc(n + 1);
    memcpy(p, s, n);
    return p;
}

char *cs_check_sprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) { perror("csc"); exit(1); }
    va_end(ap);
    return s;
}

void cs_check_errorf(CsPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) { perror("csc"); exit(1); }
    va_end(ap);
    if (nerrs == cerrs) {
        cerrs = cerrs ? cerrs * 2 : 16;
        errs = realloc(errs, sizeof(Err) * cerrs);
        if (!errs) { perror("csc"); exit(1); }
    }
    errs[nerrs] = (Err){pos, s, nerrs};
    nerrs++;
}

int cs_check_nerrors(void) { return nerrs; }

static int cmp_err(const void *a, const void *b)
{
    const Err *x = a, *y = b;
    if (x->pos.file != y->pos.file) return x->pos.file - y->pos.file;
    if (x->pos.line != y->pos.line) return x->pos.line - y->pos.line;
    if (x->pos.col != y->pos.col) return x->pos.col - y->pos.col;
    return x->seq - y->seq;
}

void cs_check_flush_errors(void)
{
    if (nerrs > 0) qsort(errs, nerrs, sizeof(Err), cmp_err);
    for (int i = 0; i < nerrs; i++) {
        if (i > 0 && !memcmp(&errs[i].pos, &errs[i - 1].pos, sizeof(CsPos)) &&
            !strcmp(errs[i].msg, errs[i - 1].msg))
            continue;
        cs_error_at(errs[i].pos, "%s", errs[i].msg);
    }
    nerrs = 0;
}

CsSym *cs_sym_new(CsSymKind kind, const char *name, CsPos pos)
{
    static int next_id = 1;
    CsSym *s = cs_check_alloc(sizeof *s);
    s->kind = kind;
    s->name = name;
    s->pos = pos;
    s->id = next_id++;
    return s;
}

bool cs_check_program(CsProgram *prog)
{
    cs_universe_init();
    Checker c = {0};
    c.prog = prog;
    for (int i = 0; i < prog->npkgs; i++) {
        cs_check_package(&c, prog->pkgs[i]);
        if (cs_check_nerrors()) break;
    }
    bool ok = cs_check_nerrors() == 0;
    cs_check_flush_errors();
    if (ok)
        for (int i = 0; i < prog->npkgs; i++) cs_escape_package(prog->pkgs[i]);
    return ok;
}
