/* Types, symbols, constants and packages: what the checker computes and the
 * code generator consumes.
 *
 * Types follow go/types: basic types (including the untyped constant
 * kinds), composite types built structurally, and CS_TY_NAMED for declared
 * types, which carry their underlying type and their methods. Identical
 * unnamed types are interned by cs_type_* constructors, so pointer equality
 * is type identity for everything (named types are unique by declaration).
 *
 * Packages: the user's files form package "main"; every stdlib package the
 * program imports (directly or through another stdlib package) is parsed
 * from stdlib/<path>/<name>.cs and checked the same way. Body-less function
 * declarations in stdlib files are implemented in C (stdlib/<path>/<name>.c)
 * under the C name the code generator derives for them (codegen/ mangling
 * rules, see runtime/rt.h "Calling convention").
 *
 * KEEP IN SYNC: check/ (producer), codegen/ (consumer).
 */
#ifndef CS_TYPES_H
#define CS_TYPES_H

#include <stdbool.h>
#include <stdint.h>
#include "ast.h"

typedef enum CsTypeKind {
    CS_TY_INVALID,
    /* basic, typed */
    CS_TY_BOOL,
    CS_TY_INT, CS_TY_INT8, CS_TY_INT16, CS_TY_INT32, CS_TY_INT64,
    CS_TY_UINT, CS_TY_UINT8, CS_TY_UINT16, CS_TY_UINT32, CS_TY_UINT64, CS_TY_UINTPTR,
    CS_TY_FLOAT32, CS_TY_FLOAT64,
    CS_TY_STRING,
    CS_TY_UNSAFEPTR,    /* internal use by stdlib sources only */
    /* basic, untyped (constants and nil) */
    CS_TY_UNTYPED_BOOL, CS_TY_UNTYPED_INT, CS_TY_UNTYPED_RUNE,
    CS_TY_UNTYPED_FLOAT, CS_TY_UNTYPED_STRING, CS_TY_UNTYPED_NIL,
    /* composite */
    CS_TY_ARRAY,        /* elem, len */
    CS_TY_SLICE,        /* elem */
    CS_TY_MAP,          /* key, elem */
    CS_TY_CHAN,         /* elem, chandir */
    CS_TY_PTR,          /* elem */
    CS_TY_FUNC,         /* params, results, variadic (last param is a slice) */
    CS_TY_STRUCT,       /* fields */
    CS_TY_INTERFACE,    /* methods (sorted by name, embedded ones flattened) */
    CS_TY_TUPLE,        /* results of a multi-value call: params holds them */
    CS_TY_NAMED,        /* name, pkg, underlying, methods */
} CsTypeKind;

typedef struct CsField {
    const char *name;   /* for embedded fields: the type's name */
    CsType *type;
    bool embedded;
    bool exported;
    const char *tag;
} CsField;

typedef struct CsMethod {
    const char *name;
    CsType *sig;        /* CS_TY_FUNC without the receiver */
    CsSym *func;        /* the method's FUNC symbol; in interfaces a FUNC symbol
                           with decl NULL and recv_type the interface type */
    bool ptr_recv;      /* declared with a pointer receiver */
} CsMethod;

typedef struct CsPackage CsPackage;

struct CsType {
    CsTypeKind kind;
    CsType *elem;               /* ARRAY SLICE MAP(value) CHAN PTR */
    CsType *key;                /* MAP */
    int64_t len;                /* ARRAY */
    int chandir;                /* CHAN: CsChanDir */
    CsField *fields; int nfields;           /* STRUCT */
    CsType **params; int nparams;           /* FUNC, TUPLE */
    CsType **results; int nresults;         /* FUNC */
    bool variadic;                          /* FUNC */
    CsMethod *methods; int nmethods;        /* INTERFACE, NAMED */
    /* NAMED */
    const char *name;
    CsPackage *pkg;
    CsType *underlying;
    CsSym *decl;
    /* for codegen */
    const char *cname;          /* C type spelling, cached by codegen */
    void *gen;                  /* codegen bookkeeping (type descriptor emitted, ...) */
};

/* ---- constants ------------------------------------------------------- */
/* Untyped integer constants need more than 64 bits (1 << 100 >> 98 is
 * legal Go); __int128 covers every program we have seen, and overflow past
 * it is reported as "constant overflow". */
typedef enum { CS_CV_BOOL, CS_CV_INT, CS_CV_FLOAT, CS_CV_STRING } CsConstKind;
struct CsConst {
    CsConstKind kind;
    bool b;
    __int128 i;
    long double f;
    const char *s; int64_t slen;
};

