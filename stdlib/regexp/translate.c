/* translate.c: Go's regexp syntax checked and rewritten as a PCRE2 pattern
 * with the same meaning.
 *
 * Model. One left-to-right pass over the expression, the same walk as Go's
 * regexp/syntax parser (parse.go) with its error checks in the same order,
 * so a pattern Go rejects fails here with Go's exact message, and a pattern
 * Go accepts is written out atom by atom in a form PCRE2 cannot read any
 * other way:
 *   - literals: ASCII letters and digits as themselves, everything else as
 *     \x{hex}; so no PCRE2 metacharacter or escape is ever passed through;
 *   - classes (brackets, \d \s \w, [[:alpha:]]): their ranges spelled out,
 *     which pins Go's ASCII meaning of \d \s \w (PCRE2's \s has \v);
 *     \pX and \p{Name} are checked against Go 1.19's table names, which
 *     PCRE2 knows too (it also takes names Go rejects: "greek");
 *   - `.`, `^`, `$` become [^\n] or (?s:.), \A or (?m:^), \z or (?m:$):
 *     Go's s and m flags are resolved here, so PCRE2 only ever sees its
 *     own i flag. It is switched with (?i)/(?-i) just before the literal or
 *     class that needs it, which scopes exactly like Go's flags (to the end
 *     of the enclosing group, across later alternatives);
 *   - (?flags) groups vanish, (?flags:re) and (?P<name>re) become (?:re)
 *     and (re): capture numbers are Go's, names are kept here;
 *   - a quantifier goes after its atom; an atom PCRE2 would not quantify
 *     (an assertion, or one already quantified: Go's `(?:a*)*` written
 *     `a*(?i)*`) is wrapped in (?:...) first; greediness is resolved
 *     with Go's U flag.
 * Atom state: `atom` says whether an atom ends the output and how it takes
 * a quantifier; `atom_start` is where it begins; `atom_prod` is the largest
 * product of counted repeats ({n,m}) nested in it, for Go's "repeat count
 * over 1000" rule (repeatIsValid); `group_max` the largest product among
 * the finished atoms of the current group.
 *
 * Not checked (Go's limits on huge trees: "expression nests too deeply",
 * expressions over 128 MiB once compiled); PCRE2's own limits apply.
 */
#include "translate.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== buffers and UTF-8 ================================================= */

typedef struct {
    char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p)
            abort();
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

static void putf(buf *b, const char *fmt, ...) {
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(b, tmp, (size_t)n);
}

/* Inserts s before offset at. */
static void insert(buf *b, size_t at, const char *s) {
    size_t n = strlen(s), tail = b->n - at;
    put(b, s, n);
    memmove(b->p + at + n, b->p + at, tail);
    memcpy(b->p + at, s, n);
}

int32_t rx_decode_rune(const uint8_t *p, const uint8_t *end, int *size) {
    *size = 1;
    uint8_t c = p[0];
    if (c < 0x80)
        return c;
    int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || end - p < n)
        return -1;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (p[1] < lo || p[1] > hi)
        return -1;
    int32_t r = c & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        r = r << 6 | (p[i] & 0x3F);
    }
    *size = n;
    return r;
}

/* ==== translator state ================================================== */

enum { F_FOLD = 1, F_DOTNL = 2, F_ONELINE = 4, F_NONGREEDY = 8 }; /* Go's flags */
enum { ATOM_NONE, ATOM_PLAIN, ATOM_WRAP };  /* ATOM_WRAP: quantify as (?:atom) */
enum { MAX_REPEAT = 1000, MAX_RUNE = 0x10FFFF };

typedef struct {
    int flags;          /* Go's flags at the '(' */
    bool out_fold;      /* PCRE2's caseless state at the '(' */
    size_t open;        /* output offset of the '(' */
    long outer_max;     /* the enclosing group's group_max */
} frame;

