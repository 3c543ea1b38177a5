package jsondoc

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Position is a place in a document: a byte offset, and its 1-based
// line and column, the column counted in bytes.
type Position struct {
	Offset       int
	Line, Column int
}

// locateDepth bounds the nesting Locate reads through.
const locateDepth = 1 << 16

// Locate returns, for each of the JSON pointers (RFC 6901, escaped), where
// the value it names starts in the JSON document data, or where its
// nearest existing ancestor starts when it names nothing (the root at
// least: where the document's first value starts, or its end). It reads
// the document once, descending only into the values on the way to one of
// the pointers and skipping the rest; in a document that does not parse,
// or nests deeper than 65,536 levels, it gives what it read before the
// problem. Of a key given twice, the first is taken. A string that is not
// a pointer (no leading "/") gives the root.
func Locate(data []byte, pointers []string) map[string]Position {
	// want holds every pointer asked for and its ancestors, each marked
	// with whether a pointer asked for lies below it.
	want := make(map[string]bool, len(pointers)+1)
	for _, p := range pointers {
		if _, ok := want[p]; !ok {
			want[p] = false
		}
		for q := p; q != ""; {
			j := strings.LastIndexByte(q, '/')
			if j < 0 {
				j = 0
			}
			q = q[:j]
			if want[q] {
				break // its ancestors are in already
			}
			want[q] = true
		}
	}
	found := walk(data, want)
	offs := make([]int, len(pointers))
	for k, p := range pointers {
		q := p
		for {
			if off, ok := found[q]; ok {
				offs[k] = off
				break
			}
			j := strings.LastIndexByte(q, '/')
			if j < 0 {
				j = 0
			}
			q = q[:j]
		}
	}
	out := make(map[string]Position, len(pointers))
	fillPositions(data, len(offs), func(k int) int { return offs[k] }, func(k, line, col int) {
		out[pointers[k]] = Position{Offset: offs[k], Line: line, Column: col}
	})
	return out
}

// walk returns the offsets of the values of data whose pointers are in
// want (the root always), descending into those want marks.
func walk(data []byte, want map[string]bool) map[string]int {
	type frame struct {
		kind   byte
		ptrLen int
		n      int
	}
	i := skipSpace(data, 0)
	found := map[string]int{"": i}
	if i >= len(data) || !want[""] || data[i] != '{' && data[i] != '[' {
		return found
	}
	sk := skipper{data: data, maxDepth: locateDepth}
	st := []frame{{kind: data[i]}}
	var ptr, scratch []byte
	i++
	for len(st) > 0 {
		top := &st[len(st)-1]
		i = skipSpace(data, i)
		if i >= len(data) {
			return found
		}
		c := data[i]
		closer := byte(']')
		if top.kind == '{' {
			closer = '}'
		}
		if c == closer {
			st = st[:len(st)-1]
			i++
			continue
		}
		if top.n > 0 {
			if c != ',' {
				return found
			}
			i = skipSpace(data, i+1)
		}
		top.n++
		ptr = append(ptr[:top.ptrLen], '/')
		if top.kind == '{' {
			if i >= len(data) || data[i] != '"' {
				return found
			}
			end, escaped, _, err := scanString(data, i, 0)
			if err != nil {
				return found
			}
			key := data[i+1 : end-1]
			if escaped {
				scratch = appendUnescaped(scratch[:0], key)
				key = scratch
			}
			ptr = appendToken(ptr, key)
			i = skipSpace(data, end)
			if i >= len(data) || data[i] != ':' {
				return found
			}
			i = skipSpace(data, i+1)
		} else {
			ptr = strconv.AppendInt(ptr, int64(top.n-1), 10)
		}
		if i >= len(data) || !valueStarts(data[i]) {
			return found
		}
		below, wanted := want[string(ptr)]
		if wanted {
			if _, dup := found[string(ptr)]; dup {
				below = false // a repeated key: the first was taken
			} else {
				found[string(ptr)] = i
			}
		}
		if below && (data[i] == '{' || data[i] == '[') && len(st) < locateDepth {
			st = append(st, frame{kind: data[i], ptrLen: len(ptr)})
			i++
			continue
		}
		end, err := sk.value(i, 0)
		if err != nil {
			return found
		}
		i = end
	}
	return found
}

// fillPositions computes the lines and columns of n offsets (off(k)) in
// one pass over data, in offset order, and passes each to set.
func fillPositions(data []byte, n int, off func(k int) int, set func(k, line, col int)) {
	order := make([]int, n)
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return off(a) - off(b) })
	line, lineStart, pos := 1, 0, 0
	for _, k := range order {
		o := min(max(off(k), 0), len(data))
		for {
			j := bytes.IndexByte(data[pos:o], '\n')
			if j < 0 {
				break
			}
			pos += j + 1
			line, lineStart = line+1, pos
		}
		pos = o
		set(k, line, o-lineStart+1)
	}
}

// A LineIndex turns byte offsets of a document into lines and columns,
// for many lookups: it holds where each line starts. It is not safe for
// concurrent use (RuneColumn keeps a cursor).
type LineIndex struct {
	data   []byte
	starts []int // offset of the first byte of each line
	// The last RuneColumn lookup, to go on from.
	lastOff, lastCol int
}

// NewLineIndex indexes the lines of data; lines end at '\n'.
func NewLineIndex(data []byte) *LineIndex {
	li := &LineIndex{data: data, starts: make([]int, 1, bytes.Count(data, []byte{'\n'})+1)}
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		li.starts = append(li.starts, off)
	}
	li.lastOff, li.lastCol = -1, 0
	return li
}

// line returns the 0-based line of offset off (clamped to the data).
func (li *LineIndex) line(off int) int {
	n, _ := slices.BinarySearch(li.starts, off+1)
	return n - 1
}

// Position returns the line and byte column of offset off.
func (li *LineIndex) Position(off int) Position {
	off = min(max(off, 0), len(li.data))
	l := li.line(off)
	return Position{Offset: off, Line: l + 1, Column: off - li.starts[l] + 1}
}

// RuneColumn returns the 1-based column of offset off in Unicode code
// points (as SARIF counts), an invalid byte counting as one. Lookups in
// increasing offset order cost, together, one reading of the document.
func (li *LineIndex) RuneColumn(off int) int {
	off = min(max(off, 0), len(li.data))
	start := li.starts[li.line(off)]
	from, col := start, 1
	// Go on from the last lookup on this line if it was at a character's
	// start: then the counts add up.
	if li.lastOff >= start && li.lastOff <= off && (li.lastOff == len(li.data) || utf8.RuneStart(li.data[li.lastOff])) {
		from, col = li.lastOff, li.lastCol
	}
	col += utf8.RuneCount(li.data[from:off])
	li.lastOff, li.lastCol = off, col
	return col
}
