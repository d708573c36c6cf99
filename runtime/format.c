/* Number and string formatting shared by fmt and strconv: Go's
 * strconv.AppendFloat / AppendInt / AppendQuote semantics, written over
 * rt_buf.
 *
 * Floats are reduced to a decimal digit string d[0..nd) and a decimal
 * point position dp (value = 0.d * 10^dp), then laid out as %e or %f
 * exactly as strconv's fmtE/fmtF do; %g picks %e when the exponent is
 * below -4 or at least the precision (6 for the shortest form, so
 * 1e+06 but 100000, as Go prints them).
 * The shortest digits come from rt_float_shortest (Schubfach, in
 * float_shortest.c). A fixed precision is exact: %f in 128-bit integer
 * arithmetic when the digits fit in 64 bits (fixed_f), everything else
 * one correctly rounded snprintf("%.*e") or ("%.*f") of the C library.
 * 'b' and 'x'/'X' work on the bits instead (Go's fmtB and fmtX).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "chan_internal.h"
#include "float_internal.h"

/* A double has at most 767 significant decimal digits: asking the C
 * library for more only adds zeros, which the layout pads in itself. */
#define MAX_DIGITS 800

typedef struct decimal {
    char *d;            /* significant digits, trailing zeros trimmed */
    int nd, dp;
    bool neg;
} decimal;

/* |v| (finite) rounded to `digits` significant digits, as the C
 * library's "%.*e" text: in buf when it fits, else in GC memory. */
static char *e_text(char *buf, size_t size, double v, int digits) {
    if (digits > MAX_DIGITS)
        digits = MAX_DIGITS;
    size_t need = (size_t)digits + 16;
    if (need > size)
        buf = rt_alloc_noscan((int64_t)need);
    snprintf(buf, need, "%.*e", digits - 1, fabs(v));
    return buf;
}

/* Reads e_text's text of v into dec, in place: dec->d points into it. */
static void parse_decimal(decimal *dec, char *text, double v) {
    dec->neg = signbit(v) != 0;
    dec->d = text;
    dec->nd = dec->dp = 0;
    if (v == 0)
        return;
    const char *p = text;
    for (; *p != 'e'; p++)
        if (*p != '.')
            text[dec->nd++] = *p;
    dec->dp = atoi(p + 1) + 1;
    while (dec->nd > 0 && dec->d[dec->nd - 1] == '0')
        dec->nd--;
}

/* Writes v's digits right-aligned in tmp[0..72) and returns where they
 * start. Base 10, the common case, divides by a constant (a multiply),
 * two digits at a time; powers of two shift; other bases pay for a
 * division per digit. */
static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                            "25262728293031323334353637383940414243444546474849"
                            "50515253545556575859606162636465666768697071727374"
                            "75767778798081828384858687888990919293949596979899";

static int uint_digits(char tmp[72], uint64_t v, int base) {
    int i = 72;
    if (base == 10) {
        for (; v >= 100; v /= 100) {
            i -= 2;
            memcpy(tmp + i, pairs + 2 * (v % 100), 2);
        }
        if (v >= 10) {
            i -= 2;
            memcpy(tmp + i, pairs + 2 * v, 2);
        } else {
            tmp[--i] = (char)('0' + v);
        }
        return i;
    }
    if (base == 16) {                   /* two digits a step */
        for (; v >= 256; v >>= 8) {
            tmp[--i] = "0123456789abcdef"[v & 15];
            tmp[--i] = "0123456789abcdef"[(v >> 4) & 15];
        }
        tmp[--i] = "0123456789abcdef"[v & 15];
        if (v >= 16)
            tmp[--i] = "0123456789abcdef"[v >> 4];
        return i;
    }
    if ((base & (base - 1)) == 0) {     /* 2, 4, 8, 32: shifts and masks */
        int shift = __builtin_ctz((unsigned)base);
        do {
            tmp[--i] = "0123456789abcdefghijklmnopqrstuv"[v & (uint64_t)(base - 1)];
            v >>= shift;
        } while (v);
        return i;
    }
    do {
        tmp[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % (uint64_t)base];
        v /= (uint64_t)base;
    } while (v);
    return i;
}

/* v's shortest digits (Go's FormatFloat with precision -1), as a float32
 * when bitsize is 32: the IEEE fields become c*2^q for rt_float_shortest;
 * the digits go into buf (at least 20 bytes). */
