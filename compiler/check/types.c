/* Type constructors, interning, spelling and predicates.
 *
 * Interning: every unnamed composite type is built through a constructor
 * here, which forms a key string out of the kind and the addresses of its
 * (already interned) components and returns the existing type for an equal
 * key. Hence two unnamed types are identical iff they are the same pointer,
 * and named types (unique per declaration) need no special case.
 * Interface method lists are sorted by name before keying.
 *
 * Spelling: cs_type_string gives reflect's spelling (%T: "main.T",
 * "struct { A int }", "interface {}"); cs_type_str gives go/types'
 * spelling for error messages ("T" inside its own package,
 * "struct{A int}", "interface{}").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

/* ---- interning ------------------------------------------------------------ */
typedef struct Ent { char *key; CsType *t; } Ent;
static Ent *tab;
static int tcap, tn;

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static CsType *intern(char *key, CsType *proto)
{
    if ((tn + 1) * 2 > tcap) {
        Ent *old = tab; int oc = tcap;
        tcap = tcap ? tcap * 2 : 256;
        tab = cs_check_alloc(sizeof(Ent) * tcap);
        for (int i = 0; i < oc; i++) {
            if (!old[i].key) continue;
            unsigned j = hash(old[i].key) & (tcap - 1);
            while (tab[j].key) j = (j + 1) & (tcap - 1);
            tab[j] = old[i];
        }
        free(old);
    }
    unsigned j = hash(key) & (tcap - 1);
    for (; tab[j].key; j = (j + 1) & (tcap - 1))
        if (!strcmp(tab[j].key, key)) { free(key); return tab[j].t; }
    CsType *t = cs_check_alloc(sizeof *t);
    *t = *proto;
    tab[j].key = key;
    tab[j].t = t;
    tn++;
    return t;
}

/* A growable string for keys and spellings. */
typedef struct Buf { char *s; size_t n, cap; } Buf;
static void put(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(Buf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        size_t room = b->cap - b->n;
        int k = vsnprintf(b->s ? b->s + b->n : NULL, room, fmt, ap);
        va_end(ap);
        if ((size_t)k < room) { b->n += k; return; }
        b->cap = (b->cap + k + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) { perror("csc"); exit(1); }
    }
}

CsType *cs_type_slice(CsType *elem)
{
    Buf b = {0}; put(&b, "S%p", (void *)elem);
    return intern(b.s, &(CsType){.kind = CS_TY_SLICE, .elem = elem});
}

CsType *cs_type_array(CsType *elem, int64_t len)
{
    Buf b = {0}; put(&b, "A%lld,%p", (long long)len, (void *)elem);
    return intern(b.s, &(CsType){.kind = CS_TY_ARRAY, .elem = elem, .len = len});
}

CsType *cs_type_ptr(CsType *elem)
{
    Buf b = {0}; put(&b, "P%p", (void *)elem);
    return intern(b.s, &(CsType){.kind = CS_TY_PTR, .elem = elem});
}

CsType *cs_type_map(CsType *key, CsType *elem)
{
    Buf b = {0}; put(&b, "M%p,%p", (void *)key, (void *)elem);
    return intern(b.s, &(CsType){.kind = CS_TY_MAP, .key = key, .elem = elem});
}

CsType *cs_type_chan(CsType *elem, int dir)
{
    Buf b = {0}; put(&b, "C%d,%p", dir, (void *)elem);
    return intern(b.s, &(CsType){.kind = CS_TY_CHAN, .elem = elem, .chandir = dir});
}

static CsType **copy_types(CsType **ts, int n)
{
    if (!n) return NULL;
    CsType **r = cs_check_alloc(sizeof(CsType *) * n);
    memcpy(r, ts, sizeof(CsType *) * n);
    return r;
}

CsType *cs_type_func(CsType **params, int np, CsType **results, int nr, bool variadic)
{
    Buf b = {0}; put(&b, "F%d(", variadic);
    for (int i = 0; i < np; i++) put(&b, "%p,", (void *)params[i]);
    put(&b, ")(");
    for (int i = 0; i < nr; i++) put(&b, "%p,", (void *)results[i]);
    put(&b, ")");
    CsType proto = {.kind = CS_TY_FUNC, .nparams = np, .nresults = nr, .variadic = variadic};
    CsType *t = intern(b.s, &proto);
    if (!t->params && np) t->params = copy_types(params, np);
    if (!t->results && nr) t->results = copy_types(results, nr);
    return t;
}

CsType *cs_type_tuple(CsType **elems, int n)
{
    Buf b = {0}; put(&b, "T(");
    for (int i = 0; i < n; i++) put(&b, "%p,", (void *)elems[i]);
    put(&b, ")");
    CsType *t = intern(b.s, &(CsType){.kind = CS_TY_TUPLE, .nparams = n});
    if (!t->params && n) t->params = copy_types(elems, n);
    return t;
}

