/* float_shortest.c: the shortest decimal that reads back as a binary
 * float, by Giulietti's Schubfach method (the scheme of Java's
 * Double.toString since JDK 19): no loop over candidate lengths, three
 * 128x64-bit multiplications per value.
 *
 * v = c*2^q lies in the rounding interval of all reals that round to it
 * (closed when c is even, as Go's and IEEE's ties-to-even make it); in
 * units of 2^(q-2) its bounds are 4c-2 (4c-1 when lopsided: v is a power
 * of two, the next value below it is half as far as the next above) and
 * 4c+2. k is chosen so that 10^k <= 2^q < 10^(k+1) (3/4 of 2^q when
 * lopsided): scaled by 10^-k the interval is under 10 units wide, so it
 * holds at most one multiple of 10; when it holds exactly one, that is
 * the shortest decimal (one digit less, trailing zeros removed later).
 * Otherwise the shortest has the length of floor(v*10^-k), and the
 * candidates are it and its successor: the one inside, or when both are,
 * the one closer to v (ties to even).
 * The scaled bounds 4*v*10^-k etc. are floor(g*cp / 2^128) with g the
 * 128-bit power of ten rounded up, the lost bits "rounded to odd" into
 * the last bit, which keeps every comparison above exact (Giulietti's
 * proof). float32 values go through the same code with their own c and q;
 * tests/golden/strconv/float_golden.cs checks both against Go.
 */
#include "float_internal.h"

typedef unsigned __int128 u128;

/* floor(log10(2^e)) and floor(log10(3/4 * 2^e)) for |e| <= 2620 */
static int floor_log10_pow2(int e) { return (e * 1262611) >> 22; }
static int floor_log10_three_quarters_pow2(int e) { return (e * 1262611 - 524031) >> 22; }

/* g*cp / 2^128, rounded to odd: the last bit says whether bits were lost. */
static uint64_t round_to_odd(u128 g, uint64_t cp) {
    u128 x = (g & UINT64_MAX) * (u128)cp;
    u128 y = (g >> 64) * (u128)cp + (x >> 64);
    return (uint64_t)(y >> 64) | ((uint64_t)y > 1);
}

/* The decimal of at most one digit more than needed that Schubfach
 * picks: c*2^q ~ result * 10^*k. */
static uint64_t schubfach(uint64_t c, int q, bool lower_closer, int *k_out) {
    bool even = (c & 1) == 0;
    uint64_t cbl = 4 * c - 2 + lower_closer, cb = 4 * c, cbr = 4 * c + 2;
    int k = lower_closer ? floor_log10_three_quarters_pow2(q) : floor_log10_pow2(q);
    int h = q + rt_floor_log2_pow10(-k) + 1;     /* 1..4, so cbr << h < 2^64 */
    const rt_pow10_128 *p = &rt_pow10_table[-k - RT_POW10_MIN];
    u128 g = ((u128)p->hi << 64 | p->lo) + (-k < 0 || -k > 55);
    uint64_t vbl = round_to_odd(g, cbl << h);
    uint64_t vb = round_to_odd(g, cb << h);
    uint64_t vbr = round_to_odd(g, cbr << h);
    uint64_t lower = vbl + !even, upper = vbr - !even;
    uint64_t s = vb / 4;
    *k_out = k;
    if (s >= 10) {
        uint64_t sp = s / 10;
        bool up_inside = lower <= 40 * sp, wp_inside = 40 * sp + 40 <= upper;
        if (up_inside != wp_inside) {
            *k_out = k + 1;
            return sp + wp_inside;
        }
    }
    bool u_inside = lower <= 4 * s, w_inside = 4 * s + 4 <= upper;
    if (u_inside != w_inside)
        return s + w_inside;
    uint64_t mid = 4 * s + 2;
    return s + (vb > mid || (vb == mid && (s & 1) != 0));
}

uint64_t rt_float_shortest(uint64_t c, int q, bool lower_closer, int *exp10) {
    uint64_t digits = schubfach(c, q, lower_closer, exp10);
    while (digits % 10 == 0) {
        digits /= 10;
        (*exp10)++;
    }
    return digits;
}
