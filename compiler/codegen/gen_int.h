/* gen_int.h: the code generator's internal interface, shared by the files
 * of compiler/codegen/ and nobody else.
 *
 * Model. Generation writes C text into growable buffers (CsBuf), one per
 * output section, and assembles them in dependency order at the end
 * (gen.c): includes, type declarations, prototypes, globals, descriptors,
 * function bodies, rt_user_main. Types and descriptors are registered on
 * first use (gen_type.c) and written last, when the set is complete.
 *
 * Expressions are translated to C expression strings (gen_expr.c). Where Go
 * needs statements inside an expression (temporaries for evaluation order,
 * bounds checks on non-trivial operands, append, multi-value calls) they
 * use GNU statement expressions `({ ... })`, which keeps the translation
 * compositional. Statements (gen_stmt.c) write to the current function's
 * buffer; each C function (user function, closure, go/defer thunk) has its
 * own GenFunc and buffer, appended to the output when complete.
 *
 * Variables. A local whose address is taken, that a closure captures by
 * reference or that escapes lives in a heap cell: its C variable is a
 * pointer `T *x` and uses read `(*x)`. Closures receive the cells through
 * their record, and copies of the variables they capture by value.
 * Functions a recovered panic may return into (their deferred calls may
 * recover) keep their results in locals reached through pointers (so they
 * survive the longjmp).
 *
 * KEEP IN SYNC: runtime/rt.h (representation, calling convention),
 * runtime/rt_ops.h (helper names).
 */
#ifndef CS_GEN_INT_H
#define CS_GEN_INT_H

#include <stdarg.h>
#include "gen.h"

/* Type constructors of check/types.c (declared in the checker's internal
 * check.h; codegen needs *T for method sets and []T for variadic calls). */
CsType *cs_type_ptr(CsType *elem);
CsType *cs_type_slice(CsType *elem);
CsType *cs_type_default(CsType *t);
bool cs_type_identical(CsType *a, CsType *b);
extern CsType *cs_ty_any;

