/* symtab.h: program counters to CS functions, for tracebacks (trace.c).
 * See symtab.c for how. Internal to the runtime. */
#ifndef RT_SYMTAB_H
#define RT_SYMTAB_H

#include "rt.h"

/* What the code holding a pc is, for CS function fn. */
typedef enum rt_symkind {
    RT_SYM_FUNC,            /* fn itself (or a part gcc split off or cloned) */
    RT_SYM_WRAPPER,         /* a wrapper calling fn: function value (_fv),
                               interface method (_w, _pw); gcc often inlines
                               fn into it */
    RT_SYM_GO_THUNK,        /* the thunk of a `go` statement in fn (_goN) */
    RT_SYM_METHOD_VALUE,    /* the function of a method value or method
                               expression written in fn (_mvN, _meN): Go
                               hides its -fm and method expression wrappers */
    RT_SYM_GROW,            /* fn's entry check calling fn again on a new
                               stack segment (_grow_, gen_func.c) */
} rt_symkind;

typedef struct rt_symfunc {
    const rt_funcinfo *fn;  /* the CS function (rt_functab entry) */
    uintptr_t start;        /* address of the ELF symbol holding the pc */
    rt_symkind kind;
} rt_symfunc;

/* Finds the CS function whose code holds pc; false for runtime, libc and
 * anything else, or when the executable's symbols cannot be read. The first
 * call reads them (open/mmap only: usable from signal handlers); safe from
 * several threads at once. */
bool rt_symtab_find(uintptr_t pc, rt_symfunc *out);

/* The .cs file and line of the code at pc, from the line table csc
 * appends to the executable; false where it has none (runtime code, a
 * function's prologue, no table). Same safety as rt_symtab_find. */
bool rt_symtab_line(uintptr_t pc, const char **file, int32_t *line);

/* A CS function gcc inlined into the code at a pc, and where it was
 * called (in the function around it). */
typedef struct rt_inlined {
    const rt_funcinfo *fn;
    const char *callfile;
    int32_t callline;
} rt_inlined;

/* Fills out[0..n-1] with the CS functions inlined at pc, innermost first,
 * and returns n (0: none known; at most max). */
int rt_symtab_inlined(uintptr_t pc, rt_inlined *out, int max);

#endif
