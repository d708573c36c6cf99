/* gen_type.c: C spellings of CS types, their definitions, and run-time type
 * descriptors (rt.h rt_type).
 *
 * C types (rt.h "Value representation"): basic types map to <stdint.h>
 * types, strings/slices/interfaces to rt_string/rt_slice/rt_iface, maps,
 * channels and funcs to pointers. Struct-like types get C structs:
 *   named type T of package P       struct P_T (P_T_<id> when local to a function)
 *   unnamed struct                  struct_N  (one per interned CsType)
 *   array [N]E                      arrN_<E's C spelling>, `struct { E a[N]; }`
 *                                   (arrays of the same C element type share it,
 *                                   named array types included)
 * Other named types are typedefs of their underlying C type. cs_gen_ctype
 * only names a type and registers it; cs_gen_emit_types writes forward
 * typedefs for every struct-like type, then the typedefs of other named
 * types (a pointer's named pointee first), then the bodies in dependency
 * order (a struct after the structs it contains by value; pointers only need
 * the forward typedef), so recursive types are fine.
 *
 * Descriptors: `static const rt_type rtt_N` per type used dynamically,
 * registered by cs_gen_rtt and written by cs_gen_emit_rtts (which may
 * register more: element types, method wrappers' types). Predeclared basic
 * types, error and interface{} use the runtime's rt_type_* objects. A
 * descriptor with methods also gets a method table indexed by selector
 * (rt.h rt_type.mtab), written by cs_gen_emit_mtabs once every interface
 * call has numbered its method name.
 */
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

typedef struct TypeInfo {
    int state;              /* struct body: 0 not written, 1 writing, 2 written */
    const char *rtt;        /* descriptor expression, once registered */
} TypeInfo;

static TypeInfo *info(CsType *t)
{
    if (!t->gen)
        t->gen = calloc(1, sizeof(TypeInfo));
    return t->gen;
}

CsType *cs_gen_under(CsType *t)
{
    while (t && t->kind == CS_TY_NAMED)
        t = t->underlying;
    return t;
}

bool cs_gen_is_iface(CsType *t)
{
    t = cs_gen_under(t);
    return t && t->kind == CS_TY_INTERFACE;
}

