/* fmt's formatting engine against strings Go 1.19 prints (each expected
 * value was produced by the same call in Go). Descriptors for composite
 * types are written by hand the way codegen emits them. */
#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "rt.h"

rt_string fmt_Sprintf(rt_string format, rt_slice a);
rt_string fmt_Sprint(rt_slice a);
rt_string fmt_Sprintln(rt_slice a);
rt_string fmt_errorf(rt_string format, rt_slice a, int64_t *r1);
rt_string fmt_convert(rt_string tok, int32_t verb, rt_iface arg);

#define ARGS(...) ((rt_slice){(rt_iface[]){__VA_ARGS__}, \
    sizeof((rt_iface[]){__VA_ARGS__}) / sizeof(rt_iface), sizeof((rt_iface[]){__VA_ARGS__}) / sizeof(rt_iface)})
#define NOARGS ((rt_slice){NULL, 0, 0})

static rt_iface I(int64_t v) { return rt_box(&rt_type_int, &v); }
static rt_iface U8(uint8_t v) { return rt_box(&rt_type_uint8, &v); }
static rt_iface F(double v) { return rt_box(&rt_type_float64, &v); }
static rt_iface F32(float v) { return rt_box(&rt_type_float32, &v); }
static rt_iface S(const char *s) { rt_string v = rt_string_from_c(s); return rt_box(&rt_type_string, &v); }
static rt_iface B(bool v) { return rt_box(&rt_type_bool, &v); }
static const rt_iface NIL = {0};

static void expect(rt_string got, const char *want) {
    ck_assert_msg(rt_streq(got, rt_string_from_c(want)), "got \"%s\", want \"%s\"",
                  rt_cstring(got), want);
}
#define SPRINTF(want, f, ...) expect(fmt_Sprintf(RT_STR(f), ARGS(__VA_ARGS__)), want)

START_TEST(test_ints) {
    SPRINTF("42", "%d", I(42));
    SPRINTF("-42", "%v", I(-42));
    SPRINTF("   42|42   |00042", "%5d|%-5d|%05d", I(42), I(42), I(42));
    SPRINTF("+42 -0042", "%+d %05d", I(42), I(-42));
    SPRINTF("2a 2A 0x2a 52 052 101010", "%x %X %#x %o %#o %b", I(42), I(42), I(42), I(42), I(42), I(42));
    SPRINTF("A 'A' U+0041 U+0041 'A'", "%c %q %U %#U", I(65), I(65), I(65), I(65));
    SPRINTF("00042", "%.5d", I(42));
    SPRINTF("   ", "%3.0d", I(0));
    SPRINTF("255", "%v", U8(255));
    SPRINTF("-9223372036854775808", "%d", I(INT64_MIN));
    SPRINTF("    7", "%*d", I(5), I(7));
    SPRINTF("7    |", "%-*d|", I(5), I(7));
}
END_TEST

