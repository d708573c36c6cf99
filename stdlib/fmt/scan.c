/* fmt's Sscan and Sscanf, basic form: operands are pointers to bools,
 * integers, floats, strings and []byte; input tokens are separated by
 * spaces or newlines (both treated as space); in a format, spaces match
 * any run of input space, other text must match exactly, and the verbs
 * %v %d %x %o %b %s %f %g %e %t %c read one operand each. Errors are
 * reported as Go's texts ("EOF", "expected integer", "unexpected EOF" when
 * the input ends before a literal of the format,
 * "input does not match format"); fmt.cs turns them into error values.
 * Not implemented: widths, %q, Scanner. The unformatted scans (Sscan,
 * Fscan and friends) gather each token from their reader in
 * scanreader.cs, as Go reads it, and convert it here. */
#include <errno.h>
#include <stdlib.h>

#include "value_internal.h"

typedef struct scanner {
    rt_string in;
    int64_t pos;
} scanner;

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static void skip_space(scanner *s) {
    while (s->pos < s->in.len && is_space(s->in.ptr[s->pos]))
        s->pos++;
}

/* The next space-delimited word. */
static rt_string token(scanner *s) {
    skip_space(s);
    int64_t start = s->pos;
    while (s->pos < s->in.len && !is_space(s->in.ptr[s->pos]))
        s->pos++;
    return (rt_string){s->in.ptr + start, s->pos - start};
}

static bool accept(scanner *s, const char *chars) {
    if (s->pos < s->in.len && s->in.ptr[s->pos] && strchr(chars, s->in.ptr[s->pos])) {
        s->pos++;
        return true;
    }
    return false;
}

static int digit_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* An integer as Go's scanInt reads it: sign, then (for %v) a base prefix,
 * then the digits of the base (and '_'); stops at the first other byte,
 * leaving it unread. base 0: decide from the prefix. */
static rt_string int_token(scanner *s, int *base) {
    skip_space(s);
    int64_t start = s->pos;
    accept(s, "+-");
    if (*base == 0) {
        *base = 10;
        if (s->pos + 1 < s->in.len && s->in.ptr[s->pos] == '0') {
            uint8_t c = s->in.ptr[s->pos + 1] | 0x20;
            if (c == 'x' || c == 'b' || c == 'o') {
                *base = c == 'x' ? 16 : c == 'b' ? 2 : 8;
                s->pos += 2;
            } else if (s->in.ptr[s->pos + 1] >= '0' && s->in.ptr[s->pos + 1] <= '7') {
                *base = 8;      /* Go: a leading 0 means octal */
            }
        }
    }
    while (s->pos < s->in.len && (digit_value(s->in.ptr[s->pos]) < *base || s->in.ptr[s->pos] == '_'))
        s->pos++;
    return (rt_string){s->in.ptr + start, s->pos - start};
}

/* A decimal float: sign, digits, '.', digits, exponent. */
static rt_string float_token(scanner *s) {
    skip_space(s);
    int64_t start = s->pos;
    accept(s, "+-");
    while (accept(s, "0123456789_"))
        ;
    if (accept(s, "."))
        while (accept(s, "0123456789_"))
            ;
    if (accept(s, "eEpP")) {
        accept(s, "+-");
        while (accept(s, "0123456789"))
            ;
    }
    return (rt_string){s->in.ptr + start, s->pos - start};
}

/* The digits of tok in base (sign and prefix allowed), underscores
 * dropped, as a C string for strtoll/strtoull. */
static const char *digits_cstring(rt_string tok) {
    rt_buf b = {0};
    for (int64_t i = 0; i < tok.len; i++)
        if (tok.ptr[i] != '_')
            rt_buf_byte(&b, tok.ptr[i]);
    rt_buf_byte(&b, 0);
    return (const char *)b.p;
}

static void store_int(const rt_type *t, void *p, int64_t v) {
    switch (t->size) {
    case 1: *(int8_t *)p = (int8_t)v; break;
    case 2: *(int16_t *)p = (int16_t)v; break;
    case 4: *(int32_t *)p = (int32_t)v; break;
    default: *(int64_t *)p = v;
    }
}

static const char *token_error(const char *prefix, rt_string tok) {
    rt_buf b = {0};
    rt_buf_cstr(&b, prefix);
    rt_buf_str(&b, tok);
    rt_buf_byte(&b, 0);
    return (const char *)b.p;
}

