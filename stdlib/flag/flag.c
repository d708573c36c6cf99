/* The C half of package flag (defaults.cs): the zero value of a Value's
 * dynamic type, which Go builds with reflect.New / reflect.Zero. */
#include "rt.h"

rt_iface flag_zeroValueOf(rt_iface v) {
    rt_iface z = {v.type, NULL};
    if (v.type == NULL)
        return z;
    if (v.type->kind == RT_KIND_PTR)
        z.data = rt_alloc(v.type->elem->size > 0 ? v.type->elem->size : 1);
    else if (!(v.type->flags & RT_TFLAG_DIRECT))
        z.data = rt_alloc(v.type->size > 0 ? v.type->size : 1);
    return z;
}
