/* gmp.c: the C half of math/big (int.cs): Int arithmetic by GMP.
 *
 * Views. An Int is {neg, abs} with abs a []Word of 64-bit words, least
 * significant first, normalised (int.cs); an mpz_t is {alloc, size, d}
 * over the same words. An operation loads a view of each Int it touches
 * ({cap, neg ? -len : len, ptr}), lets GMP work on the views and stores
 * the results' views back into their Ints. An Int with no storage (the
 * zero value) gets alloc 0 and a dummy limb, which GMP 6.2 treats as
 * "nothing allocated yet" and never writes.
 *
 * Aliasing. Go lets any operand be the result (z.Add(z, z)); GMP allows
 * it too when it sees the same mpz_t, so an operand that is a result Int
 * shares that result's view. Two different Ints can also share words (a
 * shallow copy `y := *x`, as in Go): such an operand gets a private copy
 * of its words so that GMP never writes under an operand it believes
 * distinct. Operations marked `separate` (those that pass GMP an
 * absolute value, a second view of the same words) copy aliased operands
 * the same way. When two results of an operation are one Int
 * (z.QuoRem(x, y, z)), the first gets a scratch view and the Int ends up
 * holding the later result, as Go's tuple assignment leaves it.
 *
 * Memory. GMP allocates through the collector's pointer-free heap
 * (set once, when this file is linked in: a constructor) and never
 * frees: "realloc" copies into a new block, because another Int may
 * still share the old one, and the words die when no Int refers to
 * them. GMP's temporary blocks become garbage the same way, but only
 * once the operation is over: GMP chains its big temporaries through
 * a link word inside each block, which the collector does not read
 * (pointer-free), and may hold no other pointer to an older one, so a
 * collection in the middle of an operation freed blocks still in use
 * (faults under mpn_mul_fft). Each operation therefore lists every
 * block allocated while it runs (`keeping`, a list in exec's frame,
 * so on a scanned stack) until it returns.
 *
 * Stack. GMP puts temporaries of up to 32 KB on the stack (alloca) and
 * recurses, more than the headroom a goroutine keeps below its guard
 * (runtime/stack.c), so each operation first makes sure DEEP_STACK bytes
 * are free, running on a chained segment when they are not
 * (RT_STACK_LOW / RT_MORESTACK, rt_sched.h). Goroutine 1's stack is big
 * enough already; others pay a stack switch per operation.
 *
 * Every body-less declaration of int.cs, arith.cs and intconv.cs is
 * defined here (rt.h's calling convention). Divisors are never zero here
 * (int.cs panics first): GMP would raise SIGFPE.
 */
#include <gmp.h>
#include <limits.h>
#include <string.h>

#include "value_internal.h"

/* KEEP IN SYNC: int.cs's Int. */
typedef struct big_Int {
    bool neg;
    rt_slice abs;
} big_Int;

_Static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "GMP limbs must be Go Words (64 bits)");

/* KEEP IN SYNC: int.cs's op constants. */
enum op {
    opSet, opNeg, opAbs, opNot, opSqrt,
    opAdd, opSub, opMul, opQuo, opRem, opDiv, opMod,
    opAnd, opAndNot, opOr, opXor, opLsh, opRsh,
};

enum { DEEP_STACK = 512 << 10, NOUT = 3, NIN = 3 };

/* ---- memory ---------------------------------------------------------------- */

/* The blocks allocated by the running operation, kept alive by it: the
 * first ones here, the rest in a scanned heap array (`more`). GMP never
 * yields, so the operation stays on its thread from start to end. */
typedef struct keep_list {
    void *inline_blocks[16];
    void **more;
    int64_t n, cap_more;
} keep_list;

static __thread keep_list *keeping;

static void keep(keep_list *k, void *block) {
    enum { NINLINE = sizeof k->inline_blocks / sizeof k->inline_blocks[0] };
    if (k->n < NINLINE) {
        k->inline_blocks[k->n++] = block;
        return;
    }
    int64_t i = k->n++ - NINLINE;
    if (i == k->cap_more) {
        int64_t cap = k->cap_more ? 2 * k->cap_more : 64;
        void **more = rt_alloc(cap * (int64_t)sizeof *more);
        if (k->more)
            memcpy(more, k->more, (size_t)k->cap_more * sizeof *more);
        k->more = more;
        k->cap_more = cap;
    }
    k->more[i] = block;
}

