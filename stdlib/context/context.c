/* The descriptor-driven helpers of package context (context.cs): what
 * Go's context asks reflectlite. */
#include "rt.h"

rt_string context_typeName(rt_iface x) {
    return x.type == NULL ? RT_STR("<nil>") : x.type->name;
}

bool context_comparableType(rt_iface x) {
    return x.type != NULL && (x.type->flags & RT_TFLAG_COMPARABLE);
}
