/* AST nodes: the arena they live in, list helpers, and the builders the
 * grammar's actions call (one per construct).
 *
 * Builders do what the grammar cannot: sort parameter lists into names
 * and types, number const specs for iota, turn a statement header into a
 * condition or a type-switch guard, check select cases, and keep an
 * expression's depth so that absurdly deep input is refused here rather
 * than overflowing the checker's recursion. Errors they report read like
 * gc's syntax errors; the grammar carries on and the file is rejected.
 *
 * Memory: nodes and strings come from a bump arena of 1 MiB blocks that
 * is never freed (the compiler is a short-lived process).
 */
#include "parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deepest expression tree accepted (unary and binary chains). */
#define MAX_EXPR_DEPTH 3000

/* ==== arena ============================================================= */

/* Blocks are chained through their first word so cs_ast_free_all can
 * release them (the fuzzer parses millions of inputs in one process). */
static char *arena_cur, *arena_end;
static void *arena_blocks;

static void *arena_alloc(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if ((size_t)(arena_end - arena_cur) < size) {
        size_t block = (size > (1u << 20) ? size : (1u << 20)) + 16;
        char *b = calloc(1, block);
        if (!b) {
            fputs("csc: out of memory\n", stderr);
            exit(1);
        }
        *(void **)b = arena_blocks;
        arena_blocks = b;
        arena_cur = b + 16;
        arena_end = b + block;
    }
    void *p = arena_cur;
    arena_cur += size;
    return p;
}

void cs_ast_free_all(void)
{
    while (arena_blocks) {
        void *next = *(void **)arena_blocks;
        free(arena_blocks);
        arena_blocks = next;
    }
    arena_cur = arena_end = NULL;
}

