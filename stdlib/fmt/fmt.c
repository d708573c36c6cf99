/* fmt's formatting engine: Go's fmt/print.go and fmt/format.go rebuilt
 * over type descriptors instead of reflection.
 *
 * A printer (pp) appends to one rt_buf. printArg handles one operand of
 * type `any`: nil, %T and %p first, then the Error/String methods
 * (handle_methods, Go's handleMethods rules), then print_value, which
 * walks the descriptor: basic kinds through the fmt_* layout helpers,
 * composites recursively. As in Go, values nested inside composites get
 * their Error/String methods called too unless they were reached through
 * an unexported struct field (Go's CanInterface), and a pointer prints as
 * &{...} only at the top level.
 *
 * Layout follows Go's flag rules exactly: width counts runes, '0' pads
 * only to the left and never for strings' precision-truncation, '-' turns
 * zero padding off, %v sets sharpV/plusV from '#'/'+'. Errors in the
 * format are printed inline the way Go does: %!d(string=hi),
 * %!v(MISSING), %!(EXTRA int=1), %!(NOVERB), %!(BADWIDTH), %!(BADPREC).
 * A panicking Error/String method is caught as Go's catchPanic does: a
 * nil pointer receiver prints <nil>, anything else %!v(PANIC=String
 * method: ...). A Formatter's Format method is called through fmt.cs
 * (callFormat, registered at init), as it needs a State value.
 *
 * The C entry points at the end implement the body-less declarations of
 * fmt.cs (calling convention: rt.h).
 */
#include <stdlib.h>

#include "value_internal.h"
#include "sched.h"

typedef struct pp {
    rt_buf buf;
    bool plus, minus, sharp, space, zero, plus_v, sharp_v;
    bool wid_present, prec_present;
    int64_t wid, prec;
    bool erroring;          /* printing an error operand: no methods */
    bool panicking;         /* printing a method's panic value */
    bool wrap_errs;         /* Errorf: %w allowed */
    int64_t wrapped;        /* Errorf: index of the %w operand, or -1 */
    int64_t argnum;         /* operand being printed (for %w) */
} pp;

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

static void print_arg(pp *p, rt_iface arg, int32_t verb);
static void print_value(pp *p, const rt_type *t, const void *v, int32_t verb, int depth, bool can_iface);

/* Like Go's clearflags this keeps wid and prec: a Formatter's Width() and
 * Precision() report the previous verb's values (with ok false) when its own
 * verb sets none, and programs print them. */
static void clear_flags(pp *p) {
    p->plus = p->minus = p->sharp = p->space = p->zero = false;
    p->plus_v = p->sharp_v = p->wid_present = p->prec_present = false;
}

/* Go's fast path: a lower-case verb right after the flags, with an operand
 * left, is printed without parsing width or precision (so both stay stale). */
static bool simple_verb(rt_string f, int64_t i, int64_t argnum, int64_t n) {
    return i < f.len && f.ptr[i] >= 'a' && f.ptr[i] <= 'z' && argnum < n;
}

static inline const void *data_ptr(const rt_iface *x) {
    return (x->type->flags & RT_TFLAG_DIRECT) ? (const void *)&x->data : x->data;
}

/* ---- layout (Go's fmt/format.go) --------------------------------------------------- */

static void write_padding(pp *p, int64_t n) {
    uint8_t c = p->zero ? '0' : ' ';
    for (int64_t i = 0; i < n; i++)
        rt_buf_byte(&p->buf, c);
}

static void pad(pp *p, const uint8_t *s, int64_t n) {
    if (!p->wid_present || p->wid == 0) {
        rt_buf_write(&p->buf, s, n);
        return;
    }
    int64_t width = p->wid - rt_utf8_count(s, n);
    if (!p->minus) {
        write_padding(p, width);
        rt_buf_write(&p->buf, s, n);
    } else {
        rt_buf_write(&p->buf, s, n);
        write_padding(p, width);
    }
}

static void pad_str(pp *p, rt_string s) { pad(p, s.ptr, s.len); }
static void pad_cstr(pp *p, const char *s) { pad(p, (const uint8_t *)s, (int64_t)strlen(s)); }

/* pad without zero filling (strings, <nil>, Inf) */
static void pad_spaces(pp *p, const uint8_t *s, int64_t n) {
    bool z = p->zero;
    p->zero = false;
    pad(p, s, n);
    p->zero = z;
}

static void fmt_boolean(pp *p, bool v) { pad_cstr(p, v ? "true" : "false"); }

static void fmt_integer(pp *p, uint64_t u, int base, bool is_signed, int32_t verb, const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    int64_t size = 68;
    if (p->wid_present || p->prec_present)
        size += 3 + p->wid + p->prec;
    uint8_t small[72];
    uint8_t *buf = size <= (int64_t)sizeof small ? small : rt_alloc_noscan(size);
    int64_t prec = 0;
    if (p->prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool z = p->zero;
            p->zero = false;
            write_padding(p, p->wid);
            p->zero = z;
            return;
        }
    } else if (p->zero && p->wid_present) {
        prec = p->wid;
        if (negative || p->plus || p->space)
            prec--;
    }
    int64_t i = size;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (uint8_t)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = (uint8_t)digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (uint8_t)('0' + (u & 7));
            u >>= 3;
        }
        break;
    default:
        while (u >= 2) {
            buf[--i] = (uint8_t)('0' + (u & 1));
            u >>= 1;
        }
    }
    buf[--i] = (uint8_t)digits[u];
    while (i > 0 && prec > size - i)
        buf[--i] = '0';
    if (p->sharp) {
        if (base == 2) {
            buf[--i] = 'b';
            buf[--i] = '0';
        } else if (base == 8 && buf[i] != '0') {
            buf[--i] = '0';
        } else if (base == 16) {
            buf[--i] = (uint8_t)digits[16];
            buf[--i] = '0';
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->plus)
        buf[--i] = '+';
    else if (p->space)
        buf[--i] = ' ';
    pad_spaces(p, buf + i, size - i);
}