START_TEST(test_floats) {
    SPRINTF("3.14", "%v", F(3.14));
    SPRINTF("1e+06 100000 1e-05 0.0001", "%v %v %v %v", F(1e6), F(1e5), F(1e-5), F(1e-4));
    SPRINTF("1.23456789e+08", "%v", F(123456789));
    SPRINTF("3.140000 3.14 3.1 +3.14", "%f %.2f %.1f %+.2f", F(3.14), F(3.14), F(3.14), F(3.14));
    SPRINTF("3.140000e+00 3.14E+00", "%e %.2E", F(3.14), F(3.14));
    SPRINTF("  3.14|3.14  |003.14", "%6.2f|%-6.2f|%06.2f", F(3.14), F(3.14), F(3.14));
    SPRINTF("-003.14", "%07.2f", F(-3.14));
    SPRINTF("0.1 0.30000000000000004", "%v %v", F(0.1), F(0.1 + 0.2));
    SPRINTF("+Inf -Inf NaN", "%v %v %v", F(INFINITY), F(-INFINITY), F(NAN));
    SPRINTF("  +Inf", "%06v", F(INFINITY));
    SPRINTF("0.1", "%v", F32(0.1f));
    SPRINTF("1.5 2 0", "%g %g %g", F(1.5), F(2), F(0));
    SPRINTF("-0", "%v", F(-0.0));
    SPRINTF("3.1416 3.142", "%.5g %.4g", F(3.14159265), F(3.14159265));
    SPRINTF("1e+21 1e+20", "%v %v", F(1e21), F(1e20));
    SPRINTF("2.00000", "%#g", F(2));
    SPRINTF("3", "%.0f", F(2.5 + 0.5));
    SPRINTF("2", "%.0f", F(2.5));
    SPRINTF("-003.142|2.500   |+0000042| 42|-ff", "%08.3f|%-8.3f|%+08d|% d|%x",
            F(-3.14159), F(2.5), I(42), I(42), I(-255));
    SPRINTF("   3.1|1.2346e+03", "%6.2v|%10.4e", F(3.14159), F(1234.5678));
    SPRINTF("0.33333334 0.3333333333333333", "%v %v", F32(1.0f / 3), F(1.0 / 3));
    SPRINTF("0.000000e+00 1e-07 1E+100", "%e %g %G", F(0), F(1e-7), F(1e100));
    SPRINTF("99.50%", "%.2f%%", F(99.5));
}
END_TEST

START_TEST(test_strings) {
    SPRINTF("hi", "%s", S("hi"));
    SPRINTF("\"hi\\n\"", "%q", S("hi\n"));
    SPRINTF("`hi`", "%#q", S("hi"));
    SPRINTF("   hi|hi   |h", "%5s|%-5s|%.1s", S("hi"), S("hi"), S("hi"));
    SPRINTF("6869 68 69 0x6869", "%x % x %#x", S("hi"), S("hi"), S("hi"));
    SPRINTF("\"日本\" \"\\u65e5\\u672c\"", "%q %+q", S("日本"), S("日本"));
    SPRINTF("  日本", "%4s", S("日本"));
    SPRINTF("\"\\xff\"", "%q", S("\xff"));
    SPRINTF("true false", "%t %v", B(true), B(false));
    SPRINTF("100%", "100%%");
    SPRINTF("abc", "%.3v", S("abcdef"));
    SPRINTF("68c3a96c6c6f", "%x", S("h\xc3\xa9llo"));
    SPRINTF("x|    y|z  |", "%c|%5c|%-3c|", I('x'), I('y'), I('z'));
    SPRINTF("false|true   |", "%5t|%-7v|", B(false), B(true));
    SPRINTF("010 0b101 0o10", "%#o %#b %O", I(8), I(5), I(8));
}
END_TEST

START_TEST(test_errors) {
    SPRINTF("%!d(string=hi)", "%d", S("hi"));
    SPRINTF("%!s(int=5)", "%s", I(5));
    SPRINTF("1 %!d(MISSING)", "%d %d", I(1));
    SPRINTF("1%!(EXTRA int=2, string=x)", "%d", I(1), I(2), S("x"));
    SPRINTF("%!(NOVERB)", "%");
    SPRINTF("<nil> %!d(<nil>)", "%v %d", NIL, NIL);
    SPRINTF("%!(BADWIDTH)5", "%*d", S("x"), I(5));
    SPRINTF("%!z(int=5)", "%z", I(5));
    SPRINTF("%!!(int=1)", "%!", I(1));
    SPRINTF("2 1 2", "%[2]d %[1]d %d", I(1), I(2));
    SPRINTF("%!d(BADINDEX) 1", "%[3]d %[1]d", I(1), I(2));
    SPRINTF("  3.14", "%[2]*.[1]*[3]f", I(2), I(6), F(3.14159));
    SPRINTF("%!d(BADINDEX)", "%[x]d", I(1));
    SPRINTF("true <nil> %!p(<nil>)", "%t %v %p", B(true), NIL, NIL);
    SPRINTF("int string float64 <nil>", "%T %T %T %T", I(1), S(""), F(1), NIL);
}
END_TEST

