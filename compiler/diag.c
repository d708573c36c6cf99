/* Diagnostics: the registry of source files and the error printer.
 *
 * Files are kept in a growing array indexed by id - 1; the text is owned
 * by the caller (the loader keeps every file alive until exit), so an
 * error can always quote its line. Nothing here indexes lines in advance:
 * at most CS_DIAG_MAX_ERRORS messages are printed, and finding a line is
 * a scan back and forth from the error's byte, which we locate by walking
 * lines from the start of the file (cheap next to reading the file).
 *
 * Caret line: the source prefix before the column is copied with every
 * tab kept and every other character turned into one space (a UTF-8
 * sequence counts as one character), so the caret sits under the error
 * whatever the terminal's tab width. The quoted line is printed as it
 * is in the file (gc does the same), minus a trailing '\r'.
 *
 * Like gc, "too many errors" follows the 10th error, at its position,
 * and the compiler exits with status 1. Also like gc, only the first
 * syntax error of a line is shown, and an error repeating the previous
 * one's message on the same line is dropped (neither counts).
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct SrcFile {
    const char *name;
    const char *text;
    size_t len;
} SrcFile;

static SrcFile *files;
static int nfiles, capfiles;
static int nerrors;
static int error_limit = CS_DIAG_MAX_ERRORS;
static CsPos last_syntax, last_other;   /* for is_repeat */
static char last_msg[256];

int cs_diag_add_file(const char *name, const char *text, size_t len)
{
    if (nfiles == capfiles) {
        capfiles = capfiles ? 2 * capfiles : 16;
        files = realloc(files, capfiles * sizeof *files);
        if (!files) {
            fputs("csc: out of memory\n", stderr);
            exit(1);
        }
    }
    files[nfiles] = (SrcFile){name, text, len};
    return ++nfiles;
}

const char *cs_diag_file_name(int file)
{
    return file >= 1 && file <= nfiles ? files[file - 1].name : "<unknown>";
}

void cs_diag_reset(void)
{
    nerrors = 0;
    nfiles = 0;
    last_syntax = last_other = (CsPos){0, 0, 0};
}

void cs_diag_set_error_limit(int limit)
{
    error_limit = limit;
}

const char *cs_diag_file_text(int file, size_t *len)
{
    if (file < 1 || file > nfiles) {
        *len = 0;
        return "";
    }
    *len = files[file - 1].len;
    return files[file - 1].text;
}

int cs_diag_error_count(void)
{
    return nerrors;
}

/* Start of 1-based line `line` in f, or NULL past the end. */
static const char *line_start(const SrcFile *f, int line)
{
    const char *s = f->text, *end = f->text + f->len;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(s, '\n', end - s);
        if (!nl)
            return NULL;
        s = nl + 1;
    }
    return s;
}

static void print_source_line(const SrcFile *f, int line, int col)
{
    const char *s = line_start(f, line);
    if (!s)
        return;
    const char *end = f->text + f->len;
    const char *e = memchr(s, '\n', end - s);
    if (!e)
        e = end;
    if (e > s && e[-1] == '\r')
        e--;
    fwrite(s, 1, e - s, stderr);
    fputc('\n', stderr);
    const char *caret = s + (col - 1);
    if (caret > e)
        caret = e;
    for (const char *c = s; c < caret; c++) {
        unsigned char ch = (unsigned char)*c;
        if (ch == '\t')
            fputc('\t', stderr);
        else if ((ch & 0xC0) != 0x80 || c == s)
            fputc(' ', stderr);
    }
    fputs("^\n", stderr);
}

/* After the error at pos was printed: stop at the limit, as gc does. */
static void count_error(CsPos pos)
{
    if (++nerrors < error_limit || error_limit <= 0)
        return;
    if (pos.file)
        fprintf(stderr, "%s:%d:%d: ", cs_diag_file_name(pos.file), pos.line, pos.col);
    fputs("too many errors\n", stderr);
    exit(1);
}

static bool same_line(CsPos a, CsPos b)
{
    return a.file && a.file == b.file && a.line == b.line;
}

/* gc's filters: one syntax error per line, and no repeat of the same
 * message on the same line. */
static bool is_repeat(CsPos pos, const char *msg)
{
    if (!strncmp(msg, "syntax error", 12)) {
        if (same_line(last_syntax, pos))
            return true;
        last_syntax = pos;
        return false;
    }
    if (same_line(last_other, pos) && !strncmp(last_msg, msg, sizeof last_msg - 1))
        return true;
    last_other = pos;
    snprintf(last_msg, sizeof last_msg, "%.*s", (int)sizeof last_msg - 1, msg);
    return false;
}

void cs_diag_pos_format(CsPos pos, char *buf, size_t n)
{
    if (pos.file >= 1 && pos.file <= nfiles)
        snprintf(buf, n, "%s:%d:%d", cs_diag_file_name(pos.file), pos.line, pos.col);
    else
        snprintf(buf, n, "-");
}

void cs_error_at(CsPos pos, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    bool located = pos.file >= 1 && pos.file <= nfiles;
    if (located && is_repeat(pos, msg))
        return;
    if (located)
        fprintf(stderr, "%s:%d:%d: error: %s\n", cs_diag_file_name(pos.file), pos.line, pos.col, msg);
    else
        fprintf(stderr, "csc: error: %s\n", msg);
    if (located)
        print_source_line(&files[pos.file - 1], pos.line, pos.col);
    count_error(located ? pos : (CsPos){0, 0, 0});
}

void cs_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("csc: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    count_error((CsPos){0, 0, 0});
}
