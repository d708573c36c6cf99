/* The C half of package math/bits (bits.cs): the counting functions and
 * byte reversal through GCC's builtins, and 128-bit multiply and divide.
 *
 * Direct calls of the counting functions and ReverseBytes* never reach
 * these definitions: the code generator open-codes them with the same
 * builtins (compiler/codegen/gen_intrin.c, KEEP IN SYNC). These serve
 * function values. The builtins' clz/ctz are undefined at 0, which is
 * tested first everywhere. */
#include <stdint.h>

#include "rt.h"

static int64_t len64(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }
static int64_t tz(uint64_t x, int64_t width) { return x ? __builtin_ctzll(x) : width; }

int64_t math_bits_OnesCount(uint64_t x) { return rt_popcount(x); }
int64_t math_bits_OnesCount8(uint8_t x) { return rt_popcount(x); }
int64_t math_bits_OnesCount16(uint16_t x) { return rt_popcount(x); }
int64_t math_bits_OnesCount32(uint32_t x) { return rt_popcount(x); }
int64_t math_bits_OnesCount64(uint64_t x) { return rt_popcount(x); }

int64_t math_bits_Len(uint64_t x) { return len64(x); }
int64_t math_bits_Len8(uint8_t x) { return len64(x); }
int64_t math_bits_Len16(uint16_t x) { return len64(x); }
int64_t math_bits_Len32(uint32_t x) { return len64(x); }
int64_t math_bits_Len64(uint64_t x) { return len64(x); }

int64_t math_bits_LeadingZeros(uint64_t x) { return 64 - len64(x); }
int64_t math_bits_LeadingZeros8(uint8_t x) { return 8 - len64(x); }
int64_t math_bits_LeadingZeros16(uint16_t x) { return 16 - len64(x); }
int64_t math_bits_LeadingZeros32(uint32_t x) { return 32 - len64(x); }
int64_t math_bits_LeadingZeros64(uint64_t x) { return 64 - len64(x); }

int64_t math_bits_TrailingZeros(uint64_t x) { return tz(x, 64); }
int64_t math_bits_TrailingZeros8(uint8_t x) { return tz(x, 8); }
int64_t math_bits_TrailingZeros16(uint16_t x) { return tz(x, 16); }
int64_t math_bits_TrailingZeros32(uint32_t x) { return tz(x, 32); }
int64_t math_bits_TrailingZeros64(uint64_t x) { return tz(x, 64); }

uint64_t math_bits_ReverseBytes(uint64_t x) { return __builtin_bswap64(x); }
uint16_t math_bits_ReverseBytes16(uint16_t x) { return __builtin_bswap16(x); }
uint32_t math_bits_ReverseBytes32(uint32_t x) { return __builtin_bswap32(x); }
uint64_t math_bits_ReverseBytes64(uint64_t x) { return __builtin_bswap64(x); }

uint64_t math_bits_Mul64(uint64_t x, uint64_t y, uint64_t *lo)
{
    unsigned __int128 p = (unsigned __int128)x * y;
    *lo = (uint64_t)p;
    return (uint64_t)(p >> 64);
}

/* hi < y (bits.cs checks), so the quotient fits in 64 bits */
uint64_t math_bits_div128(uint64_t hi, uint64_t lo, uint64_t y, uint64_t *rem)
{
    unsigned __int128 n = (unsigned __int128)hi << 64 | lo;
    *rem = (uint64_t)(n % y);
    return (uint64_t)(n / y);
}

void math_bits_panicDivide(void) { rt_panic_divide(); }
void math_bits_panicOverflow(void) { rt_panic_msg("integer overflow"); }