/* ---- text buffers (gen.c) ------------------------------------------------- */
typedef struct CsBuf {
    char *s;
    size_t len, cap;
} CsBuf;
void cs_buf_puts(CsBuf *b, const char *s);
void cs_buf_printf(CsBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A fresh heap string (never freed: the compiler is short-lived). */
char *cs_gen_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- per-function state ------------------------------------------------------ */
typedef struct GenName { const char *name; int level; struct GenName *next; } GenName;

/* An open-coded defer statement (gen_func.c): its thunk (also the name of
 * its record's struct), the call exit_ makes from the record `a_`, and
 * the struct of the deferred closure's record kept in the frame (or NULL). */
typedef struct GenDefer {
    const char *thunk, *call, *env;
} GenDefer;

typedef struct GenFunc {
    struct GenFunc *outer;  /* function being generated when this one started */
    CsNode *node;           /* FUNCDECL or FUNCLIT (NULL for thunks) */
    CsType *sig;            /* its CS_TY_FUNC */
    const char *cname;      /* C function name */
    CsBuf body;
    int indent;
    GenName *names;         /* C names used in this function */
    int nclosures, nthunks; /* counters for nested C function names */
    bool has_defer;         /* `return` goes through exit_ (see gen_func.c) */
    bool catches;           /* its frame catches: results live in `res_` */
    const char *frame;      /* has_defer: its rt_frame, a C lvalue */
    GenDefer *open;         /* open-coded defers, by number (else NULL) */
    const char **res_names; /* C expressions (lvalues) of the results */
    int cur_line, cur_file; /* last #line written */
    CsNode *loop;           /* innermost FOR/RANGE (C break/continue reach it) */
    int fall_label;         /* switch: label of the next case body (fallthrough) */
} GenFunc;

/* ---- the generator ---------------------------------------------------------- */
typedef struct Gen {
    CsProgram *prog;
    const CsGenOptions *opt;
    CsBuf types_fwd;        /* typedef struct X X; */
    CsBuf types_alias;      /* typedefs of named non-struct types (may name any X above) */
    CsBuf types_def;        /* struct bodies, typedefs, in dependency order */
    CsBuf records;          /* closure and go/defer record structs */
    CsBuf protos;           /* function prototypes */
    CsBuf rtt_fwd;          /* static const rt_type rtt_N; */
    CsBuf globals;          /* package variables, function-value records */
    CsBuf mtabs;            /* descriptors' method table initializers (macros) */
    CsBuf dispatch;         /* interface call dispatch functions (gen_dispatch.c) */
    CsBuf rtt_def;          /* descriptor definitions */
    CsBuf funcs;            /* function bodies */
    CsBuf wrappers;         /* register ABI wrappers (gen_func.c), last, in a file of their own */
    GenFunc *fn;            /* function being generated */
    int ntemps;             /* counter for temporaries */
    int nlabels;            /* counter for labels */
    int nrtt;               /* counter for descriptor names */
    CsType **pending_rtt; int npending_rtt, cpending_rtt; /* descriptors to write */
    CsType **ctypes; int nctypes, cctypes;  /* struct-like types to define */
    const char **sels; int nsels, csels;    /* method names called through interfaces */
    bool failed;
} Gen;

extern Gen *cs_gen;     /* the one generator (set by cs_gen_program) */

/* ---- names (gen_name.c) ------------------------------------------------------ */
/* C name of a package-level function, method, global variable or type. */
const char *cs_gen_func_name(CsSym *fn);
const char *cs_gen_global_name(CsSym *var);
/* A package-level CS identifier as it appears in those names. */
const char *cs_gen_ident(const CsPackage *pkg, const char *name);
/* C name for a local symbol, unique in the current function; declares it. */
const char *cs_gen_local_name(CsSym *var);
/* A fresh temporary name `t_N`, and a fresh label number. */
const char *cs_gen_temp(void);
int cs_gen_label(void);
/* A C identifier safe for `name` as a struct field. */
const char *cs_gen_field_name(const char *name, int index);
/* The index of struct (or pointer to struct) t's field name (gen_expr.c). */
int cs_gen_field_index(CsType *t, const char *name);
bool cs_gen_is_c_reserved(const char *name);

/* ---- types (gen_type.c) ----------------------------------------------------- */
const char *cs_gen_ctype(CsType *t);                /* C spelling */
const char *cs_gen_decl(CsType *t, const char *name); /* "T name" (handles T *) */
const char *cs_gen_zero(CsType *t);                 /* zero value as an expression */
const char *cs_gen_rtt(CsType *t);                  /* "&rtt_N" or "&rt_type_int" */
/* Is interface value x's dynamic type the concrete type t? (x: a plain C name) */
const char *cs_gen_type_is(const char *x, CsType *t);
bool cs_gen_is_iface(CsType *t);
bool cs_gen_is_direct(CsType *t);                   /* pointer-shaped in an interface */
bool cs_gen_has_pointers(CsType *t);
CsType *cs_gen_under(CsType *t);
const char *cs_gen_int_suffix(CsType *t);           /* "int64", "uint8"... for rt_ops.h */
const char *cs_gen_nil_test(const char *c, CsType *t, bool eq);
bool cs_gen_is_self_pointer(CsType *t);
void cs_gen_emit_types(void);                       /* writes types_fwd/types_def */
void cs_gen_emit_rtts(void);                        /* writes pending descriptors */
void cs_gen_emit_mtabs(void);                       /* writes their mtabs; after cs_gen_emit_rtts */
/* The code of method `name` (signature sig) of interface value x, a plain
 * C name: the selector-indexed load rt_ops.h's rt_imethod does, cast to
 * the C function-pointer type; the caller passes x.data first. */
const char *cs_gen_imethod(const char *x, const char *name, CsType *sig);
/* The selector number of method name `name` (its index in every mtab). */
int cs_gen_selector(const char *name);
/* The mtab entry of method `name` of the descriptor rtt ("&rtt_N") when
 * that type has all of interface iface's methods, else NULL; after
 * cs_gen_emit_rtts. */
const char *cs_gen_mtab_wrapper(const char *rtt, CsType *iface, const char *name);
/* Dispatch of interface method calls by dynamic type (gen_dispatch.c):
 * note a concrete type converted to an interface; name the inline
 * function that calls method `name` (signature sig) of an interface of
 * type iface, called as f(x.type, x.data, args..., outs...); write those
 * functions, after cs_gen_emit_mtabs. */
void cs_gen_note_boxed(CsType *t);
const char *cs_gen_dispatch(CsType *iface, const char *name, CsType *sig);
void cs_gen_emit_dispatch(void);
/* C function-pointer type for calling a func of signature sig:
 * R (*)(first, A..., R2 *...). `first` may be NULL. */
const char *cs_gen_fnptr_type(CsType *sig, const char *first);
const char *cs_gen_result_ctype(CsType *sig);       /* "void" or C type of result 0 */

/* ---- expressions (gen_expr.c, gen_call.c) ------------------------------------ */
const char *cs_gen_expr(CsNode *n);
/* n converted to type `to` (boxing into interfaces). */
const char *cs_gen_expr_to(CsNode *n, CsType *to);
const char *cs_gen_arg_to(CsNode *n, CsType *to);    /* a call argument: may box on the stack */
const char *cs_gen_convert(const char *c, CsType *from, CsType *to);
const char *cs_gen_addr(CsNode *n);                 /* &n for an addressable n */
const char *cs_gen_const(CsConst *cv, CsType *t);
bool cs_gen_has_call(CsNode *n);
/* Loops that keep indexes in range (gen_prove.c): enter before a FOR or
 * RANGE body is generated, leave (with enter's result) after; in between,
 * cs_gen_index_proven(INDEX node) says its bounds check can go. */
bool cs_gen_prove_enter(CsNode *loop);
void cs_gen_prove_leave(bool entered);
bool cs_gen_index_proven(CsNode *index);
/* Slice literals that cannot escape, off the heap (gen_slicelit.c); each
 * returns NULL where the literal keeps its heap array. The value of n,
 * []T{...}[i], to be copied; the rt_slice of range operand x, after
 * emitting the declaration of its array (the range's block holds it);
 * len(x) (also cap(x)) of slice literal x. cs_gen_slicelit_heap: the
 * rt_slice of a big heap literal of constants, its array copied
 * from a static one; NULL for other literals. */
const char *cs_gen_slicelit_index(CsNode *n);
const char *cs_gen_slicelit_range(CsNode *x);
const char *cs_gen_slicelit_len(CsNode *x);
const char *cs_gen_slicelit_heap(CsNode *lit);
/* Can v (a constant, or an array or struct literal of constants) be
 * static data of type t? Then its C initializer (gen_slicelit.c). */
bool cs_gen_static_value(CsNode *v, CsType *t);
const char *cs_gen_static_init(CsNode *v, CsType *t);
/* A big map literal of constant keys as a loop over arrays, or NULL
 * (gen_maplit.c). */
const char *cs_gen_maplit_table(CsNode *lit);
/* The FUNCDECL that CALL names directly (a function or method), or NULL
 * (func values, method expressions, interface methods; gen_func.c). */
CsNode *cs_gen_callee_decl(CsNode *call);
/* Whether function fn (FUNCDECL or FUNCLIT) skips the entry check: it
 * calls only functions that call nothing (gen_func.c). */
bool cs_gen_is_leaf(CsNode *fn);
/* Emits IF statement n without a branch when it is a few integer
 * assignments that can run unconditionally (gen_ifconv.c); false if not. */
bool cs_gen_if_select(CsNode *n);
/* How a loop checks for preemption (gen_loopcheck.c): at each iteration,
 * not at all, or once per chunk of iterations run by an inner C loop that
 * cs_gen_chunk_begin opens. */
typedef enum CsLoopCheckKind { CS_LOOP_CHECK_EACH, CS_LOOP_CHECK_NONE, CS_LOOP_CHECK_CHUNKS } CsLoopCheckKind;
typedef struct CsLoopCheck {
    CsLoopCheckKind kind;
    const char *var, *bound;    /* CHUNKS: C text; var steps toward bound */
    const char *step;           /* CHUNKS: C text of the step, NULL for one */
    CsType *type;               /* CHUNKS: var's type */
    bool down;                  /* CHUNKS: var counts down */
    bool incl;                  /* CHUNKS: the bound is included (<=, >=) */
} CsLoopCheck;
/* The plan for FOR loop n (its post statement is n->post). */
CsLoopCheck cs_gen_for_check(CsNode *loop);
/* The plan for RANGE loop n over an array or slice whose C loop runs
 * `index` from 0 to `len`; const_len: the array's length, else -1. */
CsLoopCheck cs_gen_range_check(CsNode *loop, const char *index, const char *len, int64_t const_len);
/* CHUNKS: emits the check and the chunk's extent; returns the inner
 * loop's header, "for (; var < stop; post) {" or a count's. */
const char *cs_gen_chunk_begin(const CsLoopCheck *c, const char *post);
/* A local variable whose value only assignments naming it can change (not
 * global, captured or address-taken), or NULL. */
CsSym *cs_gen_plain_local(CsNode *n);
/* Whether body assigns a or b (select cases' `v = <-c`
 * included: the walk enters a case's init). */
bool cs_gen_writes(CsNode *body, CsSym *a, CsSym *b);
/* Calls visit on every node under n (lists included); does not enter func
 * literals unless `into_lits` (gen_func.c). */
typedef void (*CsGenVisit)(CsNode *n, void *ctx);
void cs_gen_walk(CsNode *n, CsGenVisit visit, void *ctx, bool into_lits);
/* n without the parentheses around it. */
static inline CsNode *cs_gen_unparen(CsNode *n)
{
    while (n->kind == CS_ND_PAREN)
        n = n->expr;
    return n;
}
bool cs_gen_list_has_call(CsNode *list);             /* any of the list's nodes */
bool cs_gen_is_simple(CsNode *n);
bool cs_gen_is_append_of_make(CsNode *call);
const char *cs_gen_call(CsNode *call, const char **outs); /* outs: C lvalues for results 2..n */
const char *cs_gen_builtin(CsNode *call);
const char *cs_gen_equal(const char *a, const char *b, CsType *t, bool eq);
const char *cs_gen_var_ref(CsSym *sym);             /* how the current function names sym */
/* Evaluates a multi-value expression (call, comma-ok form) into fresh
 * temporaries; returns a statement string declaring them; names[i] set. */
const char *cs_gen_multi(CsNode *n, int count, const char **names, CsType **types);
/* x op y on C operands (see gen_expr.c). */
const char *cs_gen_arith(CsOp op, const char *x, const char *y, CsType *t, CsNode *yn, CsType *yt);
/* Walks the first `upto` embedded fields of selector sel; *t gets the type. */
const char *cs_gen_walk_path(CsNode *sel, int upto, CsType **t);
/* Replace node n's translation by c (go/defer thunks, order scopes); dropped
 * one by one, or all those made since a mark at once. */
void cs_gen_override(CsNode *n, const char *c);
void cs_gen_drop_override(CsNode *n);
bool cs_gen_is_overridden(CsNode *n);
void *cs_gen_override_mark(void);
void cs_gen_override_restore(void *mark);

/* ---- evaluation order (gen_order.c) ------------------------------------------ */
/* An order scope: the parts of an expression or statement gc evaluates
 * first, evaluated into temporaries by `pre` (C statements) and read as
 * those until cs_gen_order_end. */
typedef struct GenOrder {
    CsBuf pre;
    void *mark;
    bool was_ordering;
} GenOrder;
void cs_gen_order_begin(GenOrder *o);
/* The parts of n's operands gc evaluates first (n itself is evaluated last). */
void cs_gen_order_operands(GenOrder *o, CsNode *n);
/* The same for n as one of several values of a statement, converted to
 * `to` (or NULL): n itself too where gc evaluates it first. */
void cs_gen_order_value(GenOrder *o, CsNode *n, CsType *to);
void cs_gen_order_end(GenOrder *o);
/* Is a scope open (nested expressions then open none)? */
bool cs_gen_ordering(void);
/* Generate as an evaluation of its own (&&'s right operand, statements). */
bool cs_gen_order_suspend(void);
void cs_gen_order_resume(bool was);
const char *cs_gen_expr_alone(CsNode *n);

/* A call broken into its evaluated parts (gen_call.c), so go/defer can
 * evaluate them now and make the call later from a record. */
typedef enum { CALL_DIRECT, CALL_METHOD, CALL_IFACE, CALL_VALUE } CallKind;
typedef struct GenCall {
    CallKind kind;
    CsType *sig;            /* callee signature (without receiver) */
    const char *fname;      /* DIRECT/METHOD: C function; IFACE: method name; VALUE: the
                               C function when the func is a known literal, else NULL */
    CsSym *fsym;            /* DIRECT: the function; METHOD: the method's, when known */
    const char *recv;       /* METHOD: receiver argument; IFACE: the interface; VALUE: the func */
    CsType *recv_type;      /* its CS type (pointer type for pointer receivers) */
    int nargs;
    const char **args;      /* converted to parameter types, variadic packed */
    CsType **arg_types;
    CsBuf pre;              /* statements evaluating spilled operands */
} GenCall;
void cs_gen_prepare_call(CsNode *call, GenCall *gc);
void cs_gen_method_recv(CsNode *sel, GenCall *gc);
const char *cs_gen_emit_call(GenCall *gc, const char **outs);
/* A call of body-less stdlib function fn open-coded (gen_intrin.c), or
 * NULL when fn is called normally. */
const char *cs_gen_intrinsic(CsSym *fn, const char **args, int nargs);
/* Is call (a CS_ND_CALL) one that cs_gen_intrinsic open-codes? */
bool cs_gen_is_intrinsic_call(CsNode *call);
/* A call of body-less stdlib method fn on C receiver recv (a pointer for
 * pointer receivers) open-coded, or NULL. */
const char *cs_gen_method_intrinsic(CsSym *fn, const char *recv, int nargs);
/* x converted to t for a use that does not keep it: string(b) of a []byte
 * then reads b's bytes in place (gen_expr.c). */
const char *cs_gen_borrowed_operand(CsNode *x, CsType *t);

/* Drops the definitions in the output sections that nothing reachable
 * from the externally visible ones names (gen_prune.c). */
void cs_gen_prune(void);

/* ---- statements (gen_stmt.c) ------------------------------------------------- */
void cs_gen_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cs_gen_pos(CsPos pos);                         /* #line with -g, else //line */
void cs_gen_block(CsNode *list);
void cs_gen_dedent(void);                           /* indent--, freeing the block's names */
void cs_gen_stmt(CsNode *n);
void cs_gen_assign_to(CsNode *lhs, const char *val, CsType *vty);
void cs_gen_declare(CsSym *sym, const char *init);  /* declares a local (heap cell if needed) */
bool cs_gen_is_heap(CsSym *sym);
bool cs_gen_func_catches(CsNode *fn);               /* FUNCDECL/FUNCLIT: a recovered panic may return into it */
const char *cs_gen_recover_call(void);               /* C for recover() in the current function */
const char *cs_gen_known_closure(CsNode *callee);   /* C function of the literal a func local always holds, or NULL */

/* ---- functions (gen_func.c) ---------------------------------------------------- */
void cs_gen_funcdecl(CsNode *fd);
const char *cs_gen_funclit(CsNode *lit);             /* closure creation expression */
const char *cs_gen_stack_funclit(CsNode *lit, CsBuf *pre);  /* the same, record declared in pre */
const char *cs_gen_func_value(CsSym *fn);            /* rt_func * of a top-level function */
const char *cs_gen_method_value(CsNode *sel);        /* x.M as a value */
void cs_gen_go_defer(CsNode *stmt);                  /* go / defer statements */
void cs_gen_return(CsNode *ret);
/* Method wrapper for descriptors: `void *data` receiver. Returns its name. */
const char *cs_gen_method_wrapper(CsType *recv, CsMethod *m, bool via_ptr);
/* Wrapper for a method promoted through embedded fields `path` of named
 * type `named` (m NULL: a method of the embedded interface `owner`). */
const char *cs_gen_promoted_wrapper(CsType *named, bool via_ptr, const char *mname, CsMethod *m, CsType *owner,
                                    const int *path, int depth);
/* Method `name` declared on named type t (or on *t's element). */
CsMethod *cs_gen_find_method(CsType *t, const char *name);

/* ---- package initialisation (gen.c) ------------------------------------------- */
/* The first VARSPEC of pkg's initialisation that assigns a value (NULL:
 * none, and no P_init function). */
CsNode *cs_gen_first_var_init(const CsPackage *pkg);
/* C name of pkg's variable-initialisation function, "P_init". */
const char *cs_gen_var_init_name(const CsPackage *pkg);

/* ---- traceback names (gen_trace.c) -------------------------------------------- */
/* Appends rt_functab (runtime/rt.h) to the function bodies; call last. */
void cs_gen_trace_table(CsProgram *prog);

#endif