static void fmt_0x64(pp *p, uint64_t v, bool leading0x) {
    bool sharp = p->sharp;
    p->sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->sharp = sharp;
}

static void fmt_unicode(pp *p, uint64_t u) {
    rt_buf t = {0};
    int64_t prec = 4;
    if (p->prec_present && p->prec > 4)
        prec = p->prec;
    char hexd[20];
    int n = 0;
    uint64_t x = u;
    do {
        hexd[n++] = udigits[x & 0xF];
        x >>= 4;
    } while (x);
    rt_buf_cstr(&t, "U+");
    for (int64_t k = n; k < prec; k++)
        rt_buf_byte(&t, '0');
    while (n > 0)
        rt_buf_byte(&t, (uint8_t)hexd[--n]);
    if (p->sharp && u <= 0x10FFFF && rt_isprint((int32_t)u)) {
        rt_buf_cstr(&t, " '");
        rt_buf_rune(&t, (int32_t)u);
        rt_buf_byte(&t, '\'');
    }
    pad_spaces(p, t.p, t.len);
}

static void fmt_c(pp *p, uint64_t c) {
    uint8_t tmp[4];
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    pad(p, tmp, rt_utf8_encode(tmp, r));
}

static void fmt_qc(pp *p, uint64_t c) {
    rt_buf t = {0};
    rt_fmt_quote_rune(&t, c > 0x10FFFF ? 0xFFFD : (int32_t)c, p->plus ? RT_QUOTE_ASCII : RT_QUOTE_PRINT);
    pad(p, t.p, t.len);
}

static rt_string truncate(pp *p, rt_string s) {
    if (p->prec_present) {
        int64_t n = p->prec;
        for (int64_t i = 0; i < s.len;) {
            if (--n < 0)
                return (rt_string){s.ptr, i};
            int w = 1;
            if (s.ptr[i] >= 0x80)
                rt_utf8_decode(s.ptr + i, s.len - i, &w);
            i += w;
        }
    }
    return s;
}

static void fmt_s(pp *p, rt_string s) { pad_str(p, truncate(p, s)); }

static void fmt_sbx(pp *p, rt_string s, const char *digits) {
    int64_t length = s.len;
    if (p->prec_present && p->prec < length)
        length = p->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (p->space) {
            if (p->sharp)
                width *= 2;
            width += length - 1;
        } else if (p->sharp) {
            width += 2;
        }
    } else {
        if (p->wid_present)
            write_padding(p, p->wid);
        return;
    }
    if (p->wid_present && p->wid > width && !p->minus)
        write_padding(p, p->wid - width);
    if (p->sharp) {
        rt_buf_byte(&p->buf, '0');
        rt_buf_byte(&p->buf, (uint8_t)digits[16]);
    }
    for (int64_t i = 0; i < length; i++) {
        if (p->space && i > 0) {
            rt_buf_byte(&p->buf, ' ');
            if (p->sharp) {
                rt_buf_byte(&p->buf, '0');
                rt_buf_byte(&p->buf, (uint8_t)digits[16]);
            }
        }
        rt_buf_byte(&p->buf, (uint8_t)digits[s.ptr[i] >> 4]);
        rt_buf_byte(&p->buf, (uint8_t)digits[s.ptr[i] & 0xF]);
    }
    if (p->wid_present && p->wid > width && p->minus)
        write_padding(p, p->wid - width);
}

static bool can_backquote(rt_string s) {
    for (int64_t i = 0; i < s.len;) {
        int w = 1;
        int32_t r = s.ptr[i];
        if (r >= 0x80)
            r = rt_utf8_decode(s.ptr + i, s.len - i, &w);
        if (w == 1 && r == 0xFFFD && s.ptr[i] >= 0x80)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F || r == 0xFEFF)
            return false;
        i += w;
    }
    return true;
}

static void fmt_q(pp *p, rt_string s) {
    s = truncate(p, s);
    rt_buf t = {0};
    if (p->sharp && can_backquote(s)) {
        rt_buf_byte(&t, '`');
        rt_buf_str(&t, s);
        rt_buf_byte(&t, '`');
    } else {
        rt_fmt_quote(&t, s, '"', p->plus ? RT_QUOTE_ASCII : RT_QUOTE_PRINT);
    }
    pad(p, t.p, t.len);
}

