/* The C half of package math/bits (bits.cs): the counting functions and
 * byte reversal through GCC's builtins; bit reversal and the 64-bit
 * add, subtract, multiply and divide through rt_ops.h's rt_bits_*.
 *
 * Direct calls of these functions never reach these definitions: the
 * code generator open-codes them with the same builtins and helpers
 * (compiler/codegen/gen_intrin.c, KEEP IN SYNC). These serve function
 * values, go and defer. The builtins' clz/ctz are undefined at 0, which
 * is tested first everywhere. Several results come back as the first
 * returned and the rest through pointers, as for any CS function. */
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

uint64_t math_bits_Reverse(uint64_t x) { return rt_bits_reverse(x, 64); }
uint8_t math_bits_Reverse8(uint8_t x) { return rt_bits_reverse(x, 8); }
uint16_t math_bits_Reverse16(uint16_t x) { return rt_bits_reverse(x, 16); }
uint32_t math_bits_Reverse32(uint32_t x) { return rt_bits_reverse(x, 32); }
uint64_t math_bits_Reverse64(uint64_t x) { return rt_bits_reverse(x, 64); }

uint64_t math_bits_Add(uint64_t x, uint64_t y, uint64_t c, uint64_t *co) { return rt_bits_add64(x, y, c, co); }
uint64_t math_bits_Add64(uint64_t x, uint64_t y, uint64_t c, uint64_t *co) { return rt_bits_add64(x, y, c, co); }
uint64_t math_bits_Sub(uint64_t x, uint64_t y, uint64_t b, uint64_t *bo) { return rt_bits_sub64(x, y, b, bo); }
uint64_t math_bits_Sub64(uint64_t x, uint64_t y, uint64_t b, uint64_t *bo) { return rt_bits_sub64(x, y, b, bo); }
uint64_t math_bits_Mul(uint64_t x, uint64_t y, uint64_t *lo) { return rt_bits_mul64(x, y, lo); }
uint64_t math_bits_Mul64(uint64_t x, uint64_t y, uint64_t *lo) { return rt_bits_mul64(x, y, lo); }

uint64_t math_bits_Div(uint64_t hi, uint64_t lo, uint64_t y, uint64_t *rem) { return rt_bits_div64(hi, lo, y, rem); }
uint64_t math_bits_Div64(uint64_t hi, uint64_t lo, uint64_t y, uint64_t *rem) { return rt_bits_div64(hi, lo, y, rem); }

void math_bits_panicOverflow(void) { rt_panic_overflow(); }
