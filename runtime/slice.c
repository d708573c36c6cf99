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

/* Cache colouring of backing arrays over half a collector block. The
 * collector gives such an object whole 4 KiB blocks, so each one would
 * start on a page boundary: the rows of a [][]float32 with 1500 columns
 * (6000 bytes, 8 KiB apart) then put one column's elements into a few
 * cache sets, and a walk down a column kept evicting itself where Go's
 * 6144-byte size class spreads the rows (bench/extra/tsp: 1.5x Go's CPU
 * time). The array starts instead at a rotating multiple of 64 bytes into
 * the slack that its last block wastes anyway: no extra memory, the same
 * 64-byte alignment. The padding is part of the requested object, so the
 * collector scans all of it and the interior pointer keeps it alive. Its
 * last word holds COLOUR_TAG ^ pad, which tells runtime.SetFinalizer that
 * a coloured array begins there (rt_alloc_begins_at). */
enum { GC_BLOCK = 4096, COLOUR_STEP = 64, COLOUR_MIN = GC_BLOCK / 2 };
#define COLOUR_TAG UINT64_C(0xc01055ed00000000)
static _Thread_local uint32_t next_colour;

bool rt_alloc_begins_at(const void *base, const void *p) {
    uint64_t off = (uint64_t)((const uint8_t *)p - (const uint8_t *)base);
    return off == 0 || (off < GC_BLOCK && off % COLOUR_STEP == 0 &&
                        ((const uint64_t *)p)[-1] == (COLOUR_TAG ^ off));
}

static int64_t colour_pad(int64_t bytes) {
    if (bytes <= COLOUR_MIN || bytes > MAX_ALLOC)
        return 0;
    int64_t blocks = (bytes + 1 + GC_BLOCK - 1) / GC_BLOCK;    /* +1: the collector's extra byte */
    int64_t colours = (blocks * GC_BLOCK - 1 - bytes) / COLOUR_STEP + 1;
    return (int64_t)(next_colour++ % (uint64_t)colours) * COLOUR_STEP;
}

/* bytes of memory for a backing array: zeroed unless raw (then only the
 * collector's scanned kind is zeroed), scanned when scan is set. */
static void *alloc_array(int64_t bytes, bool scan, bool raw) {
    int64_t pad = colour_pad(bytes);
    uint8_t *p = scan ? rt_alloc(bytes + pad) : rt_alloc_noscan_raw(bytes + pad);
    p += pad;
    if (pad)
        ((uint64_t *)p)[-1] = COLOUR_TAG ^ (uint64_t)pad;
    if (!scan && !raw)
        memset(p, 0, (size_t)bytes);
    return p;
}

rt_slice rt_makeslice(const rt_type *elem, int64_t len, int64_t cap) {
    int64_t es = elem->size;
    if (len < 0 || (es > 0 && len > MAX_ALLOC / es))
        rt_panic_msg("makeslice: len out of range");
    if (cap < len || (es > 0 && cap > MAX_ALLOC / es))
        rt_panic_msg("makeslice: cap out of range");
    return (rt_slice){alloc_array(cap * es, rt_type_has_pointers(elem), false), len, cap};
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
    void *p = alloc_array(bytes, scan, true);
    if (!scan)                      /* zero only what the copy does not fill */
        memset((uint8_t *)p + old, 0, (size_t)(bytes - old));
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
        if (n > 0)              /* a nil s with n 0: memset's pointer must not be NULL */
            memset((uint8_t *)s.ptr + s.len * elemsize, 0, (size_t)(n * elemsize));
        s.len += n;
        return s;
    }
    return rt_growslice(s, elemsize, s.len + n, scan);
}