static void fmt_float_layout(pp *p, double v, int size, char verb, int prec) {
    if (p->prec_present)
        prec = (int)p->prec;
    rt_buf t = {0};
    rt_buf_byte(&t, '+');
    rt_fmt_float(&t, v, verb, prec, size);
    uint8_t *num = t.p;
    int64_t n = t.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        n--;
    }
    if (p->space && num[0] == '+' && !p->plus)
        num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        if (num[1] == 'N' && !p->space && !p->plus) {
            num++;
            n--;
        }
        pad_spaces(p, num, n);
        return;
    }
    if (p->sharp && verb != 'b') {
        /* force a decimal point; %g and %x keep their trailing zeros up
         * to the precision (counting digits from the first nonzero
         * character, the 'x' of 0x included, as Go does) */
        int digits = 0;
        if (verb == 'g' || verb == 'G' || verb == 'x')
            digits = prec == -1 ? 6 : prec;
        bool hex = verb == 'x' || verb == 'X';
        rt_buf out = {0};
        rt_buf tail = {0};
        bool has_point = false, nonzero = false;
        rt_buf_byte(&out, num[0]);
        for (int64_t i = 1; i < n; i++) {
            uint8_t c = num[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' || (!hex && (c == 'e' || c == 'E'))) {
                rt_buf_write(&tail, num + i, n - i);
                break;
            } else {
                if (c != '0')
                    nonzero = true;
                if (nonzero)
                    digits--;
            }
            rt_buf_byte(&out, c);
        }
        if (!has_point) {
            if (out.len == 2 && out.p[1] == '0')
                digits--;
            rt_buf_byte(&out, '.');
        }
        for (; digits > 0; digits--)
            rt_buf_byte(&out, '0');
        rt_buf_write(&out, tail.p, tail.len);
        num = out.p;
        n = out.len;
    }
    if (p->plus || num[0] != '+') {
        if (p->zero && p->wid_present && p->wid > n) {
            rt_buf_byte(&p->buf, num[0]);
            write_padding(p, p->wid - n);
            rt_buf_write(&p->buf, num + 1, n - 1);
            return;
        }
        pad(p, num, n);
        return;
    }
    pad(p, num + 1, n - 1);
}

/* ---- operands by kind (Go's fmt/print.go) ------------------------------------------ */

static void bad_verb(pp *p, int32_t verb, const rt_type *t, const void *v) {
    p->erroring = true;
    rt_buf_cstr(&p->buf, "%!");
    rt_buf_rune(&p->buf, verb);
    rt_buf_byte(&p->buf, '(');
    if (t) {
        rt_buf_str(&p->buf, t->name);
        rt_buf_byte(&p->buf, '=');
        print_value(p, t, v, 'v', 0, false);
    } else {
        rt_buf_cstr(&p->buf, "<nil>");
    }
    rt_buf_byte(&p->buf, ')');
    p->erroring = false;
}

static void fmt_bool(pp *p, bool v, int32_t verb, const rt_type *t, const void *pv) {
    if (verb == 't' || verb == 'v')
        fmt_boolean(p, v);
    else
        bad_verb(p, verb, t, pv);
}

static void fmt_int(pp *p, uint64_t v, bool is_signed, int32_t verb, const rt_type *t, const void *pv) {
    switch (verb) {
    case 'v':
        if (p->sharp_v && !is_signed)
            fmt_0x64(p, v, true);
        else
            fmt_integer(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, ldigits); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb, t, pv);
    }
}

