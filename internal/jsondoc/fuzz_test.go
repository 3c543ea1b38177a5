package jsondoc

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// fuzzDoc holds every kind Decode supports: structs (embedded and not),
// slices of structs, strings and numbers, strings, booleans, signed and
// unsigned integers of several sizes, floats of both sizes, and an
// encoding.TextUnmarshaler.
type fuzzDoc struct {
	doc
	Base   string  `json:"base"`
	Nested item    `json:"nested"`
	Levels []level `json:"levels"`
	I      int     `json:"i"`
	U8     uint8   `json:"u8"`
	U64    uint64  `json:"u64"`
}

var fuzzSeeds = []string{
	`{"name": "a\u00e9", "n": -42, "f": 2.5e-3, "b": true, "tags": ["x", ""], "base": "b", "i": 1, "u8": 255, "u64": 18446744073709551615,
	  "items": [{"id": "i", "level": "high", "vals": [1, -2], "small": -128, "u": 65535, "f32": 1.5, "sub": [{"id": "j", "sub": []}]}],
	  "nested": {"id": "n", "f32": -0}, "levels": ["low", "mid"]}`,
	`{"name": null, "tags": null, "items": [null, {}], "levels": []}`,
	`{"Name": "x"}`, `{"name": "a", "name": "b"}`, `{"name": "\ud800\udc00\ud800"}`, "{\"name\": \"\xff\"}",
	`{"n": 1e2}`, `{"u8": -0}`, `{"f": 1e400}`, `{"levels": ["bogus"]}`, `null`, `[]`, `{"x": [1, {"y": null}]}`,
	`{"n": 01}`, `{"items": [{"id": "a",}]}`, "\xef\xbb\xbf{}", `{} {}`, `{"f": -0.0e-0}`,
}

// FuzzDecode compares Decode with encoding/json (strict: unknown fields
// disallowed). What Decode accepts, encoding/json accepts, with the same
// value; what encoding/json finds malformed, Decode rejects; a syntax
// error from Decode in what encoding/json finds well formed is invalid
// UTF-8; and what Decode rejects that encoding/json accepts is one of the
// things Decode is stricter about: invalid UTF-8, a key given twice, a key
// matching a field only when case is ignored, a root that is not an object.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var got fuzzDoc
		res := Decode(data, &got, Limits{MaxProblems: 50})
		checkProblems(t, data, res, 50)
		var ref fuzzDoc
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		valid := json.Valid(data)
		strictOK := valid && dec.Decode(&ref) == nil
		switch {
		case res.OK():
			if !strictOK {
				t.Fatalf("Decode accepts what encoding/json rejects")
			}
			if diff := cmp.Diff(ref, got, cmp.AllowUnexported(fuzzDoc{})); diff != "" {
				t.Fatalf("Decode and encoding/json differ (-json +jsondoc):\n%s", diff)
			}
		case !valid:
			// Both reject it.
		default:
			if res.Stopped && res.Problems[0].Kind == Syntax && utf8.Valid(data) {
				t.Fatalf("a syntax error in what encoding/json finds well formed: %v", res.Err())
			}
			if strictOK {
				for _, p := range res.Problems {
					if !stricter(p) {
						t.Fatalf("encoding/json accepts what Decode rejects for %v", &p)
					}
				}
			}
		}
	})
}

// stricter reports whether p is one of the things Decode rejects and
// encoding/json accepts.
func stricter(p Problem) bool {
	msg := p.Err.Error()
	switch {
	case p.Kind == Syntax:
		return strings.Contains(msg, "UTF-8")
	case p.Kind == Schema && strings.Contains(msg, "appears twice"):
		return true
	case p.Kind == Schema && p.Pointer == "" && strings.Contains(msg, "got null"):
		return true
	case p.Kind == Schema && strings.Contains(msg, "unknown field"):
		// A case-insensitive match, which encoding/json takes.
		key := UnescapeToken(p.Pointer[strings.LastIndexByte(p.Pointer, '/')+1:])
		for _, t := range []reflect.Type{reflect.TypeFor[fuzzDoc](), reflect.TypeFor[item]()} {
			for _, f := range Fields(t) {
				if strings.EqualFold(f.Name, key) {
					return true
				}
			}
		}
	}
	return false
}

// checkProblems checks what every result must satisfy: at most max
// problems listed, one when stopped, each with an offset in the document,
// a line and column that agree with it, and a pointer.
func checkProblems(t *testing.T, data []byte, res *Result, max int) {
	t.Helper()
	if len(res.Problems) > max || res.Stopped && len(res.Problems) != 1 || res.Dropped > 0 && !res.Full {
		t.Fatalf("%d problems, stopped %v, %d dropped, full %v", len(res.Problems), res.Stopped, res.Dropped, res.Full)
	}
	li := NewLineIndex(data)
	for _, p := range res.Problems {
		if p.Offset < 0 || p.Offset > len(data) {
			t.Fatalf("offset %d in %d bytes: %v", p.Offset, len(data), &p)
		}
		if pos := li.Position(p.Offset); pos.Line != p.Line || pos.Column != p.Column {
			t.Fatalf("%v is at %v", &p, pos)
		}
		if p.Pointer != "" && p.Pointer[0] != '/' || p.Err == nil {
			t.Fatalf("problem %+v", p)
		}
	}
}
