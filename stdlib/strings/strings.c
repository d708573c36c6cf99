/* The C half of package strings (strings.cs): the searches that libc
 * helps do faster than a CS loop, and the aliasing conversion behind
 * Builder.String. */
#include "rt.h"

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
