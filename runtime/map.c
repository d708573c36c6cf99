/* Maps: one open-addressing table of fixed-size records plus a control
 * byte per slot, keyed through the key type's descriptor.
 *
 * Model. `entries` is an array of `cap` (a power of two, at least GROUP)
 * records
 *     [ uint64 hash | key | value ]
 * and `ctrl` holds one byte per slot: CTRL_EMPTY, CTRL_TOMB (deleted), or
 * for a live record 0x80 | the hash's top 7 bits. A live record's hash is
 * odd (bit 0 forced on); an empty or deleted record is all zeroes.
 * Probing reads the control bytes of a group of GROUP (8) slots as one
 * word and looks only at the records whose byte matches (home_group,
 * next_group), so a lookup touches the small ctrl array and then, nearly
 * always, just the record it wants: one cache miss on a big map where an
 * index array plus an entries array cost two. `used` counts the slots
 * that are not empty (live or deleted); inserts take the first free slot
 * on their path. Deleting zeroes the record (so the GC can free what it
 * pointed to) and leaves a tombstone, or an empty slot when its group
 * already has one (remove_slot). When `used` reaches `limit` (7/8 of
 * `cap`) the map is rebuilt into a fresh table of at least twice its live
 * count (dropping tombstones, shrinking when mostly deleted).
 *
 * Invariants: count == number of live records; a live record lies on its
 * key's probe path and every group before it on that path has no empty
 * slot; records move only in a rebuild, and an entries array is never
 * written again once a rebuild replaced it. A map made without a size
 * hint has no table (cap 0) until its first insert, which finds used ==
 * limit and rebuilds: most maps that stay empty (trie leaves, optional
 * per-object maps) then cost only their header, as in Go.
 *
 * Iteration visits the `cap` slots of the entries array seen at
 * rt_mapiterinit in a random order (random start, random odd stride modulo
 * the power-of-two cap), so programs cannot depend on the order, as in Go.
 * While the array is still the live one, deletions show up directly (not
 * odd) and records inserted later may or may not be visited, which Go
 * allows; no live record moves, so none is produced twice. Once a rebuild
 * replaced it, the iterator keeps walking its old array (never written
 * again) and checks each key against the live map: a key deleted since is
 * skipped and the value comes from the live map; a key no lookup finds
 * (NaN) comes from the old array. So every entry present
 * for the whole loop is produced exactly once.
 *
 * Misuse from several goroutines is caught as Go catches it, cheaply and
 * without a guarantee: a write (insert, rebuild, delete) marks the map for
 * its duration; a write that finds the mark, or loses it to another
 * writer, stops the program with "fatal error: concurrent map writes", and
 * a read or an iteration step that finds it with "concurrent map read and
 * map write" / "concurrent map iteration and map write" (exit 2), before
 * the racing writes can wreck the arrays.
 *
 * Key hashing is specialised: 8-byte integer-like keys, 4-byte integers
 * (int32, uint32, rune), arrays and structs made only of 8-byte words
 * ([2]int, struct{x, y int}) and strings hash and compare inline (same functions as rt_hash, type_hash.h); everything
 * else goes through rt_hash/rt_equal. Lookups and inserts dispatch on the
 * key class once, to a copy of the probe loop made for that class; the
 * word and string copies call nothing, so they run without a frame or
 * saved registers (as Go's mapaccess1_fast64/faststr). A string lookup in
 * a map of at most 8 slots compares keys along the records instead of
 * hashing (access_string), as Go does in a one-bucket map.
 */
#include <stdatomic.h>
#include <time.h>

#include "value_internal.h"
#include "type_hash.h"

enum { KEY_WORD, KEY_WORD32, KEY_WORDS, KEY_STRING, KEY_GENERIC };

