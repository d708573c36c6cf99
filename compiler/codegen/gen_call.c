/* gen_call.c: calls and built-in functions.
 *
 * A call is first broken into evaluated parts (GenCall: callee, receiver,
 * converted arguments, statements for a multi-value argument) and then
 * emitted; go/defer (gen_func.c) evaluate the parts into a record, one
 * after the other as gc does, and emit the call from the record in a
 * thunk. Order among the parts otherwise comes from the enclosing order
 * scope (gen_order.c). Calling convention (rt.h): results 2..n
 * through out-pointers after the arguments; variadic arguments packed into
 * a slice here; a func value is called through its record's code pointer
 * with the record as hidden first argument; an interface method through
 * the descriptor's wrapper with the data word first.
 */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "gen_int.h"

CsMethod *cs_gen_find_method(CsType *t, const char *name)
{
    if (t->kind == CS_TY_PTR)
        t = t->elem;
    if (t->kind != CS_TY_NAMED)
        return NULL;
    for (int i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0)
            return &t->methods[i];
    return NULL;
}

static const char *pack_variadic(CsType *slice, const char **vals, int n)
{
    if (n == 0)
        return "(rt_slice){}";
    CsType *elem = cs_gen_under(slice)->elem;
    const char *p = cs_gen_temp();
    CsBuf b = {0};
    cs_buf_printf(&b, "({ %s = %s(%d * sizeof(%s)); ", cs_gen_decl(cs_type_ptr(elem), p),
                  cs_gen_has_pointers(elem) ? "rt_alloc" : "rt_alloc_noscan", n, cs_gen_ctype(elem));
    for (int i = 0; i < n; i++)
        cs_buf_printf(&b, "%s[%d] = %s; ", p, i, vals[i]);
    cs_buf_printf(&b, "(rt_slice){%s, %d, %d}; })", p, n, n);
    return b.s;
}

/* The receiver of method selector sel (x.M): fills gc's kind, fname, recv,
 * recv_type and sig. */
void cs_gen_method_recv(CsNode *sel, GenCall *gc)
{
    CsType *rt;
    int depth = sel->field_depth;
    const char *r = cs_gen_walk_path(sel, depth, &rt);
    gc->sig = cs_gen_under(sel->ty);
    if (cs_gen_is_iface(rt)) {
        gc->kind = CALL_IFACE;
        gc->fname = sel->name;
        gc->recv = r;
        gc->recv_type = rt;
        return;
    }
    CsMethod *m = cs_gen_find_method(rt, sel->name);
    CsType *named = rt->kind == CS_TY_PTR ? rt->elem : rt;
    gc->kind = CALL_METHOD;
    gc->fname = cs_gen_func_name(m ? m->func : sel->sym);
    gc->fsym = m ? m->func : NULL;
    bool ptr_recv = m ? m->ptr_recv : false;
    bool is_ptr = cs_gen_under(rt)->kind == CS_TY_PTR;
    if (ptr_recv) {
        gc->recv_type = cs_type_ptr(named);
        gc->recv = is_ptr ? r : depth == 0 ? cs_gen_addr(sel->expr) : cs_gen_fmt("&%s", r);
    } else {
        gc->recv_type = named;
        gc->recv = is_ptr ? cs_gen_fmt("(*RT_NILCHK(%s))", r) : r;
    }
}

