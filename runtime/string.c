/* Strings: comparison, concatenation and the conversions of the language
 * (string <-> []byte, []rune, rune), all with Go's UTF-8 rules: an invalid
 * byte sequence decodes as U+FFFD one byte at a time, and surrogates or
 * runes above U+10FFFF encode as U+FFFD.
 *
 * String bytes are immutable once a string is made, so substrings and
 * conversions from string share memory freely; every path that makes a
 * string from mutable bytes copies. Byte and rune slices made here get the
 * capacity Go would give them (rounded up to a malloc size class), since
 * programs can print cap().
 */
#include <stdio.h>

#include "value_internal.h"

/* ---- UTF-8 ------------------------------------------------------------------- */

int rt_utf8_encode(uint8_t *p, int32_t r) {
    uint32_t u = (uint32_t)r;
    if (u < 0x80) {
        p[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        p[0] = (uint8_t)(0xC0 | (u >> 6));
        p[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
        u = 0xFFFD;
    if (u < 0x10000) {
        p[0] = (uint8_t)(0xE0 | (u >> 12));
        p[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | (u >> 18));
    p[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
    p[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    p[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

int32_t rt_utf8_decode(const uint8_t *p, int64_t n, int *width) {
    uint8_t c = p[0];
    *width = 1;
    if (c < 0x80)
        return c;
    int need;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1; r = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; r = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; r = c & 0x07; min = 0x10000;
    } else {
        return 0xFFFD;
    }
    if (n <= need)
        return 0xFFFD;
    for (int i = 1; i <= need; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0xFFFD;
        r = (r << 6) | (p[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return 0xFFFD;
    *width = need + 1;
    return r;
}

int64_t rt_utf8_count(const uint8_t *p, int64_t n) {
    int64_t count = 0;
    for (int64_t i = 0; i < n; count++) {
        if (p[i] < 0x80) {
            i++;
        } else {
            int w;
            rt_utf8_decode(p + i, n - i, &w);
            i += w;
        }
    }
    return count;
}

void rt_buf_rune(rt_buf *b, int32_t r) {
    uint8_t tmp[4];
    rt_buf_write(b, tmp, rt_utf8_encode(tmp, r));
}

int32_t rt_decoderune(rt_string s, int64_t i, int64_t *width) {
    int w;
    int32_t r = rt_utf8_decode(s.ptr + i, s.len - i, &w);
    *width = w;
    return r;
}

/* ---- comparison and concatenation ------------------------------------------------ */

int rt_strcmp(rt_string a, rt_string b) {
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
    if (c != 0)
        return c;
    return a.len < b.len ? -1 : a.len > b.len;
}

rt_string rt_concatn(const rt_string *parts, int n) {
    int64_t len = 0;
    int nonempty = 0, last = 0;
    for (int i = 0; i < n; i++) {
        len += parts[i].len;
        if (parts[i].len) {
            nonempty++;
            last = i;
        }
    }
    if (nonempty <= 1)      /* "" + s is s: no copy needed */
        return nonempty ? parts[last] : (rt_string){NULL, 0};
    uint8_t *p = rt_alloc_noscan_raw(len);
    int64_t off = 0;
    for (int i = 0; i < n; i++) {
        if (parts[i].len == 0)      /* ptr may be NULL: memcpy would be UB */
            continue;
        memcpy(p + off, parts[i].ptr, (size_t)parts[i].len);
        off += parts[i].len;
    }
    return (rt_string){p, len};
}

rt_string rt_concat2(rt_string a, rt_string b) {
    rt_string parts[2] = {a, b};
    return rt_concatn(parts, 2);
}

/* ---- conversions ------------------------------------------------------------------- */

/* A one-byte result shares static data, as in Go (no allocation). */
rt_string rt_string_from_bytes(rt_slice b) {
    if (b.len == 0)
        return (rt_string){NULL, 0};
    if (b.len == 1)
        return (rt_string){(const uint8_t *)&rt_small_values[*(const uint8_t *)b.ptr], 1};
    uint8_t *p = rt_alloc_noscan_raw(b.len);
    memcpy(p, b.ptr, (size_t)b.len);
    return (rt_string){p, b.len};
}

rt_slice rt_bytes_from_string(rt_string s) {
    int64_t cap = rt_roundupsize(s.len);
    uint8_t *p = rt_alloc_noscan(cap);
    if (s.len)
        memcpy(p, s.ptr, (size_t)s.len);
    return (rt_slice){p, s.len, cap};
}

/* Go allocates exactly len bytes for a constant operand, so cap == len. */
rt_slice rt_bytes_from_literal(rt_string s) {
    uint8_t *p = rt_alloc_noscan(s.len);
    if (s.len)
        memcpy(p, s.ptr, (size_t)s.len);
    return (rt_slice){p, s.len, s.len};
}

rt_string rt_string_from_rune(int64_t r) {
    if (r < 0 || r > 0x10FFFF)
        r = 0xFFFD;
    uint8_t *p = rt_alloc_noscan(4);
    int n = rt_utf8_encode(p, (int32_t)r);
    return (rt_string){p, n};
}

static rt_slice runes(rt_string s, bool exact) {
    int64_t n = rt_utf8_count(s.ptr, s.len);
    int64_t cap = exact ? n : rt_roundupsize(n * 4) / 4;
    int32_t *rs = rt_alloc_noscan_raw(cap * 4);     /* [0, n) is written below */
    memset(rs + n, 0, (size_t)(cap - n) * 4);
    int64_t k = 0;
    for (int64_t i = 0; i < s.len; k++) {
        int w;
        rs[k] = rt_utf8_decode(s.ptr + i, s.len - i, &w);
        i += w;
    }
    return (rt_slice){rs, n, cap};
}

rt_slice rt_runes_from_string(rt_string s) { return runes(s, false); }
rt_slice rt_runes_from_literal(rt_string s) { return runes(s, true); }

rt_string rt_string_from_runes(rt_slice runes) {
    const int32_t *rs = runes.ptr;
    int64_t len = 0;
    uint8_t tmp[4];
    for (int64_t i = 0; i < runes.len; i++)
        len += rt_utf8_encode(tmp, rs[i]);
    uint8_t *p = rt_alloc_noscan_raw(len);
    int64_t off = 0;
    for (int64_t i = 0; i < runes.len; i++)
        off += rt_utf8_encode(p + off, rs[i]);
    return (rt_string){p, len};
}

const char *rt_cstring(rt_string s) {
    char *p = rt_alloc_noscan(s.len + 1);
    if (s.len)
        memcpy(p, s.ptr, (size_t)s.len);
    return p;
}

rt_string rt_string_from_c(const char *s) {
    int64_t n = (int64_t)strlen(s);
    uint8_t *p = rt_alloc_noscan(n);
    memcpy(p, s, (size_t)n);
    return (rt_string){p, n};
}
