/* strconv.ParseFloat's C half: Go's accepted syntax and results.
 *
 * The common text, [+-]digits[.digits][(e|E)[+-]digits], is read here
 * into a 19-digit mantissa and a decimal exponent (more digits only set a
 * "truncated" flag) and converted without the C library when that is
 * certain to be correctly rounded:
 *  - exact: a mantissa below 2^53 (2^24 for float32) times or divided by
 *    10^0..10^22 (10^10) is one correctly rounded IEEE operation on exact
 *    operands;
 *  - Eisel-Lemire (float64 only): the mantissa times the 128-bit power of
 *    ten (float_internal.h) gives the result's 54 top bits, or says it
 *    cannot decide (near a halfway point, subnormal, overflow); a
 *    truncated mantissa m must give the same result as m+1.
 * Everything else (hex floats, underscores, inf/nan, bad syntax, the
 * undecided cases, out of range) goes to the checked strtod path, which
 * validates the text against Go's syntax first since strtod accepts more
 * (leading spaces, "nan(...)", hex without an exponent, "-nan"). */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "float_internal.h"

typedef unsigned __int128 u128;

typedef struct decimal_text {
    uint64_t mant;      /* first 19 significant digits */
    int exp10;          /* value = mant * 10^exp10 (before truncation) */
    bool neg, trunc;    /* trunc: nonzero digits after the 19th */
} decimal_text;

