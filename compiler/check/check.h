/* check.h: the checker's internal interface, shared by the files of
 * compiler/check/ and by nobody else (codegen reads types.h only).
 *
 * The checker is one pass over each package, in the style of go/types:
 *   - decl.c collects the package-level objects of every file into the
 *     package scope (imports into per-file scopes), then resolves them
 *     lazily: an identifier that names a package-level object not yet
 *     resolved resolves it on the spot (so declaration order does not
 *     matter), with a colour (unresolved / in progress / done) to detect
 *     cycles. Function bodies are checked after all signatures.
 *   - expr.c (operators, literals, index/slice, composite and function
 *     literals), selector.c (x.f, promotion), call.c (calls, conversions),
 *     builtin.c, lookup.c (fields, method sets, interface satisfaction)
 *     compute an expression's mode, type and constant value bottom up
 *     (typexpr.c for type syntax, const.c for constant arithmetic, types.c
 *     for interned types); untyped constants stay untyped until assign.c
 *     converts them to the type the context asks for
 *     (cs_check_convert_untyped), which rewrites `ty` down the tree so
 *     codegen always sees the final type.
 *   - stmt.c checks statements and function bodies; escape.c decides heap
 *     allocation last. exprstr.c spells expressions for messages; scope.c,
 *     universe.c and check.c (entry point, error buffer) are the plumbing.
 * Errors go through cs_check_errorf, which buffers them; cs_check_program
 * sorts them by position before handing them to diag.h (gc prints errors
 * sorted, and unused-variable errors are found after the code that follows
 * the declaration).
 */
#ifndef CS_CHECK_H
#define CS_CHECK_H

#include <stdarg.h>
#include "types.h"

/* ---- scopes (scope.c) --------------------------------------------------- */
struct CsScope {
    CsScope *parent;
    CsNode *func;           /* function (FUNCDECL/FUNCLIT) the scope lies in; NULL above */
    CsSym **tab; int cap, n;/* open-addressing hash on name */
    CsSym **order; int norder, corder; /* insertion order (for unused checks) */
};
CsScope *cs_scope_new(CsScope *parent, CsNode *func);
CsSym *cs_scope_lookup_local(CsScope *s, const char *name);
CsSym *cs_scope_lookup(CsScope *s, const char *name);
/* Inserts sym; returns the symbol already there under the name, or NULL. */
CsSym *cs_scope_insert(CsScope *s, CsSym *sym);

/* ---- package-level declarations (decl.c) ------------------------------- */
typedef enum { DECL_UNRESOLVED, DECL_RESOLVING, DECL_DONE } DeclState;
typedef struct DeclInfo DeclInfo;
struct DeclInfo {               /* hung on CsSym.info of package-level objects */
    CsSym *sym;
    CsNode *spec;               /* VARSPEC / CONSTSPEC / TYPESPEC / FUNCDECL */
    CsNode *ctype, *cvalues;    /* CONSTSPEC: the type and values in effect (repetition) */
    int index;                  /* position of the name in the spec */
    CsScope *file_scope;
    DeclState state;
    DeclInfo **deps; int ndeps, cdeps; /* package-level VARs/FUNCs referenced */
    int order;                  /* source order, for the init order */
    bool emitted;               /* init order: already placed */
};

/* ---- the checker state ---------------------------------------------------- */
typedef struct Checker {
    CsProgram *prog;
    CsPackage *pkg;
    CsScope *scope;             /* innermost scope */
    CsScope *file_scope;
    CsNode *func;               /* enclosing FUNCDECL / FUNCLIT */
    CsType *sig;                /* its signature */
    DeclInfo *decl;             /* package-level object whose init/body is checked */
    int64_t iota; bool has_iota;
    /* statement context */
    CsNode *breakable;          /* innermost FOR/RANGE/SWITCH/TYPESWITCH/SELECT */
    CsNode *loop;               /* innermost FOR/RANGE */
    struct Label *labels;       /* labels of the current function */
    CsNode *target_texpr;       /* type expression of the declaration being checked (messages) */
    bool in_type_decl;          /* resolving a package-level type declaration */
} Checker;

