/* Constant values and exact-enough constant arithmetic.
 *
 * Integers (typed and untyped, runes included) are __int128; floats are
 * long double. Untyped float arithmetic is therefore not exact as Go's
 * (which uses arbitrary precision rationals), but every integer-valued
 * result a test program can observe is. Typed constants are normalised by
 * cs_const_represent: integer results must fit their type (the caller
 * reports "overflows"), float32 results are rounded to float32.
 * Values are immutable once built.
 */
#include <stdio.h>
#include <string.h>
#include "check.h"

CsConst *cs_const_int(__int128 v)
{
    CsConst *c = cs_check_alloc(sizeof *c);
    c->kind = CS_CV_INT;
    c->i = v;
    return c;
}

CsConst *cs_const_float(long double v)
{
    CsConst *c = cs_check_alloc(sizeof *c);
    c->kind = CS_CV_FLOAT;
    c->f = v == 0 ? 0 : v;   /* exact constants have no negative zero */
    return c;
}

CsConst *cs_const_bool(bool b)
{
    CsConst *c = cs_check_alloc(sizeof *c);
    c->kind = CS_CV_BOOL;
    c->b = b;
    return c;
}

CsConst *cs_const_string(const char *s, int64_t len)
{
    CsConst *c = cs_check_alloc(sizeof *c);
    c->kind = CS_CV_STRING;
    char *p = cs_check_alloc(len + 1);
    memcpy(p, s, len);
    c->s = p;
    c->slen = len;
    return c;
}

static long double as_float(CsConst *v) { return v->kind == CS_CV_INT ? (long double)v->i : v->f; }

bool cs_const_is_int_valued(CsConst *v)
{
    if (v->kind == CS_CV_INT) return true;
    if (v->kind != CS_CV_FLOAT) return false;
    /* integral iff it survives a round trip through __int128 (no libm);
     * beyond 2^64 every long double is an integer */
    long double a = v->f < 0 ? -v->f : v->f;
    if (a != a || a > 1.1e4932L) return false;
    if (a >= 18446744073709551616.0L) return true;
    return v->f == (long double)(__int128)v->f;
}

bool cs_const_to_int64(CsConst *v, int64_t *out)
{
    if (!cs_const_is_int_valued(v)) return false;
    if (v->kind == CS_CV_FLOAT && (v->f >= 1.7e38L || v->f <= -1.7e38L)) return false;
    __int128 i = v->kind == CS_CV_INT ? v->i : (__int128)v->f;
    if (i < INT64_MIN || i > INT64_MAX) return false;
    *out = (int64_t)i;
    return true;
}

