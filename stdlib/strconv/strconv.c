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

static rt_string quote(rt_string s, bool ascii) {
    rt_buf b = {0};
    rt_fmt_quote(&b, s, '"', ascii);
    return rt_buf_string(&b);
}

rt_string strconv_Quote(rt_string s) { return quote(s, false); }
rt_string strconv_QuoteToASCII(rt_string s) { return quote(s, true); }

static rt_string quote_rune(int32_t r, bool ascii) {
    rt_buf b = {0};
    rt_fmt_quote_rune(&b, r, ascii);
    return rt_buf_string(&b);
}

rt_string strconv_QuoteRune(int32_t r) { return quote_rune(r, false); }
rt_string strconv_QuoteRuneToASCII(int32_t r) { return quote_rune(r, true); }
bool strconv_IsPrint(int32_t r) { return rt_isprint(r); }

/* ---- Unquote ------------------------------------------------------------------- */

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* One (possibly escaped) character of a quoted literal at s[*i]; appends
 * it to b. False on bad syntax. */
static bool unquote_char(rt_buf *b, rt_string s, int64_t *i, uint8_t quote) {
    uint8_t c = s.ptr[*i];
    if (c == quote && (quote == '\'' || quote == '"'))
        return false;
    if (c >= 0x80) {
        int w;
        int32_t r = rt_utf8_decode(s.ptr + *i, s.len - *i, &w);
        rt_buf_rune(b, r);
        *i += w;
        return true;
    }
    if (c != '\\') {
        rt_buf_byte(b, c);
        (*i)++;
        return true;
    }
    if (*i + 1 >= s.len)
        return false;
    c = s.ptr[*i + 1];
    *i += 2;
    int n = 0;
    switch (c) {
    case 'a': rt_buf_byte(b, '\a'); return true;
    case 'b': rt_buf_byte(b, '\b'); return true;
    case 'f': rt_buf_byte(b, '\f'); return true;
    case 'n': rt_buf_byte(b, '\n'); return true;
    case 'r': rt_buf_byte(b, '\r'); return true;
    case 't': rt_buf_byte(b, '\t'); return true;
    case 'v': rt_buf_byte(b, '\v'); return true;
    case '\\': rt_buf_byte(b, '\\'); return true;
    case '\'': case '"':
        if (c != quote)
            return false;
        rt_buf_byte(b, c);
        return true;
    case 'x': n = 2; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        if (*i + 2 > s.len)
            return false;
        int v = c - '0';
        for (int k = 0; k < 2; k++) {
            uint8_t d = s.ptr[*i + k];
            if (d < '0' || d > '7')
                return false;
            v = v * 8 + (d - '0');
        }
        if (v > 255)
            return false;
        *i += 2;
        rt_buf_byte(b, (uint8_t)v);
        return true;
    }
    default:
        return false;
    }
    if (*i + n > s.len)
        return false;
    uint32_t v = 0;
    for (int k = 0; k < n; k++) {
        int h = hexval(s.ptr[*i + k]);
        if (h < 0)
            return false;
        v = v * 16 + (uint32_t)h;
    }
    *i += n;
    if (c == 'x') {
        rt_buf_byte(b, (uint8_t)v);
        return true;
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return false;
    rt_buf_rune(b, (int32_t)v);
    return true;
}

rt_string strconv_unquote(rt_string s, bool *r1) {
    *r1 = false;
    rt_string none = {0};
    if (s.len < 2 || s.ptr[0] != s.ptr[s.len - 1])
        return none;
    uint8_t q = s.ptr[0];
    rt_string in = {s.ptr + 1, s.len - 2};
    if (q == '`') {
        rt_buf b = {0};
        for (int64_t i = 0; i < in.len; i++) {
            if (in.ptr[i] == '`')
                return none;
            if (in.ptr[i] != '\r')
                rt_buf_byte(&b, in.ptr[i]);
        }
        *r1 = true;
        return rt_buf_string(&b);
    }
    if (q != '"' && q != '\'')
        return none;
    rt_buf b = {0};
    int64_t i = 0, count = 0;
    while (i < in.len) {
        if (in.ptr[i] == '\n' || !unquote_char(&b, in, &i, q))
            return none;
        count++;
    }
    if (q == '\'' && count != 1)
        return none;
    *r1 = true;
    return rt_buf_string(&b);
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
