/* The abstract syntax tree: the contract between the parser (which builds
 * it through the cs_ast_* constructors in ast.c), the checker (which
 * resolves names, computes types and writes the annotation fields at the
 * end of CsNode) and the code generator (which reads both).
 *
 * One node struct for every construct, chibicc-style. Which fields a kind
 * uses is listed next to the kind below; unused fields are NULL/0. Lists
 * (statements, arguments, fields, names, ...) are chained through `next`,
 * so a node belongs to at most one list. cs_ast_list_append keeps lists in
 * source order.
 *
 * Size: a big program has millions of nodes, so small fields are narrow
 * and a few kind-specific ones share a union (see its comment).
 *
 * Positions: every node has `pos`, the position the checker reports errors
 * at: the first token for most nodes, the operator for binary expressions
 * (as gc does), the `(` for calls... Nodes are allocated from an arena and
 * never freed (the compiler is a short-lived process).
 *
 * KEEP IN SYNC: parser/ast.c (constructors), check/ (annotations),
 * codegen/ (consumers).
 */
#ifndef CS_AST_H
#define CS_AST_H

#include <stdbool.h>
#include <stdint.h>
#include "diag.h"

typedef struct CsNode CsNode;

/* A selector's path: the embedded fields it walks, then its final field.
 * Go sets no limit; a name found only deeper is reported as such. */
enum { CS_FIELD_PATH_MAX = 32 };
typedef struct CsType CsType;     /* check/types.h */
typedef struct CsSym CsSym;       /* check/types.h */
typedef struct CsConst CsConst;   /* check/types.h */

/* Operators, for CS_ND_UNARY / CS_ND_BINARY / op-assignment / inc-dec.
 * KEEP IN SYNC: cs_op_name in ast.c. */
typedef enum CsOp {
    CS_OP_NONE,
    CS_OP_ADD, CS_OP_SUB, CS_OP_MUL, CS_OP_DIV, CS_OP_REM,          /* + - * / % */
    CS_OP_AND, CS_OP_OR, CS_OP_XOR, CS_OP_SHL, CS_OP_SHR, CS_OP_ANDNOT, /* & | ^ << >> &^ */
    CS_OP_LAND, CS_OP_LOR,                                          /* && || */
    CS_OP_EQ, CS_OP_NE, CS_OP_LT, CS_OP_LE, CS_OP_GT, CS_OP_GE,     /* == != < <= > >= */
    CS_OP_NOT,      /* unary ! */
    CS_OP_NEG,      /* unary - */
    CS_OP_POS,      /* unary + */
    CS_OP_BITNOT,   /* unary ^ */
    CS_OP_ADDR,     /* unary & */
    CS_OP_RECV,     /* unary <- */
    CS_OP_INC, CS_OP_DEC, /* ++ -- (CS_ND_INCDEC) */
} CsOp;