char *cs_ast_strdup(const char *s, size_t n)
{
    char *d = arena_alloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

CsNode *cs_ast_new(CsNodeKind kind, CsPos pos)
{
    CsNode *n = arena_alloc(sizeof *n);
    n->kind = kind;
    n->pos = pos;
    return n;
}

/* ==== lists ============================================================= */

CsNode *cs_ast_list_append(CsNode *list, CsNode *item)
{
    if (!list)
        return item;
    CsNode *l = list;
    while (l->next)
        l = l->next;
    l->next = item;
    return list;
}

int cs_ast_list_len(const CsNode *list)
{
    int n = 0;
    for (; list; list = list->next)
        n++;
    return n;
}

CsList cs_list_none(void)
{
    return (CsList){NULL, NULL};
}

CsList cs_list_one(CsNode *n)
{
    return cs_list_add(cs_list_none(), n);
}

CsList cs_list_add(CsList l, CsNode *n)
{
    if (!n)
        return l;
    if (l.tail)
        l.tail->next = n;
    else
        l.head = n;
    l.tail = n;
    return l;
}

/* ==== names for messages ================================================ */

const char *cs_op_name(CsOp op)
{
    static const char *const names[] = {
        [CS_OP_NONE] = "", [CS_OP_ADD] = "+", [CS_OP_SUB] = "-", [CS_OP_MUL] = "*",
        [CS_OP_DIV] = "/", [CS_OP_REM] = "%", [CS_OP_AND] = "&", [CS_OP_OR] = "|",
        [CS_OP_XOR] = "^", [CS_OP_SHL] = "<<", [CS_OP_SHR] = ">>", [CS_OP_ANDNOT] = "&^",
        [CS_OP_LAND] = "&&", [CS_OP_LOR] = "||", [CS_OP_EQ] = "==", [CS_OP_NE] = "!=",
        [CS_OP_LT] = "<", [CS_OP_LE] = "<=", [CS_OP_GT] = ">", [CS_OP_GE] = ">=",
        [CS_OP_NOT] = "!", [CS_OP_NEG] = "-", [CS_OP_POS] = "+", [CS_OP_BITNOT] = "^",
        [CS_OP_ADDR] = "&", [CS_OP_RECV] = "<-", [CS_OP_INC] = "++", [CS_OP_DEC] = "--",
    };
    return op >= 0 && op < (int)(sizeof names / sizeof names[0]) && names[op] ? names[op] : "?";
}

const char *cs_node_kind_name(CsNodeKind kind)
{
    static const char *const names[] = {
        "BAD", "IDENT", "INTLIT", "FLOATLIT", "IMAGLIT", "RUNELIT", "STRLIT", "COMPOSITE",
        "KEYVALUE", "FUNCLIT", "PAREN", "SELECTOR", "INDEX", "SLICE", "TYPEASSERT", "CALL",
        "STAR", "UNARY", "BINARY", "ARRAYTYPE", "SLICETYPE", "MAPTYPE", "CHANTYPE", "FUNCTYPE",
        "STRUCTTYPE", "INTERFACETYPE", "ELLIPSIS", "FIELD", "BLOCK", "EMPTY", "EXPRSTMT", "SEND",
        "INCDEC", "ASSIGN", "GO", "DEFER", "RETURN", "BRANCH", "LABELED", "IF", "SWITCH",
        "TYPESWITCH", "CASE", "SELECT", "FOR", "RANGE", "DECLSTMT", "IMPORT", "VARSPEC",
        "CONSTSPEC", "TYPESPEC", "GENDECL", "FUNCDECL", "FILE",
    };
    _Static_assert(sizeof names / sizeof names[0] == CS_ND_FILE + 1, "KEEP IN SYNC: CsNodeKind");
    return kind >= 0 && kind <= CS_ND_FILE ? names[kind] : "?";
}

/* ==== helpers =========================================================== */

static void syntax_error(CsParser *p, CsPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void syntax_error(CsParser *p, CsPos pos, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cs_error_at(pos, "%s", msg);
    p->nerrors++;
}

/* The source text of loc (for "cannot use x := 1 as value"). */
static const char *loc_text(CsParser *p, CsLoc loc)
{
    size_t len;
    const char *s = cs_diag_file_text(p->file, &len), *end = s + len;
    const char *a = NULL, *b = NULL;
    int line = 1;
    for (const char *c = s;; c++) {
        if (line == loc.first_line && !a)
            a = c + (loc.first_column - 1);
        if (line == loc.last_line && !b)
            b = c + (loc.last_column - 1);
        if (a && b)
            break;
        c = memchr(c, '\n', end - c);
        if (!c)
            return "statement";
        line++;
    }
    if (a > end || b > end || b < a)
        return "statement";
    return cs_ast_strdup(a, b - a > 200 ? 200 : b - a);
}

static int depth_of(const CsNode *n)
{
    return n ? n->depth : 0;
}

/* Sets x's depth from its operands; refuses trees too deep to walk. */
static CsNode *deep(CsParser *p, CsNode *x, const CsNode *a, const CsNode *b)
{
    int da = depth_of(a), db = depth_of(b);
    x->depth = 1 + (da > db ? da : db);
    if (x->depth == MAX_EXPR_DEPTH)
        syntax_error(p, x->pos, "expression nested too deeply (more than %d levels)", MAX_EXPR_DEPTH);
    return x;
}

static CsNode *unparen(CsNode *x)
{
    while (x && x->kind == CS_ND_PAREN)
        x = x->expr;
    return x;
}

/* ==== declarations ====================================================== */

CsNode *cs_ast_file(CsParser *p, CsNode *pkgname, CsList imports, CsList decls, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_FILE, pkgname->pos);
    n->name = pkgname->name;
    if (imports.tail)
        imports.tail->next = decls.head;
    n->list = imports.head ? imports.head : decls.head;
    return n;
}

CsNode *cs_ast_gendecl(CsParser *p, CsDeclKind kind, CsList specs, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_GENDECL, pos);
    n->decl_kind = kind;
    n->list = specs.head;
    int64_t iota = 0;
    for (CsNode *s = specs.head; s; s = s->next, iota++)
        s->iota = iota;
    return n;
}

CsNode *cs_ast_import(CsParser *p, CsNode *name, const CsTok *path, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_IMPORT, pos);
    n->name = name ? name->name : NULL;
    n->lit = path->str;
    if (!path->str[0])
        syntax_error(p, pos, "invalid import path: \"\"");
    return n;
}

CsNode *cs_ast_valuespec(CsParser *p, CsNodeKind kind, CsList names, CsNode *type, CsList values, CsPos pos)
{
    CsNode *n = cs_ast_new(kind, pos);
    n->names = names.head;
    n->type = type;
    n->list = values.head;
    return n;
}

CsNode *cs_ast_typespec(CsParser *p, CsNode *name, CsNode *type, bool alias)
{
    CsNode *n = cs_ast_new(CS_ND_TYPESPEC, name->pos);
    n->name = name->name;
    n->type = type;
    n->is_alias = alias;
    return n;
}

