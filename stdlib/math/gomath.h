/* Shared by the C files of package math that compute as Go does (Go's
 * algorithms ported so that results agree bit for bit): the float64 <->
 * bits helpers and the functions one file takes from another. math.cs
 * declares the same functions to CS code; KEEP IN SYNC with it. */
#ifndef CSC_STDLIB_GOMATH_H
#define CSC_STDLIB_GOMATH_H

#include <stdint.h>
#include <string.h>

static inline double from_bits(uint64_t b) { double d; memcpy(&d, &b, sizeof d); return d; }
static inline uint64_t to_bits(double d) { uint64_t b; memcpy(&b, &d, sizeof b); return b; }

/* Go's math.NaN(), 0x7FF8000000000001, where C's NAN is ...0000: Go
 * returns it wherever its code calls NaN(), and programs can print the
 * bits. A NaN made by arithmetic (Inf - Inf) is the CPU's in both. */
static inline double go_nan(void) { return from_bits(0x7ff8000000000001ull); }

double math_Exp(double x), math_Log(double x);      /* explog.c */
double math_Sin(double x), math_Cos(double x);      /* trig.c */
double math_Sincos(double x, double *cos_);         /* trig.c */
double math_Pow(double x, double y);                /* pow.c */
double math_Log1p(double x);                        /* log1p.c */
double math_Ldexp(double frac, int64_t exp);        /* math.c */

#endif
