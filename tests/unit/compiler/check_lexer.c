/* Scanner tests: semicolon insertion, literals (text and decoded values),
 * positions, operators, the LBODY rule for statement headers, and error
 * reporting on bad input. Each test scans a string held in memory and
 * compares the token stream with the expected one.
 */
#include LIBCHECK_H /* libcheck; see tests/CMakeLists.txt */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "parse.h"
#include "tokens.h"

#define MAXTOK 64

typedef struct Scan {
    int n;
    int tok[MAXTOK];
    YYSTYPE val[MAXTOK];
    CsLoc loc[MAXTOK];
    int errors;     /* diagnostics reported while scanning */
} Scan;

static Scan scan(const char *src)
{
    static Scan s;
    memset(&s, 0, sizeof s);
    cs_diag_reset();
    int before = 0;
    CsParser p;
    ck_assert(cs_lex_begin(&p, cs_diag_add_file("t.cs", src, strlen(src))));
    while (s.n < MAXTOK) {
        int t = cs_yylex(&s.val[s.n], &s.loc[s.n], p.scanner);
        s.tok[s.n++] = t;
        if (t == CS_TK_EOF || t == CS_TK_ERROR)
            break;
    }
    cs_lex_end(&p);
    s.errors = cs_diag_error_count() - before;
    return s;
}

/* Checks the token kinds, ending with EOF. */
static void expect_tokens(const char *src, const int *want, int nwant)
{
    Scan s = scan(src);
    ck_assert_msg(s.n == nwant, "%s: got %d tokens, want %d", src, s.n, nwant);
    for (int i = 0; i < nwant; i++)
        ck_assert_msg(s.tok[i] == want[i], "%s: token %d is %d, want %d", src, i, s.tok[i], want[i]);
    ck_assert_int_eq(s.errors, 0);
}

#define EXPECT(src, ...)                                                  \
    do {                                                                  \
        const int want_[] = {__VA_ARGS__};                                \
        expect_tokens(src, want_, (int)(sizeof want_ / sizeof want_[0])); \
    } while (0)

enum { NAME = CS_TK_NAME, INT = CS_TK_INT, SEMI = ';', END = CS_TK_EOF };

/* ==== semicolons ======================================================== */

START_TEST(semi_after_line_enders)
{
    EXPECT("x\ny", NAME, SEMI, NAME, SEMI, END);
    EXPECT("f()\n", NAME, '(', ')', SEMI, END);
    EXPECT("a[1]\n", NAME, '[', INT, ']', SEMI, END);
    EXPECT("}\n", '}', SEMI, END);
    EXPECT("x++\ny--\n", NAME, CS_TK_INC, SEMI, NAME, CS_TK_DEC, SEMI, END);
    EXPECT("return\nbreak\ncontinue\nfallthrough\n", CS_TK_RETURN, SEMI, CS_TK_BREAK, SEMI,
           CS_TK_CONTINUE, SEMI, CS_TK_FALLTHROUGH, SEMI, END);
    EXPECT("1.5\n'a'\n\"s\"\n`r`\n2i\n", CS_TK_FLOAT, SEMI, CS_TK_RUNE, SEMI, CS_TK_STRING, SEMI,
           CS_TK_STRING, SEMI, CS_TK_IMAG, SEMI, END);
}
END_TEST

START_TEST(no_semi_after_others)
{
    EXPECT("x +\ny", NAME, '+', NAME, SEMI, END);
    EXPECT("f(\n1,\n)", NAME, '(', INT, ',', ')', SEMI, END);
    EXPECT("func\n", CS_TK_FUNC, END);
    EXPECT("x =\n\n\n1", NAME, '=', INT, SEMI, END);
    EXPECT("\n\n", END);
}
END_TEST

START_TEST(semi_text_says_why)
{
    Scan s = scan("x\ny");
    ck_assert_str_eq(s.val[1].tok.lit, "newline");
    ck_assert_str_eq(s.val[3].tok.lit, "EOF");
}
END_TEST

START_TEST(semi_and_comments)
{
    EXPECT("x // c\ny", NAME, SEMI, NAME, SEMI, END);
    EXPECT("x /* a\nb */ y", NAME, SEMI, NAME, SEMI, END);
    EXPECT("x /* a b */ y", NAME, NAME, SEMI, END);
    EXPECT("x + /* a\nb */ y", NAME, '+', NAME, SEMI, END);
    EXPECT("x // c", NAME, SEMI, END);
    EXPECT("/**/x/***/", NAME, SEMI, END);
}
END_TEST

/* ==== literals ========================================================== */

START_TEST(int_literals_keep_text)
{
    const char *cases[] = {"42", "0x1_F", "0X1f", "0o17", "0O17", "017", "0b101", "1_000_000", "0"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Scan s = scan(cases[i]);
        ck_assert_int_eq(s.tok[0], INT);
        ck_assert_str_eq(s.val[0].tok.lit, cases[i]);
        ck_assert_int_eq(s.errors, 0);
    }
}
END_TEST

