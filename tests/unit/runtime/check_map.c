/* Maps: insert/lookup/delete with many keys through growth, iteration
 * that sees every entry once (also while deleting and while the map
 * grows), float and interface keys, nil-map reads, and order
 * randomisation. The panics (nil-map writes, unhashable keys) run in a
 * goroutine under rt_start, since panicking needs one; they exit 2. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt.h"

static const rt_type map_ii = { .kind = RT_KIND_MAP, .flags = RT_TFLAG_DIRECT, .size = 8, .align = 8,
    .name = RT_STR("map[int]int"), .key = &rt_type_int, .elem = &rt_type_int };
static const rt_type map_si = { .kind = RT_KIND_MAP, .flags = RT_TFLAG_DIRECT, .size = 8, .align = 8,
    .name = RT_STR("map[string]int"), .key = &rt_type_string, .elem = &rt_type_int };
static const rt_type map_fi = { .kind = RT_KIND_MAP, .flags = RT_TFLAG_DIRECT, .size = 8, .align = 8,
    .name = RT_STR("map[float64]int"), .key = &rt_type_float64, .elem = &rt_type_int };
static const rt_type map_ai = { .kind = RT_KIND_MAP, .flags = RT_TFLAG_DIRECT, .size = 8, .align = 8,
    .name = RT_STR("map[interface {}]int"), .key = &rt_type_any, .elem = &rt_type_int };

static void put(const rt_type *mt, rt_map *m, int64_t k, int64_t v) {
    *(int64_t *)rt_mapassign(mt, m, &k) = v;
}
static int64_t get(const rt_type *mt, rt_map *m, int64_t k, bool *ok) {
    return *(int64_t *)rt_mapaccess2(mt, m, &k, ok);
}

START_TEST(test_int_keys) {
    rt_map *m = rt_makemap(&map_ii, 0);
    enum { N = 100000 };
    for (int64_t i = 0; i < N; i++)
        put(&map_ii, m, i * 7919, i);
    ck_assert_int_eq(rt_maplen(m), N);
    bool ok;
    for (int64_t i = 0; i < N; i++) {
        ck_assert_int_eq(get(&map_ii, m, i * 7919, &ok), i);
        ck_assert(ok);
    }
    ck_assert_int_eq(get(&map_ii, m, 3, &ok), 0);
    ck_assert(!ok);
    for (int64_t i = 0; i < N; i += 2) {
        int64_t k = i * 7919;
        rt_mapdelete(&map_ii, m, &k);
    }
    ck_assert_int_eq(rt_maplen(m), N / 2);
    for (int64_t i = 0; i < N; i++) {
        int64_t v = get(&map_ii, m, i * 7919, &ok);
        ck_assert(ok == (i % 2 == 1));
        ck_assert_int_eq(v, ok ? i : 0);
    }
    put(&map_ii, m, 1 * 7919, -1);      /* overwrite keeps len */
    ck_assert_int_eq(rt_maplen(m), N / 2);
    ck_assert_int_eq(get(&map_ii, m, 7919, &ok), -1);
}
END_TEST

START_TEST(test_string_keys) {
    rt_map *m = rt_makemap(&map_si, 10);
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        rt_string k = rt_string_from_c(buf);
        *(int64_t *)rt_mapassign(&map_si, m, &k) = i;
    }
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        rt_string k = rt_string_from_c(buf);    /* a different pointer, same bytes */
        ck_assert_int_eq(*(int64_t *)rt_mapaccess1(&map_si, m, &k), i);
    }
    rt_string empty = RT_STR("");
    ck_assert_int_eq(*(int64_t *)rt_mapaccess1(&map_si, m, &empty), 0);
}
END_TEST

/* Keys of every length up to 40 that differ from "aaa..." in one byte:
 * the string hash gathers the last partial word with overlapping loads and
 * the probe compares word by word, so each byte position must count. */
static rt_string one_byte_off(int len, int pos, char c) {
    char buf[48];
    memset(buf, 'a', (size_t)len);
    if (pos >= 0)
        buf[pos] = c;
    buf[len] = 0;
    return rt_string_from_c(buf);
}