static void fmt_flt(pp *p, double v, int size, int32_t verb, const rt_type *t, const void *pv) {
    switch (verb) {
    case 'v': fmt_float_layout(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X':
        fmt_float_layout(p, v, size, (char)verb, -1);
        break;
    case 'f': case 'e': case 'E': fmt_float_layout(p, v, size, (char)verb, 6); break;
    case 'F': fmt_float_layout(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb, t, pv);
    }
}

static void fmt_string(pp *p, rt_string s, int32_t verb, const rt_type *t, const void *pv) {
    switch (verb) {
    case 'v':
        if (p->sharp_v)
            fmt_q(p, s);
        else
            fmt_s(p, s);
        break;
    case 's': fmt_s(p, s); break;
    case 'x': fmt_sbx(p, s, ldigits); break;
    case 'X': fmt_sbx(p, s, udigits); break;
    case 'q': fmt_q(p, s); break;
    default: bad_verb(p, verb, t, pv);
    }
}

static void fmt_pointer(pp *p, const rt_type *t, const void *v, int32_t verb) {
    uintptr_t u;
    switch (t->kind) {
    case RT_KIND_SLICE: u = (uintptr_t)((const rt_slice *)v)->ptr; break;
    case RT_KIND_FUNC: case RT_KIND_MAP: case RT_KIND_PTR: case RT_KIND_CHAN:
    case RT_KIND_UNSAFEPTR:
        u = (uintptr_t) * (void *const *)v;
        break;
    default:
        bad_verb(p, verb, t, v);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->sharp_v) {
            rt_buf_byte(&p->buf, '(');
            rt_buf_str(&p->buf, t->name);
            rt_buf_cstr(&p->buf, ")(");
            if (u == 0)
                rt_buf_cstr(&p->buf, "nil");
            else
                fmt_0x64(p, u, true);
            rt_buf_byte(&p->buf, ')');
        } else if (u == 0) {
            pad_spaces(p, (const uint8_t *)"<nil>", 5);
        } else {
            fmt_0x64(p, u, !p->sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmt_int(p, u, false, verb, t, v); break;
    default: bad_verb(p, verb, t, v);
    }
}

static void fmt_bytes(pp *p, const uint8_t *b, int64_t n, bool is_nil, int32_t verb, const rt_type *t, const void *pv) {
    switch (verb) {
    case 'v': case 'd':
        if (p->sharp_v) {
            /* only print_arg's unnamed []byte gets here: Go's printArg
             * names it "[]byte", not reflect's "[]uint8" */
            rt_buf_cstr(&p->buf, "[]byte");
            if (is_nil) {
                rt_buf_cstr(&p->buf, "(nil)");
                return;
            }
            rt_buf_byte(&p->buf, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_cstr(&p->buf, ", ");
                fmt_0x64(p, b[i], true);
            }
            rt_buf_byte(&p->buf, '}');
        } else {
            rt_buf_byte(&p->buf, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_byte(&p->buf, ' ');
                fmt_integer(p, b[i], 10, false, verb, ldigits);
            }
            rt_buf_byte(&p->buf, ']');
        }
        return;
    case 's': fmt_s(p, (rt_string){b, n}); return;
    case 'x': fmt_sbx(p, (rt_string){b, n}, ldigits); return;
    case 'X': fmt_sbx(p, (rt_string){b, n}, udigits); return;
    case 'q': fmt_q(p, (rt_string){b, n}); return;
    default: print_value(p, t, pv, verb, 0, false);
    }
}

/* ---- methods ---------------------------------------------------------------------------- */

typedef rt_string (*string_method)(void *);

typedef struct caught {
    rt_iface value;
} caught;

static void recover_into(void *arg) {
    ((caught *)arg)->value = rt_recover();
}

/* Runs call(ctx), catching a panic in it (Go's catchPanic): returns
 * false with the panic value if it panicked. Off a goroutine (unit
 * tests) there is no panic machinery: a plain call. */
static bool call_caught(void (*call)(void *ctx), void *ctx, rt_iface *panic_value) {
    if (rt_getg() == NULL) {
        call(ctx);
        return true;
    }
    rt_catchframe cf;
    caught c = {{0}};
    volatile bool done = false;
    rt_frame_push(&cf.fr, NULL, true);
    rt_defer_push(&cf.fr, recover_into, &c);
    if (RT_FRAME_SETJMP(&cf) == 0) {
        call(ctx);
        done = true;
    }
    rt_frame_pop(&cf.fr);
    *panic_value = c.value;
    return done;
}

typedef struct text_call {
    void *fn, *data;
    rt_string out;
} text_call;

static void run_text_method(void *ctx) {
    text_call *c = ctx;
    c->out = ((string_method)c->fn)(c->data);
}

/* ---- Formatter ------------------------------------------------------------------------- */

/* fmt.cs's callFormat, registered by its init: it asserts the operand to
 * Formatter and calls Format with a State holding these flags, width and
 * precision; it returns what Format wrote and whether x was a Formatter.
 * KEEP IN SYNC: fmt.cs callFormat. */
typedef rt_slice (*format_fn)(rt_func *self, rt_iface x, int32_t verb, rt_string flags, int64_t wid,
                              int64_t prec, bool wid_ok, bool prec_ok, bool *is_formatter);
static rt_func *format_hook;

void fmt_setFormatHook(rt_func *f) {
    format_hook = f;
}

typedef struct format_call {
    pp *p;
    rt_iface x;
    int32_t verb;
    rt_slice out;
    bool is_formatter;
} format_call;

/* Go's pp.Flag: '+' and '#' also answer for %+v and %#v. */
static rt_string state_flags(const pp *p, char buf[5]) {
    int n = 0;
    if (p->minus) buf[n++] = '-';
    if (p->plus || p->plus_v) buf[n++] = '+';
    if (p->sharp || p->sharp_v) buf[n++] = '#';
    if (p->space) buf[n++] = ' ';
    if (p->zero) buf[n++] = '0';
    return (rt_string){(const uint8_t *)buf, n};
}

static void run_format(void *ctx) {
    format_call *c = ctx;
    char flags[5];
    c->out = ((format_fn)format_hook->fn)(format_hook, c->x, c->verb, state_flags(c->p, flags), c->p->wid,
                                          c->p->prec, c->p->wid_present, c->p->prec_present, &c->is_formatter);
}

/* Go's handleMethods: GoString() for %#v, else Error() or String() for
 * the verbs that print text. */
static bool handle_methods(pp *p, const rt_type *t, const void *v, int32_t verb) {
    if (p->erroring)
        return false;
    void *data = (t->flags & RT_TFLAG_DIRECT) ? *(void *const *)v : (void *)v;
    rt_iface x = {t, data};
    if (verb == 'w') {
        if (!p->wrap_errs || p->wrapped >= 0 || !rt_iface_method(x, RT_STR("Error"))) {
            p->wrap_errs = false;
            p->wrapped = -1;
            bad_verb(p, verb, t, v);
            return true;
        }
        p->wrapped = p->argnum;
        verb = 'v';
    }
    if (t->nmethods == 0)
        return false;
    const char *method = "Format";
    rt_iface pv;
    if (format_hook && rt_iface_method(x, RT_STR("Format"))) {
        format_call fc = {.p = p, .x = x, .verb = verb};
        if (!call_caught(run_format, &fc, &pv))
            goto panicked;
        if (fc.is_formatter) {
            rt_buf_write(&p->buf, fc.out.ptr, fc.out.len);
            return true;
        }
    }
    text_call tc = {.data = data};
    if (p->sharp_v) {
        method = "GoString";
        tc.fn = rt_iface_method(x, RT_STR("GoString"));
    } else {
        if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q')
            return false;
        method = "Error";
        tc.fn = rt_iface_method(x, RT_STR("Error"));
        if (tc.fn == NULL) {
            method = "String";
            tc.fn = rt_iface_method(x, RT_STR("String"));
        }
    }
    if (tc.fn == NULL)
        return false;
    if (call_caught(run_text_method, &tc, &pv)) {
        if (p->sharp_v)
            fmt_s(p, tc.out);
        else
            fmt_string(p, tc.out, verb, t, v);
        return true;
    }
panicked:
    if (t->kind == RT_KIND_PTR && data == NULL) {
        rt_buf_cstr(&p->buf, "<nil>");
        return true;
    }
    if (p->panicking)
        rt_panic(pv);
    pp saved = *p;
    clear_flags(p);
    rt_buf_cstr(&p->buf, "%!");
    rt_buf_rune(&p->buf, verb);
    rt_buf_cstr(&p->buf, "(PANIC=");
    rt_buf_cstr(&p->buf, method);
    rt_buf_cstr(&p->buf, " method: ");
    p->panicking = true;
    print_arg(p, pv, 'v');
    p->panicking = false;
    rt_buf_byte(&p->buf, ')');
    saved.buf = p->buf;
    *p = saved;
    return true;
}

/* ---- values by descriptor ------------------------------------------------------------- */

/* Go orders interface keys of different dynamic types by the addresses
 * of their type descriptors, which its linker lays out by symbol size,
 * then by name. The size of Go's descriptor of t on amd64: runtime._type
 * (48 bytes), the kind's own fields (a struct's field table included),
 * and for named types and types with methods the uncommon part and its
 * method table. (Only kinds that can be map keys matter here.) */
static int64_t go_rtype_size(const rt_type *t) {
    int64_t n = 48;
    switch (t->kind) {
    case RT_KIND_ARRAY: n += 24; break;
    case RT_KIND_CHAN: n += 16; break;
    case RT_KIND_PTR: n += 8; break;
    case RT_KIND_STRUCT: n += 32 + 24 * t->nfields; break;
    default: break;
    }
    bool basic = t->kind <= RT_KIND_STRING || t->kind == RT_KIND_UNSAFEPTR;
    if (basic || (t->flags & RT_TFLAG_NAMED) || t->nmethods > 0)
        n += 16 + 16 * t->nmethods;
    return n;
}

static int compare_values(const rt_type *t, const void *a, const void *b);

static int cmp3(bool lt, bool gt) { return lt ? -1 : gt ? 1 : 0; }

/* Go's internal/fmtsort order for map keys. */
static int compare_values(const rt_type *t, const void *a, const void *b) {
    switch (t->kind) {
    case RT_KIND_BOOL: return cmp3(!*(const bool *)a && *(const bool *)b, *(const bool *)a && !*(const bool *)b);
    case RT_KIND_INT8: return cmp3(*(const int8_t *)a < *(const int8_t *)b, *(const int8_t *)a > *(const int8_t *)b);
    case RT_KIND_INT16: return cmp3(*(const int16_t *)a < *(const int16_t *)b, *(const int16_t *)a > *(const int16_t *)b);
    case RT_KIND_INT32: return cmp3(*(const int32_t *)a < *(const int32_t *)b, *(const int32_t *)a > *(const int32_t *)b);
    case RT_KIND_INT: case RT_KIND_INT64:
        return cmp3(*(const int64_t *)a < *(const int64_t *)b, *(const int64_t *)a > *(const int64_t *)b);
    case RT_KIND_UINT8: return cmp3(*(const uint8_t *)a < *(const uint8_t *)b, *(const uint8_t *)a > *(const uint8_t *)b);
    case RT_KIND_UINT16: return cmp3(*(const uint16_t *)a < *(const uint16_t *)b, *(const uint16_t *)a > *(const uint16_t *)b);
    case RT_KIND_UINT32: return cmp3(*(const uint32_t *)a < *(const uint32_t *)b, *(const uint32_t *)a > *(const uint32_t *)b);
    case RT_KIND_UINT: case RT_KIND_UINT64: case RT_KIND_UINTPTR: case RT_KIND_PTR:
    case RT_KIND_CHAN: case RT_KIND_UNSAFEPTR:
        return cmp3(*(const uint64_t *)a < *(const uint64_t *)b, *(const uint64_t *)a > *(const uint64_t *)b);
    case RT_KIND_FLOAT32: case RT_KIND_FLOAT64: {
        double x = t->kind == RT_KIND_FLOAT32 ? *(const float *)a : *(const double *)a;
        double y = t->kind == RT_KIND_FLOAT32 ? *(const float *)b : *(const double *)b;
        if (x != x || y != y)       /* NaN sorts first */
            return cmp3(x != x && y == y, x == x && y != y);
        return cmp3(x < y, x > y);
    }
    case RT_KIND_STRING: {
        int c = rt_strcmp(*(const rt_string *)a, *(const rt_string *)b);
        return cmp3(c < 0, c > 0);
    }
    case RT_KIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int c = compare_values(t->elem, (const char *)a + i * t->elem->size,
                                   (const char *)b + i * t->elem->size);
            if (c)
                return c;
        }
        return 0;
    case RT_KIND_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++) {
            const rt_field *f = &t->fields[i];
            int c = compare_values(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
            if (c)
                return c;
        }
        return 0;
    case RT_KIND_INTERFACE: {
        const rt_iface *x = a, *y = b;
        if (x->type == NULL || y->type == NULL)
            return cmp3(x->type == NULL && y->type != NULL, x->type != NULL && y->type == NULL);
        if (!rt_type_identical(x->type, y->type)) {
            int64_t sx = go_rtype_size(x->type), sy = go_rtype_size(y->type);
            if (sx != sy)
                return cmp3(sx < sy, sx > sy);
            int c = rt_strcmp(x->type->name, y->type->name);
            return c ? cmp3(c < 0, c > 0) : cmp3(x->type < y->type, x->type > y->type);
        }
        return compare_values(x->type, data_ptr(x), data_ptr(y));
    }
    default:
        return 0;
    }
}

typedef struct kv { const void *k, *v; } kv;
static __thread const rt_type *sort_key;

static int cmp_kv(const void *a, const void *b) {
    return compare_values(sort_key, ((const kv *)a)->k, ((const kv *)b)->k);
}

static void print_map(pp *p, const rt_type *t, rt_map *m, int32_t verb, int depth) {
    if (p->sharp_v) {
        rt_buf_str(&p->buf, t->name);
        if (m == NULL) {
            rt_buf_cstr(&p->buf, "(nil)");
            return;
        }
        rt_buf_byte(&p->buf, '{');
    } else {
        rt_buf_cstr(&p->buf, "map[");
    }
    int64_t n = rt_maplen(m);
    kv *items = n ? rt_alloc(n * (int64_t)sizeof(kv)) : NULL;
    int64_t k = 0;
    rt_mapiter it;
    rt_mapiterinit(t, m, &it);
    while (k < n && rt_mapiternext(&it)) {
        items[k].k = it.key;
        items[k].v = it.val;
        k++;
    }
    const rt_type *saved = sort_key;
    sort_key = t->key;
    if (k > 1) qsort(items, (size_t)k, sizeof(kv), cmp_kv);   /* items is NULL for an empty map */
    sort_key = saved;
    for (int64_t i = 0; i < k; i++) {
        if (i > 0)
            rt_buf_cstr(&p->buf, p->sharp_v ? ", " : " ");
        print_value(p, t->key, items[i].k, verb, depth + 1, true);
        rt_buf_byte(&p->buf, ':');
        print_value(p, t->elem, items[i].v, verb, depth + 1, true);
    }
    rt_buf_byte(&p->buf, p->sharp_v ? '}' : ']');
}

/* Values nest as deep as the data (interfaces holding structs holding
 * interfaces...), so print_value checks the stack as generated code does
 * and continues on a new segment when it runs low (rt_sched.h). */
typedef struct print_rec {
    pp *p;
    const rt_type *t;
    const void *v;
    int32_t verb;
    int depth;
    bool can_iface;
} print_rec;

static void print_more(void *arg) {
    print_rec *r = arg;
    print_value(r->p, r->t, r->v, r->verb, r->depth, r->can_iface);
}

static void print_value(pp *p, const rt_type *t, const void *v, int32_t verb, int depth, bool can_iface) {
    if (RT_STACK_LOW(0)) {
        print_rec r = {p, t, v, verb, depth, can_iface};
        if (RT_MORESTACK(print_more, &r, 0))
            return;
    }
    if (t->kind == RT_KIND_INTERFACE) {
        const rt_iface *x = v;
        if (x->type == NULL) {
            if (p->sharp_v) {
                rt_buf_str(&p->buf, t->name);
                rt_buf_cstr(&p->buf, "(nil)");
            } else {
                rt_buf_cstr(&p->buf, "<nil>");
            }
            return;
        }
        print_value(p, x->type, data_ptr(x), verb, depth + 1, can_iface);
        return;
    }
    if (depth > 0 && can_iface && handle_methods(p, t, v, verb))
        return;
    switch (t->kind) {
    case RT_KIND_BOOL: fmt_bool(p, *(const bool *)v, verb, t, v); return;
    case RT_KIND_INT: case RT_KIND_INT64: fmt_int(p, (uint64_t) * (const int64_t *)v, true, verb, t, v); return;
    case RT_KIND_INT8: fmt_int(p, (uint64_t)(int64_t) * (const int8_t *)v, true, verb, t, v); return;
    case RT_KIND_INT16: fmt_int(p, (uint64_t)(int64_t) * (const int16_t *)v, true, verb, t, v); return;
    case RT_KIND_INT32: fmt_int(p, (uint64_t)(int64_t) * (const int32_t *)v, true, verb, t, v); return;
    case RT_KIND_UINT: case RT_KIND_UINT64: case RT_KIND_UINTPTR:
        fmt_int(p, *(const uint64_t *)v, false, verb, t, v);
        return;
    case RT_KIND_UINT8: fmt_int(p, *(const uint8_t *)v, false, verb, t, v); return;
    case RT_KIND_UINT16: fmt_int(p, *(const uint16_t *)v, false, verb, t, v); return;
    case RT_KIND_UINT32: fmt_int(p, *(const uint32_t *)v, false, verb, t, v); return;
    case RT_KIND_FLOAT32: fmt_flt(p, *(const float *)v, 32, verb, t, v); return;
    case RT_KIND_FLOAT64: fmt_flt(p, *(const double *)v, 64, verb, t, v); return;
    case RT_KIND_STRING: fmt_string(p, *(const rt_string *)v, verb, t, v); return;
    case RT_KIND_MAP: print_map(p, t, *(rt_map *const *)v, verb, depth); return;
    case RT_KIND_STRUCT:
        if (p->sharp_v)
            rt_buf_str(&p->buf, t->name);
        rt_buf_byte(&p->buf, '{');
        for (int64_t i = 0; i < t->nfields; i++) {
            const rt_field *f = &t->fields[i];
            if (i > 0)
                rt_buf_cstr(&p->buf, p->sharp_v ? ", " : " ");
            if ((p->plus_v || p->sharp_v) && f->name.len) {
                rt_buf_str(&p->buf, f->name);
                rt_buf_byte(&p->buf, ':');
            }
            print_value(p, f->type, (const char *)v + f->offset, verb, depth + 1,
                        can_iface && f->exported);
        }
        rt_buf_byte(&p->buf, '}');
        return;
    case RT_KIND_ARRAY: case RT_KIND_SLICE: {
        const uint8_t *base;
        int64_t n;
        bool is_nil = false;
        if (t->kind == RT_KIND_SLICE) {
            const rt_slice *s = v;
            base = s->ptr;
            n = s->len;
            is_nil = s->ptr == NULL;
        } else {
            base = v;
            n = t->len;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
            t->elem->kind == RT_KIND_UINT8) {
            fmt_bytes(p, base, n, is_nil, verb, t, v);
            return;
        }
        if (p->sharp_v) {
            rt_buf_str(&p->buf, t->name);
            if (is_nil) {
                rt_buf_cstr(&p->buf, "(nil)");
                return;
            }
            rt_buf_byte(&p->buf, '{');
        } else {
            rt_buf_byte(&p->buf, '[');
        }
        for (int64_t i = 0; i < n; i++) {
            if (i > 0)
                rt_buf_cstr(&p->buf, p->sharp_v ? ", " : " ");
            print_value(p, t->elem, base + i * t->elem->size, verb, depth + 1, can_iface);
        }
        rt_buf_byte(&p->buf, p->sharp_v ? '}' : ']');
        return;
    }
    case RT_KIND_PTR:
        if (depth == 0 && *(void *const *)v != NULL) {
            const rt_type *e = t->elem;
            if (e && (e->kind == RT_KIND_ARRAY || e->kind == RT_KIND_SLICE ||
                      e->kind == RT_KIND_STRUCT || e->kind == RT_KIND_MAP)) {
                rt_buf_byte(&p->buf, '&');
                print_value(p, e, *(void *const *)v, verb, depth + 1, can_iface);
                return;
            }
        }
        fmt_pointer(p, t, v, verb);
        return;
    default:
        fmt_pointer(p, t, v, verb);
    }
}

static void print_arg(pp *p, rt_iface arg, int32_t verb) {
    if (arg.type == NULL) {
        if (verb == 'T' || verb == 'v')
            pad_spaces(p, (const uint8_t *)"<nil>", 5);
        else
            bad_verb(p, verb, NULL, NULL);
        return;
    }
    const rt_type *t = arg.type;
    const void *v = data_ptr(&arg);
    if (verb == 'T') {
        fmt_s(p, t->name);
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, t, v, 'p');
        return;
    }
    if (t->kind == RT_KIND_SLICE && t->elem->kind == RT_KIND_UINT8 && !(t->flags & RT_TFLAG_NAMED)) {
        const rt_slice *s = v;
        fmt_bytes(p, s->ptr, s->len, s->ptr == NULL, verb, t, v);
        return;
    }
    if (handle_methods(p, t, v, verb))
        return;
    print_value(p, t, v, verb, 0, true);
}

