/* float_internal.h: the pieces float formatting (runtime/format.c) and
 * float parsing (stdlib/strconv) share: a table of 128-bit powers of ten
 * and the shortest-digits conversion.
 *
 * rt_pow10_table[e - RT_POW10_MIN] is 10^e as a 128-bit mantissa with its
 * top bit set, rounded down: 10^e = (hi:lo + f) * 2^(rt_floor_log2_pow10(e)
 * - 127) with 0 <= f < 1, and f == 0 exactly when 0 <= e <= 55 (5^55 is
 * the largest power of five below 2^128). Eisel-Lemire parsing wants the
 * rounded-down value, Schubfach formatting the rounded-up one (+1 where
 * inexact). The range covers both: doubles need 10^-342 (below that any
 * decimal rounds to zero) to 10^324 (Schubfach's 10^-k for subnormals).
 */
#ifndef RT_FLOAT_INTERNAL_H
#define RT_FLOAT_INTERNAL_H

#include "value_internal.h"

#define RT_POW10_MIN (-342)
#define RT_POW10_MAX 324

typedef struct rt_pow10_128 {
    uint64_t hi, lo;
} rt_pow10_128;

RT_INTERNAL extern const rt_pow10_128 rt_pow10_table[RT_POW10_MAX - RT_POW10_MIN + 1];

/* floor(log2(10^e)) for |e| <= 1233. */
static inline int rt_floor_log2_pow10(int e) { return (e * 1741647) >> 19; }

/* The shortest decimal digits*10^*exp10 that rounds back to c*2^q (c > 0)
 * in the binary format c came from, the one closest to c*2^q among the
 * shortest (ties to even digits); trailing zeros removed from digits.
 * lower_closer: c*2^q is a power of two above the smallest normal, so the
 * next value below it is half as far away as the next one above.
 * Works for float64 (c < 2^53) and float32 (c < 2^24) alike. */
RT_INTERNAL uint64_t rt_float_shortest(uint64_t c, int q, bool lower_closer, int *exp10);

#endif
