/* shani.h: set before main when sha1block.c and sha256block.c may use
 * the SHA extensions (shani.c). */
#ifndef CRYPTO_SHANI_H
#define CRYPTO_SHANI_H

#include <stdbool.h>

extern bool crypto_have_shani;

#endif
