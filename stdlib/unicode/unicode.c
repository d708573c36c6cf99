/* Package unicode's C half (unicode.cs, tables.cs): the range tables and
 * case mapping over the data in tables.h (generated from Go 1.19's tables
 * by gen/, so results match Go for every rune). A range_table is laid out
 * as Go's RangeTable, so the same lookup serves this package's tables and
 * ones a program builds: a range {lo, hi, stride} holds lo, lo+stride, ...
 * <= hi, and lookups are binary searches (after an ASCII fast path in the
 * Is* functions). Case ranges work like Go's: a delta per case (upper,
 * lower, title), or UPPER_LOWER meaning alternating upper/lower pairs. */
#include "rt.h"

typedef struct range16 { uint16_t lo, hi, stride; } range16;
typedef struct range32 { uint32_t lo, hi, stride; } range32;
/* KEEP IN SYNC: unicode.cs (RangeTable, Range16, Range32) */
typedef struct range_table {
    rt_slice r16, r32;          /* of range16, range32 */
    int64_t latin_offset;
} range_table;
typedef struct case_range { int32_t lo, hi; int32_t delta[3]; } case_range;

#define LEN(a) ((int64_t)(sizeof(a) / sizeof((a)[0])))
#define SLICE(a) {LEN(a) ? (a) : NULL, LEN(a), LEN(a)}

#include "tables.h"

#define MAX_RUNE 0x10FFFF
#define UPPER_LOWER (MAX_RUNE + 1)

/* in16, in32: binary search of n ranges of t for r. */
#define RANGE_SEARCH(name, T) \
    static bool name(const T *t, int64_t n, uint32_t r) { \
        int64_t lo = 0, hi = n; \
        while (lo < hi) { \
            int64_t m = lo + (hi - lo) / 2; \
            if (r < t[m].lo) \
                hi = m; \
            else if (r > t[m].hi) \
                lo = m + 1; \
            else \
                return t[m].stride == 1 || (r - t[m].lo) % t[m].stride == 0; \
        } \
        return false; \
    }
RANGE_SEARCH(in16, range16)
RANGE_SEARCH(in32, range32)

/* unicode.Is: the 16-bit ranges when r is not above their last, else the
 * 32-bit ones (a stride of 0 in a user's table divides by zero, as in Go). */
bool unicode_Is(range_table *t, int32_t r) {
    if (t == NULL)
        rt_panic_nil();
    const range16 *r16 = t->r16.ptr;
    const range32 *r32 = t->r32.ptr;
    if (t->r16.len > 0 && (uint32_t)r <= r16[t->r16.len - 1].hi)
        return in16(r16, t->r16.len, (uint32_t)r);
    if (t->r32.len > 0 && r >= (int32_t)r32[0].lo)
        return in32(r32, t->r32.len, (uint32_t)r);
    return false;
}

/* tables.cs: this package's table i. */
range_table *unicode_table(int64_t i) { return &tables[i]; }

#define IN(t, r) unicode_Is(&tables[T_##t], r)

bool unicode_IsLetter(int32_t r) {
    if ((uint32_t)r < 0x80)
        return ((uint32_t)r | 0x20) - 'a' < 26;
    return IN(L, r);
}
bool unicode_IsUpper(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - 'A' < 26 : IN(Lu, r); }
bool unicode_IsLower(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - 'a' < 26 : IN(Ll, r); }
bool unicode_IsTitle(int32_t r) { return (uint32_t)r >= 0x80 && IN(Lt, r); }
bool unicode_IsDigit(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - '0' < 10 : IN(Nd, r); }
bool unicode_IsNumber(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - '0' < 10 : IN(N, r); }
bool unicode_IsPunct(int32_t r) { return IN(P, r); }
bool unicode_IsMark(int32_t r) { return IN(M, r); }
bool unicode_IsSymbol(int32_t r) { return IN(S, r); }

bool unicode_IsSpace(int32_t r) {
    if ((uint32_t)r <= 0xFF)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return IN(White_Space, r);
}

bool unicode_IsControl(int32_t r) {
    return (uint32_t)r < 0x20 || (r >= 0x7F && r <= 0x9F);
}

/* Go: letters, marks, numbers, punctuation, symbols, and ASCII space. */
bool unicode_IsPrint(int32_t r) {
    if (r == ' ')
        return true;
    if ((uint32_t)r < 0x80)
        return r > ' ' && r < 0x7F;
    return unicode_IsLetter(r) || IN(M, r) || IN(N, r) || IN(P, r) || IN(S, r);
}

/* IsPrint plus the other space separators (category Zs). */
bool unicode_IsGraphic(int32_t r) {
    if (unicode_IsPrint(r))
        return true;
    return r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F ||
           r == 0x205F || r == 0x3000;
}

static int32_t to_case(int which, int32_t r) {
    int64_t lo = 0, hi = LEN(case_ranges);
    while (lo < hi) {
        int64_t m = lo + (hi - lo) / 2;
        const case_range *c = &case_ranges[m];
        if (r < c->lo) {
            hi = m;
        } else if (r > c->hi) {
            lo = m + 1;
        } else {
            int32_t d = c->delta[which];
            if (d > MAX_RUNE)   /* UPPER_LOWER: upper at even offsets, lower at odd */
                return c->lo + (((r - c->lo) & ~1) | (which == 1));
            return r + d;
        }
    }
    return r;
}

int32_t unicode_ToUpper(int32_t r) {
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') ? r - 32 : r;
    return to_case(0, r);
}

int32_t unicode_ToLower(int32_t r) {
    if (r < 0x80)
        return (r >= 'A' && r <= 'Z') ? r + 32 : r;
    return to_case(1, r);
}

int32_t unicode_ToTitle(int32_t r) {
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') ? r - 32 : r;
    return to_case(2, r);
}

/* unicode.To: Go answers U+FFFD for a case outside 0..2. */
int32_t unicode_To(int64_t which, int32_t r) {
    if (which < 0 || which > 2)
        return 0xFFFD;
    return to_case((int)which, r);
}

/* unicode.SimpleFold: fold_orbit's answer where there is one, else the
 * other case of r (lower if r has one, else upper). */
int32_t unicode_SimpleFold(int32_t r) {
    if (r < 0 || r > MAX_RUNE)
        return r;
    int64_t lo = 0, hi = LEN(fold_orbit);
    while (lo < hi) {
        int64_t m = lo + (hi - lo) / 2;
        if (fold_orbit[m][0] < r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < LEN(fold_orbit) && fold_orbit[lo][0] == r)
        return fold_orbit[lo][1];
    int32_t l = unicode_ToLower(r);
    return l != r ? l : unicode_ToUpper(r);
}
