/* The descriptor-driven parts of package errors (errors.cs). */
#include "rt.h"

bool errors_comparable(rt_iface err) {
    return err.type == NULL || (err.type->flags & RT_TFLAG_COMPARABLE);
}

int64_t errors_asTarget(rt_iface target) {
    if (target.type == NULL || target.type->kind != RT_KIND_PTR || target.data == NULL)
        return 1;
    const rt_type *e = target.type->elem;
    if (e == NULL || (e->kind != RT_KIND_INTERFACE && !rt_implements(e, &rt_type_error)))
        return 2;
    return 0;
}

bool errors_assignTo(rt_iface err, rt_iface target) {
    const rt_type *e = target.type->elem;
    if (e->kind == RT_KIND_INTERFACE) {
        if (!rt_implements(err.type, e))
            return false;
        *(rt_iface *)target.data = err;
        return true;
    }
    if (!rt_type_identical(err.type, e))
        return false;
    if (e->flags & RT_TFLAG_DIRECT)
        *(void **)target.data = err.data;
    else
        memcpy(target.data, err.data, (size_t)e->size);
    return true;
}
