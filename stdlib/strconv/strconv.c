/* The C half of package strconv (strconv.cs): number formatting through
 * runtime/format.c, quoting, and unquoting of Go literals. Float parsing
 * is in atof.c. */
#include "value_internal.h"

rt_string strconv_FormatInt(int64_t i, int64_t base) {
    return rt_fmt_int_string(i, (int)base);
}

/* Formats straight into dst's spare capacity: no string in between. */
rt_slice strconv_AppendInt(rt_slice dst, int64_t i, int64_t base) {
    char tmp[72];
    int k = rt_fmt_int_digits(tmp, i, (int)base);
    int64_t len = dst.len;
    dst = rt_grow(dst, 1, 72 - k, false);
    memcpy((uint8_t *)dst.ptr + len, tmp + k, (size_t)(72 - k));
    return dst;
}

rt_string strconv_FormatUint(uint64_t i, int64_t base) {
    rt_buf b = {0};
    rt_fmt_uint(&b, i, (int)base);
    return rt_buf_string(&b);
}

rt_string strconv_FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitsize) {
    rt_buf b = {0};
    rt_fmt_float(&b, f, (char)fmt, (int)prec, (int)bitsize);
    return rt_buf_string(&b);
}

static rt_string quote(rt_string s, rt_quote_mode mode) {
    rt_buf b = {0};
    rt_fmt_quote(&b, s, '"', mode);
    return rt_buf_string(&b);
}

/* Quotes straight into dst's spare capacity. Like Go's appendQuotedWith,
 * a dst with less room than len(s) is first copied into an array with
 * room for s and its two quotes; escapes beyond it grow the array again. */
static rt_slice append_quoted(rt_slice dst, rt_string s, rt_quote_mode mode) {
    rt_buf b = {dst.ptr, dst.len, dst.cap};
    if (b.cap - b.len < s.len) {
        b.cap = b.len + s.len + 2;
        b.p = rt_alloc_noscan(b.cap);
        if (dst.len)
            memcpy(b.p, dst.ptr, (size_t)dst.len);
    }
    rt_fmt_quote(&b, s, '"', mode);
    return (rt_slice){b.p, b.len, b.cap};
}

rt_slice strconv_AppendQuote(rt_slice dst, rt_string s) { return append_quoted(dst, s, RT_QUOTE_PRINT); }
rt_slice strconv_AppendQuoteToASCII(rt_slice dst, rt_string s) { return append_quoted(dst, s, RT_QUOTE_ASCII); }
rt_slice strconv_AppendQuoteToGraphic(rt_slice dst, rt_string s) { return append_quoted(dst, s, RT_QUOTE_GRAPHIC); }

rt_string strconv_Quote(rt_string s) { return quote(s, RT_QUOTE_PRINT); }
rt_string strconv_QuoteToASCII(rt_string s) { return quote(s, RT_QUOTE_ASCII); }
rt_string strconv_QuoteToGraphic(rt_string s) { return quote(s, RT_QUOTE_GRAPHIC); }

static rt_string quote_rune(int32_t r, rt_quote_mode mode) {
    rt_buf b = {0};
    rt_fmt_quote_rune(&b, r, mode);
    return rt_buf_string(&b);
}

rt_string strconv_QuoteRune(int32_t r) { return quote_rune(r, RT_QUOTE_PRINT); }
rt_string strconv_QuoteRuneToASCII(int32_t r) { return quote_rune(r, RT_QUOTE_ASCII); }
rt_string strconv_QuoteRuneToGraphic(int32_t r) { return quote_rune(r, RT_QUOTE_GRAPHIC); }

bool strconv_IsPrint(int32_t r) { return rt_isprint(r); }
bool strconv_IsGraphic(int32_t r) { return rt_isgraphic(r); }

/* ---- Unquote ------------------------------------------------------------------- */

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* One (possibly escaped) character at the start of s, as Go's
 * UnquoteChar reads it: its value, whether it must be written as UTF-8
 * (*multibyte; \x and octal escapes are single bytes) and its length in
 * s (*width). False on bad syntax, and for an unescaped quote. */
static bool unquote_char(rt_string s, uint8_t quote, int32_t *r, bool *multibyte, int64_t *width) {
    *multibyte = false;
    if (s.len == 0)
        return false;
    uint8_t c = s.ptr[0];
    if (c == quote && (quote == '\'' || quote == '"'))
        return false;
    if (c >= 0x80) {
        int w;
        *r = rt_utf8_decode(s.ptr, s.len, &w);
        *multibyte = true;
        *width = w;
        return true;
    }
    *width = 1;
    *r = c;
    if (c != '\\')
        return true;
    if (s.len < 2)
        return false;
    c = s.ptr[1];
    *width = 2;
    int n = 0;
    switch (c) {
    case 'a': *r = '\a'; return true;
    case 'b': *r = '\b'; return true;
    case 'f': *r = '\f'; return true;
    case 'n': *r = '\n'; return true;
    case 'r': *r = '\r'; return true;
    case 't': *r = '\t'; return true;
    case 'v': *r = '\v'; return true;
    case '\\': *r = '\\'; return true;
    case '\'': case '"': *r = c; return c == quote;
    case 'x': n = 2; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        if (s.len < 4)
            return false;
        int v = c - '0';
        for (int k = 2; k < 4; k++) {
            uint8_t d = s.ptr[k];
            if (d < '0' || d > '7')
                return false;
            v = v * 8 + (d - '0');
        }
        *r = v;
        *width = 4;
        return v <= 255;
    }
    default:
        return false;
    }
    if (s.len < 2 + n)
        return false;
    uint32_t v = 0;
    for (int k = 0; k < n; k++) {
        int h = hexval(s.ptr[2 + k]);
        if (h < 0)
            return false;
        v = v * 16 + (uint32_t)h;
    }
    *r = (int32_t)v;
    *width = 2 + n;
    if (c == 'x')
        return true;
    *multibyte = true;
    return v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
}

