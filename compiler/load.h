/* Loading a program: the user's files (package main) and, recursively,
 * every stdlib package they import, parsed into a CsProgram whose
 * packages come in dependency order (a package after all it imports,
 * main last), as check/ and codegen/ expect.
 */
#ifndef CS_LOAD_H
#define CS_LOAD_H

#include <stdbool.h>
#include "types.h"

/* Reads a whole file into memory (NUL-terminated; *len excludes the NUL).
 * Reports "csc: ..." and returns NULL for a missing/unreadable file or a
 * directory. */
char *cs_load_read_file(const char *path, size_t *len);

/* Parses `files` (package main) and the stdlib packages under
 * `stdlib_dir` they import into *prog. Reports errors through diag.h and
 * returns false after any. */
bool cs_load_program(char *const *files, int nfiles, const char *stdlib_dir, CsProgram *prog);

#endif
