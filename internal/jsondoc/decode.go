// Package jsondoc decodes JSON documents strictly, in one streaming pass,
// and places values in them by JSON pointer.
//
// [Decoder.Decode] reads a document whose root is an object into a Go
// struct by reflection, with no intermediate tree and no recursion on the
// document's depth. It checks the syntax exactly (RFC 8259, UTF-8),
// refuses a root that is not an object at its first byte, enforces
// [Limits] as it reads, and reports every value that does not fit the Go
// type as a [Problem] with its JSON pointer and position, decoding the
// rest: unknown fields, repeated keys, values of the wrong JSON type,
// numbers out of range, strings an [encoding.TextUnmarshaler] refuses, and
// required fields that are absent. It never panics on any input.
//
// [Check] only checks a document, whatever its root: the syntax, UTF-8,
// the nesting depth and that no object has a key twice, reporting the first
// problem; it allocates nothing per value.
//
// [Locate] finds where many values are in a document in one pass, and
// [LineIndex] turns many byte offsets into lines and columns.
package jsondoc

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Limits bound what a document may hold. Each is off when 0. Exceeding
// MaxBytes, MaxDepth, MaxValues, MaxRootArray, MaxArray or MaxString stops
// decoding with one Problem of kind Limit.
type Limits struct {
	// MaxBytes is the largest document, in bytes.
	MaxBytes int
	// MaxDepth is the deepest nesting of objects and arrays; the root
	// object is at depth 1.
	MaxDepth int
	// MaxValues is the most JSON values (objects, arrays, strings,
	// numbers, booleans, nulls; not keys) in the document.
	MaxValues int
	// MaxRootArray is the most elements of an array that is a member of
	// the root object; MaxArray of any other array.
	MaxRootArray, MaxArray int
	// MaxString is the most bytes of a string or key, unescaped.
	MaxString int
	// MaxProblems is the most problems listed. Past it, problems are only
	// counted (Result.Dropped), and values are checked but no longer
	// stored, so that a document full of problems costs no more memory
	// than one with a few.
	MaxProblems int
}

// A Kind classifies a Problem.
type Kind uint8

// The kinds of problem.
const (
	// Syntax: the bytes are not one JSON value in UTF-8. Decoding stops.
	Syntax Kind = iota + 1
	// Schema: a value or key does not fit the Go type (an unknown field, a
	// repeated key, the wrong JSON type, a number out of range), or the
	// root is not an object (which stops decoding); for Check, a key
	// repeated in an object.
	Schema
	// Limit: the document exceeds one of the Limits, which stops
	// decoding, or a string is longer than its field allows
	// (Options.MaxFieldBytes), which leaves the value out.
	Limit
	// Missing: a required field is absent (Options.Required).
	Missing
	// Invalid: an encoding.TextUnmarshaler refused the string.
	Invalid
)

// The errors that problems wrap by default, by Kind.
var (
	ErrSyntax  = errors.New("malformed JSON")
	ErrSchema  = errors.New("does not fit the format")
	ErrLimit   = errors.New("document exceeds a limit")
	ErrMissing = errors.New("required value is missing")
	ErrInvalid = errors.New("invalid value")
)

// Errors are the errors problems wrap, by kind; a nil one is the
// package's own (ErrSyntax and the rest). A caller passes its own to have
// errors.Is hold with them.
type Errors struct {
	Syntax, Schema, Limit, Missing, Invalid error
}

// Options shape decoding beyond what the Go types say.
type Options struct {
	// Required lists, per struct type, the JSON names of the fields an
	// object decoded into it must have. A field given as null is present.
	Required map[reflect.Type][]string
	// RequiredAnyOf lists, per struct type, groups of JSON field names of
	// which an object must have at least one. A missing group is reported
	// at its first field.
	RequiredAnyOf map[reflect.Type][][]string
	// MaxFieldBytes bounds, per struct type and JSON field name, the bytes
	// of a string there (of each string, for an array of strings). A
	// longer one is a Problem of kind Limit, and is left out; decoding
	// goes on.
	MaxFieldBytes map[reflect.Type]map[string]int
	// Errors are the errors problems wrap.
	Errors Errors
}

