package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
)

func orders() {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		fmt.Println(o, o.String(), o.Uint16(b), o.Uint32(b), o.Uint64(b), o.Uint64(b[1:]))
		buf := make([]byte, 8)
		o.PutUint16(buf, 0xabcd)
		fmt.Println(buf)
		o.PutUint32(buf, 0xdeadbeef)
		fmt.Println(buf)
		o.PutUint64(buf, 0x0102030405060708)
		fmt.Println(buf)
		o.PutUint64(buf, math.MaxUint64)
		fmt.Println(buf, o.Uint64(buf))
	}
	for _, o := range []binary.AppendByteOrder{binary.LittleEndian, binary.BigEndian} {
		var out []byte
		out = o.AppendUint16(out, 0x1234)
		out = o.AppendUint32(out, 0x56789abc)
		out = o.AppendUint64(out, 0xfedcba9876543210)
		fmt.Println(o, out)
	}
	fmt.Printf("%v %+v %#v %s\n", binary.LittleEndian, binary.BigEndian, binary.BigEndian, binary.LittleEndian)
}

func varints() {
	uvals := []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1<<32 - 1, 1 << 56, 1<<63 - 1, 1 << 63, math.MaxUint64}
	for _, v := range uvals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, v)
		a := binary.AppendUvarint([]byte{0xee}, v)
		x, m := binary.Uvarint(buf[:n])
		_, short := binary.Uvarint(buf[:n-1])
		r, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		fmt.Println(v, n, buf[:n], a, x, m, short, r, err)
	}
	ivals := []int64{0, 1, -1, 63, -64, 64, -65, 1000, -1000, math.MaxInt64, math.MinInt64}
	for _, v := range ivals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, v)
		a := binary.AppendVarint(nil, v)
		x, m := binary.Varint(buf[:n])
		r, err := binary.ReadVarint(bytes.NewReader(a))
		fmt.Println(v, n, buf[:n], a, x, m, r, err)
	}
	bad := [][]byte{
		{},
		{0x80},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
	}
	for _, b := range bad {
		x, n := binary.Uvarint(b)
		y, m := binary.Varint(b)
		r, err := binary.ReadUvarint(bytes.NewReader(b))
		s, err2 := binary.ReadVarint(bytes.NewReader(b))
		fmt.Println(x, n, y, m, r, err, s, err2)
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
}

func readWrite() {
	var buf bytes.Buffer
	i16 := int16(-2)
	f32 := float32(1.5)
	items := []any{true, int8(-3), uint8(200), int16(-300), uint16(65000), int32(-70000), uint32(4000000000),
		int64(-1), uint64(1 << 40), float32(3.25), float64(-2.5e100), &i16, &f32,
		[]bool{true, false}, []int8{-1, 2}, []uint8{9, 8}, []int16{-5, 5}, []uint16{7}, []int32{-9}, []uint32{1, 2},
		[]int64{-7}, []uint64{3}, []float32{0.5}, []float64{math.Pi}, []int32{}}
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		buf.Reset()
		for _, it := range items {
			if err := binary.Write(&buf, o, it); err != nil {
				fmt.Println("write error", err)
			}
		}
		fmt.Println(binary.Size(items[3]), binary.Size(items[14]), binary.Size(&i16), buf.Len(), buf.Bytes())
		var b bool
		var a int8
		var u uint8
		var s int16
		var us uint16
		var i int32
		var ui uint32
		var l int64
		var ul uint64
		var f float32
		var d float64
		for _, p := range []any{&b, &a, &u, &s, &us, &i, &ui, &l, &ul, &f, &d} {
			if err := binary.Read(&buf, o, p); err != nil {
				fmt.Println("read error", err)
			}
		}
		fmt.Println(b, a, u, s, us, i, ui, l, ul, f, d)
		rest := make([]int16, 3)
		bs := make([]bool, 2)
		f64 := make([]float64, 1)
		fmt.Println(binary.Read(&buf, o, rest), binary.Read(&buf, o, bs), rest, bs)
		fmt.Println(binary.Read(&buf, o, make([]byte, 40)), binary.Read(&buf, o, f64), f64)
	}
	fmt.Println(binary.Write(&buf, binary.BigEndian, 5))
	fmt.Println(binary.Write(&buf, binary.BigEndian, "x"))
	fmt.Println(binary.Read(&buf, binary.BigEndian, int32(5)))
	var p uint32
	fmt.Println(binary.Read(strings.NewReader("ab"), binary.BigEndian, &p), p)
	fmt.Println(binary.Read(strings.NewReader(""), binary.BigEndian, &p), p)
	fmt.Println(binary.Size(7), binary.Size("s"), binary.Size([]int{1}))
}

func short() {
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.BigEndian.Uint32([]byte{1, 2})
}

func shortPut() {
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.PutUvarint(make([]byte, 2), 1<<20)
}

func main() {
	orders()
	varints()
	readWrite()
	short()
	shortPut()
}
