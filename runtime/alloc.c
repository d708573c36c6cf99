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

void *rt_alloc_noscan_raw(int64_t size) {
    if (size < 0)
        rt_fatal("runtime: out of memory");
    return check(GC_MALLOC_ATOMIC((size_t)(size ? size : 1)), size);
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
