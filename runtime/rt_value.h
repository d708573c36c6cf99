/* rt_value.h: strings, slices, maps, interfaces, type descriptors and the
 * print/println built-ins. Part of the rt.h contract; implemented in
 * runtime/string.c, slice.c, map.c, iface.c, type.c, print.c.
 * Owner: the values/stdlib side. Others add nothing here without telling.
 */
#ifndef RT_VALUE_H
#define RT_VALUE_H

/* ---- memory (Boehm GC) --------------------------------------------------- */
/* Zeroed, GC-scanned memory for `size` bytes. Never returns NULL (throws
 * "fatal error: runtime: out of memory"). */
void *rt_alloc(int64_t size);
/* Zeroed memory the GC does not scan for pointers (string bytes, numbers). */
void *rt_alloc_noscan(int64_t size);
/* Memory for one value of type t (new(T), escaping variables). */
void *rt_new(const rt_type *t);
/* Whether the program's value allocated at collector object base starts
 * at p: p == base, or p is base plus the cache-colour padding that
 * make/append put before a large backing array (slice.c). */
bool rt_alloc_begins_at(const void *base, const void *p);

/* ---- predeclared type descriptors --------------------------------------- */
extern const rt_type rt_type_bool, rt_type_int, rt_type_int8, rt_type_int16,
    rt_type_int32, rt_type_int64, rt_type_uint, rt_type_uint8, rt_type_uint16,
    rt_type_uint32, rt_type_uint64, rt_type_uintptr, rt_type_float32,
    rt_type_float64, rt_type_string;
extern const rt_type rt_type_error;     /* the interface type error */
extern const rt_type rt_type_any;       /* interface{} */

bool rt_type_identical(const rt_type *a, const rt_type *b);
/* Hash and equality of a value of type t at p (map keys, interface ==).
 * rt_equal panics "runtime error: comparing uncomparable type T" /
 * "hash of unhashable type T" for slices, maps, funcs inside. */
uint64_t rt_hash(const rt_type *t, const void *p, uint64_t seed);
bool rt_equal(const rt_type *t, const void *a, const void *b);

/* ---- strings -------------------------------------------------------------- */
/* Against a literal (b.len a compile-time constant after inlining: a
 * `case "x":` or `s == "x"`), the memcmp gets a constant size, which gcc
 * expands inline into a few loads and compares; always_inline because a
 * string switch makes many of these in one function. */
