/* linetab.c: the CS line table appended to each executable, for tracebacks.
 *
 * Go prints, per traceback frame, the line of the statement executing in
 * that frame. The C compiler knows which machine code came from which C
 * line (csc compiles with -g1: line tables, no variable info; the code
 * generated is the same as without), and codegen knows which C line came
 * from which .cs line: cs_gen_pos writes `//line file.cs:N` where the line
 * changes (with -g: `#line N "file.cs"`, which gcc applies itself). After
 * linking, cs_linetab_append joins the two:
 *   - it reads the generated C: each C line maps to the position of the
 *     last //line above it in the same function (a `}` in column 0 ends a
 *     function, so a prologue maps to nothing);
 *   - it reads the DWARF line rows of the generated C's compilation unit
 *     with elfutils' libdw: a row in the C file maps as above; a row in a
 *     .cs file (-g) stands as it is; a row in a runtime header (an inlined
 *     rt.h helper), or in the C file where no //line applies (a wrapper
 *     gcc inlined), takes the position of the call into it: the
 *     call_file/call_line of the innermost DW_TAG_inlined_subroutine called
 *     from the C file or a .cs file with a position;
 *   - an inlined_subroutine of a CS function (one defined in the C file)
 *     is recorded too: {address range, depth
 *     among such inlines, C name, the call's position}, so that the runtime
 *     prints inlined frames as Go does ("main.g(...)" at the line inside g,
 *     then main.f at the call);
 *   - it appends the result, ranges {address, file, line} sorted by
 *     address (line 0: none), the inlines and the names, to the end of the
 *     executable, outside every section and segment, with a trailer last
 *     (strip drops it; tracebacks then print func lines as before).
 * The program itself does no DWARF work: runtime/symtab.c copies the table
 * from /proc/self/exe at the first traceback (open/mmap only, usable in
 * signal handlers) and binary-searches it.
 *
 * libdw is loaded with dlopen, so that csc runs (without line numbers in
 * tracebacks) where it is missing; its header comes from libdw-dev.
 * Rejected: a hand-written DWARF reader (libdw is maintained and handles
 * every DWARF version gcc writes); reading DWARF in the program (libdw
 * mallocs, unsafe in the signal handlers that print tracebacks, and
 * parsing at start-up would cost every program); `#line` alone (lines of a
 * statement's C after the first would count up from its .cs line).
 * KEEP IN SYNC: runtime/symtab.c (table layout), codegen/gen_stmt.c
 * (cs_gen_pos's //line comments).
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "linetab.h"

#if __has_include(<elfutils/libdw.h>)
#include <dwarf.h>
#include <elfutils/libdw.h>

/* ---- the table ---------------------------------------------------------------- */

typedef struct Entry {          /* KEEP IN SYNC: runtime/symtab.c linerow */
    uint64_t addr;              /* link-time address where the range starts */
    uint32_t file;              /* offset of the file's path in the names */
    uint32_t line;              /* 0: no line */
} Entry;

typedef struct Inline {         /* KEEP IN SYNC: runtime/symtab.c lineinl */
    uint64_t lo, hi;            /* link-time address range */
    uint32_t depth;             /* 1 + CS functions inlined around this one */
    uint32_t name;              /* offset of the inlined function's C name */
    uint32_t file, line;        /* the call's position */
} Inline;

typedef struct Trailer {        /* KEEP IN SYNC: runtime/symtab.c linetrailer */
    uint64_t entries_off, nentries, inlines_off, ninlines, names_off, names_size;
    char magic[8];
} Trailer;

static const char magic[8] = "CSLINE01";

typedef struct Pos {
    uint32_t file, line;        /* as in Entry */
} Pos;

typedef struct Tab {
    char *names;                /* NUL-terminated absolute paths */
    size_t nnames, capnames;
    Pos *cmap;                  /* C line -> position */
    size_t ncmap;
    char **raw;                 /* source file names as written, */
    uint32_t *rawoff;           /* and their paths' offsets: realpath once each */
    size_t nraw;
} Tab;

