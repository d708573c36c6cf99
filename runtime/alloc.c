/* Memory for CS values, from the Boehm collector. Everything is zeroed, so
 * fresh memory holds Go's zero values (rt.h), except from
 * rt_alloc_noscan_raw, whose callers overwrite every byte at once (string
 * bytes, the copied part of a grown slice). Pointer-free data (string
 * bytes, numeric slices) goes to the collector's atomic (unscanned) kind,
 * which keeps large numeric arrays from pinning garbage through false
 * pointers and makes marking cheaper. The collector is initialised by
 * rt_start (sched side); GC_MALLOC also initialises it lazily, which is
 * what the unit tests rely on.
 */
#ifndef GC_THREADS
#define GC_THREADS
#endif
#include <gc/gc.h>
#include <sys/mman.h>

#include "value_internal.h"

static void *check(void *p, int64_t size) {
    if (p == NULL && size > 0)
        rt_fatal("runtime: out of memory");
    return p;
}

void *rt_alloc(int64_t size) {
    if (size < 0)
        rt_fatal("runtime: out of memory");
    return check(GC_MALLOC((size_t)(size ? size : 1)), size);
}

/* A big pointer-free block (make([]byte, 64<<20)) is written right away,
 * by our memset or by the caller's copy: backed by 4 KiB pages that is
 * one page fault per 4 KiB (16,384 for 64 MiB, most of the time of such
 * a make). Go backs its heap with transparent huge pages; we ask for them
 * on the block's 2 MiB-aligned interior (THP in "madvise" mode, the
 * default, gives them only to ranges that ask). The advice outlives the
 * block, which is harmless: Boehm reuses the memory for other objects. */
enum { HUGE_PAGE = 2 << 20, HUGE_MIN = 4 << 20 };

static void want_huge_pages(void *p, size_t size) {
    uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    uintptr_t hi = ((uintptr_t)p + size) & ~(uintptr_t)(HUGE_PAGE - 1);
    if (hi > lo)
        madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
}

void *rt_alloc_noscan_raw(int64_t size) {
    if (size < 0)
        rt_fatal("runtime: out of memory");
    void *p = check(GC_MALLOC_ATOMIC((size_t)(size ? size : 1)), size);
    if (size >= HUGE_MIN)
        want_huge_pages(p, (size_t)size);
    return p;
}

void *rt_alloc_noscan(int64_t size) {
    void *p = rt_alloc_noscan_raw(size);
    memset(p, 0, (size_t)size);
    return p;
}

void *rt_new(const rt_type *t) {
    return rt_type_has_pointers(t) ? rt_alloc(t->size) : rt_alloc_noscan(t->size);
}

void rt_buf_grow(rt_buf *b, int64_t n) {
    int64_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + n)
        cap *= 2;
    uint8_t *p = rt_alloc_noscan(cap);
    if (b->len)
        memcpy(p, b->p, (size_t)b->len);
    b->p = p;
    b->cap = cap;
}
