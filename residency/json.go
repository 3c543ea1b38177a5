package residency

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hashicorp/go-multierror"
)

// Limits on topology documents. A document that exceeds one is rejected
// with a clear error before it can exhaust memory.
const (
	// MaxDocumentBytes is the largest topology document ReadJSON and
	// DecodeJSON accept.
	MaxDocumentBytes = 512 << 20
	// MaxDepth is the deepest nesting of arrays and objects accepted. A
	// topology needs 5 levels; the limit leaves room and stops hostile
	// nesting.
	MaxDepth = 32
	// MaxElements is the most values (objects, arrays, strings, numbers)
	// a document may hold: enough for ten million stores.
	MaxElements = 200_000_000
	// MaxItems is the most datasets, entities, stores, flows or waivers a
	// topology may list, from a document or built in code; Validate and
	// Assess reject a larger one before doing any other work.
	MaxItems = 10_000_000
)

// ErrLimit is wrapped when a document exceeds one of the limits above.
var ErrLimit = errors.New("document exceeds a limit")

// ErrSchema is wrapped for a value of the wrong JSON type or a field the
// topology format does not have.
var ErrSchema = errors.New("does not fit the topology format")

// maxDocumentBytes and maxItems are MaxDocumentBytes and MaxItems,
// lowered by tests.
var (
	maxDocumentBytes = MaxDocumentBytes
	maxItems         = MaxItems
	// maxRefs bounds the dataset and custodian references of a topology's
	// stores and flows, so that the assessment's indexes stay within
	// int32 offsets.
	maxRefs = math.MaxInt32
)

// ReadJSON reads a topology document from r, at most MaxDocumentBytes, and
// decodes it with DecodeJSON.
func ReadJSON(r io.Reader) (*Topology, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(maxDocumentBytes)+1))
	if err != nil {
		return nil, fmt.Errorf("residency: reading topology: %w", err)
	}
	return DecodeJSON(data)
}

// DecodeJSON decodes a topology from its JSON document, strictly: fields
// the format does not have, values of the wrong type, codes, dates and
// names that do not parse, and every problem [Topology.Validate] finds are
// reported together, each a [*ValidationError] whose Path is a JSON pointer
// into the document and whose Line and Column locate it. The document must
// be UTF-8, one JSON object, within MaxDepth and MaxElements. DecodeJSON
// never panics, and returns a nil Topology with any error.
func DecodeJSON(data []byte) (*Topology, error) {
	if len(data) > maxDocumentBytes {
		return nil, &ValidationError{Err: fmt.Errorf("%w: the document is larger than %d bytes", ErrLimit, maxDocumentBytes)}
	}
	if !utf8.Valid(data) {
		return nil, &ValidationError{Path: "", Err: fmt.Errorf("%w: the document is not valid UTF-8", ErrSchema)}
	}
	root, err := parseTree(data)
	if err != nil {
		return nil, err
	}
	var e errs
	li := newLineIndex(data)
	check(&e, root, reflect.TypeFor[Topology](), "", li)
	if e.m == nil {
		var t Topology
		if err := json.Unmarshal(data, &t); err != nil {
			// check accepted the document, so this is a bug in check.
			return nil, fmt.Errorf("residency: internal error decoding a checked document: %w", err)
		}
		validateDecoded(&e, &t, root, li, nil)
		if e.m == nil {
			return &t, nil
		}
	} else if e.dropped == 0 && root.kind == '{' {
		// Decode what fits the format, the values check rejected left out,
		// so that the structural problems of the rest are reported with
		// the schema problems, not after the user has fixed those.
		bad := make(map[string]bool, len(e.m.Errors))
		for _, err := range e.m.Errors {
			bad[pathOf(err)] = true
		}
		var clean bytes.Buffer
		root.writeClean(&clean, "", bad)
		var t Topology
		if json.Unmarshal(clean.Bytes(), &t) == nil {
			validateDecoded(&e, &t, root, li, bad)
		}
	}
	slices.SortStableFunc(e.m.Errors, func(a, b error) int {
		return comparePointers(pathOf(a), pathOf(b))
	})
	e.truncated()
	return nil, e.m.ErrorOrNil()
}

