/* math.Cbrt computed the way Go computes it (cbrt.go, from FreeBSD's
 * s_cbrt.c): a first guess from the exponent bits divided by 3, one
 * rational step to 25 bits, rounding to 23 bits, then a Newton step. Go's
 * result is not always libm's, and programs print it (Cbrt(27) is 3 in
 * both; about 8% of other arguments differ in the last ulp). */
#include <math.h>

#include "gomath.h"
#include "rt.h"

double math_Cbrt(double x)
{
    const uint64_t b1 = 715094163, b2 = 696219795;   /* (682 or 664 - 0.03306235651) * 2**20 */
    const double c = 5.42857142857142815906e-01, d = -7.05306122448979611050e-01,
                 e = 1.41428571428571436819e+00, f = 1.60714285714285720630e+00,
                 g = 3.57142857142857150787e-01;
    if (x == 0 || isnan(x) || isinf(x))
        return x;
    double a = fabs(x);
    double t = from_bits(to_bits(a) / 3 + (b1 << 32));
    if (a < 0x1p-1022) {                 /* subnormal: scale by 2**54 first */
        t = 0x1p54 * a;
        t = from_bits(to_bits(t) / 3 + (b2 << 32));
    }
    double r = t * t / a;
    double s = c + r * t;
    t *= g + f / (s + e + d / s);
    t = from_bits((to_bits(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
    s = t * t;                           /* exact */
    r = a / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return x < 0 ? -t : t;
}
