/* symtab.c: program counters to CS functions, for tracebacks.
 *
 * The generated program defines rt_functab (rt.h, written by
 * compiler/codegen/gen_trace.c): C symbol name -> Go name, file, line,
 * sorted by C name. Addresses come from the executable's own ELF symbol
 * table (.symtab of /proc/self/exe, which csc does not strip): the first
 * lookup maps the file, keeps every STT_FUNC symbol whose name (up to the
 * first '.', so gcc's "f.cold", "f.constprop.0" and "f.isra.0" parts count
 * as f) is in rt_functab, or is one of gen_func.c's wrappers of such a
 * function (`f_fv`, `f_w`, `f_pw`, `f_sw`), its stack-growing entry check
 * (`f_grow_`), the thunk `f_goN` of a go statement in f or the function
 * `f_mvN`, `f_meN` of a method value or expression in f, as an address
 * range; sorts the ranges and unmaps the file.
 * Later lookups are a binary search.
 *
 * Why this way: it costs a program nothing until a traceback is printed:
 * no start-up work, no addresses taken in the generated code (which would
 * keep static functions alive and change gcc's inlining and cloning), no
 * per-call bookkeeping. Rejected: an address table sorted at start-up
 * (misses the split and cloned parts gcc makes, start-up cost), dladdr
 * (sees only dynamic symbols), DWARF (only with -g).
 *
 * The lookup runs inside fatal signal handlers and with runtime locks held,
 * so it uses only system calls and its own heap sort on mmap'd memory (glibc
 * qsort may malloc). The first caller builds the index while any other
 * spins (state 1); the index is never freed. The load bias of the PIE is
 * found from the symbol of rt_symtab_find itself.
 *
 * Lines. csc appends a line table to the executable (compiler/linetab.c):
 * ranges {link-time address, file, line} sorted by address, the file
 * names, and a trailer at the very end of the file; also the address
 * ranges of CS functions gcc inlined, with their call positions. build()
 * copies them into mmap'd memory too: rt_symtab_line is a binary search,
 * rt_symtab_inlined a scan (tracebacks only).
 *
 * Where it fails (no /proc, stripped binary, descriptors exhausted) lookups
 * find nothing and tracebacks print goroutine headers only; without the
 * line table (strip drops it) rt_symtab_line finds nothing and tracebacks
 * print each function's func line.
 */
#include "symtab.h"

#include <elf.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Absent when the runtime is linked without a csc program (unit tests). */
#pragma weak rt_functab
#pragma weak rt_nfunctab

typedef struct symrange {
    uintptr_t lo, hi;
    int32_t fn;             /* index in rt_functab */
    rt_symkind kind;
} symrange;

/* The line table's layout. KEEP IN SYNC: compiler/linetab.c */
typedef struct linerow {
    uint64_t addr;          /* link-time address where the range starts */
    uint32_t file;          /* offset of the path in the names */
    uint32_t line;          /* 0: none */
} linerow;

typedef struct lineinl {
    uint64_t lo, hi;        /* link-time address range */
    uint32_t depth;         /* 1 + CS functions inlined around this one */
    uint32_t name;          /* offset of the inlined function's C name */
    uint32_t file, line;    /* the call's position */
} lineinl;

typedef struct linetrailer {
    uint64_t rows_off, nrows, inl_off, ninl, names_off, names_size;
    char magic[8];          /* "CSLINE01" */
} linetrailer;

static symrange *ranges;
static int64_t nranges;
static uintptr_t bias;      /* load address - link-time address */
static const linerow *rows;
static int64_t nrows;
static const lineinl *inls;
static int64_t ninls;
static const char *names;
static uint64_t names_size;
static uint32_t state;      /* 0 unread, 1 being read, 2 ready */

/* ---- names ------------------------------------------------------------------ */

