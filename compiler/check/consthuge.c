/* Exactness of integer constants beyond __int128.
 *
 * Untyped integer constants that leave __int128 (1 << 200) are held as
 * long double, whose 64-bit mantissa is exact for the powers of two and
 * short products such constants usually are. Go's constants are exact, so
 * every operation that builds such a value must be exact too: these
 * helpers compute it and say whether it was, and the caller reports a
 * value that was not as beyond csc's range rather than using a rounded one.
 * All inputs are integer-valued and finite; nothing here needs libm.
 */
#include "check.h"

static long double labs_ld(long double x) { return x < 0 ? -x : x; }

bool cs_const_int_to_float(__int128 x, long double *out)
{
    long double f = (long double)x;
    *out = f;
    if (f >= 0x1p127L || f < -0x1p127L) return false;   /* rounded up past the top */
    return (__int128)f == x;
}

/* x = m * 2^e with m odd (or 0); exact for integer-valued x. */
static unsigned __int128 odd_part(long double x)
{
    x = labs_ld(x);
    /* at 2^100 and above the 64-bit mantissa leaves at least 36 trailing
     * zero bits, so dividing by 2^32 stays integral and exact */
    while (x >= 0x1p100L) x /= 0x1p32L;
    unsigned __int128 m = (unsigned __int128)x;
    while (m && !(m & 1)) m >>= 1;
    return m;
}

bool cs_const_exact_add(long double x, long double y, long double *out)
{
    long double s = x + y;
    *out = s;
    long double big = labs_ld(x) >= labs_ld(y) ? x : y, small = big == x ? y : x;
    return !__builtin_isinf(s) && s - big == small;   /* Fast2Sum: the error is zero */
}

bool cs_const_exact_mul(long double x, long double y, long double *out)
{
    *out = x * y;
    if (__builtin_isinf(*out)) return false;
    unsigned __int128 p = odd_part(x) * odd_part(y);   /* each below 2^64 */
    return p < ((unsigned __int128)1 << 64);
}

/* Truncating division and remainder: q = trunc(x / y), r = x - q*y. */
bool cs_const_exact_divmod(long double x, long double y, long double *q, long double *r)
{
    long double t = x / y;
    if (labs_ld(t) < 0x1p100L) t = (long double)(__int128)t;   /* truncate toward zero */
    for (int tries = 0; tries < 3; tries++) {
        long double p, rem;
        if (!cs_const_exact_mul(t, y, &p) || !cs_const_exact_add(x, -p, &rem)) return false;
        bool wrong_sign = rem != 0 && ((rem < 0) != (x < 0));
        if (!wrong_sign && labs_ld(rem) < labs_ld(y)) {
            *q = t;
            *r = rem;
            return true;
        }
        /* the rounded quotient was one off: step toward the exact one */
        long double step = ((x < 0) != (y < 0)) ? -1 : 1, next;
        if (!cs_const_exact_add(t, wrong_sign ? -step : step, &next)) return false;
        t = next;
    }
    return false;
}