// A Problem is one thing wrong with a document.
type Problem struct {
	Kind Kind
	// Pointer is the JSON pointer (RFC 6901) of the value concerned: of a
	// field that is absent, of an object member whose key is unknown or
	// repeated, of the value being decoded at a syntax error or an exceeded
	// limit (of the whole value, when it is one skipped unread: the value
	// of an unknown key, or of the wrong type). "" is the root.
	Pointer string
	// Offset is the byte offset where the value starts: the key, for an
	// unknown or repeated key; the object, for a field that is absent; the
	// bad byte, for a syntax error.
	Offset int
	// Line and Column (1-based; the column in bytes) locate Offset.
	Line, Column int
	// Err describes the problem and wraps the error of its kind (Errors)
	// and, for Invalid, the TextUnmarshaler's error.
	Err error
}

// Error returns "line:column: pointer: problem".
func (p *Problem) Error() string {
	var b strings.Builder
	if p.Line > 0 {
		fmt.Fprintf(&b, "%d:%d: ", p.Line, p.Column)
	}
	if p.Pointer != "" {
		b.WriteString(p.Pointer)
		b.WriteString(": ")
	}
	b.WriteString(p.Err.Error())
	return b.String()
}

// Unwrap returns Err.
func (p *Problem) Unwrap() error { return p.Err }

// A Result is what Decode or Check found wrong.
type Result struct {
	// Problems are listed in the order found, at most Limits.MaxProblems.
	Problems []Problem
	// Dropped counts the problems found past Limits.MaxProblems.
	Dropped int
	// Full reports that MaxProblems problems were listed: the values read
	// after that were checked, not stored.
	Full bool
	// Stopped reports that a syntax error, an exceeded limit or a root
	// that is not an object stopped decoding: that is the one problem
	// listed, and the value decoded into is incomplete. Check stops at its
	// first problem, whatever its kind.
	Stopped bool

	limitErr error // what the note on dropped problems wraps
}

// OK reports whether the document had no problem.
func (r *Result) OK() bool { return len(r.Problems) == 0 && r.Dropped == 0 }

// Err returns nil when the document had no problem, else the problems
// joined (errors.Join) with, past MaxProblems, one more saying how many
// were not listed.
func (r *Result) Err() error {
	if r.OK() {
		return nil
	}
	errs := make([]error, 0, len(r.Problems)+1)
	for i := range r.Problems {
		errs = append(errs, &r.Problems[i])
	}
	if r.Dropped > 0 {
		limit := r.limitErr
		if limit == nil {
			limit = ErrLimit
		}
		errs = append(errs, fmt.Errorf("%w: %d more problems not listed", limit, r.Dropped))
	}
	return errors.Join(errs...)
}

// A Decoder decodes documents into one struct type. It is safe for
// concurrent use.
type Decoder struct {
	t    reflect.Type
	root *typeInfo
	errs [Invalid + 1]error
}

// NewDecoder returns a Decoder for struct type t with opts. It fails when
// t is not a struct type, or opts name types or fields t does not hold.
func NewDecoder(t reflect.Type, opts Options) (*Decoder, error) {
	root, err := compile(t, &opts)
	if err != nil {
		return nil, err
	}
	dec := &Decoder{t: t, root: root}
	for k, e := range map[Kind]error{Syntax: opts.Errors.Syntax, Schema: opts.Errors.Schema, Limit: opts.Errors.Limit,
		Missing: opts.Errors.Missing, Invalid: opts.Errors.Invalid} {
		dec.errs[k] = e
	}
	for k, e := range map[Kind]error{Syntax: ErrSyntax, Schema: ErrSchema, Limit: ErrLimit, Missing: ErrMissing, Invalid: ErrInvalid} {
		if dec.errs[k] == nil {
			dec.errs[k] = e
		}
	}
	return dec, nil
}

var decoders sync.Map // reflect.Type → *Decoder with no options

