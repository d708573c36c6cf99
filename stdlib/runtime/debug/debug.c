/* The C half of package runtime/debug (debug.cs): the collector's
 * settings through Boehm's API, and the calling goroutine's traceback
 * (runtime/trace.c) read back from an in-memory file.
 *
 * The GC percentage lives here, read from GOGC on first use as Go's
 * readGOGC does (only for SetGCPercent's answer: the runtime does not
 * read GOGC at start-up). Calls are serialised by a lock, and the one
 * GC_disable a negative percentage takes is given back when a
 * non-negative one is set. Stack is rt_traceback_bytes (trace.c);
 * SetMaxStack is the runtime's rt_stack_set_max (morestack.c). */
#include "rt.h"
#include "stack.h"
#include "trace.h"

#include <gc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static rt_lock gc_lock;
static bool gc_read;
static int64_t gc_percent = 100;
static bool gc_disabled;

/* GOGC: "off" is -1, a number is itself, anything else 100. */
static void read_gogc(void) {
    const char *v = getenv("GOGC");
    if (v == NULL)
        return;
    if (strcmp(v, "off") == 0) {
        gc_percent = -1;
        return;
    }
    char *end;
    long long n = strtoll(v, &end, 10);
    if (*v != 0 && *end == 0)
        gc_percent = n;
}

/* Boehm's divisor for a percentage: 2 at 100 (runtime/gc.c's pacing). */
static GC_word divisor_for(int64_t percent) {
    if (percent <= 0)
        return 1000;
    int64_t d = 200 / percent;
    return d < 1 ? 1 : d > 1000 ? 1000 : (GC_word)d;
}

int64_t runtime_debug_SetGCPercent(int64_t percent) {
    rt_lock_acquire(&gc_lock);
    if (!gc_read) {
        read_gogc();
        gc_read = true;
    }
    int64_t prev = gc_percent;
    if (percent < 0 && !gc_disabled)
        GC_disable();
    else if (percent >= 0 && gc_disabled)
        GC_enable();
    gc_disabled = percent < 0;
    if (percent >= 0)
        GC_set_free_space_divisor(divisor_for(percent));
    gc_percent = percent;
    rt_lock_release(&gc_lock);
    return prev;
}

int64_t runtime_debug_SetMaxStack(int64_t bytes) {
    return (int64_t)rt_stack_set_max((size_t)bytes);
}

/* Go's FreeOSMemory collects even with collection disabled. */
void runtime_debug_FreeOSMemory(void) {
    rt_lock_acquire(&gc_lock);
    if (gc_disabled)
        GC_enable();
    GC_gcollect_and_unmap();
    if (gc_disabled)
        GC_disable();
    rt_lock_release(&gc_lock);
}

int64_t runtime_debug_numGC(void) {
    return (int64_t)GC_get_gc_no();
}

rt_slice runtime_debug_Stack(void) {
    return rt_traceback_bytes(false, NULL);
}
