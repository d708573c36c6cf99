/* libFuzzer harness for the front end: each input is one source file,
 * scanned and parsed in memory; when CSC_FUZZ_CHECK=1 is set and the
 * parse succeeds, the file is also type-checked as package main (imports
 * then fail as unknown packages, which is fine: the point is that no
 * input crashes the compiler).
 *
 * Build: cmake -DCSC_FUZZ=ON -DCMAKE_C_COMPILER=clang ..; make fuzz_frontend
 * Run:   ./fuzz_frontend -close_fd_mask=2 -dict=tests/fuzz/cs.dict corpus/
 *        (mask 2 hides csc's diagnostics; seed the corpus with the .cs
 *        files of tests/ and samples/; full commands in tests/RELIABILITY.md)
 *
 * Between inputs the front end's state is dropped: the diagnostics
 * registry (cs_diag_reset) and the AST arena (cs_ast_free_all). The error
 * limit is lifted so that "too many errors" never calls exit(). The
 * checker keeps global state that points into the AST (it is built for
 * one program per process: interned struct and interface types hold field
 * and method names from the AST), so with CSC_FUZZ_CHECK=1 the AST is never
 * freed, and leaks must be ignored: run with -detect_leaks=0 and -fork=1,
 * which runs the inputs in a series of short-lived child processes, so the
 * leaked memory is returned every few seconds (a child that still reaches
 * -rss_limit_mb counts as an "oom" and is replaced).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "parse.h"
#include "types.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    cs_diag_set_error_limit(0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = 0;
    cs_diag_reset();
    CsNode *file = cs_parse_file(cs_diag_add_file("fuzz.cs", text, size));
    const char *env = getenv("CSC_FUZZ_CHECK");
    bool check = env && !strcmp(env, "1");
    if (file && check && !strcmp(file->name, "main")) {
        CsPackage pkg = {.path = "main", .name = "main", .cprefix = "main", .files = file};
        CsPackage *pkgs[] = {&pkg};
        CsProgram prog = {.pkgs = pkgs, .npkgs = 1, .main = &pkg};
        cs_check_program(&prog);
    }
    if (!check) {
        cs_ast_free_all();
        free(text);
    }
    return 0;
}
