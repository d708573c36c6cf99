package main

// bytes.Buffer as a serialiser and parser: records are written with
// WriteString/WriteByte/Write, read back line by line with ReadString
// and ReadBytes, split with bytes.Split/Fields, searched with
// bytes.Index/Contains/Count, and the buffer is Reset and reused.

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 30000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var buf bytes.Buffer
	var num []byte
	sum, fields, hits, lines := 0, 0, 0, 0
	h := uint32(2166136261)
	for round := 0; round < n; round++ {
		buf.Reset()
		for i := 0; i < 100; i++ {
			buf.WriteString("rec ")
			num = strconv.AppendInt(num[:0], int64(round*100+i), 10)
			buf.Write(num)
			buf.WriteByte(' ')
			buf.WriteString("key=")
			buf.WriteString(strconv.Itoa(i * 7 % 13))
			if i%3 == 0 {
				buf.WriteString(" flag")
			}
			buf.WriteByte('\n')
		}
		data := buf.Bytes()
		hits += bytes.Count(data, []byte("flag"))
		if bytes.Contains(data, []byte("key=12")) {
			hits++
		}
		for {
			line, err := buf.ReadBytes('\n')
			if err != nil {
				break
			}
			lines++
			f := bytes.Fields(line)
			fields += len(f)
			v, _ := strconv.Atoi(string(f[1]))
			sum += v % 1000
			if i := bytes.Index(line, []byte("key=")); i >= 0 {
				k, _ := strconv.Atoi(string(bytes.TrimSpace(line[i+4 : i+6])))
				sum += k
			}
			for _, c := range line {
				h = (h ^ uint32(c)) * 16777619
			}
		}
	}
	var out bytes.Buffer
	parts := bytes.Split([]byte("a,bb,ccc,dddd"), []byte(","))
	out.Write(bytes.Join(parts, []byte("|")))
	out.WriteString(" ")
	out.WriteString(strconv.Itoa(len(parts)))
	s, _ := out.ReadString(' ')
	fmt.Println(lines, fields, hits, sum, h, s, out.String())
}
