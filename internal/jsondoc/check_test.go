package jsondoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// members returns n members "k0":0,"k1":1,…, the key of member dupAt
// (when in range) being that of member dupOf instead.
func members(n, dupAt, dupOf int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		k := i
		if i == dupAt {
			k = dupOf
		}
		fmt.Fprintf(&b, `"k%d":%d`, k, i)
	}
	return b.String()
}

// TestCheck checks what Check accepts and the first problem it reports,
// with its kind, pointer and offset.
func TestCheck(t *testing.T) {
	t.Parallel()
	big := "{" + members(1000, -1, 0) + "}"
	tests := []struct {
		name, doc string
		kind      Kind // 0: no problem
		ptr       string
		off       int    // -1: the offset of the last "k0" in doc
		msg       string // in the problem's message
	}{
		// Roots of every kind, whitespace.
		{"object", ` {"a": [1, -2.5e3, "x", true, false, null, {}, []]} `, 0, "", 0, ""},
		{"array root", `[{"a": 1}, {"a": 2}]`, 0, "", 0, ""},
		{"string root", `"x"`, 0, "", 0, ""},
		{"number root", `-0.5E+2`, 0, "", 0, ""},
		{"null root", "\tnull\r\n", 0, "", 0, ""},
		{"empty", ``, Syntax, "", 0, "empty document"},
		{"whitespace only", " \n", Syntax, "", 0, "empty document"},
		{"byte-order mark", "\xef\xbb\xbf{}", Syntax, "", 0, "byte-order mark"},
		{"byte-order mark after space", "\n\xef\xbb\xbf{}", Syntax, "", 1, "byte-order mark"},
		{"second value", `{} {}`, Syntax, "", 3, "more than one JSON value"},
		{"second scalar", `1 2`, Syntax, "", 2, "more than one JSON value"},
		{"trailing garbage", `{}]`, Syntax, "", 2, "invalid character ']' after the top-level value"},
		{"trailing brace", `{"a":{}}}`, Syntax, "", 8, "after the top-level value"},

		// Syntax, with the pointer of the value being read.
		{"missing colon", `{"a": {"b" 1}}`, Syntax, "/a/b", 11, "where ':' should be"},
		{"missing comma", `{"a": [1 2]}`, Syntax, "/a", 9, "after an array element"},
		{"trailing comma", `{"a": {"b": 1,}}`, Syntax, "/a", 14, "where an object key (a string) should start"},
		{"key not a string", `{"a": [{1: 2}]}`, Syntax, "/a/0", 8, "where an object key (a string) or '}' should be"},
		{"bad literal", `{"a": [0, tru]}`, Syntax, "/a/1", 13, "in the literal true"},
		{"bad number", `{"a": {"b": -}}`, Syntax, "/a/b", 13, "after the minus sign"},
		{"bad escape", `{"a": ["\q"]}`, Syntax, "/a/0", 9, "invalid escape 'q'"},
		{"bad escape in a key", `{"a": {"\q": 1}}`, Syntax, "/a", 9, "invalid escape 'q'"},
		{"ends in an array", `{"a": [1,`, Syntax, "/a", 9, "ends inside an array"},
		{"ends after a key", `{"a": {"b"`, Syntax, "/a", 10, "ends inside an object"},
		{"ends after a colon", `{"a": {"b":`, Syntax, "/a", 11, "ends inside an object"},
		{"ends in a string", `["a`, Syntax, "/0", 3, "ends inside a string"},
		{"wrong closer", `[{"a": 1]`, Syntax, "/0", 8, "after an object member"},
		{"comment", `[1, /* */ 2]`, Syntax, "/1", 4, "no comments"},

		// UTF-8, at the bad byte.
		{"invalid UTF-8 in a string", "[\"a\", \"b\xffc\"]", Syntax, "/1", 8, "invalid UTF-8 (byte 0xff)"},
		{"invalid UTF-8 in a key", "{\"a\": {\"\xc3\": 1}}", Syntax, "/a", 8, "invalid UTF-8"},
		{"invalid UTF-8 outside strings", "[1, \xff]", Syntax, "/1", 4, "invalid UTF-8"},
		{"encoded surrogate", "[\"\xed\xa0\x80\"]", Syntax, "/0", 2, "invalid UTF-8"},
		{"valid UTF-8", "{\"日本\": \"語 \xf0\x9f\x98\x80\", \"\u2028\": 1}", 0, "", 0, ""},

		// Depth, at the '{' or '[' one level too deep.
		{"depth at the limit", `{"a": [{"b": []}]}`, 0, "", 0, ""},
		{"one too deep", `{"a": [{"b": [[]]}]}`, Limit, "/a/0/b/0", 14, "nested deeper than 4 levels"},
		{"deep arrays", strings.Repeat("[", 1_000_000), Limit, "/0/0/0/0", 4, "nested deeper than 4 levels"},

		// Keys given twice.
		{"a key twice", `{"a": 1, "b": 2, "a": 3}`, Schema, "/a", 17, `key "a" appears twice in the object`},
		{"a key twice in a nested object", `{"x": [0, {"a": {}, "a": []}]}`, Schema, "/x/1/a", 20, `key "a" appears twice`},
		{"escaped and not", `{"a": 1, "\u0061": 2}`, Schema, "/a", 9, `key "a" appears twice`},
		{"both escaped differently", `{"\/": 1, "\u002F": 2}`, Schema, "/~1", 10, `key "/" appears twice`},
		{"a surrogate pair and UTF-8", `{"😀": 1, "\ud83d\ude00": 2}`, Schema, "/😀", 12, "appears twice"},
		{"a lone surrogate and U+FFFD", `{"\ud800": 1, "\ufffd": 2}`, Schema, "/\ufffd", 14, "appears twice"},
		{"a lone surrogate and U+FFFD, raw", `{"\udfff": 1, "` + "\ufffd" + `": 2}`, Schema, "/\ufffd", 14, "appears twice"},
		{"the empty key", `{"": 1, "": 2}`, Schema, "/", 8, `key "" appears twice`},
		{"pointer escapes", `{"a/b": {"~": 1, "~": 2}}`, Schema, "/a~1b/~0", 17, `key "~" appears twice`},
		{"under an escaped key", `{"\u0041": {"x": 1, "\u0078": 2}}`, Schema, "/A/x", 20, `key "x" appears twice`},
		{"the first twice in a large object", "{" + members(100, 16, 0) + "}", Schema, "/k0", -1, `key "k0" appears twice`},
		{"the seventeenth twice", "{" + members(100, 17, 0) + "}", Schema, "/k0", -1, `key "k0" appears twice`},
		{"the last twice in a large object", "{" + members(1000, 999, 0) + "}", Schema, "/k0", -1, `key "k0" appears twice`},
		{"escaped in a large object", "{" + members(40, -1, 0) + `,"\u006b0":1}`, Schema, "/k0", len("{" + members(40, -1, 0) + ","), "appears twice"},
		{"in a large object after a large one closed",
			`{"x": [` + big + `, {` + members(30, 29, 0) + `}]}`, Schema, "/x/1/k0", -1, `key "k0" appears twice`},
		{"in a large object over a large one",
			`{"x": {` + members(30, -1, 0) + `, "y": ` + big + `, "k0": 1}}`, Schema, "/x/k0", -1, `key "k0" appears twice`},
		{"a long key twice", `{"` + strings.Repeat("k", 1000) + `": 1, "` + strings.Repeat("k", 1000) + `": 2}`,
			Schema, "/" + strings.Repeat("k", 1000), 1008, `"kkkk` + strings.Repeat("k", 60) + `"… (1000 bytes) appears twice`},
		{"a duplicate before a syntax error", `{"a": 1, "a" 2}`, Schema, "/a", 9, "appears twice"},

		// Not duplicates.
		{"the same key in sibling and nested objects", `{"a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 2}], "c": {"a": 1}}`, 0, "", 0, ""},
		{"keys that differ in escapes", `{"a": 1, "\u0062": 2, "\\u0061": 3, "A": 4, "a ": 5}`, 0, "", 0, ""},
		{"many distinct keys", big, 0, "", 0, ""},
		{"many large objects", "[" + strings.Repeat(big+",", 20) + big + "]", 0, "", 0, ""},
		{"nested large objects", `{"x": {` + members(30, -1, 0) + `, "y": ` + big + `, "z": 1}}`, 0, "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			data := []byte(tt.doc)
			res := Check(data, CheckOptions{MaxDepth: 4})
			checkProblems(t, data, res, 1)
			if tt.kind == 0 {
				if !res.OK() {
					t.Fatalf("%v", res.Err())
				}
				return
			}
			if len(res.Problems) != 1 || !res.Stopped {
				t.Fatalf("%d problems, stopped %v: %v", len(res.Problems), res.Stopped, res.Err())
			}
			off := tt.off
			if off < 0 {
				off = strings.LastIndex(tt.doc, `"k0"`)
			}
			p := res.Problems[0]
			if p.Kind != tt.kind || p.Pointer != tt.ptr || p.Offset != off || !strings.Contains(p.Err.Error(), tt.msg) {
				t.Errorf("problem %v at %q, %d: %v; want %v at %q, %d, saying %q", p.Kind, p.Pointer, p.Offset, p.Err, tt.kind, tt.ptr, off, tt.msg)
			}
			if len(p.Error()) > 300 && len(tt.ptr) < 100 {
				t.Errorf("the message is %d bytes long", len(p.Error()))
			}
		})
	}
}

