/* math.Log1p and the inverse hyperbolic functions built on it and on Log
 * (Asinh, Acosh, Atanh), computed the way Go computes them (log1p.go,
 * asinh.go, acosh.go, atanh.go), so that results agree with Go bit for bit
 * rather than with libm's.
 *
 * Log1p is FreeBSD's: 1+x = 2**k * (1+f) with sqrt(2)/2 < 1+f < sqrt(2),
 * the rounding error of forming 1+x kept in c, and log(1+f) from
 * s = f/(2+f) by a polynomial in s*s; k*ln2 is added in two parts. The
 * others are Go's short formulas over Log (explog.c, Go's amd64 assembly
 * algorithm), Log1p and an exact Sqrt. */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define LN2 0.693147180559945309417232121458176568

/* log(1+f) for the reduced f; k, c and iu as in math_Log1p (iu == 0 when
 * |f| < 2**-20 and the short series suffices). */
static double log1p_reduced(double f, int k, double c, uint64_t iu)
{
    const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
    const double lp1 = 6.666666666666735130e-01, lp2 = 3.999999999940941908e-01,
                 lp3 = 2.857142874366239149e-01, lp4 = 2.222219843214978396e-01,
                 lp5 = 1.818357216161805012e-01, lp6 = 1.531383769920937332e-01,
                 lp7 = 1.479819860511658591e-01;
    double hfsq = 0.5 * f * f;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0)
                return 0;
            c += k * ln2_lo;
            return k * ln2_hi + c;
        }
        double r = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0)
            return f - r;
        return k * ln2_hi - ((r - (k * ln2_lo + c)) - f);
    }
    double s = f / (2.0 + f), z = s * s;
    double r = z * (lp1 + z * (lp2 + z * (lp3 + z * (lp4 + z * (lp5 + z * (lp6 + z * lp7))))));
    if (k == 0)
        return f - (hfsq - s * (hfsq + r));
    return k * ln2_hi - ((hfsq - (s * (hfsq + r) + (k * ln2_lo + c))) - f);
}

double math_Log1p(double x)
{
    const double sqrt2m1 = 4.142135623730950488017e-01, sqrt2half_m1 = -2.928932188134524755992e-01;
    if (x < -1 || isnan(x))
        return go_nan();
    if (x == -1)
        return -INFINITY;
    if (x == INFINITY)
        return INFINITY;
    double a = fabs(x);
    if (a < sqrt2m1) {
        if (a < 0x1p-29)
            return a < 0x1p-54 ? x : x - x * x * 0.5;
        if (x > sqrt2half_m1)
            return log1p_reduced(x, 0, 0, 1);   /* 1+x already in range */
    }
    double u = x, c = 0;
    if (a < 0x1p53) {
        u = 1.0 + x;
        c = to_bits(u) >> 52 > 1023 ? 1.0 - (u - x) : x - (u - 1.0);
        c /= u;
    }
    uint64_t iu = to_bits(u);
    int k = (int)((iu >> 52) - 1023);
    iu &= 0x000fffffffffffffull;
    if (iu < 0x0006a09e667f3bcdull) {         /* mantissa below sqrt(2)'s */
        u = from_bits(iu | 0x3ff0000000000000ull);
    } else {
        k++;
        u = from_bits(iu | 0x3fe0000000000000ull);
        iu = (0x0010000000000000ull - iu) >> 2;
    }
    return log1p_reduced(u - 1.0, k, c, iu);
}

double math_Asinh(double x)
{
    if (isnan(x) || isinf(x))
        return x;
    double a = x < 0 ? -x : x, r;          /* not fabs: -0 stays -0, as in Go */
    if (a > 0x1p28)
        r = math_Log(a) + LN2;
    else if (a > 2)
        r = math_Log(2 * a + 1 / (sqrt(a * a + 1) + a));
    else if (a < 0x1p-28)
        r = a;
    else
        r = math_Log1p(a + a * a / (1 + sqrt(1 + a * a)));
    return x < 0 ? -r : r;
}

double math_Acosh(double x)
{
    if (x < 1 || isnan(x))
        return go_nan();
    if (x == 1)
        return 0;
    if (x >= 0x1p28)
        return math_Log(x) + LN2;
    if (x > 2)
        return math_Log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return math_Log1p(t + sqrt(2 * t + t * t));
}

double math_Atanh(double x)
{
    if (x < -1 || x > 1 || isnan(x))
        return go_nan();
    if (x == 1 || x == -1)
        return copysign(INFINITY, x);
    double a = x < 0 ? -x : x, r;          /* not fabs: -0 stays -0 */
    if (a < 0x1p-28) {
        r = a;
    } else if (a < 0.5) {
        r = a + a;
        r = 0.5 * math_Log1p(r + r * a / (1 - a));
    } else {
        r = 0.5 * math_Log1p((a + a) / (1 - a));
    }
    return x < 0 ? -r : r;
}