/* ---- Printf / Print / Println ----------------------------------------------------------- */

static bool parsenum(rt_string f, int64_t *i, int64_t *num) {
    bool found = false;
    *num = 0;
    while (*i < f.len && f.ptr[*i] >= '0' && f.ptr[*i] <= '9') {
        if (*num > 1000000)         /* Go's tooLarge */
            return false;
        *num = *num * 10 + (f.ptr[*i] - '0');
        found = true;
        (*i)++;
    }
    return found;
}

static bool int_from_arg(const rt_iface *a, int64_t n, int64_t *argnum, int64_t *num) {
    *num = 0;
    if (*argnum >= n)
        return false;
    rt_iface x = a[(*argnum)++];
    if (x.type == NULL)
        return false;
    const void *v = data_ptr(&x);
    bool ok = true;
    switch (x.type->kind) {
    case RT_KIND_INT: case RT_KIND_INT64: *num = *(const int64_t *)v; break;
    case RT_KIND_INT32: *num = *(const int32_t *)v; break;
    case RT_KIND_INT16: *num = *(const int16_t *)v; break;
    case RT_KIND_INT8: *num = *(const int8_t *)v; break;
    case RT_KIND_UINT: case RT_KIND_UINT64: case RT_KIND_UINTPTR:
        ok = *(const int64_t *)v >= 0;
        *num = ok ? *(const int64_t *)v : 0;
        break;
    case RT_KIND_UINT32: *num = *(const uint32_t *)v; break;
    case RT_KIND_UINT16: *num = *(const uint16_t *)v; break;
    case RT_KIND_UINT8: *num = *(const uint8_t *)v; break;
    default: ok = false;
    }
    if (*num > 1000000 || *num < -1000000) {
        *num = 0;
        ok = false;
    }
    return ok;
}

