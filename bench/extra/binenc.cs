package main

// Binary serialisation with encoding/binary and bytes.Buffer: records
// of fixed-width fields (BigEndian PutUint16/32/64 into a scratch
// array, Buffer.Write), varints (AppendUvarint/AppendVarint), and
// length-prefixed strings; then decoded again with Uvarint/Varint and
// BigEndian.Uint*, plus LittleEndian checksums over the whole buffer and
// a float64 round trip through math.Float64bits. Prints sizes and sums.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"strconv"
)

type record struct {
	id    uint64
	kind  uint16
	flags uint32
	delta int64
	score float64
	name  string
}

func encode(buf *bytes.Buffer, r *record, scratch []byte) []byte {
	var fixed [22]byte
	binary.BigEndian.PutUint64(fixed[0:], r.id)
	binary.BigEndian.PutUint16(fixed[8:], r.kind)
	binary.BigEndian.PutUint32(fixed[10:], r.flags)
	binary.BigEndian.PutUint64(fixed[14:], math.Float64bits(r.score))
	buf.Write(fixed[:])
	scratch = scratch[:0]
	scratch = binary.AppendVarint(scratch, r.delta)
	scratch = binary.AppendUvarint(scratch, uint64(len(r.name)))
	buf.Write(scratch)
	buf.WriteString(r.name)
	return scratch
}

func decode(data []byte) (int, uint64, float64, int64, int) {
	count := 0
	var ids uint64
	var scores float64
	var deltas int64
	nameBytes := 0
	for len(data) > 0 {
		var r record
		r.id = binary.BigEndian.Uint64(data)
		r.kind = binary.BigEndian.Uint16(data[8:])
		r.flags = binary.BigEndian.Uint32(data[10:])
		r.score = math.Float64frombits(binary.BigEndian.Uint64(data[14:]))
		data = data[22:]
		d, k := binary.Varint(data)
		r.delta = d
		data = data[k:]
		l, k := binary.Uvarint(data)
		data = data[k:]
		r.name = string(data[:l])
		data = data[l:]
		count++
		ids += r.id ^ uint64(r.kind) ^ uint64(r.flags)
		scores += r.score
		deltas += r.delta
		nameBytes += len(r.name)
	}
	return count, ids, scores, deltas, nameBytes
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	names := []string{"alpha", "beta", "gamma-delta", "", "a much longer record name"}
	var buf bytes.Buffer
	scratch := make([]byte, 0, 32)
	for i := 0; i < n; i++ {
		r := record{
			id:    uint64(i) * 2654435761,
			kind:  uint16(i % 7),
			flags: uint32(i * 31),
			delta: int64(i%2001) - 1000,
			score: float64(i) / 8,
			name:  names[i%len(names)],
		}
		scratch = encode(&buf, &r, scratch)
	}
	data := buf.Bytes()
	var le uint64
	for i := 0; i+8 <= len(data); i += 8 {
		le += binary.LittleEndian.Uint64(data[i:])
	}
	count, ids, scores, deltas, nb := decode(data)
	fmt.Println("bytes", len(data), "le", le)
	fmt.Println("records", count, "ids", ids, "deltas", deltas, "names", nb)
	fmt.Printf("scores %.3f\n", scores)
}
