/* Token helpers behind lexer.l: positions, semicolon insertion, the
 * bracket stack, and literal checking/decoding with gc's messages.
 *
 * Literal checks follow the Go 1.19 scanner (cmd/compile/internal/syntax,
 * scanner.go) closely enough that messages and their columns agree:
 * string errors point at the offending byte ("unknown escape" at the
 * character after the backslash, "newline in string" at the newline),
 * unterminated literals and comments at their start. After an error the
 * token is still returned (decoded as far as possible), so the parse goes
 * on exactly as gc's does.
 *
 * Identifiers may contain Unicode letters and digits; classification uses
 * the C library's wide-character tables under the C.UTF-8 locale (set
 * once, LC_CTYPE only). If that locale is missing every non-ASCII code
 * point is taken as a letter.
 */
#include "tokens.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

/* ==== positions ========================================================= */

void cs_tok_step(CsLexState *L, YYLTYPE *loc, const char *text, int len)
{
    loc->first_line = L->line;
    loc->first_column = L->col;
    for (int i = 0; i < len; i++) {
        if (text[i] == '\n') {
            L->line++;
            L->col = 1;
        } else {
            L->col++;
        }
    }
    L->off += len;
    loc->last_line = L->line;
    loc->last_column = L->col;
}

void cs_tok_unstep(CsLexState *L, YYLTYPE *loc, int n)
{
    L->col -= n;
    L->off -= n;
    loc->last_column = L->col;
}

/* Position of byte i of a token that starts at loc. */
static CsPos pos_in(const CsLexState *L, YYLTYPE loc, const char *text, int i)
{
    CsPos pos = {L->file, loc.first_line, loc.first_column};
    for (int k = 0; k < i; k++) {
        if (text[k] == '\n') {
            pos.line++;
            pos.col = 1;
        } else {
            pos.col++;
        }
    }
    return pos;
}

void cs_tok_error(CsLexState *L, YYLTYPE loc, const char *msg)
{
    cs_error_at((CsPos){L->file, loc.first_line, loc.first_column}, "%s", msg);
}

/* ==== UTF-8 ============================================================= */

/* Decodes one UTF-8 sequence at s (n bytes available). Returns its length,
 * or 0 when the bytes are not valid UTF-8 (then *r is the first byte). */
static int utf8_decode(const unsigned char *s, int n, int32_t *r)
{
    *r = s[0];
    if (s[0] < 0x80)
        return 1;
    int len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
    if (len == 0 || len > n || s[0] > 0xF4)
        return 0;
    int32_t c = s[0] & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    static const int32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min[len] || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000))
        return 0;
    *r = c;
    return len;
}

static int utf8_encode(char *out, int32_t c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Go's %#U: "U+0040 '@'", or just "U+0001" for unprintable code points. */
static void format_U(char *buf, size_t size, int32_t c)
{
    int n = snprintf(buf, size, "U+%04X", (unsigned)c);
    bool printable = c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) &&
                     !(c >= 0xD800 && c < 0xE000) && c <= 0x10FFFF;
    if (printable) {
        char enc[5] = {0};
        utf8_encode(enc, c);
        snprintf(buf + n, size - n, " '%s'", enc);
    }
}

static bool unicode_ready(void)
{
    static int state; /* 0 unknown, 1 tables usable, 2 not */
    if (!state)
        state = setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8") ? 1 : 2;
    return state == 1;
}

/* Letters and digits (glibc files non-ASCII digits under alpha). */
static bool is_letter_or_digit(int32_t c)
{
    return !unicode_ready() || iswalnum((wint_t)c);
}

/* ==== semicolons, brackets ============================================== */

bool cs_tok_needs_semi(int last)
{
    switch (last) {
    case CS_TK_NAME: case CS_TK_INT: case CS_TK_FLOAT: case CS_TK_IMAG:
    case CS_TK_RUNE: case CS_TK_STRING:
    case CS_TK_BREAK: case CS_TK_CONTINUE: case CS_TK_FALLTHROUGH: case CS_TK_RETURN:
    case CS_TK_INC: case CS_TK_DEC: case ')': case ']': case '}':
        return true;
    default:
        return false;
    }
}

