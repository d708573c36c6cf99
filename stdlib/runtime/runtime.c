/* runtime.c: package runtime's body-less functions (runtime.cs). */
#include "rt.h"
#include "sched.h"

#include <gc.h>

void runtime_Gosched(void) {
    rt_gosched();
}

int64_t runtime_NumGoroutine(void) {
    return rt_numgoroutine();
}

int64_t runtime_GOMAXPROCS(int64_t n) {
    return rt_set_gomaxprocs(n > 1 << 20 ? 1 << 20 : (int)n);
}

int64_t runtime_NumCPU(void) {
    return rt_ncpu();
}

void runtime_GC(void) {
    GC_gcollect();
}

void runtime_Goexit(void) {
    rt_goexit_unwind();
    rt_goexit();
}
