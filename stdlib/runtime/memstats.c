/* memstats.c: the collector's counters for runtime.ReadMemStats
 * (memstats.cs fixes the order of the slots). */
#include "rt.h"

#include <gc.h>

void runtime_sysMemStats(rt_slice out) {
    struct GC_prof_stats_s st;
    GC_get_prof_stats(&st, sizeof st);
    uint64_t *v = out.ptr;
    uint64_t heap = st.heapsize_full - st.unmapped_bytes;
    v[0] = heap;
    v[1] = st.free_bytes_full - st.unmapped_bytes;
    v[2] = st.unmapped_bytes;
    v[3] = st.allocd_bytes_before_gc + st.bytes_allocd_since_gc;
    v[4] = st.gc_no == (GC_word)-1 ? 0 : st.gc_no;
    v[5] = heap;
}