static void shortest(decimal *dec, double v, int bitsize, char *buf) {
    dec->neg = signbit(v) != 0;
    dec->d = buf;
    dec->nd = dec->dp = 0;
    if (v == 0)
        return;
    int mantbits = bitsize == 32 ? 23 : 52, bias = bitsize == 32 ? 150 : 1075;
    uint64_t bits;
    if (bitsize == 32) {
        float f = (float)fabs(v);
        uint32_t u;
        memcpy(&u, &f, sizeof u);
        bits = u;
    } else {
        double a = fabs(v);
        memcpy(&bits, &a, sizeof bits);
    }
    int e = (int)(bits >> mantbits);
    uint64_t m = bits & ((1ULL << mantbits) - 1);
    uint64_t c = e != 0 ? m | 1ULL << mantbits : m;
    int exp10;
    uint64_t digits = rt_float_shortest(c, (e != 0 ? e : 1) - bias, m == 0 && e > 1, &exp10);
    char tmp[72];
    int i = uint_digits(tmp, digits, 10);
    dec->nd = 72 - i;
    memcpy(buf, tmp + i, (size_t)dec->nd);
    dec->dp = dec->nd + exp10;
}

static const uint64_t pow10_u64[20] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
    100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
    10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
    100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL,
};

/* %.{prec}f of finite v, exactly, when v*10^prec rounds to an integer
 * below 2^64: with v = m*2^e, m*10^prec fits in 128 bits (m < 2^53,
 * prec <= 19), so the shift by e and the rounding (half to even, as Go's
 * exact decimal and the C library do) are exact integer operations.
 * False for the rest, which go to the C library. */
static bool fixed_f(rt_buf *b, double v, int prec) {
    if (prec > 19)
        return false;
    double a = fabs(v);
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int be = (int)(bits >> 52);
    uint64_t m = bits & ((1ULL << 52) - 1);
    if (be != 0)
        m |= 1ULL << 52;
    int e = (be != 0 ? be : 1) - 1075;
    unsigned __int128 x = (unsigned __int128)m * pow10_u64[prec];
    uint64_t q = 0;
    if (e >= 0) {
        if (e >= 64 || (x >> (64 - e)) != 0)
            return false;
        q = (uint64_t)(x << e);
    } else if (e > -128) {      /* else v*10^prec < 2^117 / 2^128 rounds to 0 */
        int s = -e;
        unsigned __int128 t = x >> s, r = x & (((unsigned __int128)1 << s) - 1);
        unsigned __int128 half = (unsigned __int128)1 << (s - 1);
        if ((t >> 64) != 0 || (uint64_t)t == UINT64_MAX)
            return false;
        q = (uint64_t)t + (r > half || (r == half && (t & 1) != 0));
    }
    char tmp[72];
    int i = uint_digits(tmp, q, 10);
    while (72 - i < prec + 1)
        tmp[--i] = '0';
    if (signbit(v))
        rt_buf_byte(b, '-');
    rt_buf_write(b, tmp + i, 72 - prec - i);
    if (prec > 0) {
        rt_buf_byte(b, '.');
        rt_buf_write(b, tmp + 72 - prec, prec);
    }
    return true;
}

static void exponent_digits(rt_buf *b, int exp, int min_digits) {
    char tmp[8];
    int i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + exp % 10);
        exp /= 10;
    } while (exp > 0 || (int)sizeof tmp - i < min_digits);
    rt_buf_write(b, tmp + i, (int64_t)sizeof tmp - i);
}

/* Go's fmtB: the mantissa in decimal, 'p', the binary exponent. */
static void fmt_b(rt_buf *b, bool neg, uint64_t mant, int exp) {
    if (neg)
        rt_buf_byte(b, '-');
    rt_fmt_uint(b, mant, 10);
    rt_buf_byte(b, 'p');
    if (exp >= 0)
        rt_buf_byte(b, '+');
    rt_fmt_int(b, exp, 10);
}

/* Go's fmtX: -0x1.yyyp±dd (or 0x0p+00), the mantissa's leading 1 moved
 * to bit 60, rounded half to even to prec hex digits when prec is 0..14
 * (prec < 0: as many as needed). */
static void fmt_x(rt_buf *b, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (1ULL << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ULL << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ULL << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ULL << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg)
        rt_buf_byte(b, '-');
    rt_buf_byte(b, '0');
    rt_buf_byte(b, (uint8_t)fmt);
    rt_buf_byte(b, (uint8_t)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        rt_buf_byte(b, '.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            rt_buf_byte(b, (uint8_t)hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    rt_buf_byte(b, fmt == 'X' ? 'P' : 'p');
    rt_buf_byte(b, exp < 0 ? '-' : '+');
    exponent_digits(b, exp < 0 ? -exp : exp, 2);
}

/* Splits v's bits as Go's genericFtoa does (denormals get exponent 1,
 * normals their implicit top bit) and lays them out as %b or %x/%X. */
static void fmt_binary(rt_buf *b, double v, char fmt, int prec, int bitsize) {
    int mantbits = bitsize == 32 ? 23 : 52, expbits = bitsize == 32 ? 8 : 11;
    int bias = bitsize == 32 ? -127 : -1023;
    uint64_t bits;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, sizeof u);
        bits = u;
    } else {
        memcpy(&bits, &v, sizeof bits);
    }
    bool neg = (bits >> (expbits + mantbits)) != 0;
    int exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = bits & ((1ULL << mantbits) - 1);
    if (exp == 0)
        exp++;
    else
        mant |= 1ULL << mantbits;
    exp += bias;
    if (fmt == 'b')
        fmt_b(b, neg, mant, exp - mantbits);
    else
        fmt_x(b, prec, fmt, neg, mant, exp, mantbits);
}

