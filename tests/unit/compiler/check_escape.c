/* The escape step (check/escape.c): which locals move to the heap.
 * Each test checks a small program and asks, by name, whether a local
 * variable escapes: captured by a closure and written after its
 * declaration (or a named result, or over 128 bytes), or address taken
 * (&x, &x.f, x[:] of an array, implicit &x of a pointer-method call)
 * where the address may outlive the frame => heap; a captured variable never
 * written is copied (by_value); everything else stays a C local. The leak
 * summaries (check/leak.c) decide which pointer parameters keep an address
 * passed to them from leaking.
 */
#include LIBCHECK_H /* libcheck; see tests/CMakeLists.txt */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "load.h"

static CsProgram prog;

/* Finds the symbol declared by an IDENT named `name` anywhere in n. */
static CsSym *find(CsNode *n, const char *name)
{
    for (; n; n = n->next) {
        if (n->kind == CS_ND_IDENT && n->sym && n->sym->kind == CS_SYM_VAR && !strcmp(n->name, name))
            return n->sym;
        CsNode *kids[] = {n->expr, n->lhs, n->rhs, n->list, n->names, n->body, n->init, n->cond,
                          n->post, n->els, n->key, n->value, n->index, n->decl, n->type, n->params,
                          n->recv};
        for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) {
            CsSym *s = find(kids[i], name);
            if (s) return s;
        }
    }
    return NULL;
}

/* Checks `src` as package main; returns the variable `name`. */
static CsSym *var(const char *src, const char *name)
{
    char path[] = "/tmp/check_escape_XXXXXX.cs";
    int fd = mkstemps(path, 3);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    char *files[] = {path};
    memset(&prog, 0, sizeof prog);
    ck_assert(cs_load_program(files, 1, CSC_BUILD_STDLIB_DIR, &prog));
    ck_assert(cs_check_program(&prog));
    unlink(path);
    CsSym *s = find(prog.main->files->list, name);
    ck_assert_msg(s != NULL, "no variable %s", name);
    return s;
}

START_TEST(plain_locals_stay)
{
    CsSym *x = var("package main\nfunc main() { x := 1; y := x + 1; println(y) }\n", "x");
    ck_assert(!x->escapes);
}
END_TEST

START_TEST(address_taken_escapes)
{
    const char *src = "package main\nfunc main() { x := 1; p := &x; println(*p) }\n";
    ck_assert(var(src, "x")->escapes);
    ck_assert(!var(src, "p")->escapes);
}
END_TEST

START_TEST(field_address_escapes_struct)
{
    const char *src = "package main\ntype S struct{ a, b int }\n"
                      "func main() { var s S; p := &s.b; *p = 2; println(s.b) }\n";
    ck_assert(var(src, "s")->escapes);
}
END_TEST

START_TEST(captured_escapes)
{
    const char *src = "package main\nfunc main() { x := 0; f := func() { x++ }; f(); println(x) }\n";
    CsSym *x = var(src, "x");
    ck_assert(x->captured);
    ck_assert(x->escapes);
    ck_assert(!var(src, "f")->escapes);
}
END_TEST

START_TEST(captured_param_by_value)
{
    const char *src = "package main\nfunc adder(n int) func() int { return func() int { return n } }\n"
                      "func main() { println(adder(1)()) }\n";
    CsSym *n = var(src, "n");
    ck_assert(n->by_value);
    ck_assert(!n->escapes);
}
END_TEST

START_TEST(captured_unwritten_by_value)
{
    const char *src = "package main\nfunc main() { for i := 0; i < 3; i++ { d := i * 2; i := i; "
                      "go func() { println(d, i) }() } }\n";
    ck_assert(var(src, "d")->by_value);
    ck_assert(!var(src, "d")->escapes);
}
END_TEST

/* Any write after the declaration keeps a captured variable shared. */
static void assert_shared(const char *body)
{
    char src[512];
    snprintf(src, sizeof src,
             "package main\ntype S struct{ a [2]int }\nfunc two() (S, int) { return S{}, 2 }\n"
             "func main() { %s }\n", body);
    CsSym *x = var(src, "x");
    ck_assert_msg(x->escapes && !x->by_value, "%s", body);
}