// Decode decodes data into v, a non-nil pointer to a struct, with no
// Options: see [Decoder.Decode].
func Decode(data []byte, v any, lim Limits) *Result {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return usage(v)
	}
	d, ok := decoders.Load(t.Elem())
	if !ok {
		dec, err := NewDecoder(t.Elem(), Options{})
		if err != nil {
			return usage(v)
		}
		d, _ = decoders.LoadOrStore(t.Elem(), dec)
	}
	return d.(*Decoder).Decode(data, v, lim)
}

func usage(v any) *Result {
	return &Result{Stopped: true, Problems: []Problem{{Kind: Schema, Err: fmt.Errorf("jsondoc: cannot decode into %T, want a non-nil pointer to a struct", v)}}}
}

// Decode decodes the document data into v, a non-nil pointer to a zero
// value of the Decoder's type, as encoding/json would, but strictly: it
// reports each problem (see [Kind]) and leaves the value concerned out
// (zero), decoding the rest. A JSON null leaves a value as it is, and sets
// a slice to nil; an empty array gives an empty slice. Object keys match
// field names exactly. Decode never panics on any input; the result lists
// no problem when the document fits.
func (dec *Decoder) Decode(data []byte, v any, lim Limits) *Result {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Type() != dec.t {
		return usage(v)
	}
	d := &decoder{dec: dec, data: data, lim: lim, res: &Result{limitErr: dec.errs[Limit]}}
	d.run(rv.Elem())
	if len(d.res.Problems) > 0 {
		p := d.res.Problems
		fillPositions(data, len(p), func(i int) int { return p[i].Offset }, func(i, line, col int) { p[i].Line, p[i].Column = line, col })
	}
	return d.res
}

// decoder is the state of one Decode.
type decoder struct {
	dec    *Decoder
	data   []byte
	pos    int
	lim    Limits
	res    *Result
	values int     // values read so far
	stack  []frame // the open objects and arrays, the root first
	// full is set once MaxProblems problems are listed: values are then
	// checked, not stored.
	full    bool
	scratch []byte // unescaped strings
	skip    skipper
}

// A frame is an open object or array being decoded into a struct or a
// slice.
type frame struct {
	ti    *typeInfo
	v     reflect.Value // the struct or slice; invalid when not stored
	start int           // offset of the '{' or '['
	n     int           // members or elements begun
	// seen marks the fields read, by index; seenMore past 64.
	seen     uint64
	seenMore []bool
	// maxBytes bounds each string of a slice (MaxFieldBytes).
	maxBytes int
	// The member being read: its field (-1 for an unknown key) and its
	// key between the quotes.
	field            int
	keyStart, keyEnd int
	keyEscaped       bool
}

func (f *frame) seenField(i int) bool {
	if i < 64 {
		return f.seen&(1<<i) != 0
	}
	return i-64 < len(f.seenMore) && f.seenMore[i-64]
}

func (f *frame) markSeen(i int) {
	if i < 64 {
		f.seen |= 1 << i
		return
	}
	for len(f.seenMore) <= i-64 {
		f.seenMore = append(f.seenMore, false)
	}
	f.seenMore[i-64] = true
}

// pointer returns the JSON pointer of the member or element being read in
// each of the first level frames, with extra (an escaped token, or "")
// after it: level len(d.stack) is the value being read, len(d.stack)-1 the
// innermost open object or array.
func (d *decoder) pointer(level int, extra string) string {
	var b []byte
	for i := range level {
		f := &d.stack[i]
		b = append(b, '/')
		switch {
		case f.ti.kind == kSlice:
			b = strconv.AppendInt(b, int64(f.n-1), 10)
		case f.field >= 0:
			b = appendToken(b, f.ti.fields[f.field].name)
		default:
			key := d.data[f.keyStart:f.keyEnd]
			if f.keyEscaped {
				key = appendUnescaped(nil, key)
			}
			b = appendToken(b, key)
		}
	}
	if extra != "" {
		b = append(b, '/')
		b = append(b, extra...)
	}
	return string(b)
}

// room reports whether another problem can be listed; when it cannot,
// the problem is counted as dropped.
func (d *decoder) room() bool {
	if d.full {
		d.res.Dropped++
		return false
	}
	return true
}