/* Offset of string s in the names, added on first use. */
static uint32_t intern(Tab *t, const char *s)
{
    for (size_t off = 0; off < t->nnames; off += strlen(t->names + off) + 1)
        if (strcmp(t->names + off, s) == 0)
            return (uint32_t)off;
    size_t len = strlen(s) + 1;
    if (t->nnames + len > t->capnames) {
        t->capnames = 2 * (t->nnames + len);
        t->names = realloc(t->names, t->capnames);
    }
    memcpy(t->names + t->nnames, s, len);
    t->nnames += len;
    return (uint32_t)(t->nnames - len);
}

/* Offset of the absolute path of source file name[0:n] (as written in the
 * source) in the names. */
static uint32_t intern_path(Tab *t, const char *name, size_t n)
{
    for (size_t i = t->nraw; i-- > 0;)
        if (strncmp(t->raw[i], name, n) == 0 && t->raw[i][n] == 0)
            return t->rawoff[i];
    char raw[PATH_MAX], abs[PATH_MAX];
    snprintf(raw, sizeof raw, "%.*s", (int)n, name);
    t->raw = realloc(t->raw, (t->nraw + 1) * sizeof *t->raw);
    t->rawoff = realloc(t->rawoff, (t->nraw + 1) * sizeof *t->rawoff);
    t->raw[t->nraw] = strdup(raw);
    t->rawoff[t->nraw] = intern(t, realpath(raw, abs) ? abs : raw);
    return t->rawoff[t->nraw++];
}

static bool has_cs_suffix(const char *s)
{
    size_t n = strlen(s);
    return n > 3 && strcmp(s + n - 3, ".cs") == 0;
}

/* Reads the generated C's //line comments into t->cmap. */
static bool read_cmap(Tab *t, const char *cfile)
{
    FILE *f = fopen(cfile, "r");
    if (!f)
        return false;
    size_t cap = 1024;
    t->cmap = calloc(cap, sizeof *t->cmap);
    t->ncmap = 1;                           /* lines count from 1 */
    Pos cur = {0, 0};
    char *line = NULL;
    size_t linecap = 0;
    ssize_t n;
    while ((n = getline(&line, &linecap, f)) >= 0) {
        if (strncmp(line, "//line ", 7) == 0) {
            char *colon = strrchr(line, ':');
            if (colon && colon > line + 7) {
                cur.file = intern_path(t, line + 7, (size_t)(colon - line - 7));
                cur.line = (uint32_t)strtoul(colon + 1, NULL, 10);
            }
        } else if (line[0] == '}') {
            cur = (Pos){0, 0};
        }
        if (t->ncmap == cap) {
            cap *= 2;
            t->cmap = realloc(t->cmap, cap * sizeof *t->cmap);
        }
        t->cmap[t->ncmap++] = cur;
    }
    free(line);
    fclose(f);
    return true;
}

/* ---- DWARF, through a dlopen'ed libdw --------------------------------------------- */

#define DW_FUNCS(X)                                                                                          \
    X(dwarf_begin) X(dwarf_end) X(dwarf_nextcu) X(dwarf_offdie) X(dwarf_diename) X(dwarf_getsrclines)       \
    X(dwarf_onesrcline) X(dwarf_lineaddr) X(dwarf_lineno) X(dwarf_linesrc) X(dwarf_lineendsequence)         \
    X(dwarf_child) X(dwarf_siblingof) X(dwarf_tag) X(dwarf_ranges) X(dwarf_attr) X(dwarf_formudata)         \
    X(dwarf_getsrcfiles) X(dwarf_filesrc) X(dwarf_formref_die) X(dwarf_decl_file) X(dwarf_decl_line)

static struct {
#define FIELD(name) __typeof__(name) *name;
    DW_FUNCS(FIELD)
#undef FIELD
} dw;

