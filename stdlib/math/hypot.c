/* math.Hypot computed the way Go computes it on amd64 (hypot_amd64.s):
 * max * sqrt(1 + (min/max)**2), which rounds differently from libm's hypot
 * for about 40% of arguments. Any infinite argument gives +Inf, even with a
 * NaN beside it; otherwise a NaN gives NaN. */
#include <math.h>

#include "gomath.h"
#include "rt.h"

double math_Hypot(double p, double q)
{
    p = fabs(p);
    q = fabs(q);
    if (isinf(p) || isinf(q))
        return INFINITY;
    if (isnan(p) || isnan(q))
        return go_nan();
    if (p == 0 && q == 0)
        return 0;
    double big = p > q ? p : q, small = p > q ? q : p;
    double r = small / big;
    return big * sqrt(r * r + 1.0);
}