static void remember(CsLexState *L, int tok, const char *text, int len)
{
    bool literal = tok == CS_TK_INT || tok == CS_TK_FLOAT || tok == CS_TK_IMAG ||
                   tok == CS_TK_RUNE || tok == CS_TK_STRING;
    L->last = tok;
    static char buf[96];
    if (tok == ',' || (tok == ';' && len == 1)) {
        L->last_text = tok == ',' ? "comma" : "semicolon";  /* gc's spelling */
        return;
    }
    const char *pre = literal ? "literal " : "";
    int max = 64;
    snprintf(buf, sizeof buf, "%s%.*s%s", pre, len < max ? len : max, text, len > max ? "..." : "");
    L->last_text = buf;
}

int cs_tok_semi(CsParser *p, const char *why, YYSTYPE *v)
{
    v->tok = (CsTok){.lit = why};
    remember(&p->lex, ';', why, (int)strlen(why));
    return ';';
}

static bool push_level(CsParser *p)
{
    CsLexState *L = &p->lex;
    if (L->nlv >= CS_MAX_NESTING) {
        CsPos pos = {L->file, L->line, L->col - 1};
        cs_error_at(pos, "nesting too deep: more than %d nested brackets", CS_MAX_NESTING);
        L->fatal = true;
        return false;
    }
    if (L->nlv == L->caplv) {
        L->caplv = L->caplv ? 2 * L->caplv : 64;
        L->lv = realloc(L->lv, L->caplv);
        if (!L->lv) {
            cs_error("out of memory");
            exit(1);
        }
    }
    L->lv[L->nlv++] = 0;
    return true;
}

/* Header keywords as stored in the bracket stack (0: no header). */
static const char *const header_names[] = {NULL, "if", "for", "switch", "select"};

static int header_code(int tok)
{
    return tok == CS_TK_IF ? 1 : tok == CS_TK_FOR ? 2 : tok == CS_TK_SWITCH ? 3 : 4;
}

int cs_tok_emit(CsParser *p, int tok, const char *text, int len, YYSTYPE *v)
{
    CsLexState *L = &p->lex;
    if (L->nlv == 0)
        push_level(p);
    unsigned char *top = &L->lv[L->nlv - 1];
    switch (tok) {
    case CS_TK_IF: case CS_TK_FOR: case CS_TK_SWITCH: case CS_TK_SELECT:
        *top = (unsigned char)header_code(tok);
        break;
    case '{':
        if (*top)
            tok = CS_TK_LBODY;
        /* fall through */
    case '(': case '[':
        if (!push_level(p))
            return CS_TK_ERROR;
        break;
    case ')': case ']': case '}':
        if (L->nlv > 1)
            L->nlv--;
        break;
    }
    int op = v->tok.op;     /* set by the ASSIGNOP rules before TOK() */
    v->tok = (CsTok){0};
    v->tok.op = op;
    if (tok == ';')
        v->tok.lit = "semicolon";
    if (tok == CS_TK_NAME)
        v->tok.lit = cs_ast_strdup(text, len);
    remember(L, tok, text, len);
    return tok;
}

void cs_lex_body_opened(CsParser *p)
{
    CsLexState *L = &p->lex;
    if (L->nlv >= 2)
        L->lv[L->nlv - 2] = 0;
}

/* The keyword whose header is open at the current level ("if", "for"...),
 * or NULL. Used for "expecting { after if clause". */
const char *cs_lex_header_keyword(CsParser *p)
{
    CsLexState *L = &p->lex;
    return L->nlv ? header_names[L->lv[L->nlv - 1]] : NULL;
}

/* Bracket depth: 1 at top level (used to tell "after top level
 * declaration" from "at end of statement"). */
int cs_lex_depth(CsParser *p)
{
    return p->lex.nlv;
}

/* ==== names, comments, stray bytes ====================================== */

void cs_tok_check_ident(CsLexState *L, YYLTYPE loc, const char *text, int len)
{
    const unsigned char *s = (const unsigned char *)text;
    for (int i = 0; i < len;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t c;
        int n = utf8_decode(s + i, len - i, &c);
        if (n == 0)
            n = 1;
        if (c == 0xFEFF) {
            cs_error_at(pos_in(L, loc, text, i), "invalid BOM in the middle of the file");
        } else if (!is_letter_or_digit(c)) {
            char u[32];
            format_U(u, sizeof u, c);
            cs_error_at(pos_in(L, loc, text, i), "invalid character %s in identifier", u);
        }
        i += n;
    }
}

/* Reports the first NUL or invalid UTF-8 byte in text[from, to) (a
 * comment or a literal's body); returns false if there was one. */
