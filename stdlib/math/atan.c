/* math.Atan, Asin, Acos and Atan2 computed the way Go computes them
 * (atan.go, asin.go, atan2.go: the Cephes rational approximation after
 * reducing the argument to [0, 0.66]), so that results agree with Go bit
 * for bit; libm's differ in the last ulp for about a quarter of arguments.
 * The constants Pi/2, Pi/4 and 3*Pi/4 are exact in C as written, and no
 * a*b+c is contracted into an FMA (no -mfma), as in Go on amd64. */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define MOREBITS 6.123233995736765886130e-17    /* Pi/2 = M_PI_2 + MOREBITS */
#define TAN3PIO8 2.41421356237309504880         /* tan(3*Pi/8) */

/* atan(x) for x in [0, 0.66]. */
static double atan_core(double x)
{
    const double p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01,
                 p2 = -7.500855792314704667340e+01, p3 = -1.228866684490136173410e+02,
                 p4 = -6.485021904942025371773e+01;
    const double q0 = 2.485846490142306297962e+01, q1 = 1.650270098316988542046e+02,
                 q2 = 4.328810604912902668951e+02, q3 = 4.853903996359136964868e+02,
                 q4 = 1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
    return x * z + x;
}

/* atan(x) for x >= 0, reduced into atan_core's range. */
static double atan_pos(double x)
{
    if (x <= 0.66)
        return atan_core(x);
    if (x > TAN3PIO8)
        return M_PI / 2 - atan_core(1 / x) + MOREBITS;
    return M_PI / 4 + atan_core((x - 1) / (x + 1)) + 0.5 * MOREBITS;
}

double math_Atan(double x)
{
    if (x == 0)
        return x;
    return x > 0 ? atan_pos(x) : -atan_pos(-x);
}

double math_Asin(double x)
{
    if (x == 0)
        return x;
    double a = fabs(x);
    if (a > 1)
        return go_nan();
    double t = sqrt(1 - a * a);
    t = a > 0.7 ? M_PI / 2 - atan_pos(t / a) : atan_pos(a / t);
    return x < 0 ? -t : t;
}

double math_Acos(double x)
{
    return M_PI / 2 - math_Asin(x);
}

double math_Atan2(double y, double x)
{
    if (isnan(y) || isnan(x))
        return go_nan();
    if (y == 0)
        return copysign(x >= 0 && !signbit(x) ? 0 : M_PI, y);
    if (x == 0)
        return copysign(M_PI / 2, y);
    if (isinf(x)) {
        if (x > 0)
            return copysign(isinf(y) ? M_PI / 4 : 0, y);
        return copysign(isinf(y) ? 3 * M_PI / 4 : M_PI, y);
    }
    if (isinf(y))
        return copysign(M_PI / 2, y);
    double q = math_Atan(y / x);
    if (x < 0)
        return q <= 0 ? q + M_PI : q - M_PI;
    return q;
}