/* Go's strconv error for a token beyond 64 bits. */
static const char *range_error(bool is_signed, rt_string tok) {
    rt_buf b = {0};
    rt_buf_cstr(&b, is_signed ? "strconv.ParseInt: parsing \"" : "strconv.ParseUint: parsing \"");
    rt_buf_str(&b, tok);
    rt_buf_cstr(&b, "\": value out of range");
    rt_buf_byte(&b, 0);
    return (const char *)b.p;
}

/* Whether v fits an integer of t's size. */
static bool fits(const rt_type *t, int64_t v, bool is_signed) {
    int bits = (int)t->size * 8;
    if (bits >= 64)
        return true;
    if (is_signed)
        return v >= -(INT64_C(1) << (bits - 1)) && v < (INT64_C(1) << (bits - 1));
    return (uint64_t)v < (UINT64_C(1) << bits);
}

/* Reads one operand into arg; returns an error text or NULL. */
static const char *scan_one(scanner *s, rt_iface arg, int32_t verb) {
    if (arg.type == NULL || arg.type->kind != RT_KIND_PTR || arg.type->elem == NULL) {
        rt_buf b = {0};
        rt_buf_cstr(&b, "can't scan type: ");
        if (arg.type)
            rt_buf_str(&b, arg.type->name);
        rt_buf_byte(&b, 0);
        return (const char *)b.p;
    }
    const rt_type *t = arg.type->elem;
    void *p = arg.data;
    if (verb == 'c') {
        if (s->pos >= s->in.len)
            return "EOF";
        int w;
        int32_t r = rt_utf8_decode(s->in.ptr + s->pos, s->in.len - s->pos, &w);
        s->pos += w;
        store_int(t, p, r);
        return NULL;
    }
    char *end;
    switch (t->kind) {
    case RT_KIND_INT: case RT_KIND_INT8: case RT_KIND_INT16: case RT_KIND_INT32: case RT_KIND_INT64:
    case RT_KIND_UINT: case RT_KIND_UINT8: case RT_KIND_UINT16: case RT_KIND_UINT32:
    case RT_KIND_UINT64: case RT_KIND_UINTPTR: {
        int base = verb == 'x' || verb == 'X' ? 16 : verb == 'o' ? 8 : verb == 'b' ? 2 : verb == 'd' ? 10 : 0;
        rt_string tok = int_token(s, &base);
        const char *c = digits_cstring(tok);
        const char *digits = c + (c[0] == '+' || c[0] == '-');
        if (tok.len == 0 || digits[0] == 0)
            return "expected integer";
        bool is_signed = t->kind <= RT_KIND_INT64;
        if (!is_signed && c[0] == '-')
            return "expected integer";
        if (base != 10 && digits[0] == '0' && digits[1] && ((digits[1] | 0x20) == 'x' ||
                                                             (digits[1] | 0x20) == 'b' || (digits[1] | 0x20) == 'o'))
            memmove((char *)digits, digits + 2, strlen(digits + 2) + 1);
        errno = 0;
        int64_t v = is_signed ? (int64_t)strtoll(c, &end, base) : (int64_t)strtoull(c, &end, base);
        if (*end)
            return "expected integer";
        if (errno == ERANGE)
            return range_error(is_signed, tok);
        if (!fits(t, v, is_signed))
            return token_error("integer overflow on token ", tok);
        store_int(t, p, v);
        return NULL;
    }
    case RT_KIND_FLOAT32: case RT_KIND_FLOAT64: {
        rt_string tok = float_token(s);
        const char *c = digits_cstring(tok);
        double v = strtod(c, &end);
        if (tok.len == 0 || *end || end == c)
            return "expected integer";
        if (t->kind == RT_KIND_FLOAT32)
            *(float *)p = (float)v;
        else
            *(double *)p = v;
        return NULL;
    }
    default:
        break;
    }
    rt_string tok = token(s);
    if (tok.len == 0)
        return "EOF";
    switch (t->kind) {
    case RT_KIND_BOOL:
        if (rt_streq(tok, RT_STR("true")) || rt_streq(tok, RT_STR("t")) || rt_streq(tok, RT_STR("T")) ||
            rt_streq(tok, RT_STR("TRUE")) || rt_streq(tok, RT_STR("True")) || rt_streq(tok, RT_STR("1")))
            *(bool *)p = true;
        else if (rt_streq(tok, RT_STR("false")) || rt_streq(tok, RT_STR("f")) || rt_streq(tok, RT_STR("F")) ||
                 rt_streq(tok, RT_STR("FALSE")) || rt_streq(tok, RT_STR("False")) || rt_streq(tok, RT_STR("0")))
            *(bool *)p = false;
        else
            return "syntax error scanning boolean";
        return NULL;
    case RT_KIND_STRING: {
        rt_slice b = {(void *)tok.ptr, tok.len, tok.len};
        *(rt_string *)p = rt_string_from_bytes(b);
        return NULL;
    }
    case RT_KIND_SLICE:
        if (t->elem->kind == RT_KIND_UINT8) {
            *(rt_slice *)p = rt_bytes_from_string(tok);
            return NULL;
        }
        /* fallthrough */
    default: {
        rt_buf b = {0};
        rt_buf_cstr(&b, "can't scan type: ");
        rt_buf_str(&b, arg.type->name);
        rt_buf_byte(&b, 0);
        return (const char *)b.p;
    }
    }
}

