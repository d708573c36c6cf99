/* gen_func.c: functions, closures, function values, go/defer thunks,
 * return, and the method wrappers of type descriptors.
 *
 * A function with a body becomes one C function (rt.h calling convention):
 *
 *     R P_F(A a, B b_, R2 *out1_)       b_ is copied into heap cell b when
 *     {                                 b escapes (cs_gen_is_heap)
 *         RT_CHECK();
 *         ...
 *     }
 *
 * Closures. A func literal becomes `static R P_F_funcN(rt_func *self_, ...)`
 * plus a record `struct P_F_funcN_env { void *fn; T *x; U y; ... }` holding
 * the heap cells of the variables it captures (found by walking its body
 * for identifiers declared outside it), or their values for those captured
 * by value (CsSym.by_value: never written after their declaration, see
 * check/escape.c); the closure's body loads each into a local of the
 * variable's C name. Creating the closure allocates and fills the record;
 * a nested closure fills it from the enclosing closure's locals. A literal
 * capturing nothing uses one static record.
 * Top-level functions used as values get a wrapper with the closure
 * signature and a static record (P_F_fv / P_F_fv_rec).
 *
 * defer. A function containing `defer` owns an rt_frame (rt_chan.h);
 * `return` stores the results (locals res0_, res1_... or the named
 * results) and jumps to exit_, which makes the deferred calls, unlinks the
 * frame and returns. When no defer statement is in a loop (and there are
 * at most MAX_OPEN), they are open-coded: statement i evaluates into
 * record i of the local `struct F_frame_ fr_` and sets bit i, and exit_
 * makes the pending calls inline, last first (nothing but the thunk and
 * exit_ reads a record, and both pass its fields by value, so nothing can
 * point into it once the function has returned); otherwise each defer
 * allocates a record for rt_defer_push. A frame catches (setjmp around
 * the body) only when a deferred callee may call recover (may_recover);
 * then the results and the parameters the body may modify stay in memory
 * (their addresses escape through an empty asm), named results reached
 * through pointers to them (or their heap cells when captured), so that
 * they survive the longjmp of a recovered panic.
 *
 * go/defer statements evaluate the callee, receiver and arguments at once
 * into a record (heap, or the frame's for an open-coded defer) and pass a
 * thunk `static void P_F_goN(void *arg_)` that makes the call from the
 * record. A go statement's record is a local that rt_go_args copies into
 * the new G (the heap when it is too big); when the callee is a func
 * literal written there, its closure record is the record's field env and
 * the thunk calls &a_->env: `go func(x T) {...}(x)` allocates nothing.
 * The copy lives until the goroutine exits, and the literal's body reads
 * its record only at entry (it copies the captured cells out), so nothing
 * can point into the G's copy after the goroutine is gone.
 */
#include <stdlib.h>
#include <string.h>
#include "gen_int.h"

/* Stack checks (see "stack checks" below): values of BIG_PART bytes and
 * more count towards a frame's size; frames whose big parts exceed
 * BIG_FRAME check for that much room, beyond SPLIT_FRAME they get a
 * separate checking wrapper. */
enum { BIG_PART = 1 << 10, BIG_FRAME = 8 << 10, SPLIT_FRAME = 16 << 10 };
/* A self-recursive function with no value of SMALL_PART bytes or more
 * gets the inline hint (inline_recursion). */
enum { SMALL_PART = 128 };

/* At most this many defer statements in a function are open-coded (the
 * bits of rt_frame.pending). */
enum { MAX_OPEN = 32 };

typedef struct FuncInfo {
    bool known;
    bool has_defer;
    bool open;              /* its defers are open-coded (see "defer" above) */
    bool catches;           /* a deferred callee may recover: rt_catchframe */
    int ndefers;            /* open: statement i's DEFER node has gen = i + 1 */
    bool deferred_lit;      /* FUNCLIT that is a defer statement's callee: only the
                               defer mechanism ever calls it (set by scan_defer) */
    const char *lit_cname;  /* FUNCLIT: its C function, once closure() named it */
} FuncInfo;

/* ---- AST walking ------------------------------------------------------------------- */

void cs_gen_walk(CsNode *n, CsGenVisit visit, void *ctx, bool into_lits)
{
    for (; n; n = n->next) {
        visit(n, ctx);
        if (n->kind == CS_ND_FUNCLIT && !into_lits)
            continue;
        CsNode *kids[] = {n->expr, n->lhs, n->rhs, n->list, n->body, n->init, n->cond, n->post,
                          n->els, n->key, n->value, n->index, n->lo, n->hi, n->max, n->decl};
        for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
            if (kids[i])
                cs_gen_walk(kids[i], visit, ctx, into_lits);
        if (n->kind == CS_ND_VARSPEC || n->kind == CS_ND_FIELD)
            cs_gen_walk(n->names, visit, ctx, into_lits);
    }
}

/* ---- function bodies ------------------------------------------------------------------- */

static void begin(GenFunc *f, CsNode *node, CsType *sig, const char *cname)
{
    memset(f, 0, sizeof *f);
    f->outer = cs_gen->fn;
    f->node = node;
    f->sig = sig;
    f->cname = cname;
    cs_gen->fn = f;
}

/* How gcc may inline a function: as it likes, never, or with the hint
 * `inline` on the definition. Every generated function is static: the
 * runtime calls only rt_user_main (gen.c), so gcc drops what the program
 * never reaches, most of the standard library in a small program
 * (hello world: 4.0 s of gcc before, 0.5 s after). */
typedef enum Inlining { INLINE_DEFAULT, INLINE_NEVER, INLINE_HINT } Inlining;

static void finish(GenFunc *f, const char *head, Inlining inl, const char *label)
{
    Gen *g = cs_gen;
    const char *attrs = inl == INLINE_NEVER ? "static __attribute__((noinline)) " : "static ";
    cs_buf_printf(&g->protos, "%s%s%s;\n", attrs, head, label ? cs_gen_fmt(" __asm__(\"%s\")", label) : "");
    cs_buf_printf(&g->funcs, "\n%s%s%s\n{\n%s}\n", attrs, inl == INLINE_HINT ? "inline " : "", head,
                  f->body.s ? f->body.s : "");
    g->fn = f->outer;
}

/* The C parameters of a function, for its morestack record and thunk:
 * "T a; U *b; ", ".a = a, .b = &b", "r_->a, *r_->b" and "a, b", and for
 * calling a split function's body (which takes big parameters by address)
 * "a, &b" and "r_->a, r_->b". A big parameter is recorded by address, so
 * the record stays small: the frame that checks the stack must not itself
 * be big. ref_big: this list is a split body's, big parameters by address. */
typedef struct CParams {
    CsBuf fields, names, from_rec, args, ref_args, rec_refs;
    bool ref_big;
    bool regs;                  /* also fill the register ABI's lists below */
    CsBuf regs_list, regs_args, regs_rebuild;
    bool any_split;
} CParams;

/* The register ABI of a function declaration. A slice parameter (24
 * bytes) is a struct C passes in memory, where Go passes its three words
 * in registers; gcc's IPA-SRA does not split it (nfaregex's recursive
 * matcher.add(list []*state, ...): 54% of the time, mostly copying
 * `list` to and from the stack). So the function's body, F's symbol,
 * takes each named, non-escaping slice parameter as `void *p, int64_t l,
 * int64_t c` and rebuilds the local slice from them first; the C name F
 * becomes an always-inlined wrapper with the usual parameters (symbol
 * F_sw, a wrapper to runtime/symtab.c) that every caller, thunk and
 * function value uses unchanged, so direct calls pass the words in
 * registers. A split parameter adds `ptr, len, cap` to regs_args (the
 * wrapper's call) and its rebuild line to regs_rebuild. */
static void add_regs_param(CParams *cp, const char *sep, CsType *t, const char *decl, const char *name,
                           bool split)
{
    if (!cp->regs)
        return;
    if (!split) {
        cs_buf_printf(&cp->regs_list, "%s%s", sep, decl);
        cs_buf_printf(&cp->regs_args, "%s%s", sep, name);
        return;
    }
    const char *p = cs_gen_temp(), *l = cs_gen_temp(), *c = cs_gen_temp();
    cs_buf_printf(&cp->regs_list, "%svoid *%s, int64_t %s, int64_t %s", sep, p, l, c);
    cs_buf_printf(&cp->regs_args, "%s%s.ptr, %s.len, %s.cap", sep, name, name, name);
    cs_buf_printf(&cp->regs_rebuild, "%s = {%s, %s, %s};\n", decl, p, l, c);
    cp->any_split = true;
}

