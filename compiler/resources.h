/* Where csc finds what it links into every program: the runtime headers
 * (the directory holding rt.h), the runtime library libcsrt.a, and the
 * stdlib sources (stdlib/<path>/NAME.cs).
 *
 * Search order, first complete match wins:
 *   1. $CSC_ROOT, if set: $CSC_ROOT/include, $CSC_ROOT/libcsrt.a,
 *      $CSC_ROOT/stdlib (a flat layout, handy for relocated copies);
 *   2. the installed layout next to the executable (/proc/self/exe):
 *      <bin>/../<libdir>/csc/include, <bin>/../<libdir>/csc/libcsrt.a,
 *      <bin>/../share/csc/stdlib (what `cmake --install` produces);
 *   3. the build tree csc was built in (paths baked in by CMake).
 */
#ifndef CS_RESOURCES_H
#define CS_RESOURCES_H

#include <stdbool.h>

typedef struct CsResources {
    const char *include_dir;    /* contains rt.h */
    const char *runtime_lib;    /* libcsrt.a */
    const char *stdlib_dir;     /* contains fmt/, sync/, ... */
} CsResources;

/* Fills *r; reports "csc: cannot find the runtime ..." and returns false
 * when no layout is complete. */
bool cs_resources_find(CsResources *r);

#endif
