/* Strings: comparison, concatenation, and the conversions with Go's
 * UTF-8 rules (invalid bytes decode as U+FFFD one at a time). */
#include <check.h>
#include <stdlib.h>

#include "rt.h"

START_TEST(test_compare_concat) {
    ck_assert_int_lt(rt_strcmp(RT_STR("abc"), RT_STR("abd")), 0);
    ck_assert_int_lt(rt_strcmp(RT_STR("ab"), RT_STR("abc")), 0);
    ck_assert_int_gt(rt_strcmp(RT_STR("b"), RT_STR("abc")), 0);
    ck_assert_int_eq(rt_strcmp(RT_STR(""), RT_STR("")), 0);
    rt_string parts[] = {RT_STR("a"), RT_STR(""), RT_STR("bc"), RT_STR("d")};
    ck_assert(rt_streq(rt_concatn(parts, 4), RT_STR("abcd")));
    ck_assert(rt_streq(rt_concat2(RT_STR(""), RT_STR("x")), RT_STR("x")));
    ck_assert(rt_streq(rt_concat2(RT_STR("x"), RT_STR("y")), RT_STR("xy")));
}
END_TEST

START_TEST(test_runes) {
    ck_assert(rt_streq(rt_string_from_rune(0x65E5), RT_STR("日")));
    ck_assert(rt_streq(rt_string_from_rune(-1), RT_STR("\xEF\xBF\xBD")));
    ck_assert(rt_streq(rt_string_from_rune(0xD800), RT_STR("\xEF\xBF\xBD")));
    ck_assert(rt_streq(rt_string_from_rune(0x110000), RT_STR("\xEF\xBF\xBD")));
    rt_string s = RT_STR("a日\xff\xe6\x97" "b");   /* valid, invalid byte, truncated sequence */
    rt_slice rs = rt_runes_from_string(s);
    int32_t want[] = {'a', 0x65E5, 0xFFFD, 0xFFFD, 0xFFFD, 'b'};
    ck_assert_int_eq(rs.len, 6);
    for (int i = 0; i < 6; i++)
        ck_assert_int_eq(((int32_t *)rs.ptr)[i], want[i]);
    ck_assert(rt_streq(rt_string_from_runes(rs), RT_STR("a日\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b")));
    int64_t w;
    ck_assert_int_eq(rt_decoderune(s, 1, &w), 0x65E5);
    ck_assert_int_eq(w, 3);
    ck_assert_int_eq(rt_decoderune(s, 4, &w), 0xFFFD);
    ck_assert_int_eq(w, 1);
    /* overlong encodings and encoded surrogates are invalid */
    ck_assert_int_eq(rt_decoderune(RT_STR("\xC0\x80"), 0, &w), 0xFFFD);
    ck_assert_int_eq(rt_decoderune(RT_STR("\xED\xA0\x80"), 0, &w), 0xFFFD);
    ck_assert_int_eq(rt_decoderune(RT_STR("\xF0\x9F\x98\x80"), 0, &w), 0x1F600);
    ck_assert_int_eq(w, 4);
}
END_TEST

START_TEST(test_bytes) {
    rt_slice b = rt_bytes_from_string(RT_STR("hello"));
    ck_assert_int_eq(b.len, 5);
    ((uint8_t *)b.ptr)[0] = 'j';
    rt_string s = rt_string_from_bytes(b);
    ((uint8_t *)b.ptr)[1] = 'X';                  /* strings never alias mutable bytes */
    ck_assert(rt_streq(s, RT_STR("jello")));
    ck_assert_str_eq(rt_cstring(RT_STR("abc")), "abc");
    ck_assert(rt_streq(rt_string_from_c("xyz"), RT_STR("xyz")));
}
END_TEST

static Suite *string_suite(void) {
    Suite *s = suite_create("string");
    TCase *tc = tcase_create("ops");
    tcase_set_timeout(tc, 10);
    tcase_add_test(tc, test_compare_concat);
    tcase_add_test(tc, test_runes);
    tcase_add_test(tc, test_bytes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(string_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