static void add_param_as(CsBuf *head, CParams *cp, bool *first, CsType *t, const char *decl, const char *name,
                         bool split)
{
    const char *sep = *first ? "" : ", ";
    bool big = t && cs_type_size_estimate(t) >= BIG_PART;
    add_regs_param(cp, sep, t, decl, name, split);
    cs_buf_printf(head, "%s%s", sep, decl);
    if (big)
        cs_buf_printf(&cp->fields, "%s; ", cs_gen_decl(cs_type_ptr(t), name));
    else
        cs_buf_printf(&cp->fields, "%s; ", decl);
    cs_buf_printf(&cp->names, "%s.%s = %s%s", sep, name, big ? "&" : "", name);
    cs_buf_printf(&cp->from_rec, "%s%sr_->%s", sep, big ? "*" : "", name);
    cs_buf_printf(&cp->args, "%s%s", sep, name);
    cs_buf_printf(&cp->ref_args, "%s%s%s", sep, big ? "&" : "", name);
    cs_buf_printf(&cp->rec_refs, "%sr_->%s", sep, name);
    *first = false;
}

static void add_param(CsBuf *head, CParams *cp, bool *first, CsType *t, const char *decl, const char *name)
{
    add_param_as(head, cp, first, t, decl, name, false);
}

/* Appends the parameters of a FUNCTYPE's FIELD list to the header (unnamed
 * ones are `<anon>K_`: "r0_" for a receiver, "pK_" for parameters); heap
 * parameters get a C parameter `name_` copied into their cell by prologue.
 * In a split body (cp->ref_big) a big parameter arrives by address as
 * `name_r_` and the prologue copies it into its variable or cell. */
static void params(CsBuf *head, CParams *cp, CsBuf *prologue, CsNode *fields, CsType **types, int *k,
                   const char *anon, bool *first, CsBuf *stack_names)
{
    for (CsNode *fld = fields; fld; fld = fld->next) {
        CsNode *id = fld->names;
        do {
            CsType *t = types[*k];
            bool by_ref = cp->ref_big && cs_type_size_estimate(t) >= BIG_PART;
            const char *pname;
            bool split = false;
            if (id && id->sym && strcmp(id->name, "_") != 0) {
                const char *name = cs_gen_local_name(id->sym);
                if (cs_gen_is_heap(id->sym)) {
                    pname = cs_gen_fmt(by_ref ? "%s_r_" : "%s_", name);
                    cs_buf_printf(prologue, "%s = %s(sizeof(%s));\n", cs_gen_decl(cs_type_ptr(t), name),
                                  cs_gen_has_pointers(t) ? "rt_alloc" : "rt_alloc_noscan", cs_gen_ctype(t));
                    cs_buf_printf(prologue, "*%s = %s%s;\n", name, by_ref ? "*" : "", pname);
                } else if (by_ref) {
                    pname = cs_gen_fmt("%s_r_", name);
                    cs_buf_printf(prologue, "%s = *%s;\n", cs_gen_decl(t, name), pname);
                    cs_buf_printf(stack_names, "%s\n", name);
                } else {
                    pname = name;
                    split = cs_gen_under(t)->kind == CS_TY_SLICE;
                    cs_buf_printf(stack_names, "%s\n", name);
                }
            } else {
                pname = cs_gen_fmt("%s%d_", anon, *k);
            }
            add_param_as(head, cp, first, t, cs_gen_decl(by_ref ? cs_type_ptr(t) : t, pname), pname, split);
            (*k)++;
            if (id)
                id = id->next;
        } while (id);
    }
}

/* ---- stack checks -------------------------------------------------------------- */

/* A frame's big locals and temporaries, by codegen's estimate: a function
 * with more than BIG_FRAME bytes of them checks for that much room below
 * the stack pointer, not just for the guard; beyond SPLIT_FRAME the frame
 * could reach past a stack's headroom before the check runs, so the
 * function becomes a small checking wrapper around a separate body. */
typedef struct FrameSize {
    int64_t bytes;
    int64_t min_part;   /* values of fewer bytes do not count */
    CsSym *seen[64];
    int nseen;
} FrameSize;

static void add_big(FrameSize *fs, CsType *t)
{
    int64_t n = cs_type_size_estimate(t);
    if (n >= fs->min_part)
        fs->bytes += n;
}

/* Is argument a (number i of a call of sig) a value in memory passed to
 * an interface parameter? cs_gen_expr_to boxes such a value from where
 * it is, with no copy in the frame. */
static bool boxed_in_place(CsNode *a, CsType *sig, int i)
{
    if (!sig || sig->kind != CS_TY_FUNC || sig->nparams == 0 || a->mode != CS_MODE_VAR)
        return false;
    CsType *p = sig->params[i < sig->nparams ? i : sig->nparams - 1];
    if (sig->variadic && i >= sig->nparams - 1)
        p = cs_gen_under(p)->elem;
    return cs_gen_is_iface(p) && !cs_gen_is_iface(a->ty);
}

/* A type assertion or map read: the comma-ok forms copy the value into a
 * temporary of the frame (gen_expr.c). */
static bool copies_out(CsNode *n)
{
    return n->kind == CS_ND_TYPEASSERT ||
           (n->kind == CS_ND_INDEX && n->expr->ty && cs_gen_under(n->expr->ty)->kind == CS_TY_MAP);
}

static void count_frame(CsNode *n, void *ctx)
{
    FrameSize *fs = ctx;
    if (copies_out(n)) {
        add_big(fs, n->ty);
    } else if (n->kind == CS_ND_CALL || n->kind == CS_ND_COMPOSITE) {
        add_big(fs, n->ty);
        CsType *sig = n->kind == CS_ND_CALL && n->expr && n->expr->ty ? cs_gen_under(n->expr->ty) : NULL;
        int i = 0;
        for (CsNode *a = n->kind == CS_ND_CALL ? n->list : NULL; a; a = a->next, i++)
            if (!boxed_in_place(a, sig, i))
                add_big(fs, a->ty);
    } else if (n->kind == CS_ND_IDENT && n->sym && n->sym->kind == CS_SYM_VAR && !n->sym->global &&
               !cs_gen_is_heap(n->sym)) {
        for (int i = 0; i < fs->nseen; i++)
            if (fs->seen[i] == n->sym)
                return;
        if (fs->nseen < (int)(sizeof fs->seen / sizeof fs->seen[0]))
            fs->seen[fs->nseen++] = n->sym;
        add_big(fs, n->sym->type);
    }
}

/* The bytes of fn's values of min_part bytes or more. */
static int64_t parts_of(CsNode *fn, int64_t min_part)
{
    FrameSize fs = {.min_part = min_part};
    if (fn->body)
        cs_gen_walk(fn->body, count_frame, &fs, false);
    return fs.bytes;
}

static int64_t big_parts(CsNode *fn)
{
    return parts_of(fn, BIG_PART);
}

/* 0 when the frame's big parts fit the headroom below the guard. */
static int64_t frame_estimate(CsNode *fn)
{
    int64_t bytes = big_parts(fn);
    return bytes > BIG_FRAME ? bytes : 0;
}

CsNode *cs_gen_callee_decl(CsNode *call)
{
    CsNode *f = cs_gen_unparen(call->expr);
    if ((f->kind != CS_ND_IDENT && f->kind != CS_ND_SELECTOR) || !f->sym || f->sym->kind != CS_SYM_FUNC ||
        (f->kind == CS_ND_SELECTOR && f->expr->mode == CS_MODE_TYPE))
        return NULL;        /* a func value or a method expression */
    CsNode *d = f->sym->decl;
    return d && d->kind == CS_ND_FUNCDECL ? d : NULL;
}

static bool is_call(CsNode *n)
{
    return n->kind == CS_ND_CALL && !n->builtin && !n->is_conversion;
}

/* A call that counts: not one gen_intrin.c open-codes, as those only
 * call runtime C, as built-ins do. */
static bool real_call(CsNode *n)
{
    return is_call(n) && !cs_gen_is_intrinsic_call(n);
}

static void find_any_call(CsNode *n, void *ctx)
{
    if (real_call(n))
        *(bool *)ctx = false;
}