// add lists a problem at level (see pointer). Call it after room.
func (d *decoder) add(k Kind, level int, extra string, off int, err error) {
	d.res.Problems = append(d.res.Problems, Problem{Kind: k, Pointer: d.pointer(level, extra), Offset: off, Err: err})
	if d.lim.MaxProblems > 0 && len(d.res.Problems) >= d.lim.MaxProblems {
		d.full = true
		d.res.Full = true
	}
}

// addf lists a problem whose message is format and args. Call it after
// room.
func (d *decoder) addf(k Kind, level int, off int, format string, args ...any) {
	d.add(k, level, "", off, fmt.Errorf("%w: %s", d.dec.errs[k], fmt.Sprintf(format, args...)))
}

// stop ends decoding with the one problem err at level.
func (d *decoder) stop(level int, err *scanError) {
	p := Problem{Kind: err.kind, Pointer: d.pointer(level, ""), Offset: err.off,
		Err: fmt.Errorf("%w: %s", d.dec.errs[err.kind], err.msg)}
	d.res.Problems = append(d.res.Problems[:0], p)
	d.res.Dropped, d.res.Full, d.res.Stopped = 0, false, true
	d.stack = d.stack[:0]
}

func (d *decoder) stopf(k Kind, level, off int, format string, args ...any) {
	d.stop(level, &scanError{kind: k, off: off, msg: fmt.Sprintf(format, args...)})
}

// eof stops decoding at the end of a document that ends inside the
// innermost open object or array.
func (d *decoder) eof() {
	what := "an object"
	if d.stack[len(d.stack)-1].ti.kind == kSlice {
		what = "an array"
	}
	d.stopf(Syntax, len(d.stack)-1, len(d.data), "the document ends inside %s", what)
}

var bom = []byte("\xef\xbb\xbf")

// run decodes the document into root, a struct.
func (d *decoder) run(root reflect.Value) {
	data := d.data
	if d.lim.MaxBytes > 0 && len(data) > d.lim.MaxBytes {
		d.stopf(Limit, 0, 0, "the document is larger than %d bytes", d.lim.MaxBytes)
		return
	}
	i := skipSpace(data, 0)
	switch {
	case i == len(data):
		d.stopf(Syntax, 0, 0, "empty document")
		return
	case bytes.HasPrefix(data[i:], bom):
		d.stopf(Syntax, 0, i, "the document starts with a byte-order mark (U+FEFF), which JSON does not allow")
		return
	case data[i] != '{':
		if valueStarts(data[i]) {
			d.stopf(Schema, 0, i, "want an object, got %s", jsonKind(data[i]))
		} else {
			d.stop(0, unexpected(data, i, "where the top-level object should start"))
		}
		return
	}
	d.pos = i
	d.value(d.dec.root, root, 0)
	d.loop()
	if d.res.Stopped {
		return
	}
	if j := skipSpace(data, d.pos); j < len(data) {
		if valueStarts(data[j]) {
			d.stopf(Syntax, 0, j, "more than one JSON value in the document")
		} else {
			d.stop(0, unexpected(data, j, "after the top-level object"))
		}
	}
}