/* func scan(str, format string, formatted bool, a []any) (int, string) */
int64_t fmt_scan(rt_string str, rt_string format, bool formatted, rt_slice args, rt_string *r1) {
    scanner s = {str, 0};
    const rt_iface *a = args.ptr;
    int64_t n = 0;
    const char *err = NULL;
    *r1 = (rt_string){0};
    if (!formatted) {
        for (; n < args.len; n++) {
            skip_space(&s);
            if (s.pos >= s.in.len) {
                err = "EOF";
                break;
            }
            if ((err = scan_one(&s, a[n], 'v')) != NULL)
                break;
        }
    } else {
        int64_t i = 0;
        while (i < format.len && err == NULL) {
            uint8_t c = format.ptr[i];
            if (is_space(c)) {
                skip_space(&s);
                i++;
                continue;
            }
            if (c != '%' || (i + 1 < format.len && format.ptr[i + 1] == '%')) {
                i += c == '%' ? 2 : 1;
                if (s.pos >= s.in.len)
                    err = "unexpected EOF";
                else if (s.in.ptr[s.pos] != c)
                    err = "input does not match format";
                else
                    s.pos++;
                continue;
            }
            i++;
            while (i < format.len && format.ptr[i] >= '0' && format.ptr[i] <= '9')
                i++;
            if (i >= format.len) {
                err = "too few operands for format '%'";
                break;
            }
            int32_t verb = format.ptr[i++];
            if (n >= args.len) {
                rt_buf b = {0};
                rt_buf_cstr(&b, "too few operands for format '%");
                rt_buf_rune(&b, verb);
                rt_buf_cstr(&b, "'");
                rt_buf_byte(&b, 0);
                err = (const char *)b.p;
                break;
            }
            if (verb != 'c') {
                skip_space(&s);
                if (s.pos >= s.in.len) {
                    err = "EOF";
                    break;
                }
            }
            if ((err = scan_one(&s, a[n], verb)) == NULL)
                n++;
        }
        if (err == NULL && n < args.len)
            err = "too many operands";
    }
    if (err)
        *r1 = rt_string_from_c(err);
    return n;
}

/* func scanClass(arg any) int: what an operand of Fscan reads (scanreader.cs,
 * KEEP IN SYNC): 0 not a pointer, 1 signed integer, 2 unsigned integer,
 * 3 float, 4 bool, 5 string or []byte, 6 another pointer. */
int64_t fmt_scanClass(rt_iface arg) {
    if (arg.type == NULL || arg.type->kind != RT_KIND_PTR || arg.type->elem == NULL)
        return 0;
    const rt_type *t = arg.type->elem;
    switch (t->kind) {
    case RT_KIND_INT: case RT_KIND_INT8: case RT_KIND_INT16: case RT_KIND_INT32: case RT_KIND_INT64:
        return 1;
    case RT_KIND_UINT: case RT_KIND_UINT8: case RT_KIND_UINT16: case RT_KIND_UINT32:
    case RT_KIND_UINT64: case RT_KIND_UINTPTR:
        return 2;
    case RT_KIND_FLOAT32: case RT_KIND_FLOAT64:
        return 3;
    case RT_KIND_BOOL:
        return 4;
    case RT_KIND_STRING:
        return 5;
    case RT_KIND_SLICE:
        return t->elem->kind == RT_KIND_UINT8 ? 5 : 6;
    default:
        return 6;
    }
}