/* Calls nothing at all (built-ins, conversions and open-coded calls
 * aside) and has no value of BIG_PART bytes. */
static bool bare_leaf(CsNode *fn)
{
    bool bare = true;
    if (fn->body)
        cs_gen_walk(fn->body, find_any_call, &bare, false);
    return bare && big_parts(fn) == 0;
}

static void find_call(CsNode *n, void *ctx)
{
    CsNode *callee;
    if (n->kind == CS_ND_GO || n->kind == CS_ND_DEFER ||
        (real_call(n) && (!(callee = cs_gen_callee_decl(n)) || !callee->body || !bare_leaf(callee))))
        *(bool *)ctx = false;
}

/* A leaf calls no function but bare leaves (built-ins, conversions and
 * the calls gen_intrin.c open-codes aside; a go or defer statement counts
 * as a call) and has no value of BIG_PART bytes. As Go's small leaves are
 * NOSPLIT, it skips the entry check: its caller passed one, which left
 * RT_STACK_GUARD bytes for the leaf's small frame, a bare leaf's below it
 * and the runtime C they call, and their loops still check at their
 * back-edges. Without the check (whose morestack branch calls the
 * function itself) gcc can inline it, and its definition says `inline`
 * to ask for that, as Go's compiler inlines such helpers: spectral-norm's
 * A(i, j) or a VM's push and pop (3x and 2x faster), sudoku's
 * candidates(i), which calls boxOf(i). */
bool cs_gen_is_leaf(CsNode *fn)
{
    bool leaf = true;
    if (fn->body)
        cs_gen_walk(fn->body, find_call, &leaf, false);
    return leaf && big_parts(fn) == 0;
}

typedef struct SelfCall {
    CsNode *fn;
    bool found;
} SelfCall;

static void find_self_call(CsNode *n, void *ctx)
{
    SelfCall *sc = ctx;
    if (real_call(n) && cs_gen_callee_decl(n) == sc->fn)
        sc->found = true;
}

/* A function that calls itself by name (fib, ack, a tree walk), has no
 * value of SMALL_PART bytes or more and no defer gets the `inline` hint, so
 * that gcc unrolls its recursion a few levels into itself, as it does
 * for the same code built without checks (fib(40) 0.47-0.57 s -> 0.19 s
 * at every placement, Go 0.48; bench/NOTES.md "Recursion inlined").
 * Without the hint gcc's limit for unhinted functions (15 insns) stops
 * at fib: the check's asm and its cold call to F_grow_ push it over.
 *
 * Invariants. Each inlined copy keeps its own entry check (an asm
 * volatile gcc never drops or merges), so a goroutine still passes one
 * check per activation, preemption included, and work between checks is
 * what it was. A real call checks sp after its prologue has allocated
 * the merged frame: each copy holds only values under SMALL_PART bytes,
 * few in a function gcc still inlines (70 insns at most), and gcc grows
 * a frame by inlining at most 11-fold past 256 bytes (--param
 * large-stack-frame, -growth): a few KiB in all, well inside the
 * RT_STACK_GUARD bytes left below a passed check. */
static bool inline_recursion(CsNode *fn, const FuncInfo *fi)
{
    SelfCall sc = {.fn = fn};
    if (fn->kind != CS_ND_FUNCDECL || !fn->body || fi->has_defer || parts_of(fn, SMALL_PART) != 0)
        return false;
    cs_gen_walk(fn->body, find_self_call, &sc, false);
    return sc.found;
}

/* The record of `name`'s parameters and the thunk that calls `callee`
 * with them on a new stack segment (rt_sched.h's RT_MORESTACK). A big
 * result goes to the heap, for the same reason as big parameters. */
static void morestack_thunk(const char *name, const char *callee, CsType *sig, CParams *cp, const char *args)
{
    Gen *g = cs_gen;
    bool res = sig->nresults > 0, big = res && cs_type_size_estimate(sig->results[0]) >= BIG_PART;
    const char *rt = cs_gen_result_ctype(sig);
    cs_buf_printf(&g->protos, "struct %s_more_ { %s%s%s};\nstatic void %s_more_(void *rec_);\n", name,
                  cp->fields.s ? cp->fields.s : "", res ? cs_gen_fmt("%s %sres_; ", rt, big ? "*" : "") : "",
                  !cp->fields.s && !res ? "char none_; " : "", name);
    cs_buf_printf(&g->funcs, "\nstatic void %s_more_(void *rec_)\n{\n    struct %s_more_ *r_ = rec_;\n"
                  "    (void)r_;\n    %s%s(%s);\n}\n", name, name, !res ? "" : big ? "*r_->res_ = " : "r_->res_ = ",
                  callee, args ? args : "");
}

/* The entry check: too little stack left (or a preemption request) calls
 * name_grow_, which packs the parameters into the record and calls the
 * function again through its thunk: on a new segment, or (after a
 * preemption, when the stack is fine) right there. The record lives in
 * name_grow_'s frame, cold and never inlined, so the function's own frame
 * holds none of it: a recursive function's frame stays small (isEven/isOdd
 * mutual recursion: 40 bytes a call -> 16) and gcc may inline it into its
 * callers (which it does not when a local's address escapes). */
static void entry_check(const char *name, CsType *sig, const char *plist, CParams *cp, int64_t est)
{
    Gen *g = cs_gen;
    bool res = sig->nresults > 0, big = res && cs_type_size_estimate(sig->results[0]) >= BIG_PART;
    const char *rt = cs_gen_result_ctype(sig);
    const char *heap = big ? cs_gen_fmt(".res_ = rt_alloc(sizeof(%s))", rt) : NULL;
    const char *head = cs_gen_fmt("static __attribute__((noinline, cold)) %s %s_grow_(%s)", rt, name, plist);
    cs_buf_printf(&g->protos, "%s;\n", head);
    cs_buf_printf(&g->funcs, "\n%s\n{\n", head);
    if (cp->names.s || heap)
        cs_buf_printf(&g->funcs, "    struct %s_more_ more_ = {%s%s%s};\n", name, cp->names.s ? cp->names.s : "",
                      cp->names.s && heap ? ", " : "", heap ? heap : "");
    else
        cs_buf_printf(&g->funcs, "    struct %s_more_ more_;\n", name);
    cs_buf_printf(&g->funcs, "    if (!RT_MORESTACK(%s_more_, &more_, %lld))\n        %s_more_(&more_);\n", name,
                  (long long)est, name);
    cs_buf_printf(&g->funcs, "    return%s;\n}\n", !res ? "" : big ? " *more_.res_" : " more_.res_");
    const char *args = cp->args.s ? cp->args.s : "";
    if (res) {
        cs_gen_line("if (RT_STACK_LOW(%lld))", (long long)est);
        cs_gen_line("    return %s_grow_(%s);", name, args);
    } else {
        cs_gen_line("if (RT_STACK_LOW(%lld)) {", (long long)est);
        cs_gen_line("    %s_grow_(%s);", name, args);
        cs_gen_line("    return;");
        cs_gen_line("}");
    }
}

/* For a huge frame: `name` checks, then calls `body` (never inlined into
 * it, big parameters passed by address so `name`'s own frame stays small),
 * whose frame then starts below a frame that passed the check. */
static void split_wrapper(const char *name, const char *body, CsType *sig, const char *plist, CParams *cp,
                          int64_t est)
{
    morestack_thunk(name, body, sig, cp, cp->rec_refs.s);
    GenFunc w;
    begin(&w, NULL, sig, name);
    entry_check(name, sig, plist, cp, est);
    cs_gen_line("%s%s(%s);", sig->nresults ? "return " : "", body, cp->ref_args.s ? cp->ref_args.s : "");
    finish(&w, cs_gen_fmt("%s %s(%s)", cs_gen_result_ctype(sig), name, plist), INLINE_DEFAULT, NULL);
}

/* The register ABI's wrapper of `name` (see add_regs_param), after the
 * prototype of its body name_regs_: what callers see as `name`. Its
 * definition is an item of its own for gen_prune.c, which keeps the body
 * when it keeps the wrapper. The definitions come last in the C file,
 * after a line marker naming a file of their own: to linetab.c they are
 * then like rt.h's inline helpers, not CS functions, so a call through one
 * shows no extra frame and takes the position of the call into it
 * (runtime.Caller from log.Print names the line of the log.Print call). */
