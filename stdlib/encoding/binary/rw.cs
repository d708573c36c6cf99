// Read, Write and Size for Go 1.19's fast path only: bool, int8..int64,
// uint8..uint64, float32 and float64 values (Write and Size), pointers
// to them and slices of them. Go handles structs and arrays of these
// through reflect, which CS lacks; here they are an invalid type, with
// Go's error text for invalid types.
//
// Each number travels as a "word": its bits in a uint64 (a bool is 0 or
// 1), written or read with the byte order in `size` bytes. deref turns a
// pointer into the value it points to, so the word getters only see
// values and slices; Read stores through pointers and into slices.
package binary

import (
	"errors"
	"fmt"
	"io"
	"math"
)

// Read fills data (a pointer to a fixed-size number or a slice of them)
// from r, decoded in order.
func Read(r io.Reader, order ByteOrder, data any) error {
	size, count := shape(data)
	if size == 0 || isValue(data) {
		if size != 0 { // Go reads a value's bytes before it rejects it
			if _, err := io.ReadFull(r, make([]byte, size)); err != nil {
				return err
			}
		}
		return errors.New("binary.Read: invalid type " + fmt.Sprintf("%T", data))
	}
	bs := make([]byte, size*count)
	if _, err := io.ReadFull(r, bs); err != nil {
		return err
	}
	for i := 0; i < count; i++ {
		setWord(data, i, getBytes(order, bs[i*size:], size))
	}
	return nil
}

// Write writes data (a fixed-size number, a pointer to one or a slice of
// them) to w, encoded in order.
func Write(w io.Writer, order ByteOrder, data any) error {
	size, count := shape(data)
	if size == 0 {
		return errors.New("binary.Write: invalid type " + fmt.Sprintf("%T", data))
	}
	bs := make([]byte, size*count)
	v := deref(data)
	for i := 0; i < count; i++ {
		putBytes(order, bs[i*size:], size, getWord(v, i))
	}
	_, err := w.Write(bs)
	return err
}

// Size returns how many bytes Write would write for v, or -1 if it is
// not of a type Write accepts.
func Size(v any) int {
	size, count := shape(v)
	if size == 0 {
		return -1
	}
	return size * count
}

func getBytes(order ByteOrder, b []byte, size int) uint64 {
	switch size {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(order.Uint16(b))
	case 4:
		return uint64(order.Uint32(b))
	}
	return order.Uint64(b)
}

func putBytes(order ByteOrder, b []byte, size int, w uint64) {
	switch size {
	case 1:
		b[0] = byte(w)
	case 2:
		order.PutUint16(b, uint16(w))
	case 4:
		order.PutUint32(b, uint32(w))
	default:
		order.PutUint64(b, w)
	}
}

// shape returns the size of one of data's numbers and how many it holds;
// size 0 if data is of no type this file handles.
func shape(data any) (size, count int) {
	switch d := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1, 1
	case int16, uint16, *int16, *uint16:
		return 2, 1
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4, 1
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8, 1
	case []bool:
		return 1, len(d)
	case []int8:
		return 1, len(d)
	case []uint8:
		return 1, len(d)
	case []int16:
		return 2, len(d)
	case []uint16:
		return 2, len(d)
	case []int32:
		return 4, len(d)
	case []uint32:
		return 4, len(d)
	case []float32:
		return 4, len(d)
	case []int64:
		return 8, len(d)
	case []uint64:
		return 8, len(d)
	case []float64:
		return 8, len(d)
	}
	return 0, 0
}

// isValue reports whether data is a number itself, which Read cannot fill.
func isValue(data any) bool {
	switch data.(type) {
	case bool, int8, uint8, int16, uint16, int32, uint32, float32, int64, uint64, float64:
		return true
	}
	return false
}

// deref returns the number a pointer points to; other values unchanged.
func deref(data any) any {
	switch d := data.(type) {
	case *bool:
		return *d
	case *int8:
		return *d
	case *uint8:
		return *d
	case *int16:
		return *d
	case *uint16:
		return *d
	case *int32:
		return *d
	case *uint32:
		return *d
	case *float32:
		return *d
	case *int64:
		return *d
	case *uint64:
		return *d
	case *float64:
		return *d
	}
	return data
}

func boolWord(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// getWord returns number i of v, a value (i is 0) or a slice.
func getWord(v any, i int) uint64 {
	switch d := v.(type) {
	case bool:
		return boolWord(d)
	case int8:
		return uint64(d)
	case uint8:
		return uint64(d)
	case int16:
		return uint64(d)
	case uint16:
		return uint64(d)
	case int32:
		return uint64(d)
	case uint32:
		return uint64(d)
	case float32:
		return uint64(math.Float32bits(d))
	case int64:
		return uint64(d)
	case uint64:
		return d
	case float64:
		return math.Float64bits(d)
	case []bool:
		return boolWord(d[i])
	case []int8:
		return uint64(d[i])
	case []uint8:
		return uint64(d[i])
	case []int16:
		return uint64(d[i])
	case []uint16:
		return uint64(d[i])
	case []int32:
		return uint64(d[i])
	case []uint32:
		return uint64(d[i])
	case []float32:
		return uint64(math.Float32bits(d[i]))
	case []int64:
		return uint64(d[i])
	case []uint64:
		return d[i]
	case []float64:
		return math.Float64bits(d[i])
	}
	return 0
}

// setWord stores w as number i of data, a pointer (i is 0) or a slice.
func setWord(data any, i int, w uint64) {
	switch d := data.(type) {
	case *bool:
		*d = w != 0
	case *int8:
		*d = int8(w)
	case *uint8:
		*d = uint8(w)
	case *int16:
		*d = int16(w)
	case *uint16:
		*d = uint16(w)
	case *int32:
		*d = int32(w)
	case *uint32:
		*d = uint32(w)
	case *float32:
		*d = math.Float32frombits(uint32(w))
	case *int64:
		*d = int64(w)
	case *uint64:
		*d = w
	case *float64:
		*d = math.Float64frombits(w)
	case []bool:
		d[i] = w != 0
	case []int8:
		d[i] = int8(w)
	case []uint8:
		d[i] = uint8(w)
	case []int16:
		d[i] = int16(w)
	case []uint16:
		d[i] = uint16(w)
	case []int32:
		d[i] = int32(w)
	case []uint32:
		d[i] = uint32(w)
	case []float32:
		d[i] = math.Float32frombits(uint32(w))
	case []int64:
		d[i] = int64(w)
	case []uint64:
		d[i] = w
	case []float64:
		d[i] = math.Float64frombits(w)
	}
}
