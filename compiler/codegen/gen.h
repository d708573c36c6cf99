/* gen.h: the code generator's entry point. Turns a checked CsProgram into
 * one C translation unit that includes only "rt.h" (runtime/rt.h).
 *
 * The driver (csc.c) calls cs_gen_program after cs_check_program succeeded;
 * a failure here is an internal error (csc bug), reported through diag.h.
 */
#ifndef CS_GEN_H
#define CS_GEN_H

#include <stdbool.h>
#include <stdio.h>
#include "types.h"

typedef struct CsGenOptions {
    bool line_directives;   /* -g: emit #line "file.cs" N before statements */
    bool preempt_checks;    /* RT_CHECK() at function entries and loop back-edges (default on) */
} CsGenOptions;

bool cs_gen_program(CsProgram *prog, FILE *out, const CsGenOptions *opt);

#endif