static void regs_wrapper(const char *name, CsType *sig, const char *plist, const char *args)
{
    const char *head = cs_gen_fmt("static inline __attribute__((always_inline)) %s %s(%s)",
                                  cs_gen_result_ctype(sig), name, plist);
    cs_buf_printf(&cs_gen->protos, "%s __asm__(\"%s_sw\");\n", head, name);
    cs_buf_printf(&cs_gen->wrappers, "\n%s\n{\n    %s%s_regs_(%s);\n}\n", head, sig->nresults ? "return " : "", name,
                  args);
}

/* recover() stops a panic only when called directly by a deferred
 * function; the runtime tells by the frames above recover's caller
 * (panic.c), so a function calling it keeps a frame of its own and defer
 * thunks never inline their callee. */
/* main.main and init functions, which rt_user_main (gen.c) calls: never
 * inlined there, so each has a frame of its own in tracebacks and
 * rt_user_main's, a runtime frame like Go's runtime.main, is hidden. */
static bool run_at_start(const CsNode *fn)
{
    if (fn->kind != CS_ND_FUNCDECL || fn->recv || !fn->sym || !fn->sym->pkg)
        return false;
    return strcmp(fn->name, "init") == 0 ||
           (strcmp(fn->name, "main") == 0 && strcmp(fn->sym->pkg->path, "main") == 0);
}

static void find_recover(CsNode *n, void *ctx)
{
    if (n->kind == CS_ND_CALL && n->builtin == CS_BI_RECOVER)
        *(bool *)ctx = true;
}

static bool calls_recover(CsNode *fn)
{
    bool found = false;
    if (fn->body)
        cs_gen_walk(fn->body, find_recover, &found, false);
    return found;
}

/* ---- defer analysis --------------------------------------------------------------- */

static void find_defer(CsNode *n, void *ctx)
{
    if (n->kind == CS_ND_DEFER)
        *(bool *)ctx = true;
}

/* May `defer call` stop a panic: is the deferred function one whose own
 * body calls recover, or one codegen cannot see (a func value, an
 * interface method)? Go's recover works only when called directly by the
 * deferred function, so a built-in (`defer recover()` included), a
 * conversion or a function implemented in C never can. */
static bool may_recover(CsNode *call)
{
    while (call->kind == CS_ND_PAREN)
        call = call->expr;
    if (call->builtin || call->is_conversion)
        return false;
    CsNode *callee = call->expr;
    while (callee->kind == CS_ND_PAREN)
        callee = callee->expr;
    if (callee->kind == CS_ND_FUNCLIT)
        return calls_recover(callee);
    CsSym *s = callee->sym;
    if ((callee->kind == CS_ND_IDENT || callee->kind == CS_ND_SELECTOR) && s && s->kind == CS_SYM_FUNC &&
        s->decl && s->decl->kind == CS_ND_FUNCDECL)
        return calls_recover(s->decl);
    return true;
}

static FuncInfo *info_slot(CsNode *fn)
{
    if (!fn->gen)
        fn->gen = calloc(1, sizeof(FuncInfo));
    return fn->gen;
}

/* `defer func() {...}()`: the literal's recover calls are direct. */
static void mark_deferred_lit(CsNode *call)
{
    while (call->kind == CS_ND_PAREN)
        call = call->expr;
    if (call->kind != CS_ND_CALL || call->builtin || call->is_conversion)
        return;
    CsNode *callee = call->expr;
    while (callee->kind == CS_ND_PAREN)
        callee = callee->expr;
    if (callee->kind == CS_ND_FUNCLIT)
        info_slot(callee)->deferred_lit = true;
}

static void scan_defer(CsNode *n, void *ctx)
{
    FuncInfo *fi = ctx;
    if (n->kind == CS_ND_FOR || n->kind == CS_ND_RANGE) {
        bool in_loop = false;
        cs_gen_walk(n->body, find_defer, &in_loop, false);
        fi->open &= !in_loop;
    } else if (n->kind == CS_ND_DEFER) {
        fi->has_defer = true;
        fi->catches |= may_recover(n->expr);
        n->gen = (void *)(intptr_t)++fi->ndefers;
        mark_deferred_lit(n->expr);
    }
}

/* FUNCDECL/FUNCLIT fn's defer statements: whether there are any, whether
 * they are open-coded (none in a loop, so each runs at most once per call
 * and they run in source order; a DEFER node's gen is then its number +
 * 1), and whether the frame catches. */
static FuncInfo *info(CsNode *fn)
{
    FuncInfo *fi = info_slot(fn);
    if (!fi->known) {
        fi->known = true;
        fi->open = true;
        if (fn->body)
            cs_gen_walk(fn->body->list, scan_defer, fi, false);
        fi->open &= fi->ndefers <= MAX_OPEN;
    }
    return fi;
}

bool cs_gen_func_catches(CsNode *fn)
{
    return info(fn)->catches;
}

/* recover() in the function being generated. In a deferred literal the
 * runtime need not walk the stack to see that the call is direct. */
const char *cs_gen_recover_call(void)
{
    CsNode *fn = cs_gen->fn->node;
    if (fn && fn->kind == CS_ND_FUNCLIT && fn->gen && ((FuncInfo *)fn->gen)->deferred_lit)
        return "rt_recover_direct()";
    return "RT_RECOVER()";
}

static bool ends_in_return(CsNode *list)
{
    CsNode *last = NULL;
    for (; list; list = list->next)
        last = list;
    return last && last->kind == CS_ND_RETURN;
}

/* The C parameter list of FUNCDECL/FUNCLIT `node`: closure record,
 * receiver, parameters, then out-pointers for results after the first. */
static void c_params(CsNode *node, CsType *sig, const char *env_type, CsBuf *plist, CParams *cp, CsBuf *pro,
                     CsBuf *stack_params)
{
    bool first = true;
    if (env_type)
        add_param(plist, cp, &first, NULL, "rt_func *self_", "self_");
    if (node->kind == CS_ND_FUNCDECL && node->recv) {
        CsType *one[1] = {node->recv->type->ty};
        int k = 0;
        params(plist, cp, pro, node->recv, one, &k, "r", &first, stack_params);
    }
    int k = 0;
    params(plist, cp, pro, node->type->params, sig->params, &k, "p", &first, stack_params);
    for (int i = 1; i < sig->nresults; i++)
        add_param(plist, cp, &first, NULL, cs_gen_fmt("%s *out%d_", cs_gen_ctype(sig->results[i]), i),
                  cs_gen_fmt("out%d_", i));
}

/* The rt_frame of a function with defers (rt_chan.h): `fr_`, for
 * open-coded defers a struct F_frame_ holding the frame and the records.
 * A frame that catches gets a setjmp around the body, and the results and
 * the parameters the body may modify stay in memory across its longjmp
 * (gcc's -Wclobbered). */
static void frame_begin(GenFunc *f, FuncInfo *fi, char *stack_params)
{
    const char *head = f->catches ? "cf.fr" : "fr";
    if (fi->open) {
        cs_gen_line("struct %s_frame_ fr_;", f->cname);
        f->frame = cs_gen_fmt("fr_.%s", head);
        f->open = calloc(fi->ndefers, sizeof *f->open);
    } else {
        cs_gen_line("%s fr_;", f->catches ? "rt_catchframe" : "rt_frame");
        f->frame = f->catches ? "fr_.fr" : "fr_";
    }
    if (f->catches) {
        for (int i = 0; i < f->sig->nresults; i++)
            if (strncmp(f->res_names[i], "res", 3) == 0 || strncmp(f->res_names[i], "(*", 2) == 0)
                cs_gen_line("__asm__ volatile(\"\" : : \"r\"(&%s) : \"memory\");", f->res_names[i]);
        if (stack_params)
            for (char *p = strtok(stack_params, "\n"); p; p = strtok(NULL, "\n"))
                cs_gen_line("__asm__ volatile(\"\" : : \"r\"(&%s) : \"memory\");", p);
    }
    cs_gen_line("rt_frame_push(&%s, %s, %s);", f->frame, fi->open ? cs_gen_fmt("%s_open_", f->cname) : "NULL",
                f->catches ? "true" : "false");
    if (f->catches) {
        cs_gen_line("if (RT_FRAME_SETJMP(&%s) == 0) {", fi->open ? "fr_.cf" : "fr_");
        f->indent++;
    }
}

/* exit_: the pending open-coded calls, last defer statement first, then
 * the frame's unlinking (rt_frame_pop where there may be more to do); and
 * the frame's struct and `open` table. */