/* ---- symbols ----------------------------------------------------------- */
typedef enum CsSymKind {
    CS_SYM_VAR, CS_SYM_CONST, CS_SYM_TYPE, CS_SYM_FUNC,
    CS_SYM_PKG, CS_SYM_BUILTIN, CS_SYM_NIL, CS_SYM_LABEL,
} CsSymKind;

typedef enum CsBuiltin {
    CS_BI_NONE,
    CS_BI_APPEND, CS_BI_CAP, CS_BI_CLOSE, CS_BI_COPY, CS_BI_DELETE, CS_BI_LEN,
    CS_BI_MAKE, CS_BI_NEW, CS_BI_PANIC, CS_BI_PRINT, CS_BI_PRINTLN, CS_BI_RECOVER,
    CS_BI_COMPLEX, CS_BI_REAL, CS_BI_IMAG,  /* rejected: complex numbers */
} CsBuiltin;

struct CsSym {
    CsSymKind kind;
    const char *name;
    CsPos pos;
    CsType *type;           /* VAR/CONST/FUNC: its type; TYPE: the type */
    CsConst *cv;            /* CONST */
    CsPackage *pkg;         /* package the symbol belongs to (NULL for universe) */
    CsPackage *imported;    /* PKG: the imported package */
    CsNode *decl;           /* declaring node (FUNCDECL, VARSPEC, FIELD, ...) */
    CsNode *func;           /* VAR: enclosing FUNCDECL/FUNCLIT, NULL for globals */
    CsType *recv_type;      /* FUNC that is a method: the receiver's named type */
    int builtin;            /* BUILTIN: CsBuiltin */
    bool global;            /* package-level */
    bool is_param, is_result;
    bool used;              /* for "declared and not used" / "imported and not used" */
    bool captured;          /* VAR referenced by a closure other than its own function */
    bool addr_taken;        /* &v taken (or implicit & for a pointer-receiver method call) */
    bool addr_escapes;      /* an address use of VAR may outlive its frame (leak.c) */
    bool param_leaks;       /* pointer or slice PARAM whose pointee's address, or interface PARAM whose value, may outlive the call (leak.c) */
    bool escapes;           /* VAR must live on the heap (escape step's decision) */
    bool reassigned;        /* VAR written after its declaration: =, op=, ++, := again, range (escape step) */
    bool by_value;          /* captured VAR that each closure copies; stays a C local (escape step) */
    int id;                 /* unique per compilation, for C names of shadowed locals */
    const char *cname;      /* C name, cached by codegen */
    void *info;             /* checker-private (package-level declaration state) */
};

/* ---- packages and the program ----------------------------------------- */
typedef struct CsScope CsScope;     /* check/scope.c */

struct CsPackage {
    const char *path;       /* "main", "fmt", "sync/atomic" */
    const char *name;       /* "main", "fmt", "atomic" */
    const char *cprefix;    /* C name prefix: "main", "fmt", "sync_atomic" */
    CsNode *files;          /* list of CS_ND_FILE */
    CsScope *scope;         /* package scope */
    CsNode *inits;          /* init order: list of CS_ND_DECLSTMT wrappers (the
                               VARSPECs and FUNCDECLs are already in other lists)
                               whose `decl` is a package-level VARSPEC, in
                               dependency order, then the FUNCDECLs of init()
                               functions in source order */
    bool checked;
};

typedef struct CsProgram {
    CsPackage **pkgs; int npkgs; /* dependency order: a package after all it imports; main last */
    CsPackage *main;
} CsProgram;

/* ---- checker entry points (check/) -------------------------------------- */
/* Type-checks all packages of `prog` (main last). Reports errors through
 * diag.h; returns false when any was reported. */
bool cs_check_program(CsProgram *prog);

/* Predeclared types, valid after the checker is initialised. */
CsType *cs_type_basic(CsTypeKind kind);
CsType *cs_type_underlying(CsType *t);
/* Are t's values too big to keep in a goroutine's stack frame (escape.c)?
 * Such variables live on the heap. The estimate also bounds frame sizes
 * for codegen's stack checks. */
bool cs_type_is_big(CsType *t);
int64_t cs_type_size_estimate(CsType *t);   /* bytes, roughly; saturates near 1 TiB */
const char *cs_type_string(CsType *t);  /* Go's spelling: "[]int", "main.T", "map[string]int" */

#endif
