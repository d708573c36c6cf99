/* translate.h: Go's regexp syntax rewritten for PCRE2 (translate.c), as
 * pcre.c uses it, and Go's UTF-8 decoding (also for badutf8.c). */
#ifndef REGEXP_TRANSLATE_H
#define REGEXP_TRANSLATE_H

#include <stddef.h>
#include <stdint.h>

/* The outcome of translating one expression. On success `pattern` is a
 * NUL-terminated PCRE2 pattern (malloc'd, pattern_len bytes) whose capture
 * groups are Go's, in the same order; names[i-1] is group i's name ("" when
 * unnamed; malloc'd, NUL-terminated). On failure `pattern` is NULL and
 * `error` is Go's message, "error parsing regexp: CODE: `EXPR`" (malloc'd). */
typedef struct {
    char *pattern;
    size_t pattern_len;
    int ncap;
    char **names;
    char *error;
} rx_translation;

/* Checks `expr` (len bytes, any bytes) against Go 1.19's Perl-flavoured
 * syntax (regexp/syntax, flags syntax.Perl) and, when Go accepts it, writes
 * the PCRE2 pattern (to compile with the options in pcre.c) into *out.
 * Always fills *out; release it with rx_translation_free. */
void rx_translate(const uint8_t *expr, size_t len, rx_translation *out);
void rx_translation_free(rx_translation *t);

/* Go's utf8.DecodeRune: the rune at p (p < end) and its size; -1 (size 1)
 * for bytes that are not UTF-8 (overlong forms and surrogates included). */
int32_t rx_decode_rune(const uint8_t *p, const uint8_t *end, int *size);

#endif