static void frame_end(GenFunc *f, FuncInfo *fi)
{
    Gen *g = cs_gen;
    if (f->catches) {
        cs_gen_dedent();
        cs_gen_line("}");
    }
    cs_buf_puts(&f->body, "exit_:\n");
    if (fi->open) {
        cs_gen_line("%s.in_defer = true;", f->frame);
        for (int i = fi->ndefers - 1; i >= 0; i--) {
            if (!f->open[i].thunk)
                continue;       /* not generated (dead code) */
            cs_gen_line("if (%s.pending & %uu) {", f->frame, 1u << i);
            cs_gen_line("    %s.pending &= ~%uu;", f->frame, 1u << i);
            cs_gen_line("    struct %s *a_ = &fr_.d%d;", f->open[i].thunk, i);
            cs_gen_line("    %s;", f->open[i].call);
            cs_gen_line("}");
        }
        CsBuf recs = {0}, table = {0};
        for (int i = 0; i < fi->ndefers; i++) {
            const char *t = f->open[i].thunk;
            if (!t) {
                cs_buf_puts(&table, "    {0, 0},\n");
                continue;
            }
            cs_buf_printf(&recs, "    struct %s d%d;\n", t, i);
            if (f->open[i].env)
                cs_buf_printf(&recs, "    struct %s e%d;\n", f->open[i].env, i);
            cs_buf_printf(&table, "    {%s, offsetof(struct %s_frame_, d%d)},\n", t, f->cname, i);
        }
        cs_buf_printf(&g->records, "struct %s_frame_ {\n    %s;\n%s};\n", f->cname,
                      f->catches ? "rt_catchframe cf" : "rt_frame fr", recs.s ? recs.s : "");
        cs_buf_printf(&g->funcs, "\nstatic const rt_opendefer %s_open_[] = {\n%s};\n", f->cname, table.s);
    }
    cs_gen_line("%s(&%s);", fi->open && !f->catches ? "rt_frame_unlink" : "rt_frame_pop", f->frame);
}

/* Declares result i's unnamed variable resI_, zeroed, and returns its name. */
static const char *result_temp(CsType *sig, int i)
{
    const char *name = cs_gen_fmt("res%d_", i);
    cs_gen_line("%s = %s;", cs_gen_decl(sig->results[i], name), cs_gen_zero(sig->results[i]));
    return name;
}

/* The C declaration of captured variable s in a closure's record and
 * body: its heap cell, or its value when captured by value. */
static const char *capture_decl(CsSym *s)
{
    return cs_gen_decl(cs_gen_is_heap(s) ? cs_type_ptr(s->type) : s->type, s->cname);
}

/* Writes the whole C function for FUNCDECL/FUNCLIT `node`. `first` is the
 * closure's hidden parameter (or NULL); `captures` the captured symbols. */
static void function(CsNode *node, CsType *sig, const char *cname, CsSym **captures,
                     int ncaptures, const char *env_type)
{
    GenFunc f;
    begin(&f, node, sig, cname);
    /* captured cells keep their names in the closure */
    for (int i = 0; i < ncaptures; i++) {
        GenName *nm = calloc(1, sizeof *nm);
        nm->name = captures[i]->cname;
        nm->next = f.names;
        f.names = nm;
    }
    int64_t est = frame_estimate(node);
    bool leaf = cs_gen_is_leaf(node);
    const char *body_name = est > SPLIT_FRAME ? cs_gen_fmt("%s_body_", cname) : cname;
    CsBuf plist = {0}, pro = {0}, stack_params = {0};
    CParams cp = {.regs = node->kind == CS_ND_FUNCDECL && body_name == cname && !calls_recover(node)};
    c_params(node, sig, env_type, &plist, &cp, &pro, &stack_params);
    const char *ps = plist.s ? plist.s : "void";
    const char *head = cs_gen_fmt("%s %s(%s)", cs_gen_result_ctype(sig), body_name, ps);
    if (cp.any_split) {
        head = cs_gen_fmt("%s %s_regs_(%s)", cs_gen_result_ctype(sig), cname, cp.regs_list.s);
        for (char *line = strtok(cp.regs_rebuild.s, "\n"); line; line = strtok(NULL, "\n"))
            cs_gen_line("%s", line);
    }
    if (body_name != cname) {
        CsBuf bplist = {0}, bpro = {0}, bstack = {0};
        CParams bcp = {.ref_big = true};
        c_params(node, sig, env_type, &bplist, &bcp, &bpro, &bstack);
        split_wrapper(cname, body_name, sig, ps, &cp, est);
        head = cs_gen_fmt("%s %s(%s)", cs_gen_result_ctype(sig), body_name, bplist.s ? bplist.s : "void");
        pro = bpro;
        stack_params = bstack;
    } else if (!leaf) {
        morestack_thunk(cname, cname, sig, &cp, cp.from_rec.s);
        entry_check(cname, sig, ps, &cp, est);
    }
    if (env_type) {
        cs_gen_line("struct %s *env_ = (struct %s *)self_;", env_type, env_type);
        for (int i = 0; i < ncaptures; i++)
            cs_gen_line("%s = env_->%s;", capture_decl(captures[i]), captures[i]->cname);
    }
    if (pro.s) {
        for (char *line = strtok(pro.s, "\n"); line; line = strtok(NULL, "\n"))
            cs_gen_line("%s", line);
    }
    /* results */
    FuncInfo *fi = info(node);
    f.has_defer = fi->has_defer;
    f.catches = fi->catches;
    f.res_names = calloc(sig->nresults + 1, sizeof *f.res_names);
    int r = 0;
    for (CsNode *fld = node->type->results; fld; fld = fld->next) {
        for (CsNode *id = fld->names; id; id = id->next, r++) {
            CsSym *s = id->sym;
            if (!s || strcmp(id->name, "_") == 0) {
                /* a blank result is still a zero variable a bare return yields */
                f.res_names[r] = result_temp(sig, r);
                continue;
            }
            const char *name = cs_gen_local_name(s);
            bool cell = s->escapes || (s->captured && !s->by_value);
            if (f.catches && !cell) {
                cs_gen_line("%s = %s;", cs_gen_decl(s->type, cs_gen_fmt("res%d_", r)), cs_gen_zero(s->type));
                cs_gen_line("%s = &res%d_;", cs_gen_decl(cs_type_ptr(s->type), name), r);
            } else {
                cs_gen_declare(s, NULL);
            }
            f.res_names[r] = cs_gen_var_ref(s);
        }
        if (!fld->names)
            r++;
    }
    if (f.has_defer) {
        for (int i = 0; i < sig->nresults; i++)
            if (!f.res_names[i])
                f.res_names[i] = result_temp(sig, i);
        frame_begin(&f, fi, stack_params.s);
    }
    cs_gen_block(node->body->list);
    if (f.has_defer) {
        frame_end(&f, fi);
        for (int i = 1; i < sig->nresults; i++)
            cs_gen_line("*out%d_ = %s;", i, f.res_names[i]);
        if (sig->nresults)
            cs_gen_line("return %s;", f.res_names[0]);
    } else if (sig->nresults && !ends_in_return(node->body->list)) {
        cs_gen_line("__builtin_unreachable();");
    }
    Inlining inl = body_name != cname || calls_recover(node) || run_at_start(node) ? INLINE_NEVER
                   : leaf || inline_recursion(node, fi)                      ? INLINE_HINT
                                                                              : INLINE_DEFAULT;
    finish(&f, head, inl, cp.any_split ? cname : NULL);
    if (cp.any_split)
        regs_wrapper(cname, sig, ps, cp.regs_args.s);
}

void cs_gen_funcdecl(CsNode *fd)
{
    CsSym *sym = fd->sym;
    if (!sym)
        return;
    CsType *sig = cs_gen_under(sym->type);
    const char *cname = cs_gen_func_name(sym);
    if (!fd->body) {
        /* implemented in C (libcsrt.a): prototype only */
        CsBuf head = {0};
        cs_buf_printf(&head, "%s %s(", cs_gen_result_ctype(sig), cname);
        bool first = true;
        if (fd->recv) {
            cs_buf_puts(&head, cs_gen_ctype(fd->recv->type->ty));
            first = false;
        }
        for (int i = 0; i < sig->nparams; i++, first = false)
            cs_buf_printf(&head, "%s%s", first ? "" : ", ", cs_gen_ctype(sig->params[i]));
        for (int i = 1; i < sig->nresults; i++, first = false)
            cs_buf_printf(&head, "%s%s *", first ? "" : ", ", cs_gen_ctype(sig->results[i]));
        if (first)
            cs_buf_puts(&head, "void");
        cs_buf_printf(&cs_gen->protos, "%s);\n", head.s);
        return;
    }
    function(fd, sig, cname, NULL, 0, NULL);
}