START_TEST(test_string_key_bytes) {
    rt_map *m = rt_makemap(&map_si, 0);
    int64_t n = 0;
    for (int len = 0; len <= 40; len++)
        for (int pos = -1; pos < len; pos++) {
            rt_string k = one_byte_off(len, pos, 'b');
            *(int64_t *)rt_mapassign(&map_si, m, &k) = len * 100 + pos;
            n++;
        }
    ck_assert_int_eq(rt_maplen(m), n);
    bool ok;
    for (int len = 0; len <= 40; len++)
        for (int pos = -1; pos < len; pos++) {
            rt_string k = one_byte_off(len, pos, 'b');
            ck_assert_int_eq(*(int64_t *)rt_mapaccess2(&map_si, m, &k, &ok), len * 100 + pos);
            ck_assert(ok);
            if (pos >= 0) {
                rt_string absent = one_byte_off(len, pos, 'c');
                rt_mapaccess2(&map_si, m, &absent, &ok);
                ck_assert(!ok);
            }
        }
}
END_TEST

static int64_t count_iter(const rt_type *mt, rt_map *m, int64_t *sum) {
    rt_mapiter it;
    int64_t n = 0;
    *sum = 0;
    rt_mapiterinit(mt, m, &it);
    while (rt_mapiternext(&it)) {
        n++;
        *sum += *(int64_t *)it.key;
    }
    return n;
}

START_TEST(test_iterate) {
    rt_map *m = rt_makemap(&map_ii, 0);
    int64_t sum;
    ck_assert_int_eq(count_iter(&map_ii, m, &sum), 0);
    ck_assert_int_eq(count_iter(&map_ii, NULL, &sum), 0);
    for (int64_t i = 1; i <= 1000; i++)
        put(&map_ii, m, i, i);
    ck_assert_int_eq(count_iter(&map_ii, m, &sum), 1000);
    ck_assert_int_eq(sum, 500500);
}
END_TEST

START_TEST(test_delete_during_iteration) {
    rt_map *m = rt_makemap(&map_ii, 0);
    for (int64_t i = 0; i < 1000; i++)
        put(&map_ii, m, i, i);
    /* delete every key as it is produced: each produced exactly once */
    char seen[1000] = {0};
    rt_mapiter it;
    rt_mapiterinit(&map_ii, m, &it);
    int64_t n = 0;
    while (rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        ck_assert(!seen[k]);
        seen[k] = 1;
        rt_mapdelete(&map_ii, m, &k);
        n++;
    }
    ck_assert_int_eq(n, 1000);
    ck_assert_int_eq(rt_maplen(m), 0);
    /* deleting entries not yet reached: they are not produced */
    for (int64_t i = 0; i < 1000; i++)
        put(&map_ii, m, i, i);
    rt_mapiterinit(&map_ii, m, &it);
    n = 0;
    bool first = true;
    while (rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        if (first) {
            for (int64_t j = 0; j < 1000; j++)
                if (j != k) {
                    rt_mapdelete(&map_ii, m, &j);
                }
            first = false;
        }
        n++;
    }
    ck_assert_int_eq(n, 1);
}
END_TEST

START_TEST(test_grow_during_iteration) {
    rt_map *m = rt_makemap(&map_ii, 0);
    for (int64_t i = 0; i < 100; i++)
        put(&map_ii, m, i, i);
    char seen[100] = {0};
    rt_mapiter it;
    rt_mapiterinit(&map_ii, m, &it);
    int64_t n = 0, added = 1000;
    while (rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        if (k < 100) {
            ck_assert(!seen[k]);
            seen[k] = 1;
            ck_assert_int_eq(*(int64_t *)it.val, k);
            n++;
            /* grow a lot (forces rebuilds) and delete a key maybe not reached */
            for (int j = 0; j < 50; j++)
                put(&map_ii, m, added++, 0);
            int64_t victim = 99 - k;
            if (victim > k && !seen[victim])
                rt_mapdelete(&map_ii, m, &victim);
        }
    }
    /* every original key was either produced once or deleted before reached */
    for (int64_t k = 0; k < 100; k++) {
        bool ok;
        get(&map_ii, m, k, &ok);
        ck_assert(seen[k] || !ok);
    }
    ck_assert_int_ge(n, 50);
}
END_TEST

START_TEST(test_random_order) {
    rt_map *m = rt_makemap(&map_ii, 0);
    for (int64_t i = 0; i < 16; i++)
        put(&map_ii, m, i, i);
    int64_t firsts[16] = {0};
    for (int r = 0; r < 200; r++) {
        rt_mapiter it;
        rt_mapiterinit(&map_ii, m, &it);
        ck_assert(rt_mapiternext(&it));
        firsts[*(int64_t *)it.key]++;
    }
    int distinct = 0;
    for (int i = 0; i < 16; i++)
        distinct += firsts[i] > 0;
    ck_assert_int_ge(distinct, 4);
}
END_TEST

