// SetFinalizer on the collector's finalization: finalizer.c has the
// design (the finalizer goroutine, how finalizers are called) and its
// limits.
package runtime

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function (nil clears it). When the collector finds obj
// unreachable, it runs finalizer(obj) on a goroutine of its own.
func SetFinalizer(obj any, finalizer any)

