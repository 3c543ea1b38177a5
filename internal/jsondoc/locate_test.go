package jsondoc

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLocate(t *testing.T) {
	t.Parallel()
	doc := []byte("{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c/d\": {\"e~f\": true, \"\\u0067\": null},\n  \"a\": 2\n}")
	tests := []struct {
		doc  []byte
		ptr  string
		line int
		col  int
	}{
		{doc, "", 1, 1},
		{doc, "/a", 2, 8},
		{doc, "/a/0", 2, 9},
		{doc, "/a/1", 2, 12},
		{doc, "/a/1/b", 2, 18},
		{doc, "/a/1/nope", 2, 12},
		{doc, "/a/2", 2, 8},
		{doc, "/a/01", 2, 8},
		{doc, "/a/-1", 2, 8},
		{doc, "/c~1d/e~0f", 3, 18},
		{doc, "/c~1d/g", 3, 34},
		{doc, "/c/d", 1, 1},
		{doc, "/missing/0/x", 1, 1},
		{doc, "not a pointer", 1, 1},
		{[]byte("{"), "/a", 1, 1},
		{[]byte(""), "/a", 1, 1},
		{[]byte("  \n [1, [2, 3]]"), "/1/0", 2, 7},
		{[]byte(`{"a": [1, 2`), "/a/1", 1, 11},
		{[]byte(`{"a": [1, 2`), "/a/2", 1, 7},
		{[]byte(`{"a": {"b": [1, }`), "/a/b/1", 1, 13},
		{[]byte("{\"x\": 1, \"y\": \"\xff\", \"z\": 3}"), "/z", 1, 1},
	}
	for _, tt := range tests {
		got := Locate(tt.doc, []string{tt.ptr})[tt.ptr]
		if got.Line != tt.line || got.Column != tt.col {
			t.Errorf("Locate(%q, %q) = %d:%d, want %d:%d", tt.doc, tt.ptr, got.Line, got.Column, tt.line, tt.col)
		}
	}
	// Many at once give what one at a time gives.
	var ptrs []string
	for _, tt := range tests[:14] {
		ptrs = append(ptrs, tt.ptr)
	}
	all := Locate(doc, ptrs)
	for _, p := range ptrs {
		if one := Locate(doc, []string{p})[p]; all[p] != one {
			t.Errorf("%q: %v together, %v alone", p, all[p], one)
		}
	}
}

func TestLineIndex(t *testing.T) {
	t.Parallel()
	data := []byte("ab\néé x\r\n\n日本\xffz")
	li := NewLineIndex(data)
	for off := 0; off <= len(data)+2; off++ {
		o := min(off, len(data))
		before := data[:o]
		line := bytes.Count(before, []byte{'\n'}) + 1
		start := bytes.LastIndexByte(before, '\n') + 1
		want := Position{Offset: o, Line: line, Column: o - start + 1}
		if got := li.Position(off); got != want {
			t.Errorf("Position(%d) = %v, want %v", off, got, want)
		}
		if got, want := li.RuneColumn(off), utf8.RuneCount(data[start:o])+1; got != want {
			t.Errorf("RuneColumn(%d) = %d, want %d", off, got, want)
		}
	}
	// Out of order, the cursor is not used.
	for _, off := range []int{12, 4, 13, 3, 0, 16} {
		start := bytes.LastIndexByte(data[:off], '\n') + 1
		if got, want := li.RuneColumn(off), utf8.RuneCount(data[start:off])+1; got != want {
			t.Errorf("RuneColumn(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestEscapeToken(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"": "", "a": "a", "a/b": "a~1b", "~": "~0", "~1": "~01", "/~/": "~1~0~1", "é/": "é~1"} {
		if got := EscapeToken(in); got != want {
			t.Errorf("EscapeToken(%q) = %q, want %q", in, got, want)
		}
		if back := UnescapeToken(want); back != in {
			t.Errorf("UnescapeToken(%q) = %q, want %q", want, back, in)
		}
	}
}

// pointers lists the JSON pointer of every value in v (decoded by
// encoding/json with UseNumber) with the value.
func pointers(v any, ptr string, out map[string]any) {
	out[ptr] = v
	switch v := v.(type) {
	case map[string]any:
		for k, c := range v {
			pointers(c, ptr+"/"+EscapeToken(k), out)
		}
	case []any:
		for i, c := range v {
			pointers(c, ptr+"/"+strconv.Itoa(i), out)
		}
	}
}

// hasDuplicateKeys reports whether an object of data (valid JSON) has a
// key twice.
func hasDuplicateKeys(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		obj, wantKey bool
		keys         map[string]bool
	}
	var st []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			st = st[:len(st)-1]
			if len(st) > 0 && st[len(st)-1].obj {
				st[len(st)-1].wantKey = true
			}
			continue
		}
		if len(st) > 0 {
			if top := st[len(st)-1]; top.obj && top.wantKey {
				k := tok.(string)
				if top.keys[k] {
					return true
				}
				top.keys[k], top.wantKey = true, false
				continue
			}
		}
		if d, ok := tok.(json.Delim); ok {
			st = append(st, &frame{obj: d == '{', wantKey: d == '{', keys: map[string]bool{}})
			continue
		}
		if len(st) > 0 && st[len(st)-1].obj {
			st[len(st)-1].wantKey = true
		}
	}
}

func decodeAny(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// FuzzLocate checks that Locate never panics, and that in a valid
// document each value's pointer locates that value, alone or with all the
// others, at a line and column that agree with its offset.
func FuzzLocate(f *testing.F) {
	for _, s := range []string{
		"{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c/d\": {\"e~f\": true}\n}",
		`[[[]], {"": {"": ""}}, "\u00e9\ud800", -0.5e+3, null, false]`,
		`{"k\"ey": {"\u002f": [1, 2, {"x": []}]}, "日本": "語"}`,
		`{"a": 1, "a": 2}`, `{"a": [1,`, "\xef\xbb\xbf{}", `  "s"  `,
	} {
		f.Add([]byte(s), "/a/0")
	}
	f.Fuzz(func(t *testing.T, data []byte, extra string) {
		Locate(data, []string{extra, "", "/", "/0", "/a/0", extra + "/x"})
		if !json.Valid(data) || !utf8.Valid(data) || hasDuplicateKeys(data) {
			return
		}
		root, err := decodeAny(data)
		if err != nil {
			return
		}
		values := map[string]any{}
		pointers(root, "", values)
		ptrs := make([]string, 0, len(values))
		for p := range values {
			ptrs = append(ptrs, p)
		}
		all := Locate(data, ptrs)
		li := NewLineIndex(data)
		for k, p := range ptrs {
			pos := all[p]
			at, err := decodeAny(data[pos.Offset:])
			if err != nil || !reflect.DeepEqual(at, values[p]) {
				t.Fatalf("%q is at %d, where %v starts (%v), not %v", p, pos.Offset, at, err, values[p])
			}
			if lp := li.Position(pos.Offset); lp != pos {
				t.Fatalf("%q: Locate says %v, the line index %v", p, pos, lp)
			}
			if k < 20 {
				if one := Locate(data, []string{p})[p]; one != pos {
					t.Fatalf("%q: %v alone, %v with the others", p, one, pos)
				}
				missing := p + "/" + EscapeToken(extra) + "~2"
				if got := Locate(data, []string{missing})[missing]; got != pos {
					t.Fatalf("%q: %v, not its parent's %v", missing, got, pos)
				}
			}
		}
		if strings.Count(string(data), "\n") > 0 && len(ptrs) > 0 {
			return
		}
	})
}
