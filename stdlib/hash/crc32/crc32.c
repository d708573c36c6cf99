/* The byte loop of hash/crc32 (crc32.cs): crc is already inverted, tab
 * is a Table's 256 words, and the caller inverts the result.
 *
 * Long inputs go 8 bytes a step by slicing-by-8 (as Go's generic
 * code): table k maps a byte to its contribution k bytes further on.
 * The eight tables for a polynomial are derived from tab on first use
 * and kept in a small lock-free cache keyed by the polynomial (tab[128]
 * is the polynomial itself); a racing second builder only wastes its
 * copy. Tables of other polynomials than the cached few use the byte loop. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rt.h"

typedef struct {
    uint32_t poly;
    uint32_t t[8][256];
} slicing8;

enum { CACHE_SLOTS = 4, SLICING_MIN = 64 };

static slicing8 *cache[CACHE_SLOTS];

static slicing8 *build(const uint32_t *tab)
{
    slicing8 *s = malloc(sizeof *s);
    if (!s)
        return NULL;
    s->poly = tab[128];
    memcpy(s->t[0], tab, sizeof s->t[0]);
    for (int i = 0; i < 256; i++)
        for (int k = 1; k < 8; k++)
            s->t[k][i] = s->t[k - 1][i] >> 8 ^ tab[s->t[k - 1][i] & 0xff];
    return s;
}

/* The slicing tables for tab, or NULL when the cache is full. */
static const slicing8 *tables_for(const uint32_t *tab)
{
    for (int i = 0; i < CACHE_SLOTS; i++) {
        slicing8 *s = __atomic_load_n(&cache[i], __ATOMIC_ACQUIRE);
        if (!s) {
            slicing8 *fresh = build(tab);
            if (!fresh)
                return NULL;
            if (__atomic_compare_exchange_n(&cache[i], &s, fresh, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
                return fresh;
            free(fresh);
        }
        if (s->poly == tab[128] && s->t[0][1] == tab[1])
            return s;
    }
    return NULL;
}

static uint32_t bytewise(uint32_t crc, const uint32_t *t, const uint8_t *b, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        crc = t[(uint8_t)crc ^ b[i]] ^ crc >> 8;
    return crc;
}

uint32_t hash_crc32_update(uint32_t crc, rt_slice tab, rt_slice p)
{
    const uint8_t *b = p.ptr;
    int64_t n = p.len;
    const slicing8 *s = n >= SLICING_MIN ? tables_for(tab.ptr) : NULL;
    if (s) {
        for (; n >= 8; n -= 8, b += 8) {
            uint32_t lo = crc ^ ((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24);
            crc = s->t[7][lo & 0xff] ^ s->t[6][lo >> 8 & 0xff] ^ s->t[5][lo >> 16 & 0xff] ^ s->t[4][lo >> 24] ^
                  s->t[3][b[4]] ^ s->t[2][b[5]] ^ s->t[1][b[6]] ^ s->t[0][b[7]];
        }
    }
    return bytewise(crc, tab.ptr, b, n);
}
