/* The C half of package sort (sort.cs): Go's pdqsort (pdqsort.h) for
 * Sort, Slice, Ints, Strings and Float64s, each with its own inlined
 * copy of the algorithm, and the element swapper and slice probe behind
 * Slice & co. Sort finds the Less and Swap methods of its argument once
 * and calls them directly; Slice calls the less closure and exchanges
 * raw element memory (the size comes from the slice type's descriptor);
 * Ints, Strings and Float64s compare in place. All do exactly the Less
 * and Swap calls Go does, so equal elements end where Go puts them. */
#include "rt.h"
#include "pdqsort.h"

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


/* ---- sort.Sort: method calls through the interface's type -------------- */

typedef struct iface_ops {
    void *data;
    bool (*less)(void *data, int64_t i, int64_t j);
    void (*swap)(void *data, int64_t i, int64_t j);
} iface_ops;

static bool iface_less(void *c, int64_t i, int64_t j) {
    iface_ops *o = c;
    return o->less(o->data, i, j);
}

static void iface_swap(void *c, int64_t i, int64_t j) {
    iface_ops *o = c;
    o->swap(o->data, i, j);
}

void sort_pdqsortIface(rt_iface data, int64_t n) {
    iface_ops o = {data.data, rt_iface_method(data, (rt_string){(const uint8_t *)"Less", 4}),
                   rt_iface_method(data, (rt_string){(const uint8_t *)"Swap", 4})};
    pdq_sort(&o, iface_less, iface_swap, n);
}

/* ---- sort.Slice: the less closure and raw element exchange ---------------- */

typedef struct slice_ops {
    uint8_t *base;
    size_t size;
    rt_func *less;
} slice_ops;

static bool closure_less(void *c, int64_t i, int64_t j) {
    rt_func *f = ((slice_ops *)c)->less;
    return ((bool (*)(rt_func *, int64_t, int64_t))f->fn)(f, i, j);
}

/* Exchanges elements i and j; size is a constant in the callers below. */
static inline __attribute__((always_inline)) void exchange(uint8_t *base, size_t size,
                                                           int64_t i, int64_t j) {
    uint8_t *a = base + (size_t)i * size, *b = base + (size_t)j * size;
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

/* lessSwap.Swap, for SliceStable. */
void sort_swapAny(rt_iface x, int64_t i, int64_t j) {
    const rt_slice *s = x.data;
    exchange(s->ptr, (size_t)x.type->elem->size, i, j);
}

static void swap_any(void *c, int64_t i, int64_t j) {
    slice_ops *o = c;
    exchange(o->base, o->size, i, j);
}

static void swap_8(void *c, int64_t i, int64_t j) { exchange(((slice_ops *)c)->base, 8, i, j); }
static void swap_16(void *c, int64_t i, int64_t j) { exchange(((slice_ops *)c)->base, 16, i, j); }
static void swap_24(void *c, int64_t i, int64_t j) { exchange(((slice_ops *)c)->base, 24, i, j); }

void sort_pdqsortSlice(rt_iface x, int64_t n, rt_func *less) {
    slice_ops o = {((const rt_slice *)x.data)->ptr, (size_t)x.type->elem->size, less};
    switch (o.size) { /* the common sizes get an exchange of known length */
    case 8: pdq_sort(&o, closure_less, swap_8, n); break;
    case 16: pdq_sort(&o, closure_less, swap_16, n); break;
    case 24: pdq_sort(&o, closure_less, swap_24, n); break;
    default: pdq_sort(&o, closure_less, swap_any, n); break;
    }
}

/* ---- Ints, Strings, Float64s: IntSlice & co.'s Less, compared in place ---- */

static bool less_int(void *c, int64_t i, int64_t j) {
    const int64_t *x = c;
    return x[i] < x[j];
}

static bool less_string(void *c, int64_t i, int64_t j) {
    const rt_string *x = c;
    return rt_strcmp(x[i], x[j]) < 0;
}

/* Go's Float64Slice.Less: NaNs sort first. */
static bool less_float64(void *c, int64_t i, int64_t j) {
    const double *x = c;
    return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]);
}

static void swap_word(void *c, int64_t i, int64_t j) { exchange(c, 8, i, j); }
static void swap_string(void *c, int64_t i, int64_t j) { exchange(c, 16, i, j); }

void sort_Ints(rt_slice x) { pdq_sort(x.ptr, less_int, swap_word, x.len); }
void sort_Strings(rt_slice x) { pdq_sort(x.ptr, less_string, swap_string, x.len); }
void sort_Float64s(rt_slice x) { pdq_sort(x.ptr, less_float64, swap_word, x.len); }
