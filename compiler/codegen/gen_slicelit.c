/* gen_slicelit.c: slice literals kept off the heap where they cannot escape.
 *
 * A slice literal allocates its backing array (gen_expr.c's composite),
 * since in general anything may keep the slice. In three places nothing
 * can, because of where the literal appears:
 *   - []T{...}[i] read as a value (cs_gen_expr_to: the element is copied
 *     out; &[]T{...}[i], assignments to it and pointer-receiver method
 *     calls on it take its address through cs_gen_addr or the lvalue
 *     paths, which never come here, and keep the heap array);
 *   - the operand of a range statement (the loop reads the elements
 *     through a temporary the program cannot name, and copies them into
 *     the iteration variables);
 *   - the operand of len or cap (only the count is used).
 * There csc does what gc does with a literal that does not escape: when
 * every element is a constant (array and struct literals of numbers
 * included, see static_type for the element types gcc accepts) the
 * array is a static read-only C array, initialised at compile time;
 * otherwise it is a C array on the stack, filled element by element in
 * index order when the literal is evaluated (as composite() fills the heap
 * one), living as long as its use: the statement expression that indexes
 * it, or the C block around the range loop. Stack arrays stay small
 * (STACK_LIMIT bytes: a goroutine's first stack is small); bigger ones keep
 * the heap.
 *
 * A literal of at least COPY_MIN elements that keeps its heap array but
 * has only constant elements is filled as gc fills one: a copy of a static
 * read-only array (cs_gen_slicelit_heap). This keeps big tables
 * (unicode.CaseRanges: 319 structs) from being thousands of C stores,
 * which gcc -O2's dead store elimination and alias walking take seconds
 * over. Smaller literals keep their element stores, whose values gcc sees
 * (copying bench/extra/strsearch's 15-string table costs 2.5% more
 * instructions).
 *
 * Go's semantics are unchanged: calls in the elements (and the index) are
 * temporaries of an order scope, evaluated in gc's order before anything
 * here reads them; the elements are stored before the index is checked, so
 * a panic in an element comes first; range evaluates the literal once,
 * before the loop. Invariant: nothing writes through the slices made here
 * (the static arrays are const) and none outlives the array it points to,
 * except the heap copies, which are the literal's own fresh arrays.
 */
#include "gen_int.h"

enum { STACK_LIMIT = 1024, COPY_MIN = 32 };

/* x (parentheses stripped) when it is a slice literal generated here. */
static CsNode *slice_lit(CsNode *x)
{
    x = cs_gen_unparen(x);
    if (x->kind != CS_ND_COMPOSITE || cs_gen_is_overridden(x) || cs_gen_under(x->ty)->kind != CS_TY_SLICE)
        return NULL;
    return x;
}

static CsNode *elem_value(CsNode *e)
{
    return e->kind == CS_ND_KEYVALUE ? e->rhs : e;
}

/* Can a constant of type t be a C constant initializer? Not with an
 * interface in it (boxing is a call). A string, array or struct constant
 * is a compound literal in C, and gcc takes those in static data only at
 * the outer level: `(struct S){.s = (rt_string){...}}` is "not constant".
 * Arrays and structs are written as plain braces (static_init), so they
 * nest; a string inside an array or struct (nested) keeps the literal on
 * the stack. */
static bool static_type(CsType *t, bool nested)
{
    t = cs_gen_under(t);
    switch (t->kind) {
    case CS_TY_INTERFACE:
        return false;
    case CS_TY_STRING:
        return !nested;
    case CS_TY_ARRAY:
        return static_type(t->elem, true);
    case CS_TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!static_type(t->fields[i].type, true))
                return false;
        return true;
    default:
        return true;
    }
}

/* Is v a constant, or an array or struct literal of constants? */
static bool const_value(CsNode *v)
{
    v = cs_gen_unparen(v);
    if (v->cv)
        return true;
    CsTypeKind k = v->kind == CS_ND_COMPOSITE ? cs_gen_under(v->ty)->kind : CS_TY_INVALID;
    if (k != CS_TY_ARRAY && k != CS_TY_STRUCT)
        return false;
    for (CsNode *e = v->list; e; e = e->next)
        if (!const_value(elem_value(e)))
            return false;
    return true;
}

