/* clearstack.c: no stack clearing by the collector on goroutine stacks.
 *
 * Boehm's allocator calls GC_clear_stack on its slow paths (refilling a
 * thread's free lists, large objects): every call zeroes a little below
 * the stack pointer and every 13th zeroes 16 KiB, so that stale pointers
 * left in dead frames do not keep garbage alive when the stack is scanned
 * later. On a goroutine stack that buys nothing and costs much:
 *  - gc.c scans a switched-out goroutine from its saved sp upwards and a
 *    running one from the sp its suspend signal saw, so the dead area
 *    below sp is never scanned;
 *  - the 16 KiB reach four fresh pages of a 64 KiB stack (stack.c) that
 *    the goroutine itself may never use: on this VM a first touch costs
 *    about 13 us, and the pages stay committed while the stack is pooled.
 *    In skynet 63% of the page faults were these.
 * csc links programs with -Wl,--wrap=GC_clear_stack, which sends libgc.a's
 * calls here; on a goroutine the call does nothing, elsewhere (the
 * scheduler's g0 stacks, threads the runtime did not start) Boehm's runs.
 * With a shared libgc the wrapper is linked but its internal calls do not
 * reach it (no effect, no harm).
 */
#include "proc.h"

void *__real_GC_clear_stack(void *arg);
void *__wrap_GC_clear_stack(void *arg);

void *__wrap_GC_clear_stack(void *arg) {
    if (rt_getg() != NULL)
        return arg;
    return __real_GC_clear_stack(arg);
}