/* Go's argNumber: an explicit operand index "[n]" at f[*i]. Sets
 * *reordered; clears *good when the index is bad. Returns whether an
 * index was found (and consumed). */
static bool arg_number(rt_string f, int64_t *i, int64_t nargs, int64_t *argnum,
                       bool *reordered, bool *good) {
    if (*i >= f.len || f.ptr[*i] != '[')
        return false;
    *reordered = true;
    int64_t close = -1;
    for (int64_t k = *i + 1; k < f.len && f.len - *i >= 3; k++)
        if (f.ptr[k] == ']') {
            close = k;
            break;
        }
    if (close < 0) {            /* no closing bracket: skip the '[' */
        (*i)++;
        *good = false;
        return false;
    }
    int64_t k = *i + 1, n;
    bool ok = parsenum(f, &k, &n) && k == close;
    *i = close + 1;
    if (ok && n - 1 >= 0 && n - 1 < nargs) {
        *argnum = n - 1;
        return true;
    }
    *good = false;
    return ok;
}

static void do_printf(pp *p, rt_string f, rt_slice args) {
    const rt_iface *a = args.ptr;
    int64_t n = args.len, argnum = 0;
    int64_t end = f.len;
    bool reordered = false;
    for (int64_t i = 0; i < end;) {
        bool good = true, after_index = false;
        int64_t lasti = i;
        while (i < end && f.ptr[i] != '%')
            i++;
        if (i > lasti)
            rt_buf_write(&p->buf, f.ptr + lasti, i - lasti);
        if (i >= end)
            break;
        i++;
        clear_flags(p);
        for (; i < end; i++) {
            uint8_t c = f.ptr[i];
            if (c == '#') p->sharp = true;
            else if (c == '0') p->zero = !p->minus;
            else if (c == '+') p->plus = true;
            else if (c == '-') { p->minus = true; p->zero = false; }
            else if (c == ' ') p->space = true;
            else break;
        }
        if (!simple_verb(f, i, argnum, n)) {
            after_index = arg_number(f, &i, n, &argnum, &reordered, &good);
            if (i < end && f.ptr[i] == '*') {
                i++;
                p->wid_present = int_from_arg(a, n, &argnum, &p->wid);
                if (!p->wid_present)
                    rt_buf_cstr(&p->buf, "%!(BADWIDTH)");
                if (p->wid < 0) {
                    p->wid = -p->wid;
                    p->minus = true;
                    p->zero = false;
                }
                after_index = false;
            } else {
                p->wid_present = parsenum(f, &i, &p->wid);
                if (after_index && p->wid_present)
                    good = false;
            }
            if (i + 1 < end && f.ptr[i] == '.') {
                i++;
                if (after_index)
                    good = false;
                after_index = arg_number(f, &i, n, &argnum, &reordered, &good);
                if (i < end && f.ptr[i] == '*') {
                    i++;
                    p->prec_present = int_from_arg(a, n, &argnum, &p->prec);
                    if (p->prec < 0) {
                        p->prec = 0;
                        p->prec_present = false;
                    }
                    if (!p->prec_present)
                        rt_buf_cstr(&p->buf, "%!(BADPREC)");
                    after_index = false;
                } else {
                    parsenum(f, &i, &p->prec);
                    p->prec_present = true;
                }
            }
            if (!after_index)
                after_index = arg_number(f, &i, n, &argnum, &reordered, &good);
        }
        if (i >= end) {
            rt_buf_cstr(&p->buf, "%!(NOVERB)");
            break;
        }
        int w = 1;
        int32_t verb = f.ptr[i];
        if (verb >= 0x80)
            verb = rt_utf8_decode(f.ptr + i, end - i, &w);
        i += w;
        if (verb == '%') {
            rt_buf_byte(&p->buf, '%');
            continue;
        }
        if (!good || argnum >= n) {
            rt_buf_cstr(&p->buf, "%!");
            rt_buf_rune(&p->buf, verb);
            rt_buf_cstr(&p->buf, good ? "(MISSING)" : "(BADINDEX)");
            continue;
        }
        if (verb == 'v') {
            p->sharp_v = p->sharp;
            p->sharp = false;
            p->plus_v = p->plus;
            p->plus = false;
        }
        p->argnum = argnum;
        print_arg(p, a[argnum++], verb);
    }
    if (!reordered && argnum < n) {
        clear_flags(p);
        rt_buf_cstr(&p->buf, "%!(EXTRA ");
        for (int64_t k = argnum; k < n; k++) {
            if (k > argnum)
                rt_buf_cstr(&p->buf, ", ");
            if (a[k].type == NULL) {
                rt_buf_cstr(&p->buf, "<nil>");
            } else {
                rt_buf_str(&p->buf, a[k].type->name);
                rt_buf_byte(&p->buf, '=');
                print_arg(p, a[k], 'v');
            }
        }
        rt_buf_byte(&p->buf, ')');
    }
}

