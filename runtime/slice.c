/* Slices: make, append's growth and copy.
 *
 * Growth follows Go 1.19 exactly (runtime/slice.go growslice), because
 * programs print cap() after append: double small slices, grow large ones
 * (old cap >= 256) by (newcap + 3*256)/4 until big enough, take the
 * requested length outright when it exceeds double, then round the byte
 * size up to Go's malloc size class and give the slice all of it.
 * The size classes are Go 1.19's table (runtime/sizeclasses.go); sizes of
 * 32 KiB and more round up to whole 8 KiB pages.
 *
 * The new backing array is scanned by the GC only when the caller says
 * the elements hold pointers (codegen knows the element type): a []byte
 * or []int grown from nil stays pointer-free, is not cleared twice and
 * is never scanned (strings.Builder's buffer used to be both).
 */
#ifndef GC_THREADS
#define GC_THREADS
#endif
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <gc/gc_inline.h>

#include "value_internal.h"

static const uint16_t size_classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
    240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768,
    896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
    3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
    10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
    27264, 28672, 32768,
};

/* Class lookup as in Go's sizeclasses.go: by 8-byte steps up to 1024
 * bytes, by 128-byte steps above; filled from size_classes at start-up. */
enum { SMALL_MAX = 1024, LARGE_MAX = 32768 };
static uint8_t class_by8[SMALL_MAX / 8 + 1];
static uint8_t class_by128[(LARGE_MAX - SMALL_MAX) / 128 + 1];

__attribute__((constructor)) static void fill_class_tables(void) {
    int c = 0;
    for (int i = 0; i <= SMALL_MAX / 8; i++) {
        while (size_classes[c] < i * 8)
            c++;
        class_by8[i] = (uint8_t)c;
    }
    for (int i = 0; i <= (LARGE_MAX - SMALL_MAX) / 128; i++) {
        while (size_classes[c] < SMALL_MAX + i * 128)
            c++;
        class_by128[i] = (uint8_t)c;
    }
}

int64_t rt_roundupsize(int64_t size) {
    if (size <= SMALL_MAX)
        return size == 0 ? 0 : size_classes[class_by8[(size + 7) >> 3]];
    if (size < LARGE_MAX)
        return size_classes[class_by128[(size - SMALL_MAX + 127) >> 7]];
    const int64_t page = 8192;
    if (size + page < size)
        return size;
    return (size + page - 1) / page * page;
}

/* Largest allocation Go allows on 64-bit (1 << 48). */
#define MAX_ALLOC ((int64_t)1 << 48)

rt_slice rt_makeslice(const rt_type *elem, int64_t len, int64_t cap) {
    int64_t es = elem->size;
    if (len < 0 || (es > 0 && len > MAX_ALLOC / es))
        rt_panic_msg("makeslice: len out of range");
    if (cap < len || (es > 0 && cap > MAX_ALLOC / es))
        rt_panic_msg("makeslice: cap out of range");
    void *p = rt_type_has_pointers(elem) ? rt_alloc(cap * es) : rt_alloc_noscan(cap * es);
    return (rt_slice){p, len, cap};
}

rt_slice rt_growslice(rt_slice s, int64_t elemsize, int64_t newlen, bool scan) {
    if (newlen < 0)     /* len + n overflowed */
        rt_panic_msg("growslice: cap out of range");
    if (newlen <= s.cap) {
        s.len = newlen;
        return s;
    }
    if (elemsize == 0) {
        static uint8_t zerobase;
        return (rt_slice){&zerobase, newlen, newlen};
    }
    int64_t newcap = s.cap, doublecap = s.cap + s.cap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else if (s.cap < 256) {
        newcap = doublecap;
    } else {
        while (0 < newcap && newcap < newlen)
            newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0)
            newcap = newlen;
    }
    if (newcap > MAX_ALLOC / elemsize)
        rt_panic_msg("growslice: cap out of range");
    int64_t bytes = rt_roundupsize(newcap * elemsize);
    newcap = bytes / elemsize;
    int64_t old = s.len * elemsize;
    void *p;
    if (!scan) {                    /* zero only what the copy does not fill */
        p = rt_alloc_noscan_raw(bytes);
        memset((uint8_t *)p + old, 0, (size_t)(bytes - old));
    } else {
        p = rt_alloc(bytes);
    }
    if (old)
        memcpy(p, s.ptr, (size_t)old);
    return (rt_slice){p, newlen, newcap};
}

/* append(s, make([]T, n)...) without building the made slice (Go's
 * extendSlice): s grows by n zero elements. A negative n panics as the
 * make would have. Growing in place zeroes the new elements; a fresh
 * array from rt_growslice is already zero past the old length. */
rt_slice rt_extendslice(rt_slice s, int64_t elemsize, int64_t n, bool scan) {
    if (n < 0)
        rt_panic_msg("makeslice: len out of range");
    if ((uint64_t)(s.len + n) <= (uint64_t)s.cap) {
        memset((uint8_t *)s.ptr + s.len * elemsize, 0, (size_t)(n * elemsize));
        s.len += n;
        return s;
    }
    return rt_growslice(s, elemsize, s.len + n, scan);
}

