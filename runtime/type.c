/* Type descriptors: the predeclared ones, identity, and the generic hash
 * and equality that maps and interface comparison use.
 *
 * rt_hash/rt_equal walk the descriptor: scalars by value, strings by
 * content, floats so that +0 == -0 (same hash) and NaN != NaN (random
 * hash: a NaN key can never be found again, as in Go), interfaces by
 * dynamic type then value, arrays and structs element by element
 * (blank fields skipped, padding never read). An interface holding a
 * slice, map or func panics, with Go's texts.
 * map.c has inline fast paths for int and string keys that must agree
 * with the hashes computed here (KEEP IN SYNC: map.c key_hash).
 */
#include <math.h>
#include <stdatomic.h>

#include "value_internal.h"
#include "type_hash.h"

#define PRIM(id, k, nm, sz) \
    const rt_type rt_type_##id = { .kind = k, .flags = RT_TFLAG_COMPARABLE, \
        .size = sz, .align = sz, .name = RT_STR(nm) }
PRIM(bool, RT_KIND_BOOL, "bool", 1);
PRIM(int, RT_KIND_INT, "int", 8);
PRIM(int8, RT_KIND_INT8, "int8", 1);
PRIM(int16, RT_KIND_INT16, "int16", 2);
PRIM(int32, RT_KIND_INT32, "int32", 4);
PRIM(int64, RT_KIND_INT64, "int64", 8);
PRIM(uint, RT_KIND_UINT, "uint", 8);
PRIM(uint8, RT_KIND_UINT8, "uint8", 1);
PRIM(uint16, RT_KIND_UINT16, "uint16", 2);
PRIM(uint32, RT_KIND_UINT32, "uint32", 4);
PRIM(uint64, RT_KIND_UINT64, "uint64", 8);
PRIM(uintptr, RT_KIND_UINTPTR, "uintptr", 8);
PRIM(float32, RT_KIND_FLOAT32, "float32", 4);
PRIM(float64, RT_KIND_FLOAT64, "float64", 8);
#undef PRIM
const rt_type rt_type_string = { .kind = RT_KIND_STRING, .flags = RT_TFLAG_COMPARABLE,
    .size = sizeof(rt_string), .align = 8, .name = RT_STR("string") };

static const rt_method error_methods[] = { { RT_STR("Error"), NULL, RT_STR("func() string") } };
const rt_type rt_type_error = { .kind = RT_KIND_INTERFACE,
    .flags = RT_TFLAG_COMPARABLE | RT_TFLAG_NAMED, .size = sizeof(rt_iface),
    .align = 8, .name = RT_STR("error"), .methods = error_methods, .nmethods = 1 };
const rt_type rt_type_any = { .kind = RT_KIND_INTERFACE, .flags = RT_TFLAG_COMPARABLE,
    .size = sizeof(rt_iface), .align = 8, .name = RT_STR("interface {}") };

/* A declared type has exactly one descriptor, so two named descriptors
 * are the same type only as the same object: type T declared in two
 * functions is spelled "main.T" both times. Unnamed descriptors compare
 * by spelling and, where they list them, by their components (struct
 * fields by name too: struct{ int } is not struct{ Int }), so []T
 * of one function's T is not []T of another's. (Func and interface
 * descriptors list no parameter types: those compare by spelling.) */
bool rt_type_identical(const rt_type *a, const rt_type *b) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind || ((a->flags | b->flags) & RT_TFLAG_NAMED) ||
        !rt_streq(a->name, b->name))
        return false;
    if ((a->elem && !rt_type_identical(a->elem, b->elem)) ||
        (a->key && !rt_type_identical(a->key, b->key)) || a->nfields != b->nfields)
        return false;
    for (int64_t i = 0; i < a->nfields; i++)
        if (!rt_streq(a->fields[i].name, b->fields[i].name) ||
            !rt_type_identical(a->fields[i].type, b->fields[i].type))
            return false;
    return true;
}

bool rt_type_has_pointers(const rt_type *t) {
    switch (t->kind) {
    case RT_KIND_ARRAY:
        return t->len > 0 && rt_type_has_pointers(t->elem);
    case RT_KIND_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++)
            if (rt_type_has_pointers(t->fields[i].type))
                return true;
        return false;
    case RT_KIND_STRING: case RT_KIND_SLICE: case RT_KIND_MAP: case RT_KIND_CHAN:
    case RT_KIND_PTR: case RT_KIND_FUNC: case RT_KIND_INTERFACE: case RT_KIND_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

bool rt_type_needs_key_update(const rt_type *t) {
    switch (t->kind) {
    case RT_KIND_FLOAT32: case RT_KIND_FLOAT64: case RT_KIND_INTERFACE:
        return true;
    case RT_KIND_ARRAY:
        return t->len > 0 && rt_type_needs_key_update(t->elem);
    case RT_KIND_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++)
            if (rt_type_needs_key_update(t->fields[i].type))
                return true;
        return false;
    default:
        return false;
    }
}

/* ---- errors ------------------------------------------------------------------ */

_Noreturn static void type_error(const char *what, const rt_type *t) {
    rt_buf b = {0};
    rt_buf_cstr(&b, what);
    rt_buf_str(&b, t->name);
    rt_buf_byte(&b, 0);
    rt_panic_msg((const char *)b.p);
}

