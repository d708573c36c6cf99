/* cpu.c: CPU features the generated code tests before using an
 * instruction the baseline x86-64 target lacks (Go's internal/cpu).
 *
 * Set once by a constructor, before any goroutine runs, and never written
 * again, so readers need no synchronisation. The object is linked only
 * into programs whose code reads a flag (rt_ops.h's rt_popcount).
 */
#include "rt.h"

bool rt_cpu_popcnt;

__attribute__((constructor)) static void detect_cpu_features(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    rt_cpu_popcnt = __builtin_cpu_supports("popcnt");
#endif
}