START_TEST(test_float_keys) {
    rt_map *m = rt_makemap(&map_fi, 0);
    double pz = 0.0, nz = -0.0, nan = NAN;
    *(int64_t *)rt_mapassign(&map_fi, m, &pz) = 1;
    *(int64_t *)rt_mapassign(&map_fi, m, &nz) = 2;     /* same key as +0 */
    ck_assert_int_eq(rt_maplen(m), 1);
    ck_assert_int_eq(*(int64_t *)rt_mapaccess1(&map_fi, m, &pz), 2);
    *(int64_t *)rt_mapassign(&map_fi, m, &nan) = 3;
    *(int64_t *)rt_mapassign(&map_fi, m, &nan) = 4;    /* NaN != NaN: a new entry */
    ck_assert_int_eq(rt_maplen(m), 3);
    bool ok;
    rt_mapaccess2(&map_fi, m, &nan, &ok);
    ck_assert(!ok);
}
END_TEST

START_TEST(test_iface_keys) {
    rt_map *m = rt_makemap(&map_ai, 0);
    int64_t one = 1;
    rt_string s = RT_STR("1");
    rt_iface ki = rt_box(&rt_type_int, &one), ks = rt_box(&rt_type_string, &s), knil = {0};
    *(int64_t *)rt_mapassign(&map_ai, m, &ki) = 10;
    *(int64_t *)rt_mapassign(&map_ai, m, &ks) = 20;
    *(int64_t *)rt_mapassign(&map_ai, m, &knil) = 30;
    rt_iface ki2 = rt_box(&rt_type_int, &one);
    ck_assert_int_eq(*(int64_t *)rt_mapaccess1(&map_ai, m, &ki2), 10);
    ck_assert_int_eq(*(int64_t *)rt_mapaccess1(&map_ai, m, &ks), 20);
    ck_assert_int_eq(*(int64_t *)rt_mapaccess1(&map_ai, m, &knil), 30);
    ck_assert_int_eq(rt_maplen(m), 3);
}
END_TEST

START_TEST(test_nil_map_reads) {
    int64_t k = 5;
    ck_assert_int_eq(*(int64_t *)rt_mapaccess1(&map_ii, NULL, &k), 0);
    ck_assert_int_eq(rt_maplen(NULL), 0);
    rt_mapdelete(&map_ii, NULL, &k);
}
END_TEST

static const rt_type int_slice = { .kind = RT_KIND_SLICE, .size = 24, .align = 8,
    .name = RT_STR("[]int"), .elem = &rt_type_int };

static void nil_map_write(void) {
    int64_t k = 5;
    rt_mapassign(&map_ii, NULL, &k);
}

static void unhashable_key(void) {
    rt_map *m = rt_makemap(&map_ai, 0);
    rt_slice s = {0};
    rt_iface k = rt_box(&int_slice, &s);
    rt_mapassign(&map_ai, m, &k);
}

START_TEST(test_nil_map_write_panics) {
    char *argv[] = {"check_map", NULL};
    rt_start(1, argv, nil_map_write);
}
END_TEST

START_TEST(test_unhashable_key_panics) {
    char *argv[] = {"check_map", NULL};
    rt_start(1, argv, unhashable_key);
}
END_TEST

static Suite *map_suite(void) {
    Suite *s = suite_create("map");
    TCase *tc = tcase_create("basic");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, test_int_keys);
    tcase_add_test(tc, test_string_keys);
    tcase_add_test(tc, test_string_key_bytes);
    tcase_add_test(tc, test_float_keys);
    tcase_add_test(tc, test_iface_keys);
    tcase_add_test(tc, test_nil_map_reads);
    suite_add_tcase(s, tc);
    tc = tcase_create("iteration");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, test_iterate);
    tcase_add_test(tc, test_delete_during_iteration);
    tcase_add_test(tc, test_grow_during_iteration);
    tcase_add_test(tc, test_random_order);
    suite_add_tcase(s, tc);
    tc = tcase_create("panics");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_nil_map_write_panics, 2);
    tcase_add_exit_test(tc, test_unhashable_key_panics, 2);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(map_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