static void *gmp_alloc(size_t n) {
    void *block = rt_alloc_noscan_raw((int64_t)n);
    if (keeping)
        keep(keeping, block);
    return block;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    void *q = gmp_alloc(n);
    memcpy(q, p, old < n ? old : n);
    return q;
}

static void gmp_free(void *p, size_t n) {
}

__attribute__((constructor)) static void use_collector(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ---- views ----------------------------------------------------------------- */

static mp_limb_t dummy_limb;

static void load(__mpz_struct *m, const big_Int *x) {
    if (x->abs.cap == 0) {
        *m = (__mpz_struct){._mp_alloc = 0, ._mp_size = 0, ._mp_d = &dummy_limb};
        return;
    }
    int len = (int)x->abs.len;
    *m = (__mpz_struct){._mp_alloc = (int)x->abs.cap, ._mp_size = x->neg ? -len : len, ._mp_d = x->abs.ptr};
}

/* A view of x over a private copy of its words. */
static void load_copy(__mpz_struct *m, const big_Int *x) {
    load(m, x);
    if (m->_mp_alloc == 0)
        return;
    size_t bytes = (size_t)x->abs.len * sizeof(mp_limb_t);
    m->_mp_d = memcpy(gmp_alloc(bytes ? bytes : 1), m->_mp_d, bytes);
    m->_mp_alloc = x->abs.len ? (int)x->abs.len : 1;
}

static void store(big_Int *x, const __mpz_struct *m) {
    int size = m->_mp_size;
    x->neg = size < 0;
    if (m->_mp_alloc == 0) {
        x->abs.len = 0;
        return;
    }
    x->abs = (rt_slice){m->_mp_d, size < 0 ? -size : size, m->_mp_alloc};
}

/* |m| as a second view of m's words; the operation must be `separate`. */
static __mpz_struct abs_view(mpz_srcptr m) {
    __mpz_struct a = *m;
    a._mp_size = a._mp_size < 0 ? -a._mp_size : a._mp_size;
    return a;
}

/* ---- operations -------------------------------------------------------------- */

typedef struct call call;
struct call {
    void (*run)(call *c, mpz_ptr out[NOUT], mpz_srcptr in[NIN]);
    int op;
    bool separate;              /* aliased operands get copies (see the top) */
    big_Int *out[NOUT];         /* results, NULL when unused */
    big_Int *in[NIN];           /* operands, NULL when unused */
    uint64_t n, n2;             /* counts, bit indexes, bases */
    int64_t ret;
    rt_slice bytes;
    rt_string str;
};

static bool shares_words(const big_Int *x, const big_Int *y) {
    return x != y && x->abs.cap != 0 && x->abs.ptr == y->abs.ptr;
}

/* Loads in[i]'s view: a result's own view, or a copy, or a plain one. */
static mpz_srcptr load_operand(call *c, int i, __mpz_struct *slot, __mpz_struct *outv) {
    big_Int *x = c->in[i];
    if (x == NULL)
        return NULL;
    bool copy = false;
    for (int k = NOUT - 1; k >= 0; k--) {
        if (c->out[k] == NULL)
            continue;
        if (x == c->out[k] && !c->separate)
            return &outv[k];
        copy = copy || x == c->out[k] || shares_words(x, c->out[k]);
    }
    (copy ? load_copy : load)(slot, x);
    return slot;
}

static bool stored_later(const call *c, int k) {
    for (int j = k + 1; j < NOUT; j++)
        if (c->out[j] == c->out[k])
            return true;
    return false;
}

static void exec(call *c) {
    keep_list kept = {0};
    keeping = &kept;
    __mpz_struct outv[NOUT], inv[NIN], scratch[NOUT];
    mpz_ptr out[NOUT] = {0};
    mpz_srcptr in[NIN] = {0};
    for (int k = 0; k < NOUT; k++)
        if (c->out[k]) {
            load(&outv[k], c->out[k]);
            out[k] = &outv[k];
        }
    for (int i = 0; i < NIN; i++)
        in[i] = load_operand(c, i, &inv[i], outv);
    for (int k = 0; k < NOUT; k++)
        if (c->out[k] && stored_later(c, k)) {
            load(&scratch[k], &(big_Int){0});
            out[k] = &scratch[k];
        }
    c->run(c, out, in);
    for (int k = 0; k < NOUT; k++)
        if (c->out[k] && out[k] == &outv[k])
            store(c->out[k], &outv[k]);
    keeping = NULL;
}

static void exec_thunk(void *rec) {
    exec(rec);
}

/* Runs c where GMP has DEEP_STACK bytes of stack. */
static void perform(call *c) {
    if (RT_STACK_LOW(DEEP_STACK) && RT_MORESTACK(exec_thunk, c, DEEP_STACK))
        return;
    exec(c);
}

/* ---- the operations' bodies ---------------------------------------------------- */

static void run_unop(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    switch (c->op) {
    case opSet: mpz_set(out[0], in[0]); break;
    case opNeg: mpz_neg(out[0], in[0]); break;
    case opAbs: mpz_abs(out[0], in[0]); break;
    case opNot: mpz_com(out[0], in[0]); break;
    case opSqrt: mpz_sqrt(out[0], in[0]); break;
    }
}

/* Go's Div: the Euclidean quotient, floor for y > 0, ceiling for y < 0. */
static void euclid_q(mpz_ptr q, mpz_srcptr x, mpz_srcptr y) {
    if (mpz_sgn(y) > 0)
        mpz_fdiv_q(q, x, y);
    else
        mpz_cdiv_q(q, x, y);
}

static void run_binop(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    mpz_ptr z = out[0];
    mpz_srcptr x = in[0], y = in[1];
    switch (c->op) {
    case opAdd: mpz_add(z, x, y); break;
    case opSub: mpz_sub(z, x, y); break;
    case opMul: mpz_mul(z, x, y); break;
    case opQuo: mpz_tdiv_q(z, x, y); break;
    case opRem: mpz_tdiv_r(z, x, y); break;
    case opDiv: euclid_q(z, x, y); break;
    case opMod: mpz_mod(z, x, y); break;
    case opAnd: mpz_and(z, x, y); break;
    case opOr: mpz_ior(z, x, y); break;
    case opXor: mpz_xor(z, x, y); break;
    case opAndNot: {
        mpz_t noty;
        mpz_init(noty);
        mpz_com(noty, y);
        mpz_and(z, x, noty);
        break;
    }
    }
}

static void run_shift(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    if (c->op == opLsh)
        mpz_mul_2exp(out[0], in[0], c->n);
    else
        mpz_fdiv_q_2exp(out[0], in[0], c->n);
}

static void run_quorem(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    mpz_tdiv_qr(out[0], out[1], in[0], in[1]);
}

/* GMP's cofactors go through temporaries: out[1] and out[2] may be NULL. */
static void run_gcdext(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    mpz_t s, t;
    mpz_init(s);
    mpz_init(t);
    mpz_gcdext(out[0], s, t, in[0], in[1]);
    for (int k = 1; k < NOUT; k++)
        if (out[k])
            mpz_set(out[k], k == 1 ? s : t);
}

static void run_exp(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    __mpz_struct x = abs_view(in[0]), y = abs_view(in[1]), m = abs_view(in[2]);
    if (m._mp_size != 0) {
        mpz_powm(out[0], &x, &y, &m);
    } else if (y._mp_size <= 1) {
        mpz_pow_ui(out[0], &x, y._mp_size ? y._mp_d[0] : 0);
    } else if (mpz_cmp_ui(&x, 1) <= 0) {
        mpz_set(out[0], &x);    /* 0 or 1 to a huge power */
    } else {
        rt_fatal("runtime: out of memory");
    }
}

static void run_mulrange(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    uint64_t a = c->n, b = c->n2, count = b - a + 1;
    if (a == 1) {
        mpz_fac_ui(out[0], b);
        return;
    }
    /* a..b = b! / (a-1)! = C(b, count) * count! */
    mpz_t f;
    mpz_init(f);
    mpz_fac_ui(f, count);
    mpz_bin_uiui(out[0], b, count);
    mpz_mul(out[0], out[0], f);
}

static void run_setbit(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    if (c->n2)
        mpz_setbit(out[0], c->n);
    else
        mpz_clrbit(out[0], c->n);
}

static void run_prime(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    c->ret = mpz_probab_prime_p(in[0], (int)c->n) > 0;
}

static const char gmp_digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static void run_setdigits(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    int64_t n = c->bytes.len;
    const uint8_t *d = c->bytes.ptr;
    char *s = gmp_alloc((size_t)n + 1);
    int lower = c->n <= 36 ? 26 : 0;   /* GMP spells 10..35 in lower case there */
    for (int64_t i = 0; i < n; i++)
        s[i] = gmp_digits[d[i] < 10 ? d[i] : d[i] + lower];
    s[n] = 0;
    mpz_set_str(out[0], s, (int)c->n);
}

static void run_text(call *c, mpz_ptr out[], mpz_srcptr in[]) {
    __mpz_struct x = abs_view(in[0]);
    int base = (int)c->n;
    char *s = gmp_alloc(mpz_sizeinbase(&x, base) + 2);
    mpz_get_str(s, base, &x);
    c->str = (rt_string){(const uint8_t *)s, (int64_t)strlen(s)};
}

/* ---- entry points (int.cs, arith.cs, intconv.cs) ------------------------------ */

void math_big_unop(int64_t op, big_Int *z, big_Int *x) {
    perform(&(call){.run = run_unop, .op = (int)op, .out = {z}, .in = {x}});
}

void math_big_binop(int64_t op, big_Int *z, big_Int *x, big_Int *y) {
    perform(&(call){.run = run_binop, .op = (int)op, .out = {z}, .in = {x, y}});
}

void math_big_shift(int64_t op, big_Int *z, big_Int *x, uint64_t n) {
    perform(&(call){.run = run_shift, .op = (int)op, .out = {z}, .in = {x}, .n = n});
}

void math_big_quoRem(big_Int *q, big_Int *r, big_Int *x, big_Int *y) {
    perform(&(call){.run = run_quorem, .out = {q, r}, .in = {x, y}});
}

void math_big_gcdext(big_Int *d, big_Int *s, big_Int *t, big_Int *a, big_Int *b) {
    perform(&(call){.run = run_gcdext, .separate = true, .out = {d, s, t}, .in = {a, b}});
}

void math_big_expAbs(big_Int *z, big_Int *x, big_Int *y, big_Int *m) {
    perform(&(call){.run = run_exp, .separate = true, .out = {z}, .in = {x, y, m}});
}

void math_big_mulRange(big_Int *z, uint64_t a, uint64_t b) {
    perform(&(call){.run = run_mulrange, .out = {z}, .n = a, .n2 = b});
}

void math_big_setBit(big_Int *z, int64_t i, uint64_t b) {
    perform(&(call){.run = run_setbit, .out = {z}, .n = (uint64_t)i, .n2 = b});
}

bool math_big_probablyPrime(big_Int *x, int64_t n) {
    call c = {.run = run_prime, .in = {x}, .n = (uint64_t)(n > INT_MAX ? INT_MAX : n)};
    perform(&c);
    return c.ret;
}

void math_big_setDigits(big_Int *z, rt_slice digits, int64_t base) {
    perform(&(call){.run = run_setdigits, .out = {z}, .bytes = digits, .n = (uint64_t)base});
}

rt_string math_big_text(big_Int *x, int64_t base) {
    call c = {.run = run_text, .separate = true, .in = {x}, .n = (uint64_t)base};
    perform(&c);
    return c.str;
}

/* Neither allocates nor recurses: no stack check, no call record. */
int64_t math_big_cmp(big_Int *x, big_Int *y, bool abs) {
    __mpz_struct mx, my;
    load(&mx, x);
    load(&my, y);
    int r = abs ? mpz_cmpabs(&mx, &my) : mpz_cmp(&mx, &my);
    return (r > 0) - (r < 0);
}

uint64_t math_big_testBit(big_Int *x, int64_t i) {
    __mpz_struct mx;
    load(&mx, x);
    return (uint64_t)mpz_tstbit(&mx, (mp_bitcnt_t)i);
}