/* The literal's length: one past its highest index. */
static int64_t lit_len(CsNode *lit)
{
    int64_t next = 0, max = 0;
    for (CsNode *e = lit->list; e; e = e->next) {
        if (e->kind == CS_ND_KEYVALUE)
            next = (int64_t)e->lhs->cv->i;
        if (++next > max)
            max = next;
    }
    return max;
}

/* Calls f(each element's index and value) in source order. */
typedef void (*ElemVisit)(int64_t i, CsNode *v, void *ctx);

static void each_elem(CsNode *lit, ElemVisit f, void *ctx)
{
    int64_t next = 0;
    for (CsNode *e = lit->list; e; e = e->next) {
        if (e->kind == CS_ND_KEYVALUE)
            next = (int64_t)e->lhs->cv->i;
        f(next++, elem_value(e), ctx);
    }
}

typedef struct Fill {
    CsBuf *b;
    const char *arr;
    CsType *elem;
} Fill;

/* const_value v as a static initializer of type t: a constant, or braces
 * for an array (a C struct around the C array) or struct literal. */
static const char *static_init(CsNode *v, CsType *t)
{
    v = cs_gen_unparen(v);
    if (v->cv)
        return cs_gen_expr_to(v, t);
    CsType *u = cs_gen_under(v->ty);
    bool array = u->kind == CS_TY_ARRAY;
    CsBuf b = {0};
    cs_buf_puts(&b, array ? "{{" : "{");
    int64_t next = 0;
    for (CsNode *e = v->list; e; e = e->next, next++) {
        CsNode *ev = elem_value(e);
        if (array) {
            if (e->kind == CS_ND_KEYVALUE)
                next = (int64_t)e->lhs->cv->i;
            cs_buf_printf(&b, "[%lld] = %s, ", (long long)next, static_init(ev, u->elem));
            continue;
        }
        int fi = e->kind == CS_ND_KEYVALUE ? cs_gen_field_index(v->ty, e->lhs->name) : (int)next;
        cs_buf_printf(&b, ".%s = %s, ", cs_gen_field_name(u->fields[fi].name, fi), static_init(ev, u->fields[fi].type));
    }
    cs_buf_puts(&b, array ? "}}" : "}");
    return b.s;
}

bool cs_gen_static_value(CsNode *v, CsType *t)
{
    return static_type(t, false) && const_value(v);
}

const char *cs_gen_static_init(CsNode *v, CsType *t)
{
    return static_init(v, t);
}

static void init_one(int64_t i, CsNode *v, void *ctx)
{
    Fill *f = ctx;
    cs_buf_printf(f->b, "[%lld] = %s, ", (long long)i, static_init(v, f->elem));
}

static void store_one(int64_t i, CsNode *v, void *ctx)
{
    Fill *f = ctx;
    cs_buf_printf(f->b, "%s[%lld] = %s; ", f->arr, (long long)i, cs_gen_expr_to(v, f->elem));
}

/* Where a literal's array goes: decided before any of it is generated
 * (generating an element twice would emit its closures twice). */
typedef enum { ON_HEAP, STATIC, ON_STACK } Where;

static Where where(CsNode *lit)
{
    CsType *elem = cs_gen_under(lit->ty)->elem;
    int64_t len = lit_len(lit);
    if (len == 0)
        return ON_HEAP;     /* composite()'s zero-size allocation: no array */
    bool constant = static_type(elem, false);
    for (CsNode *e = lit->list; e && constant; e = e->next)
        constant = const_value(elem_value(e));
    if (constant)
        return STATIC;
    return cs_type_size_estimate(elem) * len > STACK_LIMIT ? ON_HEAP : ON_STACK;
}

/* C statements in *pre declaring (and filling) the array of literal lit,
 * whose name it returns; where(lit) is not ON_HEAP. A stack array's
 * declaration goes to *decl when that is not NULL (then it outlives pre's
 * statement expression). */