/* ---- closures ------------------------------------------------------------------------- */

typedef struct Captures {
    CsNode *lit;
    CsSym **syms;
    int n, cap;
} Captures;

static bool inside(CsNode *fn, CsNode *lit)
{
    for (; fn; fn = fn->func)
        if (fn == lit)
            return true;
    return false;
}

static void find_capture(CsNode *n, void *ctx)
{
    Captures *c = ctx;
    if (n->kind != CS_ND_IDENT || !n->sym || n->sym->kind != CS_SYM_VAR)
        return;
    CsSym *s = n->sym;
    if (s->global || !s->func || inside(s->func, c->lit))
        return;
    for (int i = 0; i < c->n; i++)
        if (c->syms[i] == s)
            return;
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 8;
        c->syms = realloc(c->syms, c->cap * sizeof *c->syms);
    }
    c->syms[c->n++] = s;
}

/* The closure of func literal lit. A literal capturing nothing uses one
 * static record; otherwise its record goes to `storage` (a pointer
 * expression; NULL: the heap) and *env_name gets its struct's name. */
static const char *closure(CsNode *lit, const char *storage, const char **env_name)
{
    Gen *g = cs_gen;
    GenFunc *outer = g->fn;
    GenFunc *top = outer;
    const char *cname = cs_gen_fmt("%s_func%d", top->cname, ++top->nclosures);
    info_slot(lit)->lit_cname = cname;
    Captures c = {.lit = lit};
    cs_gen_walk(lit->body->list, find_capture, &c, true);
    for (int i = 0; i < c.n; i++)
        cs_gen_local_name(c.syms[i]);  /* named in the outer function */
    const char *env = cs_gen_fmt("%s_env", cname);
    *env_name = NULL;
    CsBuf rec = {0};
    /* fn_ is rt_func's fn; its trailing '_' keeps it apart from the captured
     * locals' names (a captured `fn` is common: recursive func literals) */
    cs_buf_printf(&rec, "struct %s {\n    void *fn_;\n", env);
    for (int i = 0; i < c.n; i++)
        cs_buf_printf(&rec, "    %s;\n", capture_decl(c.syms[i]));
    cs_buf_puts(&rec, "};\n");
    cs_buf_puts(&g->records, rec.s);
    function(lit, cs_gen_under(lit->ty), cname, c.syms, c.n, env);
    if (c.n == 0) {
        cs_buf_printf(&g->globals, "static const rt_func %s_rec = {(void *)%s};\n", cname, cname);
        return cs_gen_fmt("((rt_func *)&%s_rec)", cname);
    }
    *env_name = env;
    const char *t = cs_gen_temp();
    CsBuf b = {0};
    const char *where = storage ? storage : cs_gen_fmt("rt_alloc(sizeof *%s)", t);
    cs_buf_printf(&b, "({ struct %s *%s = %s; %s->fn_ = (void *)%s; ", env, t, where, t, cname);
    for (int i = 0; i < c.n; i++)
        cs_buf_printf(&b, "%s->%s = %s; ", t, c.syms[i]->cname, c.syms[i]->cname);
    cs_buf_printf(&b, "(rt_func *)%s; })", t);
    return b.s;
}

/* `f := func(...) {...}` with f never assigned again nor its address
 * taken: every call f(...), in the function or a closure, calls that
 * literal, so it can name the C function (which gcc may then inline). */
const char *cs_gen_known_closure(CsNode *callee)
{
    callee = cs_gen_unparen(callee);
    CsSym *s = callee->kind == CS_ND_IDENT ? callee->sym : NULL;
    if (!s || s->kind != CS_SYM_VAR || s->global || s->reassigned || s->addr_taken || !s->decl ||
        s->decl->kind != CS_ND_ASSIGN || !s->decl->define)
        return NULL;
    CsNode *l = s->decl->lhs, *r = s->decl->rhs;
    for (; l && r && l->sym != s; l = l->next, r = r->next)
        ;
    if (!l || !r || cs_ast_list_len(s->decl->lhs) != cs_ast_list_len(s->decl->rhs))
        return NULL;
    r = cs_gen_unparen(r);
    return r->kind == CS_ND_FUNCLIT && r->gen ? ((FuncInfo *)r->gen)->lit_cname : NULL;
}

const char *cs_gen_funclit(CsNode *lit)
{
    const char *env;
    return closure(lit, NULL, &env);
}

/* A literal marked stack_closure (leak.c), the argument of a call being
 * prepared: its record is a local declared in the call's `pre`
 * statements, which enclose the call. */
const char *cs_gen_stack_funclit(CsNode *lit, CsBuf *pre)
{
    const char *tmp = cs_gen_temp(), *env = NULL;
    const char *c = closure(lit, cs_gen_fmt("&%s", tmp), &env);
    if (env)
        cs_buf_printf(pre, "struct %s %s; ", env, tmp);
    return c;
}

/* ---- function values ----------------------------------------------------------------- */

static GenName *fvalues;

/* Header "R name(first, A p0_, ..., R2 *out1_)" for signature sig. */
static const char *header(const char *name, CsType *sig, const char *first)
{
    CsBuf b = {0};
    cs_buf_printf(&b, "%s %s(%s", cs_gen_result_ctype(sig), name, first);
    for (int i = 0; i < sig->nparams; i++)
        cs_buf_printf(&b, ", %s", cs_gen_decl(sig->params[i], cs_gen_fmt("p%d_", i)));
    for (int i = 1; i < sig->nresults; i++)
        cs_buf_printf(&b, ", %s *out%d_", cs_gen_ctype(sig->results[i]), i);
    cs_buf_puts(&b, ")");
    return b.s;
}

/* "p0_, p1_, out1_" */
static const char *forward_args(CsType *sig, bool lead_comma)
{
    CsBuf b = {0};
    bool first = !lead_comma;
    for (int i = 0; i < sig->nparams; i++, first = false)
        cs_buf_printf(&b, "%sp%d_", first ? "" : ", ", i);
    for (int i = 1; i < sig->nresults; i++, first = false)
        cs_buf_printf(&b, "%sout%d_", first ? "" : ", ", i);
    return b.s ? b.s : "";
}

static void wrapper(const char *name, CsType *sig, const char *first, const char *call_head, bool lead)
{
    Gen *g = cs_gen;
    const char *h = header(name, sig, first);
    cs_buf_printf(&g->protos, "static %s;\n", h);
    cs_buf_printf(&g->funcs, "\nstatic %s\n{\n    %s%s%s);\n}\n", h, sig->nresults ? "return " : "", call_head,
                  forward_args(sig, lead));
}

const char *cs_gen_func_value(CsSym *fn)
{
    const char *cname = cs_gen_func_name(fn);
    const char *w = cs_gen_fmt("%s_fv", cname);
    bool done = false;
    for (GenName *n = fvalues; n; n = n->next)
        if (strcmp(n->name, w) == 0)
            done = true;
    if (!done) {
        GenName *n = calloc(1, sizeof *n);
        n->name = w;
        n->next = fvalues;
        fvalues = n;
        CsType *sig = cs_gen_under(fn->type);
        wrapper(w, sig, "rt_func *self_", cs_gen_fmt("%s(", cname), false);
        cs_buf_printf(&cs_gen->globals, "static const rt_func %s_rec = {(void *)%s};\n", w, w);
    }
    return cs_gen_fmt("((rt_func *)&%s_rec)", w);
}