/* Index of the rt_functab entry whose cname is s[0:n], or -1. */
static int64_t func_index(const char *s, size_t n) {
    int64_t lo = 0, hi = rt_nfunctab;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        const char *c = rt_functab[mid].cname;
        int cmp = strncmp(c, s, n);
        if (cmp == 0 && c[n] != 0)
            cmp = 1;
        if (cmp == 0)
            return mid;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* Index of the function that symbol name[0:n] wraps (suffix `_fv`, `_w`,
 * `_pw`, `_sw`), grows the stack for (`_grow_`), starts goroutines from
 * (`_goN`) or makes method values in (`_mvN`, `_meN`), or -1; sets *kind. */
static int64_t wrapped_index(const char *name, size_t n, rt_symkind *kind) {
    static const struct {
        const char *suffix;
        rt_symkind kind;
    } wrappers[] = {{"_fv", RT_SYM_WRAPPER}, {"_w", RT_SYM_WRAPPER}, {"_pw", RT_SYM_WRAPPER},
                    {"_sw", RT_SYM_WRAPPER}, {"_grow_", RT_SYM_GROW}};
    for (size_t i = 0; i < sizeof wrappers / sizeof wrappers[0]; i++) {
        size_t k = strlen(wrappers[i].suffix);
        if (n > k && strncmp(name + n - k, wrappers[i].suffix, k) == 0) {
            *kind = wrappers[i].kind;
            return func_index(name, n - k);
        }
    }
    static const struct {
        const char *suffix;     /* followed by a number */
        rt_symkind kind;
    } numbered[] = {{"_go", RT_SYM_GO_THUNK}, {"_mv", RT_SYM_METHOD_VALUE}, {"_me", RT_SYM_METHOD_VALUE}};
    size_t d = n;
    while (d > 0 && name[d - 1] >= '0' && name[d - 1] <= '9')
        d--;
    for (size_t i = 0; d < n && i < sizeof numbered / sizeof numbered[0]; i++)
        if (d > 3 && strncmp(name + d - 3, numbered[i].suffix, 3) == 0) {
            *kind = numbered[i].kind;
            return func_index(name, d - 3);
        }
    return -1;
}

/* Fills r's fn and kind for symbol `name`; false if not a CS function. */
static bool classify(const char *name, symrange *r) {
    size_t n = strcspn(name, ".");
    int64_t i = func_index(name, n);
    r->kind = RT_SYM_FUNC;
    if (i < 0)
        i = wrapped_index(name, n, &r->kind);
    r->fn = (int32_t)i;
    return i >= 0;
}

/* ---- the index -------------------------------------------------------------- */

static void sift(symrange *a, int64_t i, int64_t n) {
    for (;;) {
        int64_t c = 2 * i + 1;
        if (c >= n)
            return;
        if (c + 1 < n && a[c].lo < a[c + 1].lo)
            c++;
        if (a[i].lo >= a[c].lo)
            return;
        symrange t = a[i];
        a[i] = a[c];
        a[c] = t;
        i = c;
    }
}

static void sort_ranges(symrange *a, int64_t n) {
    for (int64_t i = n / 2; i-- > 0;)
        sift(a, i, n);
    for (int64_t e = n; e-- > 1;) {
        symrange t = a[0];
        a[0] = a[e];
        a[e] = t;
        sift(a, 0, e);
    }
}

/* Scans the symbols twice: the first pass finds the load bias and counts,
 * the second fills the index. */
static void index_symbols(const Elf64_Sym *syms, size_t nsyms, const char *strs, size_t strsize) {
    bool have_bias = false;
    int64_t count = 0;
    symrange r;
    for (size_t i = 0; i < nsyms; i++) {
        const Elf64_Sym *s = &syms[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_value == 0 || s->st_name >= strsize)
            continue;
        const char *name = strs + s->st_name;
        if (strcmp(name, "rt_symtab_find") == 0) {
            bias = (uintptr_t)rt_symtab_find - (uintptr_t)s->st_value;
            have_bias = true;
        }
        count += classify(name, &r);
    }
    if (!have_bias || count == 0)
        return;
    void *mem = mmap(NULL, (size_t)count * sizeof(symrange), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                     -1, 0);
    if (mem == MAP_FAILED)
        return;
    symrange *a = mem;
    int64_t n = 0;
    for (size_t i = 0; i < nsyms && n < count; i++) {
        const Elf64_Sym *s = &syms[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_value == 0 || s->st_name >= strsize ||
            !classify(strs + s->st_name, &r))
            continue;
        r.lo = (uintptr_t)s->st_value + bias;
        r.hi = r.lo + (s->st_size ? s->st_size : 1);
        a[n++] = r;
    }
    sort_ranges(a, n);
    ranges = a;
    nranges = n;
}

/* Copies the line table from the end of the mapped executable, if there
 * is a well-formed one. */
static void copy_lines(const char *base, size_t size) {
    linetrailer tr;
    if (size < sizeof tr)
        return;
    memcpy(&tr, base + size - sizeof tr, sizeof tr);
    uint64_t end = size - sizeof tr;
    if (memcmp(tr.magic, "CSLINE01", 8) != 0 || tr.rows_off > end || tr.nrows > (end - tr.rows_off) / sizeof(linerow) ||
        tr.inl_off != tr.rows_off + tr.nrows * sizeof(linerow) || tr.ninl > (end - tr.inl_off) / sizeof(lineinl) ||
        tr.names_off != tr.inl_off + tr.ninl * sizeof(lineinl) || tr.names_size > end - tr.names_off ||
        tr.nrows == 0 || tr.names_size == 0)
        return;
    size_t n = (size_t)(tr.names_off + tr.names_size - tr.rows_off);
    void *mem = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        return;
    memcpy(mem, base + tr.rows_off, n);
    ((char *)mem)[n - 1] = 0;       /* names end with a NUL, even in a damaged file */
    rows = mem;
    nrows = (int64_t)tr.nrows;
    inls = (const lineinl *)(rows + nrows);
    ninls = (int64_t)tr.ninl;
    names = (const char *)(inls + ninls);
    names_size = tr.names_size;
}

static void build(void) {
    if (&rt_nfunctab == NULL || rt_nfunctab == 0)
        return;
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    void *map = MAP_FAILED;
    if (fstat(fd, &st) == 0 && st.st_size >= (off_t)sizeof(Elf64_Ehdr))
        map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return;
    const char *base = map;
    size_t size = (size_t)st.st_size;
    const Elf64_Ehdr *eh = map;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) == 0 && eh->e_ident[EI_CLASS] == ELFCLASS64 &&
        eh->e_shentsize == sizeof(Elf64_Shdr) && eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) <= size) {
        const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
        for (int i = 0; i < eh->e_shnum; i++) {
            if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
                continue;
            const Elf64_Shdr *str = &sh[sh[i].sh_link];
            if (sh[i].sh_offset + sh[i].sh_size > size || str->sh_offset + str->sh_size > size)
                break;
            index_symbols((const Elf64_Sym *)(base + sh[i].sh_offset), sh[i].sh_size / sizeof(Elf64_Sym),
                          base + str->sh_offset, str->sh_size);
            break;
        }
    }
    if (nranges > 0)
        copy_lines(base, size);
    munmap(map, size);
}

