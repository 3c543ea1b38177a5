package jsondoc

import (
	"errors"
	"strings"
	"testing"
)

// doc is the struct most tests decode into.
type doc struct {
	Name  string   `json:"name"`
	N     int64    `json:"n"`
	F     float64  `json:"f"`
	B     bool     `json:"b"`
	Tags  []string `json:"tags"`
	Items []item   `json:"items"`
}

type item struct {
	ID    string  `json:"id"`
	Level level   `json:"level"`
	Sub   []item  `json:"sub"`
	Vals  []int   `json:"vals"`
	Small int8    `json:"small"`
	U     uint16  `json:"u"`
	F32   float32 `json:"f32"`
}

// level is a uint8 enumeration decoded from its name.
type level uint8

var levelNames = []string{"low", "mid", "high"}

func (l *level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = level(i)
			return nil
		}
	}
	return errBadLevel
}

var errBadLevel = errors.New("no such level")

// TestSyntax checks that every kind of malformed document is refused at
// once, with one problem at the right byte, and that the near misses are
// read.
func TestSyntax(t *testing.T) {
	t.Parallel()
	deep := func(n int) string { return `{"items":` + strings.Repeat(`[{"sub":`, n) }
	tests := []struct {
		name, doc string
		kind      Kind   // 0: no problem
		off       int    // of the problem
		msg       string // in the problem's message
	}{
		// Empty documents and roots that are not objects.
		{"empty", ``, Syntax, 0, "empty document"},
		{"whitespace only", " \n\t\r ", Syntax, 0, "empty document"},
		{"array root", `[0,0,0`, Schema, 0, "want an object, got an array"},
		{"array root, garbage after", "[\xff\x00", Schema, 0, "want an object, got an array"},
		{"null root", `null`, Schema, 0, "want an object, got null"},
		{"string root", ` "x"`, Schema, 1, "want an object, got a string"},
		{"number root", `1`, Schema, 0, "want an object, got a number"},
		{"boolean root", `true`, Schema, 0, "want an object, got a boolean"},
		{"garbage root", `x`, Syntax, 0, "invalid character 'x'"},
		{"byte-order mark", "\xef\xbb\xbf{}", Syntax, 0, "byte-order mark"},
		{"byte-order mark after space", " \xef\xbb\xbf{}", Syntax, 1, "byte-order mark"},
		{"NUL root", "\x00", Syntax, 0, `'\x00'`},

		// After the document.
		{"trailing whitespace", "{} \r\n\t", 0, 0, ""},
		{"trailing garbage", `{} xyz`, Syntax, 3, "invalid character 'x' after the top-level object"},
		{"second value", `{} {}`, Syntax, 3, "more than one JSON value"},
		{"second value, a number", `{}1`, Syntax, 2, "more than one JSON value"},
		{"trailing NUL", "{}\x00", Syntax, 2, `'\x00'`},
		{"trailing comma", `{},`, Syntax, 2, "invalid character ','"},

		// Structure.
		{"truncated object", `{"name": "x"`, Syntax, 12, "ends inside an object"},
		{"truncated array", `{"tags": ["a",`, Syntax, 14, "ends inside an array"},
		{"truncated after key", `{"name"`, Syntax, 7, "ends inside an object"},
		{"truncated after colon", `{"name":`, Syntax, 8, "ends inside an object"},
		{"missing colon", `{"name" "x"}`, Syntax, 8, "after an object key, where ':' should be"},
		{"missing comma", `{"name": "x" "n": 1}`, Syntax, 13, "after an object member"},
		{"missing comma in array", `{"tags": ["a" "b"]}`, Syntax, 14, "after an array element"},
		{"trailing comma in object", `{"name": "x",}`, Syntax, 13, "where an object key (a string) should start"},
		{"trailing comma in array", `{"tags": ["a",]}`, Syntax, 14, "where a value should start"},
		{"leading comma in array", `{"tags": [,"a"]}`, Syntax, 10, "where a value should start"},
		{"key not a string", `{name: "x"}`, Syntax, 1, "where an object key (a string) or '}' should be"},
		{"number key", `{1: "x"}`, Syntax, 1, "object key"},
		{"wrong closer", `{"tags": ["a"}}`, Syntax, 13, "after an array element"},
		{"single quotes", `{"name": 'x'}`, Syntax, 9, "double quotes"},
		{"single-quoted key", `{'name': "x"}`, Syntax, 1, "object key"},
		{"line comment", "{// c\n}", Syntax, 1, "no comments"},
		{"block comment", `{"n": /* c */ 1}`, Syntax, 6, "no comments"},
		{"truncated skipped array", `{"x": [1,`, Syntax, 9, "ends inside an array"},
		{"truncated skipped object", `{"x": {"a"`, Syntax, 10, "ends inside an object"},
		{"truncated skipped object after colon", `{"x": {"a": `, Syntax, 12, "ends inside an object"},
		{"truncated skipped string", `{"x": "abc`, Syntax, 10, "ends inside a string"},
		{"skipped key not a string", `{"x": {"a": 1, 2: 3}}`, Syntax, 15, "object key"},
		{"skipped missing colon", `{"x": {"a" 1}}`, Syntax, 11, "where ':' should be"},
		{"skipped wrong closer", `{"x": {"a": 1]}`, Syntax, 13, "after an object member"},
		{"comment in a skipped value", `{"x": [1, /* c */ 2]}`, Syntax, 10, "no comments"},

		// Literals.
		{"true", `{"b": true}`, 0, 0, ""},
		{"truncated true", `{"b": tru`, Syntax, 9, "ends inside the literal true"},
		{"misspelt true", `{"b": trve}`, Syntax, 8, "in the literal true"},
		{"capitalised True", `{"b": True}`, Syntax, 6, "invalid character 'T'"},
		{"misspelt null", `{"b": nul}`, Syntax, 9, "in the literal null"},
		{"literal run on", `{"b": truex}`, Syntax, 10, "after an object member"},

		// Numbers.
		{"NaN", `{"f": NaN}`, Syntax, 6, "NaN"},
		{"Infinity", `{"f": Infinity}`, Syntax, 6, "Infinity"},
		{"minus Infinity", `{"f": -Infinity}`, Syntax, 7, "want a digit after the minus sign"},
		{"plus sign", `{"f": +1}`, Syntax, 6, "leading '+'"},
		{"leading dot", `{"f": .5}`, Syntax, 6, "invalid character '.'"},
		{"leading zero", `{"n": 0500000}`, Syntax, 6, "leading zero"},
		{"minus leading zero", `{"n": -01}`, Syntax, 7, "leading zero"},
		{"hexadecimal", `{"n": 0x10}`, Syntax, 7, "after an object member"},
		{"trailing dot", `{"f": 1.}`, Syntax, 8, "after the decimal point"},
		{"empty exponent", `{"f": 1e}`, Syntax, 8, "in the exponent"},
		{"exponent sign only", `{"f": 1e+}`, Syntax, 9, "in the exponent"},
		{"minus alone", `{"f": -}`, Syntax, 7, "after the minus sign"},
		{"truncated number", `{"f": -`, Syntax, 7, "ends inside a number"},
		{"minus zero", `{"n": -0, "f": -0}`, 0, 0, ""},
		{"zero point zero", `{"f": 0.0e-0}`, 0, 0, ""},
		{"1e400 into a float", `{"f": 1e400}`, Schema, 6, "1e400 is not a number in range"},
		{"1e-400 into a float", `{"f": 1e-400}`, 0, 0, ""},
		{"1e400 into an int", `{"n": 1e400}`, Schema, 6, "1e400 is not a whole number in range"},
		{"5e5 into an int", `{"n": 5e5}`, Schema, 6, "not a whole number"},
		{"1.5 into an int", `{"n": 1.5}`, Schema, 6, "not a whole number"},
		{"max int64", `{"n": 9223372036854775807}`, 0, 0, ""},
		{"min int64", `{"n": -9223372036854775808}`, 0, 0, ""},
		{"max int64 + 1", `{"n": 9223372036854775808}`, Schema, 6, "not a whole number in range"},
		{"min int64 - 1", `{"n": -9223372036854775809}`, Schema, 6, "not a whole number in range"},
		{"huge digit string", `{"n": ` + strings.Repeat("9", 100_000) + `}`, Schema, 6, "9999… (100000 bytes) is not a whole number"},
		{"huge digit string into a float", `{"f": 1` + strings.Repeat("0", 400) + `}`, Schema, 6, "(401 bytes) is not a number in range"},
		{"huge fraction into a float", `{"f": 0.` + strings.Repeat("1", 100_000) + `}`, 0, 0, ""},

		// Strings.
		{"escapes", `{"name": "\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00"}`, 0, 0, ""},
		{"lone high surrogate", `{"name": "\ud800"}`, 0, 0, ""},
		{"lone low surrogate", `{"name": "\udc00x"}`, 0, 0, ""},
		{"two high surrogates", `{"name": "\ud800\ud800"}`, 0, 0, ""},
		{"invalid escape", `{"name": "\x41"}`, Syntax, 11, `invalid escape 'x'`},
		{"escaped single quote", `{"name": "\'"}`, Syntax, 11, `invalid escape '\''`},
		{"short \\u escape", `{"name": "\u12"}`, Syntax, 14, "hexadecimal digit"},
		{"bad \\u digit", `{"name": "\u12G4"}`, Syntax, 14, "'G' in a \\u escape"},
		{"truncated \\u escape", `{"name": "\u12`, Syntax, 14, "ends inside a string"},
		{"truncated escape", `{"name": "\`, Syntax, 11, "ends inside a string"},
		{"unclosed string", `{"name": "abc`, Syntax, 13, "ends inside a string"},
		{"raw newline", "{\"name\": \"a\nb\"}", Syntax, 11, "control characters must be escaped"},
		{"raw tab", "{\"name\": \"a\tb\"}", Syntax, 11, "control characters"},
		{"raw NUL", "{\"name\": \"a\x00b\"}", Syntax, 11, `'\x00'`},
		{"DEL and U+2028 are allowed", "{\"name\": \"\x7f\u2028\"}", 0, 0, ""},

		// UTF-8.
		{"invalid UTF-8 in a value", "{\"name\": \"ab\xff\xfe\"}", Syntax, 12, "invalid UTF-8 (byte 0xff)"},
		{"invalid UTF-8 in a key", "{\"na\xffme\": 1}", Syntax, 4, "invalid UTF-8"},
		{"invalid UTF-8 in a skipped value", "{\"x\": [\"\xc3\"]}", Syntax, 8, "invalid UTF-8"},
		{"truncated sequence at the end", "{\"name\": \"\xe2\x82", Syntax, 10, "invalid UTF-8"},
		{"overlong slash", "{\"name\": \"\xc0\xaf\"}", Syntax, 10, "invalid UTF-8"},
		{"overlong three bytes", "{\"name\": \"\xe0\x80\xaf\"}", Syntax, 10, "invalid UTF-8"},
		{"encoded surrogate", "{\"name\": \"\xed\xa0\x80\"}", Syntax, 10, "invalid UTF-8"},
		{"past U+10FFFF", "{\"name\": \"\xf4\x90\x80\x80\"}", Syntax, 10, "invalid UTF-8"},
		{"invalid UTF-8 outside strings", "{\"n\": \xff}", Syntax, 6, "invalid UTF-8"},
		{"non-ASCII outside strings", "{\"n\": é}", Syntax, 6, "invalid character 'é'"},
		{"backslash before non-ASCII", "{\"name\": \"\\é\"}", Syntax, 11, "non-ASCII"},
		{"valid UTF-8", "{\"name\": \"日本語 \xf0\x9f\x98\x80\"}", 0, 0, ""},

		// Nesting, read iteratively.
		{"deep nesting", deep(100_000), Limit, 18, "nested deeper than 4 levels"},
		{"deep nesting under an unknown key", `{"x":` + strings.Repeat("[", 1_000_000), Limit, 8, "nested deeper than 4 levels"},
		{"depth at the limit", `{"items": [{"sub": []}]}`, 0, 0, ""},
		{"depth at the limit, skipped", `{"x": [[[]]]}`, Schema, 1, "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var v doc
			res := Decode([]byte(tt.doc), &v, Limits{MaxDepth: 4})
			if tt.kind == 0 {
				if !res.OK() {
					t.Fatalf("%v", res.Err())
				}
				return
			}
			if len(res.Problems) == 0 {
				t.Fatalf("no problem, want %v at %d", tt.kind, tt.off)
			}
			p := res.Problems[0]
			if p.Kind != tt.kind || p.Offset != tt.off || !strings.Contains(p.Err.Error(), tt.msg) {
				t.Errorf("problem %v at %d: %v; want %v at %d, saying %q", p.Kind, p.Offset, p.Err, tt.kind, tt.off, tt.msg)
			}
			if tt.kind != Schema && (!res.Stopped || len(res.Problems) != 1) {
				t.Errorf("a %v problem did not stop decoding: %v", tt.kind, res.Err())
			}
			if len(p.Error()) > 300 {
				t.Errorf("the message is %d bytes long", len(p.Error()))
			}
		})
	}
}
