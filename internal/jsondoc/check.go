package jsondoc

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"strconv"
)

// CheckOptions shape Check.
type CheckOptions struct {
	// MaxDepth is the deepest nesting of objects and arrays; a root
	// object or array is at depth 1. 0 is no limit: the check then keeps
	// a few words of memory per level open, however deep.
	MaxDepth int
	// Errors are the errors problems wrap.
	Errors Errors
}

// Check checks, without decoding it, that data is one JSON value (RFC
// 8259) in UTF-8 with no byte-order mark, that no object in it has a key
// twice, and that it nests no deeper than opts.MaxDepth. Keys are compared
// decoded, as encoding/json decodes them: "a" and "\u0061" are the same
// key, and so are a lone surrogate escape and U+FFFD. Check reads data
// once, iteratively, and allocates only the stack of open objects and
// arrays and the keys of the open objects (those of more than 16 keys
// indexed by a hash table), never per value; it never panics.
//
// It reports the first problem, in document order, as the one Problem of
// a stopped Result: of kind Syntax at the first byte that is not JSON (of
// an invalid UTF-8 sequence, for one), Limit at the '{' or '[' one level
// too deep, or Schema for a key given twice, at that second key, with the
// Pointer of the member (the object's pointer and the key, which
// SplitPointer takes apart). A Result that lists no problem is OK.
func Check(data []byte, opts CheckOptions) *Result {
	c := checker{data: data, maxDepth: opts.MaxDepth, keys: make([]keyRef, 0, 64), seed: maphash.MakeSeed()}
	err, level := c.run()
	res := &Result{limitErr: opts.Errors.Limit}
	if err == nil {
		return res
	}
	e := opts.Errors.forKind(err.kind)
	p := Problem{Kind: err.kind, Pointer: c.pointer(level), Offset: err.off, Err: fmt.Errorf("%w: %s", e, err.msg)}
	fillPositions(data, 1, func(int) int { return p.Offset }, func(_, line, col int) { p.Line, p.Column = line, col })
	res.Problems = []Problem{p}
	res.Stopped = true
	return res
}

// forKind returns the error problems of kind k wrap: the caller's, or
// the package's.
func (e *Errors) forKind(k Kind) error {
	var err, def error
	switch k {
	case Syntax:
		err, def = e.Syntax, ErrSyntax
	case Schema:
		err, def = e.Schema, ErrSchema
	case Limit:
		err, def = e.Limit, ErrLimit
	case Missing:
		err, def = e.Missing, ErrMissing
	default:
		err, def = e.Invalid, ErrInvalid
	}
	if err == nil {
		return def
	}
	return err
}

// smallKeys is the most keys of an object compared one by one; the keys of
// a larger one are indexed by a hash table.
const smallKeys = 16

// checker is the state of one Check.
type checker struct {
	data     []byte
	maxDepth int
	stack    []checkFrame
	// keys holds the keys of the open objects, outermost first: each
	// object's keys in a run from its frame's keys index. arena holds the
	// decoded text of those with escapes, in the same order.
	keys  []keyRef
	arena []byte
	// tables are the hash tables of large objects, by depth, reused from
	// one object to the next at the same depth. A slot holds 1 + the
	// index of a key in its object's run, or 0 when empty.
	tables [][]uint32
	seed   maphash.Seed
}

// A checkFrame is an object or array open in the check.
type checkFrame struct {
	object bool
	// n counts the members or elements begun.
	n int
	// Of an object: where its keys and their decoded text start in
	// checker.keys and checker.arena, and the size of its hash table in
	// checker.tables (0 while it has none).
	keys, arena, table int
}

// A keyRef is an object key of the document.
type keyRef struct {
	n int // the length of its decoded text
	// at is where its decoded text starts: in the document (past the
	// opening quote) when it has no escapes, else in checker.arena.
	at      int
	escaped bool
}

// text returns the decoded text of key k.
func (c *checker) text(k *keyRef) []byte {
	if k.escaped {
		return c.arena[k.at : k.at+k.n]
	}
	return c.data[k.at : k.at+k.n]
}