// loop reads the members and elements of the open objects and arrays
// until the root object closes or decoding stops.
func (d *decoder) loop() {
	data := d.data
	for len(d.stack) > 0 && !d.res.Stopped {
		f := &d.stack[len(d.stack)-1]
		i := skipSpace(data, d.pos)
		if i >= len(data) {
			d.eof()
			return
		}
		c := data[i]
		if f.ti.kind == kSlice {
			if f.n > 0 {
				switch c {
				case ',':
					i = skipSpace(data, i+1)
					if i >= len(data) {
						d.eof()
						return
					}
				case ']':
					d.endArray(f, i)
					continue
				default:
					d.stop(len(d.stack)-1, unexpected(data, i, "after an array element, where ',' or ']' should be"))
					return
				}
			} else if c == ']' {
				d.endArray(f, i)
				continue
			}
			f.n++
			if max := d.arrayLimit(len(d.stack) == 2); max > 0 && f.n > max {
				d.stopf(Limit, len(d.stack)-1, i, "an array of more than %d elements", max)
				return
			}
			var target reflect.Value
			if f.v.IsValid() && !d.full {
				n := f.v.Len()
				if n == f.v.Cap() {
					grow(f.v, len(d.stack) == 2)
				}
				f.v.SetLen(n + 1)
				target = f.v.Index(n)
			}
			d.pos = i
			d.value(f.ti.elem, target, f.maxBytes)
			continue
		}

		// An object: a key, or its end.
		if f.n > 0 {
			switch c {
			case ',':
				i = skipSpace(data, i+1)
				if i >= len(data) {
					d.eof()
					return
				}
				if data[i] != '"' {
					d.stop(len(d.stack)-1, unexpected(data, i, "where an object key (a string) should start"))
					return
				}
			case '}':
				d.endObject(f, i)
				continue
			default:
				d.stop(len(d.stack)-1, unexpected(data, i, "after an object member, where ',' or '}' should be"))
				return
			}
		} else if c == '}' {
			d.endObject(f, i)
			continue
		} else if c != '"' {
			d.stop(len(d.stack)-1, unexpected(data, i, "where an object key (a string) or '}' should be"))
			return
		}
		end, escaped, _, err := scanString(data, i, d.lim.MaxString)
		if err != nil {
			d.stop(len(d.stack)-1, err)
			return
		}
		keyOff := i
		f.n++
		f.keyStart, f.keyEnd, f.keyEscaped = i+1, end-1, escaped
		key := data[i+1 : end-1]
		if escaped {
			d.scratch = appendUnescaped(d.scratch[:0], key)
			key = d.scratch
		}
		idx := f.ti.field(key)
		known := idx >= 0
		f.field = idx
		i = skipSpace(data, end)
		if i >= len(data) {
			d.eof()
			return
		}
		if data[i] != ':' {
			d.stop(len(d.stack), unexpected(data, i, "after an object key, where ':' should be"))
			return
		}
		i = skipSpace(data, i+1)
		if i >= len(data) {
			d.eof()
			return
		}
		d.pos = i
		switch {
		case !known:
			if d.room() {
				d.addf(Schema, len(d.stack), keyOff, "unknown field %s", Quote(string(key)))
			}
			d.skipValue()
			continue
		case f.seenField(idx):
			if d.room() {
				d.addf(Schema, len(d.stack), keyOff, "field %s appears twice", Quote(string(key)))
			}
			d.skipValue()
			continue
		}
		f.markSeen(idx)
		fi := &f.ti.fields[idx]
		var target reflect.Value
		if f.v.IsValid() && !d.full {
			if len(fi.index) == 1 {
				target = f.v.Field(fi.index[0])
			} else {
				target = f.v.FieldByIndex(fi.index)
			}
		}
		d.value(fi.info, target, fi.maxBytes)
	}
}

// arrayLimit returns the element limit of an array, a member of the root
// object or not.
func (d *decoder) arrayLimit(underRoot bool) int {
	if underRoot {
		return d.lim.MaxRootArray
	}
	return d.lim.MaxArray
}

// grow makes room for another element in slice v. A large slice (the
// sections of a document, under its root) doubles: reflect's growth of
// large slices by a quarter would allocate five times the final slice
// over the decoding, and copy as much. Spare capacity that is never
// filled costs address space, not memory.
func grow(v reflect.Value, large bool) {
	if !large || v.Cap() < 256 {
		v.Grow(1)
		return
	}
	s := reflect.MakeSlice(v.Type(), v.Len(), 2*v.Cap())
	reflect.Copy(s, v)
	v.Set(s)
}