// TestCheckOptions checks MaxDepth 0 (no limit) and the caller's errors.
func TestCheckOptions(t *testing.T) {
	t.Parallel()
	deep := []byte(strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000))
	if res := Check(deep, CheckOptions{}); !res.OK() {
		t.Errorf("no depth limit: %v", res.Err())
	}
	if res := Check(deep, CheckOptions{MaxDepth: 100_000}); !res.OK() {
		t.Errorf("at the limit: %v", res.Err())
	}
	if res := Check(deep, CheckOptions{MaxDepth: 99_999}); res.OK() || res.Problems[0].Offset != 99_999 {
		t.Errorf("one over the limit: %v", res.Err())
	}
	errSyntax, errSchema, errLimit := errors.New("syntax"), errors.New("schema"), errors.New("limit")
	errs := Errors{Syntax: errSyntax, Schema: errSchema, Limit: errLimit}
	for doc, want := range map[string]error{`{`: errSyntax, `{"a":1,"a":2}`: errSchema, `[[]]`: errLimit} {
		err := Check([]byte(doc), CheckOptions{MaxDepth: 1, Errors: errs}).Err()
		if !errors.Is(err, want) {
			t.Errorf("%s: %v does not wrap %v", doc, err, want)
		}
	}
	for doc, want := range map[string]error{`{`: ErrSyntax, `{"a":1,"a":2}`: ErrSchema, `[[]]`: ErrLimit} {
		if err := Check([]byte(doc), CheckOptions{MaxDepth: 1}).Err(); !errors.Is(err, want) {
			t.Errorf("%s: %v does not wrap %v", doc, err, want)
		}
	}
	res := Check([]byte("{\n  \"a\": 1,\n  \"a\": 2\n}"), CheckOptions{})
	if err := res.Err(); err == nil || err.Error() != `3:3: /a: does not fit the format: key "a" appears twice in the object` {
		t.Errorf("got %v", err)
	}
}