CsType *cs_type_struct(CsField *fields, int n)
{
    Buf b = {0}; put(&b, "R{");
    for (int i = 0; i < n; i++)
        put(&b, "%s %p %d %s;", fields[i].name, (void *)fields[i].type, fields[i].embedded,
            fields[i].tag ? fields[i].tag : "");
    put(&b, "}");
    CsType *t = intern(b.s, &(CsType){.kind = CS_TY_STRUCT, .nfields = n});
    if (!t->fields && n) {
        t->fields = cs_check_alloc(sizeof(CsField) * n);
        memcpy(t->fields, fields, sizeof(CsField) * n);
    }
    return t;
}

static int cmp_method(const void *a, const void *b)
{
    return strcmp(((const CsMethod *)a)->name, ((const CsMethod *)b)->name);
}

CsType *cs_type_interface(CsMethod *methods, int n)
{
    CsMethod *ms = cs_check_alloc(sizeof(CsMethod) * (n ? n : 1));
    if (n) memcpy(ms, methods, sizeof(CsMethod) * n);
    qsort(ms, n, sizeof(CsMethod), cmp_method);
    Buf b = {0}; put(&b, "I{");
    for (int i = 0; i < n; i++) put(&b, "%s %p;", ms[i].name, (void *)ms[i].sig);
    put(&b, "}");
    CsType *t = intern(b.s, &(CsType){.kind = CS_TY_INTERFACE, .nmethods = n});
    if (!t->methods) {
        for (int i = 0; i < n; i++) {
            ms[i].func = cs_sym_new(CS_SYM_FUNC, ms[i].name, (CsPos){0});
            ms[i].func->type = ms[i].sig;
            ms[i].func->recv_type = t;
            ms[i].func->used = true;
            ms[i].ptr_recv = false;
        }
        t->methods = ms;
    }
    return t;
}

CsType *cs_type_named(const char *name, CsPackage *pkg, CsSym *decl)
{
    CsType *t = cs_check_alloc(sizeof *t);
    t->kind = CS_TY_NAMED;
    t->name = name;
    t->pkg = pkg;
    t->decl = decl;
    return t;
}

CsType *cs_type_underlying(CsType *t)
{
    for (int i = 0; t && t->kind == CS_TY_NAMED && i < 100; i++) t = t->underlying;
    return t;
}

/* ---- spelling ---------------------------------------------------------------- */
static const char *basic_names[] = {
    [CS_TY_INVALID] = "invalid type", [CS_TY_BOOL] = "bool", [CS_TY_INT] = "int",
    [CS_TY_INT8] = "int8", [CS_TY_INT16] = "int16", [CS_TY_INT32] = "int32",
    [CS_TY_INT64] = "int64", [CS_TY_UINT] = "uint", [CS_TY_UINT8] = "uint8",
    [CS_TY_UINT16] = "uint16", [CS_TY_UINT32] = "uint32", [CS_TY_UINT64] = "uint64",
    [CS_TY_UINTPTR] = "uintptr", [CS_TY_FLOAT32] = "float32", [CS_TY_FLOAT64] = "float64",
    [CS_TY_STRING] = "string", [CS_TY_UNSAFEPTR] = "unsafe.Pointer",
    [CS_TY_UNTYPED_BOOL] = "untyped bool", [CS_TY_UNTYPED_INT] = "untyped int",
    [CS_TY_UNTYPED_RUNE] = "untyped rune", [CS_TY_UNTYPED_FLOAT] = "untyped float",
    [CS_TY_UNTYPED_STRING] = "untyped string", [CS_TY_UNTYPED_NIL] = "untyped nil",
};

static void spell(Buf *b, CsType *t, CsPackage *rel, bool reflect, int depth);

static void spell_tuple(Buf *b, CsType **ts, int n, bool variadic, CsPackage *rel, bool reflect, int depth)
{
    put(b, "(");
    for (int i = 0; i < n; i++) {
        if (i) put(b, ", ");
        if (variadic && i == n - 1 && ts[i]->kind == CS_TY_SLICE) {
            put(b, "...");
            spell(b, ts[i]->elem, rel, reflect, depth);
        } else {
            spell(b, ts[i], rel, reflect, depth);
        }
    }
    put(b, ")");
}

static void spell_sig(Buf *b, CsType *t, CsPackage *rel, bool reflect, int depth)
{
    spell_tuple(b, t->params, t->nparams, t->variadic, rel, reflect, depth);
    if (t->nresults == 1) {
        put(b, " ");
        spell(b, t->results[0], rel, reflect, depth);
    } else if (t->nresults > 1) {
        put(b, " ");
        spell_tuple(b, t->results, t->nresults, false, rel, reflect, depth);
    }
}