// endObject closes the object of frame f at data[i] ('}'), reporting its
// required fields that are absent.
func (d *decoder) endObject(f *frame, i int) {
	for _, r := range f.ti.required {
		if !f.seenField(r) && d.room() {
			name := f.ti.fields[r].name
			d.add(Missing, len(d.stack)-1, EscapeToken(name), f.start,
				fmt.Errorf("%w: no %s field", d.dec.errs[Missing], Quote(name)))
		}
	}
	for _, group := range f.ti.anyOf {
		if slices.ContainsFunc(group, f.seenField) || !d.room() {
			continue
		}
		names := make([]string, len(group))
		for k, r := range group {
			names[k] = Quote(f.ti.fields[r].name)
		}
		d.add(Missing, len(d.stack)-1, EscapeToken(f.ti.fields[group[0]].name), f.start,
			fmt.Errorf("%w: no %s field", d.dec.errs[Missing], strings.Join(names, " or ")))
	}
	d.stack = d.stack[:len(d.stack)-1]
	d.pos = i + 1
}

// endArray closes the array of frame f at data[i] (']').
func (d *decoder) endArray(f *frame, i int) {
	if f.n == 0 && f.v.IsValid() {
		f.v.Set(reflect.MakeSlice(f.ti.t, 0, 0)) // as encoding/json: empty, not nil
	}
	d.stack = d.stack[:len(d.stack)-1]
	d.pos = i + 1
}

// value reads the value at d.pos, of Go type ti, into target (when valid):
// a scalar whole, an object or array by opening its frame. maxBytes bounds
// a string (0: no bound of its own).
func (d *decoder) value(ti *typeInfo, target reflect.Value, maxBytes int) {
	data := d.data
	i := d.pos
	level := len(d.stack)
	d.values++
	if d.lim.MaxValues > 0 && d.values > d.lim.MaxValues {
		d.stopf(Limit, level, i, "more than %d values", d.lim.MaxValues)
		return
	}
	c := data[i]
	switch c {
	case '{', '[':
		if c == '{' && ti.kind != kStruct || c == '[' && ti.kind != kSlice {
			break
		}
		if d.lim.MaxDepth > 0 && level+1 > d.lim.MaxDepth {
			d.stopf(Limit, level, i, "nested deeper than %d levels", d.lim.MaxDepth)
			return
		}
		if c == '[' && target.IsValid() {
			target.SetZero()
			// A section under the root is sized before it is read, so
			// that a large one is allocated once, not grown through
			// every size up to it; unless its elements are so small in
			// the document (hostile "{}" by the million) that the slice
			// would be many times the document: those grow as read, and
			// stop being stored past MaxProblems.
			if level == 1 && !d.full {
				n, end, ok := d.countElements(i)
				size := uintptr(n) * ti.t.Elem().Size()
				if ok && n > 0 && (d.lim.MaxRootArray == 0 || n <= d.lim.MaxRootArray) && size <= 8*uintptr(end-i) {
					target.Set(reflect.MakeSlice(ti.t, 0, n))
				}
			}
		}
		d.stack = append(d.stack, frame{ti: ti, v: target, start: i, field: -1, maxBytes: maxBytes})
		d.pos = i + 1
		return
	case 'n':
		end, err := scanLiteral(data, i, "null")
		if err != nil {
			d.stop(level, err)
			return
		}
		d.pos = end
		if ti.kind == kSlice && target.IsValid() {
			target.SetZero()
		}
		return
	case '"':
		if ti.kind != kString && ti.kind != kText {
			break
		}
		end, escaped, n, err := scanString(data, i, d.lim.MaxString)
		if err != nil {
			d.stop(level, err)
			return
		}
		d.pos = end
		if maxBytes > 0 && n > maxBytes {
			if d.room() {
				d.addf(Limit, level, i, "a string of %d bytes, more than the %d allowed here", n, maxBytes)
			}
			return
		}
		s := data[i+1 : end-1]
		if escaped {
			d.scratch = appendUnescaped(d.scratch[:0], s)
			s = d.scratch
		}
		if ti.kind == kString {
			if target.IsValid() {
				target.SetString(string(s))
			}
			return
		}
		d.text(ti, target, s, level, i)
		return
	case 't', 'f':
		if ti.kind != kBool {
			break
		}
		lit := "true"
		if c == 'f' {
			lit = "false"
		}
		end, err := scanLiteral(data, i, lit)
		if err != nil {
			d.stop(level, err)
			return
		}
		d.pos = end
		if target.IsValid() {
			target.SetBool(c == 't')
		}
		return
	default:
		if c != '-' && (c < '0' || c > '9') {
			d.stop(level, unexpected(data, i, "where a value should start"))
			return
		}
		if ti.kind != kInt && ti.kind != kUint && ti.kind != kFloat {
			break
		}
		end, integer, err := scanNumber(data, i)
		if err != nil {
			d.stop(level, err)
			return
		}
		d.pos = end
		d.number(ti, target, data[i:end], integer, level, i)
		return
	}
	// The wrong JSON type: report it, and skip the value.
	if d.room() {
		if ti.kind == kUnsupported {
			d.addf(Schema, level, i, "cannot decode %s into the Go type %s", jsonKind(c), ti.t)
		} else {
			d.addf(Schema, level, i, "want %s, got %s", want[ti.kind], jsonKind(c))
		}
	}
	d.values-- // skipValue counts it
	d.skipValue()
}

