/* math.Sin, Cos, Sincos and Tan computed the way Go computes them (sin.go,
 * tan.go, trig_reduce.go), so that results agree with Go bit for bit;
 * libm's correctly rounded sin differs from Go's in the last ulp for about a
 * quarter of arguments, and programs print these values.
 *
 * Algorithm: reduce |x| to z in [-Pi/4, Pi/4] and an octant j, then use
 * the Cephes polynomials. Below 2**29 the reduction subtracts j*Pi/4 in
 * three parts (Cody-Waite); above, it multiplies by 4/Pi held to 1280 bits
 * (Payne-Hanek). Go does not contract a*b+c into an FMA on amd64, and
 * neither does this file (no -mfma), so each step rounds as Go's does. */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define PI4A 7.85398125648498535156e-1    /* Pi/4 in three parts */
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define REDUCE_THRESHOLD 536870912.0     /* 1 << 29 */

static const double sin_coef[6] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
static const double tan_p[3] = {
    -1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7,
};
static const double tan_q[5] = {
    1.00000000000000000000e0, 1.36812963470692954678e4, -1.32089234440210967447e6,
    2.50083801823357915839e7, -5.38695755929454629881e7,
};
static const double cos_coef[6] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

/* 4/Pi in binary, 64 bits a word, from its most significant bit on. */
static const uint64_t four_over_pi[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

/* Go's shifts: a count of 64 or more gives 0 (C leaves it undefined). */
static uint64_t shl(uint64_t v, unsigned n) { return n < 64 ? v << n : 0; }
static uint64_t shr(uint64_t v, unsigned n) { return n < 64 ? v >> n : 0; }

/* Payne-Hanek: x (finite, >= 2**29) as j*Pi/4 + z, j in 0..7. */
static double reduce_large(double x, uint64_t *octant)
{
    uint64_t ix = to_bits(x);
    int exp = (int)((ix >> 52) & 0x7ff) - 1023 - 52;
    ix = (ix & ((1ull << 52) - 1)) | (1ull << 52);
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    uint64_t w[3];
    for (int k = 0; k < 3; k++)
        w[k] = shl(four_over_pi[digit + k], bitshift) | shr(four_over_pi[digit + k + 1], 64 - bitshift);
    unsigned __int128 p2 = (unsigned __int128)w[2] * ix, p1 = (unsigned __int128)w[1] * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t lo = z1lo + z2hi;
    uint64_t hi = w[0] * ix + z1hi + (lo < z1lo);
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)(1023 - (lz + 1));
    hi = shl(hi, lz + 1) | shr(lo, 64u - (lz + 1));   /* 64-65 wraps: 0, as in Go */
    hi >>= 64 - 52;
    hi |= e << 52;
    double z = from_bits(hi);
    if (j & 1) {
        j = (j + 1) & 7;
        z--;
    }
    *octant = j;
    return z * (M_PI / 4);
}

/* |x| as j*Pi/4 + z, with j even and reduced to 0..7. */
static double reduce(double x, uint64_t *octant)
{
    if (x >= REDUCE_THRESHOLD)
        return reduce_large(x, octant);
    uint64_t j = (uint64_t)(x * (4 / M_PI));
    double y = (double)j;
    if (j & 1) {
        j++;
        y++;
    }
    *octant = j & 7;
    return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double sin_poly(double z, double zz)
{
    return z + z * zz * ((((((sin_coef[0] * zz) + sin_coef[1]) * zz + sin_coef[2]) * zz + sin_coef[3]) * zz +
                          sin_coef[4]) * zz + sin_coef[5]);
}

static double cos_poly(double zz)
{
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_coef[0] * zz) + cos_coef[1]) * zz + cos_coef[2]) * zz +
                                         cos_coef[3]) * zz + cos_coef[4]) * zz + cos_coef[5]);
}

double math_Sin(double x)
{
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    bool neg = x < 0;
    uint64_t j;
    double z = reduce(fabs(x), &j);
    if (j > 3) {
        neg = !neg;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return neg ? -y : y;
}

double math_Cos(double x)
{
    if (isnan(x) || isinf(x))
        return go_nan();
    bool neg = false;
    uint64_t j;
    double z = reduce(fabs(x), &j);
    if (j > 3) {
        j -= 4;
        neg = !neg;
    }
    if (j > 1)
        neg = !neg;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return neg ? -y : y;
}

double math_Sincos(double x, double *cos_)
{
    *cos_ = math_Cos(x);
    return math_Sin(x);
}

double math_Tan(double x)
{
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    uint64_t j;
    double z = reduce(fabs(x), &j), y = z;
    double zz = z * z;
    if (zz > 1e-14)
        y = z + z * (zz * (((tan_p[0] * zz) + tan_p[1]) * zz + tan_p[2]) /
                     ((((zz + tan_q[1]) * zz + tan_q[2]) * zz + tan_q[3]) * zz + tan_q[4]));
    if (j & 2)
        y = -1 / y;
    return x < 0 ? -y : y;
}
