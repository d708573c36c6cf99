/* rt.h: the one header generated C includes. It is the contract between
 * code emitted by csc (codegen/) and the runtime and standard library
 * (runtime/, stdlib/). This file fixes how CS values look in C and the
 * calling convention; the runtime's entry points are declared in the
 * section headers it includes at the end, one per area:
 *
 *   rt_value.h   strings, slices, maps, type descriptors, interfaces, print
 *   rt_ops.h     inline arithmetic/bounds/nil helpers used by codegen
 *   rt_sched.h   goroutines, preemption checks, program start
 *   rt_chan.h    channels, select, defer/panic/recover, run-time errors
 *
 * ---- Value representation ------------------------------------------------
 *   bool -> bool             int -> int64_t         uint -> uint64_t
 *   intN/uintN -> intN_t/uintN_t   byte -> uint8_t  rune -> int32_t
 *   uintptr -> uintptr_t     float32 -> float       float64 -> double
 *   string -> rt_string      []T -> rt_slice        map[K]V -> rt_map *
 *   chan T -> rt_chan *      *T -> T *              func(...) -> rt_func *
 *   interface (error, any, user interfaces) -> rt_iface
 *   [N]T -> a struct wrapping T[N] (value semantics), named by codegen
 *   struct -> a C struct named by codegen; named types -> <pkg>_<Name>
 * Zero values are all-bits-zero for every type, so GC-zeroed memory and
 * `= {0}` give Go's zero values.
 *
 * ---- Calling convention ----------------------------------------------------
 * A CS function becomes one C function. Package-level function F of package
 * P is `P_F` (P = the package's C prefix: main, fmt, sync_atomic); method M
 * of named type T is `P_T_M`, receiver first (T or T* as declared).
 * Results: the first result is the C return value; results 2..n are written
 * through pointer parameters appended after the regular parameters (never
 * NULL). Variadic parameters arrive as one rt_slice. Example:
 *   func Atoi(s string) (int, error)  ->  int64_t strconv_Atoi(rt_string s, rt_iface *r1)
 * Body-less stdlib declarations are implemented in C under exactly these
 * names and signatures.
 *
 * Function values (rt_func *) point at a closure record whose first member
 * is the code pointer; the code takes the record itself as a hidden first
 * argument: ((R (*)(rt_func *, A...))f->fn)(f, a...). A nil func value is
 * NULL.
 *
 * Interface values are {type, data}: `type` is the dynamic type's
 * descriptor (NULL for a nil interface); `data` holds the value itself for
 * pointer-shaped types (RT_KIND_DIRECT: pointers, maps, chans, funcs) and
 * otherwise points to a heap copy that is never mutated.
 * Methods callable through an interface are listed in the type descriptor
 * (rt_type.methods, sorted by name) with code taking `void *data` first.
 * Generated code calls them through rt_type.mtab instead: codegen numbers
 * the method names the program calls through interfaces (its selectors)
 * and gives every descriptor with methods a table indexed by selector at
 * the descriptor's end, so an interface call loads the descriptor from the
 * interface and the code from the descriptor (the two dependent loads of
 * gc's itabs, without a second interface representation).
 *
 * Generated code is compiled with -fwrapv -fno-strict-aliasing: signed
 * overflow wraps as Go requires.
 */
#ifndef RT_H
#define RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct rt_type rt_type;

typedef struct rt_string {
    const uint8_t *ptr;
    int64_t len;
} rt_string;

typedef struct rt_slice {
    void *ptr;
    int64_t len;
    int64_t cap;
} rt_slice;

typedef struct rt_iface {
    const rt_type *type;    /* dynamic type; NULL: nil interface */
    void *data;
} rt_iface;

typedef struct rt_func {
    void *fn;               /* code; closure data follows in the record */
} rt_func;

typedef struct rt_map rt_map;     /* runtime/map.c */
typedef struct rt_chan rt_chan;   /* runtime/chan.c */

/* A string literal: RT_STR("hi"). For literals containing NUL bytes
 * codegen uses RT_STRN(bytes, len). */
#define RT_STRN(s, n) ((rt_string){(const uint8_t *)(s), (n)})
#define RT_STR(s) RT_STRN(s, (int64_t)sizeof(s) - 1)