int32_t strconv_unquoteChar(rt_string s, uint8_t quote, bool *multibyte, int64_t *width, bool *ok) {
    int32_t r = 0;
    *ok = unquote_char(s, quote, &r, multibyte, width);
    return *ok ? r : 0;
}

/* The literal opening s as Go's unquote reads it: false on bad syntax,
 * else its length in *end and, when b is not NULL, its value appended to
 * b. Like Go, a '...' literal holding no character at all is accepted. */
static bool scan_literal(rt_string s, rt_buf *b, int64_t *end) {
    if (s.len < 2)
        return false;
    uint8_t q = s.ptr[0];
    const uint8_t *close = memchr(s.ptr + 1, q, (size_t)s.len - 1);
    if (!close)
        return false;
    int64_t n = close - s.ptr + 1;            /* right unless escapes hide the quote */
    if (q == '`') {
        for (int64_t i = 1; b && i < n - 1; i++)
            if (s.ptr[i] != '\r')
                rt_buf_byte(b, s.ptr[i]);
        *end = n;
        return true;
    }
    if (q != '"' && q != '\'')
        return false;
    if (q == '\'' && n == 2) {               /* Go's fast path takes '' */
        *end = 2;
        return true;
    }
    int64_t i = 1;
    while (i < s.len && s.ptr[i] != q) {
        int32_t r;
        bool multibyte;
        int64_t w;
        rt_string rest = {s.ptr + i, s.len - i};
        if (s.ptr[i] == '\n' || !unquote_char(rest, q, &r, &multibyte, &w))
            return false;
        if (b && multibyte)
            rt_buf_rune(b, r);
        else if (b)
            rt_buf_byte(b, (uint8_t)r);
        i += w;
        if (q == '\'')
            break;
    }
    if (i >= s.len || s.ptr[i] != q)
        return false;
    *end = i + 1;
    return true;
}

rt_string strconv_unquote(rt_string s, bool *ok) {
    rt_buf b = {0};
    int64_t end;
    *ok = scan_literal(s, &b, &end) && end == s.len;
    return *ok ? rt_buf_string(&b) : (rt_string){0};
}

int64_t strconv_quotedPrefix(rt_string s) {
    int64_t end;
    return scan_literal(s, NULL, &end) ? end : -1;
}

/* ---- integer digit loops (the rest of ParseUint and Atoi is CS) ----------------- */

/* One more than the digit values for bases up to 36: 0-9, a-z and A-Z
 * as 10-35, '_' as UNDERSCORE; 0 (so -1 after the subtraction) for
 * anything else. */
enum { UNDERSCORE = 254 };
static const uint8_t digit_value_plus1[256] = {
    ['0'] = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ['a'] = 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35, 36,
    ['A'] = 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35, 36,
    ['_'] = UNDERSCORE + 1,
};

/* parseDigits for text too short to overflow 64 bits (at most 15 hex or
 * 19 decimal digits) and with nothing but digits: false otherwise. */
static bool short_digits(rt_string s, int64_t base, uint64_t max, uint64_t *out) {
    if (s.len > (base == 16 ? 15 : base == 10 ? 19 : 0))
        return false;
    uint64_t n = 0;
    for (int64_t i = 0; i < s.len; i++) {
        unsigned d = digit_value_plus1[s.ptr[i]] - 1u;
        if (d >= (unsigned)base)
            return false;
        n = n * (uint64_t)base + d;
    }
    *out = n;
    return n <= max;
}

uint64_t strconv_parseDigits(rt_string s, int64_t base, uint64_t max, bool underscores, int64_t *code) {
    uint64_t n = 0;
    *code = 0;
    if (short_digits(s, base, max, &n))
        return n;
    n = 0;
    bool saw_underscore = false;
    for (int64_t i = 0; i < s.len; i++) {
        unsigned d = digit_value_plus1[s.ptr[i]] - 1u;
        if (d >= (unsigned)base) {
            if (d == UNDERSCORE && underscores) {
                saw_underscore = true;
                continue;
            }
            *code = 1;
            return 0;
        }
        if (__builtin_mul_overflow(n, (uint64_t)base, &n) || __builtin_add_overflow(n, d, &n) || n > max) {
            *code = 2;
            return max;
        }
    }
    if (saw_underscore)
        *code = 3;
    return n;
}

int64_t strconv_atoiSmall(rt_string s, bool *ok) {
    int64_t i = s.ptr[0] == '-' || s.ptr[0] == '+';
    uint64_t n = 0;
    *ok = i < s.len;
    for (; i < s.len; i++) {
        unsigned d = (unsigned)s.ptr[i] - '0';
        if (d > 9) {
            *ok = false;
            return 0;
        }
        n = n * 10 + d;
    }
    return s.ptr[0] == '-' ? -(int64_t)n : (int64_t)n;
}