typedef enum CsNodeKind {
    /* ---- expressions ---------------------------------------------------- */
    CS_ND_BAD,          /* placeholder after a syntax error */
    CS_ND_IDENT,        /* name (may be "_") */
    CS_ND_INTLIT,       /* lit: source text, e.g. "0x1_F" */
    CS_ND_FLOATLIT,     /* lit: source text */
    CS_ND_IMAGLIT,      /* lit: source text (rejected by the checker) */
    CS_ND_RUNELIT,      /* lit: source text incl. quotes; rune: decoded value */
    CS_ND_STRLIT,       /* lit: source text incl. quotes; str/strlen: decoded bytes */
    CS_ND_COMPOSITE,    /* type (may be NULL when elided inside another literal),
                           list: elements (KEYVALUE or plain exprs), rbrace: pos of } */
    CS_ND_KEYVALUE,     /* lhs: key, rhs: value (inside COMPOSITE) */
    CS_ND_FUNCLIT,      /* type: FUNCTYPE, body: BLOCK */
    CS_ND_PAREN,        /* expr */
    CS_ND_SELECTOR,     /* expr . name */
    CS_ND_INDEX,        /* expr [ index ] */
    CS_ND_SLICE,        /* expr [ lo : hi : max ]; each may be NULL; slice3 */
    CS_ND_TYPEASSERT,   /* expr . ( type ); type == NULL for x.(type) in a type switch */
    CS_ND_CALL,         /* expr ( list ) ; has_ellipsis for f(xs...) */
    CS_ND_STAR,         /* * expr: dereference or pointer type, decided by the checker */
    CS_ND_UNARY,        /* op expr (op: NOT NEG POS BITNOT ADDR RECV) */
    CS_ND_BINARY,       /* lhs op rhs; pos is the operator's */

    /* ---- type expressions ----------------------------------------------- */
    CS_ND_ARRAYTYPE,    /* [ len ] type; len == NULL means [...]T (only in composite literals) */
    CS_ND_SLICETYPE,    /* [ ] type */
    CS_ND_MAPTYPE,      /* map [ key ] value  (fields key, value) */
    CS_ND_CHANTYPE,     /* chan type; chandir: CS_CHAN_BOTH/SEND/RECV */
    CS_ND_FUNCTYPE,     /* func ( params ) results: lists of FIELD */
    CS_ND_STRUCTTYPE,   /* struct { list: FIELD } */
    CS_ND_INTERFACETYPE,/* interface { list: FIELD (methods: name + FUNCTYPE) or embedded type (FIELD, names == NULL) } */
    CS_ND_ELLIPSIS,     /* ... type   (last parameter's type) */
    CS_ND_FIELD,        /* names: list of IDENT (NULL for anonymous/embedded), type, tag (STRLIT or NULL) */

    /* ---- statements ----------------------------------------------------- */
    CS_ND_BLOCK,        /* list: statements; rbrace: pos of } */
    CS_ND_EMPTY,
    CS_ND_EXPRSTMT,     /* expr */
    CS_ND_SEND,         /* lhs <- rhs */
    CS_ND_INCDEC,       /* expr op (INC or DEC) */
    CS_ND_ASSIGN,       /* lhs (list) op= rhs (list); op == CS_OP_NONE for = ; define for := */
    CS_ND_GO,           /* expr: CALL */
    CS_ND_DEFER,        /* expr: CALL */
    CS_ND_RETURN,       /* list: results */
    CS_ND_BRANCH,       /* branch: CS_BR_*, name: label or NULL */
    CS_ND_LABELED,      /* name: label, body: statement */
    CS_ND_IF,           /* init; cond; body: BLOCK; els: IF or BLOCK or NULL */
    CS_ND_SWITCH,       /* init; expr: tag or NULL; body: list of CASE */
    CS_ND_TYPESWITCH,   /* init; name: bound variable or NULL ("v" in v := x.(type)),
                           lhs: its IDENT (for its position) or NULL;
                           expr: the TYPEASSERT with type == NULL; body: list of CASE */
    CS_ND_CASE,         /* list: exprs (or types in a type switch); NULL list = default;
                           body: statements (list). In a SELECT: init is the comm
                           statement (SEND, EXPRSTMT of <-c, ASSIGN v[,ok] = / := <-c)
                           or NULL for default. */
    CS_ND_SELECT,       /* body: list of CASE */
    CS_ND_FOR,          /* init; cond; post; body: BLOCK (any may be NULL but body) */
    CS_ND_RANGE,        /* key, value (exprs or NULL); define for :=; expr: range operand; body */
    CS_ND_DECLSTMT,     /* decl: GENDECL inside a function */

    /* ---- declarations --------------------------------------------------- */
    CS_ND_IMPORT,       /* name: local name or NULL; lit: path (decoded, no quotes) */
    CS_ND_VARSPEC,      /* names: list of IDENT; type or NULL; list: values or NULL */
    CS_ND_CONSTSPEC,    /* names; type or NULL; list: values; iota. list NULL and type
                           NULL: repeat the previous spec's; list NULL with a type
                           (or in the first spec): missing values, a checker error */
    CS_ND_TYPESPEC,     /* name; type; is_alias for type A = B */
    CS_ND_GENDECL,      /* decl_kind: CS_DECL_VAR/CONST/TYPE/IMPORT; list: specs */
    CS_ND_FUNCDECL,     /* recv: FIELD or NULL; name; type: FUNCTYPE; body: BLOCK or NULL;
                           pos: the name's
                           (a body-less declaration: implemented in C, stdlib only) */
    CS_ND_FILE,         /* name: package name (pos: its position); list: the import
                           GENDECLs, then the other top-level decls */
} CsNodeKind;

typedef enum { CS_CHAN_BOTH, CS_CHAN_SEND, CS_CHAN_RECV } CsChanDir;
typedef enum { CS_BR_BREAK, CS_BR_CONTINUE, CS_BR_GOTO, CS_BR_FALLTHROUGH } CsBranch;
typedef enum { CS_DECL_IMPORT, CS_DECL_VAR, CS_DECL_CONST, CS_DECL_TYPE } CsDeclKind;

/* What an expression denotes, set by the checker in `mode`. */
typedef enum CsMode {
    CS_MODE_INVALID,    /* not checked yet, or had an error */
    CS_MODE_NOVALUE,    /* call of a function without results */
    CS_MODE_VALUE,      /* a value; `cv` set when it is a constant */
    CS_MODE_VAR,        /* an addressable value (variable, *p, s[i], a[i] of var a, x.f of var x) */
    CS_MODE_MAPINDEX,   /* m[k]: assignable, not addressable */
    CS_MODE_TYPE,       /* a type expression; `ty` is the type */
    CS_MODE_BUILTIN,    /* a built-in function name (len, append, ...) */
    CS_MODE_PKG,        /* a package name (before the selector) */
    CS_MODE_COMMAOK,    /* m[k], x.(T), <-c: may be assigned to two values */
} CsMode;

