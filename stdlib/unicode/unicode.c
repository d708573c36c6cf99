/* Package unicode's C half (unicode.cs): property tests and case mapping
 * over the Unicode tables in tables.h (generated from Go 1.19's tables by
 * gen/, so results match Go for every rune). A range {lo, hi, stride}
 * holds lo, lo+stride, ... <= hi; lookups are binary searches after an
 * ASCII fast path. Case ranges work like Go's: a delta per case (upper,
 * lower, title), or UPPER_LOWER meaning alternating upper/lower pairs. */
#include "rt.h"

typedef struct range { int32_t lo, hi, stride; } range;
typedef struct case_range { int32_t lo, hi; int32_t delta[3]; } case_range;

#include "tables.h"

#define MAX_RUNE 0x10FFFF
#define UPPER_LOWER (MAX_RUNE + 1)
#define LEN(a) ((int)(sizeof(a) / sizeof((a)[0])))

static bool in_table(const range *t, int n, int32_t r) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        if (r < t[m].lo) {
            hi = m;
        } else if (r > t[m].hi) {
            lo = m + 1;
        } else {
            return t[m].stride == 1 || (r - t[m].lo) % t[m].stride == 0;
        }
    }
    return false;
}

#define IN(t, r) in_table(t, LEN(t), r)

bool unicode_IsLetter(int32_t r) {
    if ((uint32_t)r < 0x80)
        return ((uint32_t)r | 0x20) - 'a' < 26;
    return IN(letter, r);
}
bool unicode_IsUpper(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - 'A' < 26 : IN(upper, r); }
bool unicode_IsLower(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - 'a' < 26 : IN(lower, r); }
bool unicode_IsTitle(int32_t r) { return (uint32_t)r >= 0x80 && IN(title, r); }
bool unicode_IsDigit(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - '0' < 10 : IN(digit, r); }
bool unicode_IsNumber(int32_t r) { return (uint32_t)r < 0x80 ? (uint32_t)r - '0' < 10 : IN(number, r); }
bool unicode_IsPunct(int32_t r) { return IN(punct, r); }
bool unicode_IsMark(int32_t r) { return IN(mark, r); }
bool unicode_IsSymbol(int32_t r) { return IN(symbol, r); }

bool unicode_IsSpace(int32_t r) {
    if ((uint32_t)r <= 0xFF)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return IN(white_space, r);
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
    return unicode_IsLetter(r) || IN(mark, r) || IN(number, r) || IN(punct, r) || IN(symbol, r);
}

/* IsPrint plus the other space separators (category Zs). */
bool unicode_IsGraphic(int32_t r) {
    if (unicode_IsPrint(r))
        return true;
    return r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F ||
           r == 0x205F || r == 0x3000;
}

static int32_t to_case(int which, int32_t r) {
    int lo = 0, hi = LEN(case_ranges);
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
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
