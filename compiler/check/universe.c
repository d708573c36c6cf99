/* The universe scope: predeclared types, constants, nil and built-in
 * functions. Basic types are singletons indexed by CsTypeKind; `byte` and
 * `rune` are aliases, i.e. the very same CsType as uint8 and int32 (so
 * pointer equality stays type identity; messages spell them uint8/int32).
 * `error` is a named interface type with no package; `any` is an alias of
 * the empty interface.
 */
#include "check.h"

CsScope *cs_universe;
CsType *cs_ty_error;
CsType *cs_ty_any;
static CsType basics[CS_TY_UNTYPED_NIL + 1];

CsType *cs_type_basic(CsTypeKind kind)
{
    if (kind < 0 || kind > CS_TY_UNTYPED_NIL) return NULL;
    basics[kind].kind = kind;
    return &basics[kind];
}

static void def(CsSymKind kind, const char *name, CsType *t)
{
    CsSym *s = cs_sym_new(kind, name, (CsPos){0});
    s->type = t;
    s->used = true;
    s->global = true;
    cs_scope_insert(cs_universe, s);
}

static void def_const(const char *name, CsType *t, CsConst *v)
{
    CsSym *s = cs_sym_new(CS_SYM_CONST, name, (CsPos){0});
    s->type = t;
    s->cv = v;
    s->global = true;
    cs_scope_insert(cs_universe, s);
}

static void def_builtin(const char *name, CsBuiltin bi)
{
    CsSym *s = cs_sym_new(CS_SYM_BUILTIN, name, (CsPos){0});
    s->builtin = bi;
    cs_scope_insert(cs_universe, s);
}

void cs_universe_init(void)
{
    if (cs_universe) return;
    cs_universe = cs_scope_new(NULL, NULL);
    static const struct { const char *name; CsTypeKind kind; } types[] = {
        {"bool", CS_TY_BOOL}, {"int", CS_TY_INT}, {"int8", CS_TY_INT8},
        {"int16", CS_TY_INT16}, {"int32", CS_TY_INT32}, {"int64", CS_TY_INT64},
        {"uint", CS_TY_UINT}, {"uint8", CS_TY_UINT8}, {"uint16", CS_TY_UINT16},
        {"uint32", CS_TY_UINT32}, {"uint64", CS_TY_UINT64}, {"uintptr", CS_TY_UINTPTR},
        {"float32", CS_TY_FLOAT32}, {"float64", CS_TY_FLOAT64}, {"string", CS_TY_STRING},
        {"byte", CS_TY_UINT8}, {"rune", CS_TY_INT32},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        def(CS_SYM_TYPE, types[i].name, cs_type_basic(types[i].kind));

    /* complex types exist only to be rejected with a clear message (expr.c) */
    def(CS_SYM_TYPE, "complex64", NULL);
    def(CS_SYM_TYPE, "complex128", NULL);

    cs_ty_any = cs_type_interface(NULL, 0);
    def(CS_SYM_TYPE, "any", cs_ty_any);

    CsSym *esym = cs_sym_new(CS_SYM_TYPE, "error", (CsPos){0});
    cs_ty_error = cs_type_named("error", NULL, esym);
    CsType *errsig = cs_type_func(NULL, 0, (CsType *[]){cs_type_basic(CS_TY_STRING)}, 1, false);
    CsMethod m = {.name = "Error", .sig = errsig};
    cs_ty_error->underlying = cs_type_interface(&m, 1);
    esym->type = cs_ty_error;
    esym->used = true;
    esym->global = true;
    cs_scope_insert(cs_universe, esym);

    def_const("true", cs_type_basic(CS_TY_UNTYPED_BOOL), cs_const_bool(true));
    def_const("false", cs_type_basic(CS_TY_UNTYPED_BOOL), cs_const_bool(false));
    def_const("iota", cs_type_basic(CS_TY_UNTYPED_INT), cs_const_int(0));
    CsSym *nil = cs_sym_new(CS_SYM_NIL, "nil", (CsPos){0});
    nil->type = cs_type_basic(CS_TY_UNTYPED_NIL);
    cs_scope_insert(cs_universe, nil);

    static const struct { const char *name; CsBuiltin bi; } bis[] = {
        {"append", CS_BI_APPEND}, {"cap", CS_BI_CAP}, {"close", CS_BI_CLOSE},
        {"complex", CS_BI_COMPLEX}, {"copy", CS_BI_COPY}, {"delete", CS_BI_DELETE},
        {"imag", CS_BI_IMAG}, {"len", CS_BI_LEN}, {"make", CS_BI_MAKE},
        {"new", CS_BI_NEW}, {"panic", CS_BI_PANIC}, {"print", CS_BI_PRINT},
        {"println", CS_BI_PRINTLN}, {"real", CS_BI_REAL}, {"recover", CS_BI_RECOVER},
    };
    for (size_t i = 0; i < sizeof bis / sizeof bis[0]; i++) def_builtin(bis[i].name, bis[i].bi);
}