// validateDecoded adds the problems Validate finds in t, located in the
// document, except those at or under a pointer in skip: a value left out
// of the decoding because it did not fit the format is already reported,
// and its absence is not a second problem.
func validateDecoded(e *errs, t *Topology, root *node, li *lineIndex, skip map[string]bool) {
	err := t.Validate()
	if err == nil {
		return
	}
	var m *multierror.Error
	if !errors.As(err, &m) {
		return
	}
	for _, x := range m.Errors {
		var ve *ValidationError
		if !errors.As(x, &ve) {
			continue
		}
		ptr := ve.Pointer()
		if skipped(ptr, skip) {
			continue
		}
		line, col := root.position(ptr, li)
		e.append(&ValidationError{Path: ptr, Err: ve.Err, Line: line, Column: col})
	}
}

// skipped reports whether ptr or one of its ancestors is in skip.
func skipped(ptr string, skip map[string]bool) bool {
	if len(skip) == 0 {
		return false
	}
	for {
		if skip[ptr] {
			return true
		}
		i := strings.LastIndexByte(ptr, '/')
		if i <= 0 {
			return skip["/"]
		}
		ptr = ptr[:i]
	}
}

// writeClean writes the document rooted at n as JSON, leaving out the
// object members whose pointers are in bad and writing null for such array
// elements, so that indexes, and with them pointers, stay as they were.
func (n *node) writeClean(b *bytes.Buffer, ptr string, bad map[string]bool) {
	switch n.kind {
	case '{':
		b.WriteByte('{')
		first := true
		for i, k := range n.keys {
			cp := ptr + "/" + escapeKey(k)
			if bad[cp] {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			writeString(b, k)
			b.WriteByte(':')
			n.kids[i].writeClean(b, cp, bad)
		}
		b.WriteByte('}')
	case '[':
		b.WriteByte('[')
		for i, kid := range n.kids {
			if i > 0 {
				b.WriteByte(',')
			}
			cp := ptr + "/" + strconv.Itoa(i)
			if bad[cp] {
				b.WriteString("null")
				continue
			}
			kid.writeClean(b, cp, bad)
		}
		b.WriteByte(']')
	case '"':
		writeString(b, n.str)
	case 'n', 'b':
		b.WriteString(n.str)
	default:
		b.WriteString("null")
	}
}

// writeString writes s as a JSON string.
func writeString(b *bytes.Buffer, s string) {
	q, _ := json.Marshal(s) // a string always marshals
	b.Write(q)
}

// comparePointers orders JSON pointers section by section as Validate
// orders paths.
func comparePointers(a, b string) int {
	conv := func(p string) string { return strings.ReplaceAll(strings.TrimPrefix(p, "/"), "/", ".") }
	return comparePaths(conv(a), conv(b))
}

// EncodeJSON writes t as an indented JSON document. Encoding is
// deterministic, and DecodeJSON of the output gives a topology equal to t
// (with empty lists read back as absent).
func EncodeJSON(w io.Writer, t *Topology) error {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return fmt.Errorf("residency: encoding topology: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// node is one value of a parsed document, with where it starts.
type node struct {
	kind   byte // '{', '[', '"', 'n' (number), 'b' (bool), '0' (null)
	offset int64
	str    string // string value, or number text
	keys   []string
	kids   []*node // object values (parallel to keys) or array elements
}

// parseTree parses data into a tree of nodes, iteratively, enforcing
// MaxDepth and MaxElements and reporting the first syntax error with its
// position.
func parseTree(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		n   *node
		key string
		has bool // for objects: a key has been read and awaits its value
	}
	var stack []*frame
	var root *node
	count := 0
	fail := func(err error) error {
		line, col := lineCol(data, dec.InputOffset())
		return &ValidationError{Path: "", Line: line, Column: col, Err: err}
	}
	for {
		offset := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line, col := lineCol(data, se.Offset)
				return nil, &ValidationError{Path: "", Line: line, Column: col, Err: fmt.Errorf("%w: %v", ErrSchema, err)}
			}
			return nil, fail(fmt.Errorf("%w: %v", ErrSchema, err))
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
			if top.n.kind == '{' && !top.has {
				key, _ := tok.(string) // the decoder guarantees object keys are strings
				top.key, top.has = key, true
				continue
			}
		}
		count++
		if count > MaxElements {
			return nil, fail(fmt.Errorf("%w: more than %d values", ErrLimit, MaxElements))
		}
		n := &node{offset: skipSpace(data, offset)}
		switch v := tok.(type) {
		case json.Delim:
			n.kind = byte(v)
		case string:
			n.kind, n.str = '"', v
		case json.Number:
			n.kind, n.str = 'n', string(v)
		case bool:
			n.kind, n.str = 'b', strconv.FormatBool(v)
		case nil:
			n.kind = '0'
		}
		switch {
		case top == nil:
			if root != nil {
				return nil, fail(fmt.Errorf("%w: more than one JSON value in the document", ErrSchema))
			}
			root = n
		case top.n.kind == '{':
			top.n.keys = append(top.n.keys, top.key)
			top.n.kids = append(top.n.kids, n)
			top.has = false
		default:
			top.n.kids = append(top.n.kids, n)
		}
		if n.kind == '{' || n.kind == '[' {
			if len(stack)+1 > MaxDepth {
				return nil, fail(fmt.Errorf("%w: nested deeper than %d levels", ErrLimit, MaxDepth))
			}
			stack = append(stack, &frame{n: n})
		}
	}
	if root == nil {
		return nil, &ValidationError{Path: "", Line: 1, Column: 1, Err: fmt.Errorf("%w: empty document", ErrSchema)}
	}
	if len(stack) > 0 {
		return nil, fail(fmt.Errorf("%w: the document ends before %s in it is closed", ErrSchema, kindName(stack[len(stack)-1].n.kind)))
	}
	return root, nil
}

