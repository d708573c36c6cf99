/* fmt's scan converter: scanreader.cs and scanformat.cs gather each
 * operand's token from the input with Go's rules (which runes an integer,
 * a float, a word, a quoted or hex string takes), check the verb against
 * the operand's type, and pass the token here to be converted and stored
 * through the operand pointer, named types included. Error texts are Go's
 * ("expected integer", "integer overflow on token 300", strconv's range
 * error); the caller turns them into error values. */
#include <errno.h>
#include <stdlib.h>

#include "value_internal.h"

/* tok without its '_'s, sign kept, base prefix dropped, as a C string for
 * strtoll/strtoull; *base is the verb's, or for %v the prefix's (0b, 0o,
 * 0x, and a bare leading 0 for octal, as Go's scanBasePrefix). */
static const char *int_cstring(rt_string tok, int32_t verb, int *base) {
    rt_buf b = {0};
    int64_t i = 0;
    if (i < tok.len && (tok.ptr[i] == '+' || tok.ptr[i] == '-'))
        rt_buf_byte(&b, tok.ptr[i++]);
    *base = verb == 'x' || verb == 'X' ? 16 : verb == 'o' ? 8 : verb == 'b' ? 2 : 10;
    if (verb == 'v' && i + 1 < tok.len && tok.ptr[i] == '0') {
        uint8_t c = tok.ptr[i + 1] | 0x20;
        *base = c == 'x' ? 16 : c == 'b' ? 2 : 8;
        if (c == 'x' || c == 'b' || c == 'o')
            i += 2;
    }
    for (; i < tok.len; i++)
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

/* %c: the token is one rune, which must fit the integer as a signed value
 * (Go's scanRune). */
static const char *convert_rune(rt_string tok, const rt_type *t, void *p) {
    int w;
    int32_t r = rt_utf8_decode(tok.ptr, tok.len, &w);
    if (!fits(t, r, true))
        return token_error("overflow on character value ", tok);
    store_int(t, p, r);
    return NULL;
}

static const char *convert_int(rt_string tok, int32_t verb, const rt_type *t, void *p) {
    bool is_signed = t->kind <= RT_KIND_INT64;
    int base;
    const char *c = int_cstring(tok, verb, &base);
    const char *digits = c + (c[0] == '+' || c[0] == '-');
    if (digits[0] == 0 || (!is_signed && c[0] == '-'))
        return "expected integer";
    char *end;
    errno = 0;
    int64_t v = is_signed ? (int64_t)strtoll(c, &end, base) : (int64_t)strtoull(c, &end, base);
    if (*end)
        return "expected integer";
    if (errno == ERANGE)
        return range_error(is_signed, tok);
    if (!fits(t, v, is_signed))
        return token_error(is_signed ? "integer overflow on token " : "unsigned integer overflow on token ", tok);
    store_int(t, p, v);
    return NULL;
}

/* A float token as floatToken gathered it: digits, nan, inf, hex. */
static const char *convert_float(rt_string tok, const rt_type *t, void *p) {
    rt_buf b = {0};
    for (int64_t i = 0; i < tok.len; i++)
        if (tok.ptr[i] != '_')
            rt_buf_byte(&b, tok.ptr[i]);
    rt_buf_byte(&b, 0);
    const char *c = (const char *)b.p;
    char *end;
    double v = strtod(c, &end);
    if (tok.len == 0 || *end || end == c)
        return "expected integer";
    if (t->kind == RT_KIND_FLOAT32)
        *(float *)p = (float)v;
    else
        *(double *)p = v;
    return NULL;
}

/* 0 and 1, as boolToken leaves every accepted spelling. */
static const char *convert_bool(rt_string tok, void *p) {
    if (tok.len != 1 || (tok.ptr[0] != '0' && tok.ptr[0] != '1'))
        return "syntax error scanning boolean";
    *(bool *)p = tok.ptr[0] == '1';
    return NULL;
}

/* func convert(tok string, verb rune, arg any) string: stores tok, read
 * for verb, through the pointer arg; returns an error text, "" if none. */
rt_string fmt_convert(rt_string tok, int32_t verb, rt_iface arg) {
    const rt_type *t = arg.type->elem;
    void *p = arg.data;
    const char *err = NULL;
    switch (t->kind) {
    case RT_KIND_INT: case RT_KIND_INT8: case RT_KIND_INT16: case RT_KIND_INT32: case RT_KIND_INT64:
    case RT_KIND_UINT: case RT_KIND_UINT8: case RT_KIND_UINT16: case RT_KIND_UINT32:
    case RT_KIND_UINT64: case RT_KIND_UINTPTR:
        err = verb == 'c' ? convert_rune(tok, t, p) : convert_int(tok, verb, t, p);
        break;
    case RT_KIND_FLOAT32: case RT_KIND_FLOAT64:
        err = convert_float(tok, t, p);
        break;
    case RT_KIND_BOOL:
        err = convert_bool(tok, p);
        break;
    case RT_KIND_STRING:
        *(rt_string *)p = rt_string_from_bytes((rt_slice){(void *)tok.ptr, tok.len, tok.len});
        break;
    default: /* []byte (scanClass admits no other slice) */
        *(rt_slice *)p = rt_bytes_from_string(tok);
        break;
    }
    return err ? rt_string_from_c(err) : (rt_string){0};
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
