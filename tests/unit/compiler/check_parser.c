/* Parser tests: the shape of the AST for the constructs where Go's syntax
 * is not LALR(1) as written (parameter lists, statement headers and
 * composite literals, channel types, type switches, select cases), const
 * groups and iota, and the syntax errors the builders report.
 *
 * Trees are compared as compact S-expressions produced by dump() below,
 * e.g. `x := a + 1` is (:= (x) ((+ a 1))).
 */
#include LIBCHECK_H /* libcheck; see tests/CMakeLists.txt */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "parse.h"

/* ==== dumping =========================================================== */

typedef struct Buf { char s[8192]; size_t n; } Buf;

static void put(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
    va_end(ap);
    if (k > 0)
        b->n += (size_t)k < sizeof b->s - b->n ? (size_t)k : sizeof b->s - b->n - 1;
}

static void dump(Buf *b, const CsNode *n);

static void dump_list(Buf *b, const CsNode *l)
{
    put(b, "(");
    for (; l; l = l->next) {
        dump(b, l);
        if (l->next)
            put(b, " ");
    }
    put(b, ")");
}

static void dump(Buf *b, const CsNode *n)
{
    if (!n) {
        put(b, "_");
        return;
    }
    switch (n->kind) {
    case CS_ND_IDENT: put(b, "%s", n->name); break;
    case CS_ND_INTLIT: case CS_ND_FLOATLIT: case CS_ND_IMAGLIT: case CS_ND_RUNELIT:
    case CS_ND_STRLIT: put(b, "%s", n->lit); break;
    case CS_ND_BINARY: put(b, "(%s ", cs_op_name(n->op)); dump(b, n->lhs); put(b, " "); dump(b, n->rhs); put(b, ")"); break;
    case CS_ND_UNARY: put(b, "(%s ", cs_op_name(n->op)); dump(b, n->expr); put(b, ")"); break;
    case CS_ND_STAR: put(b, "(* "); dump(b, n->expr); put(b, ")"); break;
    case CS_ND_PAREN: put(b, "(paren "); dump(b, n->expr); put(b, ")"); break;
    case CS_ND_SELECTOR: put(b, "(. "); dump(b, n->expr); put(b, " %s)", n->name); break;
    case CS_ND_INDEX: put(b, "(index "); dump(b, n->expr); put(b, " "); dump(b, n->index); put(b, ")"); break;
    case CS_ND_SLICE:
        put(b, "(slice "); dump(b, n->expr); put(b, " "); dump(b, n->lo); put(b, " "); dump(b, n->hi);
        put(b, " "); dump(b, n->max); put(b, ")"); break;
    case CS_ND_TYPEASSERT: put(b, "(assert "); dump(b, n->expr); put(b, " "); dump(b, n->type); put(b, ")"); break;
    case CS_ND_CALL: put(b, "(call "); dump(b, n->expr); put(b, " "); dump_list(b, n->list); put(b, n->has_ellipsis ? "...)" : ")"); break;
    case CS_ND_COMPOSITE: put(b, "(lit "); dump(b, n->type); put(b, " "); dump_list(b, n->list); put(b, ")"); break;
    case CS_ND_KEYVALUE: put(b, "(: "); dump(b, n->lhs); put(b, " "); dump(b, n->rhs); put(b, ")"); break;
    case CS_ND_FUNCLIT: put(b, "(funclit "); dump(b, n->type); put(b, " "); dump(b, n->body); put(b, ")"); break;
    case CS_ND_ARRAYTYPE: put(b, "(array "); dump(b, n->len); put(b, " "); dump(b, n->type); put(b, ")"); break;
    case CS_ND_SLICETYPE: put(b, "(slice "); dump(b, n->type); put(b, ")"); break;
    case CS_ND_MAPTYPE: put(b, "(map "); dump(b, n->key); put(b, " "); dump(b, n->value); put(b, ")"); break;
    case CS_ND_CHANTYPE:
        put(b, "(%s ", n->chandir == CS_CHAN_SEND ? "chan<-" : n->chandir == CS_CHAN_RECV ? "<-chan" : "chan");
        dump(b, n->type); put(b, ")"); break;
    case CS_ND_FUNCTYPE: put(b, "(func "); dump_list(b, n->params); put(b, " "); dump_list(b, n->results); put(b, ")"); break;
    case CS_ND_STRUCTTYPE: put(b, "(struct "); dump_list(b, n->list); put(b, ")"); break;
    case CS_ND_INTERFACETYPE: put(b, "(interface "); dump_list(b, n->list); put(b, ")"); break;
    case CS_ND_ELLIPSIS: put(b, "(... "); dump(b, n->type); put(b, ")"); break;
    case CS_ND_FIELD:
        put(b, "(field "); dump_list(b, n->names); put(b, " "); dump(b, n->type);
        if (n->tag) { put(b, " "); dump(b, n->tag); }
        put(b, ")"); break;
    case CS_ND_BLOCK: put(b, "(block "); dump_list(b, n->list); put(b, ")"); break;
    case CS_ND_EMPTY: put(b, "(empty)"); break;
    case CS_ND_EXPRSTMT: dump(b, n->expr); break;
    case CS_ND_SEND: put(b, "(<- "); dump(b, n->lhs); put(b, " "); dump(b, n->rhs); put(b, ")"); break;
    case CS_ND_INCDEC: put(b, "(%s ", cs_op_name(n->op)); dump(b, n->expr); put(b, ")"); break;
    case CS_ND_ASSIGN:
        put(b, "(%s%s ", n->define ? ":" : cs_op_name(n->op), "=");
        dump_list(b, n->lhs); put(b, " "); dump_list(b, n->rhs); put(b, ")"); break;
    case CS_ND_GO: put(b, "(go "); dump(b, n->expr); put(b, ")"); break;
    case CS_ND_DEFER: put(b, "(defer "); dump(b, n->expr); put(b, ")"); break;
    case CS_ND_RETURN: put(b, "(return "); dump_list(b, n->list); put(b, ")"); break;
    case CS_ND_BRANCH: {
        static const char *const names[] = {"break", "continue", "goto", "fallthrough"};
        put(b, "(%s%s%s)", names[n->branch], n->name ? " " : "", n->name ? n->name : "");
        break;
    }
    case CS_ND_LABELED: put(b, "(label %s ", n->name); dump(b, n->body); put(b, ")"); break;
    case CS_ND_IF:
        put(b, "(if "); dump(b, n->init); put(b, " "); dump(b, n->cond); put(b, " "); dump(b, n->body);
        put(b, " "); dump(b, n->els); put(b, ")"); break;
    case CS_ND_SWITCH: case CS_ND_TYPESWITCH:
        put(b, "(%s ", n->kind == CS_ND_SWITCH ? "switch" : "typeswitch");
        if (n->kind == CS_ND_TYPESWITCH)
            put(b, "%s ", n->name ? n->name : "_");
        dump(b, n->init); put(b, " "); dump(b, n->expr); put(b, " "); dump_list(b, n->body); put(b, ")"); break;
    case CS_ND_CASE:
        put(b, "(case ");
        if (n->init) { dump(b, n->init); put(b, " "); }
        dump_list(b, n->list); put(b, " "); dump_list(b, n->body); put(b, ")"); break;
    case CS_ND_SELECT: put(b, "(select "); dump_list(b, n->body); put(b, ")"); break;
    case CS_ND_FOR:
        put(b, "(for "); dump(b, n->init); put(b, " "); dump(b, n->cond); put(b, " "); dump(b, n->post);
        put(b, " "); dump(b, n->body); put(b, ")"); break;
    case CS_ND_RANGE:
        put(b, "(range%s ", n->define ? ":=" : ""); dump(b, n->key); put(b, " "); dump(b, n->value);
        put(b, " "); dump(b, n->expr); put(b, " "); dump(b, n->body); put(b, ")"); break;
    case CS_ND_DECLSTMT: dump(b, n->decl); break;
    case CS_ND_IMPORT: put(b, "(import %s \"%s\")", n->name ? n->name : "_", n->lit); break;
    case CS_ND_VARSPEC: case CS_ND_CONSTSPEC:
        put(b, "(%s ", n->kind == CS_ND_VARSPEC ? "var" : "const");
        dump_list(b, n->names); put(b, " "); dump(b, n->type); put(b, " "); dump_list(b, n->list);
        if (n->kind == CS_ND_CONSTSPEC) put(b, " iota=%lld", (long long)n->iota);
        put(b, ")"); break;
    case CS_ND_TYPESPEC: put(b, "(type%s %s ", n->is_alias ? "=" : "", n->name); dump(b, n->type); put(b, ")"); break;
    case CS_ND_GENDECL: put(b, "(decl "); dump_list(b, n->list); put(b, ")"); break;
    case CS_ND_FUNCDECL:
        put(b, "(funcdecl "); dump(b, n->recv); put(b, " %s ", n->name); dump(b, n->type); put(b, " ");
        dump(b, n->body); put(b, ")"); break;
    case CS_ND_FILE: put(b, "(file %s ", n->name); dump_list(b, n->list); put(b, ")"); break;
    default: put(b, "<%s>", cs_node_kind_name(n->kind)); break;
    }
}