START_TEST(written_captured_escapes)
{
    assert_shared("var x S; f := func() S { return x }; x = S{}; _ = f");
    assert_shared("var x S; x = S{}; f := func() S { return x }; _ = f");
    assert_shared("x := 1; f := func() int { return x }; x += 2; _ = f");
    assert_shared("x := 1; f := func() int { return x }; x--; _ = f");
    assert_shared("x := S{}; f := func() S { return x }; x, y := two(); _, _ = f, y");
    assert_shared("x := S{}; f := func() S { return x }; x.a[1] = 3; _ = f");
    assert_shared("x := S{}; f := func() S { return x }; x.a[0]++; _ = f");
    assert_shared("for x := range []int{1} { _ = func() int { return x } }");
    assert_shared("var x int; for _, x = range []int{1} { _ = func() int { return x } }");
    assert_shared("x := 1; _ = func() { x = 2 }; println(x)");
}
END_TEST

START_TEST(named_result_escapes)
{
    const char *src = "package main\nfunc f() (r int) { defer func() { println(r) }(); return 1 }\n"
                      "func main() { f() }\n";
    ck_assert(!var(src, "r")->by_value);
    ck_assert(var(src, "r")->escapes);
}
END_TEST

START_TEST(big_captured_escapes)
{
    const char *src = "package main\nfunc main() { var x [17]int; var y [16]int; "
                      "f := func() int { return x[0] + y[0] }; println(f()) }\n";
    ck_assert(var(src, "x")->escapes);
    ck_assert(var(src, "y")->by_value);
}
END_TEST

START_TEST(pointer_method_call_escapes)
{
    const char *src = "package main\ntype T struct{ n int }\nvar g *T\nfunc (t *T) Keep() { g = t }\n"
                      "func (t T) Get() int { return t.n }\n"
                      "func main() { var v T; v.Keep(); var u T; println(v.Get(), u.Get()) }\n";
    ck_assert(var(src, "v")->escapes);
    ck_assert(!var(src, "u")->escapes);
}
END_TEST

START_TEST(non_leaking_callee_keeps_local)
{
    const char *src = "package main\ntype T struct{ n int; a [2]int }\n"
                      "func set(p *T, v int) { p.n = v; p.a[1]++ }\nfunc (t *T) Inc() { t.n++ }\n"
                      "func main() { var a T; set(&a, 1); var b T; b.Inc(); var c [3]T; set(&c[1], 2); "
                      "c[2].Inc(); println(a.n, b.n, c[1].n) }\n";
    ck_assert(!var(src, "p")->param_leaks);
    ck_assert(!var(src, "t")->param_leaks);
    ck_assert(!var(src, "a")->escapes);
    ck_assert(!var(src, "b")->escapes);
    ck_assert(!var(src, "c")->escapes);
    ck_assert(var(src, "a")->addr_taken);
}
END_TEST

/* f's body uses its parameter p; main passes it &x. */
static const char *with_body(const char *body)
{
    static char src[1024];
    snprintf(src, sizeof src,
             "package main\ntype T struct{ n int; a [2]int; next *T }\nfunc (t *T) M() {}\n"
             "var g *T\nvar gs []int\nvar gi interface{}\nvar gc = make(chan *T, 1)\nvar gf func()\n"
             "var gp *int\nfunc keep(q *T) { g = q }\nfunc keepI(v interface{}) { gi = v }\nfunc vf(qs ...*T) {}\nfunc pp(r **T) {}\n"
             "func f(p *T) { %s }\nfunc main() { var x T; f(&x); println(x.n) }\n", body);
    return src;
}

static void assert_leaks(const char *body, bool leaks)
{
    const char *src = with_body(body);
    ck_assert_msg(var(src, "p")->param_leaks == leaks, "p in %s", body);
    ck_assert_msg(var(src, "x")->escapes == leaks, "x with %s", body);
}

