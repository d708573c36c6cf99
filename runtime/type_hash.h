/* type_hash.h: the hash functions behind rt_hash, inline so map.c's fast
 * paths for int and string keys compute exactly what rt_hash computes.
 * A 64-bit multiply-xorshift mixer (good avalanche, one multiply per
 * word); strings are consumed eight bytes at a time. Not cryptographic:
 * the per-map random seed only keeps iteration orders and collision
 * patterns from being the same on every run.
 */
#ifndef RT_TYPE_HASH_H
#define RT_TYPE_HASH_H

#include "rt.h"

static inline uint64_t rt_hash_mix(uint64_t x) {
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93u;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93u;
    x ^= x >> 32;
    return x;
}

static inline uint64_t rt_hash_u64(uint64_t v, uint64_t seed) {
    return rt_hash_mix(v ^ seed ^ 0x9e3779b97f4a7c15u);
}

static inline uint64_t rt_hash_string(rt_string s, uint64_t seed) {
    uint64_t h = seed ^ ((uint64_t)s.len * 0x9e3779b97f4a7c15u);
    const uint8_t *p = s.ptr;
    int64_t n = s.len;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (int64_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
    return rt_hash_mix(h ^ w);
}

#endif
