/* The C half of package math (math.cs): thin wrappers over libm for the
 * exactly rounded operations (Sqrt, Floor, Mod, FMA, ...), where any
 * correct algorithm gives Go's bits, plus the functions whose special
 * cases differ from C's (Max/Min propagate NaN and order -0 below +0,
 * where fmax/fmin would drop the NaN; Dim, Nextafter, Modf, Ilogb). Every
 * transcendental function is computed as Go computes it, in its own file:
 * Sin, Cos, Sincos and Tan (trig.c), Atan, Asin, Acos, Atan2 (atan.c), Pow
 * (pow.c), Cbrt (cbrt.c), Exp and Log (explog.c), Sinh, Cosh, Tanh, Log10
 * and Log2 (hyper.c), Hypot (hypot.c), Expm1 and Exp2 (expm1.c), Log1p,
 * Asinh, Acosh and Atanh (log1p.c), Gamma and Lgamma (gamma.c), Erf, Erfc,
 * Erfinv and Erfcinv (erf.c), the Bessel functions J0, J1, Jn, Y0, Y1 and
 * Yn (bessel.c). */
#include <math.h>

#include "gomath.h"
#include "rt.h"

double math_Sqrt(double x) { return sqrt(x); }
double math_Floor(double x) { return floor(x); }
double math_Ceil(double x) { return ceil(x); }
double math_Trunc(double x) { return trunc(x); }
double math_Round(double x) { return round(x); }
double math_Copysign(double x, double y) { return copysign(x, y); }
double math_FMA(double x, double y, double z) { return fma(x, y, z); }

/* Exact, like Go's; Go's NaN where x is infinite or y is 0. */
double math_Mod(double x, double y)
{
    return isinf(x) || y == 0 || x != x || y != y ? go_nan() : fmod(x, y);
}

double math_Remainder(double x, double y)
{
    return isinf(x) || y == 0 || x != x || y != y ? go_nan() : remainder(x, y);
}

/* Go's x - y clamped below at +0: NaN when x - y is (Inf - Inf), where
 * fdim gives 0. */
double math_Dim(double x, double y)
{
    double v = x - y;
    return v <= 0 ? 0 : v;
}

/* Go's Nextafter: x when x == y (nextafter gives y, so 0 towards -0 was
 * -0). */
double math_Nextafter(double x, double y)
{
    if (x != x || y != y)
        return go_nan();
    if (x == y)
        return x;
    if (x == 0)
        return copysign(4.9406564584124654e-324, y);
    return from_bits((y > x) == (x > 0) ? to_bits(x) + 1 : to_bits(x) - 1);
}

float math_Nextafter32(float x, float y)
{
    if (x != x || y != y)
        return NAN;
    if (x == y)
        return x;
    if (x == 0)
        return copysignf(1.4e-45f, y);
    uint32_t b;
    memcpy(&b, &x, 4);
    b = (y > x) == (x > 0) ? b + 1 : b - 1;
    memcpy(&x, &b, 4);
    return x;
}

/* The binary exponent; Go's answers for 0, Inf and NaN (MinInt32,
 * MaxInt32, MaxInt32) differ from ilogb's FP_ILOGB0 and FP_ILOGBNAN. */
int64_t math_Ilogb(double x)
{
    if (x == 0)
        return INT32_MIN;
    if (x != x || isinf(x))
        return INT32_MAX;
    return ilogb(x);
}

double math_Logb(double x)
{
    if (x == 0)
        return -INFINITY;
    if (isinf(x))
        return INFINITY;
    if (x != x)
        return x;
    return ilogb(x);
}

double math_Abs(double x) { return fabs(x); }

double math_Max(double x, double y) {
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (x != x || y != y) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

double math_Min(double x, double y) {
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (x != x || y != y) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

double math_Inf(int64_t sign) { return sign >= 0 ? INFINITY : -INFINITY; }
double math_NaN(void) { return go_nan(); }
bool math_IsNaN(double f) { return f != f; }
bool math_IsInf(double f, int64_t sign) {
    return (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
}
bool math_Signbit(double x) { return signbit(x) != 0; }
double math_RoundToEven(double x) { return nearbyint(x); }     /* default mode: ties to even */

uint64_t math_Float64bits(double f) { uint64_t b; memcpy(&b, &f, 8); return b; }
double math_Float64frombits(uint64_t b) { double f; memcpy(&f, &b, 8); return f; }
uint32_t math_Float32bits(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
float math_Float32frombits(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }

/* Go gives the fraction of +-Inf as Inf - Inf, the CPU's NaN (sign bit
 * set), negated for -Inf; modf gives +-0. */
double math_Modf(double f, double *frac) {
    if (isinf(f)) {
        *frac = from_bits(f > 0 ? 0xfff8000000000000ull : 0x7ff8000000000000ull);
        return f;
    }
    double ip;
    *frac = modf(f, &ip);
    return ip;
}

double math_Frexp(double f, int64_t *exp) {
    int e = 0;
    double fr = frexp(f, &e);
    *exp = e;
    return fr;
}

double math_Ldexp(double frac, int64_t exp) {
    return ldexp(frac, exp > 100000 ? 100000 : exp < -100000 ? -100000 : (int)exp);
}

/* 10**n as Go computes it (a product or quotient of two exact powers, so
 * the last bit matches Go's rather than strtod's correctly rounded one):
 * +Inf above 308, 0 below -323. */
double math_Pow10(int64_t n) {
    static const double small[32] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    };
    static const double pos32[] = {1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
    static const double neg32[] = {1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
    if (n >= 0 && n <= 308)
        return pos32[n / 32] * small[n % 32];
    if (n < 0 && n >= -323)
        return neg32[-n / 32] / small[-n % 32];
    return n > 0 ? INFINITY : 0;
}
