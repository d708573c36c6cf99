/* pcre.c: the C half of package regexp (regexp.cs): compiling with PCRE2
 * (8-bit, UTF, JIT when the library has it) and matching.
 *
 * Memory. A compiled pattern lives in collector memory: PCRE2 allocates
 * through a general context whose malloc is GC_MALLOC and whose free does
 * nothing, so the code block (and the JIT's bookkeeping, reached from it)
 * lives exactly as long as a Regexp points at it, and a program compiling
 * patterns in a loop leaks nothing. The JIT's machine code is not collector
 * memory (sljit maps executable pages itself): a finalizer on the code
 * block hands it back with pcre2_code_free.
 * Matching needs scratch space (match data with the ovector, the
 * interpreter's backtracking frames, a JIT stack). It is kept per thread
 * and reused by every call: a call runs to its end on one thread, since
 * nothing in it yields, so two goroutines never share it; it grows to the
 * most groups any pattern on that thread asked for and is never freed
 * (threads are few and live as long as the program).
 *
 * Stacks. Generated code leaves C code RT_STACK_GUARD (32 KiB) below its
 * last check. Matching fits in that: PCRE2 10.30+ keeps backtracking
 * frames on the heap and the JIT gets its own stack (without one it would
 * take 32 KiB of the machine stack). pcre2_compile recurses once per
 * nested group, so it runs on a new stack segment when the goroutine's
 * stack is low (rt_sched.h's RT_MORESTACK).
 *
 * Patterns come translated from Go's syntax (translate.c), which resolves
 * Go's s, m and U flags itself; the options below fix the rest: UTF mode,
 * \n as the only newline, (?m:^) also after a final \n as in Go, no \C,
 * and no UCP (\b is ASCII, as Go's). Subjects are always valid UTF-8
 * (regexp.cs searches a repaired copy of any other text, badutf8.c);
 * PCRE2_MATCH_INVALID_UTF is set only because it spares pcre2_match its
 * check of the subject from the start offset on, which in FindAll's loop
 * of calls would make the search quadratic. (It must not meet invalid
 * UTF-8 anyway: 10.42's JIT then reports (?i)[^k] matches past the end.) */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <gc.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>

#include "rt.h"
#include "translate.h"

enum {
    COMPILE_OPTIONS = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_ALT_CIRCUMFLEX |
                      PCRE2_NEVER_BACKSLASH_C | PCRE2_NO_UTF_CHECK,
    NEST_LIMIT = 1000,                  /* Go allows 1000 levels of nesting */
    COMPILE_STACK = 1 << 20,            /* enough for NEST_LIMIT levels */
    JIT_STACK_START = 32 << 10,
    JIT_STACK_MAX = 8 << 20,
};

/* ==== contexts ========================================================== */

static pcre2_general_context *gc_context;
static pcre2_compile_context *compile_context;
static pthread_once_t contexts_once = PTHREAD_ONCE_INIT;

static void *gc_alloc(PCRE2_SIZE n, void *data) { return GC_MALLOC(n); }
static void gc_release(void *p, void *data) {}

static void make_contexts(void) {
    gc_context = pcre2_general_context_create(gc_alloc, gc_release, NULL);
    compile_context = pcre2_compile_context_create(gc_context);
    if (!gc_context || !compile_context)
        abort();
    pcre2_set_newline(compile_context, PCRE2_NEWLINE_LF);
    pcre2_set_parens_nest_limit(compile_context, NEST_LIMIT);
}

/* ==== compiling ========================================================= */

static void free_code(void *code, void *data) { pcre2_code_free(code); }

typedef struct {
    rt_string expr;
    pcre2_code *code;
    rt_slice names;     /* []string: "" then each group's name */
    rt_string err;
} compile_rec;

static rt_slice names_slice(const rx_translation *tr) {
    rt_string *names = rt_alloc((int64_t)(tr->ncap + 1) * (int64_t)sizeof *names);
    for (int i = 0; i < tr->ncap; i++)
        names[i + 1] = rt_string_from_c(tr->names[i]);
    return (rt_slice){names, tr->ncap + 1, tr->ncap + 1};
}