/* ==== helpers =========================================================== */

static CsNode *parse(const char *src)
{
    cs_diag_reset();
    char *copy = strdup(src);
    return cs_parse_file(cs_diag_add_file("t.cs", copy, strlen(copy)));
}

/* The dump of the statements of `func f() { body }`. */
static const char *stmts(const char *body)
{
    static char src[4096];
    static Buf b;
    snprintf(src, sizeof src, "package main\nfunc f() {\n%s\n}\n", body);
    CsNode *f = parse(src);
    ck_assert_msg(f != NULL, "parse failed: %s", body);
    b.n = 0;
    b.s[0] = 0;
    dump_list(&b, f->list->body->list);
    return b.s;
}

/* The dump of the top-level declarations of a file. */
static const char *decls(const char *text)
{
    static char src[4096];
    static Buf b;
    snprintf(src, sizeof src, "package main\n%s\n", text);
    CsNode *f = parse(src);
    ck_assert_msg(f != NULL, "parse failed: %s", text);
    b.n = 0;
    b.s[0] = 0;
    dump_list(&b, f->list);
    return b.s;
}

#define STMTS(body, want) ck_assert_str_eq(stmts(body), want)
#define DECLS(text, want) ck_assert_str_eq(decls(text), want)

/* Parses src expecting failure with exactly one error. */
static void reject(const char *body)
{
    char src[4096];
    snprintf(src, sizeof src, "package main\nfunc f() {\n%s\n}\n", body);
    ck_assert_msg(parse(src) == NULL, "accepted: %s", body);
    ck_assert_int_eq(cs_diag_error_count(), 1);
}