START_TEST(float_and_imag_literals)
{
    const char *floats[] = {"1.5", "1.", ".5", "1e3", "1E-3", "1.5e+10", "0x1p-2", "0x1.8p1", "0X.8P0", "1_0.2_5"};
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        Scan s = scan(floats[i]);
        ck_assert_msg(s.tok[0] == CS_TK_FLOAT, "%s", floats[i]);
        ck_assert_str_eq(s.val[0].tok.lit, floats[i]);
        ck_assert_int_eq(s.errors, 0);
    }
    Scan s = scan("1.5i");
    ck_assert_int_eq(s.tok[0], CS_TK_IMAG);
    ck_assert_str_eq(s.val[0].tok.lit, "1.5i");
}
END_TEST

START_TEST(hex_e_is_a_digit)
{
    /* 0x1e+2 is 0x1e + 2, not an exponent */
    EXPECT("0x1e+2", INT, '+', INT, SEMI, END);
    Scan s = scan("0x1e+2");
    ck_assert_str_eq(s.val[0].tok.lit, "0x1e");
    /* a number ends where Go's does: 123abc is two tokens */
    EXPECT("123abc", INT, NAME, SEMI, END);
}
END_TEST

START_TEST(bad_numbers_report)
{
    const char *bad[] = {"0x", "09", "1__0", "0b102", "1e", "0x1.0", "0o1.2", "1_", "0_x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(scan(bad[i]).errors == 1, "%s", bad[i]);
}
END_TEST

START_TEST(rune_values)
{
    struct { const char *src; int32_t value; } cases[] = {
        {"'a'", 'a'}, {"'\\n'", 10}, {"'\\t'", 9}, {"'\\\\'", '\\'}, {"'\\''", '\''},
        {"'\\x41'", 0x41}, {"'\\101'", 0101}, {"'\\u00e9'", 0xe9}, {"'\\U0001F600'", 0x1F600},
        {"'é'", 0xe9}, {"'\\a'", 7}, {"'\\b'", 8}, {"'\\f'", 12}, {"'\\v'", 11}, {"'\\r'", 13},
        {"'\\xff'", 0xff},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Scan s = scan(cases[i].src);
        ck_assert_int_eq(s.tok[0], CS_TK_RUNE);
        ck_assert_msg(s.val[0].tok.rune == cases[i].value, "%s: %d", cases[i].src, s.val[0].tok.rune);
        ck_assert_str_eq(s.val[0].tok.lit, cases[i].src);
        ck_assert_int_eq(s.errors, 0);
    }
}
END_TEST

START_TEST(string_decoding)
{
    struct { const char *src; const char *bytes; int len; } cases[] = {
        {"\"a\\tb\"", "a\tb", 3},
        {"\"\\xff\\x00\"", "\xff\0", 2},
        {"\"\\377\"", "\xff", 1},
        {"\"\\u00e9\"", "\xc3\xa9", 2},
        {"\"\\U0001F600\"", "\xf0\x9f\x98\x80", 4},
        {"\"\\\"\\\\\"", "\"\\", 2},
        {"\"\"", "", 0},
        {"`a\\n\r\nb`", "a\\n\nb", 5},
        {"`\"`", "\"", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Scan s = scan(cases[i].src);
        ck_assert_int_eq(s.tok[0], CS_TK_STRING);
        ck_assert_int_eq(s.val[0].tok.len, cases[i].len);
        ck_assert(memcmp(s.val[0].tok.str, cases[i].bytes, cases[i].len) == 0);
        ck_assert_str_eq(s.val[0].tok.lit, cases[i].src);
        ck_assert_int_eq(s.errors, 0);
    }
}
END_TEST

START_TEST(bad_literals_report)
{
    const char *bad[] = {
        "\"abc", "\"abc\n", "`abc", "'a", "'a\n", "''", "'ab'", "\"\\q\"", "'\\\"'", "\"\\'\"",
        "\"\\x1\"", "\"\\400\"", "\"\\uD800\"", "\"\\U00110000\"", "/* open",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(scan(bad[i]).errors == 1, "%s: %d errors", bad[i], scan(bad[i]).errors);
}
END_TEST

/* ==== positions, operators, headers ===================================== */

START_TEST(positions_are_bytes)
{
    Scan s = scan("package main\n\tx := \"é\" + 1");
    /* package main ; x := "é" + 1 ; EOF */
    ck_assert_int_eq(s.loc[3].first_line, 2);
    ck_assert_int_eq(s.loc[3].first_column, 2);     /* x */
    ck_assert_int_eq(s.loc[4].first_column, 4);     /* := */
    ck_assert_int_eq(s.loc[5].first_column, 7);     /* "é" */
    ck_assert_int_eq(s.loc[6].first_column, 12);    /* + (é is two bytes) */
    ck_assert_int_eq(s.loc[2].first_line, 1);       /* the newline's ';' */
    ck_assert_int_eq(s.loc[2].first_column, 13);
}
END_TEST

START_TEST(operators)
{
    EXPECT("&^ &^= <- ... := ~ << >>= && || == != <= >= ++ --",
           CS_TK_ANDNOT, CS_TK_ASSIGNOP, CS_TK_ARROW, CS_TK_ELLIPSIS, CS_TK_DEFINE, '~', CS_TK_SHL,
           CS_TK_ASSIGNOP, CS_TK_LAND, CS_TK_LOR, CS_TK_EQ, CS_TK_NE, CS_TK_LE, CS_TK_GE, CS_TK_INC,
           CS_TK_DEC, SEMI, END);
    Scan s = scan("a &^= b");
    ck_assert_int_eq(s.val[1].tok.op, CS_OP_ANDNOT);
}
END_TEST

START_TEST(keywords_and_unicode_names)
{
    EXPECT("chan map struct interface select", CS_TK_CHAN, CS_TK_MAP, CS_TK_STRUCT, CS_TK_INTERFACE,
           CS_TK_SELECT, END);
    Scan s = scan("héllo_wörld2 := 1");
    ck_assert_int_eq(s.tok[0], NAME);
    ck_assert_str_eq(s.val[0].tok.lit, "héllo_wörld2");
    ck_assert_int_eq(s.errors, 0);
}
END_TEST

START_TEST(header_brace_is_lbody)
{
    EXPECT("if x {", CS_TK_IF, NAME, CS_TK_LBODY, END);
    EXPECT("x := T{", NAME, CS_TK_DEFINE, NAME, '{', END);
    /* inside parentheses a '{' is a literal again */
    EXPECT("for (T{}) {", CS_TK_FOR, '(', NAME, '{', '}', ')', CS_TK_LBODY, END);
    EXPECT("switch {", CS_TK_SWITCH, CS_TK_LBODY, END);
}
END_TEST

START_TEST(bad_characters_report)
{
    ck_assert_int_eq(scan("x @ y").errors, 1);
    ck_assert_int_eq(scan("x \x01 y").errors, 1);
    ck_assert_int_eq(scan("x \xff y").errors, 1);
    ck_assert_int_eq(scan("x\xc3").errors, 1);        /* truncated UTF-8 */
    ck_assert_int_eq(scan("a·b").errors, 1);          /* not a letter */
    static const char nul[] = "x \0 y";
    CsParser p;
    int before = cs_diag_error_count();
    ck_assert(cs_lex_begin(&p, cs_diag_add_file("n.cs", nul, sizeof nul - 1)));
    YYSTYPE v;
    CsLoc l;
    int n = 0;
    while (cs_yylex(&v, &l, p.scanner) != CS_TK_EOF)
        n++;
    cs_lex_end(&p);
    ck_assert_int_eq(n, 3); /* x y ; */
    ck_assert_int_eq(cs_diag_error_count() - before, 1);
}
END_TEST

START_TEST(leading_bom_ignored)
{
    EXPECT("\xEF\xBB\xBFx", NAME, SEMI, END);
    ck_assert_int_eq(scan("x\xEF\xBB\xBF").errors, 1);
}
END_TEST

START_TEST(deep_nesting_stops)
{
    char *src = malloc(20001);
    memset(src, '(', 20000);
    src[20000] = 0;
    cs_diag_reset();
    CsParser p;
    ck_assert(cs_lex_begin(&p, cs_diag_add_file("d.cs", src, strlen(src))));
    YYSTYPE v;
    CsLoc l;
    int t, n = 0;
    while ((t = cs_yylex(&v, &l, p.scanner)) == '(')
        n++;
    cs_lex_end(&p);
    ck_assert_int_eq(t, CS_TK_ERROR);
    ck_assert_int_lt(n, CS_MAX_NESTING);
    ck_assert_int_eq(cs_diag_error_count(), 1);
    free(src);
}
END_TEST

static Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *semi = tcase_create("semicolons");
    tcase_add_test(semi, semi_after_line_enders);
    tcase_add_test(semi, no_semi_after_others);
    tcase_add_test(semi, semi_text_says_why);
    tcase_add_test(semi, semi_and_comments);
    suite_add_tcase(s, semi);
    TCase *lit = tcase_create("literals");
    tcase_add_test(lit, int_literals_keep_text);
    tcase_add_test(lit, float_and_imag_literals);
    tcase_add_test(lit, hex_e_is_a_digit);
    tcase_add_test(lit, bad_numbers_report);
    tcase_add_test(lit, rune_values);
    tcase_add_test(lit, string_decoding);
    tcase_add_test(lit, bad_literals_report);
    suite_add_tcase(s, lit);
    TCase *misc = tcase_create("tokens");
    tcase_add_test(misc, positions_are_bytes);
    tcase_add_test(misc, operators);
    tcase_add_test(misc, keywords_and_unicode_names);
    tcase_add_test(misc, header_brace_is_lbody);
    tcase_add_test(misc, bad_characters_report);
    tcase_add_test(misc, leading_bom_ignored);
    tcase_add_test(misc, deep_nesting_stops);
    suite_add_tcase(s, misc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lexer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