// run checks the document. At a problem it returns the problem and the
// level of its pointer: the pointer leads through the current member or
// element of each of the first level frames of the stack.
func (c *checker) run() (*scanError, int) {
	data := c.data
	i := skipSpace(data, 0)
	switch {
	case i == len(data):
		return syntaxAt(0, "empty document"), 0
	case bytes.HasPrefix(data[i:], bom):
		return syntaxAt(i, "the document starts with a byte-order mark (U+FEFF), which JSON does not allow"), 0
	}
	for {
		// A value starts at i, after whitespace.
		if i >= len(data) {
			return c.eof()
		}
		switch ch := data[i]; ch {
		case '{', '[':
			if c.maxDepth > 0 && len(c.stack) >= c.maxDepth {
				return &scanError{kind: Limit, off: i, msg: fmt.Sprintf("nested deeper than %d levels", c.maxDepth)}, len(c.stack)
			}
			c.stack = append(c.stack, checkFrame{object: ch == '{', keys: len(c.keys), arena: len(c.arena)})
			i = skipSpace(data, i+1)
			if i >= len(data) {
				return c.eof()
			}
			if ch == '[' {
				if data[i] == ']' {
					c.stack = c.stack[:len(c.stack)-1]
					i++
					break // to after the value
				}
				c.stack[len(c.stack)-1].n = 1
				continue
			}
			if data[i] == '}' {
				c.stack = c.stack[:len(c.stack)-1]
				i++
				break
			}
			if data[i] != '"' {
				return unexpected(data, i, "where an object key (a string) or '}' should be"), len(c.stack) - 1
			}
			var err *scanError
			var level int
			if i, err, level = c.key(i); err != nil {
				return err, level
			}
			continue
		case '"':
			end, _, _, err := scanString(data, i, 0)
			if err != nil {
				return err, len(c.stack)
			}
			i = end
		case 't', 'f', 'n':
			lit := "null"
			if ch == 't' {
				lit = "true"
			} else if ch == 'f' {
				lit = "false"
			}
			end, err := scanLiteral(data, i, lit)
			if err != nil {
				return err, len(c.stack)
			}
			i = end
		default:
			if ch != '-' && (ch < '0' || ch > '9') {
				return unexpected(data, i, "where a value should start"), len(c.stack)
			}
			end, _, err := scanNumber(data, i)
			if err != nil {
				return err, len(c.stack)
			}
			i = end
		}
		// After a value: close what ends here, then go on to the next
		// member or element, or to the end of the document.
	after:
		for {
			if len(c.stack) == 0 {
				j := skipSpace(data, i)
				switch {
				case j == len(data):
					return nil, 0
				case valueStarts(data[j]):
					return syntaxAt(j, "more than one JSON value in the document"), 0
				}
				return unexpected(data, j, "after the top-level value"), 0
			}
			i = skipSpace(data, i)
			if i >= len(data) {
				return c.eof()
			}
			top := &c.stack[len(c.stack)-1]
			ch := data[i]
			switch {
			case ch == ',':
				i = skipSpace(data, i+1)
				if !top.object {
					top.n++
					break after
				}
				if i >= len(data) {
					return c.eof()
				}
				if data[i] != '"' {
					return unexpected(data, i, "where an object key (a string) should start"), len(c.stack) - 1
				}
				var err *scanError
				var level int
				if i, err, level = c.key(i); err != nil {
					return err, level
				}
				break after
			case top.object && ch == '}':
				c.closeObject(top)
				i++
			case !top.object && ch == ']':
				c.stack = c.stack[:len(c.stack)-1]
				i++
			case top.object:
				return unexpected(data, i, "after an object member, where ',' or '}' should be"), len(c.stack) - 1
			default:
				return unexpected(data, i, "after an array element, where ',' or ']' should be"), len(c.stack) - 1
			}
		}
	}
}

// closeObject pops the innermost frame, the object f, and its keys.
func (c *checker) closeObject(f *checkFrame) {
	c.keys = c.keys[:f.keys]
	c.arena = c.arena[:f.arena]
	c.stack = c.stack[:len(c.stack)-1]
}

// eof is the problem at the end of a document that ends inside the
// innermost open object or array.
func (c *checker) eof() (*scanError, int) {
	if !c.stack[len(c.stack)-1].object {
		return syntaxAt(len(c.data), "the document ends inside an array"), len(c.stack) - 1
	}
	return syntaxAt(len(c.data), "the document ends inside an object"), len(c.stack) - 1
}

