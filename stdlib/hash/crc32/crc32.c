/* The byte loop of hash/crc32 (crc32.cs): crc is already inverted, tab
 * is a Table's 256 words, and the caller inverts the result. */
#include <stdint.h>

#include "rt.h"

uint32_t hash_crc32_update(uint32_t crc, rt_slice tab, rt_slice p)
{
    const uint32_t *t = tab.ptr;
    const uint8_t *b = p.ptr;
    for (int64_t i = 0; i < p.len; i++)
        crc = t[(uint8_t)crc ^ b[i]] ^ crc >> 8;
    return crc;
}
