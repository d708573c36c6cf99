/* Maps: an insertion-ordered entry array plus an open-addressing index,
 * keyed through the key type's descriptor.
 *
 * Model. `entries` is an array of `cap` fixed-size records
 *     [ uint64 hash | key | value ]
 * filled left to right (`used` of them so far). A live record's hash is
 * odd (bit 0 forced on); hash 0 marks a deleted or never-used record.
 * `index` has 2*cap uint64 slots (load <= 1/2), probed linearly from the
 * hash; a slot holds the hash's top 32 bits over entry number + 1, or 0
 * when empty, so a probe touches only records whose tag matches (one
 * cache miss per lookup, not one per probe). Deleting zeroes the record
 * (so the GC can free what it pointed to) and makes its slot a tombstone
 * (entry bits all ones): probes step over it and inserts reuse it. When
 * `used` reaches `cap` the map is rebuilt into fresh arrays (compacting,
 * and doubling when more than half is live).
 *
 * Invariants: count == number of live records; every live record is
 * reachable from its home slot without crossing an empty slot; an entries
 * array is never written again once a rebuild replaced it.
 *
 * Iteration visits the `cap` positions of the entries array seen at
 * rt_mapiterinit in a random order (random start, random odd stride modulo
 * the power-of-two cap), so programs cannot depend on the order, as in Go.
 * While the array is still the live one, deletions show up directly (hash
 * 0) and records appended later may or may not be visited, which Go
 * allows. Once a rebuild replaced it, the iterator keeps walking its old
 * array (never written again) and checks each key against the live map:
 * a key deleted since is skipped and the value comes from the live map.
 * So every entry present for the whole loop is produced exactly once.
 *
 * Key hashing is specialised: 8-byte integer-like keys and strings hash
 * and compare inline (same functions as rt_hash, type_hash.h); everything
 * else goes through rt_hash/rt_equal.
 */
#include <stdatomic.h>
#include <time.h>

#include "value_internal.h"
#include "type_hash.h"

enum { KEY_WORD, KEY_STRING, KEY_GENERIC };

struct rt_map {
    const rt_type *key, *val;
    int64_t count, used, cap;
    uint8_t *entries;
    uint64_t *index;            /* 2*cap slots: tag << 32 | entry + 1; 0 empty */
    uint64_t seed;
    int64_t esize, voff;        /* record size; value offset (key at 8) */
    uint8_t keyclass;
    bool scan;                  /* records hold pointers */
};

/* ---- randomness (seeds, iteration order) --------------------------------------- */

static __thread uint64_t rng_state;
static _Atomic uint64_t rng_salt;