START_TEST(test_print_spacing) {
    expect(fmt_Sprint(ARGS(I(1), I(2), S("a"), I(3), S("b"), S("c"))), "1 2a3bc");
    expect(fmt_Sprintln(ARGS(I(1), S("a"), F(2.5), B(true), NIL)), "1 a 2.5 true <nil>\n");
    expect(fmt_Sprintln(NOARGS), "\n");
}
END_TEST

/* ---- composites ---------------------------------------------------------- */

typedef struct { int64_t x, y; } point;
static const rt_field point_fields[] = {
    { RT_STR("X"), &rt_type_int, 0, false, true },
    { RT_STR("Y"), &rt_type_int, 8, false, true },
};
static const rt_type point_type = { .kind = RT_KIND_STRUCT, .flags = RT_TFLAG_COMPARABLE | RT_TFLAG_NAMED,
    .size = 16, .align = 8, .name = RT_STR("main.Point"), .fields = point_fields, .nfields = 2 };
static const rt_type point_ptr = { .kind = RT_KIND_PTR, .flags = RT_TFLAG_COMPARABLE | RT_TFLAG_DIRECT,
    .size = 8, .align = 8, .name = RT_STR("*main.Point"), .elem = &point_type };
static const rt_type int_slice = { .kind = RT_KIND_SLICE, .size = 24, .align = 8,
    .name = RT_STR("[]int"), .elem = &rt_type_int };
static const rt_type byte_slice = { .kind = RT_KIND_SLICE, .size = 24, .align = 8,
    .name = RT_STR("[]uint8"), .elem = &rt_type_uint8 };
static const rt_type any_slice = { .kind = RT_KIND_SLICE, .size = 24, .align = 8,
    .name = RT_STR("[]interface {}"), .elem = &rt_type_any };
static const rt_type map_si = { .kind = RT_KIND_MAP, .flags = RT_TFLAG_DIRECT, .size = 8, .align = 8,
    .name = RT_STR("map[string]int"), .key = &rt_type_string, .elem = &rt_type_int };

static rt_string celsius_string(void *data) {
    (void)data;
    return RT_STR("cold");
}
static const rt_method celsius_methods[] = { { RT_STR("String"), (void *)celsius_string, RT_STR("func() string") } };
static const rt_type celsius_type = { .kind = RT_KIND_FLOAT64, .flags = RT_TFLAG_COMPARABLE | RT_TFLAG_NAMED,
    .size = 8, .align = 8, .name = RT_STR("main.Celsius"), .methods = celsius_methods, .nmethods = 1 };

START_TEST(test_composites) {
    point pt = {1, 2};
    SPRINTF("{1 2} {X:1 Y:2} main.Point{X:1, Y:2}", "%v %+v %#v",
            rt_box(&point_type, &pt), rt_box(&point_type, &pt), rt_box(&point_type, &pt));
    point *pp = &pt;
    SPRINTF("&{1 2}", "%v", rt_box(&point_ptr, &pp));
    int64_t xs[] = {1, 2, 3};
    rt_slice s = {xs, 3, 3}, nils = {0};
    SPRINTF("[1 2 3] [] [01 02 03]", "%v %v %02d", rt_box(&int_slice, &s), rt_box(&int_slice, &nils),
            rt_box(&int_slice, &s));
    SPRINTF("[]int{1, 2, 3} []int(nil)", "%#v %#v", rt_box(&int_slice, &s), rt_box(&int_slice, &nils));
    uint8_t bs[] = {'h', 'i'};
    rt_slice b = {bs, 2, 2};
    SPRINTF("[104 105] hi 6869", "%v %s %x", rt_box(&byte_slice, &b), rt_box(&byte_slice, &b),
            rt_box(&byte_slice, &b));
    rt_iface elems[] = {I(1), S("a"), NIL};
    rt_slice as = {elems, 3, 3};
    SPRINTF("[1 a <nil>]", "%v", rt_box(&any_slice, &as));
    rt_map *m = rt_makemap(&map_si, 0);
    const char *keys[] = {"b", "a", "c"};
    for (int i = 0; i < 3; i++) {
        rt_string k = rt_string_from_c(keys[i]);
        *(int64_t *)rt_mapassign(&map_si, m, &k) = i;
    }
    rt_map *nilm = NULL;
    SPRINTF("map[a:1 b:0 c:2] map[]", "%v %v", rt_box(&map_si, &m), rt_box(&map_si, &nilm));
    double c = 3;
    SPRINTF("cold cold 3", "%v %s %.0f", rt_box(&celsius_type, &c), rt_box(&celsius_type, &c),
            rt_box(&celsius_type, &c));
}
END_TEST