void cs_gen_prepare_call(CsNode *call, GenCall *gc)
{
    memset(gc, 0, sizeof *gc);
    CsNode *callee = cs_gen_unparen(call->expr);
    /* T.M(x, ...) and I.M(x, ...) call the method expression's func value */
    bool method_expr = callee->kind == CS_ND_SELECTOR && callee->expr->mode == CS_MODE_TYPE;
    if (!method_expr && callee->kind == CS_ND_SELECTOR && callee->expr->mode != CS_MODE_PKG && callee->sym &&
        callee->sym->kind == CS_SYM_FUNC) {
        cs_gen_method_recv(callee, gc);
    } else if (!method_expr && (callee->kind == CS_ND_IDENT || callee->kind == CS_ND_SELECTOR) && callee->sym &&
               callee->sym->kind == CS_SYM_FUNC) {
        gc->kind = CALL_DIRECT;
        gc->sig = cs_gen_under(callee->ty);
        gc->fname = cs_gen_func_name(callee->sym);
        gc->fsym = callee->sym;
    } else {
        gc->kind = CALL_VALUE;
        gc->sig = cs_gen_under(callee->ty);
        gc->fname = cs_gen_known_closure(callee);
        gc->recv = cs_gen_expr(callee);
        gc->recv_type = callee->ty;
    }
    CsType *sig = gc->sig;
    int np = sig->nparams;
    /* the argument values, in order: f(g()) spreads g's results, which
     * may outnumber f's parameters when f is variadic */
    CsNode *a0 = call->list;
    bool spread = a0 && !a0->next && a0->ty && a0->ty->kind == CS_TY_TUPLE;
    int nvals = spread ? a0->ty->nparams : cs_ast_list_len(call->list);
    const char **vals = calloc(nvals + np + 1, sizeof *vals);
    int k = 0;
    if (spread) {
        const char **names = calloc(a0->ty->nparams + 1, sizeof *names);
        CsType **rtypes = calloc(a0->ty->nparams + 1, sizeof *rtypes);
        cs_buf_printf(&gc->pre, "%s ", cs_gen_multi(a0, a0->ty->nparams, names, rtypes));
        for (int i = 0; i < a0->ty->nparams; i++) {
            CsType *pt = sig->variadic && i >= np - 1 ? cs_gen_under(sig->params[np - 1])->elem
                                                      : sig->params[i];
            vals[k++] = cs_gen_convert(names[i], rtypes[i], pt);
        }
    } else {
        int i = 0;
        for (CsNode *a = call->list; a; a = a->next, i++) {
            CsType *pt;
            if (sig->variadic && i >= np - 1 && !call->has_ellipsis)
                pt = cs_gen_under(sig->params[np - 1])->elem;
            else
                pt = sig->params[i < np ? i : np - 1];
            CsNode *lit = cs_gen_unparen(a);
            vals[k++] = lit->kind == CS_ND_FUNCLIT && lit->stack_closure ? cs_gen_stack_funclit(lit, &gc->pre)
                                                                         : cs_gen_arg_to(a, pt);
        }
    }
    int given = k;
    gc->args = calloc(np + 1, sizeof *gc->args);
    gc->arg_types = calloc(np + 1, sizeof *gc->arg_types);
    gc->nargs = np;
    for (int i = 0; i < np; i++) {
        gc->arg_types[i] = sig->params[i];
        if (sig->variadic && i == np - 1 && !call->has_ellipsis)
            gc->args[i] = pack_variadic(sig->params[i], vals + i, given - i);
        else
            gc->args[i] = vals[i];
    }
}

/* Is c a plain C lvalue name (may be evaluated twice for free)? */
static bool plain(const char *c)
{
    if (!isalpha((unsigned char)c[0]) && c[0] != '_' && c[0] != '(')
        return false;
    for (const char *p = c; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("_>-.*()", *p))
            return false;
    return !strstr(c, "(") || (c[0] == '(' && c[1] == '*' && !strchr(c + 2, '('));
}

/* The open-coded form of a direct call, given the C call's arguments:
 * the Go arguments, then the out pointers of the results after the first. */
static const char *intrinsic(GenCall *gc, const char **outs)
{
    int nouts = gc->sig->nresults > 1 ? gc->sig->nresults - 1 : 0;
    const char **all = calloc(gc->nargs + nouts + 1, sizeof *all);
    for (int i = 0; i < gc->nargs; i++)
        all[i] = gc->args[i];
    for (int i = 0; i < nouts; i++)
        all[gc->nargs + i] = outs[i];
    return cs_gen_intrinsic(gc->fsym, all, gc->nargs + nouts);
}