const char *cs_gen_method_wrapper(CsType *named, CsMethod *m, bool via_ptr)
{
    const char *mname = cs_gen_func_name(m->func);
    /* a pointer method of *T takes the interface's data word as it is:
     * the method itself goes in the tables (T * and void * are passed
     * alike), saving a call per interface call */
    if (via_ptr && m->ptr_recv)
        return mname;
    const char *w = cs_gen_fmt("%s_%s", mname, via_ptr ? "pw" : "w");
    for (GenName *n = fvalues; n; n = n->next)
        if (strcmp(n->name, w) == 0)
            return w;
    GenName *n = calloc(1, sizeof *n);
    n->name = w;
    n->next = fvalues;
    fvalues = n;
    const char *ct = cs_gen_ctype(named);
    const char *recv;
    if (via_ptr)    /* Go's panicwrap: a nil *T has no T to pass */
        recv = cs_gen_fmt("*(%s *)({ if (!data) rt_panic_plain(\"value method %s.%s.%s called using nil *%s pointer\"); data; })",
                          ct, named->pkg->path, named->name, m->name, named->name);
    else if (cs_gen_is_direct(named))
        recv = cs_gen_fmt("(%s)data", ct);
    else
        recv = cs_gen_fmt("*(%s *)data", ct);
    wrapper(w, cs_gen_under(m->sig), "void *data", cs_gen_fmt("%s(%s", mname, recv), true);
    return w;
}

/* The embedded field that path (depth steps, from a selector's lookup)
 * leads to from cur, a value of type *t; *t becomes the field's type.
 * Pointers met on the way are checked for nil. */
static const char *embedded_field(const char *cur, CsType **t, const int *path, int depth)
{
    for (int i = 0; i < depth; i++) {
        CsType *u = cs_gen_under(*t);
        bool ptr = u->kind == CS_TY_PTR;
        if (ptr)
            u = cs_gen_under(u->elem);
        CsField *f = &u->fields[path[i]];
        cur = cs_gen_fmt(ptr ? "RT_NILCHK(%s)->%s" : "%s.%s", cur, cs_gen_field_name(f->name, path[i]));
        *t = f->type;
    }
    return cur;
}

/* cur (a pointer when is_ptr) as the receiver argument of method m. */
static const char *method_recv(CsMethod *m, const char *cur, bool is_ptr)
{
    if (m->ptr_recv)
        return is_ptr ? cur : cs_gen_fmt("&%s", cur);
    return is_ptr ? cs_gen_fmt("(*RT_NILCHK(%s))", cur) : cur;
}

const char *cs_gen_promoted_wrapper(CsType *named, bool via_ptr, const char *mname, CsMethod *m, CsType *owner,
                                    const int *path, int depth)
{
    const char *w = cs_gen_fmt("%s_%s_%s", cs_gen_ctype(named), mname, via_ptr ? "ppw" : "pw");
    for (GenName *n = fvalues; n; n = n->next)
        if (strcmp(n->name, w) == 0)
            return w;
    GenName *gn = calloc(1, sizeof *gn);
    gn->name = w;
    gn->next = fvalues;
    fvalues = gn;
    const char *ct = cs_gen_ctype(named);
    const char *cur = via_ptr ? cs_gen_fmt("(*(%s *)RT_NILCHK(data))", ct) : cs_gen_fmt("(*(%s *)data)", ct);
    CsType *t = named;
    cur = embedded_field(cur, &t, path, depth);
    bool is_ptr = cs_gen_under(t)->kind == CS_TY_PTR;
    CsType *sig;
    const char *head;
    if (!m) {
        CsType *it = cs_gen_under(owner);
        sig = NULL;
        for (int i = 0; i < it->nmethods; i++)
            if (strcmp(it->methods[i].name, mname) == 0)
                sig = cs_gen_under(it->methods[i].sig);
        head = cs_gen_fmt("%s(%s.data", cs_gen_imethod(cur, mname, sig), cur);
    } else {
        sig = cs_gen_under(m->sig);
        head = cs_gen_fmt("%s(%s", cs_gen_func_name(m->func), method_recv(m, cur, is_ptr));
    }
    wrapper(w, sig, "void *data", head, true);
    return w;
}

/* T.M / (*T).M / I.M: a func whose first parameter is the receiver. */
static const char *method_expr(CsNode *sel)
{
    Gen *g = cs_gen;
    CsType *sig = cs_gen_under(sel->ty);
    CsType *rt = sel->expr->ty;
    const char *name = cs_gen_fmt("%s_me%d", g->fn->cname, ++g->fn->nclosures);
    CsBuf call = {0};
    /* a promoted method goes down the embedded fields first */
    CsType *t = rt;
    const char *cur = embedded_field("p0_", &t, sel->field_path, sel->field_depth);
    if (cs_gen_is_iface(t)) {
        CsType *msig = NULL;
        CsType *it = cs_gen_under(t);
        for (int i = 0; i < it->nmethods; i++)
            if (strcmp(it->methods[i].name, sel->name) == 0)
                msig = cs_gen_under(it->methods[i].sig);
        cs_buf_printf(&call, "%s(%s.data", cs_gen_imethod(cur, sel->name, msig), cur);
    } else {
        CsMethod *m = cs_gen_find_method(t, sel->name);
        bool is_ptr = cs_gen_under(t)->kind == CS_TY_PTR;
        const char *recv = m ? method_recv(m, cur, is_ptr) : cur;
        cs_buf_printf(&call, "%s(%s", cs_gen_func_name(m ? m->func : sel->sym), recv);
    }
    for (int i = 1; i < sig->nparams; i++)
        cs_buf_printf(&call, ", p%d_", i);
    for (int i = 1; i < sig->nresults; i++)
        cs_buf_printf(&call, ", out%d_", i);
    const char *h = header(name, sig, "rt_func *self_");
    cs_buf_printf(&g->protos, "static %s;\n", h);
    cs_buf_printf(&g->funcs, "\nstatic %s\n{\n    %s%s);\n}\n", h, sig->nresults ? "return " : "", call.s);
    cs_buf_printf(&g->globals, "static const rt_func %s_rec = {(void *)%s};\n", name, name);
    return cs_gen_fmt("((rt_func *)&%s_rec)", name);
}

const char *cs_gen_method_value(CsNode *sel)
{
    if (sel->expr->mode == CS_MODE_TYPE)
        return method_expr(sel);
    Gen *g = cs_gen;
    GenCall gc = {0};
    cs_gen_method_recv(sel, &gc);
    GenFunc *top = g->fn;
    const char *name = cs_gen_fmt("%s_mv%d", top->cname, ++top->nclosures);
    cs_buf_printf(&g->records, "struct %s_env {\n    void *fn;\n    %s;\n};\n", name,
                  cs_gen_decl(gc.recv_type, "recv"));
    CsType *sig = gc.sig;
    GenCall inner = gc;
    inner.recv = cs_gen_fmt("((struct %s_env *)self_)->recv", name);
    inner.nargs = sig->nparams;
    inner.args = calloc(sig->nparams + 1, sizeof *inner.args);
    for (int i = 0; i < sig->nparams; i++)
        inner.args[i] = cs_gen_fmt("p%d_", i);
    memset(&inner.pre, 0, sizeof inner.pre);
    const char **outs = calloc(sig->nresults + 1, sizeof *outs);
    for (int i = 1; i < sig->nresults; i++)
        outs[i - 1] = cs_gen_fmt("out%d_", i);
    const char *h = header(name, sig, "rt_func *self_");
    cs_buf_printf(&g->protos, "static %s;\n", h);
    cs_buf_printf(&g->funcs, "\nstatic %s\n{\n    %s%s;\n}\n", h, sig->nresults ? "return " : "",
                  cs_gen_emit_call(&inner, outs));
    const char *recv = gc.recv;
    if (cs_gen_is_iface(gc.recv_type)) {    /* x.M of a nil interface panics at once, as in Go */
        const char *r = cs_gen_temp();
        recv = cs_gen_fmt("({ rt_iface %s = %s; if (!%s.type) rt_panic_nil(); %s; })", r, recv, r, r);
    }
    const char *t = cs_gen_temp();
    return cs_gen_fmt("({ %sstruct %s_env *%s = rt_alloc(sizeof *%s); %s->fn = (void *)%s; %s->recv = %s; "
                      "(rt_func *)%s; })", gc.pre.s ? gc.pre.s : "", name, t, t, t, name, t, recv, t);
}

/* ---- go / defer --------------------------------------------------------------------- */

