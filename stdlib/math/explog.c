/* math.Exp and math.Log computed the way Go computes them on amd64 (its
 * exp_amd64.s and log_amd64.s), so that results agree with Go bit for bit:
 * libm's are correctly rounded and Go's are not (about 13% of Exp and 4%
 * of Log results differed in the last ulp). Pow's fractional part uses them.
 *
 * Exp: k = round(x*log2(e)); r = (x - k*ln2)/16; e**r - 1 by a Taylor
 * polynomial, squared four times ((1+p)**2 - 1 = p*(p+2)), then scaled by
 * 2**k. Go takes an FMA path when the CPU has AVX and FMA, so this file does
 * the same with fma(), which rounds once exactly as the instruction does
 * (compiled for FMA, so it is that instruction).
 * Log: the FreeBSD algorithm over the raw exponent and mantissa bits (like
 * Go's assembly it does not normalise subnormals). */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define LOG2E 1.4426950408889634073599246810018920
#define LN2U 0.69314718055966295651160180568695068359375       /* ln 2, upper part */
#define LN2L 0.28235290563031577122588448175013436025525412068e-12 /* and lower */
#define EXP_OVERFLOW 7.09782712893384e+02

static const double exp_taylor[8] = {   /* 1/8! .. 1/3!, then 1/2 and 1 */
    2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
    8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0,
};

static bool has_fma(void)
{
    static int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        cached = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    }
    return cached;
}

/* e**x - 1 for the reduced x, |x| <= ln2/32. */
static inline __attribute__((always_inline)) double expm1_reduced(double r, bool fused)
{
    double p = exp_taylor[0];
    for (int i = 1; i < 8; i++)
        p = fused ? __builtin_fma(r, p, exp_taylor[i]) : p * r + exp_taylor[i];
    r *= p;
    for (int i = 0; i < 3; i++)
        r *= r + 2.0;
    return fused ? __builtin_fma(r + 2.0, r, 1.0) : r * (r + 2.0) + 1.0;
}

/* Exp of a finite x below the overflow bound. Inlined into the two
 * variants below with fused a constant, so each is straight-line code; in
 * exp_fused every fma is one VFMADD instruction, not a libm call (no
 * expression there has the a*b+c shape that -ffp-contract could fuse on
 * its own, so both variants round exactly as written). */
static inline __attribute__((always_inline)) double exp_finite(double x, bool fused)
{
    double kx = x * LOG2E;
    if (kx < -2147483648.0)
        return 0;
    int32_t k = (int32_t)nearbyint(kx);       /* CVTSD2SL rounds to nearest even */
    double r = fused ? __builtin_fma(-(double)k, LN2U, x) : x - (double)k * LN2U;
    r = fused ? __builtin_fma(-(double)k, LN2L, r) : r - (double)k * LN2L;
    double fr = expm1_reduced(r * 0.0625, fused);
    int64_t be = (int64_t)k + 0x3FF;          /* biased exponent */
    if (be >= 0x7FF)
        return INFINITY;
    if (be > 0)
        return fr * from_bits((uint64_t)be << 52);
    if (be < -52)
        return 0;
    fr *= from_bits((uint64_t)(be + 0x3FE) << 52);
    return fr * from_bits(1ull << 52);
}

__attribute__((target("fma"))) static double exp_fused(double x) { return exp_finite(x, true); }
static double exp_unfused(double x) { return exp_finite(x, false); }

double math_Exp(double x)
{
    if (isnan(x) || isinf(x))
        return isinf(x) && x < 0 ? 0 : x;
    if (x > EXP_OVERFLOW)
        return INFINITY;
    return has_fma() ? exp_fused(x) : exp_unfused(x);
}

#define LN2HI 6.93147180369123816490e-01
#define LN2LO 1.90821492927058770002e-10
#define HSQRT2 7.07106781186547524401e-01

double math_Log(double x)
{
    uint64_t bits = to_bits(x);
    if ((bits & ~(1ull << 63)) == 0)
        return -INFINITY;
    if (bits >> 63)
        return go_nan();
    if (bits >= 0x7FF0000000000000ull)
        return x;
    double f1 = from_bits((bits & 0x000FFFFFFFFFFFFFull) | 0x3FE0000000000000ull);
    double k = (double)((int)((bits >> 52) & 0x7FF) - 0x3FE);
    if (!(HSQRT2 < f1)) {                     /* CMPSD not-less-than */
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (0.6666666666666735130 + s4 * (2.857142874366239149e-01 + s4 * (1.818357216161805012e-01 + s4 * 1.479819860511658591e-01)));
    double t2 = s4 * (3.999999999940941908e-01 + s4 * (2.222219843214978396e-01 + s4 * 1.531383769920937332e-01));
    double hfsq = 0.5 * f * f;
    return k * LN2HI - ((hfsq - (s * (hfsq + (t1 + t2)) + k * LN2LO)) - f);
}