START_TEST(leaking_uses)
{
    const char *leaking[] = {
        "g = p", "gs = p.a[:]", "gi = p", "gc <- p", "gf = func() { p.n++ }", "keep(p)", "go keep(p)",
        "defer keep(p)", "gp = &p.n", "gf = p.M", "g = &T{next: p}", "pp(&p)", "vf(p)", "f(p); g = p",
        "q := p; q.n = 1", "var h = keep; h(p)", "println(p)", "p.next = p", "*p = T{next: p}",
        "go p.M()", "gi = &p.a", "keepI(p)", "keepI(&p.n)",
    };
    for (size_t i = 0; i < sizeof leaking / sizeof leaking[0]; i++) assert_leaks(leaking[i], true);
}
END_TEST

START_TEST(non_leaking_uses)
{
    const char *keeping[] = {
        "p.n = 1", "p.a[1]++", "_ = *p", "if p == nil || p != g { return }", "f(p)", "p.M()",
        "p.next = nil", "g = p.next", "*p = T{}", "gs = append(gs, p.a[0])", "(*p).M()", "p.next.n++",
        "for i := range p.a { p.a[i] = len(p.a) }",
    };
    for (size_t i = 0; i < sizeof keeping / sizeof keeping[0]; i++) assert_leaks(keeping[i], false);
}
END_TEST

START_TEST(mutual_recursion_leaks)
{
    const char *src = "package main\ntype T struct{ n int }\nvar g *T\n"
                      "func even(p *T, k int) { if k == 0 { g = p; return }; odd(p, k-1) }\n"
                      "func odd(q *T, k int) { even(q, k-1) }\n"
                      "func main() { var x T; odd(&x, 3); println(x.n) }\n";
    ck_assert(var(src, "q")->param_leaks);
    ck_assert(var(src, "x")->escapes);
}
END_TEST

START_TEST(promoted_method_receiver)
{
    const char *src = "package main\ntype In struct{ n int }\nvar g *In\n"
                      "func (i *In) Inc() { i.n++ }\nfunc (i *In) Keep() { g = i }\n"
                      "type Out struct{ In; w int }\n"
                      "func main() { var a Out; a.Inc(); var b Out; b.Keep(); println(a.n, b.n) }\n";
    ck_assert(!var(src, "a")->escapes);
    ck_assert(var(src, "b")->escapes);
}
END_TEST

START_TEST(interface_argument_escapes)
{
    const char *src = "package main\nimport \"fmt\"\ntype T struct{ n int }\nfunc show(v interface{}) {}\n"
                      "func main() { var x T; show(&x); var y T; fmt.Println(&y) }\n";
    ck_assert(var(src, "x")->escapes);
    ck_assert(var(src, "y")->escapes);
}
END_TEST

START_TEST(stdlib_builder_stays)
{
    const char *src = "package main\nimport \"strings\"\n"
                      "func main() { var sb strings.Builder; sb.WriteString(\"a\"); sb.WriteByte('b'); "
                      "println(sb.String()) }\n";
    ck_assert(!var(src, "sb")->escapes);
}
END_TEST

START_TEST(slicing_array_escapes)
{
    const char *src = "package main\nfunc main() { var a [3]int; s := a[:]; s[0] = 1; var b [2]int; println(a[0], b[1], len(s)) }\n";
    ck_assert(var(src, "a")->escapes);
    ck_assert(!var(src, "b")->escapes);
}
END_TEST

static Suite *escape_suite(void)
{
    Suite *s = suite_create("check_escape");
    TCase *tc = tcase_create("escape");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, plain_locals_stay);
    tcase_add_test(tc, address_taken_escapes);
    tcase_add_test(tc, field_address_escapes_struct);
    tcase_add_test(tc, captured_escapes);
    tcase_add_test(tc, captured_param_by_value);
    tcase_add_test(tc, captured_unwritten_by_value);
    tcase_add_test(tc, written_captured_escapes);
    tcase_add_test(tc, named_result_escapes);
    tcase_add_test(tc, big_captured_escapes);
    tcase_add_test(tc, pointer_method_call_escapes);
    tcase_add_test(tc, slicing_array_escapes);
    tcase_add_test(tc, non_leaking_callee_keeps_local);
    tcase_add_test(tc, leaking_uses);
    tcase_add_test(tc, non_leaking_uses);
    tcase_add_test(tc, mutual_recursion_leaks);
    tcase_add_test(tc, promoted_method_receiver);
    tcase_add_test(tc, interface_argument_escapes);
    tcase_add_test(tc, stdlib_builder_stays);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(escape_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
