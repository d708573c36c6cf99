/* badutf8.c: texts that are not valid UTF-8, for regexp.cs's text type.
 * Go's matcher reads each byte that is not UTF-8 as U+FFFD of width 1, so
 * `.`, [^a] and \x{FFFD} match it. PCRE2 (even with
 * PCRE2_MATCH_INVALID_UTF) lets such bytes match nothing, so a text with
 * any is searched as a copy in which each becomes U+FFFD's three bytes;
 * regexp.cs maps offsets between the two through the list of the bytes'
 * offsets made here. A valid text costs one scan (8 ASCII bytes a step). */
#include "rt.h"
#include "translate.h"

/* Offsets of the bytes not UTF-8 in p[0:n] into out (when not NULL); their
 * number. */
static int64_t scan(const uint8_t *p, int64_t n, int64_t *out) {
    int64_t count = 0;
    const uint8_t *end = p + n;
    for (const uint8_t *q = p; q < end;) {
        uint64_t w;
        if (end - q >= 8 && (memcpy(&w, q, 8), (w & 0x8080808080808080u) == 0)) {
            q += 8;
            continue;
        }
        int size;
        if (*q >= 0x80 && rx_decode_rune(q, end, &size) < 0) {
            if (out)
                out[count] = q - p;
            count++;
        }
        q += *q < 0x80 ? 1 : size;
    }
    return count;
}

static rt_slice bad_offsets(const uint8_t *p, int64_t n) {
    int64_t count = scan(p, n, NULL);
    if (count == 0)
        return (rt_slice){0};
    int64_t *out = rt_alloc_noscan(count * (int64_t)sizeof *out);
    scan(p, n, out);
    return (rt_slice){out, count, count};
}

/* The text with each listed byte replaced by EF BF BD (U+FFFD). */
static rt_string fixed(const uint8_t *p, int64_t n, rt_slice bad) {
    const int64_t *off = bad.ptr;
    uint8_t *out = rt_alloc_noscan(n + 2 * bad.len), *o = out;
    int64_t from = 0;
    for (int64_t k = 0; k < bad.len; k++) {
        memcpy(o, p + from, (size_t)(off[k] - from));
        o += off[k] - from;
        memcpy(o, "\xEF\xBF\xBD", 3);
        o += 3;
        from = off[k] + 1;
    }
    memcpy(o, p + from, (size_t)(n - from));
    return (rt_string){out, n + 2 * bad.len};
}

/* func badString(s string) []int; func badBytes(b []byte) []int */
rt_slice regexp_badString(rt_string s) { return bad_offsets(s.ptr, s.len); }
rt_slice regexp_badBytes(rt_slice b) { return bad_offsets(b.ptr, b.len); }

/* func fixString(s string, bad []int) string; func fixBytes(b []byte, bad []int) string */
rt_string regexp_fixString(rt_string s, rt_slice bad) { return fixed(s.ptr, s.len, bad); }
rt_string regexp_fixBytes(rt_slice b, rt_slice bad) { return fixed(b.ptr, b.len, bad); }