/* Reads s as plain decimal syntax; false for anything else. */
static bool read_decimal(rt_string s, decimal_text *d) {
    int64_t i = 0, n = s.len;
    *d = (decimal_text){0};
    if (i < n && (s.ptr[i] == '+' || s.ptr[i] == '-'))
        d->neg = s.ptr[i++] == '-';
    bool sawdot = false, sawdigits = false;
    int nd = 0, nmant = 0, dp = 0;
    for (; i < n; i++) {
        uint8_t c = s.ptr[i];
        if (c == '.') {
            if (sawdot)
                return false;
            sawdot = true;
            dp = nd;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        sawdigits = true;
        if (c == '0' && nd == 0) {   /* leading zeros */
            dp--;
            continue;
        }
        nd++;
        if (nmant < 19) {
            d->mant = d->mant * 10 + (c - '0');
            nmant++;
        } else if (c != '0') {
            d->trunc = true;
        }
    }
    if (!sawdigits)
        return false;
    if (!sawdot)
        dp = nd;
    if (i < n) {
        if (s.ptr[i] != 'e' && s.ptr[i] != 'E')
            return false;
        if (++i < n && (s.ptr[i] == '+' || s.ptr[i] == '-'))
            i++;
        int esign = s.ptr[i - 1] == '-' ? -1 : 1, e = 0;
        if (i == n)
            return false;
        for (; i < n; i++) {
            uint8_t c = s.ptr[i];
            if (c < '0' || c > '9')
                return false;
            if (e < 10000)
                e = e * 10 + (c - '0');
        }
        dp += e * esign;
    }
    d->exp10 = d->mant != 0 ? dp - nmant : 0;
    return true;
}

/* mant * 10^exp10 as a correctly rounded float64 (mant != 0), or false
 * when the 128-bit product cannot tell. */
static bool eisel_lemire(uint64_t mant, int exp10, bool neg, double *out) {
    if (exp10 < RT_POW10_MIN || exp10 > 308)
        return false;
    const rt_pow10_128 *p = &rt_pow10_table[exp10 - RT_POW10_MIN];
    int clz = __builtin_clzll(mant);
    mant <<= clz;
    uint64_t exp2 = (uint64_t)(rt_floor_log2_pow10(exp10) + 64 + 1023 - clz);
    u128 x = (u128)mant * p->hi;
    uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
    /* The product of the top half may be short of the true one by up to
     * mant: when that could carry into the bits kept, add the lower half. */
    if ((hi & 0x1FF) == 0x1FF && lo + mant < mant) {
        u128 y = (u128)mant * p->lo;
        uint64_t yhi = (uint64_t)(y >> 64), ylo = (uint64_t)y;
        uint64_t mlo = lo + yhi, mhi = hi + (mlo < lo);
        if ((mhi & 0x1FF) == 0x1FF && mlo + 1 == 0 && ylo + mant < mant)
            return false;
        hi = mhi;
        lo = mlo;
    }
    uint64_t msb = hi >> 63;
    uint64_t m = hi >> (msb + 9);               /* 54 bits */
    exp2 -= 1 ^ msb;
    if (lo == 0 && (hi & 0x1FF) == 0 && (m & 3) == 1)
        return false;                            /* exactly halfway? */
    m = (m + (m & 1)) >> 1;
    if (m >> 53) {
        m >>= 1;
        exp2++;
    }
    if (exp2 - 1 >= 0x7FF - 1)
        return false;                            /* subnormal or too large */
    uint64_t bits = exp2 << 52 | (m & ((1ULL << 52) - 1)) | (uint64_t)neg << 63;
    memcpy(out, &bits, sizeof bits);
    return true;
}

static const double exact_pow10[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static bool fast_float(const decimal_text *d, int bitsize, double *out) {
    if (d->mant == 0 && !d->trunc) {
        *out = d->neg ? -0.0 : 0.0;
        return true;
    }
    if (!d->trunc && bitsize == 32 && d->mant < (1ULL << 24) && d->exp10 >= -10 && d->exp10 <= 10) {
        float f = (float)d->mant, p = (float)exact_pow10[d->exp10 < 0 ? -d->exp10 : d->exp10];
        f = d->exp10 < 0 ? f / p : f * p;
        *out = d->neg ? -f : f;
        return true;
    }
    if (bitsize == 32)
        return false;
    if (!d->trunc && d->mant < (1ULL << 53) && d->exp10 >= -22 && d->exp10 <= 22) {
        double f = (double)d->mant;
        f = d->exp10 < 0 ? f / exact_pow10[-d->exp10] : f * exact_pow10[d->exp10];
        *out = d->neg ? -f : f;
        return true;
    }
    double f, up;
    if (!eisel_lemire(d->mant, d->exp10, d->neg, &f))
        return false;
    if (d->trunc && !(eisel_lemire(d->mant + 1, d->exp10, d->neg, &up) && up == f))
        return false;
    *out = f;
    return true;
}

static uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

/* Go's underscoreOK: '_' only between digits, or between a base prefix
 * and a digit. */
static bool underscore_ok(rt_string s) {
    int64_t i = 0;
    char saw = '^';
    if (s.len > 0 && (s.ptr[0] == '+' || s.ptr[0] == '-'))
        i++;
    bool hex = false;
    if (s.len - i >= 2 && s.ptr[i] == '0' &&
        (lower(s.ptr[i + 1]) == 'b' || lower(s.ptr[i + 1]) == 'o' || lower(s.ptr[i + 1]) == 'x')) {
        hex = lower(s.ptr[i + 1]) == 'x';
        i += 2;
        saw = '0';
    }
    for (; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        if (isdigit(c) || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

static bool equal_fold(const uint8_t *p, int64_t n, const char *word) {
    return n == (int64_t)strlen(word) && strncasecmp((const char *)p, word, (size_t)n) == 0;
}

/* Checks s against Go's float syntax (readFloat and special in Go's
 * atof.go): [+-] then inf or infinity in any case, or nan without a
 * sign, or a decimal mantissa with an optional e exponent, or 0x and a
 * hex mantissa with a mandatory p exponent; '_' where underscore_ok allows
 * it. Copies s without underscores into clean, NUL-terminated. */
static bool go_syntax(rt_string s, char *clean) {
    int64_t i = 0, n = 0;
    if (i < s.len && (s.ptr[i] == '+' || s.ptr[i] == '-'))
        clean[n++] = (char)s.ptr[i++];
    if (equal_fold(s.ptr + i, s.len - i, "inf") || equal_fold(s.ptr + i, s.len - i, "infinity") ||
        (i == 0 && equal_fold(s.ptr, s.len, "nan"))) {
        memcpy(clean + n, s.ptr + i, (size_t)(s.len - i));
        clean[n + s.len - i] = 0;
        return true;
    }
    bool hex = s.len - i > 2 && s.ptr[i] == '0' && lower(s.ptr[i + 1]) == 'x';
    if (hex) {
        clean[n++] = '0';
        clean[n++] = 'x';
        i += 2;
    }
    bool underscores = false, sawdot = false, sawdigits = false;
    for (; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawdot)
                break;
            sawdot = true;
        } else if (isdigit(c) || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = true;
        } else {
            break;
        }
        clean[n++] = (char)c;
    }
    if (!sawdigits)
        return false;
    if (i < s.len && lower(s.ptr[i]) == (hex ? 'p' : 'e')) {
        clean[n++] = (char)s.ptr[i++];
        if (i < s.len && (s.ptr[i] == '+' || s.ptr[i] == '-'))
            clean[n++] = (char)s.ptr[i++];
        if (i >= s.len || !isdigit(s.ptr[i]))
            return false;
        for (; i < s.len && (isdigit(s.ptr[i]) || s.ptr[i] == '_'); i++) {
            if (s.ptr[i] == '_')
                underscores = true;
            else
                clean[n++] = (char)s.ptr[i];
        }
    } else if (hex) {
        return false;
    }
    clean[n] = 0;
    return i == s.len && (!underscores || underscore_ok(s));
}

/* Text go_syntax accepts, converted by the C library (correctly rounded,
 * hex floats included). Go's NaN has the bit pattern 0x7FF8000000000001. */
static double checked_strtod(rt_string s, int bitsize, int64_t *code) {
    char *clean = rt_alloc_noscan(s.len + 1);
    *code = 1;
    if (!go_syntax(s, clean))
        return 0;
    *code = 0;
    if (lower((uint8_t)clean[0]) == 'n') {
        uint64_t bits = 0x7FF8000000000001ULL;
        double nan;
        memcpy(&nan, &bits, sizeof nan);
        return bitsize == 32 ? (double)(float)nan : nan;
    }
    errno = 0;
    double v = bitsize == 32 ? (double)strtof(clean, NULL) : strtod(clean, NULL);
    if (errno == ERANGE && isinf(v))
        *code = 2;
    return v;
}

/* The value and, in *code, 0, 1 for a syntax error, or 2 when out of
 * range (the value is then ±Inf). */
double strconv_parseFloat(rt_string s, int64_t bitsize, int64_t *code) {
    decimal_text d;
    double v;
    if (read_decimal(s, &d) && fast_float(&d, (int)bitsize, &v)) {
        *code = 0;
        return v;
    }
    return checked_strtod(s, (int)bitsize, code);
}