CsNode *cs_ast_funcdecl(CsParser *p, CsNode *recv, CsNode *name, CsNode *type, CsNode *body, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_FUNCDECL, name->pos);
    n->recv = recv;
    n->name = name->name;
    n->type = type;
    n->body = body;
    return n;
}

/* gc (types2) words these errors and puts them at the method's name. */
CsNode *cs_ast_method(CsParser *p, CsNode *recv, CsNode *name, CsNode *type, CsNode *body)
{
    if (!recv)
        syntax_error(p, name->pos, "method has no receiver");
    else if (recv->next || cs_ast_list_len(recv->names) > 1)
        syntax_error(p, name->pos, "method has multiple receivers");
    return cs_ast_funcdecl(p, recv, name, type, body, name->pos);
}

/* ==== types ============================================================= */

CsNode *cs_ast_functype(CsParser *p, CsNode *params, CsNode *results, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_FUNCTYPE, pos);
    n->params = params;
    n->results = results;
    return n;
}

CsNode *cs_ast_field(CsParser *p, CsNode *names, CsNode *type, CsNode *tag)
{
    CsNode *n = cs_ast_new(CS_ND_FIELD, names ? names->pos : type->pos);
    n->names = names;
    n->type = type;
    n->tag = tag;
    return n;
}

/* Entries are FIELDs with one name (from `a T`) or none (`T`, which may
 * really be a name). If any entry has a name, all are named and a bare
 * entry is a name waiting for the next entry's type: `a, b int`. */
CsNode *cs_ast_params(CsParser *p, CsList entries)
{
    bool named = false;
    for (CsNode *e = entries.head; e; e = e->next)
        named |= e->names != NULL;
    if (!named)
        return entries.head;
    CsList out = cs_list_none(), pending = cs_list_none();
    for (CsNode *e = entries.head, *next; e; e = next) {
        next = e->next;
        e->next = NULL;
        if (e->names) {
            e->names = (pending.head ? cs_list_add(pending, e->names) : cs_list_one(e->names)).head;
            e->pos = e->names->pos;
            pending = cs_list_none();
            out = cs_list_add(out, e);
        } else if (e->type->kind == CS_ND_IDENT) {
            pending = cs_list_add(pending, cs_ast_ident(p, e->type->name, e->type->pos));
        } else {
            syntax_error(p, e->type->pos, "syntax error: mixed named and unnamed parameters");
            return out.head;
        }
    }
    if (pending.head)
        syntax_error(p, pending.tail->pos, "syntax error: mixed named and unnamed parameters");
    return out.head;
}

CsNode *cs_ast_ellipsis(CsParser *p, CsNode *type, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_ELLIPSIS, pos);
    n->type = type;
    return deep(p, n, type, NULL);
}

CsNode *cs_ast_arraytype(CsParser *p, CsNode *len, CsNode *elem, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_ARRAYTYPE, pos);
    n->len = len;
    n->type = elem;
    return deep(p, n, elem, len);
}

CsNode *cs_ast_slicetype(CsParser *p, CsNode *elem, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_SLICETYPE, pos);
    n->type = elem;
    return deep(p, n, elem, NULL);
}

CsNode *cs_ast_maptype(CsParser *p, CsNode *key, CsNode *value, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_MAPTYPE, pos);
    n->key = key;
    n->value = value;
    return deep(p, n, key, value);
}

CsNode *cs_ast_chantype(CsParser *p, CsChanDir dir, CsNode *elem, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_CHANTYPE, pos);
    n->chandir = dir;
    n->type = elem;
    return deep(p, n, elem, NULL);
}

CsNode *cs_ast_structtype(CsParser *p, CsNodeKind kind, CsList fields, CsPos pos)
{
    CsNode *n = cs_ast_new(kind, pos);
    n->list = fields.head;
    return n;
}

/* ==== expressions ======================================================= */

CsNode *cs_ast_ident(CsParser *p, const char *name, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_IDENT, pos);
    n->name = name;
    return n;
}

CsNode *cs_ast_lit(CsParser *p, CsNodeKind kind, const CsTok *tok, CsPos pos)
{
    CsNode *n = cs_ast_new(kind, pos);
    n->lit = tok->lit;
    n->str = tok->str;
    n->strlen = tok->len;
    n->rune = tok->rune;
    return n;
}

