/* Interfaces: boxing, method lookup, implements checks and type
 * assertions with Go's panic texts.
 *
 * An interface value is {type, data} (rt.h). Boxing a pointer-shaped
 * (DIRECT) value stores the word itself; anything else is copied once to
 * the heap and never written again, so boxed values can be shared: a
 * pointer-free 8-byte value below 256 (a small int, a struct{int}) points
 * into a static table instead, with no allocation (Go's convT64 does the
 * same).
 * Method tables are sorted by name (bytewise), so lookup is a binary
 * search and rt_implements is a merge of two sorted lists. Generated
 * interface calls index rt_type.mtab (rt_ops.h rt_imethod) and never
 * come here; fmt looks up Error, String and the like by name on every
 * value it prints. So a global
 * direct-mapped cache keyed by (type, name pointer) answers repeated
 * lookups: callers pass literal names, whose pointers are stable. Entries
 * are immutable GC records published with one atomic pointer store, so
 * readers never see a torn entry; a collision just overwrites (the binary
 * search is the fallback). A second cache of the same shape remembers
 * rt_implements' answers.
 * Comparison (rt_iface_eq) lives in type.c with the rest of equality.
 */
#include "value_internal.h"

static const uint64_t zero_box[4];     /* data for boxed zero-size values */

#define SMALL4(n) n, n + 1, n + 2, n + 3
#define SMALL16(n) SMALL4(n), SMALL4(n + 4), SMALL4(n + 8), SMALL4(n + 12)
#define SMALL64(n) SMALL16(n), SMALL16(n + 16), SMALL16(n + 32), SMALL16(n + 48)
const uint64_t rt_small_values[256] = {SMALL64(0), SMALL64(64), SMALL64(128), SMALL64(192)};

/* The static data for an 8-byte value at p, or NULL. */
static void *small_value(const rt_type *t, const void *p) {
    uint64_t v;
    if (t->size != 8)
        return NULL;
    memcpy(&v, p, 8);
    return v < 256 && !rt_type_has_pointers(t) ? (void *)&rt_small_values[v] : NULL;
}

rt_iface rt_box(const rt_type *t, const void *p) {
    rt_iface x = {t, NULL};
    if (t->flags & RT_TFLAG_DIRECT) {
        memcpy(&x.data, p, sizeof(void *));
    } else if (t->size == 0) {
        x.data = (void *)zero_box;
    } else if ((x.data = small_value(t, p)) == NULL) {
        x.data = rt_new(t);
        memcpy(x.data, p, (size_t)t->size);
    }
    return x;
}

