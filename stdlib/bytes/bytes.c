/* The C half of package bytes (bytes.cs): the string view of a byte slice
 * through which bytes reuses package strings, the offset of a view's
 * substring, which turns strings' results back into subslices, and
 * Fields' ASCII path on strings' scanner. */
#include "rt.h"

/* strings.c */
rt_string strings_bytesToString(rt_slice b);
int64_t strings_asciiFieldCount(rt_string s);
int64_t strings_nextField(rt_string s, int64_t *i);

/* b's bytes as a string, without copying (the same aliasing conversion
 * as strings.Builder.String). A view is only passed to strings functions
 * that read it during the call, so b changing later does not matter. */
rt_string bytes_view(rt_slice b) {
    return strings_bytesToString(b);
}

/* Where sub starts in view; sub must be a non-empty substring of view
 * (an empty substring's pointer is not its position: rt_strslice). */
int64_t bytes_offset(rt_string view, rt_string sub) {
    return sub.ptr - view.ptr;
}

int64_t bytes_asciiFieldCount(rt_string s) {
    return strings_asciiFieldCount(s);
}

/* Fields of ASCII b into a (exactly bytes_asciiFieldCount of them), each
 * cut from b with its capacity ending at its end (b[start:end:end]). */
void bytes_cutFields(rt_slice b, rt_slice a) {
    rt_string v = bytes_view(b);
    rt_slice *out = a.ptr;
    int64_t i = 0;
    for (int64_t k = 0; k < a.len; k++) {
        int64_t start = strings_nextField(v, &i);
        out[k] = (rt_slice){(uint8_t *)b.ptr + start, i - start, i - start};
    }
}
