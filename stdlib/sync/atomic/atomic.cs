// Package sync/atomic: sequentially consistent atomic operations on
// integers (the subset of Go's sync/atomic that LANGUAGE.md lists) and the
// atomic.Int64 family of types.
//
// The functions are implemented in C (stdlib/sync/atomic/atomic.c); the
// types are structs holding one value whose methods call them.
package atomic

// Int32 functions: the new value for Add, the old one for Swap.
func AddInt32(addr *int32, delta int32) int32
func LoadInt32(addr *int32) int32
func StoreInt32(addr *int32, val int32)
func SwapInt32(addr *int32, val int32) int32
func CompareAndSwapInt32(addr *int32, old, val int32) bool

// Int64 functions: the new value for Add, the old one for Swap.
func AddInt64(addr *int64, delta int64) int64
func LoadInt64(addr *int64) int64
func StoreInt64(addr *int64, val int64)
func SwapInt64(addr *int64, val int64) int64
func CompareAndSwapInt64(addr *int64, old, val int64) bool

// Uint32 functions: the new value for Add, the old one for Swap.
func AddUint32(addr *uint32, delta uint32) uint32
func LoadUint32(addr *uint32) uint32
func StoreUint32(addr *uint32, val uint32)
func SwapUint32(addr *uint32, val uint32) uint32
func CompareAndSwapUint32(addr *uint32, old, val uint32) bool

// Uint64 functions: the new value for Add, the old one for Swap.
func AddUint64(addr *uint64, delta uint64) uint64
func LoadUint64(addr *uint64) uint64
func StoreUint64(addr *uint64, val uint64)
func SwapUint64(addr *uint64, val uint64) uint64
func CompareAndSwapUint64(addr *uint64, old, val uint64) bool

// Uintptr functions: the new value for Add, the old one for Swap.
func AddUintptr(addr *uintptr, delta uintptr) uintptr
func LoadUintptr(addr *uintptr) uintptr
func StoreUintptr(addr *uintptr, val uintptr)
func SwapUintptr(addr *uintptr, val uintptr) uintptr
func CompareAndSwapUintptr(addr *uintptr, old, val uintptr) bool

// An Int32 is an atomic int32; the zero value is 0.
type Int32 struct {
	v int32
}

func (x *Int32) Load() int32                        { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)                    { StoreInt32(&x.v, val) }
func (x *Int32) Swap(val int32) int32               { return SwapInt32(&x.v, val) }
func (x *Int32) Add(delta int32) int32              { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, val int32) bool { return CompareAndSwapInt32(&x.v, old, val) }

// An Int64 is an atomic int64; the zero value is 0.
type Int64 struct {
	v int64
}

func (x *Int64) Load() int64                        { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)                    { StoreInt64(&x.v, val) }
func (x *Int64) Swap(val int64) int64               { return SwapInt64(&x.v, val) }
func (x *Int64) Add(delta int64) int64              { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, val int64) bool { return CompareAndSwapInt64(&x.v, old, val) }

// An Uint32 is an atomic uint32; the zero value is 0.
type Uint32 struct {
	v uint32
}

func (x *Uint32) Load() uint32                        { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)                    { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(val uint32) uint32              { return SwapUint32(&x.v, val) }
func (x *Uint32) Add(delta uint32) uint32             { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, val uint32) bool { return CompareAndSwapUint32(&x.v, old, val) }

// An Uint64 is an atomic uint64; the zero value is 0.
type Uint64 struct {
	v uint64
}

func (x *Uint64) Load() uint64                        { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)                    { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(val uint64) uint64              { return SwapUint64(&x.v, val) }
func (x *Uint64) Add(delta uint64) uint64             { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, val uint64) bool { return CompareAndSwapUint64(&x.v, old, val) }

// An Uintptr is an atomic uintptr; the zero value is 0.
type Uintptr struct {
	v uintptr
}

func (x *Uintptr) Load() uintptr                        { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)                    { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(val uintptr) uintptr             { return SwapUintptr(&x.v, val) }
func (x *Uintptr) Add(delta uintptr) uintptr            { return AddUintptr(&x.v, delta) }
func (x *Uintptr) CompareAndSwap(old, val uintptr) bool { return CompareAndSwapUintptr(&x.v, old, val) }

// A Bool is an atomic bool; the zero value is false.
type Bool struct {
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool         { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)     { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(val bool) bool { return SwapUint32(&x.v, b32(val)) != 0 }
func (x *Bool) CompareAndSwap(old, val bool) bool {
	return CompareAndSwapUint32(&x.v, b32(old), b32(val))
}

// A Value holds a value of one consistent dynamic type, loaded and stored
// atomically. The zero Value holds nil. (C side: p points at an immutable
// boxed interface value, replaced with one atomic pointer swap.)
type Value struct {
	p *any
}

// Load returns the value set by the most recent Store (nil if none).
func (v *Value) Load() any

// Store sets the value; nil, or a type other than earlier stores', panics.
func (v *Value) Store(val any)

// Swap stores val and returns the previous value (nil if none).
func (v *Value) Swap(val any) any

// CompareAndSwap stores val if the current value equals old.
func (v *Value) CompareAndSwap(old, val any) bool