// skipSpace moves offset past whitespace and a separator to the value.
func skipSpace(data []byte, offset int64) int64 {
	for offset < int64(len(data)) {
		switch data[offset] {
		case ' ', '\t', '\n', '\r', ',', ':':
			offset++
		default:
			return offset
		}
	}
	return offset
}

// lineIndex locates byte offsets of a document as lines and columns.
type lineIndex struct {
	starts []int64 // offset of the first byte of each line
}

func newLineIndex(data []byte) *lineIndex {
	li := &lineIndex{starts: make([]int64, 1, bytes.Count(data, []byte{'\n'})+1)}
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return li
		}
		off += i + 1
		li.starts = append(li.starts, int64(off))
	}
}

// at returns the 1-based line and byte column of offset.
func (li *lineIndex) at(offset int64) (int, int) {
	line, _ := slices.BinarySearch(li.starts, offset+1)
	return line, int(offset-li.starts[line-1]) + 1
}

// lineCol is lineIndex.at for a one-off lookup.
func lineCol(data []byte, offset int64) (int, int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	return newLineIndex(data[:offset]).at(offset)
}

// position returns the line and column of the value at JSON pointer ptr,
// or of the nearest existing ancestor.
func (n *node) position(ptr string, li *lineIndex) (int, int) {
	cur := n
	if ptr != "" {
		for _, part := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
			part = pointerUnescaper.Replace(part)
			next := cur.child(part)
			if next == nil {
				break
			}
			cur = next
		}
	}
	return li.at(cur.offset)
}