static rt_string myerr_error(void *data) {
    return *(rt_string *)data;
}
static const rt_method myerr_methods[] = { { RT_STR("Error"), (void *)myerr_error, RT_STR("func() string") } };
static const rt_field myerr_fields[] = { { RT_STR("msg"), &rt_type_string, 0, false, false } };
static const rt_type myerr_type = { .kind = RT_KIND_STRUCT, .flags = RT_TFLAG_COMPARABLE | RT_TFLAG_NAMED,
    .size = 16, .align = 8, .name = RT_STR("main.MyErr"), .fields = myerr_fields, .nfields = 1,
    .methods = myerr_methods, .nmethods = 1 };

START_TEST(test_errorf) {
    rt_string msg = RT_STR("boom");
    rt_iface e = rt_box(&myerr_type, &msg);
    int64_t w;
    expect(fmt_errorf(RT_STR("wrap: %w"), ARGS(e), &w), "wrap: boom");
    ck_assert_int_eq(w, 0);
    expect(fmt_errorf(RT_STR("x %d"), ARGS(I(1)), &w), "x 1");
    ck_assert_int_eq(w, -1);
    expect(fmt_errorf(RT_STR("%w"), ARGS(I(1)), &w), "%!w(int=1)");
    SPRINTF("%!w(main.MyErr={boom})", "%w", e);
    SPRINTF("boom [boom]", "%v %v", e, rt_box(&any_slice, &(rt_slice){&e, 1, 1}));
}
END_TEST

static const rt_type int_ptr = { .kind = RT_KIND_PTR, .flags = RT_TFLAG_DIRECT | RT_TFLAG_COMPARABLE,
    .size = 8, .align = 8, .name = RT_STR("*int"), .elem = &rt_type_int };
static const rt_type string_ptr = { .kind = RT_KIND_PTR, .flags = RT_TFLAG_DIRECT | RT_TFLAG_COMPARABLE,
    .size = 8, .align = 8, .name = RT_STR("*string"), .elem = &rt_type_string };

START_TEST(test_scan) {
    int64_t x = 0;
    rt_string s = {0};
    int64_t *px = &x;
    rt_string *ps = &s;
    rt_iface xi = rt_box(&int_ptr, &px), si = rt_box(&string_ptr, &ps);
    expect(fmt_convert(RT_STR("-1_2"), 'v', xi), "");
    ck_assert_int_eq(x, -12);
    expect(fmt_convert(RT_STR("0x1f"), 'v', xi), "");
    ck_assert_int_eq(x, 31);
    expect(fmt_convert(RT_STR("017"), 'v', xi), "");
    ck_assert_int_eq(x, 15);
    expect(fmt_convert(RT_STR("ff"), 'x', xi), "");
    ck_assert_int_eq(x, 255);
    expect(fmt_convert(RT_STR("99999999999999999999"), 'd', xi),
           "strconv.ParseInt: parsing \"99999999999999999999\": value out of range");
    expect(fmt_convert(RT_STR("a b"), 's', si), "");
    expect(s, "a b");
}
END_TEST

static Suite *fmt_suite(void) {
    Suite *s = suite_create("fmt");
    TCase *tc = tcase_create("verbs");
    tcase_set_timeout(tc, 10);
    tcase_add_test(tc, test_ints);
    tcase_add_test(tc, test_floats);
    tcase_add_test(tc, test_strings);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_print_spacing);
    suite_add_tcase(s, tc);
    tc = tcase_create("values");
    tcase_set_timeout(tc, 10);
    tcase_add_test(tc, test_composites);
    tcase_add_test(tc, test_errorf);
    tcase_add_test(tc, test_scan);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(fmt_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