struct rt_map {
    const rt_type *key, *val;
    int64_t count, used, cap;   /* live records; non-empty slots; slots */
    int64_t limit;              /* inserts are allowed while used < limit: 7/8 of cap */
    uint8_t *entries;
    uint8_t *ctrl;              /* cap bytes: CTRL_EMPTY, CTRL_TOMB or ctrl_tag(hash) */
    uint64_t seed;
    int64_t esize, voff;        /* record size; value offset (key at 8) */
    uint8_t keyclass;
    bool scan;                  /* records hold pointers */
    bool keyupdate;             /* assigning to a present key stores the new key (floats, interfaces) */
    uint8_t writing;            /* a write is under way (volatile accesses only) */
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

static __attribute__((noinline)) void *big_zero_value(int64_t size) {
    if (atomic_load(&big_zero_size) < size) {
        void *z = rt_alloc_noscan(size);
        __atomic_store_n(&big_zero, z, __ATOMIC_RELEASE);
        atomic_store(&big_zero_size, size);
        return z;
    }
    void *z = __atomic_load_n(&big_zero, __ATOMIC_ACQUIRE);
    return z;
}

static inline void *zero_value(int64_t size) {
    return size <= (int64_t)sizeof small_zero ? (void *)small_zero : big_zero_value(size);
}

/* ---- records ----------------------------------------------------------------------- */

static inline uint8_t *record(const rt_map *m, const uint8_t *entries, int64_t i) {
    return (uint8_t *)entries + i * m->esize;
}
static inline uint64_t *rec_hash(uint8_t *r) { return (uint64_t *)r; }
static inline void *rec_key(uint8_t *r) { return r + 8; }
static inline void *rec_val(const rt_map *m, uint8_t *r) { return r + m->voff; }

/* Hashing, comparing and probing take the key class as an argument that
 * is a constant at every call site (always_inline), so each class gets its
 * own copy of the probe loop: word and string keys hash and compare inline
 * and need no saved registers; only the generic copy calls out. */
#define CLASS_INLINE static inline __attribute__((always_inline))

/* An interface key holding a string or an 8-byte integer hashes and
 * compares here without rt_hash/rt_equal's calls and descriptor walk
 * (any-keyed maps: sync.Map, caches); the hash is exactly rt_hash's. */
static inline bool iface_word_kind(const rt_type *t) {
    switch (t->kind) {
    case RT_KIND_INT: case RT_KIND_INT64: case RT_KIND_UINT: case RT_KIND_UINT64:
        return !(t->flags & RT_TFLAG_DIRECT);
    default:
        return false;
    }
}

static inline uint64_t iface_key_hash(const rt_type *kt, const rt_iface *x, uint64_t seed) {
    const rt_type *t = x->type;
    if (t != NULL && t->kind == RT_KIND_STRING)
        return rt_hash_string(*(const rt_string *)x->data, rt_hash_string(t->name, seed));
    if (t != NULL && iface_word_kind(t))
        return rt_hash_u64(*(const uint64_t *)x->data, rt_hash_string(t->name, seed));
    return rt_hash(kt, x, seed);
}

static inline bool str_equal(rt_string a, rt_string b);

static inline bool iface_key_equal(const rt_type *kt, const rt_iface *a, const rt_iface *b) {
    const rt_type *t = a->type;
    if (t != NULL && t == b->type) {
        if (t->kind == RT_KIND_STRING)
            return str_equal(*(const rt_string *)a->data, *(const rt_string *)b->data);
        if (iface_word_kind(t))
            return *(const uint64_t *)a->data == *(const uint64_t *)b->data;
    }
    return rt_equal(kt, a, b);
}

CLASS_INLINE uint64_t key_hash(const rt_map *m, int cls, const void *key) {
    uint64_t h;
    switch (cls) {
    case KEY_WORD: h = rt_hash_u64(*(const uint64_t *)key, m->seed); break;
    case KEY_WORD32: h = rt_hash_u64(*(const uint32_t *)key, m->seed); break;
    case KEY_WORDS: {
        const uint64_t *w = key;
        h = m->seed;
        for (int64_t i = 0; i < m->key->size / 8; i++)
            h = rt_hash_u64(w[i], h);
        break;
    }
    case KEY_STRING: h = rt_hash_string(*(const rt_string *)key, m->seed); break;
    default:
        h = m->key->kind == RT_KIND_INTERFACE ? iface_key_hash(m->key, key, m->seed) : rt_hash(m->key, key, m->seed);
        break;
    }
    return h | 1;
}

/* rt_streq without a call to memcmp (map keys are mostly short), so that
 * the string probe loop is a leaf: words, then the last (overlapping) word,
 * or for under 8 bytes the loads rt_hash_tail makes. */
static inline __attribute__((always_inline)) bool str_equal(rt_string a, rt_string b) {
    if (a.len != b.len)
        return false;
    const uint8_t *p = a.ptr, *q = b.ptr;
    int64_t n = a.len;
    if (p == q)
        return true;
    if (n < 8)
        return rt_hash_tail(p, n, n) == rt_hash_tail(q, n, n);
    for (int64_t i = 0; i < n - 8; i += 8)
        if (rt_load64(p + i) != rt_load64(q + i))
            return false;
    return rt_load64(p + n - 8) == rt_load64(q + n - 8);
}

/* Whether live record r, whose stored hash equals key's, holds key. */
CLASS_INLINE bool rec_holds(const rt_map *m, int cls, uint8_t *r, const void *key) {
    switch (cls) {
    case KEY_WORD: return *(const uint64_t *)rec_key(r) == *(const uint64_t *)key;
    case KEY_WORD32: return *(const uint32_t *)rec_key(r) == *(const uint32_t *)key;
    case KEY_WORDS: {
        const uint64_t *a = rec_key(r), *b = key;
        for (int64_t i = 0; i < m->key->size / 8; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }
    case KEY_STRING: return str_equal(*(const rt_string *)rec_key(r), *(const rt_string *)key);
    default:
        return m->key->kind == RT_KIND_INTERFACE ? iface_key_equal(m->key, rec_key(r), key)
                                                 : rt_equal(m->key, rec_key(r), key);
    }
}

enum { CTRL_EMPTY = 0, CTRL_TOMB = 1, GROUP = 8 };

/* A live slot's control byte: the hash's top 7 bits with bit 7 set. */
static inline uint8_t ctrl_tag(uint64_t h) { return (uint8_t)(0x80 | (h >> 57)); }

#define BYTES_LO 0x0101010101010101u
#define BYTES_HI 0x8080808080808080u

/* The control bytes of group g, slot g*GROUP + i in byte i. */
static inline uint64_t group_ctrl(const rt_map *m, uint64_t g) { return rt_load64(m->ctrl + g * GROUP); }

/* The bytes of w equal to b, as a mask of their top bits (exact: no carry
 * crosses a byte). */
static inline uint64_t match_byte(uint64_t w, uint8_t b) {
    uint64_t x = w ^ (BYTES_LO * b);
    return ~(((x & ~BYTES_HI) + ~BYTES_HI) | x) & BYTES_HI;
}

/* The bytes of w that are empty or deleted (top bit clear). */
static inline uint64_t match_free(uint64_t w) { return ~w & BYTES_HI; }

/* The slot of group g whose byte is the lowest one set in mask. */
static inline uint64_t slot_in(uint64_t g, uint64_t mask) { return g * GROUP + ((uint64_t)__builtin_ctzll(mask) >> 3); }

/* Probing visits groups of GROUP slots from the hash's home group,
 * stepping 1, 2, 3, ... groups (which visits every group of a
 * power-of-two count) until a group with an empty slot; bit 0 of a hash is
 * always set, so the home group comes from the bits above it. */
static inline uint64_t group_mask(const rt_map *m) { return ((uint64_t)m->cap / GROUP) - 1; }

static inline uint64_t home_group(const rt_map *m, uint64_t h) { return (h >> 1) & group_mask(m); }

static inline uint64_t next_group(const rt_map *m, uint64_t g, uint64_t *step) {
    return (g + ++*step) & group_mask(m);
}

/* The slot of key's record, or -1 (m non-empty); *rec is the record. */
CLASS_INLINE int64_t probe(const rt_map *m, int cls, const void *key, uint8_t **rec) {
    uint64_t h = key_hash(m, cls, key);
    uint8_t tag = ctrl_tag(h);
    uint64_t step = 0;
    for (uint64_t g = home_group(m, h);; g = next_group(m, g, &step)) {
        uint64_t w = group_ctrl(m, g);
        for (uint64_t hit = match_byte(w, tag); hit; hit &= hit - 1) {
            uint8_t *r = record(m, m->entries, (int64_t)slot_in(g, hit));
            if (*rec_hash(r) == h && rec_holds(m, cls, r, key)) {
                *rec = r;
                return (int64_t)slot_in(g, hit);
            }
        }
        if (match_byte(w, CTRL_EMPTY))
            return -1;
    }
}

static __attribute__((noinline)) int64_t probe_generic(const rt_map *m, const void *key, uint8_t **rec) {
    return probe(m, KEY_GENERIC, key, rec);
}

/* The slot of key's record, or -1; *rec is the record. */
static int64_t find_slot(const rt_map *m, const void *key, uint8_t **rec) {
    if (m == NULL || m->count == 0)
        return -1;
    switch (m->keyclass) {
    case KEY_WORD: return probe(m, KEY_WORD, key, rec);
    case KEY_WORD32: return probe(m, KEY_WORD32, key, rec);
    case KEY_WORDS: return probe(m, KEY_WORDS, key, rec);
    case KEY_STRING: return probe(m, KEY_STRING, key, rec);
    default: return probe_generic(m, key, rec);
    }
}

/* The record holding key, or NULL. */
static uint8_t *find(const rt_map *m, const void *key) {
    uint8_t *r = NULL;
    find_slot(m, key, &r);
    return r;
}

/* ---- the concurrent-misuse mark --------------------------------------------------- */

static inline volatile uint8_t *mark(rt_map *m) { return (volatile uint8_t *)&m->writing; }

static inline void write_begin(rt_map *m) {
    if (*mark(m))
        rt_fatal("concurrent map writes");
    *mark(m) = 1;
}

static inline void write_end(rt_map *m) {
    if (!*mark(m))
        rt_fatal("concurrent map writes");
    *mark(m) = 0;
}

static inline void check_not_writing(rt_map *m, const char *what) {
    if (*mark(m))
        rt_fatal(what);
}

/* ---- construction and growth ------------------------------------------------------ */

static int64_t align_up(int64_t n, int64_t a) { return a > 1 ? (n + a - 1) / a * a : n; }

static void alloc_arrays(rt_map *m, int64_t cap) {
    m->cap = cap;
    m->limit = cap - cap / 8;
    m->used = 0;
    m->entries = m->scan ? rt_alloc(cap * m->esize) : rt_alloc_noscan(cap * m->esize);
    m->ctrl = rt_alloc_noscan(cap);
}

/* Copies live record r (hash h) into the first empty slot of its path
 * (m has no deleted slots). */
static void insert_fresh(rt_map *m, const uint8_t *r, uint64_t h) {
    uint64_t step = 0, g = home_group(m, h), free;
    while ((free = match_byte(group_ctrl(m, g), CTRL_EMPTY)) == 0)
        g = next_group(m, g, &step);
    uint64_t s = slot_in(g, free);
    memcpy(record(m, m->entries, (int64_t)s), r, (size_t)m->esize);
    m->ctrl[s] = ctrl_tag(h);
    m->used++;
}

/* A fresh array with at least twice as many slots as live records. */
static void rebuild(rt_map *m) {
    uint8_t *old = m->entries;
    int64_t oldcap = m->cap;
    int64_t cap = GROUP;
    while (cap < m->count * 2)
        cap *= 2;
    alloc_arrays(m, cap);
    for (int64_t i = 0; i < oldcap; i++) {
        uint8_t *r = record(m, old, i);
        if (*rec_hash(r) & 1)
            insert_fresh(m, r, *rec_hash(r));
    }
}

static bool word_kind(const rt_type *t) {
    switch (t->kind) {
    case RT_KIND_INT: case RT_KIND_INT64: case RT_KIND_UINT: case RT_KIND_UINT64:
    case RT_KIND_UINTPTR: case RT_KIND_PTR: case RT_KIND_CHAN: case RT_KIND_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

/* Whether t is 8-byte integer-like words only, without padding or blank
 * fields (which == ignores), so that == is word-by-word equality. */
static bool plain_words(const rt_type *t) {
    if (word_kind(t))
        return true;
    if (t->kind == RT_KIND_ARRAY)
        return t->len > 0 && plain_words(t->elem);
    if (t->kind != RT_KIND_STRUCT)
        return false;
    int64_t off = 0;
    for (int64_t i = 0; i < t->nfields; i++) {
        const rt_field *f = &t->fields[i];
        bool blank = f->name.len == 1 && f->name.ptr[0] == '_';
        if (blank || f->offset != off || !plain_words(f->type))
            return false;
        off += f->type->size;
    }
    return off > 0 && off == t->size;
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
    m->keyupdate = rt_type_needs_key_update(m->key);
    switch (m->key->kind) {
    case RT_KIND_INT: case RT_KIND_INT64: case RT_KIND_UINT: case RT_KIND_UINT64:
    case RT_KIND_UINTPTR: case RT_KIND_PTR: case RT_KIND_CHAN: case RT_KIND_UNSAFEPTR:
        m->keyclass = KEY_WORD;
        break;
    case RT_KIND_INT32: case RT_KIND_UINT32:
        m->keyclass = KEY_WORD32;
        break;
    case RT_KIND_ARRAY: case RT_KIND_STRUCT:
        m->keyclass = plain_words(m->key) ? KEY_WORDS : KEY_GENERIC;
        break;
    case RT_KIND_STRING:
        m->keyclass = KEY_STRING;
        break;
    default:
        m->keyclass = KEY_GENERIC;
    }
    if (hint <= 0)              /* arrays come with the first insert (used == cap == 0) */
        return m;
    int64_t cap = GROUP;
    while (cap - cap / 8 < hint && cap < ((int64_t)1 << 30))
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

/* v, ok := m[k] on a non-empty map; ok may be NULL. Each key class has
 * its own out-of-line copy, so the word one makes no calls at all. */
CLASS_INLINE void *access(const rt_type *mt, const rt_map *m, int cls, const void *key, bool *ok) {
    uint8_t *r = NULL;
    bool found = probe(m, cls, key, &r) >= 0;
    if (ok)
        *ok = found;
    return found ? rec_val(m, r) : zero_value(mt->elem->size);
}

static __attribute__((noinline)) void *access_word(const rt_type *mt, const rt_map *m, const void *key, bool *ok) {
    return access(mt, m, KEY_WORD, key, ok);
}

/* A map of at most SMALL_STRING_MAP slots finds a string key by walking
 * them, comparing lengths and then bytes, without hashing the key (Go's
 * mapaccess*_faststr does the same in a one-bucket map). An empty or
 * deleted record has an empty key, so the hash is checked before the bytes. */
enum { SMALL_STRING_MAP = 8 };

static inline uint8_t *scan_small_string(const rt_map *m, const rt_string *key) {
    for (int64_t i = 0; i < m->cap; i++) {
        uint8_t *r = record(m, m->entries, i);
        const rt_string *k = rec_key(r);
        if (k->len == key->len && (*rec_hash(r) & 1) && str_equal(*k, *key))
            return r;
    }
    return NULL;
}

static __attribute__((noinline)) void *access_word32(const rt_type *mt, const rt_map *m, const void *key, bool *ok) {
    return access(mt, m, KEY_WORD32, key, ok);
}

static __attribute__((noinline)) void *access_words(const rt_type *mt, const rt_map *m, const void *key, bool *ok) {
    return access(mt, m, KEY_WORDS, key, ok);
}

static __attribute__((noinline)) void *access_string(const rt_type *mt, const rt_map *m, const void *key, bool *ok) {
    if (m->cap > SMALL_STRING_MAP)
        return access(mt, m, KEY_STRING, key, ok);
    uint8_t *r = scan_small_string(m, key);
    if (ok)
        *ok = r != NULL;
    return r ? rec_val(m, r) : zero_value(mt->elem->size);
}

static __attribute__((noinline)) void *access_generic(const rt_type *mt, const rt_map *m, const void *key, bool *ok) {
    return access(mt, m, KEY_GENERIC, key, ok);
}

static __attribute__((noinline)) void *access_empty(const rt_type *mt, const rt_map *m, const void *key, bool *ok) {
    check_hashable(mt, m, key);
    if (ok)
        *ok = false;
    return zero_value(mt->elem->size);
}

/* Only tail calls, so no frame. */
static inline void *access_any(const rt_type *mt, rt_map *m, const void *key, bool *ok) {
    if (m == NULL || m->count == 0)
        return access_empty(mt, m, key, ok);
    check_not_writing(m, "concurrent map read and map write");
    switch (m->keyclass) {
    case KEY_WORD: return access_word(mt, m, key, ok);
    case KEY_WORD32: return access_word32(mt, m, key, ok);
    case KEY_WORDS: return access_words(mt, m, key, ok);
    case KEY_STRING: return access_string(mt, m, key, ok);
    default: return access_generic(mt, m, key, ok);
    }
}

void *rt_mapaccess1(const rt_type *mt, rt_map *m, const void *key) {
    return access_any(mt, m, key, NULL);
}

void *rt_mapaccess2(const rt_type *mt, rt_map *m, const void *key, bool *ok) {
    return access_any(mt, m, key, ok);
}

/* m[key]'s value slot, inserting key, whose hash is h (used < limit, so
 * an empty slot exists). A present key is overwritten with key when
 * m->keyupdate. A new key takes the first deleted slot on its path, if
 * any, else the empty slot that ended the search. */
CLASS_INLINE void *assign(rt_map *m, int cls, const void *key, uint64_t h) {
    uint8_t tag = ctrl_tag(h);
    int64_t at = -1;            /* the first free slot on the path */
    uint64_t step = 0;
    for (uint64_t g = home_group(m, h);; g = next_group(m, g, &step)) {
        uint64_t w = group_ctrl(m, g);
        for (uint64_t hit = match_byte(w, tag); hit; hit &= hit - 1) {
            uint8_t *r = record(m, m->entries, (int64_t)slot_in(g, hit));
            if (*rec_hash(r) == h && rec_holds(m, cls, r, key)) {
                if (cls == KEY_GENERIC && m->keyupdate)
                    memcpy(rec_key(r), key, (size_t)m->key->size);
                return rec_val(m, r);
            }
        }
        if (at < 0 && match_free(w))
            at = (int64_t)slot_in(g, match_free(w));
        if (match_byte(w, CTRL_EMPTY))
            break;
    }
    if (m->ctrl[at] == CTRL_EMPTY)
        m->used++;
    m->ctrl[at] = tag;
    uint8_t *r = record(m, m->entries, at);
    *rec_hash(r) = h;
    size_t ksize = cls == KEY_WORD ? 8 : cls == KEY_WORD32 ? 4 : cls == KEY_STRING ? sizeof(rt_string)
                                                                   : (size_t)m->key->size;
    memcpy(rec_key(r), key, ksize);
    m->count++;
    return rec_val(m, r);
}

/* assign under the write mark, set after hashing: an unhashable key
 * panics in key_hash with the map unmarked, as in Go. */
CLASS_INLINE void *assign_marked(rt_map *m, int cls, const void *key) {
    uint64_t h = key_hash(m, cls, key);
    write_begin(m);
    void *v = assign(m, cls, key, h);
    write_end(m);
    return v;
}

static __attribute__((noinline)) void *assign_word(rt_map *m, const void *key) {
    return assign_marked(m, KEY_WORD, key);
}

static __attribute__((noinline)) void *assign_word32(rt_map *m, const void *key) {
    return assign_marked(m, KEY_WORD32, key);
}

static __attribute__((noinline)) void *assign_words(rt_map *m, const void *key) {
    return assign_marked(m, KEY_WORDS, key);
}

static __attribute__((noinline)) void *assign_string(rt_map *m, const void *key) {
    return assign_marked(m, KEY_STRING, key);
}

static __attribute__((noinline)) void *assign_generic(rt_map *m, const void *key) {
    return assign_marked(m, KEY_GENERIC, key);
}

static __attribute__((noinline)) void *assign_after_rebuild(const rt_type *mt, rt_map *m, const void *key);

/* Only tail calls, so no frame. A full entries array is rebuilt first,
 * even when key turns out to be present (the rebuild was due at the next
 * insert anyway). */
void *rt_mapassign(const rt_type *mt, rt_map *m, const void *key) {
    if (m == NULL)
        rt_panic_plain("assignment to entry in nil map");
    if (m->used >= m->limit)
        return assign_after_rebuild(mt, m, key);
    switch (m->keyclass) {
    case KEY_WORD: return assign_word(m, key);
    case KEY_WORD32: return assign_word32(m, key);
    case KEY_WORDS: return assign_words(m, key);
    case KEY_STRING: return assign_string(m, key);
    default: return assign_generic(m, key);
    }
}

static void *assign_after_rebuild(const rt_type *mt, rt_map *m, const void *key) {
    write_begin(m);
    rebuild(m);
    write_end(m);
    return rt_mapassign(mt, m, key);
}

/* Empties the slots of a map whose records are all deleted (zeroed). */
static void reset(rt_map *m) {
    memset(m->ctrl, CTRL_EMPTY, (size_t)m->cap);
    m->used = 0;
}

/* Deletes the record in slot s. Its slot becomes empty when its group
 * has an empty slot already: no probe ever went on past such a group, so
 * none needs to step over this slot. Otherwise it becomes a tombstone. */
static void remove_slot(rt_map *m, uint64_t s) {
    memset(record(m, m->entries, (int64_t)s), 0, (size_t)m->esize);
    m->count--;
    if (match_byte(group_ctrl(m, s / GROUP), CTRL_EMPTY)) {
        m->ctrl[s] = CTRL_EMPTY;
        m->used--;
    } else {
        m->ctrl[s] = CTRL_TOMB;
    }
}

void rt_mapdelete(const rt_type *mt, rt_map *m, const void *key) {
    check_hashable(mt, m, key);
    uint8_t *r;
    int64_t s = find_slot(m, key, &r);     /* may panic: an unhashable key */
    if (s < 0)
        return;
    write_begin(m);
    remove_slot(m, (uint64_t)s);
    if (m->count == 0 && m->used != 0)      /* cheap reset keeps long-lived maps small */
        reset(m);
    write_end(m);
}

void rt_mapclear(rt_map *m) {
    if (m == NULL || m->count == 0)
        return;
    write_begin(m);
    memset(m->entries, 0, (size_t)(m->cap * m->esize));  /* the GC may free what they held */
    m->count = 0;
    reset(m);
    write_end(m);
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

/* Whether key, in a record, is one no lookup finds (a NaN, or a key
 * holding one): it cannot have been deleted or updated, so an iterator
 * walking a replaced array produces the old record, as Go does. */
static bool never_found(const rt_map *m, const void *key) {
    return m->keyclass == KEY_GENERIC && !rt_equal(m->key, key, key);
}

bool rt_mapiternext(rt_mapiter *it) {
    rt_map *m = it->m;
    if (m == NULL)
        return false;
    uint8_t *entries = it->state;
    if (it->slot < it->bucket)
        check_not_writing(m, "concurrent map iteration and map write");
    while (it->slot < it->bucket) {
        int64_t pos = it->start;
        it->start = (it->start + it->visited) & (it->bucket - 1);
        it->slot++;
        uint8_t *r = record(m, entries, pos);
        if (!(*rec_hash(r) & 1))
            continue;
        if (entries == m->entries) {
            it->key = rec_key(r);
            it->val = rec_val(m, r);
            return true;
        }
        uint8_t *live = find(m, rec_key(r));
        if (live == NULL && !never_found(m, rec_key(r)))
            continue;
        if (live == NULL)
            live = r;
        it->key = rec_key(live);
        it->val = rec_val(m, live);
        return true;
    }
    return false;
}