func (n *node) child(part string) *node {
	switch n.kind {
	case '{':
		for i, k := range n.keys {
			if k == part {
				return n.kids[i]
			}
		}
	case '[':
		if i, err := strconv.Atoi(part); err == nil && i >= 0 && i < len(n.kids) {
			return n.kids[i]
		}
	}
	return nil
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// pointerEscaper escapes a key as a JSON pointer token (RFC 6901).
var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// escapeKey returns key as a JSON pointer token.
func escapeKey(key string) string {
	if !strings.ContainsAny(key, "~/") {
		return key
	}
	return pointerEscaper.Replace(key)
}

// pointerUnescaper reverses pointerEscaper.
var pointerUnescaper = strings.NewReplacer("~1", "/", "~0", "~")

// typeInfo is what check needs of a Go type, worked out once per type.
type typeInfo struct {
	text   bool                    // *T implements encoding.TextUnmarshaler
	fields map[string]reflect.Type // a struct's fields by JSON name
}

var typeInfos sync.Map // reflect.Type → *typeInfo

func infoOf(t reflect.Type) *typeInfo {
	if v, ok := typeInfos.Load(t); ok {
		return v.(*typeInfo)
	}
	ti := &typeInfo{text: reflect.PointerTo(t).Implements(textUnmarshaler)}
	if t.Kind() == reflect.Struct {
		ti.fields = jsonFields(t)
	}
	v, _ := typeInfos.LoadOrStore(t, ti)
	return v.(*typeInfo)
}

// check walks node n against Go type t, as encoding/json would decode it
// with the topology types' tags, and records every mismatch at its pointer.
func check(e *errs, n *node, t reflect.Type, ptr string, li *lineIndex) {
	bad := func(format string, args ...any) {
		if e.full() {
			e.dropped++
			return
		}
		line, col := li.at(n.offset)
		pointer := ptr
		if pointer == "" {
			pointer = "/"
		}
		e.append(&ValidationError{Path: pointer, Line: line, Column: col,
			Err: fmt.Errorf("%w: %s", ErrSchema, fmt.Sprintf(format, args...))})
	}
	if n.kind == '0' {
		return // null leaves the zero value, as encoding/json does
	}
	ti := infoOf(t)
	if ti.text {
		if n.kind != '"' {
			bad("want a string, got %s", kindName(n.kind))
			return
		}
		v := reflect.New(t).Interface().(encoding.TextUnmarshaler)
		if err := v.UnmarshalText([]byte(n.str)); err != nil {
			line, col := li.at(n.offset)
			e.append(&ValidationError{Path: ptr, Line: line, Column: col, Err: fmt.Errorf("%w: %w", ErrInvalid, err)})
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.kind != '{' {
			bad("want an object, got %s", kindName(n.kind))
			return
		}
		for i, k := range n.keys {
			ft, ok := ti.fields[k]
			child := n.kids[i]
			cp := ptr + "/" + escapeKey(k)
			if !ok {
				line, col := li.at(child.offset)
				e.append(&ValidationError{Path: cp, Line: line, Column: col,
					Err: fmt.Errorf("%w: unknown field %q", ErrSchema, k)})
				continue
			}
			if slices.Contains(n.keys[:i], k) { // objects here have a few keys
				line, col := li.at(child.offset)
				e.append(&ValidationError{Path: cp, Line: line, Column: col,
					Err: fmt.Errorf("%w: field %q appears twice", ErrSchema, k)})
			}
			check(e, child, ft, cp, li)
		}
	case reflect.Slice:
		if n.kind != '[' {
			bad("want an array, got %s", kindName(n.kind))
			return
		}
		for i, child := range n.kids {
			check(e, child, t.Elem(), ptr+"/"+strconv.Itoa(i), li)
		}
	case reflect.String:
		if n.kind != '"' {
			bad("want a string, got %s", kindName(n.kind))
		}
	case reflect.Bool:
		if n.kind != 'b' {
			bad("want true or false, got %s", kindName(n.kind))
		}
	case reflect.Int64, reflect.Int, reflect.Int32:
		if n.kind != 'n' {
			bad("want a whole number, got %s", kindName(n.kind))
			return
		}
		if _, err := strconv.ParseInt(n.str, 10, 64); err != nil {
			bad("%s is not a whole number in range", n.str)
		}
	case reflect.Float64, reflect.Float32:
		if n.kind != 'n' {
			bad("want a number, got %s", kindName(n.kind))
			return
		}
		if _, err := strconv.ParseFloat(n.str, 64); err != nil {
			bad("%s is not a number in range", n.str)
		}
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.kind != 'n' {
			bad("want a number, got %s", kindName(n.kind))
			return
		}
		if _, err := strconv.ParseUint(n.str, 10, t.Bits()); err != nil {
			bad("%s is out of range", n.str)
		}
	default:
		bad("unsupported field type %s", t)
	}
}

// jsonFields maps the JSON names of struct type t's fields to their types,
// with embedded structs' fields inlined, as encoding/json does.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

func kindName(k byte) string {
	switch k {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 'n':
		return "a number"
	case 'b':
		return "a boolean"
	}
	return "null"
}