static void fmt_e(rt_buf *b, const decimal *d, int prec, char fmt) {
    if (d->neg)
        rt_buf_byte(b, '-');
    rt_buf_byte(b, d->nd == 0 ? '0' : (uint8_t)d->d[0]);
    if (prec > 0) {
        rt_buf_byte(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            rt_buf_write(b, d->d + i, m - i);
            i = m;
        }
        for (; i <= prec; i++)
            rt_buf_byte(b, '0');
    }
    rt_buf_byte(b, (uint8_t)fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    rt_buf_byte(b, exp < 0 ? '-' : '+');
    exponent_digits(b, exp < 0 ? -exp : exp, 2);
}

static void fmt_f(rt_buf *b, const decimal *d, int prec) {
    if (d->neg)
        rt_buf_byte(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        rt_buf_write(b, d->d, m);
        for (; m < d->dp; m++)
            rt_buf_byte(b, '0');
    } else {
        rt_buf_byte(b, '0');
    }
    if (prec > 0) {
        rt_buf_byte(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            rt_buf_byte(b, 0 <= j && j < d->nd ? (uint8_t)d->d[j] : '0');
        }
    }
}

void rt_fmt_float(rt_buf *b, double v, char fmt, int prec, int bitsize) {
    if (bitsize == 32)
        v = (float)v;
    if (v != v) {
        rt_buf_cstr(b, "NaN");
        return;
    }
    if (isinf(v)) {
        rt_buf_cstr(b, v > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
        fmt_binary(b, v, fmt, prec, bitsize);
        return;
    }
    if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
        rt_buf_byte(b, '%');        /* what Go appends for unknown formats */
        rt_buf_byte(b, (uint8_t)fmt);
        return;
    }
    decimal d;
    char buf[64];
    bool sh = prec < 0;
    if (fmt == 'f' && !sh) {
        if (fixed_f(b, v, prec))
            return;
        /* exact fixed notation straight from the C library */
        char fixed[400];
        int n = snprintf(fixed, sizeof fixed, "%.*f", prec, v);
        if (n < (int)sizeof fixed) {
            rt_buf_write(b, fixed, n);
            return;
        }
        char *big = rt_alloc_noscan(n + 1);
        snprintf(big, (size_t)n + 1, "%.*f", prec, v);
        rt_buf_write(b, big, n);
        return;
    }
    if (sh) {
        shortest(&d, v, bitsize, buf);
    } else if (fmt == 'e' || fmt == 'E') {
        parse_decimal(&d, e_text(buf, sizeof buf, v, prec + 1), v);
    } else {
        if (prec == 0)
            prec = 1;
        parse_decimal(&d, e_text(buf, sizeof buf, v, prec), v);
    }
    switch (fmt) {
    case 'e': case 'E':
        fmt_e(b, &d, sh ? (d.nd > 1 ? d.nd - 1 : 0) : prec, fmt);
        return;
    case 'f':
        fmt_f(b, &d, d.nd - d.dp > 0 ? d.nd - d.dp : 0);
        return;
    default: {         /* 'g' 'G' */
        int eprec = prec;
        if (sh)
            prec = d.nd;
        if (eprec > d.nd && d.nd >= d.dp)
            eprec = d.nd;
        if (sh)
            eprec = 6;
        int exp = d.dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d.nd)
                prec = d.nd;
            fmt_e(b, &d, prec - 1, fmt == 'g' ? 'e' : 'E');
            return;
        }
        if (prec > d.dp)
            prec = d.nd;
        fmt_f(b, &d, prec - d.dp > 0 ? prec - d.dp : 0);
    }
    }
}

/* uint_digits for a base the program chose: Go's panic outside 2..36. */
static int base_digits(char tmp[72], uint64_t v, int base) {
    if (base < 2 || base > 36)
        rt_panic_string("strconv: illegal AppendInt/FormatInt base");
    return uint_digits(tmp, v, base);
}

void rt_fmt_uint(rt_buf *b, uint64_t v, int base) {
    char tmp[72];
    int i = base_digits(tmp, v, base);
    rt_buf_write(b, tmp + i, 72 - i);
}