struct CsNode {
    CsNode *next;           /* next node in the list this node belongs to */
    /* ---- syntax (set by the parser) ---------------------------------- */
    const char *name;       /* identifier / label / package / field name */
    const char *lit;        /* literal source text, import path */
    CsNode *expr;           /* operand */
    CsNode *lhs, *rhs;      /* binary operands; assignment/send sides */
    CsNode *type;           /* type expression */
    CsNode *list;           /* list (see kinds) */
    CsNode *names;          /* FIELD/VARSPEC/CONSTSPEC names */
    CsNode *body;           /* BLOCK or statement list */
    CsNode *init, *cond, *post, *els;
    CsNode *key, *value;    /* RANGE; MAPTYPE */
    CsNode *index;          /* INDEX */
    CsNode *lo, *hi, *max;  /* SLICE */
    CsNode *len;            /* ARRAYTYPE length (NULL for [...]) */
    CsNode *params, *results; /* FUNCTYPE */
    CsNode *recv;           /* FUNCDECL receiver */
    CsNode *tag;            /* FIELD tag */
    CsNode *decl;           /* DECLSTMT */
    CsPos pos;
    CsPos rbrace;           /* closing brace of BLOCK / COMPOSITE; SELECTOR: its '.' */
    int32_t depth;          /* expression tree depth (the parser's limit check) */
    uint8_t kind;           /* CsNodeKind */
    uint8_t op;             /* CsOp */
    uint8_t chandir;        /* CsChanDir */
    uint8_t branch;         /* CsBranch */
    uint8_t decl_kind;      /* CsDeclKind */
    bool define;            /* := in ASSIGN / RANGE / select CASE; on the BINARY that
                               checks `x op= y`, that spelling (messages) */
    bool has_ellipsis;      /* CALL f(x...) */
    bool slice3;            /* SLICE with max */
    bool is_alias;          /* TYPESPEC type A = B */
    /* ---- annotations (set by the checker, read by codegen) ------------ *
     * Checker conventions (check/):
     *  - mode COMMAOK survives only on a right-hand side really used in a
     *    two-value form (v, ok = m[k] / x.(T) / <-c, select cases included);
     *    elsewhere those expressions are VALUE (MAPINDEX for m[k]).
     *  - nil takes the type it is converted to (p == nil: the nil IDENT has
     *    p's type); recognise it by sym->kind == CS_SYM_NIL (PAREN copies sym).
     *  - an elided &T{...} inside a literal ([]*T{{...}}) is a COMPOSITE with
     *    ty = *T and implicit_addr set.
     *  - KEYVALUE in a struct literal: field_path[0] is the field index.
     *  - CASE of a TYPESWITCH with a bound variable: sym is that clause's
     *    variable (typed per clause).
     *  - FUNCDECL/VARSPEC names: IDENT sym; params: FIELD names' IDENT sym. */
    uint8_t mode;           /* CsMode */
    uint8_t builtin;        /* CALL of a builtin: CsBuiltin (check/types.h) */
    uint8_t field_depth;    /* SELECTOR/KEYVALUE: valid entries in field_path */
    bool is_conversion;     /* CALL that is a conversion T(x) */
    bool is_method_call;    /* CALL whose expr is a method selector */
    bool implicit_deref;    /* SELECTOR/INDEX through a pointer (p.f, p[i] on *array) */
    bool implicit_addr;     /* method call x.M() where M has a pointer receiver and x is addressable */
    bool stack_closure;     /* FUNCLIT: the direct argument for a func parameter that does not
                               leak (leak.c), so its record may live in the caller's frame */
    bool box_on_stack;      /* CALL argument for an interface parameter that does not leak: a
                               value converted for it may be boxed in the caller's frame (leak.c) */
    CsType *ty;             /* type of the expression (after any implicit
                               conversion of an untyped constant: the type
                               codegen must produce), or the type denoted */
    CsConst *cv;            /* constant value, when the expression is constant */
    CsSym *sym;             /* IDENT: the object it refers to or declares;
                               SELECTOR: the field/method/package member;
                               FUNCDECL/FUNCLIT/LABELED: the function/label */
    CsNode *func;           /* RETURN/DEFER/GO/FUNCLIT: enclosing FUNCDECL or FUNCLIT */
    CsNode *target;         /* BRANCH: the statement broken out of / continued */
    void *gen;              /* free for codegen's own bookkeeping */
    /* ---- fields of a few kinds only, sharing storage ------------------ *
     * Read them only on their kinds: nothing else may look at them. */
    union {
        struct {            /* literals (all five kinds: parser) */
            const char *str;    /* STRLIT decoded bytes (may hold NULs) */
            int64_t strlen;     /* STRLIT decoded length */
            int32_t rune;       /* RUNELIT value */
        };
        int64_t iota;       /* CONSTSPEC: its index in the group */
        int *field_path;    /* SELECTOR through embedded fields: indices of the
                               embedded fields walked, then the final field
                               (checker; KEYVALUE: see above) */
    };
};

/* ---- constructors (ast.c); `p` is the arena owner --------------------- */
CsNode *cs_ast_new(CsNodeKind kind, CsPos pos);
CsNode *cs_ast_list_append(CsNode *list, CsNode *item); /* returns the head */
int cs_ast_list_len(const CsNode *list);
const char *cs_op_name(CsOp op);         /* "+", "<-", ... */
const char *cs_node_kind_name(CsNodeKind kind);

#endif