static bool load_libdw(void)
{
    void *h = dlopen("libdw.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!h)
        return false;
#define LOAD(name) if (!(dw.name = (__typeof__(dw.name))dlsym(h, #name))) return false;
    DW_FUNCS(LOAD)
#undef LOAD
    return true;
}

typedef struct Row {
    uint64_t addr;
    Pos pos;
    bool header;                /* in a runtime header, or C without a //line: position
                                   from the inline call */
    uint32_t seq;               /* order among rows at the same address */
} Row;

typedef struct Paint {          /* header rows in [lo, hi) take pos */
    uint64_t lo, hi;
    Pos pos;
} Paint;

typedef struct Walk {
    Tab *t;
    const char *cfile;
    Dwarf_Files *files;
    Row *rows;
    size_t nrows;
    Inline *inl;                /* CS functions gcc inlined */
    size_t ninl, capinl;
    Paint *paint;               /* outer inline calls first */
    size_t npaint, cappaint;
} Walk;

/* Position of line `line` of DWARF file `name`: through the //line map in
 * the C file, as is in a .cs file; false in any other file. */
static bool position(Walk *w, const char *name, uint64_t line, Pos *out)
{
    if (strcmp(name, w->cfile) == 0) {
        *out = line < w->t->ncmap ? w->t->cmap[line] : (Pos){0, 0};
        return true;
    }
    if (has_cs_suffix(name)) {
        *out = (Pos){intern_path(w->t, name, strlen(name)), (uint32_t)line};
        return true;
    }
    return false;
}

static void add_paint(Walk *w, Paint p)
{
    if (w->npaint == w->cappaint) {
        w->cappaint = w->cappaint ? 2 * w->cappaint : 256;
        w->paint = realloc(w->paint, w->cappaint * sizeof *w->paint);
    }
    w->paint[w->npaint++] = p;
}

/* Index of the first of rows[0:n] (sorted) with addr >= a. */
static size_t first_row(const Row *rows, size_t n, uint64_t a)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (rows[m].addr < a)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}

static int by_addr(const void *a, const void *b)
{
    const Row *x = a, *y = b;
    if (x->addr != y->addr)
        return x->addr < y->addr ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Positions the header rows from the inline calls around them. One row
 * may hold several calls' code (gcc writes a row where the header line
 * changes, not where the inline call does): rows are first split at every
 * call's bounds, then painted, outer calls first so that inner ones win. */
static void paint_rows(Walk *w)
{
    size_t n = w->nrows;
    w->rows = realloc(w->rows, (n + 2 * w->npaint + 1) * sizeof *w->rows);
    for (size_t i = 0; i < w->npaint; i++)
        for (int end = 0; end < 2; end++) {
            uint64_t a = end ? w->paint[i].hi : w->paint[i].lo;
            size_t r = first_row(w->rows, n, a);
            if (r < n && w->rows[r].addr == a)
                continue;
            if (r == 0 || !w->rows[r - 1].header)
                continue;
            Row split = w->rows[r - 1];
            split.addr = a;
            split.seq = (uint32_t)w->nrows;
            w->rows[w->nrows++] = split;
        }
    qsort(w->rows, w->nrows, sizeof *w->rows, by_addr);
    for (size_t i = 0; i < w->npaint; i++)
        for (size_t r = first_row(w->rows, w->nrows, w->paint[i].lo); r < w->nrows && w->rows[r].addr < w->paint[i].hi; r++)
            if (w->rows[r].header)
                w->rows[r].pos = w->paint[i].pos;
}

/* The C name of the function die is (an instance of), or NULL; sets
 * *cs when it is defined in the C file or a .cs file (a CS function, not a
 * runtime helper). The body F_regs_ of a function with the register ABI
 * (codegen/gen_func.c) is named F, the function it is (csc exits soon
 * after: the copy is not freed). */
static const char *func_name(Walk *w, Dwarf_Die *die, bool *cs)
{
    Dwarf_Attribute a;
    Dwarf_Die origin;
    if (dw.dwarf_attr(die, DW_AT_abstract_origin, &a) && dw.dwarf_formref_die(&a, &origin))
        die = &origin;
    const char *file = dw.dwarf_decl_file(die);
    *cs = file && (strcmp(file, w->cfile) == 0 || has_cs_suffix(file));     /* .cs: -g's #line */
    const char *name = dw.dwarf_diename(die), *regs = "_regs_";
    size_t n = name ? strlen(name) : 0, k = strlen(regs);
    return n > k && strcmp(name + n - k, regs) == 0 ? strndup(name, n - k) : name;
}

static void add_inline(Walk *w, Inline in)
{
    if (w->ninl == w->capinl) {
        w->capinl = w->capinl ? 2 * w->capinl : 256;
        w->inl = realloc(w->inl, w->capinl * sizeof *w->inl);
    }
    w->inl[w->ninl++] = in;
}

