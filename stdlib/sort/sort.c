/* The C half of package sort (sort.cs): the element swapper behind
 * sort.Slice, which works on any slice type by exchanging raw element
 * memory (the size comes from the slice type's descriptor), and qsort
 * based Ints, Strings and Float64s. qsort is not stable, which is
 * invisible for ints and strings; for float64s only 0 and -0 could
 * tell, and Go leaves their order unspecified too. */
#include "rt.h"

#include <stdlib.h>

/* Go's reflect.Kind names, indexed by rt_kind. */
static const char *const kind_names[] = {
    [RT_KIND_INVALID] = "", [RT_KIND_BOOL] = "bool",
    [RT_KIND_INT] = "int", [RT_KIND_INT8] = "int8", [RT_KIND_INT16] = "int16",
    [RT_KIND_INT32] = "int32", [RT_KIND_INT64] = "int64",
    [RT_KIND_UINT] = "uint", [RT_KIND_UINT8] = "uint8",
    [RT_KIND_UINT16] = "uint16", [RT_KIND_UINT32] = "uint32",
    [RT_KIND_UINT64] = "uint64", [RT_KIND_UINTPTR] = "uintptr",
    [RT_KIND_FLOAT32] = "float32", [RT_KIND_FLOAT64] = "float64",
    [RT_KIND_STRING] = "string", [RT_KIND_ARRAY] = "array",
    [RT_KIND_SLICE] = "slice", [RT_KIND_MAP] = "map", [RT_KIND_CHAN] = "chan",
    [RT_KIND_PTR] = "ptr", [RT_KIND_FUNC] = "func",
    [RT_KIND_STRUCT] = "struct", [RT_KIND_INTERFACE] = "interface",
    [RT_KIND_UNSAFEPTR] = "unsafe.Pointer",
};

int64_t sort_sliceLen(rt_iface x, rt_string *kind) {
    if (x.type && x.type->kind == RT_KIND_SLICE) {
        *kind = (rt_string){0};
        return ((const rt_slice *)x.data)->len;
    }
    const char *name = x.type ? kind_names[x.type->kind] : "";
    *kind = (rt_string){(const uint8_t *)name, (int64_t)strlen(name)};
    return -1;
}

void sort_swapAny(rt_iface x, int64_t i, int64_t j) {
    const rt_slice *s = x.data;
    size_t size = (size_t)x.type->elem->size;
    uint8_t *a = (uint8_t *)s->ptr + (size_t)i * size;
    uint8_t *b = (uint8_t *)s->ptr + (size_t)j * size;
    if (size == 8) { /* int, pointers, float64: the common case, inlined */
        uint64_t t;
        memcpy(&t, a, 8);
        memcpy(a, b, 8);
        memcpy(b, &t, 8);
        return;
    }
    uint8_t tmp[64];
    while (size > 0) {
        size_t n = size < sizeof tmp ? size : sizeof tmp;
        memcpy(tmp, a, n);
        memcpy(a, b, n);
        memcpy(b, tmp, n);
        a += n;
        b += n;
        size -= n;
    }
}

static int cmp_int(const void *pa, const void *pb) {
    int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
    return (a > b) - (a < b);
}

static int cmp_string(const void *pa, const void *pb) {
    const rt_string *a = pa, *b = pb;
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = n ? memcmp(a->ptr, b->ptr, (size_t)n) : 0;
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

/* NaN sorts before everything else; NaNs are equal to each other. */
static int cmp_float64(const void *pa, const void *pb) {
    double a = *(const double *)pa, b = *(const double *)pb;
    if (a != a || b != b)
        return (b != b) - (a != a);
    return (a > b) - (a < b);
}

void sort_Ints(rt_slice x) {
    if (x.len > 1)
        qsort(x.ptr, (size_t)x.len, sizeof(int64_t), cmp_int);
}

void sort_Strings(rt_slice x) {
    if (x.len > 1)
        qsort(x.ptr, (size_t)x.len, sizeof(rt_string), cmp_string);
}

void sort_Float64s(rt_slice x) {
    if (x.len > 1)
        qsort(x.ptr, (size_t)x.len, sizeof(double), cmp_float64);
}
