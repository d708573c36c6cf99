/* math.Pow computed the way Go computes it (pow.go), so that results agree
 * with Go bit for bit: libm's pow is correctly rounded, Go's is not, and
 * they differ in the last ulp for most arguments (Pow(1.05, 10) prints
 * differently).
 *
 * Go splits y into integer and fraction parts: x**yf comes from
 * Exp(yf*Log(x)) and x**yi from repeated squaring of x's mantissa with the
 * binary exponents summed separately, scaled by Ldexp at the end. Exp
 * and Log are Go's too (explog.c). */
#include <math.h>

#include "gomath.h"
#include "rt.h"

double math_Pow(double x, double y);

/* Whether y is an odd integer (Go's isOddInt). */
static bool odd_int(double y)
{
    if (fabs(y) >= 9007199254740992.0)   /* 2**53: every such double is even */
        return false;
    double i;
    double f = modf(y, &i);
    return f == 0 && ((int64_t)i & 1) == 1;
}

/* Go's answers for the special cases; false when there is none. */
static bool pow_special(double x, double y, double *r)
{
    if (y == 0 || x == 1) *r = 1;
    else if (y == 1) *r = x;
    else if (isnan(x) || isnan(y)) *r = go_nan();
    else if (x == 0) {
        if (y < 0) *r = odd_int(y) ? copysign(INFINITY, x) : INFINITY;
        else *r = odd_int(y) ? x : 0;
    } else if (isinf(y)) {
        if (x == -1) *r = 1;
        else *r = (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    } else if (isinf(x)) {
        if (x < 0) *r = math_Pow(1 / x, -y);
        else *r = y < 0 ? 0 : INFINITY;
    } else if (y == 0.5) *r = sqrt(x);
    else if (y == -0.5) *r = 1 / sqrt(x);
    else return false;
    return true;
}

double math_Pow(double x, double y)
{
    double r;
    if (pow_special(x, y, &r))
        return r;
    double yi, yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return go_nan();
    if (yi >= 9223372036854775808.0) {   /* 2**63: a huge even power */
        if (x == -1)
            return 1;
        return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    }
    double a1 = 1.0;                      /* the answer is a1 * 2**ae */
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = math_Exp(yf * math_Log(x));
    }
    int xe_i;
    double x1 = frexp(x, &xe_i);
    int64_t xe = xe_i;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {   /* over/underflows anyway */
            ae += xe;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return math_Ldexp(a1, ae);
}