CsNode *cs_ast_paren(CsParser *p, CsNode *x, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_PAREN, pos);
    n->expr = x;
    return deep(p, n, x, NULL);
}

CsNode *cs_ast_star(CsParser *p, CsNode *x, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_STAR, pos);
    n->expr = x;
    return deep(p, n, x, NULL);
}

CsNode *cs_ast_unary(CsParser *p, CsOp op, CsNode *x, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_UNARY, pos);
    n->op = op;
    n->expr = x;
    return deep(p, n, x, NULL);
}

CsNode *cs_ast_binary(CsParser *p, CsOp op, CsNode *l, CsNode *r, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_BINARY, pos);
    n->op = op;
    n->lhs = l;
    n->rhs = r;
    return deep(p, n, l, r);
}

CsNode *cs_ast_selector(CsParser *p, CsNode *x, const char *name, CsPos pos, CsPos dot)
{
    CsNode *n = cs_ast_new(CS_ND_SELECTOR, pos);
    n->expr = x;
    n->name = name;
    n->rbrace = dot;
    return deep(p, n, x, NULL);
}

CsNode *cs_ast_typeassert(CsParser *p, CsNode *x, CsNode *type, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_TYPEASSERT, pos);
    n->expr = x;
    n->type = type;
    return deep(p, n, x, NULL);
}

CsNode *cs_ast_index(CsParser *p, CsNode *x, CsNode *index, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_INDEX, pos);
    n->expr = x;
    n->index = index;
    return deep(p, n, x, index);
}

CsNode *cs_ast_slice(CsParser *p, CsNode *x, CsNode *lo, CsNode *hi, CsNode *max, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_SLICE, pos);
    n->expr = x;
    n->lo = lo;
    n->hi = hi;
    n->max = max;
    n->slice3 = max != NULL;
    return deep(p, n, x, NULL);
}

CsNode *cs_ast_slice3(CsParser *p, CsNode *x, CsNode *lo, CsNode *hi, CsNode *max, CsPos pos,
                      CsPos colon2, CsPos rbrack)
{
    if (!hi)
        syntax_error(p, colon2, "middle index required in 3-index slice");
    if (!max)
        syntax_error(p, rbrack, "final index required in 3-index slice");
    CsNode *n = cs_ast_slice(p, x, lo, hi, max, pos);
    n->slice3 = true;
    return n;
}

CsNode *cs_ast_call(CsParser *p, CsNode *fn, CsList args, bool ellipsis, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_CALL, pos);
    n->expr = fn;
    n->list = args.head;
    n->has_ellipsis = ellipsis;
    return deep(p, n, fn, NULL);
}

CsNode *cs_ast_composite(CsParser *p, CsNode *type, CsList elems, CsPos lbrace, CsPos rbrace)
{
    CsNode *n = cs_ast_new(CS_ND_COMPOSITE, type ? type->pos : lbrace);
    n->type = type;
    n->list = elems.head;
    n->rbrace = rbrace;
    return deep(p, n, type, NULL);
}

CsNode *cs_ast_keyvalue(CsParser *p, CsNode *key, CsNode *value, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_KEYVALUE, pos);
    n->lhs = key;
    n->rhs = value;
    return n;
}

CsNode *cs_ast_funclit(CsParser *p, CsNode *type, CsNode *body, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_FUNCLIT, pos);
    n->type = type;
    n->body = body;
    return n;
}

/* ==== statements ======================================================== */

CsNode *cs_ast_block(CsParser *p, CsList stmts, CsPos lbrace, CsPos rbrace)
{
    CsNode *n = cs_ast_new(CS_ND_BLOCK, lbrace);
    n->list = stmts.head;
    n->rbrace = rbrace;
    return n;
}

CsNode *cs_ast_declstmt(CsParser *p, CsNode *decl)
{
    CsNode *n = cs_ast_new(CS_ND_DECLSTMT, decl->pos);
    n->decl = decl;
    return n;
}

CsNode *cs_ast_exprstmt(CsParser *p, CsNode *x)
{
    CsNode *n = cs_ast_new(CS_ND_EXPRSTMT, x->pos);
    n->expr = x;
    return n;
}

CsNode *cs_ast_send(CsParser *p, CsNode *ch, CsNode *value, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_SEND, pos);
    n->lhs = ch;
    n->rhs = value;
    return n;
}

