/* type_hash.h: the hash functions behind rt_hash, inline so map.c's fast
 * paths for int and string keys compute exactly what rt_hash computes.
 * A 64-bit multiply-xorshift mixer (good avalanche, one multiply per
 * word); strings are consumed eight bytes at a time, the last partial
 * word with (possibly overlapping) wide loads, never a byte loop. Not
 * cryptographic: the per-map random seed only keeps iteration orders and
 * collision patterns from being the same on every run.
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

static inline uint64_t rt_load64(const uint8_t *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static inline uint64_t rt_load32(const uint8_t *p) {
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

/* The last word of a string: its final 8 bytes (overlapping bytes already
 * mixed in) when it is at least that long; otherwise all of its bytes,
 * gathered with two loads that may overlap rather than a byte loop. The
 * length is mixed in separately, so this need not tell lengths apart. */
static inline uint64_t rt_hash_tail(const uint8_t *p, int64_t n, int64_t len) {
    if (len >= 8)
        return n > 0 ? rt_load64(p + n - 8) : 0;
    if (n >= 4)
        return rt_load32(p) | rt_load32(p + n - 4) << 32;
    if (n > 0)
        return (uint64_t)p[0] | (uint64_t)p[n / 2] << 8 | (uint64_t)p[n - 1] << 16;
    return 0;
}

static inline uint64_t rt_hash_string(rt_string s, uint64_t seed) {
    uint64_t h = seed ^ ((uint64_t)s.len * 0x9e3779b97f4a7c15u);
    const uint8_t *p = s.ptr;
    int64_t n = s.len;
    while (n >= 8) {
        h = (h ^ rt_load64(p)) * 0xff51afd7ed558ccdu;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    return rt_hash_mix(h ^ rt_hash_tail(p, n, s.len));
}

#endif
