/* math.Gamma and math.Lgamma computed the way Go computes them (gamma.go
 * from the Cephes library, lgamma.go from FreeBSD's e_lgamma_r.c), on top
 * of Go's Exp, Log, Pow and Sin (explog.c, pow.c, trig.c), so that results
 * agree with Go bit for bit rather than with libm's tgamma and lgamma.
 *
 * Gamma: Stirling's formula above 33 (with the reflection formula for
 * negative x), otherwise the argument is moved into [2, 3) by the
 * recurrence Gamma(x+1) = x*Gamma(x), accumulating the factor in z, and a
 * rational function approximates Gamma there.
 * Lgamma: log|Gamma(|x|)| by one of three polynomials below 2, a rational
 * function plus the recurrence's log below 8, an asymptotic series above;
 * negative x by reflection, log(pi/|x*sin(pi*x)|) - lgamma(-x), with
 * sin(pi*x) computed exactly at integers and halves (sin_pi). */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define PI 3.14159265358979323846264338327950288

/* ----------------------------------------------------------------- Gamma */

/* Gamma(x) = y1 * y2 by Stirling's formula, x > 33 (Go's stirling). */
static void stirling(double x, double *y1, double *y2)
{
    const double s0 = 7.87311395793093628397e-04, s1 = -2.29549961613378126380e-04,
                 s2 = -2.68132617805781232825e-03, s3 = 3.47222221605458667310e-03,
                 s4 = 8.33333333333482257126e-02;
    const double sqrt_two_pi = 2.506628274631000502417, max_stirling = 143.01608;
    if (x > 200) {
        *y1 = INFINITY, *y2 = 1;
        return;
    }
    double w = 1 / x;
    w = 1 + w * ((((s0 * w + s1) * w + s2) * w + s3) * w + s4);
    double e = math_Exp(x);
    *y2 = 1.0;
    if (x > max_stirling) {                  /* x**(x-0.5) would overflow */
        double v = math_Pow(x, 0.5 * x - 0.25);
        *y1 = v, *y2 = v / e;
    } else {
        *y1 = math_Pow(x, x - 0.5) / e;
    }
    *y2 = sqrt_two_pi * w * *y2;
}

/* Gamma(x) for x < -33 by reflection: pi / (|x| sin(pi x) Gamma(|x|)). */
static double gamma_neg_large(double q)
{
    double p = floor(q);
    int sign = ((int64_t)p & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
        p = p + 1;
        z = q - p;
    }
    z = q * math_Sin(PI * z);
    if (z == 0)
        return sign * INFINITY;
    double sq1, sq2;
    stirling(q, &sq1, &sq2);
    double absz = fabs(z), d = absz * sq1 * sq2;
    z = isinf(d) ? PI / absz / sq1 / sq2 : PI / d;
    return sign * z;
}

double math_Gamma(double x)
{
    const double euler = 0.57721566490153286060651209008240243104215933593992;
    static const double p[7] = {
        1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
        4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
        9.99999999999999996796e-01,
    };
    static const double q[8] = {
        -2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
        1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
        7.14304917030273074085e-02, 1.00000000000000000320e+00,
    };
    if (isnan(x) || (x < 0 && x == floor(x)))  /* NaN, negative integers, -Inf */
        return go_nan();
    if (x == INFINITY)
        return INFINITY;
    if (x == 0)
        return signbit(x) ? -INFINITY : INFINITY;
    if (fabs(x) > 33) {
        if (x < 0)
            return gamma_neg_large(-x);
        double y1, y2;
        stirling(x, &y1, &y2);
        return y1 * y2;
    }
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2)
        return z;
    x = x - 2;
    double pn = p[0], qn = q[0];
    for (int i = 1; i < 7; i++)
        pn = pn * x + p[i];
    for (int i = 1; i < 8; i++)
        qn = qn * x + q[i];
    return z * pn / qn;
small:
    if (x == 0)
        return INFINITY;
    return z / ((1 + euler * x) * x);
}

/* ---------------------------------------------------------------- Lgamma */

/* -sin(pi*x) for x >= 0, exact at integers (Go's sinPi). */
static double neg_sin_pi(double x)
{
    if (x < 0.25)
        return -math_Sin(PI * x);
    int n;
    if (floor(x) != x) {
        x = fmod(x, 2);
        n = (int)(x * 4);
    } else if (x >= 0x1p53) {                  /* an even integer */
        x = 0;
        n = 0;
    } else {
        double z = x < 0x1p52 ? x + 0x1p52 : x; /* exact: the low bit is x's parity */
        n = (int)(to_bits(z) & 1);
        x = n;
        n <<= 2;
    }
    switch (n) {
    case 0: x = math_Sin(PI * x); break;
    case 1: case 2: x = math_Cos(PI * (0.5 - x)); break;
    case 3: case 4: x = math_Sin(PI * (1 - x)); break;
    case 5: case 6: x = -math_Cos(PI * (x - 1.5)); break;
    default: x = math_Sin(PI * (x - 2)); break;
    }
    return -x;
}

