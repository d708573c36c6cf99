/* The C half of package strings (strings.cs): the searches that libc
 * helps do faster than a CS loop, the aliasing conversion behind
 * Builder.String, Builder's copy check, and Fields' scan of ASCII input
 * (which bytes.Fields shares: one pass to count, one to cut into an
 * exactly sized slice, no bounds checks, as Go's Fields). */
#include "rt.h"

/* For function values and C callers; calls are open-coded (gen_intrin.c). */
bool strings_sameAddress(uintptr_t *addr) {
    return rt_same_address(addr);
}

int64_t strings_IndexByte(rt_string s, uint8_t c) {
    const uint8_t *p = s.len ? memchr(s.ptr, c, (size_t)s.len) : NULL;
    return p ? p - s.ptr : -1;
}

/* As Go's Index: find sub's first byte with memchr and compare the rest,
 * until the false starts outnumber what the distance covered pays for;
 * then memmem, whose setup (a 256-entry shift table) is too dear for the
 * short strings most searches look through. */
int64_t strings_Index(rt_string s, rt_string sub) {
    if (sub.len == 0)
        return 0;
    if (sub.len > s.len)
        return -1;
    const uint8_t *p = s.ptr, *last = s.ptr + (s.len - sub.len);
    int64_t fails = 0;
    while (p <= last) {
        p = memchr(p, sub.ptr[0], (size_t)(last - p + 1));
        if (p == NULL)
            return -1;
        if (memcmp(p + 1, sub.ptr + 1, (size_t)sub.len - 1) == 0)
            return p - s.ptr;
        p++;
        if (++fails > 4 + ((p - s.ptr) >> 4)) {
            const uint8_t *q = memmem(p, (size_t)(s.ptr + s.len - p), sub.ptr, (size_t)sub.len);
            return q ? q - s.ptr : -1;
        }
    }
    return -1;
}

/* The bytes of a Builder as a string, without copying: a Builder only
 * ever appends, so bytes below len are never written again. */
rt_string strings_bytesToString(rt_slice b) {
    return (rt_string){b.ptr, b.len};
}

/* ---- Fields' ASCII path, shared with bytes.Fields (bytes.c) ---------------------- */

/* The bytes unicode.IsSpace accepts below utf8.RuneSelf. */
static const bool ascii_space[256] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1};

/* How many runs of non-space bytes s has, or -1 when it has a byte of
 * utf8.RuneSelf or more (Fields then decodes runes through FieldsFunc). */
int64_t strings_asciiFieldCount(rt_string s) {
    int64_t n = 0;
    bool was_space = true;
    uint8_t bits = 0;
    for (int64_t i = 0; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        bits |= c;
        n += was_space && !ascii_space[c];
        was_space = ascii_space[c];
    }
    return bits >= 0x80 ? -1 : n;
}

/* The next field of ASCII s at or after *i: its start; *i becomes its end.
 * There must be one. */
int64_t strings_nextField(rt_string s, int64_t *i) {
    int64_t k = *i;
    while (ascii_space[s.ptr[k]])
        k++;
    int64_t start = k;
    while (k < s.len && !ascii_space[s.ptr[k]])
        k++;
    *i = k;
    return start;
}

/* Fields of ASCII s into a, which has exactly strings_asciiFieldCount(s)
 * elements; they share s's bytes. */
void strings_cutFields(rt_string s, rt_slice a) {
    rt_string *out = a.ptr;
    int64_t i = 0;
    for (int64_t k = 0; k < a.len; k++) {
        int64_t start = strings_nextField(s, &i);
        out[k] = (rt_string){s.ptr + start, i - start};
    }
}