bool cs_const_compare(CsOp op, CsConst *a, CsConst *b)
{
    int c;
    if (a->kind == CS_CV_STRING) {
        int64_t n = a->slen < b->slen ? a->slen : b->slen;
        c = memcmp(a->s, b->s, n);
        if (!c) c = a->slen < b->slen ? -1 : a->slen > b->slen;
    } else if (a->kind == CS_CV_BOOL) {
        c = a->b != b->b;
    } else if (a->kind == CS_CV_INT && b->kind == CS_CV_INT) {
        c = a->i < b->i ? -1 : a->i > b->i;
    } else {
        /* floats: equal within the precision lost by long double, so that
         * exact Go identities like 0.1+0.2 == 0.3 hold */
        long double x = as_float(a), y = as_float(b);
        long double d = x - y, m = (x < 0 ? -x : x) > (y < 0 ? -y : y) ? (x < 0 ? -x : x) : (y < 0 ? -y : y);
        if (__builtin_isinf(m)) c = x < y ? -1 : x > y;   /* beyond long double: 1e5000 > 0 */
        else if ((d < 0 ? -d : d) <= m * 1e-18L) c = 0;
        else c = x < y ? -1 : x > y;
    }
    switch (op) {
    case CS_OP_EQ: return c == 0;
    case CS_OP_NE: return c != 0;
    case CS_OP_LT: return c < 0;
    case CS_OP_LE: return c <= 0;
    case CS_OP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* An integer-valued result: back to __int128 when it fits. */
static CsConst *int_valued(long double f)
{
    if (f < 0x1p127L && f >= -0x1p127L) return cs_const_int((__int128)f);
    return cs_const_float(f);
}

static bool exact_float(CsConst *v, long double *out)
{
    if (v->kind == CS_CV_FLOAT) { *out = v->f; return true; }
    return cs_const_int_to_float(v->i, out);
}

/* Sign and magnitude of an integer value below 2^128 in magnitude. */
static bool to_sign_mag(CsConst *v, bool *neg, unsigned __int128 *mag)
{
    if (v->kind == CS_CV_INT) {
        *neg = v->i < 0;
        *mag = *neg ? 0 - (unsigned __int128)v->i : (unsigned __int128)v->i;
        return true;
    }
    long double a = v->f < 0 ? -v->f : v->f;
    if (a >= 0x1p128L) return false;
    *neg = v->f < 0;
    *mag = (unsigned __int128)a;
    return true;
}

static CsConst *from_sign_mag(bool neg, unsigned __int128 mag)
{
    unsigned __int128 top = (unsigned __int128)1 << 127;
    if (mag < top || (neg && mag == top)) return cs_const_int(neg ? (__int128)(0 - mag) : (__int128)mag);
    long double f = (long double)mag;
    if (f >= 0x1p128L || (unsigned __int128)f != mag) return NULL;
    return cs_const_float(neg ? -f : f);
}

/* x + y or x - y with 128-bit magnitudes: exact wherever the result fits
 * __int128 (1<<127 - 1) or a long double; NULL when neither holds it. */
static CsConst *sign_mag_sum(CsConst *a, CsConst *b, bool sub, bool *tried)
{
    bool na, nb;
    unsigned __int128 ma, mb, m;
    *tried = to_sign_mag(a, &na, &ma) && to_sign_mag(b, &nb, &mb);
    if (!*tried) return NULL;
    if (sub) nb = !nb;
    if (na == nb) {
        m = ma + mb;
        if (m < ma) { *tried = false; return NULL; }    /* past 2^128: long double's turn */
        return from_sign_mag(na, m);
    }
    return ma >= mb ? from_sign_mag(na, ma - mb) : from_sign_mag(nb, mb - ma);
}

/* x % y for x = m * 2^e beyond __int128 and a y that fits 63 bits:
 * modular arithmetic on the odd part, with x's sign as Go's % has. */
static bool huge_rem(long double x, long double y, long double *r)
{
    if (y >= 0x1p63L || y <= -0x1p63L) return false;
    unsigned __int128 n = (unsigned __int128)(y < 0 ? -y : y);
    long double a = x < 0 ? -x : x;
    int e = 0;
    while (a >= 0x1p100L) { a /= 0x1p32L; e += 32; }   /* exact: see consthuge.c */
    unsigned __int128 m = (unsigned __int128)a % n, p = 1 % n;
    while (e--) p = p * 2 % n;
    unsigned __int128 v = m * p % n;
    *r = x < 0 ? -(long double)v : (long double)v;
    return true;
}

/* Integer arithmetic where an operand or the result leaves __int128: done
 * in long double when that is exact (consthuge.c), else an error. */
static CsConst *huge_binary(CsOp op, CsConst *a, CsConst *b, const char **err)
{
    long double x, y, r, q;
    *err = "inexact";
    if (op == CS_OP_ADD || op == CS_OP_SUB) {
        bool tried;
        CsConst *sum = sign_mag_sum(a, b, op == CS_OP_SUB, &tried);
        if (tried) {
            if (sum) *err = NULL;
            return sum;
        }
    }
    if (!exact_float(a, &x) || !exact_float(b, &y)) return NULL;
    switch (op) {
    case CS_OP_ADD: if (!cs_const_exact_add(x, y, &r)) return NULL; break;
    case CS_OP_SUB: if (!cs_const_exact_add(x, -y, &r)) return NULL; break;
    case CS_OP_MUL: if (!cs_const_exact_mul(x, y, &r)) return NULL; break;
    case CS_OP_DIV:
    case CS_OP_REM:
        if (y == 0) { *err = "division by zero"; return NULL; }
        if (cs_const_exact_divmod(x, y, &q, &r)) {
            if (op == CS_OP_DIV) r = q;
        } else if (op == CS_OP_DIV || !huge_rem(x, y, &r)) {
            return NULL;
        }
        break;
    default: return NULL;       /* bitwise operators on such values */
    }
    *err = NULL;
    return int_valued(r);
}

CsConst *cs_const_binary(CsOp op, CsConst *a, CsConst *b, CsType *t, const char **err)
{
    *err = NULL;
    if (op >= CS_OP_EQ && op <= CS_OP_GE) return cs_const_bool(cs_const_compare(op, a, b));
    if (a->kind == CS_CV_BOOL) {
        return cs_const_bool(op == CS_OP_LAND ? (a->b && b->b) : (a->b || b->b));
    }
    if (a->kind == CS_CV_STRING) {
        char *s = cs_check_alloc(a->slen + b->slen + 1);
        memcpy(s, a->s, a->slen);
        memcpy(s + a->slen, b->s, b->slen);
        CsConst *c = cs_const_string(s, a->slen + b->slen);
        return c;
    }
    bool isint = cs_type_is_integer(t) && a->kind == CS_CV_INT && b->kind == CS_CV_INT;
    if (cs_type_is_integer(t) && !isint) return huge_binary(op, a, b, err);
    if (!isint) {
        long double x = as_float(a), y = as_float(b), r;
        switch (op) {
        case CS_OP_ADD: r = x + y; break;
        case CS_OP_SUB: r = x - y; break;
        case CS_OP_MUL: r = x * y; break;
        case CS_OP_DIV:
            if (y == 0) { *err = "division by zero"; return NULL; }
            r = x / y; break;
        default: *err = "bad operator"; return NULL;
        }
        return cs_const_float(r);
    }
    __int128 x = a->i, y = b->i, r;
    switch (op) {
    case CS_OP_ADD:
        if (__builtin_add_overflow(x, y, &r)) return huge_binary(op, a, b, err);
        break;
    case CS_OP_SUB:
        if (__builtin_sub_overflow(x, y, &r)) return huge_binary(op, a, b, err);
        break;
    case CS_OP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return huge_binary(op, a, b, err);
        break;
    case CS_OP_DIV:
        if (y == 0) { *err = "division by zero"; return NULL; }
        if (y == -1) return cs_const_unary(CS_OP_NEG, a, t);   /* -(-2^127) leaves __int128 */
        r = x / y; break;
    case CS_OP_REM:
        if (y == 0) { *err = "division by zero"; return NULL; }
        r = y == -1 ? 0 : x % y; break;
    case CS_OP_AND: r = x & y; break;
    case CS_OP_OR: r = x | y; break;
    case CS_OP_XOR: r = x ^ y; break;
    case CS_OP_ANDNOT: r = x & ~y; break;
    default: *err = "bad operator"; return NULL;
    }
    return cs_const_int(r);
}

CsConst *cs_const_unary(CsOp op, CsConst *a, CsType *t)
{
    switch (op) {
    case CS_OP_NOT: return cs_const_bool(!a->b);
    case CS_OP_POS: return a;
    case CS_OP_NEG:
        if (a->kind == CS_CV_INT && a->i == (__int128)((unsigned __int128)1 << 127))
            return cs_const_float(0x1p127L);    /* -(-2^127) leaves __int128 */
        return a->kind == CS_CV_INT ? cs_const_int(-a->i) : cs_const_float(-a->f);
    case CS_OP_BITNOT: {
        /* ^x: for unsigned typed constants, flip within the type's width */
        if (cs_type_is_unsigned(t)) {
            int bits = (int)cs_type_size_bits(t);
            unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
            return cs_const_int((__int128)(~(unsigned __int128)a->i & mask));
        }
        if (a->kind == CS_CV_FLOAT) {   /* beyond __int128: ^x is -x-1, when exact */
            long double r;
            return cs_const_exact_add(-a->f, -1, &r) ? int_valued(r) : NULL;
        }
        return cs_const_int(~a->i);
    }
    default: return a;
    }
}

CsConst *cs_const_shift(CsOp op, CsConst *a, uint64_t n)
{
    if (a->kind == CS_CV_FLOAT || (op == CS_OP_SHL && a->i != 0 && n >= 100)) {
        /* beyond __int128: scale a long double (exact for the powers of two
         * such constants usually are) */
        long double f;
        if (n > 20000 || !exact_float(a, &f)) return NULL;
        for (uint64_t i = 0; i < n; i++) f = op == CS_OP_SHL ? f * 2 : f / 2;
        if (op == CS_OP_SHR) {
            if (f < 1.7e38L && f > -1.7e38L) {
                __int128 q = (__int128)f;
                if ((long double)q > f) q--;   /* floor, as >> rounds down */
                return cs_const_int(q);
            }
        } else if (f < 1.7e38L && f > -1.7e38L) {
            return cs_const_int((__int128)f);
        } else if (f >= 0x1p512L || f <= -0x1p512L) {
            return NULL;        /* gc's integer constants have 512 bits */
        }
        return cs_const_float(f);
    }
    __int128 x = a->i;
    if (op == CS_OP_SHR) return cs_const_int(n >= 127 ? (x < 0 ? -1 : 0) : x >> n);
    if (x == 0) return cs_const_int(0);
    __int128 r = (__int128)((unsigned __int128)x << n);   /* x may be negative */
    long double f;
    if ((r >> n) != x) return cs_const_int_to_float(x, &f) ? cs_const_shift(op, cs_const_float(f), n) : NULL;
    return cs_const_int(r);
}

CsConst *cs_const_represent(CsConst *v, CsType *t, bool *truncated)
{
    if (truncated) *truncated = false;
    CsType *u = cs_type_underlying(t);
    if (!u) return NULL;
    CsTypeKind k = u->kind;
    if (k == CS_TY_BOOL || k == CS_TY_UNTYPED_BOOL) return v->kind == CS_CV_BOOL ? v : NULL;
    if (k == CS_TY_STRING || k == CS_TY_UNTYPED_STRING) return v->kind == CS_CV_STRING ? v : NULL;
    if (v->kind == CS_CV_BOOL || v->kind == CS_CV_STRING) return NULL;
    if (cs_type_is_integer(u)) {
        if (!cs_const_is_int_valued(v)) {
            if (truncated && v->kind == CS_CV_FLOAT) *truncated = true;
            return NULL;
        }
        bool huge = v->kind == CS_CV_FLOAT && (v->f >= 1.7e38L || v->f <= -1.7e38L);
        if (huge) return k == CS_TY_UNTYPED_INT || k == CS_TY_UNTYPED_RUNE ? v : NULL;
        __int128 i = v->kind == CS_CV_INT ? v->i : (__int128)v->f;
        if (k == CS_TY_UNTYPED_INT || k == CS_TY_UNTYPED_RUNE)
            return v->kind == CS_CV_INT ? v : cs_const_int(i);
        int bits = (int)cs_type_size_bits(u);
        if (cs_type_is_unsigned(u)) {
            if (i < 0 || (bits < 128 && i > (__int128)((((unsigned __int128)1) << bits) - 1))) return NULL;
        } else {
            __int128 max = (((__int128)1) << (bits - 1)) - 1;
            if (i > max || i < -max - 1) return NULL;
        }
            return v->kind == CS_CV_INT ? v : cs_const_int(i);
    }
    if (cs_type_is_float(u)) {
        long double f = as_float(v);
        /* overflow is a value that rounds to infinity: just above the
         * largest finite value still rounds down to it */
        if (k == CS_TY_FLOAT32) {
            float r = (float)f;
            return __builtin_isinf(r) ? NULL : cs_const_float(r);
        }
        if (k == CS_TY_FLOAT64) {
            double r = (double)f;
            return __builtin_isinf(r) ? NULL : cs_const_float(r);
        }
        return v->kind == CS_CV_FLOAT ? v : cs_const_float(f);
    }
    return NULL;
}

static const char *int128_str(__int128 v)
{
    char buf[64], *p = buf + sizeof buf - 1;
    *p = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    do { *--p = '0' + (int)(u % 10); u /= 10; } while (u);
    if (neg) *--p = '-';
    return cs_check_strdup(p);
}

/* A float constant as gc prints one: six significant digits. */
static const char *float_string(long double f)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.6Lg", f);
    /* Go spells exponents with at least two digits: 1e+100, 1e-07 */
    return cs_check_strdup(buf);
}

/* v as gc prints a constant of type t: a huge integer-valued float is an
 * integer constant (1 << 200) unless t is a float type. */
const char *cs_const_string_typed(CsConst *v, CsType *t)
{
    if (v->kind == CS_CV_FLOAT && t && cs_type_is_float(t))
        return float_string(v->f);
    return cs_const_string_of(v);
}

const char *cs_const_string_of(CsConst *v)
{
    switch (v->kind) {
    case CS_CV_BOOL: return v->b ? "true" : "false";
    case CS_CV_INT: return int128_str(v->i);
    case CS_CV_FLOAT: {
        if (cs_const_is_int_valued(v) && (v->f >= 1.7e38L || v->f <= -1.7e38L) && v->f < 1e60L && v->f > -1e60L) {
            /* a huge integer held as long double: glibc prints its exact value */
            char big[80];
            snprintf(big, sizeof big, "%.0Lf", v->f);
            return cs_check_strdup(big);
        }
        return float_string(v->f);
    }
    case CS_CV_STRING: {
        char *s = cs_check_alloc(v->slen * 4 + 3), *p = s;
        *p++ = '"';
        for (int64_t i = 0; i < v->slen; i++) {
            unsigned char ch = (unsigned char)v->s[i];
            if (ch == '"' || ch == '\\') { *p++ = '\\'; *p++ = ch; }
            else if (ch == '\n') { *p++ = '\\'; *p++ = 'n'; }
            else if (ch == '\t') { *p++ = '\\'; *p++ = 't'; }
            else if (ch < 0x20 || ch == 0x7f) p += sprintf(p, "\\x%02x", ch);
            else *p++ = ch;
        }
        *p++ = '"';
        return s;
    }
    }
    return "?";
}
