/* The SHA-1 compression function (FIPS 180-4, 6.1.2) for sha1.cs; the
 * buffering and padding are crypto/internal/blockhash's. Words are
 * big-endian; each quarter of the 80 steps has its own mixing function
 * and constant.
 *
 * On x86-64 CPUs with the SHA extensions (crypto/internal/shani.c
 * decides) the blocks go through sha1rnds4 / sha1nexte / sha1msg1 /
 * sha1msg2 instead; golden/crypto/digests runs whichever this machine
 * has, digests_portable the portable loop. */
#include <stdint.h>

#include "rt.h"
#include "../internal/shani.h"

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

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

#define SHANI __attribute__((target("sha,sse4.1,ssse3")))

/* Four rounds of quarter q on message words m[g % 4] (W[4g..4g+3], the
 * first in the top lane). e enters as the E of the previous group's
 * state (or, for g == 0, E plus the words) and leaves as the state the
 * next group's E comes from. The words 16 steps on replace m[g % 4]:
 * W[t] = rotl(W[t-16] ^ W[t-14] ^ W[t-8] ^ W[t-3], 1), built by msg1
 * (the first two), a xor (t-8) and msg2 (t-3, the rotation). */
#define GROUP(q, g)                                                                        \
    do {                                                                                   \
        __m128i w_ = m[(g) % 4];                                                           \
        __m128i e_ = (g) == 0 ? _mm_add_epi32(e, w_) : _mm_sha1nexte_epu32(e, w_);        \
        e = abcd;                                                                          \
        abcd = _mm_sha1rnds4_epu32(abcd, e_, q);                                           \
        if ((g) < 16)                                                                      \
            m[(g) % 4] = _mm_sha1msg2_epu32(                                               \
                _mm_xor_si128(_mm_sha1msg1_epu32(w_, m[((g) + 1) % 4]), m[((g) + 2) % 4]), \
                m[((g) + 3) % 4]);                                                         \
    } while (0)

#define QUARTER(q)                 \
    do {                           \
        GROUP(q, 5 * (q));         \
        GROUP(q, 5 * (q) + 1);     \
        GROUP(q, 5 * (q) + 2);     \
        GROUP(q, 5 * (q) + 3);     \
        GROUP(q, 5 * (q) + 4);     \
    } while (0)

SHANI static void blocks_shani(uint32_t *h, const uint8_t *p, int64_t nblocks)
{
    const __m128i reverse = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)h), 0x1B); /* A in the top lane */
    __m128i e0 = _mm_set_epi32((int)h[4], 0, 0, 0);
    for (; nblocks > 0; nblocks--, p += 64) {
        __m128i abcd0 = abcd, e = e0, m[4];
        for (int i = 0; i < 4; i++)
            m[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * i)), reverse);
        QUARTER(0);
        QUARTER(1);
        QUARTER(2);
        QUARTER(3);
        e0 = _mm_sha1nexte_epu32(e, e0);
        abcd = _mm_add_epi32(abcd, abcd0);
    }
    _mm_storeu_si128((__m128i *)h, _mm_shuffle_epi32(abcd, 0x1B));
    h[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

#endif

/* h: the 5 state words; p: whole 64-byte blocks */
void crypto_sha1_compress(rt_slice h, rt_slice p)
{
#ifdef SHANI
    if (crypto_have_shani) {
        blocks_shani(h.ptr, p.ptr, p.len / 64);
        return;
    }
#endif
    for (int64_t i = 0; i + 64 <= p.len; i += 64)
        block(h.ptr, (const uint8_t *)p.ptr + i);
}
