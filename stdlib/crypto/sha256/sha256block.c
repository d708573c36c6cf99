/* The SHA-256 compression function (FIPS 180-4, 6.2.2) for sha256.cs;
 * the buffering and padding are crypto/internal/blockhash's. SHA-224
 * uses it too, with its own initial state. Words are big-endian.
 * K holds the first 32 bits of the fractional parts of the cube roots of
 * the first 64 primes.
 *
 * Two implementations: portable C, and on x86-64 CPUs with the SHA
 * extensions (crypto/internal/shani.c decides) the sha256rnds2 /
 * sha256msg1 / sha256msg2 instructions, as Go's assembly uses them:
 * about 4x faster. Both give the same digest; golden/crypto/digests runs
 * whichever this machine has, digests_portable the portable C. */
#include <stdint.h>

#include "rt.h"
#include "../internal/shani.h"

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
    0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
    0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotr(uint32_t x, int n) { return x >> n | x << (32 - n); }

static uint32_t load_be(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The rounds name the eight working variables and rotate the names by
 * unrolling eight rounds per step: shifting an array of them made gcc
 * call memmove every round. */
#define ROUND(a, b, c, d, e, f, g, h, t)                                                            \
    do {                                                                                           \
        uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + \
                      w[t];                                                                        \
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));    \
        d += t1;                                                                                   \
        h = t1 + t2;                                                                               \
    } while (0)

static void block(uint32_t *hs, const uint8_t *p)
{
    uint32_t w[64];
    for (int t = 0; t < 16; t++)
        w[t] = load_be(p + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ w[t - 15] >> 3;
        uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ w[t - 2] >> 10;
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = hs[0], b = hs[1], c = hs[2], d = hs[3], e = hs[4], f = hs[5], g = hs[6], h = hs[7];
    for (int t = 0; t < 64; t += 8) {
        ROUND(a, b, c, d, e, f, g, h, t);
        ROUND(h, a, b, c, d, e, f, g, t + 1);
        ROUND(g, h, a, b, c, d, e, f, t + 2);
        ROUND(f, g, h, a, b, c, d, e, t + 3);
        ROUND(e, f, g, h, a, b, c, d, t + 4);
        ROUND(d, e, f, g, h, a, b, c, t + 5);
        ROUND(c, d, e, f, g, h, a, b, t + 6);
        ROUND(b, c, d, e, f, g, h, a, t + 7);
    }
    hs[0] += a;
    hs[1] += b;
    hs[2] += c;
    hs[3] += d;
    hs[4] += e;
    hs[5] += f;
    hs[6] += g;
    hs[7] += h;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

#define SHANI __attribute__((target("sha,sse4.1,ssse3")))

/* The next four schedule words from the previous sixteen (w0 oldest):
 * W[t-16] + s0(W[t-15]) by msg1, + W[t-7] by the byte shift, + s1(W[t-2])
 * by msg2. */
SHANI static inline __m128i next_words(__m128i w0, __m128i w1, __m128i w2, __m128i w3)
{
    __m128i t = _mm_sha256msg1_epu32(w0, w1);
    t = _mm_add_epi32(t, _mm_alignr_epi8(w3, w2, 4));
    return _mm_sha256msg2_epu32(t, w3);
}

/* Four rounds with words w (K added here). rnds2 takes the state as the
 * lane sets (A,B,E,F) and (C,D,G,H) and returns the new (A,B,E,F); after
 * two rounds the old (A,B,E,F) is the new (C,D,G,H), so the two
 * registers swap roles between the calls. */
#define QUAD(abef, cdgh, w, i)                                                       \
    do {                                                                             \
        __m128i wk = _mm_add_epi32(w, _mm_loadu_si128((const __m128i *)&K[4 * (i)])); \
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);                                \
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));       \
    } while (0)

SHANI static void blocks_shani(uint32_t *hs, const uint8_t *p, int64_t nblocks)
{
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&hs[0]), 0xB1); /* B A D C */
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&hs[4]), 0x1B); /* H G F E */
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);                                     /* F E B A */
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);                                  /* H G D C */
    for (; nblocks > 0; nblocks--, p += 64) {
        __m128i abef0 = abef, cdgh0 = cdgh;
        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 0)), bswap);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16)), bswap);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 32)), bswap);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 48)), bswap);
        QUAD(abef, cdgh, w0, 0);
        QUAD(abef, cdgh, w1, 1);
        QUAD(abef, cdgh, w2, 2);
        QUAD(abef, cdgh, w3, 3);
        for (int i = 4; i < 16; i += 4) {
            w0 = next_words(w0, w1, w2, w3);
            QUAD(abef, cdgh, w0, i);
            w1 = next_words(w1, w2, w3, w0);
            QUAD(abef, cdgh, w1, i + 1);
            w2 = next_words(w2, w3, w0, w1);
            QUAD(abef, cdgh, w2, i + 2);
            w3 = next_words(w3, w0, w1, w2);
            QUAD(abef, cdgh, w3, i + 3);
        }
        abef = _mm_add_epi32(abef, abef0);
        cdgh = _mm_add_epi32(cdgh, cdgh0);
    }
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);                               /* A B E F */
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);                               /* G H C D */
    _mm_storeu_si128((__m128i *)&hs[0], _mm_blend_epi16(feba, dchg, 0xF0));     /* A B C D */
    _mm_storeu_si128((__m128i *)&hs[4], _mm_alignr_epi8(dchg, feba, 8));        /* E F G H */
}

#endif

/* h: the 8 state words; p: whole 64-byte blocks */
void crypto_sha256_compress(rt_slice h, rt_slice p)
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