/* ==== tests ============================================================= */

START_TEST(expressions)
{
    STMTS("x := a + b*c", "((:= (x) ((+ a (* b c)))))");
    STMTS("x = a || b && c == d", "((= (x) ((|| a (&& b (== c d))))))");
    STMTS("x = -a.b[1](2)", "((= (x) ((- (call (index (. a b) 1) (2))))))");
    STMTS("x = <-ch", "((= (x) ((<- ch))))");
    STMTS("x = *p &^ 1 << 2 + 3", "((= (x) ((+ (<< (&^ (* p) 1) 2) 3))))");
    STMTS("f(xs...)", "((call f (xs)...))");
    STMTS("_ = s[1:2:3]", "((= (_) ((slice s 1 2 3))))");
    STMTS("_ = s[:]", "((= (_) ((slice s _ _ _))))");
    STMTS("_ = x.(T)", "((= (_) ((assert x T))))");
    STMTS("_ = []byte(s)", "((= (_) ((call (slice byte) (s)))))");
    STMTS("_ = interface{}(1)", "((= (_) ((call (interface ()) (1)))))");
    STMTS("_ = chan int(nil)", "((= (_) ((call (chan int) (nil)))))");
    STMTS("_ = <-chan int(c)", "((= (_) ((<- (call (chan int) (c))))))");
    STMTS("_ = (*T)(nil)", "((= (_) ((call (paren (* T)) (nil)))))");
    STMTS("_ = make(map[string]int, 1)", "((= (_) ((call make ((map string int) 1)))))");
    STMTS("_ = new(*[]int)", "((= (_) ((call new ((* (slice int)))))))");
    STMTS("_ = func(a int) int { return a }", "((= (_) ((funclit (func ((field (a) int)) ((field () int))) (block ((return (a))))))))");
}
END_TEST

