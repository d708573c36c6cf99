/* gen_prune.c: drops the generated definitions nothing reachable uses.
 *
 * csc generates every function of every imported package (static, so gcc
 * drops the unreferenced ones), but gcc still has to read them: for a
 * program that only imports fmt, three quarters of the C text is functions
 * no path from main reaches, and parsing them is a third of gcc's time.
 * This pass does gcc's own reachability on the text first, as a linker
 * would: the sections that hold definitions (package variables, method
 * table and dispatch macros, descriptors, function bodies) are cut into
 * items, one top-level definition each; the roots are the items with
 * external linkage (rt_user_main, rt_functab, package variables); an item
 * is kept when a kept item names it (as an identifier token: string
 * literals and comments do not count). Macros are items too, reached when
 * code names them, and what their text names is reached with them. The
 * other sections (types, records, prototypes, descriptor declarations)
 * stay whole: they only declare.
 *
 * Items are found by layout, which the generator keeps: a definition
 * starts at column 0 with a letter, '_' or '#define'; its lines below are
 * indented, or are `{`, `}`, `};`, //line comments or labels (`exit_:`).
 * An item's name is the first identifier followed by `(`, `[`, `=` or `;`
 * on its first line, __attribute__((...)) skipped; for a macro, its name.
 * Invariant: pruning only ever drops what gcc would drop: a name it keeps
 * conservatively (a word that only looks like a reference) merely keeps
 * an item. Should the layout ever surprise it (an item without a name, two
 * items of one name, text before the first item), it leaves everything in
 * place.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

typedef struct Item {
    CsBuf *buf;
    size_t start, end;      /* [start, end) of buf->s */
    const char *name;
    bool root, kept;
} Item;

typedef struct Items {
    Item *v;
    int n, cap;
    int *slots, nslots;     /* open-addressing hash of item indices by name, -1 empty */
} Items;

static bool ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

static bool is_label(const char *line)
{
    const char *p = line;
    while (ident_char(*p))
        p++;
    return p > line && *p == ':' && p[1] != ':';
}

static bool starts_item(const char *line)
{
    if (*line == '#')
        return strncmp(line, "#define ", 8) == 0;
    return (isalpha((unsigned char)*line) || *line == '_') && !is_label(line);
}

/* Skips `__attribute__((...))` at p, if any. */
static const char *skip_attribute(const char *p)
{
    if (strncmp(p, "__attribute__", 13) != 0)
        return p;
    p += 13;
    int depth = 0;
    do {
        if (*p == '(')
            depth++;
        else if (*p == ')')
            depth--;
        else if (!*p || *p == '\n')
            return p;
        p++;
    } while (depth > 0);
    return p;
}

/* The name an item starting at line defines, or NULL. */
static const char *item_name(const char *line)
{
    if (*line == '#') {
        const char *w = line + 8, *p = w;
        while (ident_char(*p))
            p++;
        return p > w ? cs_gen_fmt("%.*s", (int)(p - w), w) : NULL;
    }
    for (const char *p = line; *p && *p != '\n';) {
        p = skip_attribute(p);
        if (!ident_char(*p)) {
            p++;
            continue;
        }
        const char *w = p;
        while (ident_char(*p))
            p++;
        const char *q = p;
        while (*q == ' ')
            q++;
        if (*q == '(' || *q == '[' || *q == '=' || *q == ';')
            return cs_gen_fmt("%.*s", (int)(p - w), w);
    }
    return NULL;
}