static uint64_t fastrand(void) {
    if (rng_state == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        rng_state = rt_hash_mix((uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^
                                (uintptr_t)&rng_state ^ atomic_fetch_add(&rng_salt, 0x9e3779b97f4a7c15u)) | 1;
    }
    uint64_t x = rng_state;     /* xorshift64* */
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1du;
}

/* ---- zero values ---------------------------------------------------------------- */

static const uint64_t small_zero[64];
static void *big_zero;          /* grows on demand; GC root (static data) */
static _Atomic int64_t big_zero_size;

static void *zero_value(int64_t size) {
    if (size <= (int64_t)sizeof small_zero)
        return (void *)small_zero;
    if (atomic_load(&big_zero_size) < size) {
        void *z = rt_alloc_noscan(size);
        __atomic_store_n(&big_zero, z, __ATOMIC_RELEASE);
        atomic_store(&big_zero_size, size);
        return z;
    }
    void *z = __atomic_load_n(&big_zero, __ATOMIC_ACQUIRE);
    return z;
}

/* ---- records ----------------------------------------------------------------------- */

static inline uint8_t *record(const rt_map *m, const uint8_t *entries, int64_t i) {
    return (uint8_t *)entries + i * m->esize;
}
static inline uint64_t *rec_hash(uint8_t *r) { return (uint64_t *)r; }
static inline void *rec_key(uint8_t *r) { return r + 8; }
static inline void *rec_val(const rt_map *m, uint8_t *r) { return r + m->voff; }

static inline uint64_t key_hash(const rt_map *m, const void *key) {
    uint64_t h;
    switch (m->keyclass) {
    case KEY_WORD: h = rt_hash_u64(*(const uint64_t *)key, m->seed); break;
    case KEY_STRING: h = rt_hash_string(*(const rt_string *)key, m->seed); break;
    default: h = rt_hash(m->key, key, m->seed); break;
    }
    return h | 1;
}

static inline bool key_equal(const rt_map *m, const void *a, const void *b) {
    switch (m->keyclass) {
    case KEY_WORD: return *(const uint64_t *)a == *(const uint64_t *)b;
    case KEY_STRING: return rt_streq(*(const rt_string *)a, *(const rt_string *)b);
    default: return rt_equal(m->key, a, b);
    }
}

#define SLOT_TAG 0xFFFFFFFF00000000u
#define SLOT_TOMB 0xFFFFFFFFu         /* entry bits of a deleted record's slot */

static inline uint64_t slot_make(uint64_t h, uint32_t e) { return (h & SLOT_TAG) | e; }

/* The index slot of key's record, or -1. */
static int64_t find_slot(const rt_map *m, const void *key) {
    if (m == NULL || m->count == 0)
        return -1;
    uint64_t h = key_hash(m, key);
    uint64_t mask = (uint64_t)m->cap * 2 - 1;
    for (uint64_t s = h & mask;; s = (s + 1) & mask) {
        uint64_t sl = m->index[s];
        if (sl == 0)
            return -1;
        if ((sl & SLOT_TAG) != (h & SLOT_TAG) || (uint32_t)sl == SLOT_TOMB)
            continue;
        uint8_t *r = record(m, m->entries, (uint32_t)sl - 1);
        if (*rec_hash(r) == h && key_equal(m, rec_key(r), key))
            return (int64_t)s;
    }
}

/* The record holding key, or NULL. */
static uint8_t *find(const rt_map *m, const void *key) {
    int64_t s = find_slot(m, key);
    return s < 0 ? NULL : record(m, m->entries, (uint32_t)m->index[s] - 1);
}

/* ---- construction and growth ------------------------------------------------------ */

static int64_t align_up(int64_t n, int64_t a) { return a > 1 ? (n + a - 1) / a * a : n; }

static void alloc_arrays(rt_map *m, int64_t cap) {
    m->cap = cap;
    m->used = 0;
    m->entries = m->scan ? rt_alloc(cap * m->esize) : rt_alloc_noscan(cap * m->esize);
    m->index = rt_alloc_noscan(cap * 2 * (int64_t)sizeof(uint64_t));
}

static void insert_index(rt_map *m, uint64_t h, uint32_t e) {
    uint64_t mask = (uint64_t)m->cap * 2 - 1;
    uint64_t s = h & mask;
    while (m->index[s] != 0)
        s = (s + 1) & mask;
    m->index[s] = slot_make(h, e);
}

static void rebuild(rt_map *m) {
    uint8_t *old = m->entries;
    int64_t oldused = m->used;
    int64_t cap = 8;
    while (cap < m->count * 2)
        cap *= 2;
    alloc_arrays(m, cap);
    for (int64_t i = 0; i < oldused; i++) {
        uint8_t *r = record(m, old, i);
        if (*rec_hash(r) == 0)
            continue;
        memcpy(record(m, m->entries, m->used), r, (size_t)m->esize);
        insert_index(m, *rec_hash(r), (uint32_t)++m->used);
    }
}

rt_map *rt_makemap(const rt_type *mt, int64_t hint) {
    rt_map *m = rt_alloc(sizeof *m);
    m->key = mt->key;
    m->val = mt->elem;
    m->seed = fastrand();
    int64_t valign = m->val->align > 0 ? m->val->align : 1;
    m->voff = align_up(8 + m->key->size, valign);
    m->esize = align_up(m->voff + m->val->size, 8);
    m->scan = rt_type_has_pointers(m->key) || rt_type_has_pointers(m->val);
    switch (m->key->kind) {
    case RT_KIND_INT: case RT_KIND_INT64: case RT_KIND_UINT: case RT_KIND_UINT64:
    case RT_KIND_UINTPTR: case RT_KIND_PTR: case RT_KIND_CHAN: case RT_KIND_UNSAFEPTR:
        m->keyclass = KEY_WORD;
        break;
    case RT_KIND_STRING:
        m->keyclass = KEY_STRING;
        break;
    default:
        m->keyclass = KEY_GENERIC;
    }
    int64_t cap = 8;
    while (hint > 0 && cap < hint && cap < ((int64_t)1 << 30))
        cap *= 2;
    alloc_arrays(m, cap);
    return m;
}

/* ---- access ------------------------------------------------------------------------ */

/* A nil or empty map finds nothing without hashing, but an unhashable
 * interface key must panic there too, as in Go. */
static void check_hashable(const rt_type *mt, const rt_map *m, const void *key) {
    if ((m == NULL || m->count == 0) && mt->key->kind == RT_KIND_INTERFACE)
        rt_hash(mt->key, key, 0);
}

void *rt_mapaccess1(const rt_type *mt, rt_map *m, const void *key) {
    check_hashable(mt, m, key);
    uint8_t *r = find(m, key);
    return r ? rec_val(m, r) : zero_value(mt->elem->size);
}

void *rt_mapaccess2(const rt_type *mt, rt_map *m, const void *key, bool *ok) {
    check_hashable(mt, m, key);
    uint8_t *r = find(m, key);
    *ok = r != NULL;
    return r ? rec_val(m, r) : zero_value(mt->elem->size);
}

void *rt_mapassign(const rt_type *mt, rt_map *m, const void *key) {
    if (m == NULL)
        rt_panic_plain("assignment to entry in nil map");
    uint64_t h = key_hash(m, key);
    for (;;) {
        uint64_t mask = (uint64_t)m->cap * 2 - 1;
        int64_t reuse = -1;
        uint64_t s = h & mask;
        for (;; s = (s + 1) & mask) {
            uint64_t sl = m->index[s];
            if (sl == 0)
                break;
            if ((uint32_t)sl == SLOT_TOMB) {
                if (reuse < 0)
                    reuse = (int64_t)s;
                continue;
            }
            if ((sl & SLOT_TAG) != (h & SLOT_TAG))
                continue;
            uint8_t *r = record(m, m->entries, (uint32_t)sl - 1);
            if (*rec_hash(r) == h && key_equal(m, rec_key(r), key))
                return rec_val(m, r);
        }
        if (m->used == m->cap) {
            rebuild(m);
            continue;
        }
        uint8_t *r = record(m, m->entries, m->used);
        *rec_hash(r) = h;
        memcpy(rec_key(r), key, (size_t)m->key->size);
        m->index[reuse >= 0 ? (uint64_t)reuse : s] = slot_make(h, (uint32_t)++m->used);
        m->count++;
        return rec_val(m, r);
    }
}

void rt_mapdelete(const rt_type *mt, rt_map *m, const void *key) {
    check_hashable(mt, m, key);
    int64_t s = find_slot(m, key);
    if (s < 0)
        return;
    memset(record(m, m->entries, (uint32_t)m->index[s] - 1), 0, (size_t)m->esize);
    m->index[s] |= SLOT_TOMB;
    m->count--;
    if (m->count == 0) {        /* cheap reset keeps long-lived maps small */
        int64_t cap = m->cap;
        memset(m->index, 0, (size_t)(cap * 2) * sizeof(uint64_t));
        m->used = 0;
    }
}

int64_t rt_maplen(rt_map *m) {
    return m ? m->count : 0;
}

/* ---- iteration ----------------------------------------------------------------------- */
/* Iterator fields (rt_value.h): state = the entries array being walked,
 * bucket = its cap, start = current position, slot = positions visited,
 * visited = stride. */

void rt_mapiterinit(const rt_type *mt, rt_map *m, rt_mapiter *it) {
    memset(it, 0, sizeof *it);
    it->mt = mt;
    it->m = m;
    if (m == NULL || m->count == 0)
        return;
    uint64_t r = fastrand();
    it->state = m->entries;
    it->bucket = m->cap;
    it->start = (int64_t)(r & (uint64_t)(m->cap - 1));
    it->visited = (int64_t)((r >> 32) & (uint64_t)(m->cap - 1)) | 1;
}

bool rt_mapiternext(rt_mapiter *it) {
    rt_map *m = it->m;
    if (m == NULL)
        return false;
    uint8_t *entries = it->state;
    while (it->slot < it->bucket) {
        int64_t pos = it->start;
        it->start = (it->start + it->visited) & (it->bucket - 1);
        it->slot++;
        if (entries == m->entries && pos >= m->used)
            continue;
        uint8_t *r = record(m, entries, pos);
        if (*rec_hash(r) == 0)
            continue;
        if (entries == m->entries) {
            it->key = rec_key(r);
            it->val = rec_val(m, r);
            return true;
        }
        uint8_t *live = find(m, rec_key(r));
        if (live == NULL)
            continue;
        it->key = rec_key(live);
        it->val = rec_val(m, live);
        return true;
    }
    return false;
}
