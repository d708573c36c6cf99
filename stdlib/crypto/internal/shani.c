/* shani.c: whether sha1 and sha256 may use the x86 SHA extensions
 * (sha1rnds4, sha256rnds2 and their message instructions). Yes when
 * cpuid reports them with SSSE3 and SSE4.1, which the block functions
 * also use, and GODEBUG does not turn those off: Go's internal/cpu reads
 * cpu.all=off, cpu.sse41=off and cpu.ssse3=off, and its sha256 then takes
 * the portable path too. That is also how the tests reach the portable
 * code on a machine with the extensions (trace/digests_portable.sh).
 * Decided once, before main runs. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "shani.h"

bool crypto_have_shani;

/* Whether the comma-separated GODEBUG list holds entry exactly. */
static bool godebug_has(const char *list, const char *entry)
{
    size_t n = strlen(entry);
    for (const char *p = list; p != NULL; p = strchr(p, ',')) {
        if (*p == ',')
            p++;
        if (strncmp(p, entry, n) == 0 && (p[n] == ',' || p[n] == '\0'))
            return true;
    }
    return false;
}

static bool turned_off(void)
{
    const char *g = getenv("GODEBUG");
    return g != NULL && (godebug_has(g, "cpu.all=off") || godebug_has(g, "cpu.sse41=off") ||
                         godebug_has(g, "cpu.ssse3=off"));
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>

__attribute__((constructor)) static void detect(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
        return;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return;
    crypto_have_shani = ((b >> 29) & 1) && !turned_off();
}
#endif
