/* The C half of package bytes (bytes.cs): the string view of a byte slice
 * through which bytes reuses package strings, and the offset of a view's
 * substring, which turns strings' results back into subslices. */
#include "rt.h"

rt_string strings_bytesToString(rt_slice b); /* strings.c */

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