/* ---- hashing --------------------------------------------------------------------- */

static _Atomic uint64_t nan_counter;

uint64_t rt_hash(const rt_type *t, const void *p, uint64_t seed) {
    switch (t->kind) {
    case RT_KIND_BOOL: case RT_KIND_INT8: case RT_KIND_UINT8:
        return rt_hash_u64(*(const uint8_t *)p, seed);
    case RT_KIND_INT16: case RT_KIND_UINT16:
        return rt_hash_u64(*(const uint16_t *)p, seed);
    case RT_KIND_INT32: case RT_KIND_UINT32:
        return rt_hash_u64(*(const uint32_t *)p, seed);
    case RT_KIND_INT: case RT_KIND_INT64: case RT_KIND_UINT: case RT_KIND_UINT64:
    case RT_KIND_UINTPTR: case RT_KIND_PTR: case RT_KIND_CHAN: case RT_KIND_UNSAFEPTR:
        return rt_hash_u64(*(const uint64_t *)p, seed);
    case RT_KIND_FLOAT32: {
        float f = *(const float *)p;
        if (f != f)
            return rt_hash_u64(atomic_fetch_add(&nan_counter, 1), seed ^ 0x9e3779b97f4a7c15u);
        if (f == 0)
            f = 0;
        uint32_t u;
        memcpy(&u, &f, 4);
        return rt_hash_u64(u, seed);
    }
    case RT_KIND_FLOAT64: {
        double f = *(const double *)p;
        if (f != f)
            return rt_hash_u64(atomic_fetch_add(&nan_counter, 1), seed ^ 0x9e3779b97f4a7c15u);
        if (f == 0)
            f = 0;
        uint64_t u;
        memcpy(&u, &f, 8);
        return rt_hash_u64(u, seed);
    }
    case RT_KIND_STRING:
        return rt_hash_string(*(const rt_string *)p, seed);
    case RT_KIND_INTERFACE: {
        const rt_iface *x = p;
        if (x->type == NULL)
            return rt_hash_u64(0, seed);
        if (!(x->type->flags & RT_TFLAG_COMPARABLE))
            type_error("hash of unhashable type ", x->type);
        const void *v = (x->type->flags & RT_TFLAG_DIRECT) ? (const void *)&x->data : x->data;
        return rt_hash(x->type, v, rt_hash_string(x->type->name, seed));
    }
    case RT_KIND_ARRAY: {
        uint64_t h = seed;
        for (int64_t i = 0; i < t->len; i++)
            h = rt_hash(t->elem, (const char *)p + i * t->elem->size, h);
        return h;
    }
    case RT_KIND_STRUCT: {
        uint64_t h = seed;
        for (int64_t i = 0; i < t->nfields; i++) {
            const rt_field *f = &t->fields[i];
            if (!rt_streq(f->name, RT_STR("_")))
                h = rt_hash(f->type, (const char *)p + f->offset, h);
        }
        return h;
    }
    default:
        type_error("hash of unhashable type ", t);
    }
}

/* ---- equality ------------------------------------------------------------------- */

bool rt_equal(const rt_type *t, const void *a, const void *b) {
    switch (t->kind) {
    case RT_KIND_BOOL: case RT_KIND_INT8: case RT_KIND_UINT8:
        return *(const uint8_t *)a == *(const uint8_t *)b;
    case RT_KIND_INT16: case RT_KIND_UINT16:
        return *(const uint16_t *)a == *(const uint16_t *)b;
    case RT_KIND_INT32: case RT_KIND_UINT32:
        return *(const uint32_t *)a == *(const uint32_t *)b;
    case RT_KIND_INT: case RT_KIND_INT64: case RT_KIND_UINT: case RT_KIND_UINT64:
    case RT_KIND_UINTPTR: case RT_KIND_PTR: case RT_KIND_CHAN: case RT_KIND_UNSAFEPTR:
        return *(const uint64_t *)a == *(const uint64_t *)b;
    case RT_KIND_FLOAT32:
        return *(const float *)a == *(const float *)b;
    case RT_KIND_FLOAT64:
        return *(const double *)a == *(const double *)b;
    case RT_KIND_STRING:
        return rt_streq(*(const rt_string *)a, *(const rt_string *)b);
    case RT_KIND_INTERFACE:
        return rt_iface_eq(*(const rt_iface *)a, *(const rt_iface *)b);
    case RT_KIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            if (!rt_equal(t->elem, (const char *)a + i * t->elem->size,
                          (const char *)b + i * t->elem->size))
                return false;
        return true;
    case RT_KIND_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++) {
            const rt_field *f = &t->fields[i];
            if (!rt_streq(f->name, RT_STR("_")) &&
                !rt_equal(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
                return false;
        }
        return true;
    default:
        type_error("comparing uncomparable type ", t);
    }
}

bool rt_iface_eq(rt_iface a, rt_iface b) {
    if (!rt_type_identical(a.type, b.type))
        return false;
    if (a.type == NULL)
        return true;
    if (!(a.type->flags & RT_TFLAG_COMPARABLE))
        type_error("comparing uncomparable type ", a.type);
    if (a.type->flags & RT_TFLAG_DIRECT)
        return a.data == b.data;
    return rt_equal(a.type, a.data, b.data);
}