/* ---- lookup ----------------------------------------------------------------- */

static void ensure_built(void) {
    if (__atomic_load_n(&state, __ATOMIC_ACQUIRE) != 2) {
        uint32_t zero = 0;
        if (__atomic_compare_exchange_n(&state, &zero, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            build();
            __atomic_store_n(&state, 2, __ATOMIC_RELEASE);
        }
        while (__atomic_load_n(&state, __ATOMIC_ACQUIRE) != 2)
            sched_yield();
    }
}

bool rt_symtab_line(uintptr_t pc, const char **file, int32_t *line) {
    ensure_built();
    int64_t lo = 0, hi = nrows;         /* first row with rows[i].addr + bias > pc */
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (rows[mid].addr + bias <= pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || rows[lo - 1].line == 0 || rows[lo - 1].file >= names_size)
        return false;
    *file = names + rows[lo - 1].file;
    *line = (int32_t)rows[lo - 1].line;
    return true;
}

int rt_symtab_inlined(uintptr_t pc, rt_inlined *out, int max) {
    ensure_built();
    for (int i = 0; i < max; i++)
        out[i].fn = NULL;
    for (int64_t i = 0; i < ninls; i++) {
        const lineinl *in = &inls[i];
        if (pc < in->lo + bias || pc >= in->hi + bias || in->name >= names_size || in->file >= names_size ||
            in->depth == 0 || in->depth > (uint32_t)max)
            continue;
        const char *c = names + in->name;
        int64_t fi = func_index(c, strlen(c));
        if (fi < 0)
            continue;
        /* depth d goes to out[max - d]: innermost (deepest) first */
        out[max - (int)in->depth] = (rt_inlined){&rt_functab[fi], names + in->file, (int32_t)in->line};
    }
    int n = 0;
    for (int i = 0; i < max; i++)
        if (out[i].fn != NULL)
            out[n++] = out[i];
    return n;
}

bool rt_symtab_find(uintptr_t pc, rt_symfunc *out) {
    ensure_built();
    int64_t lo = 0, hi = nranges;       /* first range with ranges[i].lo > pc */
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (ranges[mid].lo <= pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || pc >= ranges[lo - 1].hi)
        return false;
    const symrange *r = &ranges[lo - 1];
    out->fn = &rt_functab[r->fn];
    out->start = r->lo;
    out->kind = r->kind;
    return true;
}