// key reads the key at data[i] of the innermost object, checks that the
// object does not have it already, and reads the colon after it. It
// returns the offset of the member's value, after whitespace, or a
// problem and its level.
func (c *checker) key(i int) (int, *scanError, int) {
	data := c.data
	end, escaped, n, err := scanString(data, i, 0)
	if err != nil {
		return 0, err, len(c.stack) - 1
	}
	f := &c.stack[len(c.stack)-1]
	f.n++
	k := keyRef{n: n, at: i + 1}
	if escaped {
		k.at, k.escaped = len(c.arena), true
		c.arena = appendUnescaped(c.arena, data[i+1:end-1])
		k.n = len(c.arena) - k.at
	}
	c.keys = append(c.keys, k)
	if c.repeated(f) {
		return 0, &scanError{kind: Schema, off: i, msg: fmt.Sprintf("key %s appears twice in the object", Quote(string(c.text(&k))))}, len(c.stack)
	}
	i = skipSpace(data, end)
	if i >= len(data) {
		return 0, syntaxAt(len(data), "the document ends inside an object"), len(c.stack) - 1
	}
	if data[i] != ':' {
		return 0, unexpected(data, i, "after an object key, where ':' should be"), len(c.stack)
	}
	return skipSpace(data, i+1), nil, 0
}

// repeated reports whether the last key of object f, the innermost open
// one, is one of its earlier keys. It indexes the keys of an object in a
// hash table once they are more than smallKeys.
func (c *checker) repeated(f *checkFrame) bool {
	keys := c.keys[f.keys:]
	last := len(keys) - 1
	k := &keys[last]
	if f.table == 0 {
		text := c.text(k)
		for j := range keys[:last] {
			if o := &keys[j]; o.n == k.n && bytes.Equal(c.text(o), text) {
				return true
			}
		}
		if len(keys) > smallKeys {
			c.index(f, 4*len(keys))
		}
		return false
	}
	t := c.tables[len(c.stack)-1][:f.table]
	slot, dup := c.find(t, keys, k)
	if dup {
		return true
	}
	t[slot] = uint32(last + 1)
	if 2*len(keys) > f.table {
		c.index(f, 2*f.table)
	}
	return false
}

// index (re)builds the hash table of object f, the innermost open one,
// with size slots (a power of two), from its keys, which are distinct.
func (c *checker) index(f *checkFrame, size int) {
	size = 1 << bitsFor(size)
	d := len(c.stack) - 1
	for len(c.tables) <= d {
		c.tables = append(c.tables, nil)
	}
	t := c.tables[d]
	if cap(t) < size {
		t = make([]uint32, size)
		c.tables[d] = t
	} else {
		t = t[:size]
		clear(t)
	}
	f.table = size
	keys := c.keys[f.keys:]
	for j := range keys {
		slot, _ := c.find(t, keys[:j], &keys[j])
		t[slot] = uint32(j + 1)
	}
}

// bitsFor returns the number of bits of n-1: 1<<bitsFor(n) >= n.
func bitsFor(n int) uint {
	b := uint(0)
	for 1<<b < n {
		b++
	}
	return b
}

// find looks key k up in hash table t of the keys keys: it returns the
// slot holding an equal key (dup set), or else the empty slot where k
// goes.
func (c *checker) find(t []uint32, keys []keyRef, k *keyRef) (slot int, dup bool) {
	text := c.text(k)
	mask := uint64(len(t) - 1)
	h := maphash.Bytes(c.seed, text) & mask
	for {
		s := t[h]
		if s == 0 {
			return int(h), false
		}
		if o := &keys[s-1]; o.n == k.n && bytes.Equal(c.text(o), text) {
			return int(h), true
		}
		h = (h + 1) & mask
	}
}

// pointer returns the JSON pointer of the current member or element of
// each of the first level frames.
func (c *checker) pointer(level int) string {
	var b []byte
	for i := range level {
		f := &c.stack[i]
		b = append(b, '/')
		if !f.object {
			b = strconv.AppendInt(b, int64(f.n-1), 10)
			continue
		}
		// The member being read is the object's last key, which is at
		// the end of the keys, or just before the next object's.
		end := len(c.keys)
		for j := i + 1; j < len(c.stack); j++ {
			if c.stack[j].object {
				end = c.stack[j].keys
				break
			}
		}
		if end > f.keys {
			b = appendToken(b, c.text(&c.keys[end-1]))
		}
	}
	return string(b)
}