CsNode *cs_ast_incdec(CsParser *p, CsNode *x, CsOp op, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_INCDEC, pos);
    n->expr = x;
    n->op = op;
    return n;
}

CsNode *cs_ast_assign(CsParser *p, CsList lhs, int op, CsList rhs, bool define, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_ASSIGN, pos);
    n->lhs = lhs.head;
    n->rhs = rhs.head;
    n->op = (CsOp)op;
    n->define = define;
    return n;
}

CsNode *cs_ast_go_defer(CsParser *p, CsNodeKind kind, CsNode *call, CsPos pos)
{
    const char *what = kind == CS_ND_GO ? "go" : "defer";
    CsNode *n = cs_ast_new(kind, pos);
    if (call->kind == CS_ND_PAREN) {
        syntax_error(p, call->pos, "expression in %s must not be parenthesized", what);
        call = unparen(call);
    }
    if (call->kind != CS_ND_CALL)   /* gc: at a selector's dot, as its parser places x.f */
        syntax_error(p, call->kind == CS_ND_SELECTOR ? call->rbrace : call->pos,
                     "expression in %s must be function call", what);
    n->expr = call;
    return n;
}

CsNode *cs_ast_return(CsParser *p, CsList results, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_RETURN, pos);
    n->list = results.head;
    return n;
}

CsNode *cs_ast_branch(CsParser *p, CsBranch kind, CsNode *label, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_BRANCH, pos);
    n->branch = kind;
    n->name = label ? label->name : NULL;
    return n;
}

CsNode *cs_ast_labeled(CsParser *p, CsNode *label, CsNode *stmt)
{
    CsNode *n = cs_ast_new(CS_ND_LABELED, label->pos);
    n->name = label->name;
    n->body = stmt ? stmt : cs_ast_new(CS_ND_EMPTY, label->pos);
    return n;
}

/* One side of a mistaken assignment, trimmed; a binary expression is
 * parenthesised so that the "=" stands out, as gc's emphasize does. */
static const char *emphasized(const char *a, const char *b, CsNode *side)
{
    while (a < b && (*a == ' ' || *a == '\t')) a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
    char buf[256];
    bool paren = side && !side->next && side->kind == CS_ND_BINARY;
    snprintf(buf, sizeof buf, paren ? "(%.*s)" : "%.*s", (int)(b - a), a);
    return cs_ast_strdup(buf, strlen(buf));
}

/* How gc names a statement used as an if/for condition: its source text,
 * but "assignment x = (a + b)" for a plain `=`, the usual typo for `==`. */
static const char *header_stmt_text(CsParser *p, CsNode *cond, CsLoc condloc)
{
    const char *text = loc_text(p, condloc);
    size_t eq = (size_t)(cond->pos.col - condloc.first_column);
    if (cond->kind != CS_ND_ASSIGN || cond->define || cond->op != CS_OP_NONE ||
        cond->pos.line != condloc.first_line || condloc.last_line != condloc.first_line ||
        eq >= strlen(text) || text[eq] != '=')
        return text;
    char buf[512];
    snprintf(buf, sizeof buf, "assignment %s = %s", emphasized(text, text + eq, cond->lhs),
             emphasized(text + eq + 1, text + strlen(text), cond->rhs));
    return cs_ast_strdup(buf, strlen(buf));
}

CsNode *cs_ast_header(CsParser *p, CsNode *init, CsNode *cond, CsNode *post, CsLoc condloc,
                      const char *semi, CsPos semipos)
{
    CsNode *n = cs_ast_new(CS_ND_BAD, (CsPos){p->file, condloc.first_line, condloc.first_column});
    n->init = init;
    n->cond = cond;
    n->post = post;
    n->name = semi;         /* the ';' after init, for "missing condition" */
    n->rbrace = semipos;
    if (cond && cond->kind != CS_ND_EXPRSTMT)
        n->lit = header_stmt_text(p, cond, condloc);
    return n;
}