const char *cs_gen_emit_call(GenCall *gc, const char **outs)
{
    CsType *sig = gc->sig;
    CsBuf pre = {0}, b = {0};
    if (gc->pre.s)
        cs_buf_puts(&pre, gc->pre.s);
    if (sig->nresults > 1 && !outs) {
        outs = calloc(sig->nresults, sizeof *outs);
        for (int i = 1; i < sig->nresults; i++) {
            const char *t = cs_gen_temp();
            cs_buf_printf(&pre, "%s; ", cs_gen_decl(sig->results[i], t));
            outs[i - 1] = cs_gen_fmt("&%s", t);
        }
    }
    const char *recv = gc->recv;
    const char *open = gc->kind == CALL_DIRECT ? intrinsic(gc, outs)
                     : gc->kind == CALL_METHOD ? cs_gen_method_intrinsic(gc->fsym, recv, gc->nargs)
                     : NULL;
    if (open)   /* a statement expression: no "statement with no effect" as a call statement */
        return cs_gen_fmt("({ %s%s; })", pre.len ? pre.s : "", open);
    switch (gc->kind) {
    case CALL_DIRECT:
        cs_buf_printf(&b, "%s(", gc->fname);
        break;
    case CALL_METHOD:
        cs_buf_printf(&b, "%s(%s", gc->fname, recv);
        break;
    case CALL_IFACE:
        if (!plain(recv)) {
            const char *t = cs_gen_temp();
            cs_buf_printf(&pre, "rt_iface %s = %s; ", t, recv);
            recv = t;
        }
        cs_buf_printf(&b, "%s(%s.type, %s.data", cs_gen_dispatch(gc->recv_type, gc->fname, sig), recv, recv);
        break;
    case CALL_VALUE:
        if (!plain(recv)) {
            const char *t = cs_gen_temp();
            cs_buf_printf(&pre, "rt_func *%s = %s; ", t, recv);
            recv = t;
        }
        if (gc->fname)      /* a known literal's closure: never nil */
            cs_buf_printf(&b, "%s(%s", gc->fname, recv);
        else
            cs_buf_printf(&b, "((%s)RT_NILCHK(%s)->fn)(%s", cs_gen_fnptr_type(sig, "rt_func *"), recv, recv);
        break;
    }
    bool first = gc->kind == CALL_DIRECT;
    /* a dispatch macro's arguments: commas in compound literals split them */
    const char *arg_fmt = gc->kind == CALL_IFACE ? "%s(%s)" : "%s%s";
    for (int i = 0; i < gc->nargs; i++) {
        cs_buf_printf(&b, arg_fmt, first ? "" : ", ", gc->args[i]);
        first = false;
    }
    for (int i = 1; i < sig->nresults; i++) {
        cs_buf_printf(&b, arg_fmt, first ? "" : ", ", outs[i - 1]);
        first = false;
    }
    cs_buf_puts(&b, ")");
    if (pre.len)
        return cs_gen_fmt("({ %s%s; })", pre.s, b.s);
    return b.s;
}

const char *cs_gen_call(CsNode *call, const char **outs)
{
    GenCall gc;
    cs_gen_prepare_call(call, &gc);
    return cs_gen_emit_call(&gc, outs);
}

/* ---- built-ins ------------------------------------------------------------------ */

static const char *as_int(CsNode *n)
{
    return cs_gen_expr_to(n, cs_type_basic(CS_TY_INT));
}

static const char *len_cap(CsNode *call, bool is_len)
{
    CsNode *x = call->list;
    CsType *u = cs_gen_under(x->ty);
    if (u->kind == CS_TY_PTR)
        u = cs_gen_under(u->elem);
    const char *lit = cs_gen_slicelit_len(x);
    if (lit)
        return lit;
    const char *c = cs_gen_expr(x);
    switch (u->kind) {
    case CS_TY_STRING: case CS_TY_UNTYPED_STRING:
        return cs_gen_fmt("(%s).len", c);
    case CS_TY_SLICE:
        return cs_gen_fmt("(%s).%s", c, is_len ? "len" : "cap");
    case CS_TY_MAP:
        return cs_gen_fmt("rt_maplen(%s)", c);
    case CS_TY_CHAN:
        return cs_gen_fmt("rt_chan%s(%s)", is_len ? "len" : "cap", c);
    case CS_TY_ARRAY:
        return cs_gen_fmt("((void)%s, (int64_t)%lld)", c, (long long)u->len);
    default:
        cs_gen->failed = true;
        return "0";
    }
}