static void spell(Buf *b, CsType *t, CsPackage *rel, bool reflect, int depth)
{
    if (!t) { put(b, "invalid type"); return; }
    if (depth > 20) { put(b, "..."); return; }
    depth++;
    switch (t->kind) {
    case CS_TY_NAMED:
        if (t->pkg && (reflect || t->pkg != rel)) put(b, "%s.", t->pkg->name);
        put(b, "%s", t->name);
        return;
    case CS_TY_ARRAY:
        put(b, "[%lld]", (long long)t->len);
        spell(b, t->elem, rel, reflect, depth);
        return;
    case CS_TY_SLICE:
        put(b, "[]");
        spell(b, t->elem, rel, reflect, depth);
        return;
    case CS_TY_PTR:
        put(b, "*");
        spell(b, t->elem, rel, reflect, depth);
        return;
    case CS_TY_MAP:
        put(b, "map[");
        spell(b, t->key, rel, reflect, depth);
        put(b, "]");
        spell(b, t->elem, rel, reflect, depth);
        return;
    case CS_TY_CHAN:
        put(b, t->chandir == CS_CHAN_SEND ? "chan<- " : t->chandir == CS_CHAN_RECV ? "<-chan " : "chan ");
        if (t->chandir == CS_CHAN_BOTH && t->elem->kind == CS_TY_CHAN && t->elem->chandir == CS_CHAN_RECV) {
            put(b, "(");
            spell(b, t->elem, rel, reflect, depth);
            put(b, ")");
        } else {
            spell(b, t->elem, rel, reflect, depth);
        }
        return;
    case CS_TY_FUNC:
        put(b, "func");
        spell_sig(b, t, rel, reflect, depth);
        return;
    case CS_TY_TUPLE:
        spell_tuple(b, t->params, t->nparams, false, rel, reflect, depth);
        return;
    case CS_TY_STRUCT:
        put(b, reflect ? "struct {" : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            put(b, i ? "; " : (reflect ? " " : ""));
            if (!t->fields[i].embedded) put(b, "%s ", t->fields[i].name);
            spell(b, t->fields[i].type, rel, reflect, depth);
            if (t->fields[i].tag) put(b, " %s", t->fields[i].tag);
        }
        put(b, reflect && t->nfields ? " }" : "}");
        return;
    case CS_TY_INTERFACE:
        put(b, reflect ? "interface {" : "interface{");
        for (int i = 0; i < t->nmethods; i++) {
            put(b, i ? "; " : (reflect ? " " : ""));
            put(b, "%s", t->methods[i].name);
            spell_sig(b, t->methods[i].sig, rel, reflect, depth);
        }
        put(b, reflect && t->nmethods ? " }" : "}");
        return;
    default:
        put(b, "%s", t->kind <= CS_TY_UNTYPED_NIL ? basic_names[t->kind] : "?");
        return;
    }
}

const char *cs_type_string(CsType *t)
{
    Buf b = {0};
    put(&b, "%s", "");
    spell(&b, t, NULL, true, 0);
    return b.s;
}

const char *cs_type_str(CsType *t, CsPackage *rel)
{
    Buf b = {0};
    put(&b, "%s", "");
    spell(&b, t, rel, false, 0);
    return b.s;
}

/* ---- predicates ------------------------------------------------------------------ */
bool cs_type_identical(CsType *a, CsType *b) { return a == b; }

static bool all_identical_ignore_tags(CsType **a, CsType **b, int n)
{
    for (int i = 0; i < n; i++)
        if (!cs_type_identical_ignore_tags(a[i], b[i])) return false;
    return true;
}

/* Types are interned, so identity is pointer equality; struct types that
 * differ only in field tags are distinct. Conversions ignore tags, at any
 * depth (Go spec, Conversions): compare structurally, named types being
 * identical only to themselves. */
