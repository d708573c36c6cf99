// Package tabwriter: a filter that aligns tab-terminated cells into
// columns (Go 1.19's text/tabwriter, byte-for-byte the same output).
//
// Write splits its input into lines of cells: a cell ends at '\t' (or
// '\v', a "soft" cell that DiscardEmptyColumns may drop), a line at '\n'
// or '\f'. The text of all cells is kept in one buffer; each cell records
// its size in bytes and width in runes (escaped text, HTML tags and
// entities counted as Go counts them). A column is a run of adjacent lines
// that all have a cell at that index terminated by a tab; the last cell
// of a line is not part of a column. Output is produced (format.cs) when
// a line without tabs ends a block, at '\f', or on Flush.
//
// Write errors of the underlying writer end the current formatting and
// are returned; Flush then discards what was buffered, as Go does.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// Formatting flags.
const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

// Escape brackets text that is passed through as one unit: its tabs and
// newlines are not cell terminators and, unless StripEscape, the Escape
// bytes are written but not counted in the width.
const Escape = '\xff'

type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer is a filter that aligns its input's columns; use NewWriter or
// Init before the first Write.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	buf     []byte   // the text of the cells, without terminators
	pos     int      // buf[:pos] is counted in cell.width
	cell    cell     // the cell being collected
	endChar byte     // the byte ending the current escape, or 0
	lines   [][]cell // the buffered lines; the last is being collected
	widths  []int    // column widths while formatting, one per open column
	err     error    // the first write error of the formatting under way
}

// NewWriter allocates and initializes a Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init sets up b: cells are at least minwidth wide plus padding bytes of
// padchar; with padchar '\t' cells are padded with tabs of tabwidth
// columns and alignment is left.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	b.padchar = padchar
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.lines = append(b.lines, nil)
}

// appendText adds text to the current cell.
func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes added to the cell since the last count.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// terminateCell ends the current cell and returns the number of cells of
// the current line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cell)
	b.cell = cell{}
	return len(b.lines[last])
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape closes an escape: escaped text counts its runes less the two
// Escape bytes (when they are kept), a tag counts nothing, an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// Write collects buf into cells, formatting and writing out the lines
// when a block of columns is complete.
func (b *Writer) Write(buf []byte) (n int, err error) {
	n = 0
	for i, ch := range buf {
		if b.endChar != 0 {
			if ch == b.endChar {
				j := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					j = i
				}
				b.appendText(buf[n:j])
				n = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.appendText(buf[n:i])
			b.updateWidth()
			n = i + 1
			if err := b.endCell(ch); err != nil {
				return n, err
			}
		case Escape:
			b.appendText(buf[n:i])
			b.updateWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.appendText(buf[n:])
	return len(buf), nil
}

// endCell handles a cell terminator; a line break ends the line, and the
// buffered lines are written out at '\f' or after a line with no tabs.
func (b *Writer) endCell(ch byte) error {
	ncells := b.terminateCell(ch == '\t')
	if ch != '\n' && ch != '\f' {
		return nil
	}
	b.lines = append(b.lines, nil)
	if ch == '\f' || ncells == 1 {
		b.flushLines()
		if ch == '\f' && b.flags&Debug != 0 {
			b.write([]byte("---\n"))
		}
	}
	err := b.err
	b.err = nil
	return err
}

// Flush writes out everything buffered, the unterminated last cell
// included; call it after the last Write.
func (b *Writer) Flush() error {
	b.flushLines()
	err := b.err
	b.err = nil
	if err != nil {
		b.reset()
	}
	return err
}

// flushLines formats and writes the buffered lines, ending the cell
// under way, and empties the buffer.
func (b *Writer) flushLines() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	if b.err == nil {
		b.reset()
	}
}