// TestCheckAllocations checks that Check allocates nothing per value:
// documents 1 and 100 times as large cost the same allocations.
func TestCheckAllocations(t *testing.T) {
	doc := func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(`{"items": [`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"id": "i%d", "\u0065scaped": "\u00e9", "vals": [1, 2.5, true, null], "sub": {"a": {"b": []}}, "wide": {%s}}`, i, members(40, -1, 0))
		}
		b.WriteString(`]}`)
		return b.Bytes()
	}
	small, large := doc(10), doc(1000)
	var res *Result
	allocs := func(data []byte) float64 {
		return testing.AllocsPerRun(10, func() { res = Check(data, CheckOptions{MaxDepth: 64}) })
	}
	a, b := allocs(small), allocs(large)
	if !res.OK() {
		t.Fatal(res.Err())
	}
	if a != b || b > 16 {
		t.Errorf("%v allocations for %d bytes, %v for %d bytes", a, len(small), b, len(large))
	}
}

// TestSplitPointer checks SplitPointer against the pointers it splits.
func TestSplitPointer(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ p, parent, token string }{
		{"", "", ""},
		{"/", "", ""},
		{"/a", "", "a"},
		{"/a/b~1c~0", "/a", "b/c~"},
		{"/a/0/", "/a/0", ""},
		{"a/b", "", ""},
	} {
		if parent, token := SplitPointer(tt.p); parent != tt.parent || token != tt.token {
			t.Errorf("SplitPointer(%q) = %q, %q; want %q, %q", tt.p, parent, token, tt.parent, tt.token)
		}
	}
}

// checkFuzzSeeds are documents for FuzzCheck beyond FuzzDecode's.
var checkFuzzSeeds = []string{
	`{"a": 1, "a": 2}`, `{"a": 1, "\u0061": 2}`, `[{"x": [{"y": {}}]}, [[[[]]]]]`,
	`{"\ud800": 1, "\ufffd": 2}`, `{"\ud83d\ude00": 1, "😀": 2}`, "{" + members(20, 19, 3) + "}",
	`{"a/b": {"~": 1, "~": 2}}`, `{"a": [1, 2,]}`, `"x"`, `1 2`, `{}}`, "[\"\xff\"]",
	`{"x": {` + members(18, -1, 0) + `, "y": {` + members(18, -1, 0) + `}, "k0": 1}}`,
}

// FuzzCheck compares Check with encoding/json: what Check accepts
// json.Valid accepts, in UTF-8; what json.Valid rejects, Check rejects; a
// syntax error in what json.Valid accepts is at invalid UTF-8; and the key
// given twice or the value too deep that Check reports is the first that a
// walk of json.Decoder's tokens finds, with the same pointer and offset.
// Check also agrees with Decode on where a syntax error is.
func FuzzCheck(f *testing.F) {
	for _, s := range append(fuzzSeeds, checkFuzzSeeds...) {
		f.Add([]byte(s), uint8(4))
	}
	f.Fuzz(func(t *testing.T, data []byte, depth uint8) {
		maxDepth := int(depth % 8) // 0: no limit
		res := Check(data, CheckOptions{MaxDepth: maxDepth})
		checkProblems(t, data, res, 1)
		if !res.OK() && !res.Stopped {
			t.Fatalf("not stopped: %v", res.Err())
		}
		valid := json.Valid(data)
		ref := firstRepeatOrDepth(data, maxDepth)
		if res.OK() {
			if !valid || !utf8.Valid(data) {
				t.Fatalf("Check accepts what encoding/json rejects, or invalid UTF-8")
			}
			if ref != nil {
				t.Fatalf("Check accepts a document with %+v", ref)
			}
			return
		}
		p := res.Problems[0]
		switch p.Kind {
		case Syntax:
			if valid {
				if r, size := utf8.DecodeRune(data[p.Offset:]); r != utf8.RuneError || size != 1 {
					t.Fatalf("a syntax error in what encoding/json accepts, not at invalid UTF-8: %v", res.Err())
				}
			}
			if ref != nil && ref.end <= p.Offset {
				t.Fatalf("Check missed %+v before %v", ref, res.Err())
			}
		case Schema, Limit:
			if ref == nil {
				t.Fatalf("encoding/json's tokens show no such problem: %v", res.Err())
			}
			if p.Kind != ref.kind || p.Pointer != ref.ptr || p.Offset != ref.off {
				t.Fatalf("Check reports %v (%v at %d), encoding/json's tokens show %+v", res.Err(), p.Kind, p.Offset, ref)
			}
		default:
			t.Fatalf("a problem of kind %v: %v", p.Kind, res.Err())
		}

		// Decode stops at the same syntax error, unless Check found a
		// problem before it.
		var v fuzzDoc
		dres := Decode(data, &v, Limits{})
		if dres.Stopped && dres.Problems[0].Kind == Syntax {
			dp := dres.Problems[0]
			if p.Offset > dp.Offset || p.Kind == Syntax && p.Offset != dp.Offset {
				t.Fatalf("Check: %v; Decode: %v", res.Err(), dres.Err())
			}
		}
	})
}

// A refProblem is a key given twice or a value nested too deep, found
// with json.Decoder's tokens: the Problem's kind, pointer and offset, and
// the offset past the key or '[' or '{'.
type refProblem struct {
	kind     Kind
	ptr      string
	off, end int
}

// firstRepeatOrDepth walks data with json.Decoder's tokens, up to the end
// of the first value or an error, and returns the first key given twice
// in an object or the first '{' or '[' nested deeper than maxDepth (when
// not 0), or nil.
func firstRepeatOrDepth(data []byte, maxDepth int) *refProblem {
	type frame struct {
		object, wantKey bool
		keys            map[string]bool
		key             string // the current one
		n               int    // elements begun
	}
	var st []frame
	ptr := func() string {
		var b []byte
		for _, f := range st {
			b = append(b, '/')
			if f.object {
				b = appendToken(b, f.key)
			} else {
				b = fmt.Appendf(b, "%d", f.n-1)
			}
		}
		return string(b)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a number past float64 is no error of the document
	for {
		// In an array, an element begins unless the array ends.
		if n := len(st); n > 0 && !st[n-1].object && nextNonSpace(data, int(dec.InputOffset())) != ']' {
			st[n-1].n++
		}
		tok, err := dec.Token()
		if err != nil {
			return nil
		}
		end := int(dec.InputOffset())
		if n := len(st); n > 0 && st[n-1].wantKey {
			f := &st[n-1]
			if key, ok := tok.(string); ok {
				f.key, f.wantKey = key, false
				if f.keys[key] {
					return &refProblem{kind: Schema, ptr: ptr(), off: keyOpening(data, end, key), end: end}
				}
				f.keys[key] = true
				continue
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			if maxDepth > 0 && len(st) >= maxDepth {
				return &refProblem{kind: Limit, ptr: ptr(), off: end - 1, end: end}
			}
			f := frame{object: tok == json.Delim('{'), wantKey: tok == json.Delim('{')}
			if f.object {
				f.keys = map[string]bool{}
			}
			st = append(st, f)
			continue
		case json.Delim('}'), json.Delim(']'):
			st = st[:len(st)-1]
		}
		// A value ended.
		if len(st) == 0 {
			return nil // the end of the first value
		}
		if f := &st[len(st)-1]; f.object {
			f.wantKey = true
		}
	}
}

// nextNonSpace returns the first byte at or after i that is not
// whitespace, ',' or ':', or 0.
func nextNonSpace(data []byte, i int) byte {
	for ; i < len(data); i++ {
		switch c := data[i]; c {
		case ' ', '\t', '\r', '\n', ',', ':':
		default:
			return c
		}
	}
	return 0
}

// keyOpening returns the offset of the opening quote of the string
// literal that ends at end and decodes to key: the last '"' before end-1
// from which the literal decodes to key.
func keyOpening(data []byte, end int, key string) int {
	for i := end - 2; i >= 0; i-- {
		if data[i] != '"' {
			continue
		}
		var s string
		if json.Unmarshal(data[i:end], &s) == nil && s == key {
			return i
		}
	}
	return -1
}