bool cs_gen_is_direct(CsType *t)
{
    switch (cs_gen_under(t)->kind) {
    case CS_TY_PTR: case CS_TY_MAP: case CS_TY_CHAN: case CS_TY_FUNC: case CS_TY_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

bool cs_gen_has_pointers(CsType *t)
{
    t = cs_gen_under(t);
    switch (t->kind) {
    case CS_TY_BOOL: case CS_TY_INT: case CS_TY_INT8: case CS_TY_INT16: case CS_TY_INT32:
    case CS_TY_INT64: case CS_TY_UINT: case CS_TY_UINT8: case CS_TY_UINT16: case CS_TY_UINT32:
    case CS_TY_UINT64: case CS_TY_UINTPTR: case CS_TY_FLOAT32: case CS_TY_FLOAT64:
    case CS_TY_UNTYPED_BOOL: case CS_TY_UNTYPED_INT: case CS_TY_UNTYPED_RUNE:
    case CS_TY_UNTYPED_FLOAT:
        return false;
    case CS_TY_ARRAY:
        return t->len > 0 && cs_gen_has_pointers(t->elem);
    case CS_TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (cs_gen_has_pointers(t->fields[i].type))
                return true;
        return false;
    default:
        return true;
    }
}

const char *cs_gen_int_suffix(CsType *t)
{
    switch (cs_gen_under(t)->kind) {
    case CS_TY_INT8: return "int8";
    case CS_TY_INT16: return "int16";
    case CS_TY_INT32: case CS_TY_UNTYPED_RUNE: return "int32";
    case CS_TY_UINT8: return "uint8";
    case CS_TY_UINT16: return "uint16";
    case CS_TY_UINT32: return "uint32";
    case CS_TY_UINT: case CS_TY_UINT64: return "uint64";
    case CS_TY_UINTPTR: return "uintptr";
    default: return "int64";
    }
}

static void register_ctype(CsType *t)
{
    Gen *g = cs_gen;
    if (g->nctypes == g->cctypes) {
        g->cctypes = g->cctypes ? 2 * g->cctypes : 64;
        g->ctypes = realloc(g->ctypes, g->cctypes * sizeof *g->ctypes);
    }
    g->ctypes[g->nctypes++] = t;
}

/* The C spelling of t, pointer types without the trailing space. */
const char *cs_gen_ctype(CsType *t)
{
    static int nstructs;
    if (t->cname)
        return t->cname;
    const char *s = NULL;
    switch (t->kind) {
    case CS_TY_BOOL: case CS_TY_UNTYPED_BOOL: s = "bool"; break;
    case CS_TY_INT: case CS_TY_INT64: case CS_TY_UNTYPED_INT: s = "int64_t"; break;
    case CS_TY_INT8: s = "int8_t"; break;
    case CS_TY_INT16: s = "int16_t"; break;
    case CS_TY_INT32: case CS_TY_UNTYPED_RUNE: s = "int32_t"; break;
    case CS_TY_UINT: case CS_TY_UINT64: s = "uint64_t"; break;
    case CS_TY_UINT8: s = "uint8_t"; break;
    case CS_TY_UINT16: s = "uint16_t"; break;
    case CS_TY_UINT32: s = "uint32_t"; break;
    case CS_TY_UINTPTR: s = "uintptr_t"; break;
    case CS_TY_FLOAT32: s = "float"; break;
    case CS_TY_FLOAT64: case CS_TY_UNTYPED_FLOAT: s = "double"; break;
    case CS_TY_STRING: case CS_TY_UNTYPED_STRING: s = "rt_string"; break;
    case CS_TY_UNSAFEPTR: case CS_TY_UNTYPED_NIL: s = "void *"; break;
    case CS_TY_SLICE: s = "rt_slice"; break;
    case CS_TY_MAP: s = "rt_map *"; break;
    case CS_TY_CHAN: s = "rt_chan *"; break;
    case CS_TY_FUNC: s = "rt_func *"; break;
    case CS_TY_INTERFACE: s = "rt_iface"; break;
    case CS_TY_PTR: {
        const char *e = cs_gen_ctype(t->elem);
        s = cs_gen_fmt(e[strlen(e) - 1] == '*' ? "%s*" : "%s *", e);
        break;
    }
    case CS_TY_ARRAY: {
        const char *e = cs_gen_ctype(t->elem);
        char *m = cs_gen_fmt("arr%lld_%s", (long long)t->len, e);
        for (char *p = m; *p; p++)
            if (*p == '*') *p = 'p';
            else if (*p == ' ') *p = '_';
        t->cname = m;
        register_ctype(t);
        return m;
    }
    case CS_TY_STRUCT:
        t->cname = cs_gen_fmt("struct_%d", ++nstructs);
        register_ctype(t);
        return t->cname;
    case CS_TY_NAMED: {
        if (!t->pkg) {          /* error */
            t->cname = "rt_iface";
            return t->cname;
        }
        if (t->underlying && t->underlying->kind == CS_TY_ARRAY) {
            /* the same C struct as its underlying array, so that assigning
             * between [N]E and a named [N]E needs no conversion */
            t->cname = cs_gen_ctype(t->underlying);
            return t->cname;
        }
        if (t->decl && !t->decl->global)
            t->cname = cs_gen_fmt("%s_%s_%d", t->pkg->cprefix, cs_gen_ident(t->pkg, t->name), t->decl->id);
        else
            t->cname = cs_gen_fmt("%s_%s", t->pkg->cprefix, cs_gen_ident(t->pkg, t->name));
        register_ctype(t);
        return t->cname;
    }
    default:
        cs_gen->failed = true;
        s = "int64_t";
        break;
    }
    t->cname = s;
    return s;
}

const char *cs_gen_decl(CsType *t, const char *name)
{
    const char *c = cs_gen_ctype(t);
    size_t n = strlen(c);
    if (c[n - 1] == '*')
        return cs_gen_fmt("%s%s", c, name);
    return cs_gen_fmt("%s %s", c, name);
}

static bool is_aggregate(CsType *t)
{
    switch (cs_gen_under(t)->kind) {
    case CS_TY_STRING: case CS_TY_UNTYPED_STRING: case CS_TY_SLICE: case CS_TY_INTERFACE:
    case CS_TY_ARRAY: case CS_TY_STRUCT:
        return true;
    default:
        return false;
    }
}

const char *cs_gen_zero(CsType *t)
{
    if (is_aggregate(t))
        return cs_gen_fmt("(%s){}", cs_gen_ctype(t));
    switch (cs_gen_under(t)->kind) {
    case CS_TY_BOOL: case CS_TY_UNTYPED_BOOL: return "false";
    case CS_TY_PTR: case CS_TY_MAP: case CS_TY_CHAN: case CS_TY_FUNC: case CS_TY_UNSAFEPTR:
    case CS_TY_UNTYPED_NIL:
        return "NULL";
    default: return "0";
    }
}

const char *cs_gen_result_ctype(CsType *sig)
{
    return sig->nresults ? cs_gen_ctype(sig->results[0]) : "void";
}

const char *cs_gen_fnptr_type(CsType *sig, const char *first)
{
    CsBuf b = {0};
    cs_buf_printf(&b, "%s (*)(", cs_gen_result_ctype(sig));
    bool any = false;
    if (first) {
        cs_buf_puts(&b, first);
        any = true;
    }
    for (int i = 0; i < sig->nparams; i++) {
        cs_buf_printf(&b, "%s%s", any ? ", " : "", cs_gen_ctype(sig->params[i]));
        any = true;
    }
    for (int i = 1; i < sig->nresults; i++) {
        cs_buf_printf(&b, "%s%s *", any ? ", " : "", cs_gen_ctype(sig->results[i]));
        any = true;
    }
    if (!any)
        cs_buf_puts(&b, "void");
    cs_buf_puts(&b, ")");
    return b.s;
}

/* ---- type definitions ------------------------------------------------------- */

static bool struct_like(CsType *t)
{
    CsTypeKind k = cs_gen_under(t)->kind;
    return k == CS_TY_STRUCT || k == CS_TY_ARRAY;
}

/* A named pointer type that reaches itself through named pointer types
 * only (`type Number *Number`): C cannot spell it, so it is a void
 * pointer, and a dereference casts it to a pointer to its element
 * (gen_expr.c). */
bool cs_gen_is_self_pointer(CsType *t)
{
    CsType *p = t;
    for (int steps = 0; steps < 64; steps++) {
        if (p->kind != CS_TY_NAMED || cs_gen_under(p)->kind != CS_TY_PTR)
            return false;
        p = cs_gen_under(p)->elem;
        if (p == t)
            return true;
    }
    return false;
}

static GenName *defined_arrays;

static void define(CsType *t);

static void define_contained(CsType *t)
{
    if (struct_like(t)) {
        cs_gen_ctype(t);
        if (t->kind == CS_TY_NAMED || t->kind == CS_TY_STRUCT || t->kind == CS_TY_ARRAY)
            define(t);
    }
}

static void define_pointee(CsType *u)
{
    while (u->kind == CS_TY_PTR)
        u = u->elem;
    if (u->kind == CS_TY_NAMED)
        define(u);
}

static void define(CsType *t)
{
    Gen *g = cs_gen;
    TypeInfo *ti = info(t);
    if (ti->state)
        return;
    ti->state = 1;
    CsType *u = cs_gen_under(t);
    const char *name = cs_gen_ctype(t);
    if (!struct_like(t)) {
        /* named non-struct type: a typedef of the underlying C type,
         * after every struct's forward typedef (*[4]int names one) and
         * after the named types its pointer chain reaches */
        if (cs_gen_is_self_pointer(t)) {
            cs_buf_printf(&g->types_alias, "typedef void *%s;\n", name);
        } else {
            define_pointee(u);
            cs_buf_printf(&g->types_alias, "typedef %s;\n", cs_gen_decl(u, name));
        }
        ti->state = 2;
        return;
    }
    if (u->kind == CS_TY_ARRAY) {
        for (GenName *n = defined_arrays; n; n = n->next)
            if (strcmp(n->name, name) == 0) {
                ti->state = 2;
                return;
            }
        GenName *n = calloc(1, sizeof *n);
        n->name = name;
        n->next = defined_arrays;
        defined_arrays = n;
        define_contained(u->elem);
        cs_buf_printf(&g->types_fwd, "typedef struct %s %s;\n", name, name);
        cs_buf_printf(&g->types_def, "struct %s { %s; };\n", name,
                      cs_gen_decl(u->elem, cs_gen_fmt("a[%lld]", (long long)u->len)));
        ti->state = 2;
        return;
    }
    for (int i = 0; i < u->nfields; i++)
        define_contained(u->fields[i].type);
    cs_buf_printf(&g->types_fwd, "typedef struct %s %s;\n", name, name);
    if (t->kind == CS_TY_NAMED)
        cs_buf_printf(&g->types_def, "/* %s */\n", cs_type_string(t));
    cs_buf_printf(&g->types_def, "struct %s {\n", name);
    for (int i = 0; i < u->nfields; i++)
        cs_buf_printf(&g->types_def, "    %s;\n",
                      cs_gen_decl(u->fields[i].type, cs_gen_field_name(u->fields[i].name, i)));
    cs_buf_puts(&g->types_def, "};\n");
    ti->state = 2;
}

void cs_gen_emit_types(void)
{
    for (int i = 0; i < cs_gen->nctypes; i++)
        define(cs_gen->ctypes[i]);
}

/* ---- descriptors ----------------------------------------------------------- */

static const char *basic_rtt(CsType *t)
{
    switch (t->kind) {
    case CS_TY_BOOL: case CS_TY_UNTYPED_BOOL: return "&rt_type_bool";
    case CS_TY_INT: case CS_TY_UNTYPED_INT: return "&rt_type_int";
    case CS_TY_INT8: return "&rt_type_int8";
    case CS_TY_INT16: return "&rt_type_int16";
    case CS_TY_INT32: case CS_TY_UNTYPED_RUNE: return "&rt_type_int32";
    case CS_TY_INT64: return "&rt_type_int64";
    case CS_TY_UINT: return "&rt_type_uint";
    case CS_TY_UINT8: return "&rt_type_uint8";
    case CS_TY_UINT16: return "&rt_type_uint16";
    case CS_TY_UINT32: return "&rt_type_uint32";
    case CS_TY_UINT64: return "&rt_type_uint64";
    case CS_TY_UINTPTR: return "&rt_type_uintptr";
    case CS_TY_FLOAT32: return "&rt_type_float32";
    case CS_TY_FLOAT64: case CS_TY_UNTYPED_FLOAT: return "&rt_type_float64";
    case CS_TY_STRING: case CS_TY_UNTYPED_STRING: return "&rt_type_string";
    case CS_TY_INTERFACE: return t->nmethods == 0 ? "&rt_type_any" : NULL;
    case CS_TY_NAMED: return t->pkg ? NULL : "&rt_type_error";
    default: return NULL;
    }
}

static bool has_embedded(CsType *st)
{
    for (int i = 0; i < st->nfields; i++)
        if (st->fields[i].embedded)
            return true;
    return false;
}

/* Does named type t have methods (declared or promoted), so that *T's
 * descriptor is worth linking from T's? */
static bool wants_ptrto(CsType *t)
{
    if (t->kind != CS_TY_NAMED || cs_gen_is_iface(t))
        return false;
    if (t->nmethods > 0)
        return true;
    CsType *u = cs_gen_under(t);
    return u->kind == CS_TY_STRUCT && has_embedded(u);
}

const char *cs_gen_rtt(CsType *t)
{
    Gen *g = cs_gen;
    const char *b = basic_rtt(t);
    if (b)
        return b;
    TypeInfo *ti = info(t);
    if (ti->rtt)
        return ti->rtt;
    const char *name;
    /* named arrays share their array's C name: their descriptors are numbered */
    bool shared = cs_gen_under(t->kind == CS_TY_PTR ? t->elem : t)->kind == CS_TY_ARRAY;
    if (t->kind == CS_TY_NAMED && !shared)
        name = cs_gen_fmt("rtt_%s", cs_gen_ctype(t));
    else if (t->kind == CS_TY_PTR && t->elem->kind == CS_TY_NAMED && t->elem->pkg && !shared)
        name = cs_gen_fmt("rtt_ptr_%s", cs_gen_ctype(t->elem));
    else
        name = cs_gen_fmt("rtt_%d", ++g->nrtt);
    ti->rtt = cs_gen_fmt("&%s", name);
    cs_buf_printf(&g->rtt_fwd, "static const rt_type %s; /* %s */\n", name, cs_type_string(t));
    if (g->npending_rtt == g->cpending_rtt) {
        g->cpending_rtt = g->cpending_rtt ? 2 * g->cpending_rtt : 32;
        g->pending_rtt = realloc(g->pending_rtt, g->cpending_rtt * sizeof *g->pending_rtt);
    }
    g->pending_rtt[g->npending_rtt++] = t;
    /* a named type with methods also gets *T, for method lookup through pointers */
    if (wants_ptrto(t))
        cs_gen_rtt(cs_type_ptr(t));
    return ti->rtt;
}

const char *cs_gen_type_is(const char *x, CsType *t)
{
    /* a declared or predeclared type has one descriptor, so only that one
     * object matches; unnamed types ([]int) may have copies */
    if (t->kind == CS_TY_NAMED || basic_rtt(t))
        return cs_gen_fmt("(%s.type == %s)", x, cs_gen_rtt(t));
    return cs_gen_fmt("rt_type_is(%s.type, %s)", x, cs_gen_rtt(t));
}

static bool comparable(CsType *t)
{
    t = cs_gen_under(t);
    switch (t->kind) {
    case CS_TY_SLICE: case CS_TY_MAP: case CS_TY_FUNC:
        return false;
    case CS_TY_ARRAY:
        return comparable(t->elem);
    case CS_TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!comparable(t->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

static const char *rt_kind_name(CsType *t)
{
    static const char *const names[] = {
        [CS_TY_BOOL] = "BOOL", [CS_TY_INT] = "INT", [CS_TY_INT8] = "INT8",
        [CS_TY_INT16] = "INT16", [CS_TY_INT32] = "INT32", [CS_TY_INT64] = "INT64",
        [CS_TY_UINT] = "UINT", [CS_TY_UINT8] = "UINT8", [CS_TY_UINT16] = "UINT16",
        [CS_TY_UINT32] = "UINT32", [CS_TY_UINT64] = "UINT64", [CS_TY_UINTPTR] = "UINTPTR",
        [CS_TY_FLOAT32] = "FLOAT32", [CS_TY_FLOAT64] = "FLOAT64", [CS_TY_STRING] = "STRING",
        [CS_TY_UNSAFEPTR] = "UNSAFEPTR", [CS_TY_ARRAY] = "ARRAY", [CS_TY_SLICE] = "SLICE",
        [CS_TY_MAP] = "MAP", [CS_TY_CHAN] = "CHAN", [CS_TY_PTR] = "PTR", [CS_TY_FUNC] = "FUNC",
        [CS_TY_STRUCT] = "STRUCT", [CS_TY_INTERFACE] = "INTERFACE",
    };
    CsType *u = cs_gen_under(t);
    const char *n = u->kind < (int)(sizeof names / sizeof names[0]) ? names[u->kind] : NULL;
    return n ? n : "INVALID";
}

static const char *str_lit(const char *s)
{
    return cs_gen_const(&(CsConst){.kind = CS_CV_STRING, .s = s, .slen = (int64_t)strlen(s)}, NULL);
}

/* ---- method sets -------------------------------------------------------------
 * The methods of a struct-based named type include those promoted through
 * embedded fields (the shallowest wins; Go rejects ambiguous selectors at
 * use, and an ambiguous name is simply left out here). */
typedef struct MSetEntry {
    const char *name;
    CsMethod *m;            /* declared method (NULL: through an embedded interface) */
    CsType *owner;          /* type declaring it (named), or the embedded interface */
    int path[CS_FIELD_PATH_MAX], depth; /* embedded fields walked from the receiver */
    int level;
    bool ambiguous;
} MSetEntry;

typedef struct MSet {
    MSetEntry *e;
    int n, cap;
} MSet;

static void mset_add(MSet *s, MSetEntry e)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->e[i].name, e.name) == 0) {
            if (s->e[i].level == e.level)
                s->e[i].ambiguous = true;
            return;     /* a shallower one wins */
        }
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 8;
        s->e = realloc(s->e, s->cap * sizeof *s->e);
    }
    s->e[s->n++] = e;
}

/* A step of collect's walk: a type reached through q.depth embedded fields. */
typedef struct MSetStep {
    CsType *t;
    bool addr;
    int path[CS_FIELD_PATH_MAX], depth;
} MSetStep;

/* Adds method name (m: declared, NULL: of an embedded interface) found at step q. */
static void mset_add_at(MSet *s, const MSetStep *q, const char *name, CsMethod *m)
{
    MSetEntry e = {.name = name, .m = m, .owner = q->t, .depth = q->depth, .level = q->depth};
    memcpy(e.path, q->path, sizeof e.path);
    mset_add(s, e);
}

/* Collects the methods of t (a named type or a struct) reachable with
 * `addressable` receivers (pointer receivers allowed), breadth-first. The
 * walk stops where a path would outgrow CS_FIELD_PATH_MAX, as the
 * checker's lookup does. */
static void collect(MSet *s, CsType *t, bool addressable)
{
    int qh = 0, qt = 0, qcap = 16;
    MSetStep *queue = malloc(qcap * sizeof *queue);
    if (!queue) { perror("csc"); exit(1); }
    queue[qt++] = (MSetStep){.t = t, .addr = addressable};
    while (qh < qt) {
        MSetStep q = queue[qh++];
        CsType *nt = q.t;
        if (nt->kind == CS_TY_NAMED && !cs_gen_is_iface(nt)) {
            for (int i = 0; i < nt->nmethods; i++)
                if (q.addr || !nt->methods[i].ptr_recv)
                    mset_add_at(s, &q, nt->methods[i].name, &nt->methods[i]);
        }
        CsType *u = cs_gen_under(nt);
        if (u->kind == CS_TY_INTERFACE && q.depth > 0) {
            for (int i = 0; i < u->nmethods; i++)
                mset_add_at(s, &q, u->methods[i].name, NULL);
            continue;
        }
        if (u->kind != CS_TY_STRUCT || q.depth + 2 > CS_FIELD_PATH_MAX)
            continue;
        for (int i = 0; i < u->nfields; i++) {
            if (!u->fields[i].embedded)
                continue;
            if (qt == qcap) {
                qcap *= 2;
                queue = realloc(queue, qcap * sizeof *queue);
                if (!queue) { perror("csc"); exit(1); }
            }
            CsType *ft = u->fields[i].type;
            bool addr = q.addr;
            if (ft->kind == CS_TY_PTR) {
                ft = ft->elem;
                addr = true;
            }
            MSetStep n = q;
            n.t = ft;
            n.addr = addr;
            n.path[n.depth++] = i;
            queue[qt++] = n;
        }
    }
    free(queue);
}

/* Method set of descriptor type t (T or *T, T named or a struct literal
 * type with embedded fields), sorted by name. */
static int method_set(CsType *t, MSetEntry **out, bool *via_ptr, CsType **named)
{
    MSet s = {0};
    *via_ptr = false;
    *named = t;
    if (t->kind == CS_TY_PTR && (t->elem->kind == CS_TY_NAMED || t->elem->kind == CS_TY_STRUCT)) {
        *named = t->elem;
        *via_ptr = true;
    }
    CsType *n = *named;
    if (n->kind == CS_TY_STRUCT ? !has_embedded(n) : n->kind != CS_TY_NAMED || cs_gen_is_iface(n))
        return 0;
    collect(&s, *named, *via_ptr);
    int k = 0;
    for (int i = 0; i < s.n; i++)
        if (!s.e[i].ambiguous)
            s.e[k++] = s.e[i];
    for (int i = 1; i < k; i++)
        for (int j = i; j > 0 && strcmp(s.e[j - 1].name, s.e[j].name) > 0; j--) {
            MSetEntry x = s.e[j];
            s.e[j] = s.e[j - 1];
            s.e[j - 1] = x;
        }
    *out = s.e;
    return k;
}

/* ---- method tables by selector ----------------------------------------------
 * Every method name called through an interface anywhere in the program
 * (call sites, method values and expressions, wrappers of methods promoted
 * from embedded interfaces) gets a selector number on first use, after
 * the two the runtime's own descriptors use (runtime_sels). Once all
 * code and descriptors are generated, each descriptor with methods gets
 * `rtt_N_MTAB`, the initializer of its mtab[nsels] (a macro: the method
 * tables are written after the descriptors but come before them in the
 * output): entry k is its wrapper for selector k's name, NULL
 * where it has no such method (a value of the type can then never be in an
 * interface that has it). Names are the ones rt_method lists, so an mtab
 * entry is what the by-name lookup would find. */
typedef struct MTab {
    const char *name;       /* the descriptor's C name */
    int n;
    const char **mnames, **wrappers;
    CsType **sigs;
    struct MTab *next;
} MTab;

static MTab *mtabs;

/* Index of method `name` with signature sig in m, or -1. */
static int mtab_find(const MTab *m, const char *name, CsType *sig)
{
    for (int i = 0; i < m->n; i++)
        if (strcmp(m->mnames[i], name) == 0)
            return m->sigs[i] && cs_type_identical(m->sigs[i], sig) ? i : -1;
    return -1;
}

const char *cs_gen_mtab_wrapper(const char *rtt, CsType *iface, const char *name)
{
    MTab *m = mtabs;
    while (m && strcmp(m->name, rtt + 1) != 0)
        m = m->next;
    if (!m || rtt[0] != '&')
        return NULL;
    CsType *it = cs_gen_under(iface);
    int found = -1;
    for (int i = 0; i < it->nmethods; i++) {
        int k = mtab_find(m, it->methods[i].name, it->methods[i].sig);
        if (k < 0)
            return NULL;
        if (strcmp(it->methods[i].name, name) == 0)
            found = k;
    }
    return found < 0 ? NULL : m->wrappers[found];
}

static int add_selector(const char *name)
{
    Gen *g = cs_gen;
    if (g->nsels == g->csels) {
        g->csels = g->csels ? 2 * g->csels : 16;
        g->sels = realloc(g->sels, g->csels * sizeof *g->sels);
    }
    g->sels[g->nsels] = name;
    return g->nsels++;
}

/* The runtime's own descriptors (panic.c) fill these selectors' entries.
 * KEEP IN SYNC: rt.h RT_SEL_ERROR, RT_SEL_RUNTIMEERROR. */
static const char *const runtime_sels[] = {"Error", "RuntimeError"};

int cs_gen_selector(const char *name)
{
    Gen *g = cs_gen;
    if (g->nsels == 0)
        for (size_t i = 0; i < sizeof runtime_sels / sizeof *runtime_sels; i++)
            add_selector(runtime_sels[i]);
    for (int i = 0; i < g->nsels; i++)
        if (strcmp(g->sels[i], name) == 0)
            return i;
    return add_selector(name);
}

const char *cs_gen_imethod(const char *x, const char *name, CsType *sig)
{
    return cs_gen_fmt("((%s)rt_imethod(%s.type, %d /* %s */))", cs_gen_fnptr_type(sig, "void *"), x,
                      cs_gen_selector(name), name);
}

void cs_gen_emit_mtabs(void)
{
    Gen *g = cs_gen;
    int n = g->nsels ? g->nsels : 1;
    const char **slot = malloc(n * sizeof *slot);
    for (MTab *m = mtabs; m; m = m->next) {
        for (int k = 0; k < n; k++)
            slot[k] = "NULL";
        for (int i = 0; i < m->n; i++)
            for (int k = 0; k < g->nsels; k++)
                if (strcmp(g->sels[k], m->mnames[i]) == 0)
                    slot[k] = m->wrappers[i];
        cs_buf_printf(&g->mtabs, "#define %s_MTAB { \\\n", m->name);
        for (int k = 0; k < n; k++)
            if (k == n - 1 || strcmp(slot[k], "NULL") != 0)
                cs_buf_printf(&g->mtabs, "    [%d] = (void *)%s, \\\n", k, slot[k]);
        cs_buf_puts(&g->mtabs, "}\n");
    }
    free(slot);
}

/* The signature of a method-set entry: the declared method's, or the
 * embedded interface's. */
static CsType *method_sig(const MSetEntry *e)
{
    if (e->m)
        return e->m->sig;
    CsType *it = cs_gen_under(e->owner);
    for (int i = 0; i < it->nmethods; i++)
        if (strcmp(it->methods[i].name, e->name) == 0)
            return it->methods[i].sig;
    return NULL;
}

/* The methods a descriptor lists: for a named T its value method set, for
 * *T the pointer method set, for an interface its methods (no code). A
 * concrete type's list is kept for its mtab. */
static void emit_methods(CsBuf *b, const char *name, CsType *t, int *count)
{
    CsType *it = cs_gen_under(t);
    *count = 0;
    if (it->kind == CS_TY_INTERFACE) {
        if (it->nmethods == 0)
            return;
        cs_buf_printf(b, "static const rt_method %s_methods[] = {\n", name);
        for (int i = 0; i < it->nmethods; i++)
            cs_buf_printf(b, "    {%s, NULL, %s},\n", str_lit(it->methods[i].name),
                          str_lit(cs_type_string(it->methods[i].sig)));
        cs_buf_puts(b, "};\n");
        *count = it->nmethods;
        return;
    }
    MSetEntry *ms;
    bool via_ptr;
    CsType *named;
    int k = method_set(t, &ms, &via_ptr, &named);
    if (k == 0)
        return;
    const char **wrappers = calloc(k, sizeof *wrappers);
    for (int i = 0; i < k; i++)
        wrappers[i] = ms[i].depth == 0 ? cs_gen_method_wrapper(named, ms[i].m, via_ptr)
                                       : cs_gen_promoted_wrapper(named, via_ptr, ms[i].name, ms[i].m,
                                                                 ms[i].owner, ms[i].path, ms[i].depth);
    cs_buf_printf(b, "static const rt_method %s_methods[] = {\n", name);
    for (int i = 0; i < k; i++)
        cs_buf_printf(b, "    {%s, (void *)%s, %s},\n", str_lit(ms[i].name), wrappers[i],
                      str_lit(cs_type_string(method_sig(&ms[i]))));
    cs_buf_puts(b, "};\n");
    *count = k;
    MTab *m = calloc(1, sizeof *m);
    *m = (MTab){.name = name, .n = k, .mnames = calloc(k, sizeof(char *)), .wrappers = wrappers,
                .sigs = calloc(k, sizeof(CsType *)), .next = mtabs};
    for (int i = 0; i < k; i++) {
        m->mnames[i] = ms[i].name;
        m->sigs[i] = method_sig(&ms[i]);
    }
    mtabs = m;
}

static void emit_rtt(CsType *t)
{
    Gen *g = cs_gen;
    CsBuf *b = &g->rtt_def;
    CsType *u = cs_gen_under(t);
    const char *name = info(t)->rtt + 1;
    const char *ct = cs_gen_ctype(t);
    int nfields = 0, nmethods = 0;
    if (u->kind == CS_TY_STRUCT && u->nfields > 0) {
        nfields = u->nfields;
        const char **ftypes = calloc(nfields, sizeof *ftypes);
        for (int i = 0; i < nfields; i++)
            ftypes[i] = cs_gen_rtt(u->fields[i].type);
        cs_buf_printf(b, "static const rt_field %s_fields[] = {\n", name);
        for (int i = 0; i < nfields; i++) {
            CsField *f = &u->fields[i];
            cs_buf_printf(b, "    {%s, %s, offsetof(%s, %s), %s, %s},\n", str_lit(f->name),
                          ftypes[i], ct, cs_gen_field_name(f->name, i),
                          f->embedded ? "true" : "false", f->exported ? "true" : "false");
        }
        cs_buf_puts(b, "};\n");
    }
    CsBuf mb = {0};
    emit_methods(&mb, name, t, &nmethods);
    if (mb.s)
        cs_buf_puts(b, mb.s);
    int flags = 0;
    if (cs_gen_is_direct(t))
        flags |= 1;
    if (t->kind == CS_TY_NAMED)
        flags |= 2;
    if (comparable(t))
        flags |= 4;
    const char *elem = NULL, *key = NULL, *ptrto = NULL;
    if (u->kind == CS_TY_ARRAY || u->kind == CS_TY_SLICE || u->kind == CS_TY_PTR ||
        u->kind == CS_TY_CHAN || u->kind == CS_TY_MAP)
        elem = cs_gen_rtt(u->elem);
    if (u->kind == CS_TY_MAP)
        key = cs_gen_rtt(u->key);
    if (wants_ptrto(t))
        ptrto = cs_gen_rtt(cs_type_ptr(t));
    cs_buf_printf(b, "static const rt_type %s = {\n", name);
    cs_buf_printf(b, "    .kind = RT_KIND_%s, .flags = %d, .chandir = %d,\n", rt_kind_name(t), flags,
                  u->kind == CS_TY_CHAN ? u->chandir : 0);
    cs_buf_printf(b, "    .size = sizeof(%s), .align = _Alignof(%s),\n", ct, ct);
    cs_buf_printf(b, "    .name = %s,\n", str_lit(cs_type_string(t)));
    if (elem)
        cs_buf_printf(b, "    .elem = %s,\n", elem);
    if (key)
        cs_buf_printf(b, "    .key = %s,\n", key);
    if (u->kind == CS_TY_ARRAY)
        cs_buf_printf(b, "    .len = %lld,\n", (long long)u->len);
    if (nfields)
        cs_buf_printf(b, "    .fields = %s_fields, .nfields = %d,\n", name, nfields);
    if (nmethods)
        cs_buf_printf(b, "    .methods = %s_methods, .nmethods = %d,\n", name, nmethods);
    if (ptrto)
        cs_buf_printf(b, "    .ptrto = %s,\n", ptrto);
    if (nmethods && u->kind != CS_TY_INTERFACE)
        cs_buf_printf(b, "    .mtab = %s_MTAB,\n", name);
    cs_buf_puts(b, "};\n");
}

void cs_gen_emit_rtts(void)
{
    for (int i = 0; i < cs_gen->npending_rtt; i++)
        emit_rtt(cs_gen->pending_rtt[i]);
}
