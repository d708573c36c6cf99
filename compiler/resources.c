/* Finding the runtime and stdlib: see resources.h for the search order.
 * A layout counts only if all three parts exist, so a half-installed
 * tree never mixes with the build tree's files.
 */
#include "resources.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = malloc(n);
    if (!s) {
        fputs("csc: out of memory\n", stderr);
        exit(1);
    }
    snprintf(s, n, "%s/%s", a, b);
    return s;
}

/* Accepts the layout if rt.h, the library and the stdlib dir exist. */
static bool try_layout(CsResources *r, char *include, char *lib, char *stdlib)
{
    char *rt_h = join(include, "rt.h");
    bool ok = access(rt_h, R_OK) == 0 && access(lib, R_OK) == 0 && access(stdlib, X_OK) == 0;
    free(rt_h);
    if (ok) {
        *r = (CsResources){include, lib, stdlib};
        return true;
    }
    free(include);
    free(lib);
    free(stdlib);
    return false;
}

bool cs_resources_find(CsResources *r)
{
    const char *root = getenv("CSC_ROOT");
    if (root && *root) {
        if (try_layout(r, join(root, "include"), join(root, "libcsrt.a"), join(root, "stdlib")))
            return true;
        cs_error("CSC_ROOT=%s does not contain include/rt.h, libcsrt.a and stdlib/", root);
        return false;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            char *prefix = join(exe, "..");
            char *libdir = join(prefix, CSC_INSTALL_LIBDIR "/csc");
            bool ok = try_layout(r, join(libdir, "include"), join(libdir, "libcsrt.a"),
                                 join(prefix, "share/csc/stdlib"));
            free(libdir);
            free(prefix);
            if (ok)
                return true;
        }
    }
    if (try_layout(r, strdup(CSC_BUILD_RUNTIME_INCLUDE), strdup(CSC_BUILD_RUNTIME_LIB),
                   strdup(CSC_BUILD_STDLIB_DIR)))
        return true;
    cs_error("cannot find the runtime (rt.h, libcsrt.a) and stdlib; set CSC_ROOT");
    return false;
}