/* Reports an error (buffered, sorted by position at the end). */
void cs_check_errorf(CsPos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cs_check_flush_errors(void);
int cs_check_nerrors(void);
void *cs_check_alloc(size_t n);     /* zeroed, never freed */
char *cs_check_strdup(const char *s);
char *cs_check_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
CsSym *cs_sym_new(CsSymKind kind, const char *name, CsPos pos);

/* ---- universe (universe.c) ------------------------------------------------ */
extern CsScope *cs_universe;
extern CsType *cs_ty_error;         /* the named interface `error` */
extern CsType *cs_ty_any;           /* interface{} */
void cs_universe_init(void);

/* ---- types (types.c) ------------------------------------------------------- */
CsType *cs_type_slice(CsType *elem);
CsType *cs_type_array(CsType *elem, int64_t len);
CsType *cs_type_ptr(CsType *elem);
CsType *cs_type_map(CsType *key, CsType *elem);
CsType *cs_type_chan(CsType *elem, int dir);
CsType *cs_type_func(CsType **params, int np, CsType **results, int nr, bool variadic);
CsType *cs_type_tuple(CsType **elems, int n);
CsType *cs_type_struct(CsField *fields, int n);
CsType *cs_type_interface(CsMethod *methods, int n);   /* sorts, interns */
CsType *cs_type_named(const char *name, CsPackage *pkg, CsSym *decl);
/* Type spelling relative to package `rel` (NULL: qualify everything) in
 * go/types style (for error messages). */
const char *cs_type_str(CsType *t, CsPackage *rel);
bool cs_type_identical(CsType *a, CsType *b);
bool cs_type_identical_ignore_tags(CsType *a, CsType *b);
bool cs_type_is_untyped(CsType *t);
bool cs_type_is_integer(CsType *t);     /* incl. untyped int/rune */
bool cs_type_is_unsigned(CsType *t);
bool cs_type_is_float(CsType *t);
bool cs_type_is_numeric(CsType *t);
bool cs_type_is_string(CsType *t);
bool cs_type_is_boolean(CsType *t);
bool cs_type_is_interface(CsType *t);
bool cs_type_is_named(CsType *t);       /* NAMED or predeclared basic */
bool cs_type_comparable(CsType *t);
bool cs_type_ordered(CsType *t);
bool cs_type_has_nil(CsType *t);
CsType *cs_type_default(CsType *t);     /* untyped -> default type */
int64_t cs_type_size_bits(CsType *t);   /* basic integer/float widths */

/* ---- constants (const.c) ---------------------------------------------------- */
CsConst *cs_const_int(__int128 v);
CsConst *cs_const_float(long double v);
CsConst *cs_const_bool(bool b);
CsConst *cs_const_string(const char *s, int64_t len);
/* Binary op on constants of the same (possibly untyped) type `t`; NULL with
 * *err set ("division by zero") on failure. Comparisons give bools. */
CsConst *cs_const_binary(CsOp op, CsConst *a, CsConst *b, CsType *t, const char **err);
CsConst *cs_const_unary(CsOp op, CsConst *a, CsType *t);
CsConst *cs_const_shift(CsOp op, CsConst *a, uint64_t n);
/* consthuge.c: exact long double arithmetic on integers beyond __int128 */
bool cs_const_int_to_float(__int128 x, long double *out);
bool cs_const_exact_add(long double x, long double y, long double *out);
bool cs_const_exact_mul(long double x, long double y, long double *out);
bool cs_const_exact_divmod(long double x, long double y, long double *q, long double *r);
bool cs_const_compare(CsOp op, CsConst *a, CsConst *b);
/* Converts `v` to basic type `t`: returns the value (rounded for floats,
 * int for integer types) or NULL if not representable; *truncated tells
 * why (a float with a fractional part for an integer type). */
CsConst *cs_const_represent(CsConst *v, CsType *t, bool *truncated);
bool cs_const_is_int_valued(CsConst *v);   /* int, or float with integral value */
const char *cs_const_string_typed(CsConst *v, CsType *t);
const char *cs_const_string_of(CsConst *v); /* Go's spelling, for messages */

/* ---- duplicate detection (keyset.c) --------------------------------------
 * A hash set of caller-owned keys: literal keys and switch cases are
 * checked for duplicates in linear time. Start from a zeroed set with
 * `same` filled in; cs_keyset_free releases it. */
typedef struct CsKeyEnt { uint64_t hash; const void *key; } CsKeyEnt;
typedef struct CsKeySet {
    CsKeyEnt *ent;
    size_t cap, n;
    bool (*same)(const void *a, const void *b);
} CsKeySet;
/* Adds key (non-NULL) under hash; false, adding nothing, when a key that
 * `same` calls equal is already in. */
bool cs_keyset_add(CsKeySet *s, uint64_t hash, const void *key);
void cs_keyset_free(CsKeySet *s);
/* For constant keys (CsConst *): equal kind and value hash alike. */
uint64_t cs_const_hash(const CsConst *k);
bool cs_const_same(const void *a, const void *b);
/* For integer keys (int64_t *). */
uint64_t cs_int_hash(int64_t v);
bool cs_int_same(const void *a, const void *b);
bool cs_const_to_int64(CsConst *v, int64_t *out);

/* ---- lookup (lookup.c) ------------------------------------------------------ */
typedef struct Lookup {
    enum { LK_NONE, LK_FIELD, LK_METHOD, LK_AMBIGUOUS } kind;
    int path[CS_FIELD_PATH_MAX]; int depth; /* embedded field indices, then the field (fields) */
    bool indirect;              /* went through a pointer on the way (embedded) */
    bool too_deep;              /* LK_NONE, but the walk stopped at CS_FIELD_PATH_MAX */
    CsField *field;
    CsMethod *method;
    CsType *recv;               /* type that declared the method / struct of the field */
} Lookup;
Lookup cs_lookup(Checker *c, CsType *t, const char *name, CsPackage *from);
/* Resolved signature of a method (forces lazy resolution). */
CsType *cs_method_sig(Checker *c, CsMethod *m);
/* Whether type t implements interface iface; on failure *missing names the
 * method and *wrong_ptr tells it exists with a pointer receiver only. */
bool cs_implements(Checker *c, CsType *t, CsType *iface, const char **missing, bool *wrong_ptr,
                   bool *wrong_type);
/* What gc adds under "(wrong type for method M)": "\n\t\thave M() int\n\t\twant M() string". */
const char *cs_wrong_method_detail(Checker *c, CsType *t, CsType *iface, const char *name);
CsMethod *cs_find_method(CsType *named, const char *name);

/* ---- declarations (decl.c) --------------------------------------------------- */
void cs_check_package(Checker *c, CsPackage *pkg);
void cs_decl_resolve(Checker *c, CsSym *sym);     /* lazy resolution */
void cs_decl_use(Checker *c, CsSym *sym);         /* record an init dependency */
/* Declares a local variable/const/type in the current scope (reports redeclaration). */
void cs_check_declare(Checker *c, CsSym *sym, CsNode *ident);
void cs_check_var_spec(Checker *c, CsNode *spec, bool global);
/* The size and alignment of t's values as gc lays them out on amd64,
 * saturating at 2^62 (for gc's limits: "symbol too large" on globals,
 * "channel element type too large"). */
int64_t cs_check_storage_size(CsType *t, int64_t *align);
void cs_check_const_spec(Checker *c, CsNode *spec, CsNode *ctype, CsNode *cvalues);
void cs_check_type_spec(Checker *c, CsNode *spec, CsSym *sym);
void cs_check_func_body(Checker *c, CsNode *fn, CsType *sig, CsNode *recv, CsNode *body);

/* ---- type expressions (typexpr.c) ----------------------------------------------- */
CsType *cs_check_type(Checker *c, CsNode *n);     /* reports "not a type" */
bool cs_check_deferred_type_name(Checker *c, CsNode *n);
CsType *cs_check_indirect_type(Checker *c, CsNode *n);
void cs_check_typexpr(Checker *c, CsNode *n);      /* type-expression node kinds */
CsType *cs_check_signature(Checker *c, CsNode *ftype, CsNode *recv, CsScope *declare_in);
bool cs_check_signature_broken(CsType *sig);
/* Array length; -1 on error. */
int64_t cs_check_array_len(Checker *c, CsNode *len);

/* ---- expressions (expr.c, call.c, builtin.c) ----------------------------------- */
/* Checks n; `hint` is the type an elided composite literal takes (NULL
 * otherwise). Leaves untyped constants untyped. Allows types only when
 * allow_type. */
void cs_check_expr_raw(Checker *c, CsNode *n, CsType *hint, bool allow_type);
/* Checks a single-valued expression (reports "used as value" / types). */
void cs_check_expr(Checker *c, CsNode *n);
void cs_check_expr_hint(Checker *c, CsNode *n, CsType *hint);
/* Checks and converts untyped results to their default type. */
void cs_check_expr_default(Checker *c, CsNode *n);
/* Reports a checked expression that is not a single value (type, no value, tuple...). */
void cs_check_single_value(Checker *c, CsNode *n);
/* Checks a possibly multi-valued expression (calls, comma-ok forms). */
void cs_check_multi(Checker *c, CsNode *n);
void cs_check_call(Checker *c, CsNode *n);
bool cs_check_builtin(Checker *c, CsNode *n, int bi);
void cs_check_conversion(Checker *c, CsNode *n, CsType *t);
void cs_check_selector(Checker *c, CsNode *n, bool allow_type);
void cs_check_ident_lhs(Checker *c, CsNode *n);
void cs_check_funclit(Checker *c, CsNode *n);
bool cs_check_addressable(CsNode *n);
/* The variable whose storage holds the (checked) addressable expression x:
 * v for v, v.f, v[i] of an array v, and nestings of these; NULL when x
 * lies elsewhere (behind a pointer, in a slice's array, a map). */
CsSym *cs_check_var_of(CsNode *x);
const char *cs_expr_string(CsNode *n);
/* Leftmost position of an expression (where go/types reports errors). */
CsPos cs_start_pos(CsNode *n);
#define SP(n) cs_start_pos(n)
/* "(number, string)": go/types' summary of argument/result types. */
const char *cs_types_summary(Checker *c, CsType **ts, int n, bool variadic);
/* "x (variable of type int)" */
const char *cs_operand_string(Checker *c, CsNode *n);

/* ---- assignability (assign.c) ------------------------------------------------ */
/* Converts the untyped expression n to type t (or its default when t is
 * NULL); reports errors in `context`. Returns false on error. */
bool cs_check_convert_untyped(Checker *c, CsNode *n, CsType *t);
/* Spelling of t for messages, as the type expression texpr names it when
 * that is the alias byte or rune (uint8/int32 otherwise). */
const char *cs_type_str_as(Checker *c, CsType *t, CsNode *texpr);
/* typesrc.c: the type expression that gave operand n its type, and the one
 * of parameter i of the function f calls (its element type for the variadic
 * one when variadic_elem); NULL when unknown. For messages only. */
CsNode *cs_type_source(CsNode *n);
CsNode *cs_param_type_source(CsNode *f, int i, bool variadic_elem);
CsNode *cs_result_type_source(CsNode *fn, int i);   /* fn: FUNCDECL or FUNCLIT */
CsNode *cs_elem_type_source(CsNode *texpr);          /* []T [N]T chan T map[K]T: T */
/* cs_check_assignable, spelling t after the type expression texpr (or NULL) */
bool cs_check_assignable_as(Checker *c, CsNode *n, CsType *t, CsNode *texpr, const char *context);
/* The same, reporting failures as "cannot use ... in <context>". */
bool cs_check_convert_untyped_in(Checker *c, CsNode *n, CsType *t, const char *context);
bool cs_check_assignable(Checker *c, CsNode *n, CsType *t, const char *context);
/* The same for result t of the multi-value call `call` (x, y = f()): Go's
 * message names the call, "cannot use f() (value of type T) as ...". */
bool cs_check_tuple_part(Checker *c, CsNode *call, CsType *t, CsType *want, const char *context);
bool cs_assignable_to(Checker *c, CsNode *n, CsType *t, const char **cause);
void cs_check_assign_stmt(Checker *c, CsNode *n);
/* Marks the variables of an erroneous assignment used (no follow-up errors). */
void cs_check_use_lhs(CsNode *lhs);
void cs_check_mark_invalid(CsNode *n);

/* ---- statements (stmt.c) ------------------------------------------------------- */
void cs_check_block(Checker *c, CsNode *block);
void cs_check_stmt_list(Checker *c, CsNode *list);
bool cs_check_terminating(CsNode *s);
void cs_check_open_scope(Checker *c);
void cs_check_close_scope(Checker *c);

/* ---- escape step (escape.c) ------------------------------------------------------ */
void cs_escape_package(CsPackage *pkg);
/* Leak summaries of pointer parameters and CsSym.addr_escapes (leak.c); run
 * by cs_escape_package, packages in dependency order. */
void cs_leak_package(CsPackage *pkg);

#endif
