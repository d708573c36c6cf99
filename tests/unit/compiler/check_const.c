/* Constant folding (check/const.c): exact integer arithmetic beyond 64
 * bits, division rules, shifts, representability in typed constants
 * (overflow, truncation, float32 rounding), comparisons and the spelling
 * used in error messages.
 */
#include LIBCHECK_H /* libcheck; see tests/CMakeLists.txt */
#include <string.h>

#include "check.h"

static CsType *T(CsTypeKind k) { return cs_type_basic(k); }

static void setup(void) { cs_universe_init(); }

START_TEST(int_arith_is_exact_beyond_64_bits)
{
    const char *err;
    CsConst *big = cs_const_shift(CS_OP_SHL, cs_const_int(1), 100);
    ck_assert_ptr_nonnull(big);
    CsConst *back = cs_const_shift(CS_OP_SHR, big, 98);
    ck_assert(back->kind == CS_CV_INT && back->i == 4);
    CsConst *sq = cs_const_binary(CS_OP_MUL, big, cs_const_int(3), T(CS_TY_UNTYPED_INT), &err);
    ck_assert_ptr_nonnull(sq);
    CsConst *q = cs_const_binary(CS_OP_DIV, sq, big, T(CS_TY_UNTYPED_INT), &err);
    ck_assert(q->kind == CS_CV_INT && q->i == 3);
}
END_TEST

START_TEST(division_truncates_and_rejects_zero)
{
    const char *err;
    CsConst *q = cs_const_binary(CS_OP_DIV, cs_const_int(-7), cs_const_int(2), T(CS_TY_UNTYPED_INT), &err);
    ck_assert(q->i == -3);
    CsConst *r = cs_const_binary(CS_OP_REM, cs_const_int(-7), cs_const_int(2), T(CS_TY_UNTYPED_INT), &err);
    ck_assert(r->i == -1);
    ck_assert_ptr_null(cs_const_binary(CS_OP_DIV, cs_const_int(1), cs_const_int(0), T(CS_TY_INT), &err));
    ck_assert_str_eq(err, "division by zero");
    CsConst *f = cs_const_binary(CS_OP_DIV, cs_const_int(7), cs_const_float(2), T(CS_TY_UNTYPED_FLOAT), &err);
    ck_assert(f->kind == CS_CV_FLOAT && f->f == 3.5L);
}
END_TEST

START_TEST(representability)
{
    bool trunc;
    ck_assert_ptr_null(cs_const_represent(cs_const_int(256), T(CS_TY_UINT8), &trunc));
    ck_assert(!trunc);
    ck_assert_ptr_nonnull(cs_const_represent(cs_const_int(255), T(CS_TY_UINT8), &trunc));
    ck_assert_ptr_null(cs_const_represent(cs_const_int(-1), T(CS_TY_UINT), &trunc));
    ck_assert_ptr_null(cs_const_represent(cs_const_int(128), T(CS_TY_INT8), &trunc));
    ck_assert_ptr_nonnull(cs_const_represent(cs_const_int(-128), T(CS_TY_INT8), &trunc));
    ck_assert_ptr_null(cs_const_represent(cs_const_float(1.5L), T(CS_TY_INT), &trunc));
    ck_assert(trunc);
    CsConst *i = cs_const_represent(cs_const_float(3.0L), T(CS_TY_INT), &trunc);
    ck_assert(i && i->kind == CS_CV_INT && i->i == 3);
    CsConst *f32 = cs_const_represent(cs_const_float(0.1L), T(CS_TY_FLOAT32), &trunc);
    ck_assert(f32->f == (long double)0.1f);
    ck_assert_ptr_null(cs_const_represent(cs_const_float(1e40L), T(CS_TY_FLOAT32), &trunc));
    ck_assert_ptr_null(cs_const_represent(cs_const_string("a", 1), T(CS_TY_INT), &trunc));
}
END_TEST

START_TEST(unary_and_bitwise)
{
    CsConst *n = cs_const_unary(CS_OP_BITNOT, cs_const_int(0), T(CS_TY_UINT8));
    ck_assert(n->i == 255);
    n = cs_const_unary(CS_OP_BITNOT, cs_const_int(0), T(CS_TY_UNTYPED_INT));
    ck_assert(n->i == -1);
    const char *err;
    CsConst *a = cs_const_binary(CS_OP_ANDNOT, cs_const_int(0xff), cs_const_int(0x0f), T(CS_TY_INT), &err);
    ck_assert(a->i == 0xf0);
}
END_TEST

START_TEST(comparisons)
{
    const char *err;
    CsConst *a = cs_const_binary(CS_OP_ADD, cs_const_float(0.1L), cs_const_float(0.2L), T(CS_TY_UNTYPED_FLOAT), &err);
    ck_assert(cs_const_compare(CS_OP_EQ, a, cs_const_float(0.3L)));
    ck_assert(cs_const_compare(CS_OP_LT, cs_const_string("ab", 2), cs_const_string("b", 1)));
    ck_assert(cs_const_compare(CS_OP_GT, cs_const_string("ab", 2), cs_const_string("a", 1)));
    CsConst *s = cs_const_binary(CS_OP_ADD, cs_const_string("a\0", 2), cs_const_string("b", 1), T(CS_TY_STRING), &err);
    ck_assert_int_eq(s->slen, 3);
    ck_assert(memcmp(s->s, "a\0b", 3) == 0);
}
END_TEST

START_TEST(spelling)
{
    ck_assert_str_eq(cs_const_string_of(cs_const_int(-42)), "-42");
    ck_assert_str_eq(cs_const_string_of(cs_const_float(1.5L)), "1.5");
    ck_assert_str_eq(cs_const_string_of(cs_const_float(3.0L)), "3");
    ck_assert_str_eq(cs_const_string_of(cs_const_string("a\"b\n", 4)), "\"a\\\"b\\n\"");
    ck_assert_str_eq(cs_const_string_of(cs_const_shift(CS_OP_SHL, cs_const_int(1), 64)), "18446744073709551616");
}
END_TEST

static Suite *const_suite(void)
{
    Suite *s = suite_create("check_const");
    TCase *tc = tcase_create("fold");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, int_arith_is_exact_beyond_64_bits);
    tcase_add_test(tc, division_truncates_and_rejects_zero);
    tcase_add_test(tc, unary_and_bitwise);
    tcase_add_test(tc, comparisons);
    suite_add_tcase(s, tc);
    TCase *rep = tcase_create("represent");
    tcase_add_checked_fixture(rep, setup, NULL);
    tcase_add_test(rep, representability);
    tcase_add_test(rep, spelling);
    suite_add_tcase(s, rep);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(const_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
