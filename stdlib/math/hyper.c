/* math.Sinh, Cosh, Tanh, Log10 and Log2 computed the way Go computes them
 * (sinh.go, tanh.go, log10.go) on top of Go's Exp and Log (explog.c), so
 * that results agree with Go bit for bit rather than with libm's. */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define INV_LN10 0x1.bcb7b1526e50ep-2           /* 1/ln(10), correctly rounded as Go's constant */
#define INV_LN2 0x1.71547652b82fep+0            /* 1/ln(2) */

double math_Sinh(double x)
{
    const double p0 = -0.6307673640497716991184787251e+6, p1 = -0.8991272022039509355398013511e+5,
                 p2 = -0.2894211355989563807284660366e+4, p3 = -0.2630563213397497062819489e+2;
    const double q0 = -0.6307673640497716991212077277e+6, q1 = 0.1521517378790019070696485176e+5,
                 q2 = -0.173678953558233699533450911e+3;
    double a = x < 0 ? -x : x, r;
    if (a > 21) {
        r = math_Exp(a) * 0.5;
    } else if (a > 0.5) {
        double ex = math_Exp(a);
        r = (ex - 1 / ex) * 0.5;
    } else {
        double sq = a * a;
        r = (((p3 * sq + p2) * sq + p1) * sq + p0) * a;
        r = r / (((sq + q2) * sq + q1) * sq + q0);
    }
    return x < 0 ? -r : r;
}

double math_Cosh(double x)
{
    x = fabs(x);
    if (x > 21)
        return math_Exp(x) * 0.5;
    double ex = math_Exp(x);
    return (ex + 1 / ex) * 0.5;
}

double math_Tanh(double x)
{
    const double p0 = -9.64399179425052238628e-1, p1 = -9.92877231001918586564e1,
                 p2 = -1.61468768441708447952e3;
    const double q0 = 1.12811678491632931402e2, q1 = 2.23548839060100448583e3,
                 q2 = 4.84406305325125486048e3;
    const double maxlog = 8.8029691931113054295988e+01;   /* log(2**127) */
    double z = fabs(x);
    if (z > 0.5 * maxlog)
        return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = math_Exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0)
        return x;
    double s = x * x;
    return x + x * s * ((p0 * s + p1) * s + p2) / (((s + q0) * s + q1) * s + q2);
}

double math_Log10(double x)
{
    return math_Log(x) * INV_LN10;
}

double math_Log2(double x)
{
    int exp;
    double frac = frexp(x, &exp);
    if (isinf(x) || isnan(x))
        exp = 0;                                /* Go's Frexp gives 0 there */
    if (frac == 0.5)
        return (double)(exp - 1);
    return math_Log(frac) * INV_LN2 + (double)exp;
}
