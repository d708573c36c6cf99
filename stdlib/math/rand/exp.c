/* goExp (declared in log.cs): e**x exactly as Go 1.19's math.Exp computes
 * it on amd64, for the ziggurat's and Zipf's acceptance tests and Zipf's
 * values, which must be Go's to the last bit.
 *
 * Go's assembly (math/exp_amd64.s) reduces x = k ln2 + r with ln2 split in
 * two, evaluates a Taylor polynomial at r/16, squares the result back up
 * four times and scales by 2**k. It has two paths, picked once by the CPU:
 * with AVX and FMA several steps are fused multiply-adds, which round once
 * instead of twice, so the results differ in the last bit. We pick the
 * same path by the same test (AVX needs the OS's support too, which
 * __builtin_cpu_supports checks like Go's internal/cpu), so a CS program
 * agrees with a Go program run on the same machine; fma() is the exactly
 * rounded fused operation whether or not the compiler targets FMA. The C
 * library's exp is a different algorithm: it differs in the last bit for
 * about one argument in eight. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rt.h"

#define LOG2E 1.4426950408889634073599246810018920
#define LN2U 0.69314718055966295651160180568695068359375        /* upper part of ln 2 */
#define LN2L 0.28235290563031577122588448175013436025525412068e-12 /* lower part */
#define OVERFLOW 7.09782712893384e+02

/* the Taylor coefficients 1/n!, n = 8 down to 1 */
static const double taylor[] = {
    2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
    8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1,
    0.5, 1.0,
};

static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }

/* CVTSD2SL: round to nearest even; out of range gives INT32_MIN */
static int32_t to_int32(double x)
{
    double r = nearbyint(x);
    return r >= -2147483648.0 && r < 2147483648.0 ? (int32_t)r : INT32_MIN;
}

/* exp(r) for the reduced r, with Go's plain or fused operations */
static double exp_reduced(double r, double k, bool fused)
{
    r = fused ? fma(-k, LN2U, r) : r - k * LN2U;
    r = fused ? fma(-k, LN2L, r) : r - k * LN2L;
    r *= 0.0625;
    double p = taylor[0];
    for (size_t i = 1; i < sizeof taylor / sizeof taylor[0]; i++)
        p = fused ? fma(r, p, taylor[i]) : p * r + taylor[i];
    r *= p;                       /* e**(r/16) - 1 */
    for (int i = 0; i < 3; i++)   /* (e**a - 1)(e**a + 1) = e**2a - 1 */
        r *= r + 2.0;
    return fused ? fma(r + 2.0, r, 1.0) : r * (r + 2.0) + 1.0;
}

/* fr * 2**k as Go's assembly scales it, through the subnormals to 0 */
static double scale(double fr, int32_t k)
{
    int32_t e = k + 0x3FF;
    if (e >= 0x7FF)
        return INFINITY;
    if (e > 0)
        return fr * from_bits((uint64_t)e << 52);
    if (e < -52)
        return 0;
    return fr * from_bits((uint64_t)(e + 0x3FE) << 52) * from_bits((uint64_t)1 << 52);
}

static bool use_fma(void)
{
    static int cached = -1;
    if (cached < 0)
        cached = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    return cached;
}

double math_rand_goExp(double x)
{
    if (isnan(x) || isinf(x))
        return x < 0 ? 0 : x;
    if (x > OVERFLOW)
        return INFINITY;
    int32_t k = to_int32(LOG2E * x);
    return scale(exp_reduced(x, k, use_fma()), k);
}