static void do_print(pp *p, rt_slice args) {
    const rt_iface *a = args.ptr;
    bool prev_string = false;
    for (int64_t i = 0; i < args.len; i++) {
        bool is_string = a[i].type && a[i].type->kind == RT_KIND_STRING;
        if (i > 0 && !is_string && !prev_string)
            rt_buf_byte(&p->buf, ' ');
        clear_flags(p);
        print_arg(p, a[i], 'v');
        prev_string = is_string;
    }
}

static void do_println(pp *p, rt_slice args) {
    const rt_iface *a = args.ptr;
    for (int64_t i = 0; i < args.len; i++) {
        if (i > 0)
            rt_buf_byte(&p->buf, ' ');
        clear_flags(p);
        print_arg(p, a[i], 'v');
    }
    rt_buf_byte(&p->buf, '\n');
}

static void init_pp(pp *p) {
    memset(p, 0, sizeof *p);
    p->wrapped = -1;
}

static rt_slice as_bytes(const rt_buf *b) { return (rt_slice){b->p, b->len, b->cap}; }

/* ---- entry points (fmt.cs) ---------------------------------------------------------------- */

rt_string fmt_Sprintf(rt_string format, rt_slice a) {
    pp p;
    init_pp(&p);
    do_printf(&p, format, a);
    return rt_buf_string(&p.buf);
}

rt_string fmt_Sprint(rt_slice a) {
    pp p;
    init_pp(&p);
    do_print(&p, a);
    return rt_buf_string(&p.buf);
}

rt_string fmt_Sprintln(rt_slice a) {
    pp p;
    init_pp(&p);
    do_println(&p, a);
    return rt_buf_string(&p.buf);
}

rt_slice fmt_bprintf(rt_string format, rt_slice a) {
    pp p;
    init_pp(&p);
    do_printf(&p, format, a);
    return as_bytes(&p.buf);
}

rt_slice fmt_bprint(rt_slice a) {
    pp p;
    init_pp(&p);
    do_print(&p, a);
    return as_bytes(&p.buf);
}

rt_slice fmt_bprintln(rt_slice a) {
    pp p;
    init_pp(&p);
    do_println(&p, a);
    return as_bytes(&p.buf);
}

/* func errorf(format string, a []any) (string, int): the text, and the
 * index of the operand %w wrapped (-1: none). */
rt_string fmt_errorf(rt_string format, rt_slice a, int64_t *r1) {
    pp p;
    init_pp(&p);
    p.wrap_errs = true;
    do_printf(&p, format, a);
    *r1 = p.wrapped;
    return rt_buf_string(&p.buf);
}