static bool check_bytes(CsLexState *L, YYLTYPE loc, const char *text, int from, int to)
{
    const unsigned char *s = (const unsigned char *)text;
    int len = to;
    for (int i = from; i < len;) {
        if (s[i] == 0) {
            cs_error_at(pos_in(L, loc, text, i), "invalid NUL character");
            return false;
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t c;
        int n = utf8_decode(s + i, len - i, &c);
        if (n == 0) {
            cs_error_at(pos_in(L, loc, text, i), "invalid UTF-8 encoding");
            return false;
        }
        if (c == 0xFEFF) {
            cs_error_at(pos_in(L, loc, text, i), "invalid BOM in the middle of the file");
            return false;
        }
        i += n;
    }
    return true;
}

void cs_tok_check_text(CsLexState *L, YYLTYPE loc, const char *text, int len)
{
    check_bytes(L, loc, text, 0, len);
}

void cs_tok_bad_char(CsLexState *L, YYLTYPE loc, const char *text, int len)
{
    unsigned char c = (unsigned char)text[0];
    if (c >= 0x80) {
        cs_tok_error(L, loc, "invalid UTF-8 encoding");
        return;
    }
    char u[32], msg[64];
    format_U(u, sizeof u, c);
    snprintf(msg, sizeof msg, "invalid character %s", u);
    cs_tok_error(L, loc, msg);
}

/* ==== numbers =========================================================== */

static int lower(int c) { return c | 0x20; }
static bool is_dec(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* A number scan, mirroring gc's scanner.number: where it ends, its kind,
 * and the first problem found (message + byte index). */
typedef struct NumScan {
    int end;
    int kind;           /* CS_TK_INT / FLOAT / IMAG */
    int base;
    int invalid;        /* index of first digit too large for base, or -1 */
    char msg[80];
    int msg_at;
} NumScan;

static int scan_digits(const char *s, int len, int *i, int base, int *invalid)
{
    int digsep = 0;
    while (*i < len) {
        int c = (unsigned char)s[*i];
        if (c == '_') {
            digsep |= 2;
        } else if (base <= 10 ? is_dec(c) : is_hex(c)) {
            if (base <= 10 && c >= '0' + base && invalid && *invalid < 0)
                *invalid = *i;
            digsep |= 1;
        } else {
            break;
        }
        (*i)++;
    }
    return digsep;
}

static void num_error(NumScan *ns, int at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records the first problem only, as gc reports one per literal. */
static void num_error(NumScan *ns, int at, const char *fmt, ...)
{
    if (ns->msg[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ns->msg, sizeof ns->msg, fmt, ap);
    va_end(ap);
    ns->msg_at = at;
}

/* gc's invalidSep: index of the first misplaced '_', or -1. */
static int invalid_sep(const char *x, int len)
{
    int x1 = ' ', d = '.', i = 0;
    if (len >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < len; i++) {
        int p = d;
        d = (unsigned char)x[i];
        if (d == '_') {
            if (p != '0')
                return i;
        } else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    return d == '_' ? len - 1 : -1;
}

static NumScan scan_number(const char *s, int len)
{
    NumScan ns = {.kind = CS_TK_INT, .base = 10, .invalid = -1};
    int i = 0, prefix = 0, digsep = 0;
    bool point = s[0] == '.';
    if (point) {
        i = 1;
    } else {
        if (s[0] == '0') {
            i = 1;
            int c = i < len ? lower(s[i]) : 0;
            if (c == 'x' || c == 'o' || c == 'b') {
                i++;
                ns.base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
                prefix = c;
            } else {
                ns.base = 8;
                prefix = '0';
                digsep = 1;
            }
        }
        digsep |= scan_digits(s, len, &i, ns.base, &ns.invalid);
        if (i < len && s[i] == '.') {
            if (prefix == 'o' || prefix == 'b')
                num_error(&ns, i, "invalid radix point in %s literal", base_name(ns.base));
            i++;
            point = true;
        }
    }
    if (point) {
        ns.kind = CS_TK_FLOAT;
        digsep |= scan_digits(s, len, &i, ns.base, &ns.invalid);
    }
    if (!(digsep & 1))
        num_error(&ns, i, "%s literal has no digits", base_name(ns.base));
    int e = i < len ? lower(s[i]) : 0;
    if (e == 'e' || e == 'p') {
        if (e == 'e' && prefix != 0 && prefix != '0')
            num_error(&ns, i, "'%c' exponent requires decimal mantissa", s[i]);
        else if (e == 'p' && prefix != 'x')
            num_error(&ns, i, "'%c' exponent requires hexadecimal mantissa", s[i]);
        i++;
        ns.kind = CS_TK_FLOAT;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        int ds = scan_digits(s, len, &i, 10, NULL);
        digsep = ds | (digsep & 2);
        if (!(ds & 1))
            num_error(&ns, i, "exponent has no digits");
    } else if (prefix == 'x' && ns.kind == CS_TK_FLOAT) {
        num_error(&ns, i, "hexadecimal mantissa requires a 'p' exponent");
    }
    if (i < len && s[i] == 'i') {
        ns.kind = CS_TK_IMAG;
        i++;
    }
    ns.end = i;
    if (ns.kind == CS_TK_INT && ns.invalid >= 0)
        num_error(&ns, ns.invalid, "invalid digit '%c' in %s literal", s[ns.invalid], base_name(ns.base));
    if (digsep & 2) {
        int at = invalid_sep(s, i);
        if (at >= 0)
            num_error(&ns, at, "'_' must separate successive digits");
    }
    return ns;
}

int cs_tok_number_len(const char *text, int len)
{
    return scan_number(text, len).end;
}

int cs_tok_number(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v)
{
    NumScan ns = scan_number(text, len);
    if (ns.msg[0])
        cs_error_at(pos_in(&p->lex, loc, text, ns.msg_at), "%s", ns.msg);
    cs_tok_emit(p, ns.kind, text, len, v);
    v->tok.lit = cs_ast_strdup(text, len);
    return ns.kind;
}

/* ==== strings and runes ================================================= */

/* Go's %q of the character at s: 'x', '\\'', '\\n', '\\x01'. */
static void quote_char(char *buf, size_t size, const char *s, int n)
{
    int32_t r;
    int k = utf8_decode((const unsigned char *)s, n, &r);
    if (k == 0)
        snprintf(buf, size, "'\\x%02x'", (unsigned char)s[0]);
    else if (r == '\'' || r == '\\')
        snprintf(buf, size, "'\\%c'", (char)r);
    else if (r == '\n')
        snprintf(buf, size, "'\\n'");
    else if (r == '\t')
        snprintf(buf, size, "'\\t'");
    else if (r < 0x20 || r == 0x7f)
        snprintf(buf, size, "'\\x%02x'", (unsigned)r);
    else
        snprintf(buf, size, "'%.*s'", k, s);
}

/* Decodes the escape whose backslash is at s[*i]; appends its bytes to
 * out (when out is non-NULL) and stores its value in *val. Advances *i
 * past it. Reports errors like gc; returns false after one. `quote` is
 * the literal's quote character. *is_byte tells \x and octal escapes
 * (a byte) from \u (a code point). */
static bool decode_escape(CsLexState *L, YYLTYPE loc, const char *s, int len, int *i,
                          char quote, int32_t *val, bool *is_byte)
{
    int k = *i + 1;
    if (k >= len) {
        *i = k;
        return false;
    }
    int c = (unsigned char)s[k];
    int n = 0, base = 0;
    uint32_t max = 0;
    *is_byte = false;
    switch (c) {
    case 'a': *val = 7; break;
    case 'b': *val = 8; break;
    case 'f': *val = 12; break;
    case 'n': *val = 10; break;
    case 'r': *val = 13; break;
    case 't': *val = 9; break;
    case 'v': *val = 11; break;
    case '\\': *val = '\\'; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255, *is_byte = true;
        k--;
        break;
    case 'x': n = 2, base = 16, max = 255, *is_byte = true; break;
    case 'u': n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': n = 8, base = 16, max = 0x10FFFF; break;
    default:
        if (c == quote) {
            *val = c;
            break;
        }
        cs_error_at(pos_in(L, loc, s, k), "unknown escape");
        *i = k;
        return false;
    }
    k++;
    if (!n) {
        *i = k;
        return true;
    }
    uint32_t x = 0;
    for (int d = 0; d < n; d++, k++) {
        int ch = k < len ? (unsigned char)s[k] : -1;
        uint32_t dv = (uint32_t)base;
        if (ch >= 0 && is_dec(ch))
            dv = (uint32_t)(ch - '0');
        else if (ch >= 0 && lower(ch) >= 'a' && lower(ch) <= 'f')
            dv = (uint32_t)(lower(ch) - 'a' + 10);
        if (dv >= (uint32_t)base) {
            if (ch >= 0) {
                char q[16];
                quote_char(q, sizeof q, s + k, len - k);
                cs_error_at(pos_in(L, loc, s, k), "invalid character %s in %s escape", q, base_name(base));
            }
            *i = k;
            return false;
        }
        x = x * (uint32_t)base + dv;
    }
    *i = k;
    if (x > max && base == 8) {
        cs_error_at(pos_in(L, loc, s, k), "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char u[32];
        format_U(u, sizeof u, (int32_t)x);
        cs_error_at(pos_in(L, loc, s, k), "escape is invalid Unicode code point %s", u);
        return false;
    }
    *val = (int32_t)x;
    return true;
}

/* What follows the current token: '\n' or -1 at EOF. */
static int next_char(const CsLexState *L)
{
    return L->off < L->len ? (unsigned char)L->src[L->off] : -1;
}

static void unterminated(CsLexState *L, YYLTYPE loc, const char *newline_msg, const char *eof_msg)
{
    if (next_char(L) < 0)
        cs_tok_error(L, loc, eof_msg);
    else
        cs_error_at((CsPos){L->file, loc.last_line, loc.last_column}, "%s", newline_msg);
}

int cs_tok_string(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v)
{
    CsLexState *L = &p->lex;
    char *out = cs_ast_strdup(text, len); /* decoding never grows text */
    int n = 0;
    bool closed = len >= 2 && text[len - 1] == '"';
    int end = closed ? len - 1 : len;
    check_bytes(L, loc, text, 1, end);
    for (int i = 1; i < end;) {
        if (text[i] == '\\') {
            int32_t val = 0;
            bool is_byte;
            if (decode_escape(L, loc, text, len, &i, '"', &val, &is_byte)) {
                if (is_byte)
                    out[n++] = (char)val;
                else
                    n += utf8_encode(out + n, val);
            }
            continue;
        }
        out[n++] = text[i++];
    }
    out[n] = 0;
    if (!closed)
        unterminated(L, loc, "newline in string", "string not terminated");
    cs_tok_emit(p, CS_TK_STRING, text, len, v);
    v->tok.lit = cs_ast_strdup(text, len);
    v->tok.str = out;
    v->tok.len = n;
    return CS_TK_STRING;
}

int cs_tok_raw_string(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v)
{
    CsLexState *L = &p->lex;
    bool closed = len >= 2 && text[len - 1] == '`';
    if (!closed)
        cs_tok_error(L, loc, "string not terminated");
    int end = closed ? len - 1 : len;
    check_bytes(L, loc, text, 1, end);
    char *out = cs_ast_strdup(text, len);
    int n = 0;
    for (int i = 1; i < end; i++)
        if (text[i] != '\r')
            out[n++] = text[i];
    out[n] = 0;
    cs_tok_emit(p, CS_TK_STRING, text, len, v);
    v->tok.lit = cs_ast_strdup(text, len);
    v->tok.str = out;
    v->tok.len = n;
    return CS_TK_STRING;
}

int cs_tok_rune(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v)
{
    CsLexState *L = &p->lex;
    bool closed = len >= 2 && text[len - 1] == '\'';
    int end = closed ? len - 1 : len;
    int count = 0;
    int32_t val = 0;
    bool ok = check_bytes(L, loc, text, 1, end);
    for (int i = 1; i < end; count++) {
        if (text[i] == '\\') {
            bool is_byte;
            if (!decode_escape(L, loc, text, len, &i, '\'', &val, &is_byte))
                ok = false;
            continue;
        }
        int k = utf8_decode((const unsigned char *)text + i, end - i, &val);
        i += k ? k : 1;
    }
    if (!closed) {
        if (ok)
            unterminated(L, loc, "newline in rune literal", "rune literal not terminated");
    } else if (ok && count == 0) {
        cs_error_at(pos_in(L, loc, text, len - 1), "empty rune literal or unescaped ' in rune literal");
    } else if (ok && count != 1) {
        cs_tok_error(L, loc, "more than one character in rune literal");
    }
    cs_tok_emit(p, CS_TK_RUNE, text, len, v);
    v->tok.lit = cs_ast_strdup(text, len);
    v->tok.rune = val;
    return CS_TK_RUNE;
}