/* log|Gamma(x)| for 0 < x < 2, x != 1 (three polynomials by interval). */
static double lgamma_below2(double x)
{
    static const double a[12] = {
        7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
        2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
        1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
        1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05,
    };
    static const double t[15] = {
        4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
        -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02,
        6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03,
        -1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04,
        3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04,
    };
    static const double u[6] = {
        -7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
        9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02,
    };
    static const double v[6] = {
        1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00,
        7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03,
    };
    /* Go's constant expressions over Ymin = 1.461632144968362245 and Tc,
     * evaluated exactly and then rounded, as Go does */
    const double ymin_m1_p27 = 0.731632144968362245, ymin_m1_m27 = 0.191632144968362245,
                 ymin_p27 = 1.731632144968362245, ymin_m27 = 1.191632144968362245;
    const double tc = 1.46163214496836224576e+00, tc_m1 = 0.46163214496836224576,
                 tf = -1.21486290535849611461e-01, tt = -3.63867699703950536541e-18;
    double r = 0, y;
    int i;
    if (x <= 0.9) {
        r = -math_Log(x);
        if (x >= ymin_m1_p27)
            y = 1 - x, i = 0;
        else if (x >= ymin_m1_m27)
            y = x - tc_m1, i = 1;
        else
            y = x, i = 2;
    } else {
        if (x >= ymin_p27)
            y = 2 - x, i = 0;
        else if (x >= ymin_m27)
            y = x - tc, i = 1;
        else
            y = x - 1, i = 2;
    }
    if (i == 0) {
        double z = y * y;
        double p1 = a[0] + z * (a[2] + z * (a[4] + z * (a[6] + z * (a[8] + z * a[10]))));
        double p2 = z * (a[1] + z * (a[3] + z * (a[5] + z * (a[7] + z * (a[9] + z * a[11])))));
        return r + ((y * p1 + p2) - 0.5 * y);
    }
    if (i == 1) {
        double z = y * y, w = z * y;
        double p1 = t[0] + w * (t[3] + w * (t[6] + w * (t[9] + w * t[12])));
        double p2 = t[1] + w * (t[4] + w * (t[7] + w * (t[10] + w * t[13])));
        double p3 = t[2] + w * (t[5] + w * (t[8] + w * (t[11] + w * t[14])));
        return r + (tf + (z * p1 - (tt - w * (p2 + y * p3))));
    }
    double p1 = y * (u[0] + y * (u[1] + y * (u[2] + y * (u[3] + y * (u[4] + y * u[5])))));
    double p2 = 1 + y * (v[1] + y * (v[2] + y * (v[3] + y * (v[4] + y * v[5]))));
    return r + (-0.5 * y + p1 / p2);
}

/* log|Gamma(x)| for 2 <= x < 8: a rational function of x's fraction y,
 * plus log((y+2)(y+3)...(y+i-1)) for x's integer part i. */
static double lgamma_below8(double x)
{
    static const double s[7] = {
        -7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
        1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
        3.19475326584100867617e-05,
    };
    static const double r[7] = {
        1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
        1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06,
    };
    int i = (int)x;
    double y = x - i;
    double p = y * (s[0] + y * (s[1] + y * (s[2] + y * (s[3] + y * (s[4] + y * (s[5] + y * s[6]))))));
    double q = 1 + y * (r[1] + y * (r[2] + y * (r[3] + y * (r[4] + y * (r[5] + y * r[6])))));
    double lg = 0.5 * y + p / q;
    if (i < 3)
        return lg;
    double z = 1.0;
    for (int k = i - 1; k >= 2; k--)          /* Go multiplies from the top factor down */
        z *= y + k;
    return lg + math_Log(z);
}

/* log|Gamma(x)| for 8 <= x < 2**58: the asymptotic series. */
static double lgamma_large(double x)
{
    static const double w[7] = {
        4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
        7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
        -1.63092934096575273989e-03,
    };
    double t = math_Log(x), z = 1 / x, y = z * z;
    double ws = w[0] + z * (w[1] + y * (w[2] + y * (w[3] + y * (w[4] + y * (w[5] + y * w[6])))));
    return (x - 0.5) * (t - 1) + ws;
}

double math_Lgamma(double x, int64_t *sign)
{
    *sign = 1;
    if (isnan(x) || isinf(x))
        return x;
    if (x == 0)
        return INFINITY;
    bool neg = x < 0;
    x = fabs(x);
    if (x < 0x1p-70) {
        if (neg)
            *sign = -1;
        return -math_Log(x);
    }
    double nadj = 0;
    if (neg) {
        if (x >= 0x1p52)                       /* a negative integer */
            return INFINITY;
        double t = neg_sin_pi(x);
        if (t == 0)
            return INFINITY;
        nadj = math_Log(PI / fabs(t * x));
        if (t < 0)
            *sign = -1;
    }
    double lg;
    if (x == 1 || x == 2)
        return 0;
    if (x < 2)
        lg = lgamma_below2(x);
    else if (x < 8)
        lg = lgamma_below8(x);
    else if (x < 0x1p58)
        lg = lgamma_large(x);
    else
        lg = x * (math_Log(x) - 1);
    return neg ? nadj - lg : lg;
}