START_TEST(composite_literals)
{
    STMTS("_ = T{a: 1, b: 2}", "((= (_) ((lit T ((: a 1) (: b 2))))))");
    STMTS("_ = []T{{1}, {2}}", "((= (_) ((lit (slice T) ((lit _ (1)) (lit _ (2)))))))");
    STMTS("_ = map[K]V{{1, 2}: {3}}", "((= (_) ((lit (map K V) ((: (lit _ (1 2)) (lit _ (3))))))))");
    STMTS("_ = [...]int{1, 2,}", "((= (_) ((lit (array _ int) (1 2)))))");
    STMTS("_ = &pkg.T{}", "((= (_) ((& (lit (. pkg T) ())))))");
    STMTS("_ = struct{ x int }{1}", "((= (_) ((lit (struct ((field (x) int))) (1)))))");
}
END_TEST

START_TEST(headers_and_literals)
{
    /* a bare type name before { in a header is the body, as in Go */
    STMTS("if x == y {}", "((if _ (== x y) (block ()) _))");
    STMTS("if x == (T{}) {}", "((if _ (== x (paren (lit T ()))) (block ()) _))");
    STMTS("for _, v := range []int{1, 2} {}", "((range:= _ v (lit (slice int) (1 2)) (block ())))");
    STMTS("for _, s := range []struct{ a int }{{1}} {}",
          "((range:= _ s (lit (slice (struct ((field (a) int)))) ((lit _ (1)))) (block ())))");
    STMTS("if f := func() bool { return true }; f() {}",
          "((if (:= (f) ((funclit (func () ((field () bool))) (block ((return (true))))))) (call f ()) (block ()) _))");
    /* after the statement, literals are ordinary again */
    STMTS("if a {}\nx := T{1}", "((if _ a (block ()) _) (:= (x) ((lit T (1)))))");
    STMTS("for {}\nx := T{}", "((for _ _ _ (block ())) (:= (x) ((lit T ()))))");
    STMTS("switch x := (T{}).f; x {}", "((switch (:= (x) ((. (paren (lit T ())) f))) x ()))");
}
END_TEST

START_TEST(statements)
{
    STMTS("for i := 0; i < n; i++ {}", "((for (:= (i) (0)) (< i n) (++ i) (block ())))");
    STMTS("for x < 3 {}", "((for _ (< x 3) _ (block ())))");
    STMTS("for range ch {}", "((range _ _ ch (block ())))");
    STMTS("for k = range m {}", "((range k _ m (block ())))");
    STMTS("if x {} else if y {} else {}", "((if _ x (block ()) (if _ y (block ()) (block ()))))");
    STMTS("L: for { break L }", "((label L (for _ _ _ (block ((break L))))))");
    STMTS("goto L\nL:\n", "((goto L) (label L (empty)))");
    STMTS("x, y = y, x", "((= (x y) (y x)))");
    STMTS("x <<= 2", "((<<= (x) (2)))");
    STMTS("ch <- 1", "((<- ch 1))");
    STMTS("go f()\ndefer g(1)", "((go (call f ())) (defer (call g (1))))");
    STMTS("return 1, 2", "((return (1 2)))");
    STMTS("var a, b int = 1, 2", "((decl ((var (a b) int (1 2)))))");
    STMTS(";;", "()");
    STMTS("switch { case a, b: fallthrough\ndefault: }",
          "((switch _ _ ((case (a b) ((fallthrough))) (case () ()))))");
}
END_TEST

START_TEST(type_switches)
{
    STMTS("switch v := x.(type) { case int, []T: case nil: }",
          "((typeswitch v _ (assert x _) ((case (int (slice T)) ()) (case (nil) ()))))");
    STMTS("switch y := 1; x.(type) {}", "((typeswitch _ (:= (y) (1)) (assert x _) ()))");
}
END_TEST

