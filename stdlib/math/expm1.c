/* math.Expm1 and math.Exp2 computed the way Go computes them (expm1.go,
 * and exp.go's pure-Go exp2, which amd64 uses: only Exp has assembly), so
 * that results agree with Go bit for bit rather than with libm's.
 *
 * Both are FreeBSD's algorithms. Expm1 reduces x to r = x - k*ln2 with
 * |r| <= ln2/2, carrying the rounding error of r in c, approximates
 * e**r - 1 by a rational function of r*r, and puts 2**k back by adding k to
 * the exponent bits, choosing among several formulas by k so that no
 * cancellation loses the small result. Exp2 splits x = k + t, writes
 * 2**t as e**(t*ln2) with ln2 in two parts (hi, lo), and evaluates e**r on
 * the reduced argument as Go's expmulti does before scaling by Ldexp. */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define LN2_HI 6.93147180369123816490e-01   /* 0x3fe62e42fee00000 */
#define LN2_LO 1.90821492927058770002e-10   /* 0x3dea39ef35793c76 */

/* e**x - 1 for x = (hi - lo), |x| small, rounding error c; k as above. */
static double expm1_scaled(double x, double c, int k)
{
    const double q1 = -3.33333333333331316428e-02, q2 = 1.58730158725481460165e-03,
                 q3 = -7.93650757867487942473e-05, q4 = 4.00821782732936239552e-06,
                 q5 = -2.01099218183624371326e-07;
    double hfx = 0.5 * x, hxs = x * hfx;
    double r1 = 1 + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0)
        return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1)
        return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
    uint64_t scale = (uint64_t)k << 52;              /* k added to the exponent bits */
    if (k <= -2 || k > 56)
        return from_bits(to_bits(1 - (e - x)) + scale) - 1;
    if (k < 20) {
        double one_minus = from_bits(0x3ff0000000000000ull - (0x20000000000000ull >> k)); /* 1-2**-k */
        return from_bits(to_bits(one_minus - (e - x)) + scale);
    }
    double y = x - (e + from_bits((uint64_t)(0x3ff - k) << 52)) + 1;           /* 2**-k */
    return from_bits(to_bits(y) + scale);
}

double math_Expm1(double x)
{
    const double overflow = 7.09782712893383973096e+02, ln2x56 = 3.88162421113569373274e+01,
                 ln2half_x3 = 1.03972077083991796413e+00, ln2half = 3.46573590279972654709e-01,
                 inv_ln2 = 1.44269504088896338700e+00, tiny = 0x1p-54;
    if (isnan(x) || x == INFINITY)
        return x;
    if (x == -INFINITY)
        return -1;
    double a = fabs(x);
    if (a >= ln2x56) {
        if (x < 0)
            return -1;
        if (a >= overflow)
            return INFINITY;
    }
    if (a < tiny)
        return x;
    if (a <= ln2half)
        return expm1_scaled(x, 0, 0);
    double hi, lo;
    int k;
    if (a < ln2half_x3) {
        k = x < 0 ? -1 : 1;
        hi = x - k * LN2_HI;
        lo = k * LN2_LO;
    } else {
        k = (int)(inv_ln2 * x + (x < 0 ? -0.5 : 0.5));
        hi = x - k * LN2_HI;                             /* exact */
        lo = k * LN2_LO;
    }
    double r = hi - lo;
    return expm1_scaled(r, (hi - r) - lo, k);
}

double math_Exp2(double x)
{
    const double overflow = 1.0239999999999999e+03, underflow = -1.0740e+03;
    const double p1 = 1.66666666666666657415e-01, p2 = -2.77777777770155933842e-03,
                 p3 = 6.61375632143793436117e-05, p4 = -1.65339022054652515390e-06,
                 p5 = 4.13813679705723846039e-08;
    if (isnan(x) || x == INFINITY)
        return x;
    if (x == -INFINITY || x < underflow)
        return 0;
    if (x > overflow)
        return INFINITY;
    int k = x > 0 ? (int)(x + 0.5) : x < 0 ? (int)(x - 0.5) : 0;
    double t = x - k;
    double hi = t * LN2_HI, lo = -t * LN2_LO;
    double r = hi - lo, rr = r * r;
    double c = r - rr * (p1 + rr * (p2 + rr * (p3 + rr * (p4 + rr * p5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return math_Ldexp(y, k);
}
