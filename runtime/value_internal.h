/* value_internal.h: helpers shared by the value side of the runtime
 * (string.c, print.c, type.c, iface.c) and the C parts of the stdlib
 * (fmt, strconv, strings). Not part of the rt.h contract: generated code
 * never includes it.
 *
 * rt_buf is a growable byte buffer in GC memory; the formatting code in
 * fmt.c and strconv.c appends into one and turns it into a string or a
 * []byte without copying (the buffer is never written after that).
 */
#ifndef RT_VALUE_INTERNAL_H
#define RT_VALUE_INTERNAL_H

#include "rt.h"

#define RT_INTERNAL __attribute__((visibility("hidden")))

typedef struct rt_buf {
    uint8_t *p;
    int64_t len, cap;
} rt_buf;

RT_INTERNAL void rt_buf_grow(rt_buf *b, int64_t n);
/* rt_small_values[v] == v for v < 256 (iface.c): the shared data of boxed
 * small values and, its first byte on this little-endian target, of
 * one-byte strings (string.c), as Go's staticuint64s serves both. */
RT_INTERNAL extern const uint64_t rt_small_values[256];
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "rt_small_values as bytes needs little-endian");
/* rt_alloc_noscan without the zeroing: the caller fills every byte. */
RT_INTERNAL void *rt_alloc_noscan_raw(int64_t size);
static inline void rt_buf_byte(rt_buf *b, uint8_t c) {
    if (b->len == b->cap)
        rt_buf_grow(b, 1);
    b->p[b->len++] = c;
}
static inline void rt_buf_write(rt_buf *b, const void *p, int64_t n) {
    if (b->len + n > b->cap)
        rt_buf_grow(b, n);
    if (n > 0)
        memcpy(b->p + b->len, p, (size_t)n);
    b->len += n;
}
static inline void rt_buf_str(rt_buf *b, rt_string s) { rt_buf_write(b, s.ptr, s.len); }
static inline void rt_buf_cstr(rt_buf *b, const char *s) { rt_buf_write(b, s, (int64_t)strlen(s)); }
static inline rt_string rt_buf_string(const rt_buf *b) { return (rt_string){b->p, b->len}; }
/* Appends the UTF-8 encoding of r (invalid runes as U+FFFD). */
RT_INTERNAL void rt_buf_rune(rt_buf *b, int32_t r);

/* UTF-8: encodes r into p (at least 4 bytes), returns the byte count. */
RT_INTERNAL int rt_utf8_encode(uint8_t *p, int32_t r);
/* Decodes the rune at p[0..n) (n > 0); invalid -> 0xFFFD width 1. */
RT_INTERNAL int32_t rt_utf8_decode(const uint8_t *p, int64_t n, int *width);
RT_INTERNAL int64_t rt_utf8_count(const uint8_t *p, int64_t n);

/* strconv-style number formatting, shared by fmt.c and strconv.c. */
/* Go's strconv.AppendFloat(b, v, fmt, prec, bitsize): fmt 'e' 'E' 'f'
 * 'g' 'G' (prec < 0: shortest that round-trips), 'b', 'x' 'X' (hex
 * mantissa and binary exponent); anything else appends '%' fmt. */
RT_INTERNAL void rt_fmt_float(rt_buf *b, double v, char fmt, int prec, int bitsize);
/* strconv.AppendInt / AppendUint in base 2..36 (else Go's panic). */
RT_INTERNAL void rt_fmt_int(rt_buf *b, int64_t v, int base);
RT_INTERNAL void rt_fmt_uint(rt_buf *b, uint64_t v, int base);
/* v's digits in base 2..36 (else Go's panic), sign included,
 * right-aligned in tmp; returns where they start. */
RT_INTERNAL int rt_fmt_int_digits(char tmp[72], int64_t v, int base);
/* strconv.FormatInt: a string of exactly the digits' length. */
RT_INTERNAL rt_string rt_fmt_int_string(int64_t v, int base);
/* strconv.AppendQuote (ascii_only: AppendQuoteToASCII) and
 * AppendQuoteRune with the given quote character. */
/* Which runes quoting writes as themselves, the rest escaped: the
 * printable ones (strconv.Quote), printable ASCII (QuoteToASCII), or the
 * printable ones and the Unicode spaces (QuoteToGraphic). */
typedef enum { RT_QUOTE_PRINT, RT_QUOTE_ASCII, RT_QUOTE_GRAPHIC } rt_quote_mode;
RT_INTERNAL void rt_fmt_quote(rt_buf *b, rt_string s, char quote, rt_quote_mode mode);
RT_INTERNAL void rt_fmt_quote_rune(rt_buf *b, int32_t r, rt_quote_mode mode);
/* strconv.IsPrint (Unicode 13 tables, stdlib/unicode). */
RT_INTERNAL bool rt_isprint(int32_t r);
RT_INTERNAL bool rt_isgraphic(int32_t r);   /* strconv.IsGraphic */

/* Go's malloc size class rounding (runtime.roundupsize, Go 1.19). */
RT_INTERNAL int64_t rt_roundupsize(int64_t size);

/* Does a value of type t hold pointers the GC must see? */
RT_INTERNAL bool rt_type_has_pointers(const rt_type *t);

/* Can two equal values of type t differ in their bits (floats: +0 and
 * -0; interfaces, which Go does not look inside)? Assigning to a present
 * key of such a type stores the new key over the old one, as Go's
 * needkeyupdate does (printing the map shows which -0 or 0 is kept). */
RT_INTERNAL bool rt_type_needs_key_update(const rt_type *t);

#endif
