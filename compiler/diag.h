/* Diagnostics: source positions, error reporting with the source line and a
 * caret, in the form C and Go compilers use:
 *
 *   prog.cs:12:5: error: undefined: foo
 *       x := foo + 1
 *            ^
 *
 * Every source file read by the compiler (user files and the embedded
 * stdlib files) is registered here and gets a small integer id; a CsPos
 * names a file by that id. Lines and columns count from 1; columns count
 * bytes, as gc's do.
 *
 * Errors do not stop compilation: the front end keeps going and the driver
 * checks cs_diag_error_count() between stages. The CS_DIAG_MAX_ERRORS-th
 * error is followed by "FILE:L:C: too many errors" (its position) and exit
 * status 1, as in gc. As gc does, only the first "syntax error..." of a
 * line is printed, and a message equal to the previous one on the same
 * line is dropped; dropped errors are not counted.
 */
#ifndef CS_DIAG_H
#define CS_DIAG_H

#include <stdbool.h>
#include <stddef.h>

#define CS_DIAG_MAX_ERRORS 10

typedef struct CsPos {
    int file;   /* id from cs_diag_add_file; 0 means "no position" */
    int line;   /* 1-based */
    int col;    /* 1-based, in bytes */
} CsPos;

/* Registers a source file; `text` (len bytes, need not be NUL-free) must
 * stay alive for the whole compilation. Returns the file id (>= 1). */
int cs_diag_add_file(const char *name, const char *text, size_t len);

/* The registered name of file id `file`. */
const char *cs_diag_file_name(int file);

/* The registered text of file id `file` (its length in *len). */
const char *cs_diag_file_text(int file, size_t *len);

/* Writes pos as errors print it, "FILE:LINE:COL", into buf (n bytes), for
 * messages that point elsewhere: "multiple defaults (first at f.cs:5:2)". */
void cs_diag_pos_format(CsPos pos, char *buf, size_t n);

/* Reports an error at `pos` (printf-style message, no trailing newline).
 * Prints the source line and a caret when pos names a file. */
void cs_error_at(CsPos pos, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Reports an error that has no position (driver errors: "csc: ..."). */
void cs_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Errors reported so far. */
int cs_diag_error_count(void);

/* Forgets every registered file and error (tests and the fuzzer, which
 * handle many inputs in one process). Earlier file ids become invalid. */
void cs_diag_reset(void);

/* Sets how many errors end the compilation with "too many errors"
 * (default CS_DIAG_MAX_ERRORS; 0: no limit, for the fuzzer, which must
 * never exit). */
void cs_diag_set_error_limit(int limit);

#endif