static const char *make(CsNode *call)
{
    CsType *t = call->ty, *u = cs_gen_under(t);
    CsNode *a1 = call->list->next, *a2 = a1 ? a1->next : NULL;
    switch (u->kind) {
    case CS_TY_SLICE: {
        const char *len = as_int(a1);
        if (!a2) {
            if (!cs_gen_is_simple(a1)) {
                const char *tmp = cs_gen_temp();
                return cs_gen_fmt("({ int64_t %s = %s; rt_makeslice(%s, %s, %s); })", tmp, len,
                                  cs_gen_rtt(u->elem), tmp, tmp);
            }
            return cs_gen_fmt("rt_makeslice(%s, %s, %s)", cs_gen_rtt(u->elem), len, len);
        }
        return cs_gen_fmt("rt_makeslice(%s, %s, %s)", cs_gen_rtt(u->elem), len, as_int(a2));
    }
    case CS_TY_MAP:
        return cs_gen_fmt("rt_makemap(%s, %s)", cs_gen_rtt(t), a1 ? as_int(a1) : "0");
    case CS_TY_CHAN:
        return cs_gen_fmt("rt_makechan(%s, %s)", cs_gen_rtt(u->elem), a1 ? as_int(a1) : "0");
    default:
        cs_gen->failed = true;
        return "NULL";
    }
}

/* Whether call is append(s, make([]T, n)...): it only needs s extended by
 * n zero elements (Go's extendSlice); the make itself is never evaluated,
 * so an order scope walks only n (gen_order.c). */
bool cs_gen_is_append_of_make(CsNode *call)
{
    CsNode *x = call->list ? call->list->next : NULL;
    return call->has_ellipsis && x && x->kind == CS_ND_CALL && x->builtin == CS_BI_MAKE &&
           cs_ast_list_len(x->list) == 2;
}

static const char *append(CsNode *call)
{
    CsNode *s = call->list;
    CsType *st = call->ty;
    CsType *elem = cs_gen_under(st)->elem;
    const char *ec = cs_gen_ctype(elem), *scan = cs_gen_has_pointers(elem) ? "true" : "false";
    int n = cs_ast_list_len(call->list) - 1;
    if (n == 0)
        return cs_gen_expr(s);
    CsBuf b = {0};
    const char *sv = cs_gen_temp();
    cs_buf_printf(&b, "({ rt_slice %s = %s; ", sv, cs_gen_expr_to(s, st));
    if (cs_gen_is_append_of_make(call)) {
        cs_buf_printf(&b, "%s = rt_extendslice(%s, sizeof(%s), %s, %s); %s; })", sv, sv, ec,
                      as_int(s->next->list->next), scan, sv);
        return b.s;
    }
    if (call->has_ellipsis) {
        CsNode *x = s->next;
        const char *xv = cs_gen_temp(), *at = cs_gen_temp();
        cs_buf_printf(&b, "%s = %s; int64_t %s = %s.len; ", cs_gen_decl(x->ty, xv), cs_gen_expr(x), at, sv);
        cs_buf_printf(&b, "%s = rt_grow(%s, sizeof(%s), %s.len, %s); ", sv, sv, ec, xv, scan);
        /* rt_slicecopy: nothing to move leaves a nil s nil (memmove's
         * arguments must not be NULL, even for 0 bytes) */
        cs_buf_printf(&b, "rt_slicecopy((%s *)%s.ptr + %s, %s.len, %s.ptr, %s.len, sizeof(%s)); %s; })", ec, sv,
                      at, xv, xv, xv, ec, sv);
        return b.s;
    }
    const char **vals = calloc(n + 1, sizeof *vals);
    int i = 0;
    for (CsNode *a = s->next; a; a = a->next, i++) {
        vals[i] = cs_gen_temp();
        cs_buf_printf(&b, "%s = %s; ", cs_gen_decl(elem, vals[i]), cs_gen_expr_to(a, elem));
    }
    cs_buf_printf(&b, "%s = rt_grow(%s, sizeof(%s), %d, %s); ", sv, sv, ec, n, scan);
    for (i = 0; i < n; i++)
        cs_buf_printf(&b, "((%s *)%s.ptr)[%s.len - %d] = %s; ", ec, sv, sv, n - i, vals[i]);
    cs_buf_printf(&b, "%s; })", sv);
    return b.s;
}