static inline __attribute__((always_inline)) bool rt_streq(rt_string a, rt_string b) {
    if (__builtin_constant_p(b.len))   /* b.len == 0 folds: "" may have a NULL ptr */
        return a.len == b.len && (b.len == 0 || memcmp(a.ptr, b.ptr, (size_t)b.len) == 0);
    return a.len == b.len && (a.len == 0 || a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}
int rt_strcmp(rt_string a, rt_string b);            /* <0, 0, >0 */
rt_string rt_concat2(rt_string a, rt_string b);
rt_string rt_concatn(const rt_string *parts, int n);
rt_string rt_string_from_bytes(rt_slice b);          /* string(b) */
/* string(b) where the string cannot outlive b's current bytes (an
 * operand of a comparison): b's array itself, as Go's slicebytetostringtmp. */
static inline rt_string rt_string_view_bytes(rt_slice b) {
    return (rt_string){(const uint8_t *)b.ptr, b.len};
}
rt_slice rt_bytes_from_string(rt_string s);          /* []byte(s): cap rounded up to a size class */
rt_slice rt_bytes_from_literal(rt_string s);         /* []byte("const"): cap == len, as Go */
rt_string rt_string_from_rune(int64_t r);            /* string(r); invalid -> "\uFFFD" */
rt_slice rt_runes_from_string(rt_string s);          /* []rune(s): cap rounded up to a size class */
rt_slice rt_runes_from_literal(rt_string s);         /* []rune("const"): cap == len, as Go */
rt_string rt_string_from_runes(rt_slice runes);      /* string(rs) */
/* Decodes the rune at s[i] (for range over strings); stores its width
 * (1 for an invalid byte, which decodes as 0xFFFD). */
int32_t rt_decoderune(rt_string s, int64_t i, int64_t *width);
/* A C string (NUL-terminated copy) for C library calls. */
const char *rt_cstring(rt_string s);
rt_string rt_string_from_c(const char *s);           /* copies */

/* ---- slices ---------------------------------------------------------------- */
/* make([]T, len, cap): panics "runtime error: makeslice: len out of range" /
 * "makeslice: cap out of range". */
rt_slice rt_makeslice(const rt_type *elem, int64_t len, int64_t cap);
/* For append: returns s with len == newlen, reallocated (Go 1.19 growth
 * policy and size classes, so cap() matches Go) when newlen > cap, in
 * memory the GC scans when `scan` (the elements hold pointers). */
rt_slice rt_growslice(rt_slice s, int64_t elemsize, int64_t newlen, bool scan);
rt_slice rt_extendslice(rt_slice s, int64_t elemsize, int64_t n, bool scan);
/* copy(dst, src) on raw memory (overlap allowed); returns the count
 * copied. Inline: elemsize is a constant at every generated call, and most
 * copies are short. A slice with n > 0 elements is never NULL; the NULL
 * tests only let gcc drop the call where an operand is a nil constant
 * (else it warns: memmove's arguments are nonnull). */
static inline int64_t rt_slicecopy(void *dst, int64_t dstlen, const void *src, int64_t srclen, int64_t elemsize) {
    int64_t n = dstlen < srclen ? dstlen : srclen;
    if (n > 0 && dst != src && dst != NULL && src != NULL)
        memmove(dst, src, (size_t)(n * elemsize));
    return n;
}

/* ---- maps ------------------------------------------------------------------- */
/* mt is the map type's descriptor (kind MAP, key, elem). Values are read and
 * written through pointers to key/value storage of the descriptor's sizes. */
rt_map *rt_makemap(const rt_type *mt, int64_t hint);
/* v := m[k]: pointer to the value, or to zeroed memory if absent (never NULL;
 * do not write through it). m may be nil. */
void *rt_mapaccess1(const rt_type *mt, rt_map *m, const void *key);
/* v, ok := m[k] */
void *rt_mapaccess2(const rt_type *mt, rt_map *m, const void *key, bool *ok);
/* m[k] = v: pointer to the value slot to store into (inserting the key).
 * Panics "assignment to entry in nil map" when m is nil. */
void *rt_mapassign(const rt_type *mt, rt_map *m, const void *key);
void rt_mapdelete(const rt_type *mt, rt_map *m, const void *key);
/* `for k := range m { delete(m, k) }` (reflexive keys only): removes every
 * entry at once, keeping the arrays. m may be nil. */
void rt_mapclear(rt_map *m);
int64_t rt_maplen(rt_map *m);
/* for k, v := range m. Order is randomised per iteration, as in Go; entries
 * deleted during the loop and not yet reached are not produced. */
typedef struct rt_mapiter {
    const rt_type *mt;
    rt_map *m;
    void *key;              /* valid after rt_mapiternext returned true */
    void *val;
    int64_t bucket, slot, start, visited; /* iterator state (map.c) */
    void *state;
} rt_mapiter;
void rt_mapiterinit(const rt_type *mt, rt_map *m, rt_mapiter *it);
bool rt_mapiternext(rt_mapiter *it);

/* ---- interfaces -------------------------------------------------------------- */
/* Boxes the value at p of type t (copies unless t is DIRECT). */
rt_iface rt_box(const rt_type *t, const void *p);
bool rt_iface_eq(rt_iface a, rt_iface b);
/* Looks up method `name` in x's dynamic type; NULL when absent. x.type may
 * not be NULL (callers check for the nil-interface panic first). Generated
 * code calls through rt_type.mtab instead; fmt and sort ask here for
 * Error, String, Less... */
void *rt_iface_method(rt_iface x, rt_string name);
/* Does dynamic type t implement interface type it (has all its methods)? */
bool rt_implements(const rt_type *t, const rt_type *it);
/* x.(T) for a concrete T: panics "interface conversion: interface {} is
 * string, not int" on mismatch; returns the data word. */
void *rt_assert_type(rt_iface x, const rt_type *t, const rt_type *iface_type);
/* x.(I) for an interface I */
rt_iface rt_assert_iface(rt_iface x, const rt_type *it, const rt_type *iface_type);

/* ---- print / println built-ins (to stderr, Go's formats) --------------------- */
void rt_print_lock(void);
void rt_print_unlock(void);
void rt_print_bool(bool v);
void rt_print_int(int64_t v);
void rt_print_uint(uint64_t v);
void rt_print_float(double v);          /* +1.500000e+000 */
void rt_print_string(rt_string s);
void rt_print_pointer(const void *p);   /* 0xc000012345 */
void rt_print_iface(rt_iface x);        /* (0x...,0x...) */
void rt_print_slice(rt_slice s);        /* [3/4]0x... */
void rt_print_space(void);
void rt_print_nl(void);

#endif
