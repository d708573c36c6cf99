/* The C half of package strings (strings.cs): the searches that libc
 * does faster than a CS loop, and the aliasing conversion behind
 * Builder.String. */
#include "rt.h"

int64_t strings_IndexByte(rt_string s, uint8_t c) {
    const uint8_t *p = s.len ? memchr(s.ptr, c, (size_t)s.len) : NULL;
    return p ? p - s.ptr : -1;
}

int64_t strings_Index(rt_string s, rt_string sub) {
    if (sub.len == 0)
        return 0;
    if (sub.len > s.len)
        return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
    return p ? p - s.ptr : -1;
}

/* The bytes of a Builder as a string, without copying: a Builder only
 * ever appends, so bytes below len are never written again. */
rt_string strings_bytesToString(rt_slice b) {
    return (rt_string){b.ptr, b.len};
}
