/* append's growth against the capacities Go 1.19 prints (appending one
 * element at a time and recording every new cap), make's panics' absence
 * on valid sizes, and copy. */
#include <check.h>
#include <stdlib.h>

#include "rt.h"

static void check_growth(int64_t elemsize, int64_t n, const int64_t *want, int nwant) {
    rt_slice s = {0};
    int64_t last = -1;
    int k = 0;
    for (int64_t i = 0; i < n; i++) {
        s = rt_growslice(s, elemsize, s.len + 1, false);
        memset((char *)s.ptr + (s.len - 1) * elemsize, 7, (size_t)elemsize);
        if (s.cap != last) {
            ck_assert_msg(k < nwant, "extra cap %ld", (long)s.cap);
            ck_assert_msg(s.cap == want[k], "elemsize %ld step %d: cap %ld, want %ld",
                          (long)elemsize, k, (long)s.cap, (long)want[k]);
            k++;
            last = s.cap;
        }
    }
    ck_assert_int_eq(k, nwant);
    for (int64_t i = 0; i < s.len * elemsize; i++)
        ck_assert_int_eq(((uint8_t *)s.ptr)[i], 7);
}

START_TEST(test_growth_int) {
    static const int64_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560};
    check_growth(8, 2000, want, 14);
}
END_TEST

START_TEST(test_growth_byte) {
    static const int64_t want[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376};
    check_growth(1, 5000, want, 13);
}
END_TEST

START_TEST(test_growth_odd_sizes) {
    static const int64_t want24[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365};
    check_growth(24, 1000, want24, 12);
    static const int64_t want5[] = {1, 3, 6, 12, 25, 51, 102, 204, 409, 819, 1228};
    check_growth(5, 1000, want5, 11);
}
END_TEST

START_TEST(test_append_many) {
    int64_t init[] = {1, 2, 3};
    rt_slice s = {init, 3, 3};
    s = rt_growslice(s, 8, 7, false);        /* append([]int{1,2,3}, 4,5,6,7) */
    ck_assert_int_eq(s.cap, 8);
    ck_assert_int_eq(((int64_t *)s.ptr)[2], 3);
    rt_slice b = rt_bytes_from_string(RT_STR("hello"));
    ck_assert_int_eq(b.cap, 8);
    b = rt_growslice(b, 1, 24, false);
    ck_assert_int_eq(b.cap, 24);
}
END_TEST

START_TEST(test_make_copy) {
    rt_slice s = rt_makeslice(&rt_type_int, 3, 10);
    ck_assert_int_eq(s.len, 3);
    ck_assert_int_eq(s.cap, 10);
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(((int64_t *)s.ptr)[i], 0);
    int64_t src[] = {5, 6, 7, 8};
    ck_assert_int_eq(rt_slicecopy(s.ptr, s.len, src, 4, 8), 3);
    ck_assert_int_eq(((int64_t *)s.ptr)[2], 7);
    /* overlapping copy(s[1:], s) */
    int64_t *p = s.ptr;
    ck_assert_int_eq(rt_slicecopy(p + 1, 2, p, 3, 8), 2);
    ck_assert_int_eq(p[1], 5);
    ck_assert_int_eq(p[2], 6);
}
END_TEST

static Suite *slice_suite(void) {
    Suite *s = suite_create("slice");
    TCase *tc = tcase_create("growth");
    tcase_set_timeout(tc, 10);
    tcase_add_test(tc, test_growth_int);
    tcase_add_test(tc, test_growth_byte);
    tcase_add_test(tc, test_growth_odd_sizes);
    tcase_add_test(tc, test_append_many);
    suite_add_tcase(s, tc);
    tc = tcase_create("make_copy");
    tcase_set_timeout(tc, 10);
    tcase_add_test(tc, test_make_copy);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(slice_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