int rt_fmt_int_digits(char tmp[72], int64_t v, int base) {
    int i = base_digits(tmp, v < 0 ? -(uint64_t)v : (uint64_t)v, base);
    if (v < 0)
        tmp[--i] = '-';
    return i;
}

void rt_fmt_int(rt_buf *b, int64_t v, int base) {
    char tmp[72];
    int i = rt_fmt_int_digits(tmp, v, base);
    rt_buf_write(b, tmp + i, 72 - i);
}

rt_string rt_fmt_int_string(int64_t v, int base) {
    if (base == 10 && v >= 0 && v < 100)    /* like Go's small-int cache: no allocation */
        return (rt_string){(uint8_t *)pairs + 2 * v + (v < 10), v < 10 ? 1 : 2};
    char tmp[72];
    int i = rt_fmt_int_digits(tmp, v, base);
    uint8_t *p = rt_alloc_noscan_raw(72 - i);
    memcpy(p, tmp + i, (size_t)(72 - i));
    return (rt_string){p, 72 - i};
}

/* ---- quoting -------------------------------------------------------------------- */

/* strconv.IsPrint is unicode.IsPrint for every rune; the tables live in
 * stdlib/unicode/unicode.c (linked into the same libcsrt). */
bool unicode_IsPrint(int32_t r);

bool rt_isprint(int32_t r) {
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return unicode_IsPrint(r);
}

bool rt_isgraphic(int32_t r) {
    static const int32_t spaces[] = {   /* category Zs, less ' ' */
        0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
        0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
    };
    if (rt_isprint(r))
        return true;
    for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++)
        if (r == spaces[i])
            return true;
    return false;
}

static bool verbatim(int32_t r, rt_quote_mode mode) {
    switch (mode) {
    case RT_QUOTE_ASCII: return r < 0x80 && rt_isprint(r);
    case RT_QUOTE_GRAPHIC: return rt_isgraphic(r);
    default: return rt_isprint(r);
    }
}

static void hex(rt_buf *b, uint32_t v, int digits) {
    for (int i = digits - 1; i >= 0; i--)
        rt_buf_byte(b, (uint8_t)"0123456789abcdef"[(v >> (4 * i)) & 15]);
}

static void escaped_rune(rt_buf *b, int32_t r, char quote, rt_quote_mode mode) {
    if (r == quote || r == '\\') {
        rt_buf_byte(b, '\\');
        rt_buf_byte(b, (uint8_t)r);
        return;
    }
    if (verbatim(r, mode)) {
        rt_buf_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': rt_buf_cstr(b, "\\a"); return;
    case '\b': rt_buf_cstr(b, "\\b"); return;
    case '\f': rt_buf_cstr(b, "\\f"); return;
    case '\n': rt_buf_cstr(b, "\\n"); return;
    case '\r': rt_buf_cstr(b, "\\r"); return;
    case '\t': rt_buf_cstr(b, "\\t"); return;
    case '\v': rt_buf_cstr(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        rt_buf_cstr(b, "\\x");
        hex(b, (uint32_t)r, 2);
        return;
    }
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x10000) {
        rt_buf_cstr(b, "\\u");
        hex(b, (uint32_t)r, 4);
    } else {
        rt_buf_cstr(b, "\\U");
        hex(b, (uint32_t)r, 8);
    }
}

/* Printable ASCII other than the quote and backslash: copied as it is
 * in every mode. */
static bool plain_ascii(uint8_t c, char quote) {
    return c >= 0x20 && c < 0x7F && c != (uint8_t)quote && c != '\\';
}

/* Runs of plain ASCII are copied whole; only the bytes between them are
 * decoded and escaped rune by rune. */
void rt_fmt_quote(rt_buf *b, rt_string s, char quote, rt_quote_mode mode) {
    rt_buf_byte(b, (uint8_t)quote);
    for (int64_t i = 0; i < s.len;) {
        int64_t run = i;
        while (run < s.len && plain_ascii(s.ptr[run], quote))
            run++;
        rt_buf_write(b, s.ptr + i, run - i);
        i = run;
        if (i == s.len)
            break;
        int w;
        int32_t r = rt_utf8_decode(s.ptr + i, s.len - i, &w);
        if (w == 1 && r == 0xFFFD) {
            rt_buf_cstr(b, "\\x");
            hex(b, s.ptr[i], 2);
        } else {
            escaped_rune(b, r, quote, mode);
        }
        i += w;
    }
    rt_buf_byte(b, (uint8_t)quote);
}

void rt_fmt_quote_rune(rt_buf *b, int32_t r, rt_quote_mode mode) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    rt_buf_byte(b, '\'');
    escaped_rune(b, r, '\'', mode);
    rt_buf_byte(b, '\'');
}