static const char *array_of(CsNode *lit, CsBuf *decl, CsBuf *pre)
{
    CsType *elem = cs_gen_under(lit->ty)->elem;
    int64_t len = lit_len(lit);
    const char *arr = cs_gen_temp();
    const char *named = cs_gen_decl(elem, cs_gen_fmt("%s[%lld]", arr, (long long)len));
    Fill f = {pre, arr, elem};
    if (where(lit) == STATIC) {
        cs_buf_printf(pre, "static const %s = { ", named);
        each_elem(lit, init_one, &f);
        cs_buf_puts(pre, "}; ");
        return arr;
    }
    bool sparse = cs_ast_list_len(lit->list) < len;
    cs_buf_printf(decl ? decl : pre, "%s%s; ", named, sparse ? " = {}" : "");
    each_elem(lit, store_one, &f);
    return arr;
}

/* gen(n) as an evaluation of its own: in an order scope when n has calls
 * and none is open (as cs_gen_expr does). */
static const char *ordered(CsNode *n, CsBuf *decl, const char *(*gen)(CsNode *, CsBuf *))
{
    if (cs_gen_ordering() || !cs_gen_has_call(n))
        return gen(n, decl);
    GenOrder o;
    cs_gen_order_begin(&o);
    cs_gen_order_operands(&o, n);
    const char *c = gen(n, decl);
    cs_gen_order_end(&o);
    return o.pre.len ? cs_gen_fmt("({ %s%s; })", o.pre.s, c) : c;
}

static const char *index_value(CsNode *n, CsBuf *unused)
{
    CsNode *lit = slice_lit(n->expr);
    CsBuf pre = {0};
    const char *arr = array_of(lit, NULL, &pre);
    int64_t len = lit_len(lit);
    const char *i = cs_gen_expr(n->index);
    CsConst *k = n->index->cv;
    if (!k || k->kind != CS_CV_INT || k->i < 0 || k->i >= len)
        i = cs_gen_fmt("rt_index(%s, %lld)", i, (long long)len);
    return cs_gen_fmt("({ %s%s[%s]; })", pre.s, arr, i);
}

const char *cs_gen_slicelit_heap(CsNode *lit)
{
    if (lit_len(lit) < COPY_MIN || where(lit) != STATIC)
        return NULL;
    CsBuf pre = {0};
    const char *arr = array_of(lit, NULL, &pre);
    CsType *elem = cs_gen_under(lit->ty)->elem;
    const char *p = cs_gen_temp();
    long long len = (long long)lit_len(lit);
    return cs_gen_fmt("({ %s%s = %s(sizeof %s); memcpy(%s, %s, sizeof %s); (rt_slice){%s, %lld, %lld}; })", pre.s,
                      cs_gen_decl(cs_type_ptr(elem), p), cs_gen_has_pointers(elem) ? "rt_alloc" : "rt_alloc_noscan",
                      arr, p, arr, arr, p, len, len);
}

const char *cs_gen_slicelit_index(CsNode *n)
{
    n = cs_gen_unparen(n);
    if (n->kind != CS_ND_INDEX || cs_gen_is_overridden(n) || !slice_lit(n->expr) ||
        where(slice_lit(n->expr)) == ON_HEAP)
        return NULL;
    return ordered(n, NULL, index_value);
}

static const char *range_slice(CsNode *lit, CsBuf *decl)
{
    CsBuf pre = {0};
    const char *arr = array_of(lit, decl, &pre);
    long long len = (long long)lit_len(lit);
    return cs_gen_fmt("({ %s(rt_slice){(void *)%s, %lld, %lld}; })", pre.s, arr, len, len);
}

const char *cs_gen_slicelit_range(CsNode *x)
{
    CsNode *lit = slice_lit(x);
    if (!lit || where(lit) == ON_HEAP)
        return NULL;
    CsBuf decl = {0};
    const char *c = ordered(lit, &decl, range_slice);
    if (decl.len)
        cs_gen_line("%s", decl.s);
    return c;
}

static void discard_one(int64_t i, CsNode *v, void *ctx)
{
    if (!cs_gen_unparen(v)->cv)
        cs_buf_printf(ctx, "(void)(%s); ", cs_gen_expr(v));
}

const char *cs_gen_slicelit_len(CsNode *x)
{
    CsNode *lit = slice_lit(x);
    if (!lit)
        return NULL;
    CsBuf pre = {0};
    each_elem(lit, discard_one, &pre);
    long long len = (long long)lit_len(lit);
    return pre.len ? cs_gen_fmt("({ %s(int64_t)%lld; })", pre.s, len) : cs_gen_fmt("(int64_t)%lld", len);
}
