/* The MD5 compression function (RFC 1321) for md5.cs; the buffering and
 * padding are crypto/internal/blockhash's. Words are little-endian.
 * The 64 steps are written out (a loop over tables of constants,
 * message indices and shifts left gcc a loop with table loads: 1.4x the
 * time of Go's unrolled assembly). Step i of round r adds the round's
 * function of three registers, message word (start[r] + step[r]*i) mod 16
 * (start 0, 1, 5, 0; step 1, 5, 3, 7) and T[i] = floor(|sin(i + 1)| * 2^32)
 * to the fourth, rotates it and adds its neighbour; the registers' roles
 * rotate by one each step. F..I are Go's md5block.go forms. */
#include <stdint.h>
#include <string.h>

#include "rt.h"

#define F(b, c, d) ((((c) ^ (d)) & (b)) ^ (d))
#define G(b, c, d) ((((b) ^ (c)) & (d)) ^ (c))
#define H(b, c, d) ((b) ^ (c) ^ (d))
#define I(b, c, d) ((c) ^ ((b) | ~(d)))
#define STEP(f, a, b, c, d, k, t, s)                    \
    do {                                                \
        (a) += f(b, c, d) + x[k] + (uint32_t)(t);       \
        (a) = ((a) << (s) | (a) >> (32 - (s))) + (b);   \
    } while (0)

static void block(uint32_t *h, const uint8_t *p)
{
    uint32_t x[16];
    memcpy(x, p, sizeof x); /* little-endian target, as MD5's words */
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    STEP(F, a, b, c, d,  0, 0xd76aa478,  7);
    STEP(F, d, a, b, c,  1, 0xe8c7b756, 12);
    STEP(F, c, d, a, b,  2, 0x242070db, 17);
    STEP(F, b, c, d, a,  3, 0xc1bdceee, 22);
    STEP(F, a, b, c, d,  4, 0xf57c0faf,  7);
    STEP(F, d, a, b, c,  5, 0x4787c62a, 12);
    STEP(F, c, d, a, b,  6, 0xa8304613, 17);
    STEP(F, b, c, d, a,  7, 0xfd469501, 22);
    STEP(F, a, b, c, d,  8, 0x698098d8,  7);
    STEP(F, d, a, b, c,  9, 0x8b44f7af, 12);
    STEP(F, c, d, a, b, 10, 0xffff5bb1, 17);
    STEP(F, b, c, d, a, 11, 0x895cd7be, 22);
    STEP(F, a, b, c, d, 12, 0x6b901122,  7);
    STEP(F, d, a, b, c, 13, 0xfd987193, 12);
    STEP(F, c, d, a, b, 14, 0xa679438e, 17);
    STEP(F, b, c, d, a, 15, 0x49b40821, 22);
    STEP(G, a, b, c, d,  1, 0xf61e2562,  5);
    STEP(G, d, a, b, c,  6, 0xc040b340,  9);
    STEP(G, c, d, a, b, 11, 0x265e5a51, 14);
    STEP(G, b, c, d, a,  0, 0xe9b6c7aa, 20);
    STEP(G, a, b, c, d,  5, 0xd62f105d,  5);
    STEP(G, d, a, b, c, 10, 0x02441453,  9);
    STEP(G, c, d, a, b, 15, 0xd8a1e681, 14);
    STEP(G, b, c, d, a,  4, 0xe7d3fbc8, 20);
    STEP(G, a, b, c, d,  9, 0x21e1cde6,  5);
    STEP(G, d, a, b, c, 14, 0xc33707d6,  9);
    STEP(G, c, d, a, b,  3, 0xf4d50d87, 14);
    STEP(G, b, c, d, a,  8, 0x455a14ed, 20);
    STEP(G, a, b, c, d, 13, 0xa9e3e905,  5);
    STEP(G, d, a, b, c,  2, 0xfcefa3f8,  9);
    STEP(G, c, d, a, b,  7, 0x676f02d9, 14);
    STEP(G, b, c, d, a, 12, 0x8d2a4c8a, 20);
    STEP(H, a, b, c, d,  5, 0xfffa3942,  4);
    STEP(H, d, a, b, c,  8, 0x8771f681, 11);
    STEP(H, c, d, a, b, 11, 0x6d9d6122, 16);
    STEP(H, b, c, d, a, 14, 0xfde5380c, 23);
    STEP(H, a, b, c, d,  1, 0xa4beea44,  4);
    STEP(H, d, a, b, c,  4, 0x4bdecfa9, 11);
    STEP(H, c, d, a, b,  7, 0xf6bb4b60, 16);
    STEP(H, b, c, d, a, 10, 0xbebfbc70, 23);
    STEP(H, a, b, c, d, 13, 0x289b7ec6,  4);
    STEP(H, d, a, b, c,  0, 0xeaa127fa, 11);
    STEP(H, c, d, a, b,  3, 0xd4ef3085, 16);
    STEP(H, b, c, d, a,  6, 0x04881d05, 23);
    STEP(H, a, b, c, d,  9, 0xd9d4d039,  4);
    STEP(H, d, a, b, c, 12, 0xe6db99e5, 11);
    STEP(H, c, d, a, b, 15, 0x1fa27cf8, 16);
    STEP(H, b, c, d, a,  2, 0xc4ac5665, 23);
    STEP(I, a, b, c, d,  0, 0xf4292244,  6);
    STEP(I, d, a, b, c,  7, 0x432aff97, 10);
    STEP(I, c, d, a, b, 14, 0xab9423a7, 15);
    STEP(I, b, c, d, a,  5, 0xfc93a039, 21);
    STEP(I, a, b, c, d, 12, 0x655b59c3,  6);
    STEP(I, d, a, b, c,  3, 0x8f0ccc92, 10);
    STEP(I, c, d, a, b, 10, 0xffeff47d, 15);
    STEP(I, b, c, d, a,  1, 0x85845dd1, 21);
    STEP(I, a, b, c, d,  8, 0x6fa87e4f,  6);
    STEP(I, d, a, b, c, 15, 0xfe2ce6e0, 10);
    STEP(I, c, d, a, b,  6, 0xa3014314, 15);
    STEP(I, b, c, d, a, 13, 0x4e0811a1, 21);
    STEP(I, a, b, c, d,  4, 0xf7537e82,  6);
    STEP(I, d, a, b, c, 11, 0xbd3af235, 10);
    STEP(I, c, d, a, b,  2, 0x2ad7d2bb, 15);
    STEP(I, b, c, d, a,  9, 0xeb86d391, 21);
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

/* h: the 4 state words; p: whole 64-byte blocks */
void crypto_md5_compress(rt_slice h, rt_slice p)
{
    for (int64_t i = 0; i + 64 <= p.len; i += 64)
        block(h.ptr, (const uint8_t *)p.ptr + i);
}