// number stores the number literal lit into target.
func (d *decoder) number(ti *typeInfo, target reflect.Value, lit []byte, integer bool, level, off int) {
	switch ti.kind {
	case kInt:
		if integer {
			if n, ok := parseInt(lit, ti.bits); ok {
				if target.IsValid() {
					target.SetInt(n)
				}
				return
			}
		}
		if d.room() {
			d.addf(Schema, level, off, "%s is not a whole number in range", truncate(lit))
		}
	case kUint:
		if integer {
			if n, ok := parseUint(lit, ti.bits); ok {
				if target.IsValid() {
					target.SetUint(n)
				}
				return
			}
		}
		if d.room() {
			d.addf(Schema, level, off, "%s is not a whole number in range", truncate(lit))
		}
	case kFloat:
		f, err := strconv.ParseFloat(string(lit), ti.bits)
		if err == nil {
			if target.IsValid() {
				target.SetFloat(f)
			}
			return
		}
		if d.room() {
			d.addf(Schema, level, off, "%s is not a number in range", truncate(lit))
		}
	}
}

// text decodes s into target with its encoding.TextUnmarshaler; a refusal
// is a problem, and leaves target zero. With no target, s is still checked.
func (d *decoder) text(ti *typeInfo, target reflect.Value, s []byte, level, off int) {
	var u encoding.TextUnmarshaler
	if target.IsValid() {
		u = target.Addr().Interface().(encoding.TextUnmarshaler)
	} else {
		u = reflect.New(ti.t).Interface().(encoding.TextUnmarshaler)
	}
	err := u.UnmarshalText(s)
	if err == nil {
		return
	}
	if target.IsValid() {
		target.SetZero()
	}
	if d.room() {
		d.add(Invalid, level, "", off, fmt.Errorf("%w: %w", d.dec.errs[Invalid], shorten(err)))
	}
}

// skipValue scans past the value at d.pos, which is not decoded, checking
// its syntax and the limits.
func (d *decoder) skipValue() {
	d.skip.data = d.data
	d.skip.lim = &d.lim
	d.skip.values = &d.values
	end, err := d.skip.value(d.pos, len(d.stack))
	if err != nil {
		d.stop(len(d.stack), err)
		return
	}
	d.pos = end
}

// countElements counts the elements of the array that starts at data[i]
// ('['), scanning past them without decoding, and returns the offset of
// its ']'; ok is false for an array that does not scan, whose problem the
// decoding reports.
func (d *decoder) countElements(i int) (n, end int, ok bool) {
	data := d.data
	sk := skipper{data: data, maxDepth: d.lim.MaxDepth}
	j := skipSpace(data, i+1)
	if j < len(data) && data[j] == ']' {
		return 0, j, true
	}
	for j < len(data) {
		e, err := sk.value(j, 0)
		if err != nil {
			return 0, 0, false
		}
		n++
		j = skipSpace(data, e)
		if j >= len(data) {
			return 0, 0, false
		}
		switch data[j] {
		case ']':
			return n, j, true
		case ',':
			j++
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}
