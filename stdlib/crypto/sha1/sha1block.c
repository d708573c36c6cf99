/* The SHA-1 compression function (FIPS 180-4, 6.1.2) for sha1.cs; the
 * buffering and padding are crypto/internal/blockhash's. Words are
 * big-endian; each quarter of the 80 steps has its own mixing function
 * and constant. */
#include <stdint.h>

#include "rt.h"

static const uint32_t K[4] = {0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6};

static uint32_t rotl(uint32_t x, int n) { return x << n | x >> (32 - n); }

/* One step: gcc keeps the five variables in registers when each
 * quarter's mixing function and constant are fixed in its own loop
 * (one loop with a switch on t / 20 branched every step). */
#define STEP(f, k)                                          \
    do {                                                    \
        uint32_t tmp = rotl(a, 5) + (f) + e + (k) + w[t];   \
        e = d;                                              \
        d = c;                                              \
        c = rotl(b, 30);                                    \
        b = a;                                              \
        a = tmp;                                            \
    } while (0)

static void block(uint32_t *h, const uint8_t *p)
{
    uint32_t w[80];
    for (int t = 0; t < 16; t++)
        w[t] = (uint32_t)p[4 * t] << 24 | (uint32_t)p[4 * t + 1] << 16 | (uint32_t)p[4 * t + 2] << 8 |
               p[4 * t + 3];
    for (int t = 16; t < 80; t++)
        w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    int t = 0;
    for (; t < 20; t++)
        STEP((b & c) | (~b & d), K[0]);
    for (; t < 40; t++)
        STEP(b ^ c ^ d, K[1]);
    for (; t < 60; t++)
        STEP((b & c) | (b & d) | (c & d), K[2]);
    for (; t < 80; t++)
        STEP(b ^ c ^ d, K[3]);
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

/* h: the 5 state words; p: whole 64-byte blocks */
void crypto_sha1_compress(rt_slice h, rt_slice p)
{
    for (int64_t i = 0; i + 64 <= p.len; i += 64)
        block(h.ptr, (const uint8_t *)p.ptr + i);
}