/* The condition of an if/for header: an expression, or an error. */
static CsNode *header_cond(CsParser *p, CsNode *h, const char *stmt, CsPos missing_at)
{
    if (!h->cond) {
        /* gc: after `if init;` the error is at the ';' */
        if (stmt && h->name && !strcmp(h->name, "newline"))
            syntax_error(p, h->rbrace, "syntax error: unexpected newline, expecting { after %s clause", stmt);
        else if (stmt)
            syntax_error(p, h->name ? h->rbrace : missing_at, "syntax error: missing condition in %s statement", stmt);
        return NULL;
    }
    if (h->cond->kind != CS_ND_EXPRSTMT) {
        syntax_error(p, h->cond->pos, "syntax error: cannot use %s as value", h->lit);
        return NULL;
    }
    return h->cond->expr;
}

CsNode *cs_ast_if(CsParser *p, CsNode *header, CsNode *body, CsNode *els, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_IF, pos);
    n->init = header->init;
    n->cond = header_cond(p, header, "if", body->pos);
    n->body = body;
    n->els = els;
    return n;
}

CsNode *cs_ast_for(CsParser *p, CsNode *header, CsNode *body, CsPos pos)
{
    if (header->kind == CS_ND_RANGE) {
        header->pos = pos;
        header->body = body;
        return header;
    }
    CsNode *n = cs_ast_new(CS_ND_FOR, pos);
    n->init = header->init;
    n->cond = header_cond(p, header, NULL, pos);
    n->post = header->post;
    if (n->post && n->post->kind == CS_ND_ASSIGN && n->post->define)
        syntax_error(p, n->post->pos, "syntax error: cannot declare in post statement of for loop");
    n->body = body;
    return n;
}

CsNode *cs_ast_range(CsParser *p, CsList lhs, bool define, CsNode *x, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_RANGE, pos);
    n->define = define;
    n->expr = x;
    if (lhs.head) {
        n->key = lhs.head;
        n->value = lhs.head->next;
        if (n->value && n->value->next)
            syntax_error(p, n->value->next->pos, "range clause permits at most two iteration variables");
        n->key->next = NULL;
        if (n->value)
            n->value->next = NULL;
    }
    return n;
}

/* The guard of a type switch: `x.(type)` or `v := x.(type)`; NULL if
 * the statement is not one. */
static bool is_guard(const CsNode *x)
{
    return x && x->kind == CS_ND_TYPEASSERT && !x->type;
}

CsNode *cs_ast_switch(CsParser *p, CsNode *header, CsList cases, CsPos pos)
{
    CsNode *tag = header->cond;
    CsNode *n = cs_ast_new(CS_ND_SWITCH, pos);
    n->init = header->init;
    n->body = cases.head;
    if (tag && tag->kind == CS_ND_EXPRSTMT && is_guard(tag->expr)) {
        n->kind = CS_ND_TYPESWITCH;
        n->expr = tag->expr;
    } else if (tag && tag->kind == CS_ND_ASSIGN && tag->define && !tag->lhs->next &&
               tag->rhs && !tag->rhs->next && is_guard(tag->rhs)) {
        n->kind = CS_ND_TYPESWITCH;
        n->expr = tag->rhs;
        n->name = tag->lhs->name;
        n->lhs = tag->lhs;
    } else {
        n->expr = header_cond(p, header, NULL, pos);
    }
    return n;
}

CsNode *cs_ast_case(CsParser *p, CsList exprs, CsList body, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_CASE, pos);
    n->list = exprs.head;
    n->body = body.head;
    return n;
}

CsNode *cs_ast_select(CsParser *p, CsList cases, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_SELECT, pos);
    n->body = cases.head;
    return n;
}

static bool is_recv(const CsNode *x)
{
    x = unparen((CsNode *)x);
    return x && x->kind == CS_ND_UNARY && x->op == CS_OP_RECV;
}

CsNode *cs_ast_commcase(CsParser *p, CsNode *comm, CsList body, CsPos pos)
{
    CsNode *n = cs_ast_new(CS_ND_CASE, pos);
    n->init = comm;
    n->body = body.head;
    bool ok = !comm || comm->kind == CS_ND_SEND ||
              (comm->kind == CS_ND_EXPRSTMT && is_recv(comm->expr)) ||
              (comm->kind == CS_ND_ASSIGN && comm->op == CS_OP_NONE && cs_ast_list_len(comm->lhs) <= 2 &&
               cs_ast_list_len(comm->rhs) == 1 && is_recv(comm->rhs));
    if (!ok)
        syntax_error(p, comm->pos, "select case must be send or receive (possibly with assignment)");
    if (comm && comm->define)
        n->define = true;
    return n;
}