bool cs_type_identical_ignore_tags(CsType *a, CsType *b)
{
    if (a == b) return true;
    if (!a || !b || a->kind != b->kind) return false;
    switch (a->kind) {
    case CS_TY_ARRAY:
        return a->len == b->len && cs_type_identical_ignore_tags(a->elem, b->elem);
    case CS_TY_SLICE: case CS_TY_PTR:
        return cs_type_identical_ignore_tags(a->elem, b->elem);
    case CS_TY_CHAN:
        return a->chandir == b->chandir && cs_type_identical_ignore_tags(a->elem, b->elem);
    case CS_TY_MAP:
        return cs_type_identical_ignore_tags(a->key, b->key) && cs_type_identical_ignore_tags(a->elem, b->elem);
    case CS_TY_FUNC:
        return a->variadic == b->variadic && a->nparams == b->nparams && a->nresults == b->nresults &&
               all_identical_ignore_tags(a->params, b->params, a->nparams) &&
               all_identical_ignore_tags(a->results, b->results, a->nresults);
    case CS_TY_STRUCT:
        if (a->nfields != b->nfields) return false;
        for (int i = 0; i < a->nfields; i++) {
            CsField *f = &a->fields[i], *g = &b->fields[i];
            if (strcmp(f->name, g->name) != 0 || f->embedded != g->embedded ||
                !cs_type_identical_ignore_tags(f->type, g->type))
                return false;
        }
        return true;
    case CS_TY_INTERFACE:
        if (a->nmethods != b->nmethods) return false;
        for (int i = 0; i < a->nmethods; i++)
            if (strcmp(a->methods[i].name, b->methods[i].name) != 0 ||
                !cs_type_identical_ignore_tags(a->methods[i].sig, b->methods[i].sig))
                return false;
        return true;
    default:
        return false;
    }
}

static CsTypeKind ukind(CsType *t)
{
    t = cs_type_underlying(t);
    return t ? t->kind : CS_TY_INVALID;
}

bool cs_type_is_untyped(CsType *t)
{
    return t && t->kind >= CS_TY_UNTYPED_BOOL && t->kind <= CS_TY_UNTYPED_NIL;
}

bool cs_type_is_integer(CsType *t)
{
    CsTypeKind k = ukind(t);
    return (k >= CS_TY_INT && k <= CS_TY_UINTPTR) || k == CS_TY_UNTYPED_INT || k == CS_TY_UNTYPED_RUNE;
}

bool cs_type_is_unsigned(CsType *t)
{
    CsTypeKind k = ukind(t);
    return k >= CS_TY_UINT && k <= CS_TY_UINTPTR;
}

bool cs_type_is_float(CsType *t)
{
    CsTypeKind k = ukind(t);
    return k == CS_TY_FLOAT32 || k == CS_TY_FLOAT64 || k == CS_TY_UNTYPED_FLOAT;
}

bool cs_type_is_numeric(CsType *t) { return cs_type_is_integer(t) || cs_type_is_float(t); }

bool cs_type_is_string(CsType *t)
{
    CsTypeKind k = ukind(t);
    return k == CS_TY_STRING || k == CS_TY_UNTYPED_STRING;
}

bool cs_type_is_boolean(CsType *t)
{
    CsTypeKind k = ukind(t);
    return k == CS_TY_BOOL || k == CS_TY_UNTYPED_BOOL;
}

bool cs_type_is_interface(CsType *t) { return ukind(t) == CS_TY_INTERFACE; }

bool cs_type_is_named(CsType *t)
{
    return t && (t->kind == CS_TY_NAMED || (t->kind > CS_TY_INVALID && t->kind <= CS_TY_UNSAFEPTR));
}

bool cs_type_comparable(CsType *t)
{
    CsType *u = cs_type_underlying(t);
    if (!u) return false;
    switch (u->kind) {
    case CS_TY_SLICE: case CS_TY_MAP: case CS_TY_FUNC: case CS_TY_TUPLE: return false;
    case CS_TY_ARRAY: return cs_type_comparable(u->elem);
    case CS_TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!cs_type_comparable(u->fields[i].type)) return false;
        return true;
    default: return u->kind != CS_TY_UNTYPED_NIL;
    }
}

bool cs_type_ordered(CsType *t) { return cs_type_is_numeric(t) || cs_type_is_string(t); }

bool cs_type_has_nil(CsType *t)
{
    switch (ukind(t)) {
    case CS_TY_PTR: case CS_TY_SLICE: case CS_TY_MAP: case CS_TY_CHAN: case CS_TY_FUNC:
    case CS_TY_INTERFACE: case CS_TY_UNSAFEPTR: case CS_TY_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

CsType *cs_type_default(CsType *t)
{
    if (!t) return t;
    switch (t->kind) {
    case CS_TY_UNTYPED_BOOL: return cs_type_basic(CS_TY_BOOL);
    case CS_TY_UNTYPED_INT: return cs_type_basic(CS_TY_INT);
    case CS_TY_UNTYPED_RUNE: return cs_type_basic(CS_TY_INT32);
    case CS_TY_UNTYPED_FLOAT: return cs_type_basic(CS_TY_FLOAT64);
    case CS_TY_UNTYPED_STRING: return cs_type_basic(CS_TY_STRING);
    default: return t;
    }
}

int64_t cs_type_size_bits(CsType *t)
{
    switch (ukind(t)) {
    case CS_TY_INT8: case CS_TY_UINT8: return 8;
    case CS_TY_INT16: case CS_TY_UINT16: return 16;
    case CS_TY_INT32: case CS_TY_UINT32: case CS_TY_FLOAT32: return 32;
    default: return 64;
    }
}
