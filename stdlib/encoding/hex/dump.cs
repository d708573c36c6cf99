// Dumper: a writer that formats what it is given as `hexdump -C` does,
// as Go 1.19's does:
//
//	00000010  2e 2f 30 31 32 33 34 35  36 37 38 39 3a 3b 3c 3d  |./0123456789:;<=|
//
// A line's offset is written when its first byte arrives and each byte's
// hex as it arrives; the printable-ASCII column goes out when the line is
// full, or at Close, which pads a short last line's hex columns.
package hex

import (
	"errors"
	"io"
)

// Dumper returns a WriteCloser that writes a hex dump of all written
// data to w.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

type dumper struct {
	w      io.Writer
	ascii  [18]byte // the line's characters, then "|\n"
	used   int      // bytes in the current line
	offset uint32   // bytes before the current one, in all
	closed bool
}

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

// separator returns what follows the hex of a line's byte number `col`:
// a space, two after the eighth byte, two and the bar after the last.
func separator(col int) string {
	switch col {
	case 7:
		return "  "
	case 15:
		return "  |"
	}
	return " "
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if h.used == 0 {
			off := []byte{byte(h.offset >> 24), byte(h.offset >> 16), byte(h.offset >> 8), byte(h.offset)}
			if _, err = io.WriteString(h.w, EncodeToString(off)+"  "); err != nil {
				return
			}
		}
		if _, err = io.WriteString(h.w, EncodeToString([]byte{b})+separator(h.used)); err != nil {
			return
		}
		n++
		h.ascii[h.used] = printable(b)
		h.used++
		h.offset++
		if h.used == 16 {
			h.used = 0
			if _, err = h.writeASCII(16); err != nil {
				return
			}
		}
	}
	return
}

func (h *dumper) writeASCII(n int) (int, error) {
	h.ascii[n] = '|'
	h.ascii[n+1] = '\n'
	return h.w.Write(h.ascii[:n+2])
}

// Close finishes a partial last line. Closing twice does nothing.
func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	n := h.used
	for ; h.used < 16; h.used++ {
		if _, err = io.WriteString(h.w, "  "+separator(h.used)); err != nil {
			return
		}
	}
	_, err = h.writeASCII(n)
	return
}
