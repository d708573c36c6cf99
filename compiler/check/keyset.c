/* Duplicate detection in linear time: the keys of composite literals
 * (array/slice indices, constant map keys) and the constant cases of
 * expression switches.
 *
 * A CsKeySet is an open-addressing hash table of (hash, key pointer)
 * pairs; the caller owns the keys and says how two of them compare, so
 * one table serves indices and constants alike. Comparing every key with
 * every earlier one instead made a generated literal of a million
 * elements take minutes.
 *
 * Constants hash by kind and value. Equal constants of one kind must hash
 * alike: cs_const_compare treats floats within 1e-18 of each other as
 * equal, but the keys and cases checked here are typed, so their floats
 * are exact float32/float64 values, and two different ones are further
 * apart than that; they hash by their double value, zero's sign dropped.
 */
#include <stdlib.h>
#include <string.h>
#include "check.h"

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

uint64_t cs_const_hash(const CsConst *k)
{
    uint64_t h = (uint64_t)k->kind * 0x9e3779b97f4a7c15ULL;
    switch (k->kind) {
    case CS_CV_BOOL:
        return mix(h + k->b);
    case CS_CV_INT:
        return mix(h ^ mix((uint64_t)k->i) ^ (uint64_t)(k->i >> 64));
    case CS_CV_FLOAT: {
        double d = (double)k->f;
        uint64_t bits;
        if (d == 0)
            d = 0;
        memcpy(&bits, &d, sizeof bits);
        return mix(h ^ bits);
    }
    case CS_CV_STRING:
        for (int64_t i = 0; i < k->slen; i++)
            h = (h ^ (unsigned char)k->s[i]) * 0x100000001b3ULL;
        return mix(h);
    }
    return h;
}

bool cs_const_same(const void *a, const void *b)
{
    CsConst *x = (CsConst *)a, *y = (CsConst *)b;
    return x->kind == y->kind && cs_const_compare(CS_OP_EQ, x, y);
}

uint64_t cs_int_hash(int64_t v)
{
    return mix((uint64_t)v * 0x9e3779b97f4a7c15ULL);
}

bool cs_int_same(const void *a, const void *b)
{
    return *(const int64_t *)a == *(const int64_t *)b;
}

static void grow(CsKeySet *s)
{
    size_t old = s->cap;
    CsKeyEnt *ent = s->ent;
    s->cap = old ? 2 * old : 16;
    s->ent = calloc(s->cap, sizeof *s->ent);
    if (!s->ent)
        abort();
    for (size_t i = 0; i < old; i++) {
        if (!ent[i].key)
            continue;
        size_t j = ent[i].hash & (s->cap - 1);
        while (s->ent[j].key)
            j = (j + 1) & (s->cap - 1);
        s->ent[j] = ent[i];
    }
    free(ent);
}

bool cs_keyset_add(CsKeySet *s, uint64_t hash, const void *key)
{
    if (2 * (s->n + 1) > s->cap)
        grow(s);
    size_t j = hash & (s->cap - 1);
    for (; s->ent[j].key; j = (j + 1) & (s->cap - 1))
        if (s->ent[j].hash == hash && s->same(s->ent[j].key, key))
            return false;
    s->ent[j] = (CsKeyEnt){hash, key};
    s->n++;
    return true;
}

void cs_keyset_free(CsKeySet *s)
{
    free(s->ent);
    s->ent = NULL;
    s->cap = s->n = 0;
}
