package tfplan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxPlanDepth is the deepest nesting of objects and arrays Read accepts:
// encoding/json's own limit.
const maxPlanDepth = 10000

// utf8BOM is the UTF-8 encoding of U+FEFF, the byte-order mark.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// checkDocument rejects, with an error wrapping ErrFormat, what the
// decoder would read loosely or with a confusing message: a byte-order
// mark, bytes that are not UTF-8 (the decoder replaces them with U+FFFD),
// an object with a key twice (the decoder keeps the last, so that
// "region":"eu-west-1","region":"cn-north-1" reads as Beijing, where
// another reader may keep the first), and nesting past maxPlanDepth.
// Syntax errors are left to the decoder to report.
func checkDocument(plan []byte) error {
	if bytes.HasPrefix(plan, utf8BOM) {
		return fmt.Errorf("%w: the document starts with a UTF-8 byte-order mark; save it without one", ErrFormat)
	}
	if !utf8.Valid(plan) {
		off := 0
		for off < len(plan) {
			r, size := utf8.DecodeRune(plan[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("%w: the document is not valid UTF-8 (byte offset %d)", ErrFormat, off)
	}
	return checkKeys(plan)
}

// A keyFrame is an object or array open in checkKeys's walk.
type keyFrame struct {
	object bool
	// wantKey is set in an object when the next token is a key or its end.
	wantKey bool
	// key is the object's current key, index the array's current index.
	key   string
	index int
	// keys holds the object's keys while they are few, set once they
	// are more.
	keys []string
	set  map[string]struct{}
}

// smallKeys is the most keys of an object checkKeys compares one by one.
const smallKeys = 16

func (f *keyFrame) reset(object bool) {
	f.object, f.wantKey, f.key, f.index = object, object, "", 0
	f.keys = f.keys[:0]
	f.set = nil // a fresh map for the next large object: clearing a large one per small object would cost its size
}

// add records key in the object and reports whether it was there already.
func (f *keyFrame) add(key string) bool {
	if f.set != nil {
		if _, dup := f.set[key]; dup {
			return true
		}
		f.set[key] = struct{}{}
		return false
	}
	for _, k := range f.keys {
		if k == key {
			return true
		}
	}
	f.keys = append(f.keys, key)
	if len(f.keys) > smallKeys {
		f.set = make(map[string]struct{}, 2*len(f.keys))
		for _, k := range f.keys {
			f.set[k] = struct{}{}
		}
	}
	return false
}

// checkKeys walks the document's tokens, keeping the path to the current
// value on an explicit stack (no recursion), and rejects an object with a
// key twice, saying which key and where, and nesting past maxPlanDepth. It
// stops silently at a syntax error, which the decoder reports. Scalar
// values are skipped whole into one reused buffer rather than read as
// tokens, which would allocate each.
func checkKeys(plan []byte) error {
	dec := json.NewDecoder(bytes.NewReader(plan))
	var skip json.RawMessage
	var stack []keyFrame
	depth := 0
	valueDone := func() {
		if depth > 0 {
			if f := &stack[depth-1]; f.object {
				f.wantKey = true
			} else {
				f.index++
			}
		}
	}
	for {
		if depth == 0 || !stack[depth-1].wantKey {
			// A value, or the end of an array, is next: skip a scalar.
			if c := nextByte(plan, dec.InputOffset()); c != '{' && c != '[' && c != ']' && c != 0 {
				if dec.Decode(&skip) != nil {
					return nil
				}
				valueDone()
				continue
			}
		}
		tok, err := dec.Token()
		if err != nil {
			return nil // the end, or a syntax error for the decoder to report
		}
		if depth > 0 && stack[depth-1].wantKey {
			f := &stack[depth-1]
			key, ok := tok.(string)
			if !ok { // '}'
				depth--
				valueDone()
				continue
			}
			if f.add(key) {
				return fmt.Errorf("%w: key %q appears twice in the object at %s (byte offset %d); readers disagree on which to take",
					ErrFormat, key, pointer(stack[:depth-1]), keyStart(plan, dec.InputOffset()))
			}
			f.key, f.wantKey = key, false
			continue
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			if depth == maxPlanDepth {
				return fmt.Errorf("%w: nested deeper than %d levels (byte offset %d)", ErrFormat, maxPlanDepth, dec.InputOffset()-1)
			}
			if depth == len(stack) {
				stack = append(stack, keyFrame{})
			}
			stack[depth].reset(tok == json.Delim('{'))
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
			valueDone()
		default:
			valueDone()
		}
	}
}

// nextByte returns the first byte at or after off that is not
// whitespace or a separator (",", ":"), or 0 at the end.
func nextByte(plan []byte, off int64) byte {
	for i := off; i < int64(len(plan)); i++ {
		switch c := plan[i]; c {
		case ' ', '\t', '\r', '\n', ',', ':':
		default:
			return c
		}
	}
	return 0
}

// pointer is the JSON pointer (RFC 6901) of the value the frames lead to:
// each frame's current key or index; "/" for the document itself.
func pointer(frames []keyFrame) string {
	if len(frames) == 0 {
		return "/"
	}
	var b strings.Builder
	for _, f := range frames {
		b.WriteByte('/')
		if f.object {
			b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(f.key))
		} else {
			b.WriteString(strconv.Itoa(f.index))
		}
	}
	return b.String()
}

// keyStart returns where the key that ends at offset end starts: the
// opening quote before it (keys hold no unescaped quote).
func keyStart(plan []byte, end int64) int64 {
	if end <= 0 || end > int64(len(plan)) {
		return end
	}
	// end is just past the closing quote; find the opening one.
	i := end - 2
	for i >= 0 {
		if plan[i] == '"' {
			// An escaped quote has an odd number of backslashes before it.
			n := 0
			for j := i - 1; j >= 0 && plan[j] == '\\'; j-- {
				n++
			}
			if n%2 == 0 {
				return i
			}
		}
		i--
	}
	return end
}