START_TEST(select_cases)
{
    STMTS("select { case ch <- 1: case v := <-ch: case v, ok = <-ch: case <-ch: default: }",
          "((select ((case (<- ch 1) () ()) (case (:= (v) ((<- ch))) () ()) "
          "(case (= (v ok) ((<- ch))) () ()) (case (<- ch) () ()) (case () ()))))");
    STMTS("select {}", "((select ()))");
}
END_TEST

START_TEST(types)
{
    DECLS("type C chan<- chan int", "((decl ((type C (chan<- (chan int))))))");
    DECLS("type C chan (<-chan int)", "((decl ((type C (chan (paren (<-chan int)))))))");
    DECLS("type C <-chan <-chan int", "((decl ((type C (<-chan (<-chan int))))))");
    DECLS("type A = [4][]map[string]*T", "((decl ((type= A (array 4 (slice (map string (* T))))))))");
    DECLS("type S struct { a, b int; c string `t`; *E; p.F }",
          "((decl ((type S (struct ((field (a b) int) (field (c) string `t`) (field () (* E)) (field () (. p F))))))))");
    DECLS("type I interface { M(int) error; fmt.Stringer }",
          "((decl ((type I (interface ((field (M) (func ((field () int)) ((field () error)))) (field () (. fmt Stringer))))))))");
    DECLS("type F func() func() (int)", "((decl ((type F (func () ((field () (func () ((field () int))))))))))");
}
END_TEST

START_TEST(parameters)
{
    DECLS("func f(a, b int, c ...string) (x, y int)",
          "((funcdecl _ f (func ((field (a b) int) (field (c) (... string))) ((field (x y) int))) _))");
    DECLS("func f(int, []string) error", "((funcdecl _ f (func ((field () int) (field () (slice string))) ((field () error))) _))");
    DECLS("func (p *T) M() {}", "((funcdecl (field (p) (* T)) M (func () ()) (block ())))");
    DECLS("func (T) M() {}", "((funcdecl (field () T) M (func () ()) (block ())))");
}
END_TEST

START_TEST(const_groups)
{
    DECLS("const (\n a = iota\n b\n c, d = iota, 2\n)",
          "((decl ((const (a) _ (iota) iota=0) (const (b) _ () iota=1) (const (c d) _ (iota 2) iota=2))))");
    DECLS("import (\n\"fmt\"\nx \"os\"\n)\nvar v = 1",
          "((decl ((import _ \"fmt\") (import x \"os\"))) (decl ((var (v) _ (1)))))");
}
END_TEST

START_TEST(builder_errors)
{
    reject("if x := 1 {}");
    reject("if {}");
    reject("go (f())");
    reject("go x");
    reject("for i := 0; i < 3; j := 1 {}");
    reject("select { case x + 1: }");
    reject("for a, b, c := range x {}");
    reject("x := func(a int, string) {}");
}
END_TEST

START_TEST(generics_rejected)
{
    ck_assert(parse("package main\nfunc F[T any](x T) {}\n") == NULL);
    ck_assert(parse("package main\ntype L[T any] struct{}\n") == NULL);
    ck_assert(parse("package main\ntype P[K comparable, V any] struct{}\n") == NULL);
    ck_assert_int_eq(cs_diag_error_count(), 1);
    /* an array type with a named length is not generic */
    DECLS("type A [N]int", "((decl ((type A (array N int)))))");
}
END_TEST

static Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *e = tcase_create("expressions");
    tcase_add_test(e, expressions);
    tcase_add_test(e, composite_literals);
    tcase_add_test(e, headers_and_literals);
    suite_add_tcase(s, e);
    TCase *st = tcase_create("statements");
    tcase_add_test(st, statements);
    tcase_add_test(st, type_switches);
    tcase_add_test(st, select_cases);
    suite_add_tcase(s, st);
    TCase *d = tcase_create("declarations");
    tcase_add_test(d, types);
    tcase_add_test(d, parameters);
    tcase_add_test(d, const_groups);
    suite_add_tcase(s, d);
    TCase *er = tcase_create("errors");
    tcase_add_test(er, builder_errors);
    tcase_add_test(er, generics_rejected);
    suite_add_tcase(s, er);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