typedef struct {
    const uint8_t *whole, *end, *t;     /* the expression; t: the cursor */
    int flags;
    bool out_fold;
    buf out;
    frame *frames;
    int nframes, frames_cap;
    int atom;
    size_t atom_start;
    long atom_prod, group_max;
    const uint8_t *last_repeat;         /* the quantifier just read, or NULL */
    int ncap;
    char **names;
    char *error;
} tr;

static const char ERR_CHAR_RANGE[] = "invalid character class range";
static const char ERR_ESCAPE[] = "invalid escape sequence";
static const char ERR_NAMED_CAPTURE[] = "invalid named capture";
static const char ERR_PERL_OP[] = "invalid or unsupported Perl syntax";
static const char ERR_REPEAT_OP[] = "invalid nested repetition operator";
static const char ERR_REPEAT_SIZE[] = "invalid repeat count";
static const char ERR_UTF8[] = "invalid UTF-8";
static const char ERR_BRACKET[] = "missing closing ]";
static const char ERR_PAREN[] = "missing closing )";
static const char ERR_REPEAT_ARG[] = "missing argument to repetition operator";
static const char ERR_BACKSLASH[] = "trailing backslash at end of expression";
static const char ERR_UNEXPECTED_PAREN[] = "unexpected )";

/* Records Go's error for expr [from, to) and returns false. */
static bool fail(tr *t, const char *code, const uint8_t *from, const uint8_t *to) {
    buf b = {0};
    puts_(&b, "error parsing regexp: ");
    puts_(&b, code);
    puts_(&b, ": `");
    put(&b, (const char *)from, (size_t)(to - from));
    puts_(&b, "`");
    t->error = b.p;
    return false;
}

/* The rune at s (nextRune): false with Go's error on bad UTF-8. */
static bool next_rune(tr *t, const uint8_t **s, int32_t *r) {
    int size;
    *r = rx_decode_rune(*s, t->end, &size);
    if (*r < 0)
        return fail(t, ERR_UTF8, *s, t->end);
    *s += size;
    return true;
}

static bool check_utf8(tr *t, const uint8_t *s, const uint8_t *end) {
    while (s < end) {
        int size;
        if (rx_decode_rune(s, end, &size) < 0)
            return fail(t, ERR_UTF8, s, t->end);
        s += size;
    }
    return true;
}

/* ==== output: atoms ===================================================== */

static void set_fold(tr *t, bool fold) {
    if (t->out_fold != fold)
        puts_(&t->out, fold ? "(?i)" : "(?-i)");
    t->out_fold = fold;
}

static void settle(tr *t) {
    if (t->atom != ATOM_NONE && t->atom_prod > t->group_max)
        t->group_max = t->atom_prod;
}

/* Starts a new atom at the end of the output. */
static void begin_atom(tr *t, int kind) {
    settle(t);
    t->atom = kind;
    t->atom_start = t->out.n;
    t->atom_prod = 1;
}

static bool is_surrogate(int32_t r) { return r >= 0xD800 && r <= 0xDFFF; }