void cs_gen_go_defer(CsNode *stmt)
{
    Gen *g = cs_gen;
    GenFunc *top = g->fn;
    bool is_go = stmt->kind == CS_ND_GO;
    CsNode *call = stmt->expr;
    while (call->kind == CS_ND_PAREN)
        call = call->expr;
    const char *name = cs_gen_fmt("%s_%s%d", top->cname, is_go ? "go" : "defer", ++top->nthunks);
    int slot = !is_go && top->open ? (int)(intptr_t)stmt->gen - 1 : -1;   /* open-coded */
    const char *rec = slot >= 0 ? cs_gen_fmt("(&fr_.d%d)", slot) : cs_gen_temp();
    const char *alloc = cs_gen_fmt("struct %s *%s = rt_alloc(sizeof *%s);", name, rec, rec);
    if (is_go) {    /* a local record, for rt_go_args to copy */
        alloc = cs_gen_fmt("struct %s %s = {0};", name, rec);
        rec = cs_gen_fmt("(&%s)", rec);
    }
    CsBuf fields = {0};
    cs_gen_line("{");
    top->indent++;
    const char *body, *direct;
    const char *opaque = "";    /* a deferred direct call goes through a volatile pointer */
    if (call->builtin || call->is_conversion) {
        if (slot < 0)
            cs_gen_line("%s", alloc);
        void *mark = cs_gen_override_mark();
        int i = 0;
        for (CsNode *a = call->list; a; a = a->next) {
            if (a->mode == CS_MODE_TYPE)
                continue;
            CsType *t = a->ty;
            if (t->kind >= CS_TY_UNTYPED_BOOL && t->kind <= CS_TY_UNTYPED_STRING)
                t = cs_type_default(t);
            cs_buf_printf(&fields, "    %s;\n", cs_gen_decl(t, cs_gen_fmt("a%d", i)));
            cs_gen_line("%s->a%d = %s;", rec, i, cs_gen_expr_to(a, t));
            cs_gen_override(a, cs_gen_fmt("a_->a%d", i));
            i++;
        }
        body = direct = cs_gen_fmt("(void)(%s)", cs_gen_expr(call));
        cs_gen_override_restore(mark);
    } else {
        CsNode *callee = call->expr;
        while (callee->kind == CS_ND_PAREN)
            callee = callee->expr;
        bool in_frame = slot >= 0 && callee->kind == CS_ND_FUNCLIT;
        bool in_rec = is_go && callee->kind == CS_ND_FUNCLIT;
        const char *env = NULL;     /* in_rec: the closure record's struct, if it has one */
        if (in_frame)   /* `defer func() {...}()`: the closure's record can live in
                         * the frame too, as nothing but the deferred call sees it */
            cs_gen_override(callee, closure(callee, cs_gen_fmt("&fr_.e%d", slot), &top->open[slot].env));
        if (in_rec)
            cs_gen_override(callee, closure(callee, cs_gen_fmt("&%s->env", rec), &env));
        GenCall gc;
        cs_gen_prepare_call(call, &gc);
        if (in_frame || in_rec)
            cs_gen_drop_override(callee);
        if (gc.pre.s)
            cs_gen_line("%s", gc.pre.s);
        if (is_go && !env && gc.kind == CALL_VALUE && gc.sig->nparams == 0 && gc.sig->nresults == 0) {
            /* `go f()`, f a func value (typically a closure) without
             * parameters or results: f is all the goroutine needs */
            cs_gen_line("rt_go(rt_go_func0, %s);", gc.recv);
            cs_gen_dedent();
            cs_gen_line("}");
            return;
        }
        if (slot < 0)
            cs_gen_line("%s", alloc);
        if (env) {      /* fills rec->env; the thunk calls the copy in the G */
            cs_buf_printf(&fields, "    struct %s env;\n", env);
            cs_gen_line("(void)%s;", gc.recv);
            gc.recv = "((rt_func *)&a_->env)";
        } else if (gc.kind != CALL_DIRECT) {
            cs_buf_printf(&fields, "    %s;\n", cs_gen_decl(gc.recv_type, "recv"));
            cs_gen_line("%s->recv = %s;", rec, gc.recv);
            if (gc.kind == CALL_IFACE)  /* x.M of a nil interface panics here, not in the call */
                cs_gen_line("(void)RT_NILCHK(%s->recv.type);", rec);
            gc.recv = "a_->recv";
        }
        for (int i = 0; i < gc.nargs; i++) {
            cs_buf_printf(&fields, "    %s;\n", cs_gen_decl(gc.arg_types[i], cs_gen_fmt("a%d", i)));
            cs_gen_line("%s->a%d = %s;", rec, i, gc.args[i]);
            gc.args[i] = cs_gen_fmt("a_->a%d", i);
        }
        memset(&gc.pre, 0, sizeof gc.pre);
        GenFunc th;
        begin(&th, NULL, NULL, name);
        direct = cs_gen_emit_call(&gc, NULL);
        if (!is_go && (gc.kind == CALL_DIRECT || gc.kind == CALL_METHOD)) {
            opaque = cs_gen_fmt("__typeof__(&%s) volatile fp_ = %s;\n    ", gc.fname, gc.fname);
            gc.fname = "fp_";
            gc.fsym = NULL;     /* called through fp_, never open-coded */
        }
        body = cs_gen_emit_call(&gc, NULL);
        g->fn = th.outer;
    }
    cs_buf_printf(&g->records, "struct %s {\n%s};\n", name, fields.s ? fields.s : "    int dummy_;\n");
    const char *h = cs_gen_fmt("void %s(void *arg_)", name);
    cs_buf_printf(&g->protos, "static %s;\n", h);
    cs_buf_printf(&g->funcs, "\nstatic %s\n{\n    struct %s *a_ = arg_;\n    %s%s;\n}\n", h, name, opaque, body);
    if (is_go) {
        cs_gen_line("rt_go_args(%s, %s, sizeof *%s);", name, rec, rec);
    } else if (slot >= 0) {
        top->open[slot].thunk = name;
        top->open[slot].call = direct;
        cs_gen_line("%s.pending |= %uu;", top->frame, 1u << slot);
    } else {
        cs_gen_line("rt_defer_push(&%s, %s, %s);", top->frame, name, rec);
    }
    cs_gen_dedent();
    cs_gen_line("}");
}

/* ---- return ------------------------------------------------------------------------- */

void cs_gen_return(CsNode *ret)
{
    GenFunc *f = cs_gen->fn;
    CsType *sig = f->sig;
    int n = sig->nresults;
    const char **vals = calloc(n + 1, sizeof *vals);
    int nvals = cs_ast_list_len(ret->list);
    if (nvals == 0) {
        for (int i = 0; i < n; i++)
            vals[i] = f->res_names[i];
    } else if (nvals == 1 && n > 1) {
        CsType **types = calloc(n + 1, sizeof *types);
        cs_gen_line("{");
        f->indent++;
        cs_gen_line("%s", cs_gen_multi(ret->list, n, vals, types));
        for (int i = 0; i < n; i++)
            vals[i] = cs_gen_convert(vals[i], types[i], sig->results[i]);
    } else {
        if (n > 1 || f->has_defer) {
            cs_gen_line("{");
            f->indent++;
        }
        GenOrder o;     /* return x, f(): gc reads x after f ran */
        bool calls = n > 1 && cs_gen_list_has_call(ret->list);
        if (calls) {
            cs_gen_order_begin(&o);
            int i = 0;
            for (CsNode *v = ret->list; v; v = v->next, i++)
                cs_gen_order_value(&o, v, sig->results[i]);
            if (o.pre.len)
                cs_gen_line("%s", o.pre.s);
        }
        int i = 0;
        for (CsNode *v = ret->list; v; v = v->next, i++)
            vals[i] = cs_gen_expr_to(v, sig->results[i]);
        if (calls)
            cs_gen_order_end(&o);
        if (n > 1 || f->has_defer) {
            for (i = 0; i < n; i++) {
                const char *t = cs_gen_temp();
                cs_gen_line("%s = %s;", cs_gen_decl(sig->results[i], t), vals[i]);
                vals[i] = t;
            }
        }
    }
    bool block = nvals > 0 && (n > 1 || f->has_defer);
    if (f->has_defer) {
        for (int i = 0; i < n; i++)
            if (vals[i] != f->res_names[i])
                cs_gen_line("%s = %s;", f->res_names[i], vals[i]);
        cs_gen_line("goto exit_;");
    } else {
        for (int i = 1; i < n; i++)
            cs_gen_line("*out%d_ = %s;", i, vals[i]);
        if (n)
            cs_gen_line("return %s;", vals[0]);
        else
            cs_gen_line("return;");
    }
    if (block) {
        cs_gen_dedent();
        cs_gen_line("}");
    }
}