static const char *copy(CsNode *call)
{
    CsNode *d = call->list, *s = d->next;
    CsType *elem = cs_gen_under(d->ty)->elem;
    const char *dv = cs_gen_temp(), *sv = cs_gen_temp();
    return cs_gen_fmt("({ %s = %s; %s = %s; rt_slicecopy(%s.ptr, %s.len, %s.ptr, %s.len, sizeof(%s)); })",
                      cs_gen_decl(d->ty, dv), cs_gen_expr(d), cs_gen_decl(s->ty, sv), cs_gen_expr(s), dv, dv,
                      sv, sv, cs_gen_ctype(elem));
}

static const char *print(CsNode *call, bool ln)
{
    CsBuf b = {0};
    CsBuf pre = {0};
    /* evaluate the operands first: printing holds the print lock */
    cs_buf_puts(&b, "rt_print_lock(); ");
    for (CsNode *a = call->list; a; a = a->next) {
        CsType *t = a->ty;
        if (t->kind >= CS_TY_UNTYPED_BOOL && t->kind <= CS_TY_UNTYPED_STRING)
            t = cs_type_default(t);
        const char *v = cs_gen_expr(a);
        if (!a->cv) {
            const char *tmp = cs_gen_temp();
            cs_buf_printf(&pre, "%s = %s; ", cs_gen_decl(t, tmp), v);
            v = tmp;
        }
        if (a != call->list && ln)
            cs_buf_puts(&b, "rt_print_space(); ");
        const char *fn;
        switch (cs_gen_under(t)->kind) {
        case CS_TY_BOOL: fn = "bool"; break;
        case CS_TY_INT: case CS_TY_INT8: case CS_TY_INT16: case CS_TY_INT32: case CS_TY_INT64:
            fn = "int"; break;
        case CS_TY_UINT: case CS_TY_UINT8: case CS_TY_UINT16: case CS_TY_UINT32: case CS_TY_UINT64:
        case CS_TY_UINTPTR:
            fn = "uint"; break;
        case CS_TY_FLOAT32: case CS_TY_FLOAT64: fn = "float"; break;
        case CS_TY_STRING: fn = "string"; break;
        case CS_TY_INTERFACE: fn = "iface"; break;
        case CS_TY_SLICE: fn = "slice"; break;
        case CS_TY_UNTYPED_NIL: fn = "pointer"; v = "NULL"; break;
        default: fn = "pointer"; break;
        }
        cs_buf_printf(&b, "rt_print_%s(%s); ", fn, v);
    }
    if (ln)
        cs_buf_puts(&b, "rt_print_nl(); ");
    cs_buf_puts(&b, "rt_print_unlock();");
    return cs_gen_fmt("({ %s%s })", pre.s ? pre.s : "", b.s);
}

const char *cs_gen_builtin(CsNode *call)
{
    CsNode *a = call->list;
    switch (call->builtin) {
    case CS_BI_LEN: return len_cap(call, true);
    case CS_BI_CAP: return len_cap(call, false);
    case CS_BI_MAKE: return make(call);
    case CS_BI_NEW: {
        CsType *t = cs_gen_under(call->ty)->elem;
        return cs_gen_fmt("((%s)%s(sizeof(%s)))", cs_gen_ctype(call->ty),
                          cs_gen_has_pointers(t) ? "rt_alloc" : "rt_alloc_noscan", cs_gen_ctype(t));
    }
    case CS_BI_APPEND: return append(call);
    case CS_BI_COPY: return copy(call);
    case CS_BI_DELETE: {
        CsType *mt = cs_gen_under(a->ty);
        return cs_gen_fmt("rt_mapdelete(%s, %s, (%s[]){%s})", cs_gen_rtt(a->ty), cs_gen_expr(a),
                          cs_gen_ctype(mt->key), cs_gen_expr_to(a->next, mt->key));
    }
    case CS_BI_CLOSE: return cs_gen_fmt("rt_chanclose(%s)", cs_gen_expr(a));
    case CS_BI_PANIC: {
        return cs_gen_fmt("rt_panic(%s)", cs_gen_expr_to(a, cs_ty_any));
    }
    case CS_BI_RECOVER: return cs_gen_recover_call();
    case CS_BI_PRINT: return print(call, false);
    case CS_BI_PRINTLN: return print(call, true);
    default:
        cs_error_at(call->pos, "internal error: unsupported built-in");
        cs_gen->failed = true;
        return "0";
    }
}