static bool is_alnum(int32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static void put_rune(buf *b, int32_t r) {
    if (is_alnum(r))
        putf(b, "%c", (char)r);
    else
        putf(b, "\\x{%x}", (unsigned)r);
}

/* A literal rune. Surrogates (\x{D800}) never match UTF-8 text in Go;
 * PCRE2 rejects them, so they become a failing assertion. */
static void literal(tr *t, int32_t r) {
    if (is_surrogate(r)) {
        begin_atom(t, ATOM_WRAP);
        puts_(&t->out, "(?!)");
        return;
    }
    if (!(r < 0x80 && !((r | 0x20) >= 'a' && (r | 0x20) <= 'z')))
        set_fold(t, t->flags & F_FOLD);
    begin_atom(t, ATOM_PLAIN);
    put_rune(&t->out, r);
}

static void assertion(tr *t, const char *text) {
    begin_atom(t, ATOM_WRAP);
    puts_(&t->out, text);
}

/* ==== character classes ================================================= */

/* A class under construction: ranges and \p items in PCRE2 class syntax. */
typedef struct {
    buf body;
    int n;              /* items */
} cls;

static void cls_range(cls *c, int32_t lo, int32_t hi) {
    if (lo <= 0xDFFF && hi >= 0xD800) {     /* leave the surrogates out */
        if (lo < 0xD800)
            cls_range(c, lo, 0xD7FF);
        if (hi > 0xDFFF)
            cls_range(c, 0xE000, hi);
        return;
    }
    put_rune(&c->body, lo);
    if (hi != lo) {
        puts_(&c->body, "-");
        put_rune(&c->body, hi);
    }
    c->n++;
}

/* Go's Perl and POSIX groups: ASCII ranges as lo,hi pairs, 0-terminated
 * (perl_groups.go). */
typedef struct {
    const char *name;
    int n;              /* entries of r used */
    int32_t r[8];
} group;

static const group perl_groups[] = {
    {"\\d", 2, {'0', '9'}},
    {"\\s", 6, {'\t', '\n', '\f', '\r', ' ', ' '}},
    {"\\w", 8, {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}},
};
static const group posix_groups[] = {
    {"alnum", 6, {'0', '9', 'A', 'Z', 'a', 'z'}},
    {"alpha", 4, {'A', 'Z', 'a', 'z'}},
    {"ascii", 2, {0, 0x7f}},
    {"blank", 4, {'\t', '\t', ' ', ' '}},
    {"cntrl", 4, {0, 0x1f, 0x7f, 0x7f}},
    {"digit", 2, {'0', '9'}},
    {"graph", 2, {0x21, 0x7e}},
    {"lower", 2, {'a', 'z'}},
    {"print", 2, {0x20, 0x7e}},
    {"punct", 8, {0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e}},
    {"space", 4, {'\t', '\r', ' ', ' '}},
    {"upper", 2, {'A', 'Z'}},
    {"word", 8, {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}},
    {"xdigit", 6, {'0', '9', 'A', 'F', 'a', 'f'}},
};

/* Adds group g, negated when neg (appendGroup). Under the fold flag the
 * group is first closed under Go's simple folding, which for ASCII sets is
 * the other case plus U+017F (s) and U+212A (k), then negated: PCRE2,
 * folding a negation itself, would add the partners of what it excludes. */
static void cls_group(cls *c, const group *g, bool neg, bool fold) {
    bool in[128] = {0}, sk[2] = {0};
    for (int i = 0; i < g->n; i += 2)
        for (int32_t r = g->r[i]; r <= g->r[i + 1]; r++)
            in[r] = true;
    if (fold) {
        for (int r = 'a'; r <= 'z'; r++)
            in[r] = in[r - 32] = in[r] || in[r - 32];
        sk[0] = in['s'];
        sk[1] = in['k'];
    }
    /* runs of membership (after negation) over [0, MAX_RUNE] */
    int32_t start = -1;
    for (int32_t r = 0; r <= 0x80; r++) {
        bool m = r < 0x80 && in[r] != neg;
        if (m && start < 0)
            start = r;
        if (!m && start >= 0) {
            cls_range(c, start, r - 1);
            start = -1;
        }
    }
    int32_t extra[2] = {0x17F, 0x212A};
    if (!neg) {
        for (int i = 0; i < 2; i++)
            if (sk[i])
                cls_range(c, extra[i], extra[i]);
    } else {
        int32_t lo = 0x80;
        for (int i = 0; i < 2; i++)
            if (sk[i]) {
                cls_range(c, lo, extra[i] - 1);
                lo = extra[i] + 1;
            }
        cls_range(c, lo, MAX_RUNE);
    }
}

/* Go 1.19's unicode.Categories and unicode.Scripts, plus "Any". */
static const char *const unicode_names[] = {
    "Any", "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me",
    "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc",
    "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
    "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese",
    "Bamum", "Bassa_Vah", "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille",
    "Buginese", "Buhid", "Canadian_Aboriginal", "Carian", "Caucasian_Albanian", "Chakma",
    "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform", "Cypriot",
    "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan",
    "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic",
    "Gothic", "Grantha", "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul",
    "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana", "Imperial_Aramaic",
    "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi",
    "Kannada", "Katakana", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer",
    "Khojki", "Khudawadi", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu",
    "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean",
    "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui",
    "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro",
    "Multani", "Myanmar", "Nabataean", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu",
    "Nyiakeng_Puachue_Hmong", "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic",
    "Old_North_Arabian", "Old_Permic", "Old_Persian", "Old_Sogdian", "Old_South_Arabian",
    "Old_Turkic", "Oriya", "Osage", "Osmanya", "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau",
    "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang", "Runic", "Samaritan",
    "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian",
    "Sora_Sompeng", "Soyombo", "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa",
    "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangut", "Telugu", "Thaana", "Thai",
    "Tibetan", "Tifinagh", "Tirhuta", "Ugaritic", "Vai", "Wancho", "Warang_Citi", "Yezidi",
    "Yi", "Zanabazar_Square",
};

static bool unicode_name_known(const uint8_t *name, size_t n) {
    for (size_t i = 0; i < sizeof unicode_names / sizeof unicode_names[0]; i++)
        if (strlen(unicode_names[i]) == n && memcmp(unicode_names[i], name, n) == 0)
            return true;
    return false;
}

/* \pN, \p{Name}, \PN, \p{^Name} at *s (parseUnicodeClass). Returns 1 and
 * adds the item when there is one, 0 when *s is no such class, -1 after
 * an error. */
static int unicode_class(tr *t, const uint8_t **s, cls *c) {
    const uint8_t *p = *s;
    if (t->end - p < 2 || p[0] != '\\' || (p[1] != 'p' && p[1] != 'P'))
        return 0;
    bool neg = p[1] == 'P';
    const uint8_t *q = p + 2, *name, *name_end, *seq_end;
    int size = 0;
    if (q < t->end && rx_decode_rune(q, t->end, &size) < 0) {
        fail(t, ERR_UTF8, q, t->end);
        return -1;
    }
    if (q >= t->end || *q != '{') {     /* one letter; none at the end */
        name = q;
        name_end = seq_end = q + size;
    } else {
        const uint8_t *close = memchr(q, '}', (size_t)(t->end - q));
        if (!close) {
            if (check_utf8(t, p, t->end))
                fail(t, ERR_CHAR_RANGE, p, t->end);
            return -1;
        }
        name = q + 1;
        name_end = close;
        seq_end = close + 1;
        if (!check_utf8(t, name, name_end))
            return -1;
    }
    if (name < name_end && *name == '^') {
        neg = !neg;
        name++;
    }
    if (!unicode_name_known(name, (size_t)(name_end - name))) {
        fail(t, ERR_CHAR_RANGE, p, seq_end);
        return -1;
    }
    putf(&c->body, "\\%c{", neg ? 'P' : 'p');
    put(&c->body, (const char *)name, (size_t)(name_end - name));
    puts_(&c->body, "}");
    c->n++;
    *s = seq_end;
    return 1;
}

/* \d \D \s \S \w \W at *s. */
static bool perl_class(tr *t, const uint8_t **s, cls *c) {
    const uint8_t *p = *s;
    if (t->end - p < 2 || p[0] != '\\')
        return false;
    for (size_t i = 0; i < sizeof perl_groups / sizeof perl_groups[0]; i++) {
        char lower = perl_groups[i].name[1];
        if (p[1] == lower || p[1] == lower - 32) {
            cls_group(c, &perl_groups[i], p[1] != lower, t->flags & F_FOLD);
            *s = p + 2;
            return true;
        }
    }
    return false;
}

static int unhex(int32_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool is_octal(const uint8_t *s, const uint8_t *end) { return s < end && *s >= '0' && *s <= '7'; }

/* A single-rune escape at *s (parseEscape). */
static bool escape(tr *t, const uint8_t **s, int32_t *r) {
    const uint8_t *start = *s, *p = start + 1;
    if (p >= t->end)
        return fail(t, ERR_BACKSLASH, p, p);
    int32_t c;
    if (!next_rune(t, &p, &c))
        return false;
    switch (c) {
    case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        if (!is_octal(p, t->end))
            break;      /* \1: a backreference, not supported */
        /* fallthrough */
    case '0':
        *r = c - '0';
        for (int i = 1; i < 3 && is_octal(p, t->end); i++)
            *r = *r * 8 + (*p++ - '0');
        *s = p;
        return true;
    case 'x': {
        if (p >= t->end)
            break;
        if (!next_rune(t, &p, &c))
            return false;
        if (c == '{') {
            int nhex = 0;
            int32_t v = 0;
            for (;;) {
                if (p >= t->end)
                    goto bad;
                if (!next_rune(t, &p, &c))
                    return false;
                if (c == '}')
                    break;
                int d = unhex(c);
                if (d < 0)
                    goto bad;
                v = v * 16 + d;
                if (v > MAX_RUNE)
                    goto bad;
                nhex++;
            }
            if (nhex == 0)
                goto bad;
            *r = v;
            *s = p;
            return true;
        }
        int x = unhex(c);
        if (p >= t->end) {      /* Go: nextRune("") yields rune 0, no error */
            break;
        }
        if (!next_rune(t, &p, &c))
            return false;
        int y = unhex(c);
        if (x < 0 || y < 0)
            break;
        *r = x * 16 + y;
        *s = p;
        return true;
    }
    case 'a': *r = '\a'; *s = p; return true;
    case 'f': *r = '\f'; *s = p; return true;
    case 'n': *r = '\n'; *s = p; return true;
    case 'r': *r = '\r'; *s = p; return true;
    case 't': *r = '\t'; *s = p; return true;
    case 'v': *r = '\v'; *s = p; return true;
    default:
        if (c < 0x80 && !is_alnum(c)) {
            *r = c;
            *s = p;
            return true;
        }
    }
bad:
    return fail(t, ERR_ESCAPE, start, p);
}

/* [:name:] at *s inside a class: 1 added, 0 none there, -1 error. */
static int posix_class(tr *t, const uint8_t **s, cls *c) {
    const uint8_t *p = *s;
    if (t->end - p < 2 || p[0] != '[' || p[1] != ':')
        return 0;
    const uint8_t *close = NULL;
    for (const uint8_t *q = p + 2; q + 1 < t->end; q++)
        if (q[0] == ':' && q[1] == ']') {
            close = q;
            break;
        }
    if (!close)
        return 0;
    const uint8_t *name = p + 2, *end = close + 2;
    bool neg = name < close && *name == '^';
    if (neg)
        name++;
    for (size_t i = 0; i < sizeof posix_groups / sizeof posix_groups[0]; i++) {
        const char *g = posix_groups[i].name;
        if (strlen(g) == (size_t)(close - name) && memcmp(g, name, strlen(g)) == 0) {
            cls_group(c, &posix_groups[i], neg, t->flags & F_FOLD);
            *s = end;
            return 1;
        }
    }
    fail(t, ERR_CHAR_RANGE, p, end);
    return -1;
}

/* Writes a finished class as one atom. */
static void emit_class(tr *t, cls *c, bool neg) {
    if (c->n == 0) {    /* only surrogates were named */
        begin_atom(t, neg ? ATOM_PLAIN : ATOM_WRAP);
        puts_(&t->out, neg ? "(?s:.)" : "(?!)");
        return;
    }
    set_fold(t, t->flags & F_FOLD);
    begin_atom(t, ATOM_PLAIN);
    puts_(&t->out, neg ? "[^" : "[");
    put(&t->out, c->body.p, c->body.n);
    puts_(&t->out, "]");
}

/* A bracketed class at t->t (parseClass). */
static bool bracket(tr *t) {
    const uint8_t *whole = t->t, *s = t->t + 1;
    cls c = {0};
    bool neg = false, ok = false;
    if (s < t->end && *s == '^') {
        neg = true;
        s++;
    }
    for (bool first = true; s >= t->end || *s != ']' || first; first = false) {
        int got = posix_class(t, &s, &c);
        if (got == 0)
            got = unicode_class(t, &s, &c);
        if (got < 0)
            goto out;
        if (got > 0 || perl_class(t, &s, &c))
            continue;
        const uint8_t *rng = s;
        int32_t lo, hi;
        if (s >= t->end) {
            fail(t, ERR_BRACKET, whole, t->end);
            goto out;
        }
        if (!(*s == '\\' ? escape(t, &s, &lo) : next_rune(t, &s, &lo)))
            goto out;
        hi = lo;
        if (t->end - s >= 2 && s[0] == '-' && s[1] != ']') {
            s++;
            if (s >= t->end) {
                fail(t, ERR_BRACKET, whole, t->end);
                goto out;
            }
            if (!(*s == '\\' ? escape(t, &s, &hi) : next_rune(t, &s, &hi)))
                goto out;
            if (hi < lo) {
                fail(t, ERR_CHAR_RANGE, rng, s);
                goto out;
            }
        }
        cls_range(&c, lo, hi);
    }
    t->t = s + 1;
    emit_class(t, &c, neg);
    ok = true;
out:
    free(c.body.p);
    return ok;
}

/* An escape outside a class that is a class: \pN, \d ... */
static int escape_class(tr *t) {
    cls c = {0};
    const uint8_t *s = t->t;
    int got = unicode_class(t, &s, &c);
    if (got == 0)
        got = perl_class(t, &s, &c);
    if (got > 0) {
        t->t = s;
        emit_class(t, &c, false);
    }
    free(c.body.p);
    return got;
}

/* ==== repetition ======================================================== */

/* Go's parseInt: digits without a leading zero; -1 when past 1e8. */
static bool parse_int(tr *t, const uint8_t **s, long *n) {
    const uint8_t *p = *s;
    if (p >= t->end || *p < '0' || *p > '9')
        return false;
    if (t->end - p >= 2 && p[0] == '0' && p[1] >= '0' && p[1] <= '9')
        return false;
    *n = 0;
    for (; p < t->end && *p >= '0' && *p <= '9'; p++)
        if (*n >= 0)
            *n = *n >= 100000000 ? -1 : *n * 10 + (*p - '0');
    *s = p;
    return true;
}

/* {min}, {min,}, {min,max} at s (parseRepeat); max -1: no maximum. */
static bool parse_repeat(tr *t, const uint8_t *s, long *min, long *max, const uint8_t **after) {
    s++;
    if (!parse_int(t, &s, min) || s >= t->end)
        return false;
    if (*s != ',') {
        *max = *min;
    } else {
        s++;
        if (s >= t->end)
            return false;
        if (*s == '}')
            *max = -1;
        else if (!parse_int(t, &s, max))
            return false;
        else if (*max < 0)
            *min = -1;
    }
    if (s >= t->end || *s != '}')
        return false;
    *after = s + 1;
    return true;
}

/* Quantifies the last atom (Go's repeat). op is '*', '+', '?' or '{';
 * before: the operator's text; *after: just past it. */
static bool repeat(tr *t, char op, long min, long max, const uint8_t *before, const uint8_t **after) {
    int flags = t->flags;
    if (*after < t->end && **after == '?') {
        (*after)++;
        flags ^= F_NONGREEDY;
    }
    if (t->last_repeat)
        return fail(t, ERR_REPEAT_OP, t->last_repeat, *after);
    if (t->atom == ATOM_NONE)
        return fail(t, ERR_REPEAT_ARG, before, *after);
    if (op == '{') {
        long m = max < 0 ? min : max;
        if ((min >= 2 || max >= 2) && m > 0 && m * t->atom_prod > MAX_REPEAT)
            return fail(t, ERR_REPEAT_SIZE, before, *after);
        t->atom_prod = m == 0 ? 1 : m * t->atom_prod;
    }
    if (t->atom == ATOM_WRAP) {
        insert(&t->out, t->atom_start, "(?:");
        puts_(&t->out, ")");
    }
    if (op != '{')
        putf(&t->out, "%c", op);
    else if (max == min)
        putf(&t->out, "{%ld}", min);
    else if (max < 0)
        putf(&t->out, "{%ld,}", min);
    else
        putf(&t->out, "{%ld,%ld}", min, max);
    if (flags & F_NONGREEDY)
        puts_(&t->out, "?");
    t->atom = ATOM_WRAP;
    return true;
}

/* ==== groups ============================================================ */

static void open_group(tr *t, const char *text) {
    settle(t);
    if (t->nframes == t->frames_cap) {
        t->frames_cap = t->frames_cap ? 2 * t->frames_cap : 8;
        t->frames = realloc(t->frames, (size_t)t->frames_cap * sizeof *t->frames);
        if (!t->frames)
            abort();
    }
    t->frames[t->nframes++] = (frame){t->flags, t->out_fold, t->out.n, t->group_max};
    puts_(&t->out, text);
    t->atom = ATOM_NONE;
    t->group_max = 1;
}

static void capture(tr *t, const uint8_t *name, size_t n) {
    t->ncap++;
    t->names = realloc(t->names, (size_t)t->ncap * sizeof *t->names);
    if (!t->names)
        abort();
    char *copy = malloc(n + 1);
    if (!copy)
        abort();
    memcpy(copy, name, n);
    copy[n] = 0;
    t->names[t->ncap - 1] = copy;
    open_group(t, "(");
}

static bool close_group(tr *t) {
    if (t->nframes == 0)
        return fail(t, ERR_UNEXPECTED_PAREN, t->whole, t->end);
    settle(t);
    frame f = t->frames[--t->nframes];
    puts_(&t->out, ")");
    t->flags = f.flags;
    t->out_fold = f.out_fold;
    t->atom = ATOM_PLAIN;
    t->atom_start = f.open;
    t->atom_prod = t->group_max;
    t->group_max = f.outer_max;
    return true;
}

static bool valid_capture_name(const uint8_t *s, const uint8_t *end) {
    if (s == end)
        return false;
    for (; s < end; s++)
        if (*s != '_' && !is_alnum(*s))
            return false;
    return true;
}

/* (?P<name>, (?flags), (?flags: at t->t (parsePerlFlags). */
static bool perl_flags(tr *t) {
    const uint8_t *s = t->t, *p = s;
    if (t->end - p > 4 && p[2] == 'P' && p[3] == '<') {
        const uint8_t *gt = memchr(p, '>', (size_t)(t->end - p));
        if (!gt) {
            if (!check_utf8(t, p, t->end))
                return false;
            return fail(t, ERR_NAMED_CAPTURE, s, t->end);
        }
        if (!check_utf8(t, p + 4, gt))
            return false;
        if (!valid_capture_name(p + 4, gt))
            return fail(t, ERR_NAMED_CAPTURE, s, gt + 1);
        capture(t, p + 4, (size_t)(gt - (p + 4)));
        t->t = gt + 1;
        return true;
    }
    p += 2;
    int flags = t->flags;
    bool neg = false, saw = false;
    while (p < t->end) {
        int32_t c;
        if (!next_rune(t, &p, &c))
            return false;
        int bit = c == 'i' ? F_FOLD : c == 's' ? F_DOTNL : c == 'U' ? F_NONGREEDY : 0;
        if (bit || c == 'm') {
            bool on = c == 'm' ? neg : !neg;   /* m clears OneLine */
            if (c == 'm')
                bit = F_ONELINE;
            flags = on ? flags | bit : flags & ~bit;
            saw = true;
        } else if (c == '-' && !neg) {
            neg = true;
            saw = false;
        } else if ((c == ':' || c == ')') && !(neg && !saw)) {
            if (c == ':')
                open_group(t, "(?:");
            t->flags = flags;
            t->t = p;
            return true;
        } else {
            break;
        }
    }
    return fail(t, ERR_PERL_OP, s, p);
}

/* ==== the walk ========================================================== */

/* One item at t->t. *was_repeat: it was a quantifier. */
static bool item(tr *t, const uint8_t **was_repeat) {
    const uint8_t *s = t->t, *after;
    int32_t r;
    long min, max;
    switch (*s) {
    case '(':
        if (t->end - s >= 2 && s[1] == '?')
            return perl_flags(t);
        capture(t, s, 0);
        t->t++;
        return true;
    case '|':
        settle(t);
        puts_(&t->out, "|");
        t->atom = ATOM_NONE;
        t->t++;
        return true;
    case ')':
        t->t++;
        return close_group(t);
    case '^':
        assertion(t, t->flags & F_ONELINE ? "\\A" : "(?m:^)");
        t->t++;
        return true;
    case '$':
        assertion(t, t->flags & F_ONELINE ? "\\z" : "(?m:$)");
        t->t++;
        return true;
    case '.':
        begin_atom(t, ATOM_PLAIN);
        puts_(&t->out, t->flags & F_DOTNL ? "(?s:.)" : "[^\\n]");
        t->t++;
        return true;
    case '[':
        return bracket(t);
    case '*': case '+': case '?':
        after = s + 1;
        if (!repeat(t, (char)*s, 0, 0, s, &after))
            return false;
        *was_repeat = s;
        t->t = after;
        return true;
    case '{':
        if (!parse_repeat(t, s, &min, &max, &after)) {
            literal(t, '{');
            t->t++;
            return true;
        }
        if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max))
            return fail(t, ERR_REPEAT_SIZE, s, after);
        if (!repeat(t, '{', min, max, s, &after))
            return false;
        *was_repeat = s;
        t->t = after;
        return true;
    case '\\':
        if (t->end - s >= 2) {
            const char *a = NULL;
            switch (s[1]) {
            case 'A': a = "\\A"; break;
            case 'b': a = "\\b"; break;
            case 'B': a = "\\B"; break;
            case 'z': a = "\\z"; break;
            case 'C': return fail(t, ERR_ESCAPE, s, s + 2);
            case 'Q': {
                const uint8_t *p = s + 2, *e = p;
                while (e < t->end && !(e[0] == '\\' && e + 1 < t->end && e[1] == 'E'))
                    e++;
                while (p < e) {
                    if (!next_rune(t, &p, &r))
                        return false;
                    literal(t, r);
                }
                t->t = e < t->end ? e + 2 : e;
                return true;
            }
            }
            if (a) {
                assertion(t, a);
                t->t += 2;
                return true;
            }
        }
        {
            int got = escape_class(t);
            if (got != 0)
                return got > 0;
        }
        if (!escape(t, &t->t, &r))
            return false;
        literal(t, r);
        return true;
    default:
        if (!next_rune(t, &t->t, &r))
            return false;
        literal(t, r);
        return true;
    }
}

void rx_translate(const uint8_t *expr, size_t len, rx_translation *out) {
    tr t = {.whole = expr, .end = expr + len, .t = expr, .flags = F_ONELINE, .group_max = 1};
    puts_(&t.out, "");
    bool ok = true;
    while (ok && t.t < t.end) {
        const uint8_t *was_repeat = NULL;
        ok = item(&t, &was_repeat);
        t.last_repeat = was_repeat;
    }
    if (ok && t.nframes > 0)
        ok = fail(&t, ERR_PAREN, t.whole, t.end);
    free(t.frames);
    *out = (rx_translation){.ncap = t.ncap, .names = t.names, .error = t.error};
    if (ok) {
        out->pattern = t.out.p;
        out->pattern_len = t.out.n;
    } else {
        free(t.out.p);
    }
}

void rx_translation_free(rx_translation *t) {
    for (int i = 0; i < t->ncap; i++)
        free(t->names[i]);
    free(t->names);
    free(t->pattern);
    free(t->error);
}