/* Is die, an inlined instance of the function around it called from
 * call_line, a part of that function gcc split off (f.part.0) and inlined
 * back? gcc gives such a call the function's own declaration line; a
 * recursive call gcc inlined (gen_func.c hints self-recursive functions
 * inline) has the line of the call, and is a frame of its own. */
static bool split_part(Dwarf_Die *die, Dwarf_Word call_line)
{
    int decl;
    return dw.dwarf_decl_line(die, &decl) == 0 && (Dwarf_Word)decl == call_line;
}

/* Walks the children of die, inside `depth` inlined CS functions, the
 * innermost function (inlined or not) being `outer`: an
 * inlined_subroutine called from the C file or a .cs file positions the
 * header rows within its ranges; one that inlines a CS function is
 * recorded, for the runtime to print as a frame of its own (call position
 * 0 where unknown), except a part of outer itself that gcc split off and
 * inlined back (split_part). A call from inside an inlined helper without
 * //line positions (a register ABI wrapper, the function of a method value
 * or expression: gen_func.c) has no position of its own: it takes `via`,
 * the position of the call into the helper. */
static void walk_inlines(Walk *w, Dwarf_Die *die, uint32_t depth, const char *outer, Pos via)
{
    Dwarf_Die child;
    if (dw.dwarf_child(die, &child) != 0)
        return;
    do {
        int tag = dw.dwarf_tag(&child);
        uint32_t inner = depth;
        Pos inner_via = via;
        bool cs = false;
        const char *name = tag == DW_TAG_lexical_block ? outer : func_name(w, &child, &cs);
        if (tag == DW_TAG_inlined_subroutine) {
            Dwarf_Attribute fa, la;
            Dwarf_Word fidx, line;
            const char *src;
            Pos pos;
            bool call = dw.dwarf_attr(&child, DW_AT_call_file, &fa) && dw.dwarf_attr(&child, DW_AT_call_line, &la) &&
                        dw.dwarf_formudata(&fa, &fidx) == 0 && dw.dwarf_formudata(&la, &line) == 0;
            bool self = outer && name && strcmp(name, outer) == 0;
            const char *fn = cs && name && !(self && (!call || split_part(&child, line))) ? name : NULL;
            if (!call || !(src = dw.dwarf_filesrc(w->files, fidx, NULL, NULL)) || !position(w, src, line, &pos) ||
                pos.line == 0)
                pos = via;              /* e.g. called from a wrapper or go thunk: no //line there */
            inner_via = pos;
            uint32_t cname = fn ? intern(w->t, fn) : 0;
            inner += fn != NULL;
            Dwarf_Addr base, lo, hi;
            for (ptrdiff_t off = 0; (off = dw.dwarf_ranges(&child, off, &base, &lo, &hi)) > 0;) {
                if (pos.line != 0)
                    add_paint(w, (Paint){lo, hi, pos});
                if (fn)
                    add_inline(w, (Inline){lo, hi, inner, cname, pos.file, pos.line});
            }
        }
        if (tag == DW_TAG_subprogram || tag == DW_TAG_lexical_block || tag == DW_TAG_inlined_subroutine)
            walk_inlines(w, &child, inner, name, inner_via);
    } while (dw.dwarf_siblingof(&child, &child) == 0);
}

