// Package tabwriter, output: laying the buffered lines out in columns.
//
// format(line0, line1) handles the lines [line0, line1) for column
// len(b.widths): the lines too short to have a cell in that column are
// written as they are; each maximal run of lines that has one forms a
// block whose width is the widest cell plus padding (at least minwidth),
// and that block is formatted recursively for the next column. So a
// column's width depends only on the adjacent lines that share it, as in
// Go. A write error stops all further output (b.err).
package tabwriter

import "io"

// write writes p to the output, unless an earlier write failed.
func (b *Writer) write(p []byte) {
	if b.err != nil {
		return
	}
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	b.err = err
}

// writeRepeated writes n copies of c.
func (b *Writer) writeRepeated(c byte, n int) {
	if n <= 0 {
		return
	}
	p := make([]byte, n)
	for i := range p {
		p[i] = c
	}
	b.write(p)
}

// writePadding pads a cell of textw runes to cellw: with padchar, or with
// tabs (whole tab stops) when padchar is '\t' or useTabs.
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padchar == '\t' || useTabs {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.writeRepeated('\t', (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeRepeated(b.padchar, cellw-textw)
}

// writeLines writes lines [line0, line1), whose text starts at buf[pos],
// with the current widths, and returns the position after them.
func (b *Writer) writeLines(pos int, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		useTabs := b.flags&TabIndent != 0
		for j, c := range b.lines[i] {
			if j > 0 && b.flags&Debug != 0 {
				b.write([]byte{'|'})
			}
			if c.size == 0 {
				// An empty cell: leading ones indent with tabs under TabIndent.
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight != 0 && j < len(b.widths) {
				b.writePadding(c.width, b.widths[j], false)
			}
			b.write(b.buf[pos : pos+c.size])
			pos += c.size
			if b.flags&AlignRight == 0 && j < len(b.widths) {
				b.writePadding(c.width, b.widths[j], false)
			}
		}
		if i+1 == len(b.lines) {
			// The last line is unterminated: its open cell follows.
			b.write(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write([]byte{'\n'})
		}
	}
	return pos
}

// format writes lines [line0, line1) for column len(b.widths) and the
// columns right of it; pos is where their text starts in buf.
func (b *Writer) format(pos int, line0, line1 int) int {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if !b.inColumn(this, column) {
			continue
		}
		// A block of lines with a cell in this column starts here.
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true
		for ; this < line1 && b.inColumn(this, column); this++ {
			c := b.lines[this][column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// inColumn reports whether line has a tab-terminated cell in column: a
// cell that is not the line's last.
func (b *Writer) inColumn(line, column int) bool {
	return column < len(b.lines[line])-1
}
