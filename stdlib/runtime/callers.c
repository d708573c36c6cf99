/* callers.c: the body-less functions of callers.cs: the calling
 * goroutine's frames as pcs (runtime/frames.h encodes them), and what a
 * pc stands for.
 *
 * Go's stacks end in runtime frames of its own, which programs walking
 * all frames print: runtime.main under goroutine 1's main.main, then
 * runtime.goexit under every goroutine. They get the pcs PC_RUNTIME_MAIN
 * and PC_GOEXIT (no code lives at such low addresses) and Go 1.19.8's
 * files and lines, under GOROOT(). A goroutine 1 still initialising
 * packages ends the same way (Go would show runtime.doInit first).
 */
#include "frames.h"
#include "sched.h"

#include <stdlib.h>
#include <string.h>

enum { PC_RUNTIME_MAIN = 1, PC_GOEXIT = 2 };

/* Where Go 1.19's linux/amd64 toolchain lives when GOROOT is unset. */
static const char default_goroot[] = "/usr/lib/go-1.19";

/* func GOROOT() string */
rt_string runtime_GOROOT(void) {
    const char *env = getenv("GOROOT");
    return rt_string_from_c(env != NULL && env[0] != '\0' ? env : default_goroot);
}

/* The pcs wanted: skip frames after callers' own, then up to len. */
typedef struct recorder {
    int64_t skip;
    bool seen_self;
    uintptr_t *pcs;
    int64_t len, n;
} recorder;

static bool record(const rt_csframe *f, void *arg) {
    recorder *r = arg;
    if (!r->seen_self) {
        r->seen_self = strcmp(f->fn->name, "runtime.callers") == 0;
        return true;
    }
    if (r->skip > 0) {
        r->skip--;
        return true;
    }
    if (r->n == r->len)
        return false;
    r->pcs[r->n++] = rt_csframe_pc(f);
    return true;
}

static void record_go_frame(recorder *r, uintptr_t pc) {
    if (r->skip > 0)
        r->skip--;
    else if (r->n < r->len)
        r->pcs[r->n++] = pc;
}

/* func callers(skip int, pc []uintptr) int: skip 0 is callers' caller. */
int64_t runtime_callers(int64_t skip, rt_slice pc) {
    recorder r = {.skip = skip < 0 ? 0 : skip, .pcs = pc.ptr, .len = pc.len};
    rt_csframes_walk(record, &r);
    if (rt_getg() != NULL && rt_getg()->id == 1)
        record_go_frame(&r, PC_RUNTIME_MAIN);
    record_go_frame(&r, PC_GOEXIT);
    return r.n;
}

static bool go_frame(uintptr_t pc, rt_string *name, rt_string *file, int64_t *line) {
    static const struct {
        const char *name, *file;
        int64_t line;
    } frames[] = {
        [PC_RUNTIME_MAIN] = {"runtime.main", "/src/runtime/proc.go", 250},
        [PC_GOEXIT] = {"runtime.goexit", "/src/runtime/asm_amd64.s", 1594},
    };
    if (pc != PC_RUNTIME_MAIN && pc != PC_GOEXIT)
        return false;
    rt_string root = runtime_GOROOT();
    *name = rt_string_from_c(frames[pc].name);
    *file = rt_concat2(root, rt_string_from_c(frames[pc].file));
    *line = frames[pc].line;
    return true;
}

/* func pcInfo(pc uintptr, name, file *string, line *int, entry *uintptr) bool */
bool runtime_pcInfo(uintptr_t pc, rt_string *name, rt_string *file, int64_t *line, uintptr_t *entry) {
    *entry = 0;
    if (go_frame(pc, name, file, line))
        return true;
    rt_csframe f;
    if (!rt_csframe_at(pc, &f))
        return false;
    *name = rt_string_from_c(f.fn->name);
    *file = rt_string_from_c(f.file);
    *line = f.line;
    *entry = f.entry;
    return true;
}
