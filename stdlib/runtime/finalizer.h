/* finalizer.h: what runtime.GC (runtime.c) needs of finalizer.c. */
#ifndef STDLIB_RUNTIME_FINALIZER_H
#define STDLIB_RUNTIME_FINALIZER_H

#include "rt.h"

/* Readies the finalizer goroutine if a collection queued finalizers
 * while no goroutine was running to hand them over. Call on a goroutine. */
void rt_finalizer_after_gc(void);

#endif