static void compile_pattern(compile_rec *r) {
    rx_translation tr;
    rx_translate(r->expr.ptr, (size_t)r->expr.len, &tr);
    if (tr.error) {
        r->err = rt_string_from_c(tr.error);
        rx_translation_free(&tr);
        return;
    }
    pthread_once(&contexts_once, make_contexts);
    int errcode;
    PCRE2_SIZE erroff;
    r->code = pcre2_compile((PCRE2_SPTR)tr.pattern, tr.pattern_len, COMPILE_OPTIONS, &errcode,
                            &erroff, compile_context);
    if (!r->code) {
        /* a Go pattern PCRE2 cannot take (its size limits) */
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        rt_string parts[] = {RT_STR("error parsing regexp: "), rt_string_from_c((char *)msg),
                             RT_STR(" (PCRE2): `"), r->expr, RT_STR("`")};
        r->err = rt_concatn(parts, 5);
        rx_translation_free(&tr);
        return;
    }
    pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE);  /* no JIT: the interpreter */
    GC_REGISTER_FINALIZER(r->code, free_code, NULL, NULL, NULL);
    r->names = names_slice(&tr);
    rx_translation_free(&tr);
}

static void compile_more(void *rec) { compile_pattern(rec); }

/* func compile(expr string) (code unsafe.Pointer, names []string, err string) */
void *regexp_compile(rt_string expr, rt_slice *names, rt_string *err) {
    compile_rec r = {.expr = expr};
    if (!RT_STACK_LOW(COMPILE_STACK) || !RT_MORESTACK(compile_more, &r, COMPILE_STACK))
        compile_pattern(&r);
    *names = r.names;
    *err = r.err;
    return r.code;
}

/* ==== matching ========================================================== */

typedef struct {
    pcre2_match_data *md;
    uint32_t pairs;                     /* md's ovector size */
    pcre2_match_context *mctx;
} scratch;

static __thread scratch tls;

static scratch *get_scratch(uint32_t pairs) {
    scratch *s = &tls;
    if (!s->mctx) {
        s->mctx = pcre2_match_context_create(NULL);
        pcre2_jit_stack *js = pcre2_jit_stack_create(JIT_STACK_START, JIT_STACK_MAX, NULL);
        if (!s->mctx)
            abort();
        if (js)
            pcre2_jit_stack_assign(s->mctx, NULL, js);
    }
    if (s->pairs < pairs) {
        pcre2_match_data_free(s->md);
        s->md = pcre2_match_data_create(pairs, NULL);
        if (!s->md)
            abort();
        s->pairs = pairs;
    }
    return s;
}

/* Matches subject[pos:] (with subject[:pos] as context) and stores the
 * first len(m)/2 group spans in m, -1 for groups that did not take part.
 * Returns 1 on a match, 0 on none, a PCRE2 error code (<0) otherwise. */
static int64_t exec(pcre2_code *code, const uint8_t *subject, int64_t len, int64_t pos, rt_slice m) {
    static const uint8_t empty[1];
    uint32_t want = (uint32_t)(m.len / 2);
    scratch *s = get_scratch(want > 1 ? want : 1);
    int rc = pcre2_match(code, len ? subject : empty, (PCRE2_SIZE)len, (PCRE2_SIZE)pos, 0, s->md, s->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
        rc = pcre2_match(code, subject, (PCRE2_SIZE)len, (PCRE2_SIZE)pos, PCRE2_NO_JIT, s->md, s->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return rc;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
    int64_t *out = m.ptr;
    uint32_t used = rc == 0 ? want : (uint32_t)rc;     /* 0: ovector full */
    for (uint32_t i = 0; i < want; i++) {
        bool set = i < used && ov[2 * i] != PCRE2_UNSET;
        out[2 * i] = set ? (int64_t)ov[2 * i] : -1;
        out[2 * i + 1] = set ? (int64_t)ov[2 * i + 1] : -1;
    }
    return 1;
}

/* func execString(code unsafe.Pointer, s string, pos int, m []int) int */
int64_t regexp_execString(void *code, rt_string s, int64_t pos, rt_slice m) {
    return exec(code, s.ptr, s.len, pos, m);
}

/* func execBytes(code unsafe.Pointer, b []byte, pos int, m []int) int */
int64_t regexp_execBytes(void *code, rt_slice b, int64_t pos, rt_slice m) {
    return exec(code, b.ptr, b.len, pos, m);
}

/* func errorText(rc int) string */
rt_string regexp_errorText(int64_t rc) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message((int)rc, msg, sizeof msg);
    return rt_string_from_c((char *)msg);
}