static unsigned hash(const char *s, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The index of the item named s[0..n), or -1. */
static int lookup(const Items *it, const char *s, size_t n)
{
    for (unsigned i = hash(s, n) % it->nslots;; i = (i + 1) % it->nslots) {
        int k = it->slots[i];
        if (k < 0)
            return -1;
        if (strncmp(it->v[k].name, s, n) == 0 && !it->v[k].name[n])
            return k;
    }
}

/* Cuts b into items; false when its layout is not the expected one. */
static bool split(Items *it, CsBuf *b)
{
    for (size_t at = 0; b->s && at < b->len;) {
        const char *line = b->s + at;
        const char *nl = strchr(line, '\n');
        size_t next = nl ? (size_t)(nl + 1 - b->s) : b->len;
        if (starts_item(line)) {
            if (it->n == it->cap) {
                it->cap = it->cap ? 2 * it->cap : 1024;
                it->v = realloc(it->v, it->cap * sizeof *it->v);
            }
            const char *name = item_name(line);
            if (!name)
                return false;
            bool external = *line != '#' && strncmp(line, "static ", 7) != 0;
            it->v[it->n++] = (Item){b, at, next, name, external, false};
        } else if (it->n && it->v[it->n - 1].buf == b) {
            it->v[it->n - 1].end = next;
        } else if (strspn(line, " \n") != (size_t)(next - at)) {
            return false;
        }
        at = next;
    }
    return true;
}

static bool index_names(Items *it)
{
    it->nslots = 2 * it->n + 1;
    it->slots = malloc(it->nslots * sizeof *it->slots);
    memset(it->slots, -1, it->nslots * sizeof *it->slots);
    for (int k = 0; k < it->n; k++) {
        const char *name = it->v[k].name;
        if (lookup(it, name, strlen(name)) >= 0)
            return false;
        unsigned i = hash(name, strlen(name)) % it->nslots;
        while (it->slots[i] >= 0)
            i = (i + 1) % it->nslots;
        it->slots[i] = k;
    }
    return true;
}

/* Past the string/char literal or comment at p (p itself if none). */
static const char *skip_literal(const char *p, const char *end)
{
    if (*p == '"' || *p == '\'') {
        char q = *p++;
        while (p < end && *p != q)
            p += *p == '\\' ? 2 : 1;
        return p + 1;
    }
    if (p[0] == '/' && p[1] == '/')
        return memchr(p, '\n', end - p) ? (const char *)memchr(p, '\n', end - p) : end;
    if (p[0] == '/' && p[1] == '*') {
        const char *e = strstr(p + 2, "*/");
        return e && e < end ? e + 2 : end;
    }
    return p;
}

/* Marks the items item k names, pushing the newly kept ones on work. */
static void mark_names(Items *it, int k, int *work, int *nwork)
{
    const char *p = it->v[k].buf->s + it->v[k].start, *end = it->v[k].buf->s + it->v[k].end;
    while (p < end) {
        const char *q = skip_literal(p, end);
        if (q != p) {
            p = q;
        } else if (ident_char(*p)) {
            const char *w = p;
            while (p < end && ident_char(*p))
                p++;
            int t = isdigit((unsigned char)*w) ? -1 : lookup(it, w, p - w);
            if (t >= 0 && !it->v[t].kept) {
                it->v[t].kept = true;
                work[(*nwork)++] = t;
            }
        } else {
            p++;
        }
    }
}

/* Rewrites each buffer with its kept items only. */
static void rewrite(Items *it)
{
    for (int k = 0; k < it->n;) {
        CsBuf *b = it->v[k].buf;
        CsBuf out = {0};
        for (; k < it->n && it->v[k].buf == b; k++)
            if (it->v[k].kept)
                cs_buf_printf(&out, "%.*s", (int)(it->v[k].end - it->v[k].start), b->s + it->v[k].start);
        free(b->s);
        *b = out;
    }
}

void cs_gen_prune(void)
{
    CsBuf *bufs[] = {&cs_gen->globals, &cs_gen->mtabs, &cs_gen->dispatch, &cs_gen->rtt_def, &cs_gen->funcs,
                     &cs_gen->wrappers};
    Items it = {0};
    for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++)
        if (!split(&it, bufs[i]))
            return;
    if (!index_names(&it))
        return;
    int *work = malloc((it.n + 1) * sizeof *work), nwork = 0;
    for (int k = 0; k < it.n; k++)
        if (it.v[k].root) {
            it.v[k].kept = true;
            work[nwork++] = k;
        }
    while (nwork > 0) {
        int k = work[--nwork];
        mark_names(&it, k, work, &nwork);
    }
    rewrite(&it);
    free(work);
    free(it.slots);
    free(it.v);
}