/* ---- Type descriptors -------------------------------------------------------
 * Emitted by codegen as static const data for every type that is converted
 * to an interface, used as a map key/element, a channel element, or made
 * with make/new where the runtime needs the size. The runtime provides the
 * predeclared ones (rt_type_int, ...). Two descriptors denote the same type
 * when they are the same object, or are both unnamed with the same kind,
 * `name` and identical components (rt_type_identical): a named type has
 * one descriptor, as local types of the same name share their spelling. */
typedef enum rt_kind {
    RT_KIND_INVALID,
    RT_KIND_BOOL,
    RT_KIND_INT, RT_KIND_INT8, RT_KIND_INT16, RT_KIND_INT32, RT_KIND_INT64,
    RT_KIND_UINT, RT_KIND_UINT8, RT_KIND_UINT16, RT_KIND_UINT32, RT_KIND_UINT64,
    RT_KIND_UINTPTR, RT_KIND_FLOAT32, RT_KIND_FLOAT64, RT_KIND_STRING,
    RT_KIND_ARRAY, RT_KIND_SLICE, RT_KIND_MAP, RT_KIND_CHAN, RT_KIND_PTR,
    RT_KIND_FUNC, RT_KIND_STRUCT, RT_KIND_INTERFACE, RT_KIND_UNSAFEPTR,
} rt_kind;

typedef struct rt_field {
    rt_string name;
    const rt_type *type;
    int64_t offset;
    bool embedded;
    bool exported;
} rt_field;

typedef struct rt_method {
    rt_string name;
    void *fn;                   /* code taking the interface's data word first */
    rt_string sig;              /* its type without the receiver: "func(int) string" */
} rt_method;

enum {
    RT_TFLAG_DIRECT = 1,        /* interface data word holds the value itself */
    RT_TFLAG_NAMED = 2,         /* a declared type (name is "pkg.Name") */
    RT_TFLAG_COMPARABLE = 4,    /* == is defined (no slices, maps, funcs inside) */
};

/* Selector numbers fixed for the methods of the runtime's own descriptors
 * (panic.c's runtime errors), so that every descriptor with methods has an
 * mtab. KEEP IN SYNC: compiler/codegen/gen_type.c selector(). */
enum { RT_SEL_ERROR = 0, RT_SEL_RUNTIMEERROR = 1 };

struct rt_type {
    uint8_t kind;               /* rt_kind */
    uint8_t flags;              /* RT_TFLAG_* */
    uint8_t chandir;            /* CHAN: 0 both, 1 send-only, 2 recv-only */
    int64_t size;               /* sizeof in C */
    int64_t align;
    rt_string name;             /* Go's %T spelling: "int", "[]string", "main.Point" */
    const rt_type *elem;        /* ARRAY SLICE PTR CHAN, MAP value */
    const rt_type *key;         /* MAP */
    int64_t len;                /* ARRAY */
    const rt_field *fields;     /* STRUCT */
    int64_t nfields;
    const rt_method *methods;   /* methods in the method set of this type, by name */
    int64_t nmethods;
    const rt_type *ptrto;       /* *T, when emitted (for method lookup); may be NULL */
    void *const mtab[];         /* methods by selector (rt_ops.h rt_imethod): entry k
                                 * is the code of the method selector k names, in
                                 * every descriptor with methods. Last, so the table
                                 * is part of the descriptor: one load fewer a call. */
};

/* ---- Traceback names ----------------------------------------------------------
 * Every program defines rt_functab: one entry per C function that stands for
 * a CS function (functions, methods, closures, inits; body-less stdlib
 * declarations too), sorted by cname in strcmp order, so that tracebacks
 * (runtime/symtab.c) can name the ELF symbols they find. No addresses: the
 * table costs the generated code nothing. KEEP IN SYNC:
 * compiler/codegen/gen_trace.c. */
typedef struct rt_funcinfo {
    const char *cname;          /* C symbol: "main_T_get" */
    const char *name;           /* Go's name: "main.(*T).get", "main.main.func1" */
    const char *file;           /* absolute path of the .cs file */
    int32_t line;               /* line of its func keyword */
    bool args;                  /* has a receiver or parameters: printed "(...)" */
} rt_funcinfo;
extern const rt_funcinfo rt_functab[];
extern const int64_t rt_nfunctab;

#include "rt_value.h"
#include "rt_ops.h"
#include "rt_sched.h"
#include "rt_chan.h"

#endif