static const rt_method *lookup(const rt_type *t, rt_string name) {
    int64_t lo = 0, hi = t->nmethods;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        int c = rt_strcmp(t->methods[mid].name, name);
        if (c == 0)
            return &t->methods[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

typedef struct method_entry {
    const rt_type *type;
    const uint8_t *name;
    int64_t len;
    void *fn;
} method_entry;

enum { CACHE_SIZE = 1024 };    /* 1 << 10: pair_slot keeps 10 bits */
static method_entry *method_cache[CACHE_SIZE];     /* GC root: static data */

/* The cache slot of a pair of addresses. Type descriptors and names sit
 * next to each other in the executable, so shifts and xors of their
 * addresses collide (errors.Is/As asking about three interfaces evicted
 * each other on every call); a multiplicative mix spreads them. */
static uintptr_t pair_slot(const void *a, const void *b) {
    uint64_t h = ((uint64_t)(uintptr_t)a ^ (uint64_t)(uintptr_t)b * 0x9e3779b97f4a7c15u) * 0xff51afd7ed558ccdu;
    return (uintptr_t)(h >> 54);        /* the top 10 bits: CACHE_SIZE slots */
}

/* The miss path, out of line so the hit path needs no stack frame. */
static __attribute__((noinline)) void *method_miss(const rt_type *t, rt_string name, uintptr_t h) {
    const rt_method *m = lookup(t, name);
    if (m == NULL)
        return NULL;
    method_entry *e = rt_alloc(sizeof *e);
    *e = (method_entry){t, name.ptr, name.len, m->fn};
    __atomic_store_n(&method_cache[h], e, __ATOMIC_RELEASE);
    return m->fn;
}

void *rt_iface_method(rt_iface x, rt_string name) {
    uintptr_t h = pair_slot(x.type, name.ptr);
    method_entry *e = __atomic_load_n(&method_cache[h], __ATOMIC_ACQUIRE);
    if (__builtin_expect(e && e->type == x.type && e->name == name.ptr && e->len == name.len, 1))
        return e->fn;
    return method_miss(x.type, name, h);
}

/* The first method of interface type it that t lacks, or NULL. A method
 * of the right name but another signature is missing too: Name() int8
 * does not satisfy Name() int64. */
static const rt_string *missing_method(const rt_type *t, const rt_type *it) {
    int64_t j = 0;
    for (int64_t i = 0; i < it->nmethods; i++) {
        const rt_method *want = &it->methods[i];
        while (j < t->nmethods && rt_strcmp(t->methods[j].name, want->name) < 0)
            j++;
        if (j == t->nmethods || !rt_streq(t->methods[j].name, want->name) ||
            !rt_streq(t->methods[j].sig, want->sig))
            return &want->name;
    }
    return NULL;
}

/* Answers of rt_implements, cached like methods (type switches and
 * assertions to interfaces ask the same question over and over). */
typedef struct impl_entry {
    const rt_type *type, *iface;
    bool yes;
} impl_entry;

static impl_entry *impl_cache[CACHE_SIZE];     /* GC root: static data */

bool rt_implements(const rt_type *t, const rt_type *it) {
    if (t == NULL)
        return false;
    uintptr_t h = pair_slot(t, it);
    impl_entry *e = __atomic_load_n(&impl_cache[h], __ATOMIC_ACQUIRE);
    if (e && e->type == t && e->iface == it)
        return e->yes;
    e = rt_alloc(sizeof *e);
    *e = (impl_entry){t, it, missing_method(t, it) == NULL};
    __atomic_store_n(&impl_cache[h], e, __ATOMIC_RELEASE);
    return e->yes;
}

/* ---- assertions ----------------------------------------------------------------- */

_Noreturn static void conversion_panic(const rt_type *iface_type, const rt_type *concrete,
                                       const rt_type *asserted, const rt_string *missing) {
    rt_buf b = {0};
    rt_buf_cstr(&b, "interface conversion: ");
    if (missing) {
        rt_buf_str(&b, concrete->name);
        rt_buf_cstr(&b, " is not ");
        rt_buf_str(&b, asserted->name);
        rt_buf_cstr(&b, ": missing method ");
        rt_buf_str(&b, *missing);
    } else {
        if (iface_type)
            rt_buf_str(&b, iface_type->name);
        else
            rt_buf_cstr(&b, "interface");
        rt_buf_cstr(&b, " is ");
        if (concrete)
            rt_buf_str(&b, concrete->name);
        else
            rt_buf_cstr(&b, "nil");
        rt_buf_cstr(&b, ", not ");
        rt_buf_str(&b, asserted->name);
        if (concrete && rt_streq(concrete->name, asserted->name))
            rt_buf_cstr(&b, " (types from different scopes)");
    }
    rt_buf_byte(&b, 0);
    rt_panic_assert((const char *)b.p);
}

void *rt_assert_type(rt_iface x, const rt_type *t, const rt_type *iface_type) {
    if (!rt_type_identical(x.type, t))
        conversion_panic(iface_type, x.type, t, NULL);
    return x.data;
}

rt_iface rt_assert_iface(rt_iface x, const rt_type *it, const rt_type *iface_type) {
    if (x.type == NULL)     /* Go names no static type here: "interface is nil" */
        conversion_panic(NULL, NULL, it, NULL);
    const rt_string *missing = missing_method(x.type, it);
    if (missing)
        conversion_panic(iface_type, x.type, it, missing);
    return x;
}