/* The rows of the compilation unit of cfile, positioned. */
static bool read_rows(Walk *w, Dwarf *dbg)
{
    Dwarf_Off off = 0, next;
    size_t hsize;
    while (dw.dwarf_nextcu(dbg, off, &next, &hsize, NULL, NULL, NULL) == 0) {
        Dwarf_Die cu;
        const char *name;
        Dwarf_Lines *lines;
        size_t nlines;
        if (dw.dwarf_offdie(dbg, off + hsize, &cu) && (name = dw.dwarf_diename(&cu)) &&
            strcmp(name, w->cfile) == 0 && dw.dwarf_getsrclines(&cu, &lines, &nlines) == 0 &&
            dw.dwarf_getsrcfiles(&cu, &w->files, &(size_t){0}) == 0) {
            w->rows = calloc(nlines + 1, sizeof *w->rows);
            for (size_t i = 0; i < nlines; i++) {
                Dwarf_Line *l = dw.dwarf_onesrcline(lines, i);
                Dwarf_Addr addr;
                int lineno;
                bool end = false;
                const char *src;
                if (!l || dw.dwarf_lineaddr(l, &addr) != 0 || dw.dwarf_lineno(l, &lineno) != 0 ||
                    dw.dwarf_lineendsequence(l, &end) != 0 || !(src = dw.dwarf_linesrc(l, NULL, NULL)))
                    continue;
                Row *r = &w->rows[w->nrows];
                r->seq = (uint32_t)w->nrows++;
                r->addr = addr;
                /* a C line without //line (a wrapper's body) also takes the
                 * position of the inline call around it, if any */
                r->header = !end && (!position(w, src, (uint64_t)lineno, &r->pos) || r->pos.line == 0);
                if (end || r->header)
                    r->pos = (Pos){0, 0};
            }
            walk_inlines(w, &cu, 0, NULL, (Pos){0, 0});
            paint_rows(w);
            return true;
        }
        off = next;
    }
    return false;
}

/* ---- output ------------------------------------------------------------------- */

static bool write_all(int fd, const void *p, size_t n)
{
    for (const char *s = p; n > 0;) {
        ssize_t k = write(fd, s, n);
        if (k <= 0)
            return false;
        s += k;
        n -= (size_t)k;
    }
    return true;
}

/* Merges rows into ranges (a later row at the same address wins, equal
 * neighbours join) and appends them, the inlines, the names and the
 * trailer to exe. */
static void append(const char *exe, Walk *w)
{
    Entry *e = calloc(w->nrows + 1, sizeof *e);
    size_t n = 0;
    for (size_t i = 0; i < w->nrows; i++) {
        Row *r = &w->rows[i];
        if (n > 0 && e[n - 1].addr == r->addr)
            n--;
        if (n > 0 && e[n - 1].file == r->pos.file && e[n - 1].line == r->pos.line)
            continue;
        e[n++] = (Entry){r->addr, r->pos.file, r->pos.line};
    }
    int fd = open(exe, O_WRONLY | O_APPEND);
    off_t end = fd >= 0 ? lseek(fd, 0, SEEK_END) : -1;
    if (end >= 0) {
        Trailer tr = {.entries_off = (uint64_t)end,
                      .nentries = n,
                      .inlines_off = (uint64_t)end + n * sizeof *e,
                      .ninlines = w->ninl,
                      .names_off = (uint64_t)end + n * sizeof *e + w->ninl * sizeof *w->inl,
                      .names_size = w->t->nnames};
        memcpy(tr.magic, magic, sizeof magic);
        if (!write_all(fd, e, n * sizeof *e) || !write_all(fd, w->inl, w->ninl * sizeof *w->inl) ||
            !write_all(fd, w->t->names, w->t->nnames) || !write_all(fd, &tr, sizeof tr))
            (void)!ftruncate(fd, end);      /* no table rather than a broken one */
    }
    if (fd >= 0)
        close(fd);
    free(e);
}

void cs_linetab_append(const char *exe, const char *cfile)
{
    static int loaded;                      /* 0 untried, 1 ok, -1 missing */
    if (loaded == 0)
        loaded = load_libdw() ? 1 : -1;
    if (loaded < 0)
        return;
    Tab t = {0};
    Walk w = {.t = &t, .cfile = cfile};
    int fd = open(exe, O_RDONLY);
    Dwarf *dbg = fd >= 0 ? dw.dwarf_begin(fd, DWARF_C_READ) : NULL;
    if (dbg && read_cmap(&t, cfile) && read_rows(&w, dbg) && w.nrows > 0)
        append(exe, &w);
    if (dbg)
        dw.dwarf_end(dbg);
    if (fd >= 0)
        close(fd);
    free(w.rows);
    free(w.inl);
    free(w.paint);
    free(t.cmap);
    free(t.names);
    for (size_t i = 0; i < t.nraw; i++)
        free(t.raw[i]);
    free(t.raw);
    free(t.rawoff);
}

#else /* no libdw-dev: no line table */

void cs_linetab_append(const char *exe, const char *cfile)
{
    (void)exe;
    (void)cfile;
}

#endif
